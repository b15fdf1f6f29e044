"""Totals split by a counted list of units acting respectively: "市、县两级行政复议机关分别受理612件、
1090件" after "受理1702件".

分别 gives each named unit its figure; a count word ("两级", "三个部门") says how many units there
are, and when it equals the number of figures the list is the whole. The figures add up to the
nearest earlier figure of the same act -- the same verb closing its label ("经审查,受理1702件"), not
a refusal ("不予受理98件") -- in the sentence or the one before it, of the same unit class. A total
that names one level itself ("市政府受理…", "本级…") is not the jurisdiction's whole: no sum.
"…三类诉求分别为a、b、c" (no act, a noun after the count) splits the nearest figure the noun names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..quantities import Quantity
from .bases import cjk as _cjk
from .carried_over import _carried_over
from .model import Relation, compatible
from .reading import holding
from .roles import is_delta, is_previous
from .scopes import is_additive
from .stages import carried_over_at, load_stages, naming
from .structure import SENT_END, _Doc, _overlap

_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ACTS = "受理|办理|收到|接收|接到|审结|办结|收案|结案|立案|查处|处理|发布|作出"
# "市、县两级行政复议机关分别受理", "三个部门分别办理": names, a count of units, 分别 and the act.
_SPLIT = re.compile(rf"[、和及与][^,;。\d]{{0,10}}?([两二三四五六七八九十])(?:级|类|个|家|所|项|种)([^,;。\d]{{0,12}})"
                    rf"分别({_ACTS}|为|有)[^,;。\d]{{0,10}}$")
_UNITS = ("级", "类", "个", "家", "所", "项", "种")
_SPLIT_AFTER_COUNT = re.compile(rf"([^,;。\d]{{0,12}})分别({_ACTS}|为|有)[^,;。\d]{{0,10}}")
_ONE_LEVEL = re.compile(r"本级|市级|县级|区级|市政府|县政府|区政府")
_REFUSED = re.compile(r"(不予|不|未|尚未|没有)$")
_WHOLE = re.compile(r"全(省|市|区|县|州|盟|旗)")



def respective_splits(d: _Doc) -> list[Relation]:
    """Each counted 分别 list of an act, with the total of that act it splits."""
    out: list[Relation] = []
    for q in holding(d, "分别"):  # (the figures whose words hold 分别: read once for the document)
        if q.is_percent:
            continue  # (both counted forms end with 分别 and the act: most figures' words have none)
        count, noun, act = _counted(d, q)
        if not count or "其中" in d.s[d.seg_start(q.start) : q.start]:
            continue  # "其中市、县两级…": a part of the total, listed under 其中 (sums reads those)
        act = _act_pattern(act, re.sub(r"[^\u4e00-\u9fff]", "", noun))
        if not act:
            continue
        parts = [q]
        while parts[-1].index + 1 < len(d.qs):
            nxt = d.qs[parts[-1].index + 1]
            if d.s[parts[-1].end : nxt.start] in ("、", "和", "及") and compatible(nxt, q):
                parts.append(nxt)
            else:
                break
        if len(parts) != count or not all(is_additive(d, p) for p in parts) or _more_after(d, parts[-1], act):
            continue
        total = _total_of(d, q, act)
        if total is not None:
            out.append(Relation("sum", "sum.breakdown", {"total": total, "parts": parts}))
    return out


def _more_after(d: _Doc, last: Quantity, act: str) -> bool:
    """"…两级分别受理120件、60件,乡镇受理20件" / "。另有…": more of the same is added after the
    list (to the end of the next sentence), so the counted units are not the whole."""
    end = d.next_end(d.next_end(last.end, SENT_END) + 1, SENT_END)
    tail = d.s[last.end : end]
    if re.search(r"另有|另外|此外|还有|以及|其余|其他", tail):
        return True
    return any(compatible(q, last) and re.search(act, d.label(q)) for q in d.in_range(last.end, end))


def _counted(d: _Doc, q: Quantity) -> tuple[int, str, str]:
    """(count of units, noun after the count, act) when ``q`` opens a counted 分别 list, else 0."""
    m = _SPLIT.search(d.label(q))
    if m is not None:
        return _COUNT[m.group(1)], m.group(2), m.group(3)
    # "咨询、投诉、求助三类诉求分别为…": the count printed in digits is a figure of its own.
    m = _SPLIT_AFTER_COUNT.fullmatch(d.label(q))
    if m is None or not q.index:
        return 0, "", ""
    c = d.qs[q.index - 1]
    if c.unit not in _UNITS or not re.search(r"[、和及与]", d.label(c)) or c.value != int(c.value):
        return 0, "", ""
    return int(c.value), m.group(1), m.group(2)


def _act_pattern(act: str, noun: str) -> str:
    """The words a total of the same act carries: the verb; for "…三类诉求分别为", the noun's
    pairs of characters ("受理诉求200件"); "" when nothing says what the units split."""
    if act not in ("为", "有"):
        return act
    return "|".join(re.escape(noun[i : i + 2]) for i in range(len(noun) - 1))


def _total_of(d: _Doc, first: Quantity, act: str) -> Quantity | None:
    """The nearest earlier figure of the same act in this sentence or the one before."""
    sent = d.last_before("。\n", first.start) + 1
    head = d.last_before("。\n", sent - 1) + 1 if sent > 0 and d.s[sent - 1] == "。" else sent
    while head > 0 and d.s[head - 1] == "。" and d.s[head : head + 2] == "其中":
        # "立案87起。其中,简易程序23起,一般程序64起。三个行业分别立案31起、…": a 其中 sentence between
        # breaks a total down one way; the split after it is a second breakdown of the same total
        head = d.last_before("。\n", head - 2) + 1
    closing = None  # the total closing a list between the whole and the split ("…,共计198件;")
    for t in reversed(d.in_range(head, first.start - len(d.label(first)))):
        if t.is_percent or not compatible(t, first) or is_delta(d, t) or is_previous(d, t):
            continue
        lab = d.label(t)
        if closing is None and _CLOSES.fullmatch(lab):
            closing = t
        verb = re.search(rf"({act})[^,;。\d]{{0,12}}$", lab)
        if verb is None:
            continue
        if _listed(d, t):
            # "办理简易程序案件156件、普通程序案件42件,共计198件;两个片区分别办理103件、95件": the
            # act's figure is one item of a breakdown by another dimension; the new split is of
            # that list's total, when one closes it, and of no item
            return closing if closing is not None and closing.index > t.index and is_additive(d, closing) \
                and len(_cjk(re.sub(rf"^.*?分别(?:{act})?", "", d.label(first)))) < 2 else None
        if _REFUSED.search(lab[: verb.start()]):
            continue  # "不予受理98件": another act
        if "分别" in lab:
            return None  # "一季度至四季度分别受理10,000件、…": an item of another list, no whole
        if _ONE_LEVEL.search(lab):
            return None  # "市政府受理…": one level, not the whole of the act
        names = d.label(first)
        whole = _WHOLE.search(d.s[t.sentence[0] : t.start])
        if whole and whole.group(1) not in names[: names.find("分别")]:
            return None  # "全省…受理2,100件。市、县两级…分别受理…": the province's own level is not listed
        said = _cjk(re.sub(rf"^.*?分别(?:{act})?", "", names))  # the noun after the act, if any
        wanted = _cjk(lab[verb.end(1) :])
        if len(said) >= 2 and len(wanted) >= 2 and _overlap(said, wanted) < 3:
            return None  # "受理公开申请460件。…两级分别受理行政复议申请…": another noun
        return t if is_additive(d, t) and not d.in_parentheses(t) else None
    return None


_CLOSES = re.compile(r"[,;]?(?:共计|合计|总计|总共|共)")


def _listed(d: _Doc, t: Quantity) -> bool:
    """Is ``t`` an item of a list: joined by 、 (和, 及) to a figure of its unit right after or before it?"""
    pair = [(t, d.qs[t.index + 1])] if t.index + 1 < len(d.qs) else []
    pair += [(d.qs[t.index - 1], t)] if t.index > 0 else []
    return any(not b.is_percent and not a.is_percent and compatible(a, b) and d.label(b)[:1] in _JOINS
               for a, b in pair)


_JOINS = ("、", "和", "及")
_RUN_JOIN = re.compile(r"[、和及与][\u4e00-\u9fff]{0,10}")


def respective_stages(d: _Doc) -> list[Relation]:
    """"受理投诉1286件、举报342件,分别办结1270件、338件": 分别 maps a list of a later stage of a
    process onto the list of an earlier stage before it, position by position -- each later figure
    is at most the earlier one in its position (``bound.stage``). The two lists are as long, of one
    unit group, in one sentence; the later list names its stage after 分别, the earlier list names
    its stage once, on its first figure (the items after it add nothing but their names)."""

    v = load_stages()
    out: list[Relation] = []
    for q in holding(d, "分别"):  # (the figures whose words hold 分别: read once for the document)
        lab = d.label(q)
        if q.is_percent or not re.search(r"[,;]", lab):
            continue
        later = _run_from(d, q)
        earlier = _run_before(d, q)
        if len(later) < 2 or len(earlier) != len(later) or not all(
                compatible(a, b) for a, b in zip(earlier, later, strict=True)):
            continue
        first, then = naming(d, earlier[0]), naming(d, q)
        if first is None or then is None or any(
                (n := naming(d, p)) is None or (n.stages and n.stages != first.stages) for p in earlier[1:]):
            continue
        if not any(pid in first.stages and lvl > first.stages[pid] for pid, lvl in then.stages.items()):
            continue
        if _carried_over(d, carried_over_at(d, v), earlier[0], later[-1]):  # (listed once, shared with bounds)
            continue  # work carried over from the year before may be closed this year too
        out.extend(Relation("bound", "bound.stage", {"smaller": b, "larger": a})
                   for a, b in zip(earlier, later, strict=True))
    return out


def _run_from(d: _Doc, q: Quantity) -> list[Quantity]:
    """``q`` and the figures joined to it by 、/和 right after it, in its sentence."""
    run = [q]
    for p in d.from_index(q.index + 1):
        if p.is_percent or p.sentence != q.sentence or not re.fullmatch(r"[、和及与]", d.s[run[-1].end : p.start]):
            break
        run.append(p)
    return run


def _run_before(d: _Doc, q: Quantity) -> list[Quantity]:
    """The run of figures joined by 、/和 that ends right before the clause of ``q``."""
    k = q.index - 1
    if k < 0 or d.qs[k].is_percent or d.qs[k].sentence != q.sentence:
        return []
    run = [d.qs[k]]
    for p in d.back_from(k):
        if p.is_percent or p.sentence != q.sentence or not _RUN_JOIN.fullmatch(d.s[p.end : run[0].start]):
            break
        run.insert(0, p)
    return run


# "维持率、纠错率分别为", "办结率和满意率分别达到": two named rates or more, then 分别 and their values.
_RATE_NAMES = re.compile(r"([\u4e00-\u9fff]{1,6}率(?:[、和与及][\u4e00-\u9fff]{1,6}率)+)(?:分别)(?:为|是|达到|达)?$")


def respective_named_rates(d: _Doc, pct: Quantity, per: int, vocabulary: list[tuple],
                           named_rate: Callable[..., Relation | None]) -> list[Relation]:
    """"审结320件,其中维持186件、撤销42件,维持率、撤销率分别为58.1%、13.1%": each rate the label names
    takes the percent in its position, read as that rate alone (``named_rate``). Nothing unless there
    are as many percents as names; a name that is no rate of the vocabulary is left unread."""
    m = _RATE_NAMES.search(_cjk_tail(d.label(pct)))
    if m is None:
        return []
    names = re.split(r"[、和与及]", m.group(1))
    chain = [pct]
    for q in d.from_index(pct.index + 1):
        if not q.is_percent or d.s[chain[-1].end : q.start] not in ("、", "和", ",", "及"):
            break
        chain.append(q)
    if len(chain) != len(names):
        return []
    rates = [next((r for r in vocabulary if r[0].fullmatch(name) or r[0].search(name)), None) for name in names]
    bases = {r[2].pattern for r in rates if r is not None}
    if len(bases) == 1:
        # Rates listed together are of one base: a name the vocabulary lacks ("撤销率" beside "维持率")
        # is its stem's figure over the base the named one has ("审结").
        base = next(r[2] for r in rates if r is not None)
        rates = [r if r is not None or len(n) < 3 else (re.compile(re.escape(n)), re.compile(re.escape(n[:-1])), base)
                 for r, n in zip(rates, names, strict=True)]
    out = []
    for q, rate, name in zip(chain, rates, names, strict=True):
        # (a name the vocabulary lacks takes its percent and nothing more: the others keep their places)
        rel = named_rate(d, q, rate, per, name) if rate is not None else None
        if rel is not None and rate not in vocabulary:
            num = rel.roles.get("numerator")
            if not isinstance(num, Quantity) or not d.own_words(num).endswith(name[:-1]) \
                    or any(r.roles.get("numerator") is num for r in out):
                continue  # (the stem's own figure only: "维持、撤销案件分别为186件、42件" names 186 by both)
        if rel is not None and isinstance(num := rel.roles.get("numerator"), Quantity) \
                and _qualified_by_another(d.own_words(num), name, names):
            continue  # "结案率和调解率分别为…": "调解结案690件" is the other rate's figure, no reading of this one
        if rel is not None:
            out.append(rel)
    return out


def _qualified_by_another(words: str, name: str, names: list[str]) -> bool:
    """Does another listed rate's stem qualify this rate's stem in a figure's words ("调解结案" for
    结案率 beside 调解率: the figure is the narrower rate's)?"""
    own = words.rfind(name[:-1])
    return own > 0 and any(len(o) >= 3 and o != name and 0 <= words.find(o[:-1]) < own and o[:-1] not in name
                           for o in names)


def _cjk_tail(label: str) -> str:
    """The label from its last clause break on (",维持率、撤销率分别为")."""
    return re.split(r"[,;:。]", label)[-1]
