"""The vocabulary of scopes, wholes and breakdown openers (``catalog/breakdowns.yaml``) and the
tests on single figures built from it: is a figure a scope count, can it be added?"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from ..quantities import Quantity
from .cell_measures import column_heads
from .model import compatible
from .structure import SENT_END, _Doc
from .vocab import gated

_CATALOG = "toolkit/catalog/breakdowns.yaml"
_FIELDS = ("scope_nouns", "not_classes", "wholes", "not_additive", "highlights", "reviews", "review_manners",
           "generic_totals", "open_ends", "set_nouns", "figure_tails", "overlaps", "channels", "includes", "involved_values",
           "stage_leads")
_OPTIONAL = ("point_gaps", "work_tails", "degrees", "flows", "exclusive_kinds", "class_nouns", "concerns",
             "kind_marks")  # (lists a vocabulary may leave out: read when given)


@lru_cache(maxsize=1)
def words() -> dict[str, re.Pattern]:
    """The vocabulary of ``catalog/breakdowns.yaml``, each list as one alternation (longest first)."""
    text = resources.files("toolkit").joinpath("catalog/breakdowns.yaml").read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise CatalogError(f"not valid YAML: {exc}", path=_CATALOG) from exc
    return compile_words(data)


def compile_words(data: object) -> dict[str, re.Pattern]:
    """Validate the vocabulary mapping and compile each list (a plain-word alternation)."""
    if not isinstance(data, dict):
        raise CatalogError("expected a mapping", path=_CATALOG)
    out = {}
    for name in (*_FIELDS, *_OPTIONAL):
        items = data.get(name)
        if items is None and name in _OPTIONAL:
            out[name] = re.compile("(?!)")  # (left out: matches nothing)
            continue
        if not isinstance(items, list) or not items or not all(isinstance(w, str) and w.strip() for w in items):
            raise CatalogError(f"{name!r} must be a non-empty list of words", path=_CATALOG, location=name)
        alternation = "|".join(re.escape(w.strip()) for w in sorted(items, key=len, reverse=True))
        out[name] = re.compile(f"(?:{alternation})")
    unknown = set(data) - set(_FIELDS) - set(_OPTIONAL)
    if unknown:
        raise CatalogError(f"unknown fields {sorted(unknown)}", path=_CATALOG)
    return out


_UNIT_ASIDE = re.compile(r"\([\u4e00-\u9fff、]{1,8}\)")
_SEPARATOR = re.compile(r"[,;:、()。\n!?]")
_JOINED_WORDS = re.compile(r"[,、;][\u4e00-\u9fff]{0,12}")  # (``fullmatch``)
_CLAUSE_STOP = re.compile(r"[,;。:、\n]")  # (compiled once: asked for most figures)


def is_scope_count(d: _Doc, q: Quantity) -> bool:
    """"11个县区差评工单940个": a count of places or units that qualifies the figure right after
    it in the same clause. Such a figure is the scope of the next one, neither a part nor a total."""
    return d.memo("scope_count", q, _is_scope_count)


def _is_scope_count(d: _Doc, q: Quantity) -> bool:
    if q.is_percent:
        return False
    if _BOUND_OF_A_GROUP.match(d.s, q.end) or (q.qualifier in ("以上", "以下", "以内")
                                                and _GROUP_NOUN.match(d.s, q.end)):
        return True  # "60岁及以上老年人口", "10万元以上的案件": the bound that names a group, not a count
    if (_OF_A_NOUN.match(d.s, q.end) and (_COMPARED.match(d.s, q.start, q.end) or _COMPARED_BEFORE.search(
            d.s, max(0, q.start - 8), q.start))) or _OPENS_A_RANGE.match(d.s, q.end):
        return True  # "超过50万元的村5个", "20万至50万元的村4个": the bounds of a group the count after it counts
    if q.is_money:
        return False
    if q.index and _counts_units_of_the_figure_before(d, q):
        return True
    if q.index + 1 >= len(d.qs):
        return False
    nxt = d.qs[q.index + 1]
    # (an aside naming more of the units is part of their noun: "其余8个村(社区)共307条")
    between = _UNIT_ASIDE.sub("", d.s[q.end : nxt.start])
    if counts_its_list(d, q):
        return True
    if not between or len(between) > 20 or _SEPARATOR.search(between):
        return False
    return bool(words()["scope_nouns"].match(between))


# A count of the items a list names: a small whole number of a counter, then the list's noun and
# 分别 ("防火、防汛两个指挥部分别召开会议6次、8次"), or after the names joined by 、/和 ("城管、市场
# 监管、交通三个部门开展联合检查12次、15次、9次"). (A line wrapped inside the words is joined.)
_LIST_COUNTERS = frozenset({"个", "家", "类", "项", "种", "级", "名", "支", "所", "条", "座", "批", "方面"})
_NOUN_THEN_RESPECTIVELY = re.compile(r"[\u4e00-\u9fff]{1,10}?分别[\u4e00-\u9fff]{0,12}")
_NAMES_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[、和及与][\u4e00-\u9fff]{1,12})+$")
_WRAP = gated(re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])"))


def counts_its_list(d: _Doc, q: Quantity) -> bool:
    """Does ``q`` say how many items the list after it has ("两个指挥部分别召开会议6次、8次", "三家医院
    分别接诊…", "甲、乙、丙三个部门检查12次、15次、9次")? It is then no part of the figures spread
    over the list (which it may only call complete)."""
    if q.is_percent or q.is_money or q.unit not in _LIST_COUNTERS or q.value != int(q.value) \
            or not 2 <= q.value <= 20 or q.index + 1 >= len(d.qs):
        return False
    nxt = d.qs[q.index + 1]
    between = _WRAP.sub("", d.s[q.end : nxt.start])
    if not between or len(between) > 24:
        return False
    prev = d.qs[q.index - 1] if q.index else None
    if prev is not None and prev.sentence == q.sentence and prev.unit == q.unit \
            and _JOINED_WORDS.fullmatch(d.s[prev.end : q.start]):
        return False  # "…区级项目9项,镇级项目3项分别获得…": one more item of a list, not its count
    if _NOUN_THEN_RESPECTIVELY.fullmatch(between):
        return True
    if _SEPARATOR.search(between) or not _NAMES_BEFORE.search(_WRAP.sub("", d.phrase(q))):
        return False
    run = [nxt]  # the figures joined by 、/和 after the count: as many as it says
    while run[-1].index + 1 < len(d.qs):
        after = d.qs[run[-1].index + 1]
        if d.s[run[-1].end : after.start] not in ("、", "和", "及") or not compatible(after, nxt):
            break
        run.append(after)
    return len(run) == int(q.value)


_BOUND_OF_A_GROUP = re.compile(r"(?:及|或)以[上下内]的?[\u4e00-\u9fff]")
_GROUP_NOUN = re.compile(r"的?[\u4e00-\u9fff]")
# a bound of a group, then the group ("…的村", "…的企业"): a comparator before the figure, or a range it closes
_OF_A_NOUN = re.compile(r"的[\u4e00-\u9fff]")
_OPENS_A_RANGE = re.compile(r"\s*[至到\-—~～]\s*\d[\d.,]*[万亿千百]?[\u4e00-\u9fff]{0,2}的[\u4e00-\u9fff]")
_COMPARED = re.compile(r"超过|超|逾|高于|低于|不足|不到|大于|小于|少于|多于")
_COMPARED_BEFORE = re.compile(r"(?:超过|高于|低于|不足|不到|大于|小于|少于|多于|\d[万亿千百]?[\u4e00-\u9fff]?[至到\-—~～])$")


def refers_to_items(d: _Doc, q: Quantity) -> bool:
    """"以上两项合计", "上述三类", ",两类案件占…": a count of the items listed before, referred back
    to (by a word, or a number in words opening its clause) -- no level."""
    if q.unit not in _ITEM_UNITS:
        return False
    clause = re.split(r"[,;:]", d.label(q))[-1]
    return bool(_BACK_REFERENCE.search(clause)) or (not clause and not any(c.isdigit() for c in q.number))


_BACK_REFERENCE = re.compile(r"(?:以上|上述|前述|这|此|该)$")
_TOP_UNITS = frozenset({"位", "名", "项", "类", "个", "大", ""})


def counts_the_top(d: _Doc, q: Quantity) -> bool:
    """"热点诉求前三位依次为…", "排名前五的领域": how many of a ranking's first items are named -- no level
    of a measure (nor the subject of a change after it)."""
    return q.unit in _TOP_UNITS and d.label(q).endswith("前")


def _counts_units_of_the_figure_before(d: _Doc, q: Quantity) -> bool:
    """"其余29件涉及其他12个部门": a count of units named right after it, closing the clause of a
    figure of another unit -- where that figure's cases sit, not more of them."""
    prev = d.qs[q.index - 1]
    if prev.is_percent or prev.unit == q.unit or _CLAUSE_STOP.search(d.s, prev.end, q.start):
        return False
    return bool(words()["scope_nouns"].match(d.s, q.end))


_PLACE_UNITS = frozenset({"个", "家", "所"})
_PLACE_MODIFIER = re.compile(r"(?:[省市县区镇乡]直|[省市县区]属|[省市县区]级)?")


def counts_places(d: _Doc, q: Quantity) -> bool:
    """"全县18个乡镇(街道)和46个县直单位…": a count of places or bodies (a scope noun right after
    it), not of work they do -- no whole of the cases any of them handled."""
    if q.is_percent or q.unit not in _PLACE_UNITS:
        return False
    m = _PLACE_MODIFIER.match(d.s, q.end)
    nouns = words()["scope_nouns"]
    if nouns.match(d.s, m.end()):
        return True
    # "全县22个执法部门…", "46个成员单位": the bodies with a word of what they are before the noun
    # (up to four characters, none a stop): still bodies, not the work they did
    lead = _BODY_LEAD.match(d.s, q.end)
    return any(nouns.match(d.s, q.end + k) for k in range(1, lead.end() - q.end + 1))


_BODY_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}")


# Words that use 均 as "all" ("均为", "均已整改") and asides in brackets say nothing of the figure after them;
# nor does a manner of doing ("按比例安排就业58人", "按规定比例安置": placed by the quota, a count of people).
_NOT_OF_THE_FIGURE = re.compile(r"\([^()]*\)|均(?:为|已|在|按|由|是|系|属|于|能|未|不|无|得到|予以)"
                                r"|按[\u4e00-\u9fff]{0,4}?比例(?=[\u4e00-\u9fff])")


def is_additive(d: _Doc, q: Quantity) -> bool:
    """Can the figure be a part or a total of a sum? Not an average, a rate or an index."""
    return d.memo("additive", q, _is_additive)


def _is_additive(d: _Doc, q: Quantity) -> bool:
    label = d.label(q)
    if "(" in label or "均" in label or "按" in label:  # (every match of _NOT_OF_THE_FIGURE opens with one)
        label = _NOT_OF_THE_FIGURE.sub("", label)
    if (d.label(q)[-1:] in "在于足到" and _THRESHOLD.search(d.label(q)) and _THRESHOLD_AFTER.match(d.after(q, 3))) \
            or (q.qualifier and d.after(q, 1) == "的"):
        return False  # "其余街道均在500件以下", "案值超过10万元的案件": a threshold, not a count
    if q.unit in _TOPIC_COUNT_UNITS and "率的" in label and _TOPIC_RATE.search(label):
        label = label[:-2]  # "反映办事效率的58条": items about a rate's topic, counted -- no rate
    if q.is_percent or words()["not_additive"].search(label) or (q.in_table and _in_a_change_column(d, q)):
        return False
    if q.unit == "个百分点" and words()["point_gaps"].search(re.split(r"[,;:]", label)[-1]):
        return False  # "快于全省平均0.6个和1.1个百分点": gaps between two rates, no parts of a gap
    if q.qualifier in ("超", "逾", "以上") and q.index and _units_passing(d, d.qs[q.index - 1], q):
        return False  # "其中3个单位超期工单数超过15件": the mark those units pass, no count of its own
    if q.unit in ("岁", "周岁") and (_THRESHOLD_AFTER.match(d.after(q, 3)) or _RANGE_BEFORE.search(label)):
        return False  # "60岁及以上", "16-59岁": an age bracket names a group of people, it counts nothing
    if q.index > 0 and q.start - d.qs[q.index - 1].end == 1 and d.s[q.start - 1] in "、和及与":  # (_JOINED.fullmatch)
        # "每千人口医师、护士分别为2.63人和3.03人": the rate the list opens with is each figure's
        prev = d.qs[q.index - 1]
        return prev.sentence != q.sentence or unit_class(prev) != unit_class(q) or is_additive(d, prev)
    return True


# A table column of changes ("同比增长(%)", "增速", "比上年增减"): its cells are rates, printed bare
_CHANGE_HEAD = re.compile(r"增长|增速|增幅|增减|同比|环比|比上年|比年初|±")


def _in_a_change_column(d: _Doc, q: Quantity) -> bool:
    """Is the table figure under a header naming a change? "固定资产投资|—|6.2" over "其中:工业投资|—|18.4"
    under "同比增长(%)": a part's growth may pass its whole's, and growths add up to nothing."""
    cells = d.cache.get("change_cells")
    if cells is None:
        heads = column_heads(d.cache.get("tables") or [])  # type: ignore[arg-type]
        cells = d.cache["change_cells"] = {i for i, h in heads.items() if _CHANGE_HEAD.search(h)}
    return q.index in cells  # type: ignore[operator]


_JOINED = re.compile(r"[、和及与]")
# "…效率的", "…频率的" right before a count of items (条, 件…): the items' topic, not a rate's name
_TOPIC_RATE = re.compile(r"[\u4e00-\u9fff]率的$")
_TOPIC_COUNT_UNITS = frozenset({"条", "件", "件次", "个", "项", "起", "宗", "次", "人次", "批次"})
_COUNTED_UNITS = ("个", "家", "所", "名", "人", "户")


def _units_passing(d: _Doc, prev: Quantity, q: Quantity) -> bool:
    """Does a count of units or people (``prev``, "3个单位") open the clause of the "more than" figure
    ``q``, in another unit? The figure is what each of them passes."""
    return (prev.unit in _COUNTED_UNITS and prev.unit != q.unit and not prev.is_percent
            and not re.search(r"[,;:。]", d.s[prev.end : q.start]))
_THRESHOLD = re.compile(r"(?:在|低于|高于|不足|不到)$")
_THRESHOLD_AFTER = re.compile(r"及?以[上下内]")
_RANGE_BEFORE = re.compile(r"\d\s*(?:-|~|—|–|至|到)$")


def unit_class(q: Quantity) -> str:
    """What a figure is counted in, for adding: its unit, or money (万元 and 亿元 add up)."""
    return "money" if q.is_money else q.unit


# Words between a figure's noun and its number ("零售总额为…", "受理投诉共计…").
_LINKING = gated(re.compile(r"(?:为|是|达到|达|共计|合计|总计|累计|共有|共|计|约|近|超过|有)+$"))
_NOT_CHINESE = re.compile(r"[^\u4e00-\u9fff]")


def figure_words(d: _Doc, q: Quantity) -> str:
    """The Chinese words of a figure's label, its linking verb dropped: they end with its noun."""
    return d.memo("words", q, _figure_words)


def _figure_words(d: _Doc, q: Quantity) -> str:
    return _LINKING.sub("", _NOT_CHINESE.sub("", d.label(q)))


def measure_key(d: _Doc, q: Quantity) -> str:
    """The measure a figure counts, by the last two characters of its words ("、死亡" -> 死亡)."""
    return figure_words(d, q)[-2:]


# "五类案件共计", "以上3项合计", "上述两类共": a total after the number of items it adds up
# (the number, a figure of its own, counts kinds: 类, 项, 种).
_COUNTED_TOTAL = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:共计|合计|总计|总共|共)$")
_ITEM_UNITS = frozenset({"类", "项", "种"})


def items_counted(d: _Doc, q: Quantity) -> Quantity | None:
    """The figure counting the items a total adds up, right before the total in its clause."""
    if q.is_percent or not q.index or not ((lab := d.label(q)) and ("共" in lab or "计" in lab)
                                            and _COUNTED_TOTAL.match(lab)):  # (共计 合计 总计 总共 共: 共 or 计)
        return None
    count = d.qs[q.index - 1]
    if count.unit not in _ITEM_UNITS or count.sentence != q.sentence or not 2 <= count.value <= 30 \
            or count.value != int(count.value):
        return None
    return count


def closes_counted(d: _Doc, q: Quantity, prev: Quantity) -> bool:
    """Is ``q`` inside a list the total of the items above, counted by a figure ("…,以上6个部门合计685件、
    1015.2万元,…"), or that total's second measure, printed after it with no words of its own?"""
    if _CLOSES_COUNTED.search(d.s, max(0, q.start - 24), q.start):
        return True
    return (d.s[prev.end : q.start] == "、" and not d.own_words(q)
            and _CLOSES_COUNTED.search(d.s, max(0, prev.start - 24), prev.start) is not None)


# (its own words begin after the count, a figure of its own: the words before the count say it refers back)
_CLOSES_COUNTED = re.compile(r"(?:以上|上述|前述)[\d一二三四五六七八九十两]+(?:个|类|项|种|家)[\u4e00-\u9fff]{0,6}"
                             r"(?:合计|共计|总计|共)$")


# --- which figure a 中/其中 marker breaks down ----------------------------------------------

_ALL_CLAUSE = re.compile(r"^[,;\n]?(?:已|均已|并|且)?(?:全部|均|全数|一律|全都)[\u4e00-\u9fff]{1,10}[,;]$")
# the next line of a list of lines, one item each ("\n-网上申请:", "\n2.信函申请:")
_NEXT_LINE = re.compile(r"\n(?:[-·•*]|\d+[.、]|[(]?[一二三四五六七八九十]+[)、])?[\u4e00-\u9fff]{1,10}[:]?")


def after_a_list_all(d: _Doc, totals: list[Quantity], a: int) -> bool:
    """Does an 'all' clause stand between a list of figures ("35件、举报42件") and the marker? Then
    the marker breaks down what the whole list reached, which no single figure before counts."""
    last = max(totals, key=lambda t: t.end)
    if not _ALL_CLAUSE.match(d.s[last.end : a]) or last.index == 0:
        return False
    prev = d.qs[last.index - 1]
    between = d.s[prev.end : last.start]
    # (or items of a list of lines, one each, the 'all' clause on the line after the last)
    lines = _NEXT_LINE.fullmatch(between) is not None and d.s[last.end : last.end + 1] == "\n"
    return not prev.is_percent and (lines or bool(re.fullmatch(r"[、和及与][\u4e00-\u9fff]{0,10}", between)))


_THOSE_THAT = re.compile(r"的(?:有|为|共|共有)?$")  # "设置中医科的有": a 的 clause names the places that do


def counted_as_places(d: _Doc, m: re.Match) -> bool:
    """"12个乡镇卫生院中,9个达到…,3个…": a count of places breaks down into counts of those places
    only -- every figure after it in its sentence names no other noun ("9个县市区中,有7个县市区…,
    建成工作室46个": 46 counts something else, so the sentence is no breakdown of the 9)."""
    place = words()["scope_nouns"].search(m.group())
    if place is None:
        return True
    k = d.before(m.start())
    count = d.qs[k - 1] if k else None  # the count of places the words follow
    for q in d.in_range(m.end(), d.next_end(m.end(), SENT_END)):
        lab = re.split(r"[,;:、]", d.label(q))[-1]
        if not q.is_percent and re.sub(r"^(其中|有|共有|共|另有|仅)", "", lab) and place.group() not in lab \
                and not _THOSE_THAT.search(lab):
            return False  # (not "…中,设置中医科的有412个": those of the places that do)
        if not q.is_percent and count is not None and count.end == m.start() and q.unit != count.unit:
            return False  # "16个区中,甲区、乙区…受理量分别为2862件…": what places did, not how many
    return True


# "预付卡消费、网络购物两个领域", "征地、环保和劳动保障三类问题": a count right after names listed
# with 、/和 in its clause, equal to how many they are.
_COUNT_WORDS = re.compile(r"^[个类项方面种大]")
_LAST_NAME_JOINED = re.compile(r"(?<!涉)[和及与]")  # "A、B和C" (not the 及 of 涉及)


def counts_the_names(d: _Doc, q: Quantity) -> bool:
    """Does ``q`` count the names listed right before it in its clause ("A、B两个领域")? Such a
    figure says how many kinds a list names: neither a total of their figures nor one of them."""
    if q.is_percent or q.value != int(q.value) or not 2 <= q.value <= 10 or not _COUNT_WORDS.match(q.unit or "个"):
        return False
    clause = re.split(r"[,;:。()\n]", d.label(q))[-1]
    if any(ch.isdigit() for ch in clause):
        return False
    names = clause.split("、")
    return len(names) + (1 if _LAST_NAME_JOINED.search(names[-1]) else 0) == q.value


_SET_OF = re.compile(r"[\u4e00-\u9fff]{1,8}?(?<![初高])中[,:]")


def opens_a_set(d: _Doc, q: Quantity) -> bool:
    """Does a figure open a set right after it ("64起案件中,")? What follows breaks that set down: the
    figure names the whole again, it is none of the parts."""
    return not q.is_percent and _SET_OF.match(d.s, q.end) is not None


def opens_a_set_of_places(d: _Doc, q: Quantity) -> bool:
    """Does a count of places open a set right after it ("全市16个区中,…")? What follows is what
    those places did: the count is a total only of counts of them (its own unit)."""
    m = _SET_OF.match(d.s, q.end)
    return m is not None and not q.is_percent and bool(words()["scope_nouns"].search(m.group()))


# units that count places, bodies or things, as a count of places does
_PLACE_LIKE = frozenset({"个", "家", "所", "户", "处", "单位", "座", "只"})


def places_over_work(d: _Doc, q: Quantity, parts: list[Quantity]) -> bool:
    """Is ``q`` a count of places that is no whole of ``parts``: one opening a set ("全市16个区中,") over
    parts of another unit, or any count of places or bodies ("表中5个部门", "全县14个乡镇") over parts
    that all count the work they did ("其中治超案件412件")?"""
    if opens_a_set_of_places(d, q) and any(p.unit != q.unit for p in parts):
        return True
    return bool(parts) and counts_places(d, q) and all(p.unit and p.unit not in _PLACE_LIKE for p in parts)


_RANK = re.compile(r"国家级|省级|部级")


def names_a_rank(d: _Doc, q: Quantity) -> bool:
    """Do the figure's words name a rank of a listing ("全市共有国家级非遗代表性项目12项、省级68项、市级
    214项")? It counts that rank's items, so it is no whole a level's figure (市级) falls within."""
    if _RANK.search(d.label(q)):
        return True
    # "建成全国民主法治示范村12个、省级97个、市级386个": 全国 heading a list whose next item is named by a
    # rank (省级, 市级) is the rank of the title, not the country's whole
    nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    return ("全国" in d.label(q) and nxt is not None and nxt.sentence == q.sentence
            and _RANK_ITEM.fullmatch(d.label(nxt)) is not None)


_RANK_ITEM = re.compile(r"[、,和及]?(?:省|市|县|区|地市|省部)级(?:的)?")
