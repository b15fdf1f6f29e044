"""Averages per unit named by their own words (``catalog/averages.yaml``): 人均, 户均, 平均每个….

"困难退役军人156户,发放帮扶资金78.4万元,户均0.50万元": the amount over the households. A report
states an average right after the total it divides, or names that total with the average's own words
("公共图书馆藏书42.8万册,人均藏书1.35册"); the count it is over is a figure in the units the average
word counts (人均: 人/名; 户均: 户/家; 平均每支: 支; 平均每个社区: 个, named 社区). Read only where:

* the total is the figure right before the average in its sentence (or, an amount, the one before
  that when that is the count: "帮扶资金126.4万元,惠及1,108人,人均1,141元"), counted as the average is, and
  the average names nothing more; or the average names what it counts and the total's words hold
  that name, the nearest such figure before it in its paragraph;
* the count is in the count units, before the average (its sentence, else its paragraph; a count the
  average names, else the text before it: "全街道13个社区…平均每个社区22名"), not the total; several
  counts are readings;
* no per-capita figure of a statistics office (over the year's average population, or a survey):
  ``refuse``;
* an average cut off or rounded up at its last digit is no misprint (less than one step is let pass).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from ..quantities import Quantity
from .model import _MONEY_SCALE, Relation, compatible
from .reading import holding
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc, _paragraph_start
from .vocab import catalog_yaml, read_entries

_EVERY = re.compile(r"平均每(?P<cls>个|支|所|座|家|名|位|户|人|条|处|起|件|宗|例|项|支队伍|校)?(?P<rest>[\u4e00-\u9fff]*)$")
# "平均每所2.2人" of "14个乡镇司法所", "平均每校1.17名" of "109所学校": a one-character noun, the last of the
# count's own noun (counted in 个, 所 or 家): the count is the figure whose noun right after it holds it
_NOUN_CLASSES = frozenset({"所", "校"})
_NOUN_COUNTED = frozenset({"个", "所", "家"})
_TAIL = re.compile(r"(?:为|达|达到|约为?|是|共|计)$")
_READINGS = 3
_VISITS = frozenset({"人次", "次"})  # (counts of people's visits, beside counts of the people)
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def _cjk(text: str) -> str:
    return _NOT_CJK.sub("", text)
_FAR = 120  # figures back a count the average names may stand ("全街道13个社区…平均每个社区…")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[tuple[str, frozenset[str]]], re.Pattern, re.Pattern]:
    words = read_entries("averages.yaml", "averages", lambda e: (str(e["word"]), frozenset(e["count_units"])))
    data = catalog_yaml("averages.yaml")
    return words, re.compile(data["refuse"]), re.compile(data["refuse_sentence"])


def per_unit_averages(d: _Doc) -> list[Relation]:
    """Every average per unit whose total and count the text prints (module doc)."""
    words, refuse, refuse_sentence = _vocabulary()
    out: list[Relation] = []
    for y in holding(d, "均"):  # (its phrase is a piece of its label: the figures whose label holds 均)
        if y.is_percent or not y.unit or y.in_table:
            continue
        # (an aside is no part of the phrase: "平均每个社区(村)11.6名")
        phrase = _TAIL.sub("", re.sub(r"\([^()]*\)", "", re.split(r"[,;:、。]", d.label(y))[-1]))
        if "均" not in phrase:
            continue
        read = _read(phrase, words)
        if read is None or refuse.search(phrase) or refuse_sentence.search(d.s[y.sentence[0] : y.end]):
            continue
        units, noun, what = read
        if _OWN_BASE.match(d.s, y.end):
            continue  # "人均培训1.5次(以专职、兼职调解员210名计)": its base in its bracket, no count before
        total, far = _total(d, y, what, units, noun), False
        if total is None and not noun:
            total, far = _distant_total(d, y, what), True
        if total is None:
            continue
        counts = _counts(d, y, total, units, noun)
        if not counts or (far and counts[0].sentence != y.sentence):
            continue
        opened = d.s.rfind("其中", max(total.end, counts[0].sentence[0]), counts[0].start)  # (in the count's sentence)
        if opened >= 0 and all(c.start > opened for c in counts):
            continue  # "…共调解纠纷2.4万件。其中专职调解员120名,人均调解50件": a part's average (its total unprinted)
        total = _in_unit(total, y)
        avg = _one_step(y)
        rel = Relation("ratio", "ratio.average", {"numerator": total, "denominator": counts[0], "percent": avg},
                       per=1, readings=[{"numerator": total, "denominator": c, "percent": avg} for c in counts[1:]])
        if far:
            rel.far_total = what  # (a total named only, chapters away: it may be another set's -- cannot fail)
        out.append(rel)
    return out


def _read(phrase: str, words) -> tuple[frozenset[str], str, str] | None:
    """(the count's units, the noun naming the count, what the average counts) of its words."""
    for word, units in words:
        at = phrase.rfind(word)
        if at >= 0:
            return units, "", phrase[at + len(word) :]
    m = _EVERY.search(phrase)
    if m is None:
        return None
    cls, rest = m.group("cls") or "个", m.group("rest")
    if cls in _NOUN_CLASSES and not rest:
        return _NOUN_COUNTED, cls, ""  # (the noun a count's words end with: see _counts)
    noun, of, what = rest.partition("的")
    if of and cls == "个" and len(noun) >= 2 and what:
        # "平均每个家庭户的人口为2.89人": the noun before 的 names the count (in 户 when it is a kind of
        # household), what follows it the total, named by both ("家庭户人口", not "集体户人口")
        return frozenset({"户"} if noun.endswith("户") else {"个"}), noun, noun + what
    if cls == "个" or not m.group("cls"):
        # "平均每个社区31名", "平均每个网格服务居民500人": the noun is the unit counted (two characters);
        # a noun of one character ends the phrase ("平均每个村(居)4场次": the villages, nothing named more)
        if len(rest) == 1:
            return frozenset({"个"}), rest, ""
        return (frozenset({"个"}), rest[:2], rest[2:]) if len(rest) >= 2 else None
    return frozenset({cls}), "", rest


def _usable(d: _Doc, q: Quantity) -> bool:
    return not (q.is_percent or d.in_parentheses(q) or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q)
                or "均" in re.split(r"[,;:、。]", d.label(q))[-1])


def _alike(q: Quantity, y: Quantity) -> bool:
    # (visits of people over the people are times each: "巡河2.46万人次,…人均巡河48.0次")
    return (q.is_money and y.is_money) or (q.unit == y.unit and compatible(q, y)) or (q.unit == "人次" and y.unit == "次")


def _total(d: _Doc, y: Quantity, what: str, units: frozenset[str], noun: str = "") -> Quantity | None:
    if y.unit in units:
        return None  # "人均服务群众12人": the total and the count alike, no one reading
    if not what:
        near = [q for q in d.qs[max(0, y.index - 2) : y.index] if q.sentence == y.sentence]
        if near and near[-1].unit in units and len(near) == 2 and (near[0].is_money or (
                noun and d.s.startswith(noun, near[-1].end) and _alike(near[0], y))):
            # "资金126.4万元,惠及1,108人,人均1,141元": the count between, of those the money went to (not
            # "培训42场次,参训1,860人次,人均约6场次": sessions attended per person, over another count);
            # "培养法律明白人312名,覆盖27个社区,平均每个社区11.6名": the places the average names
            near = near[:1]
        elif len(near) == 2 and near[-1].unit in units and _alike(near[0], y) and _DONE_BY.fullmatch(d.s, near[0].end, near[-1].start) \
                and _DONE_BY_VERB.match(d.s, near[-1].end):
            near = near[:1]  # "1,052家次的检查量由64名执法人员承担,人均16.4家次": the work over who did it
        last = near[-1] if near else None
        if last is None or "其中" in d.label(last):
            return None  # "资金500万元,其中省级300万元,惠及2,000人,人均…": of the whole, or of the part?
        return last if _alike(last, y) and _usable(d, last) else None
    start = d.before(_paragraph_start(d, y.start))
    for q in reversed(d.qs[start : y.index]):
        if _alike(q, y) and _usable(d, q) and (_names(what, d.label(q)) or _rate_names(d, q, what)):
            return q
    return None


_OWN_BASE = re.compile(r"\((?:以|按)")
# the work and the people who did it, joined by 由…承担 ("…的检查量由64名执法人员承担", "…案件由12名员额法官办理")
_DONE_BY = re.compile(r"[,]?[\u4e00-\u9fff]{0,8}由")
_DONE_BY_VERB = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:承担|完成|办理|承办|审结|办结|负责)")
_FAR_NAME = 4  # characters a total's name needs to be found chapters away ("办案" names too many sets)


def _distant_total(d: _Doc, y: Quantity, what: str) -> Quantity | None:
    """The total an average names, stated before its paragraph: "二、存在的问题 …专职人员6名,人均审结案件
    60.2件" of "审结行政复议案件361件" a chapter before (a closing section weighs the staff against the
    year's work). One value named so, else none: two sets of that name leave the total open."""
    if len(what) < _FAR_NAME:
        return None
    start = d.before(_paragraph_start(d, y.start))
    indexes, first, second = _named_totals(d, y, what)
    n = bisect.bisect_left(indexes, start)  # (the figures so named before the paragraph)
    return first if 0 < n <= second else None


def _named_totals(d: _Doc, y: Quantity, what: str) -> tuple[list[int], Quantity | None, int]:
    """The figures of the document a total named ``what`` may be, for averages counted as ``y`` is:
    their indexes, the first, and how many come before one of another value -- listed once per name
    and measure (each average walking every figure before it grew with the square of the report)."""
    key = ("per_unit totals", what, y.unit, y.is_money, y.is_percent)  # (all _alike reads of y)
    found = d.cache.get(key)
    if found is None:
        named = []
        for q in holding(d, what[-2:]):  # (the figures whose words hold the name's last noun, not every one)
            label = d.label(q)
            if _alike(q, y) and _usable(d, q) and _names(what, label) and not _negated(what, label):
                named.append(q)
        second = next((i for i, q in enumerate(named) if q.value != named[0].value), len(named))
        found = d.cache[key] = ([q.index for q in named], named[0] if named else None, second)
    return found  # type: ignore[return-value]


def _negated(what: str, label: str) -> bool:
    """Do the words name the set's complement ("尚未审结案件27件" beside "审结案件")?"""
    at = label.find(what[:2])
    return at > 0 and label[at - 1] in "未不无"


def _rate_names(d: _Doc, q: Quantity, what: str) -> bool:
    """Does the rate printed right after ``q`` name it by what the average counts ("审执结25,341件,
    结案率93.5%": the 审执结 are the 结案 of "人均结案")?"""
    nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    return (nxt is not None and nxt.is_percent and nxt.sentence == q.sentence
            and re.sub(r"[^\u4e00-\u9fff]", "", d.label(nxt)).removesuffix("为") == what + "率")


def _names(what: str, label: str) -> bool:
    """Do a total's words name what the average counts? Whole, or its verb and its last noun with a
    qualifier between ("配备网格员" of "配备专职网格员", "开展检查" of "开展行政执法检查")."""
    return what in label or (len(what) >= 4 and what[:2] in label and what[-2:] in label
                             and label.index(what[:2]) < label.rindex(what[-2:]))


def _counts(d: _Doc, y: Quantity, total: Quantity, units: frozenset[str], noun: str) -> list[Quantity]:
    """The counts the average may be over, nearest first: of its sentence, else its paragraph, else
    the text before it (one value each, at most ``_READINGS``)."""
    def fits(q: Quantity) -> bool:
        if q is total or q.unit not in units or not _usable(d, q):
            return False
        if noun in _NOUN_CLASSES:  # "14个乡镇司法所" for 平均每所: the noun after the count ends with it
            return noun in re.split(r"[,;:、。(]", d.s[q.end : q.end + 10])[0]
        return not noun or d.s.startswith(noun, q.end) or d.label(q).endswith(noun)

    para = _paragraph_start(d, y.start)
    # (a bounded reach, not every figure before: a long report's averages each walked them all)
    lo = max(0, y.index - _FAR) if noun else d.before(para)
    before = [q for q in d.qs[lo : y.index] if fits(q)]
    # (the text before the paragraph only for a count the average names: "全街道13个社区…平均每个社区…";
    # people or households counted a paragraph back are of another matter)
    far = before if noun else []
    for scope in ([q for q in before if q.sentence == y.sentence], [q for q in before if q.start >= para], far):
        if scope and all(q.unit in _VISITS for q in scope) and scope[0].sentence == y.sentence:
            # "执法人员32名。…出动执法人员6,842人次,检查企业3,136家次,人均检查98.0家次": per person
            # may be over the people (a sentence before, named by the visits' noun) or their visits:
            # both are readings
            nouns = {_cjk(d.own_words(q))[-2:] for q in scope} - {""}
            scope = [q for q in before if q.start >= para and q.unit not in _VISITS
                     and _cjk(d.own_words(q))[-2:] in nouns] + scope
        if scope:
            seen: dict[Decimal, Quantity] = {}
            for q in reversed(scope):
                seen.setdefault(q.value, q)
            # (more counts than a few readings: "培训3.26万人次。…农村劳动力1.47万人次、…取证2.41万人次":
            # which one the average is over the words do not say)
            return list(seen.values()) if len(seen) <= _READINGS else []
    return []


def _in_unit(total: Quantity, y: Quantity) -> Quantity:
    """The total in the average's money unit ("126.4万元" over people, "人均1,141元")."""
    if not (total.is_money and y.is_money) or total.unit == y.unit:
        return total
    f = _MONEY_SCALE[total.unit] / _MONEY_SCALE[y.unit]
    return replace(total, value=total.value * f, low=total.low * f, high=total.high * f, unit=y.unit)


def _one_step(y: Quantity) -> Quantity:
    """An average read within most of one step of its last digit (the check adds half a step): cut
    off or rounded up rather than to the nearest, it is no misprint; a whole step off is."""
    step = Decimal("0.4").scaleb(-y.decimals)
    return replace(y, low=y.low - step, high=y.high + step)
