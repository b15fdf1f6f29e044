"""Where the whole of a classified list is stated (``classified``): a figure before the opener
that names what the items share, in its sentence or up to a few sentences back, across a heading
when the figures confirm it, or the one the items add up to exactly."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .breakdown_totals import _breakdown_total
from .completeness import _REST
from .equalities import _graded_vocabulary
from .misprints import within_one_slip
from .model import compatible, counted_as_matters
from .scopes import _LINKING, is_additive, is_scope_count, unit_class, words
from .scopes import figure_words as _words
from .sections import _fits
from .siblings import earlier_stage_wholes
from .stages import load_stages, stages_in
from .structure import SENT_END, _Doc, _overlap
from .sums import _drop_derived

# (compiled once: read per figure or per list)
_FIRST_CLAUSE = re.compile(r"^.*?[,;:、]")
_ORDINAL = re.compile(r"[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)")

_CHINESE = re.compile(r"[^\u4e00-\u9fff]")
_LOOKBACK = 3  # sentences before the opener that may state the whole


def _names_a_stage(cls: str) -> bool:
    """Does the opener's class name a stage of a process ("从审结情况看", "从办理结果看")? Then its
    list is of that stage's figure, not of the whole the list before it classified."""

    return bool(re.search(r"结果|结案|处理|办理", cls) or load_stages().any_stage.search(cls))


def _kinds_only(d: _Doc, whole: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts name their kinds alike: all or none of them the whole's measure? ("道路运输事故
    死亡41人、受伤17人" under "死亡56人": one item of two measures, not two kinds of deaths.)"""
    measure = _words(d, whole)[-2:]
    named = [measure in re.split(r"[,;:、]", d.label(p))[-1] for p in parts]
    return all(named) or not any(named)


def _measure_words(d: _Doc, parts: list[Quantity]) -> str:
    """The words the parts' labels end with in common ("…共发生事故"), their categories dropped."""
    labels = [_LINKING.sub("", _CHINESE.sub("", _FIRST_CLAUSE.sub("", d.label(p)))) or _words(d, p)
              for p in parts]
    common = labels[0]
    for lab in labels[1:]:
        n = 0
        while n < min(len(common), len(lab)) and common[-1 - n] == lab[-1 - n]:
            n += 1
        common = common[len(common) - n :]
    return common


def _whole(d: _Doc, parts: list[Quantity], opener: int, end: int, strict: bool = False, cls: str = "",
           listed: frozenset[int] = frozenset()) -> list[Quantity]:
    """The figures of the parts' measure that may state the whole, one per value: in the sentences
    before the opener (the nearest first) or in the sentence after the list. Several when the words
    do not decide between them. ``strict``: the parts name no measure; the whole is the one figure
    of their unit they add up to."""
    if strict:
        # The figures confirm the whole, which may itself be a part of a 其中 before.
        spans = _sentences_before(d, opener)
        cands = _candidates(d, parts, spans, True, listed)
        fits = {q.value: q for q in cands if _fits(q, parts)}
        if not fits and len(parts) >= 2:
            # A list one slip away from the one figure of its unit, in the sentences before, that can
            # hold each part ("培训8,316人次。从培训对象看,…4,215人次,…2,873人次,…1,238人次"): the
            # list is that figure's, and the slip is the error the check reports.
            # (an item of a complete breakdown of the one a slip explains, short of what the parts add
            # up to, is no rival of it: "共接收诉求128,736件。其中,来电112,094件,网络留言16,642件。按诉求
            # 性质分,…" -- five kinds adding up to 127,736 are of the 128,736, not of the 来电; a stage
            # of it, "其中受理2,890件", is a rival still)
            near = [q for q in cands if all(p.value <= q.value for p in parts)]
            slipped = [q for q in near if within_one_slip(q, parts)]
            if len(slipped) == 1 and all(q is slipped[0] or (q.value < sum(p.value for p in parts)
                                                             and _item_of(d, q, slipped[0])) for q in near):
                near = slipped
            if len(near) == 1 and within_one_slip(near[0], parts):
                fits = {near[0].value: near[0]}
        if not fits and _REST.search("".join(d.label(p) for p in parts)):
            # A list that names its rest (其他类) is whole by its words: the figure of its unit in
            # the nearest sentence naming a whole is what it breaks down (two or three: readings).
            # Not when the opener names a stage the whole is not of ("从审结情况看" under 受理86件).
            own = {q.value: q for q in _candidates(d, parts, spans[:1], False, listed)}
            if not own and len(spans) > 1 and not d.s[spans[0][0] : spans[0][1]].strip():
                # The opener opens its sentence ("立案查处案件148件,下达决定书139份。按违法类型分,
                # …,其他23件"): the one figure of the unit in the sentence right before, large
                # enough to hold each part, is what the list names all of.
                big = max(p.value for p in parts)
                own = {q.value: q for q in _candidates(d, parts, spans[1:2], False, listed) if q.value >= big}
            # The one figure of the opener's own sentence is what it breaks down ("对27件文件开展清理,
            # 经清理继续有效19件…", "受理300件,分为…").
            wholes = (list(own.values()) if len(own) == 1
                      else _only_whole(d, _candidates(d, parts, spans, False, listed), parts))
            # (the criterion's own noun -- 领域, 渠道, 形式 -- names no stage: "按信访形式分" is of 信访)
            kind = re.sub(r"情况|结果|方面|[^\u4e00-\u9fff]", "", words()["class_nouns"].sub("", cls))
            named = [t for t in wholes if not kind or _overlap(_words(d, t), kind) >= 2]
            # none near: a whole further back the parts add up to exactly (a summary section above)
            return named or _confirmed_whole(d, parts, opener, listed)
        if not fits and not _names_a_stage(cls):
            # "全年共受理投诉2960件。按渠道分,热线1530件,网络1105件,来信352件": parts naming only
            # their kinds classify the one figure of their unit named as a whole in the sentence
            # before (or the opener's own) -- when it is the only one there; the coverage rules
            # of _sum_or_bounds_of then say whether a shortfall can be an error.
            # Every figure of the unit there at least as large as each part, 其中 parts too ("受理86件,
            # 其中依法受理78件": of 86 or of 78?), is a rival: only one may stand.
            big = max(p.value for p in parts)
            rivals = {q.value for q in _candidates(d, parts, spans[:2], True) if q.value >= big}
            one = _only_whole(d, _candidates(d, parts, spans[:2], False, listed), parts)
            if len(one) != 1 or len(rivals) != 1 or not _kinds_only(d, one[0], parts):
                return []
            return one
        return list(fits.values()) if len(fits) == 1 else _confirmed_whole(d, parts, opener, listed)
    measure = _measure_words(d, parts)
    before = _candidates(d, parts, _sentences_before(d, opener), False, listed)
    after = []
    if end < len(d.s) and d.s[end] in "。\n":
        after = [q for q in _candidates(d, parts, [(end + 1, d.next_end(end + 1, SENT_END))])
                 if _names_whole(d, q) and not names_some_items(d, q, parts)]
    picks: dict = {}
    for cands in (before, after):
        # Parts ending with the opener's class noun (适用…程序 under 按适用程序分) name the kinds, not
        # what is counted: only a figure ending with that noun can be the whole then.
        found = (_by_measure(d, cands, measure, verb=measure[-2:] != cls[-2:]) if len(measure) >= 2
                 else _only_whole(d, cands, parts))
        for q in found:
            picks.setdefault(q.value, q)
    if not picks:
        # The parts name their measure in other words than the whole ("第一产业增加值…" under "地区
        # 生产总值", a review's "判定为合法的…" under "共下发图斑…"): the one figure before, named as
        # a whole, that they add up to exactly.
        # (or the figure a review's own sentence states before it: "下发图斑1,364个,经实地核查,…" --
        # not grades, which the graded family reads)
        review = d.s.startswith("经", opener) and not _graded_vocabulary()["graded_by"].search(d.label(parts[0]))
        fits = {q.value: q for q in before if _fits(q, parts) and (_names_whole(d, q) or (
            review and q.sentence[0] <= opener < q.sentence[1]))}
        if len(fits) == 1 and len({q.value for q in before}) <= 3:
            return list(fits.values())
    if len(picks) == 1:
        near = _candidates(d, parts, _sentences_before(d, opener), True, listed)  # (其中 parts too)
        picks.update({q.value: q for q in _later_stage_fitting(d, next(iter(picks.values())), near, parts)})
    return list(picks.values()) or _named_by_class(d, parts, opener, cls, listed) or _across_heading(
        d, parts, opener, listed) or (_confirmed_whole(d, parts, opener, listed) if cls else [])


def _later_stage_fitting(d: _Doc, whole: Quantity, before: list[Quantity], parts: list[Quantity]) -> list[Quantity]:
    """"收到申请146件。其中,依法受理128件,…。从申请人看,自然人121件,法人7件": the figure of a later stage
    of the whole's process stated after it (受理 of 收到), which the parts add up to exactly, is a reading
    of the list's whole: a list by applicant may be of the cases accepted as well as of all received."""
    named = [stages_in(d.own_words(p)) for p in parts]

    def another_stage(q: Quantity) -> bool:  # (parts naming their stage, 受理, are no list of 办结's figure)
        own = stages_in(d.own_words(q))
        return any(pid in stages and stages[pid] != level for stages in named for pid, level in own.items())

    return [q for q in before if q.index > whole.index and q.value < whole.value and compatible(q, whole)
            and stages_in(d.own_words(q)) and _fits(q, parts) and not another_stage(q)]


_CLASS_WORDS = re.compile(r"类型|类别|种类|构成|分布|来源|渠道|结构|领域|形式|方式|情况|方面|性质|[^\u4e00-\u9fff]")


def _named_by_class(d: _Doc, parts: list[Quantity], opener: int, cls: str, listed: frozenset[int]) -> list[Quantity]:
    """"受理各类案件512件,…。从案件类型看,民间借贷纠纷126件,…": the opener's class names what it
    classifies (案件); the one figure of the parts' unit in its sentence or the one before whose words
    name it, and that can hold each part, is the whole the parts name in other words (纠纷)."""
    noun = _CLASS_WORDS.sub("", cls)
    if len(noun) < 2:
        return []
    big = max(p.value for p in parts)
    named = {q.value: q for q in _candidates(d, parts, _sentences_before(d, opener)[:2], False, listed)
             if noun in _words(d, q) and q.value >= big}
    return list(named.values()) if len(named) == 1 else []


_FAR = 4000  # characters before an opener where a whole its list adds up to may stand (its section's summary)


def _confirmed_whole(d: _Doc, parts: list[Quantity], opener: int, listed: frozenset[int]) -> list[Quantity]:
    """Three parts or more that add up exactly to one figure of their unit confirm it as their
    whole when the words did not name one: in the sentences before the opener, any such figure;
    further back (a summary section above the list's heading), one named as a whole (全年, 共…).
    Two such values: nothing."""
    if len(parts) < 3:
        return []
    near = _sentences_before(d, opener)
    # (a part of a list found before may be this one's whole: the figures decide -- no ``listed`` here)
    fits = {q.value: q for q in _candidates(d, parts, near, False) if _fits(q, parts)}
    if not fits:
        far = [(max(0, opener - _FAR), near[-1][0])]
        # (four parts or more adding up exactly to one figure are no chance: any such figure, named as a
        # whole or not -- "依法受理1,302件" of an intake section, classified by type a section below)
        fits = {q.value: q for q in _candidates(d, parts, far, len(parts) >= 4) if _fits(q, parts)
                and (_names_whole(d, q) or len(parts) >= 4)}
    return list(fits.values()) if len(fits) == 1 else []


def _across_heading(d: _Doc, parts: list[Quantity], opener: int, listed: frozenset[int]) -> list[Quantity]:
    """"全年受理投诉200件。\n(二)按区域分布\n城区:120件;\n郊区:80件。": a list heading a section of
    its own may break down a whole stated before the heading -- or a sibling section's figure may
    stand there. Only the figures decide: the one figure there the parts add up to, named as a
    whole (全年, 全市, 共) or confirmed by three parts or more."""
    spans = _sentences_before(d, opener)
    start = spans[-1][0]
    if not _HEADED.match(d.s, start):
        return []  # no heading between: the words had their chance
    if any(_fits(q, parts) for q in _candidates(d, parts, spans, True, frozenset())):
        return []  # ("(三)行政处罚\n立案241件…按办案程序分,简易54件、普通187件": its own section's figure, not one above)
    before: list[tuple[int, int]] = []
    while len(before) < _LOOKBACK and start > 1:
        prev_end = start - 1
        start = d.last_before(SENT_END, prev_end) + 1
        if d.s[start:prev_end].strip():  # "。\n" leaves an empty sentence between: not one of the three
            before.append((start, prev_end))
    # A part of a list found before may be this list's whole ("经审查,受理1702件,不予受理98件…" then
    # "(二)…从被申请人看,…536件,…498件,…668件"): the figures decide, so it stays a candidate.
    cands = [q for q in _candidates(d, parts, before, False, frozenset()) if len(parts) >= 3 or _names_whole(d, q)]
    fits = {q.value: q for q in cands if _fits(q, parts)}
    if not fits:
        # one slip away from exactly one of them: that one, and the slip is the error
        fits = {q.value: q for q in cands if all(p.value <= q.value for p in parts) and within_one_slip(q, parts)}
        if len(fits) == 1:
            # (fitted by a slip to a later stage, "办结": the first stage's figure is a reading too)
            fit = next(iter(fits.values()))
            return [*earlier_stage_wholes(d, fit, cands, opener), fit]
    return list(fits.values()) if len(fits) == 1 else []


_HEADED = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])")
_HEADED_FIRST = re.compile(r"\s*(?:一、|\(一\)|1[.、])")


def _sentences_before(d: _Doc, opener: int) -> list[tuple[int, int]]:
    """The opener's own sentence up to the opener, then up to ``_LOOKBACK`` sentences before it."""
    s = d.s
    start = d.last_before(SENT_END, opener) + 1
    spans = [(start, opener)]
    if _HEADED.match(s, start) and not _HEADED_FIRST.match(s, start):
        # "(五)从辖区分布看:" heads a section of its own: the sentences before it are a sibling
        # section ("(四)电动自行车事故…158起"), whose figures are not the whole of this one.
        return spans
    looked = 0
    while looked < _LOOKBACK and start > 1:
        prev_end = start - 1
        start = d.last_before(SENT_END, prev_end) + 1
        if not s[start:prev_end].strip():
            continue  # "。\n" leaves an empty sentence between: not one of the sentences looked at
        looked += 1
        if _ORDINAL.match(s[start:prev_end]):
            spans.append((start, prev_end))
            break  # a heading closes the section the whole can be stated in
        spans.append((start, prev_end))
    return spans


def _candidates(d: _Doc, parts: list[Quantity], spans: list[tuple[int, int]], parts_too: bool = False,
                listed: frozenset[int] = frozenset()) -> list[Quantity]:
    """Figures of the parts' unit in the spans, nearest first: not parts of a 其中 or of a list
    found before (``listed``), not differences, not scopes, not averages or rates."""
    first = parts[0]
    out = []
    for a, b in spans:
        # (信访 counted in 件次 over items in 件 or 批次: one measure, as under a 其中)
        figs = [q for q in _drop_derived(d, d.in_range(a, b))
                if ((compatible(q, first) and unit_class(q) == unit_class(first)) or counted_as_matters(d.s, q, first))
                and is_additive(d, q) and not is_scope_count(d, q)
                and not d.in_parentheses(q) and q.index not in listed
                and (parts_too or ("其中" not in d.label(q) and not _breakdown_total(d, q)[0]))]
        out.extend(reversed(figs))
    return out


def _names_whole(d: _Doc, q: Quantity) -> bool:
    return bool(words()["wholes"].search(d.s[q.sentence[0] : q.start]))


_JOINED = re.compile(r"[和、及与]")
_NOT_NAME = re.compile(r"[^\u4e00-\u9fff]|其中|包括")


def names_some_items(d: _Doc, q: Quantity, parts: list[Quantity]) -> bool:
    """"…予以公开139件,部分公开78件,不予公开6件…。予以公开和部分公开的合计217件": a total after a list
    whose words join the names of two of its items (and not all) is their subtotal, not the list's whole."""
    said = d.s[q.sentence[0] : q.start]
    if not _JOINED.search(said):
        return False
    names = [_NOT_NAME.sub("", re.split(r"[,;:。]", d.label(p))[-1]) for p in parts]
    named = sum(1 for n in names if len(n) >= 2 and n in said)
    return 2 <= named < len(parts)


def _by_measure(d: _Doc, cands: list[Quantity], measure: str, verb: bool = True) -> list[Quantity]:
    """The candidates whose words share the most with the parts' measure (at least two
    characters) and end with the same noun ("…零售总额" for "…零售额", not "纠正程序瑕疵" for
    "适用…程序"); several when different figures share as much."""
    scored = [(_overlap(_words(d, q), measure), q) for q in cands if _words(d, q).endswith(measure[-1])]
    scored = [(sc, q) for sc, q in scored if sc >= 2]
    if not scored and verb and len({q.value for q in cands}) == 1:
        # The measure a verb ("…企业检查1200家次" under "共检查生产经营单位2350家次"): the only
        # figure of the unit, when its words share the measure's.
        scored = [(sc, q) for sc, q in ((_overlap(_words(d, q), measure), q) for q in cands) if sc >= 2]
        # A shortened name of the same measure ("罚款" for "罚没款"): its characters in order.
        scored = scored or [(len(measure), q) for q in cands if _abbreviates(measure, _words(d, q))]
    if not scored and verb:
        # The verb of the measure with its object after it ("城区受理120件" under "全年受理投诉200件,
        # 办结195件"): the one figure whose words hold the verb, when only one value does.
        held = [q for q in cands if measure[-2:] in _words(d, q) + _verb_after(d, q)]
        scored = [(2, q) for q in held] if len({q.value for q in held}) == 1 else []
    if not scored:
        return []
    best = max(sc for sc, _ in scored)
    return [q for sc, q in scored if sc == best]


_OBJECT_OF = re.compile(r"对(?:全[市区县省]|辖区内?|本[市区县])?$")


def _verb_after(d: _Doc, q: Quantity) -> str:
    """"对2,364家定点医药机构开展检查": a figure that is the object of 对 is counted by the verb after
    it, in its clause."""
    if not _OBJECT_OF.search(d.label(q)):
        return ""
    return re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"[,;。]", d.after(q, 24))[0])


def _abbreviates(short: str, words: str) -> bool:
    """Is ``short`` (two characters or more) the end of ``words`` with characters left out?"""
    if len(short) < 2 or not words.endswith(short[-1]):
        return False
    it = iter(words[-3 * len(short) :])
    return all(ch in it for ch in short)


def _shared_words(d: _Doc, parts: list[Quantity]) -> str:
    """Two characters or more every part's words hold, not at their end ("县本级收到申请",
    "乡镇和部门收到": 收到) -- what the list counts, though the parts do not end alike."""
    # (not the word each kind is named by what it concerns: "涉及征收拆迁的18件、涉及行政处罚的11件")
    labels = [words()["open_ends"].sub("", _words(d, p)) for p in parts]
    common = labels[0]
    for lab in labels[1:]:
        n = _overlap(lab, common)
        common = next((common[i : i + n] for i in range(len(common) - n + 1) if common[i : i + n] in lab), "")
    return common if len(common) >= 2 and all(common in lab for lab in labels) else ""


def _only_whole(d: _Doc, cands: list[Quantity], parts: list[Quantity] | None = None) -> list[Quantity]:
    """Parts that name no measure ("城镇211.40亿元;乡村57.06亿元"): the only figure of their unit,
    in a sentence that names the whole (全年, 全市, 共, 总) -- or, when that one sentence states two
    or three figures of the unit ("立案查处案件3486件,作出处罚决定3402件。从案件类型看:市容类…"),
    each of them, as readings of the whole."""
    shared = _shared_words(d, parts) if parts else ""
    if shared:
        # The words all the parts hold (收到) name what they count: not a figure without them (办结).
        cands = [q for q in cands if shared in _words(d, q)]
    if not cands or not _names_whole(d, cands[0]):
        return []
    values = {q.value: q for q in cands}
    if len(values) == 1:
        return [cands[0]]
    if len(values) <= 3 and all(q.sentence == cands[0].sentence for q in cands):
        return list(values.values())
    return []


def _opens_breakdown(d: _Doc, total: Quantity, first: Quantity) -> bool:
    """Does a 其中 right after ``total`` open the list ``first`` starts ("申请13件,其中网上11件…")?
    Then the figures between are its parts (when they do not exceed it), not another whole."""
    return bool(re.match(r"[,:]?(其中|包括)", d.s[total.end : first.start]))


def named_by_class(d: _Doc, q: Quantity, cls: str) -> bool:
    """Does the opener's class name ``q``'s own words ("按医院等级分" and "医院142个")?"""
    kind = re.sub(r"类别|类型|情况|方面|结构|等级|性质|规模|[^\u4e00-\u9fff]", "", cls)
    return len(kind) >= 2 and kind in re.sub(r"[^\u4e00-\u9fff]", "", d.own_words(q))


def order_wholes(d: _Doc, wholes: list[Quantity], cls: str) -> list[Quantity]:
    """Readings of a list's whole: the one the class names as a total first ("资产总额…,净资产…。按资产类别分"),
    then one naming the class's noun ("…违法案件412件,作出处罚决定398件。按违法类型统计": 412)."""
    kind = re.sub(r"类别|类型|情况|方面|结构|[^\u4e00-\u9fff]", "", cls)
    if len(wholes) < 2 or len(kind) < 2:
        return wholes
    own = {t.index: re.sub(r"[^\u4e00-\u9fff]", "", d.own_words(t)) for t in wholes}
    return sorted(wholes, key=lambda t: (not re.search(kind + "(?:总额|总量|总数|合计|总计)", own[t.index]), kind not in own[t.index]))


def _item_of(d: _Doc, q: Quantity, whole: Quantity) -> bool:
    """Is ``q`` one of the figures of its sentence, after ``whole``, that add up to it exactly (an item
    of a complete breakdown: "其中,来电112,094件,网络留言16,642件" of 128,736)?"""
    items = [x for x in d.in_range(q.sentence[0], q.sentence[1]) if not x.is_percent and compatible(x, q)
             and x.index > whole.index and not d.in_parentheses(x)]
    return len(items) >= 2 and q in items and sum(x.value for x in items) == whole.value
