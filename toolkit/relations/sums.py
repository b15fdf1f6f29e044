"""Totals and their breakdowns: 其中/包括/分别为 lists and "…中," lists (lists closed by a
bracket, by a total after them, or split by status are in ``closings``)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .completeness import _exact_prefix, _open_ended, _sum_or_bounds, parts_name_complements, siblings_of_the_whole
from .derived import _derived, _drop_derived
from .list_columns import described_in_own_measures, segment_groups
from .misprints import far_over, one_list_with_a_slip, scope_inside, within_one_slip
from .model import Relation, compatible, counted_as_matters, money_value
from .named_wholes import (
    AMBIGUOUS,
    adds_up_by_name,
    bounded_by_each,
    bounded_by_one_of,
    bounded_parts,
    clause_whole,
    earliest_stage_first,
    named_before,
    of_the_kind,
    paired_measures,
    set_whole,
    totals_named,
    unnarrowed,
)
from .nested_lists import (
    _aside_of_a_part,
    _colon_sublists,
    _stop_before,
    added_in_the_year,
    included_in_the_part_before,
    involved_value_of_another,
    leaves_the_kinds,
    lines_after_a_figure,
    subtotal_of_the_last,
)
from .outcomes import decided_part_at, decided_whole, open_work_at, outcome_of_the_decided
from .own_totals import _OWN_TOTAL, _closed_by_own_total
from .part_stages import whole_of_the_parts_stage
from .reading import label_words, phrase_words
from .roles import is_delta
from .scopes import after_a_list_all as _after_a_list_all
from .scopes import counted_as_places as _counted_as_places
from .scopes import counts_the_names, is_scope_count, items_counted, measure_key, places_over_work, words
from .siblings import item_beside_others
from .stage_lists import kind_then_its_outcome, later_stage_at, without_named_subtotals
from .stages import another_stage, stages_in
from .structure import SEG_END, SENT_END, _Doc, _is_list_opener, _list_lines_end, _overlap, _paragraph_start
from .table_bases import in_its_column
from .vocab import gated, matches_at

# (compiled once: read per figure or per list)
_AMONG_OPENED = re.compile(r"(?<![初高])中[,:]$")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

_BREAKDOWN = re.compile(r"其中[,:]?|包括[:]?|分别为|分别是|分别有|办理结果如下[:]?|具体如下[:]?|情况如下[:]?"
                        r"|具体为[:]?|具体是[:]?")
# "所有答复件中," / "在公开信息中," at the head of a sentence: the breakdown of the sentence before.
# "新受理的行政复议151件中,…": the breakdown of the figure just before.
# "审结的156件行政复议案件中,…": the figure counts what the words after it name.
_COUNTED = "件项人家起个条次户所份名卷"  # the units of a figure "…中," follows
# (money too: "罚没款1537.6万元中,罚款…,没收违法所得…")
_FIGURE_IN_WHICH = gated(re.compile(rf"(?:(?<=\d[{_COUNTED}])|(?<=\d[万亿]元)|(?<=\d元))"
                                    rf"(?:[\u4e00-\u9fff]|\([^()]{{1,8}}\)){{0,12}}?(?<![初高])中[,:]"))
_FIGURE_END = re.compile(rf"\d(?:[{_COUNTED}]|[万亿]?元)")  # where a match of _FIGURE_IN_WHICH can start
# Those of them a match may follow (its words up to 中, or 中 at once): the others are passed over
# by the regex engine, not tried one by one (a test compares the two)
_FIGURE_END_BEFORE_IN_WHICH = re.compile(_FIGURE_END.pattern + r"(?=(?:[\u4e00-\u9fff]|\([^()]{1,8}\)){0,12}?(?<![初高])中[,:])")
# (Not "上述事故中,": all of the above, the whole stated before a breakdown -- unlisted._aforesaid.)
# (Nor "初中:"/"高中:": a school level ending in 中, an item named with its colon, "(三)初中:26,131人")
_IN_WHICH_WORDS = r"(?!在?上述)(?:在|所有|全部)?[^,;:。\n\d]{1,12}(?<![初高])中[,:]"
_IN_WHICH = re.compile(r"(?:^|(?<=[。;\n]))" + _IN_WHICH_WORDS, re.M)
# A stop after which _IN_WHICH matches: a scan the regex engine runs from stop to stop, in C
_STOP_BEFORE_IN_WHICH = re.compile(r"[。;\n](?=" + _IN_WHICH_WORDS + ")")
# A part list names "the rest": the list is meant to be complete.
# (the words naming the rest of a list, and complements, are the completeness test's: completeness.py)
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")  # (compiled once: labels are stripped to their words per part)
# Work carried over (结转下年度27件): no whole a list of outcomes breaks down.
CARRIED_OVER = re.compile(r"结转|转入下(一)?年")
_INCLUDES = re.compile(r"\((含|包括|其中)[^()]*$")


_TARGETS_EACH = re.compile(r"(目标|任务|计划)[^,;。\d]{0,4}$")
_ANNOUNCED = re.compile(r"按[^,;。]{1,12}(分|划分)|从[^,;。]{1,12}看|分[^,;。]{1,6}看|其中|中,")


def _in_which(d: _Doc) -> list[re.Match]:
    """``_IN_WHICH.finditer(d.s)``, tried only where a match can start (the text's start and
    after 。;\n: no match holds one of those, so none overlaps the next start); a pass over
    every character cost as much as a tenth of the breakdowns."""
    s = d.s
    found = []
    m = _IN_WHICH.match(s, 0)
    if m:
        found.append(m)
    # (the stops a match follows, by one scan -- a walk over every stop in Python cost ~1.5%; each matched again)
    for stop in _STOP_BEFORE_IN_WHICH.finditer(s):
        m = _IN_WHICH.match(s, stop.end())
        if m:
            found.append(m)
    return found


def _breakdowns(d: _Doc) -> list[Relation]:
    s = d.s
    out: list[Relation] = []
    markers: list[tuple[int, int]] = [m.span() for m in _BREAKDOWN.finditer(s)]
    markers += [(m.end() - 1, m.end()) for m in _in_which(d)]
    markers += [(m.end() - 2, m.end()) for m in matches_at(_FIGURE_IN_WHICH, s, (f.end() for f in _FIGURE_END_BEFORE_IN_WHICH.finditer(s)))
                if _counted_as_places(d, m)]
    markers += _colon_sublists(d)
    markers += lines_after_a_figure(d)
    spans = []
    for a, b in sorted(set(markers)):
        sent_start = d.last_before("。\n", a) + 1
        at_head = not [q for q in d.in_range(sent_start, a) if not q.is_percent]
        if (s.startswith("分别", a) or (s.startswith("其中", a) and s.startswith("分别", b + (s[b : b + 1] == ","))))\
                and "分别" in s[sent_start:a]:
            continue  # "一审、二审分别审结33件、6件,败诉分别为2件、1件" ("…,其中分别办结…"): two lists
            # mapped position by position
        if s.startswith("分别", a) and _TARGETS_EACH.search(s, max(sent_start, s.rfind(",", 0, a) + 1), a):
            continue  # "新开工3,250套,目标任务分别为3,200套和2,800套": each item's target, no parts
        if at_head and s.startswith("分别", a) and not _ANNOUNCED.search(s, sent_start, a):
            # "人大代表建议和政协提案分别为56件和72件": 分别 gives each name its figure; with no figure
            # before it in its sentence and no breakdown announced ("案件按领域分,…分别为") it breaks
            # down nothing (not a total of the sentence before).
            continue
        seg_end = d.next_end(b, SEG_END)
        sent_end = d.next_end(b, SENT_END)
        # "…151件中," and list openers ("办理结果如下:") break the figure down for the whole sentence.
        end = sent_end if at_head or _is_list_opener(s, a, b) or s[a:b].startswith("中") else seg_end
        if s[a:b].endswith(":") and not at_head:
            end = sent_end  # "其中:A…;B…;C…": a colon opens a list that runs across its ";"
        if b == sent_end or (b < len(s) and s[b] == "\n"):
            end = _list_lines_end(d, b)  # "其中:" closing its line: the items are the lines below
        opened = s.rfind("(", sent_start, a)
        if opened >= 0 and s.find(")", opened, a) < 0:
            close = s.find(")", b)
            if 0 <= close < end:
                end = close  # "(其中:…)" ends with its parenthesis
        spans.append((a, b, end, at_head))
    nested_parts: set[int] = set()
    # Inner breakdowns first: a nested 其中 removes its parts from the outer list.
    for a, b, end, at_head in sorted(spans, key=lambda x: x[2] - x[0]):
        found = [q for q in d.in_range(b, end) if not q.is_percent and q.index not in nested_parts
                 and not (q.unit == "个百分点" and is_delta(d, q))  # (a share's change: "…,比上年提高3.4个百分点")
                 and not is_scope_count(d, q) and not (b > 0 and (_included_aside(d, q) or _aside_of_a_part(d, q, b)))
                 and included_in_the_part_before(d, q, b) is None]  # ("…318人,含…27人": 318's part)
        # ("全市16个区中,甲区、乙区受理量分别为2862件、1936件", "表中5个部门…其中治超案件412件": places, not their work)
        totals = [t for t in _totals_before(d, a, at_head) if not places_over_work(d, t, found)]
        # "处罚决定中,…" (and a 分别有 list after it): the figure the set's name names (named_wholes)
        # (";受理案件中,…" opening a clause of a sentence with figures names its set as a sentence head does)
        whole = set_whole(d, a, b) if at_head else clause_whole(d, a, b)
        if whole is AMBIGUOUS:
            continue  # two figures named so: the parts' whole is open
        by_name = isinstance(whole, Quantity)
        if by_name and all(t.index != whole.index for t in totals) and not _names_its_rest(d, found) \
                and not parts_name_complements(d, found) \
                and not adds_up_by_name(d, whole, found):  # type: ignore[arg-type]
            parts = bounded_parts(d, whole, _drop_derived(d, found))  # type: ignore[arg-type]
            nested_parts.update(r.roles["smaller"].index for r in parts)
            out.extend(parts)
            continue
        if by_name:
            # (and the other measures with it: "事故38起、死亡22人。事故中,建筑施工15起、死亡9人": the 22人 too)
            totals = [whole, *paired_measures(d, whole)]  # type: ignore[list-item,arg-type]
        if (totals and at_head and not by_name and _AMONG_OPENED.search(s[max(0, a - 1) : b])
                and "其中" not in s[max(0, a - 2) : b]):
            # "…回访满意的26,981件。诉求中,涉及…": "X中," names its set; a figure whose own clause
            # does not name it is not that set (a set found by its name is named so already)
            named = totals_named(d, s[d.last_before(SENT_END, a) + 1 : a], totals)
            if not named and named_before(d, s[d.last_before(SENT_END, a) + 1 : a], totals, a):
                continue  # the set the words name is a figure further back (named_wholes.named_before)
            totals = named or unnarrowed(d, s[d.last_before(SENT_END, a) + 1 : a], of_the_kind(d, s[d.last_before(SENT_END, a) + 1 : a], totals))
            if not named and found and all(t.value < max(q.value for q in found) for t in totals):
                # ("审结案件中,调解480件,…。仲裁案件中,涉及劳动报酬的520件": a set the words do not name,
                # with a part larger than every figure before, is none of them)
                continue
        if totals and not at_head and _AMONG_OPENED.search(s[max(0, a - 1) : b]) and "其中" not in s[max(0, a - 2) : b]:
            # "…三类合计1,453件;服务类投诉中,预付式消费…": "X中," opening a clause names its set too; a
            # figure before whose own words do not name it is not that set, and nothing is summed
            clause = d.last_before(";", a) + 1
            x = _NOT_CJK.sub("", s[clause:a])
            if (clause > d.last_before(SENT_END, a) + 1 and not d.in_range(clause, a) and len(x) >= 2
                    and not [t for t in totals if _overlap(phrase_words(d, t), x) >= 2]):
                continue
        if totals and _AMONG_OPENED.search(s[max(0, a - 1) : b]):
            # "在作出处罚决定的案件中,…": a figure of another stage of that process is not the whole
            # (the words of its own clause only, where a clause's "X中," named its set: "…审结4,980件;受理
            # 案件中," names no 审结)
            head = d.last_before(SENT_END, a) + 1
            named = stages_in(s[max(head, d.last_before(";", a) + 1) if by_name and not at_head else head : b])
            totals = [t for t in totals if not (named and another_stage(d, t, named))]
        if not found or not totals:
            continue
        if s.startswith("分别", a) and not any(compatible(found[0], t) for t in totals):
            continue  # "商标案件86件、专利案件42件,罚没款分别为326.5万元、86.2万元": one per item, no parts
        if _after_a_list_all(d, totals, a):
            continue  # "投诉35件、举报42件,均已办结,其中按期办结70件": of the whole list, not of 42
        if at_head and s[a : a + 1] in (",", ":") and not by_name:
            totals = _named_in_marker(d, totals, a)
        groups, by_measure = segment_groups(d, found, totals)
        for group in groups:
            group = _drop_derived(d, group)
            if group and group[0].start > b and _IN_WHICH.match(s, d.last_before(";", group[0].start) + 1) \
                    and d.last_before(";", group[0].start) > a:
                continue  # "商品类投诉中,…;服务类投诉中,…": a ";" clause naming its own set is not this list's
            decided = decided_whole(d, totals, group)
            # "收到申请40件,答复36件。其中予以公开20件,…不属于政府信息4件": outcomes are of what was
            # answered, whatever words they share with the figure of what came in.
            # (a piece of several measures, "其中较大事故2起,死亡7人", pairs each by its measure's words too)
            mixed = len({q.unit for q in group}) > 1 and not all(compatible(group[0], q) for q in group)
            assigned = [(decided, group, [])] if decided is not None else _assign_parts(d, totals, group, by_measure or mixed)
            for total, parts, others in assigned:
                if mixed and described_in_own_measures(d, total, group):
                    continue  # "实事8件,其中建成站点5个、修路12.5公里…": what the work was, not its parts
                total, others = whole_of_the_parts_stage(d, total, others, parts)  # (其中线上受理…)
                parts = in_its_column(d, total, parts)
                parts = _contiguous(d, total, parts)
                if kind_then_its_outcome(d, parts):
                    continue  # "其中历年积案28件,化解24件;…": each kind with its outcome, no one whole's parts
                cut = later_stage_at(d, (parts := without_named_subtotals(d, parts)), total)  # "其中转办54,306件,已反馈53,812件"
                if not (cut == len(parts) - 1 and cut >= 2 and _adds_up(total, parts)):
                    # (unless the later-stage figure closes the list to its whole exactly: "审结41件,其中
                    # 驳回诉讼请求23件、撤诉9件、驳回起诉6件、败诉3件" -- losing is one way a suit ends)
                    parts = parts[:cut]
                parts = parts[: open_work_at(d, total, parts)]  # "审结110件,其中…,另有10件正在审理"
                parts = parts[: decided_part_at(d, total, parts)]  # "其中办结1,980件,准予许可1,950件,不予…"
                if parts and _closed_by_own_total(d, parts[-1]):
                    continue  # "…其他处理2件,合计151件": the list's own total is its whole (trailing totals)
                others = [t for t in others if t.value != total.value]  # "收到22起…答复22起": same figure either way
                if parts and others:
                    # Several figures could be the total and nothing in the words decides:
                    # take the one the parts add up to, or leave the breakdown unchecked.
                    sums = {t.index: _contiguous(d, t, parts) for t in [total, *others]}
                    fits = [t for t in [total, *others] if _adds_up(t, sums[t.index])]
                    if not fits and _open_ended(d, parts):
                        # "信访事项214件,按期办结211件。其中涉及医疗服务的93件,涉及…": kinds by what they
                        # concern, of one of the figures: each is at most the largest (the others readings)
                        out.extend(bounded_by_one_of(parts, [total, *others]))
                        nested_parts.update(q.index for q in parts)
                        continue
                    if not fits and bounded_by_each(d, total, others, parts):
                        # "结案203户,…查补税款…。其中,…的11户": of one of them, the nearest first (the
                        # whole of a funnel first: "立案612件,结案587件。其中,食品安全类案件215件")
                        first, *rest = earliest_stage_first(d, total, others, parts)
                        out.extend(Relation("bound", "bound.part", {"smaller": p, "larger": first},
                                            readings=[{"smaller": p, "larger": t} for t in rest]) for p in parts)
                    if not fits or len({t.value for t in fits}) > 1:
                        continue  # none, or several different totals, fit: the text leaves it open
                    total, parts = fits[0], sums[fits[0].index]
                parts = siblings_of_the_whole(d, total, _cut_at_a_larger_clause(d, total, parts))
                if parts and far_over(total, parts):
                    run = _named_run(d, total, parts)
                    if not one_list_with_a_slip(d, total, parts, run, _adds_up(total, run)):
                        parts = run
                slip = bool(parts) and far_over(total, parts) and within_one_slip(total, parts)
                if parts and _paired_elsewhere(d, total, parts, a):
                    continue
                if parts and far_over(total, parts) and not slip:
                    # (one slip of one figure away from the total: "…其中…8,152件…" for 1,852 is the
                    # list, mistyped, not another total's)
                    owner = _other_total(d, total, parts, a)
                    if owner is total and at_head and "其中" not in s[max(0, a - 2) : b]:
                        # "…电器类3,872件…。服务类投诉中,预付式消费4,127件、…3,986件": a list opening
                        # its own sentence by naming its set ("X中,") that overshoots the figure
                        # before is of another whole (a "其中" there names the figure before)
                        owner = None
                    if owner is None and by_name:
                        # "规划类信息中,…1,164条" over "规划类846条": the name says whose parts they
                        # are, and they may overlap -- each is bounded by it, none summed
                        out.extend(bounded_parts(d, total, parts))
                    if owner is None:
                        # The parts belong to a total the words do not single out; still the
                        # breakdown of a figure before their 其中, never items of a wider list
                        # ("不予公开2件,其中1件…,1件…;…" is not four items of the outer list).
                        nested_parts.update(q.index for q in parts)
                        continue
                    total = owner
                if parts and item_beside_others(d, total, a) and not _adds_up(total, parts):
                    continue  # "自然人126件;商业企业14件;科研机构…分别为1件、3件": siblings, or its parts
                if parts:
                    nested_parts.update(q.index for q in parts)
                    found_sums = _sum_or_bounds(d, total, parts, s[a:end], prefix=_exact_prefix(d, total, parts))
                    # (outcomes of decided work break down the decided figure, whatever else they fit)
                    rival = _earlier_whole_it_fits(d, total, parts) if decided is None else None
                    for r in found_sums:
                        if rival is not None and r.kind == "sum" and r.roles["parts"] == parts:
                            r.readings.append({"total": rival, "parts": parts})
                    out.extend(found_sums)
    return out


def _earlier_whole_it_fits(d: _Doc, total: Quantity, parts: list[Quantity]) -> Quantity | None:
    """An earlier figure of the total's sentence, of its unit, that the parts add up to exactly
    when the total they follow is another figure ("受理300件,办结280件,其中许可150件、处罚150件":
    kinds of the cases received or of those closed -- the words leave both readings); or the unprinted
    sum of the kinds listed with it ("300卷、200卷,其中…" adding up to 500)."""
    value = (lambda q: money_value(q)) if total.is_money else (lambda q: q.value)
    got = sum(value(p) for p in parts)
    if got == value(total):
        return None
    # (or of the sentence before, in its paragraph: "列入计划的重点项目126个…。上半年已开工112个…。其中,产业
    # 项目68个…基础设施项目34个…社会民生项目24个": kinds of all the projects, or of those started)
    start = max(_paragraph_start(d, total.start), d.last_before("。", total.sentence[0] - 1) + 1)
    fits = [q for q in d.in_range(start, total.start) if q.unit == total.unit and not q.is_percent
            and q.index != total.index and not d.in_parentheses(q) and value(q) == got]
    if fits:
        return fits[-1]
    # "评查行政处罚案卷300卷、行政许可案卷200卷,其中优秀150卷…": the list may be of the kinds listed
    # together, whose sum (500) the text does not print
    run = [total]
    while run[0].index > 0:
        prev = d.qs[run[0].index - 1]
        if prev.is_percent or prev.unit != total.unit or d.s[prev.end : run[0].start][:1] not in ("、", "和", "及") \
                or "其中" in d.s[prev.end : run[0].start]:
            break
        run.insert(0, prev)
    if len(run) >= 2 and sum(value(q) for q in run) == got:
        from .equalities import _sum_of  # the figure a list adds up to, unprinted (one constructor)

        return _sum_of(run)
    return None


_REST_ITEM = re.compile(r"其他|其它|其余|剩余")


def _names_its_rest(d: _Doc, found: list[Quantity]) -> bool:
    """Does a list name its rest ("…,其他行业6起")? Then it is all of the set it breaks down."""
    return any(_REST_ITEM.search(re.split(r"[,;:、]", d.label(q))[-1]) for q in found[1:])


def _named_in_marker(d: _Doc, totals: list[Quantity], marker: int) -> list[Quantity]:
    """"在办结件中,投诉…;举报…": the words before 中 name which figure of the sentence before is
    broken down (办结13412件, not 受理13587件); the totals as they are when they name none or two."""
    sent = d.last_before("。\n", marker) + 1
    words = _NOT_CJK.sub("", d.s[sent:marker])
    words = re.sub(r"^(在|所有|全部)|的|[件项个条起次宗]?中$", "", words)  # "在办结件中" -> 办结
    if len(words) < 2:
        return totals
    # All the words, not a shared character or two ("办理结果中" names no "…继续办理4件"); a
    # trailing noun of the kind may be left out by the figure ("审结案件中" names "审结58件").
    for w in (words, re.sub(r"(案件|事项|申请|诉求|工单|件)$", "", words)):
        named = [t for t in totals if len(w) >= 2 and w in label_words(d, t)]
        if len(named) == 1:
            return named
    # The items of the sentence before are no whole of this list ("审结58件,其中维持41件,…。审结案件中,维持41件")
    wholes = [t for t in totals if not re.search(r"其中|中,", d.s[t.sentence[0] : t.start])]
    return wholes if wholes else totals


def _included_aside(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` in an aside of what another figure includes ("受理394件(含上年结转8件)")? It is
    that figure's part (``bound.includes``), not an item of the list around it."""
    if not d.in_parentheses(q):
        return False
    opened = d.s.rfind("(", 0, q.start)
    return bool(words()["includes"].match(d.s, opened + 1))


def _assign_parts(d: _Doc, totals: list[Quantity], parts: list[Quantity], by_measure: bool = False
                  ) -> list[tuple[Quantity, list[Quantity], list[Quantity]]]:
    """Give each part to its total: of its own unit, then the one whose label it shares
    ("出动执法人员…执法人员"), then the nearest. Returns (total, parts, other candidates):
    the other candidates are left when the choice rested on nearness alone."""
    out: dict[int, list[Quantity]] = {}
    doubt: dict[int, list[Quantity]] = {}
    choices: list[tuple[Quantity, list[Quantity], Quantity | None]] = []  # (part, candidates, named total)
    total_words = {id(t): label_words(d, t) for t in totals}  # (read once, not once per part)
    for p in parts:
        cands = [t for t in totals if t.unit == p.unit] or [t for t in totals if compatible(t, p)] \
            or [t for t in totals if counted_as_matters(d.s, t, p)]  # (来访…批次 under 信访…件次)
        cands = [t for t in cands if t.index != p.index]
        cands = [t for t in cands if not involved_value_of_another(d, p, t)]  # ("涉案金额…": no 罚没款's)
        if not cands:
            continue
        words = label_words(d, p)
        scored = [(_overlap(total_words[id(t)], words), t) for t in cands]
        best = max(score for score, _ in scored)
        if len(totals) > 1 and best < 2 and all(t.unit != p.unit and not counted_as_matters(d.s, t, p) for t in cands):
            continue  # "检查120次,检查单位3,412家次,其中…412家次,下达整改指令书412份": another measure
        # Two shared characters are often generic (信息, 公开); three name the same thing, and so do
        # two that end both labels in a list of measures (the same measure: "、死亡41人", "死亡56人").
        leader = next(t for score, t in scored if score == best)
        confident = sum(score == best for score, _ in scored) == 1 and (
            best >= 3 or (by_measure and best >= 2 and measure_key(d, p) == measure_key(d, leader)))
        choices.append((p, cands, leader if confident else None))
    # The items of one list go together: when the items whose words name a total all name the same
    # one, the items named by nothing of their own go with them ("行政复议案件中,维持7件,撤销1件,…终止3件";
    # "其中,食品安全案件216件…价格违法案件43件…其他案件311件" under "各类违法案件628件"), not to the nearest.
    named = {t.index: t for _, _, t in choices if t is not None}
    only = next(iter(named.values())) if len(named) == 1 else None
    for p, cands, target in choices:
        if target is None and only is not None and any(t.index == only.index for t in cands):
            target = only
        if target is not None:
            out.setdefault(target.index, []).append(p)
        else:
            target = cands[0]
            out.setdefault(target.index, []).append(p)
            doubt.setdefault(target.index, [t for t in cands[1:] if t.unit == target.unit or compatible(t, target)])
    by_index = {t.index: t for t in totals}
    return [(by_index[i], ps, doubt.get(i, [])) for i, ps in out.items()]


def _cut_at_a_larger_clause(d: _Doc, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts before the first clause after a ";" whose figure alone exceeds the total
    ("评价的8,906件中,满意的8,143件,…;对…的事项电话回访9,870件": a new statement, not a part)."""
    tval = _value(total, total.is_money)
    for k in range(1, len(parts)):
        p = parts[k]
        if _value(parts[k - 1], total.is_money) > tval:
            break  # a part over the total before it: the pairing itself is in doubt, not the clause
        if ";" in d.s[parts[k - 1].end : p.start] and compatible(p, total) and _value(p, total.is_money) > tval:
            return parts[:k]
    return parts


def _paired_elsewhere(d: _Doc, total: Quantity, parts: list[Quantity], marker: int) -> bool:
    """A part larger than its supposed total, while an earlier figure of the sentence could
    hold it ("在校学生8.5万人,专任教师6000人,其中…学生5万人"): the pairing is in doubt."""
    big = max(parts, key=lambda p: p.value)
    if big.value <= total.value:
        return False
    head = label_words(d, big)[-2:]
    if len(head) < 2:
        return False
    # Doubt only when another figure of the same clause group is named by the same noun
    # ("在校学生8.5万人 … 学生5万人").
    return any(q is not total and compatible(q, total) and q.value >= big.value
               and label_words(d, q).endswith(head)
               for q in d.in_range(d.seg_start(marker), marker))


def _value(q: Quantity, money: bool) -> Decimal:
    return money_value(q) if money else q.value


def _named_run(d: _Doc, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """"政策解读106条,其中解读材料65条,解读产品41条,发布…动态120条": the parts that repeat the
    total's noun (解读) are its list; the first that does not ends it. The list as it is when fewer
    than two parts, or all of them, repeat it."""
    noun = label_words(d, total)[-2:]
    if len(noun) < 2:
        return parts
    k = 0
    while k < len(parts) and noun in d.label(parts[k]):
        k += 1
    return parts[:k] if 2 <= k < len(parts) else parts


def _other_total(d: _Doc, total: Quantity, parts: list[Quantity], marker: int) -> Quantity | None:
    """Parts that overshoot the figure just before their 其中: the earlier figure of the sentence
    that their words name ("行政复议案件12件、行政应诉案件8件,其中复议维持9件…" -> 12) or that they
    add up to exactly. ``total`` itself when no earlier figure could hold them; None when unclear."""
    # The figures of the total's own piece of the sentence: a ";" closes an item of a list, and a
    # 其中 inside the next item ("予以公开35件;不予公开2件,其中…") does not reach back over it.
    piece = d.seg_start(total.start)
    big = max(_value(p, total.is_money) for p in parts)
    earlier = [q for q in _drop_derived(d, d.in_range(piece, total.start)) if compatible(q, total)
               and not q.is_percent and not is_scope_count(d, q) and _value(q, total.is_money) >= big]
    exact = [q for q in earlier if _adds_up(q, parts)]
    # An owner is an item of the sentence's list: a figure its clause ends with ("行政复议案件12件、"),
    # not a count that goes on into its own statement ("领导24次就…做出批示,组织会议1次,其中领导参加
    # 3次": 24 counts instructions, however alike the words).
    earlier = [q for q in earlier if _ends_its_clause(d, q)]
    if not earlier:  # (a part over the total that a later part narrows: no owner, "其中涉企…,调解结案…")
        return exact[0] if len(exact) == 1 else None if scope_inside(d, total, parts) else total
    words = "".join(re.sub(r"^其中|[^\u4e00-\u9fff]", "", d.label(p)) for p in parts)

    def named(q: Quantity) -> int:
        lab = label_words(d, q)
        return max((_overlap(lab, label_words(d, p)) for p in parts), default=0)

    scored = [(named(q), q) for q in earlier]
    best = max(sc for sc, _ in scored)
    leaders = [q for sc, q in scored if sc == best]
    if best >= 2 and len(leaders) == 1 and best > named(total) and words:
        return leaders[0]
    return exact[0] if len(exact) == 1 else None


def _ends_its_clause(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` the last thing of its clause (a separator, a bracket or the sentence's end next)?"""
    return re.match(r"\s*(?:$|[,;:、。()\n])", d.s[q.end : q.end + 4]) is not None


def _adds_up(total: Quantity, parts: list[Quantity]) -> bool:
    value = money_value(total) if total.is_money else total.value
    return len(parts) >= 2 and sum((money_value(p) if total.is_money else p.value) for p in parts) == value


_NEXT_STAGE = re.compile(r"^[,;、]?(已|共|全部|依法|按期|按时|如期|及时|当场|当日)?(审结|办结|结案|答复|办理完毕|处理完毕|整改|作出|持有|持证|取得)")


_AFTER_QIZHONG = re.compile(r"^[,;、]?其中[,:]?")  # "其中取得…的55人、取得…的4人": one verb for the list


def _same_verb(a: re.Match, b: re.Match | None) -> bool:
    """Do two labels open with the same stage verb (a list of one verb, not a later stage)?"""
    return b is not None and a.group(2) == b.group(2)


def _contiguous(d: _Doc, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts that follow each other closely; a breakdown that adds up stops there."""
    out: list[Quantity] = []
    running = Decimal(0)
    target = money_value(total) if total.is_money else total.value
    for q in parts:
        if out and len(d.s[out[-1].end : q.start]) > 60:
            break
        if out and (_OWN_TOTAL.search(d.label(q)) or items_counted(d, q) is not None):
            break  # "…其他处理2件,合计151件,结转下年度5件", "…,五类案件共计50件": the list's own total closes it
        if out and subtotal_of_the_last(d, out, q):
            continue  # "…撤销17件,确认违法9件,责令履行4件,纠错案件合计30件": the last kinds added up, no kind
        if out and _nested_in(d, q, out):
            break  # "其中有效来电16,215个,有效来电中咨询类9,862个、…": the kinds of a part, not parts
        if out and leaves_the_kinds(d, out, q) and running + (money_value(q) if total.is_money else q.value) != target:
            break  # "其中…领域41件、…领域19件,发出检察建议10件": not one more kind (unless it closes the sum)
        if out and added_in_the_year(d, total, out, q) and running + (money_value(q) if total.is_money else q.value) != target:
            break  # "民警412名,其中高级38名、中级196名…,年内新增41名": what the year added, not one more kind
        verb = _NEXT_STAGE.search(d.label(q))
        if out and verb and not _same_verb(verb, _NEXT_STAGE.search(_AFTER_QIZHONG.sub("", d.label(out[0])))) \
                and not outcome_of_the_decided(d, total, q):
            # "受理86件,其中上年结转5件,审结82件": a later stage of the process is a new statement,
            # not one more part (a list of stages, "其中办结80件,在办6件", starts with one; 按期办结 is 办结).
            break
        out.append(q)
        running += money_value(q) if total.is_money else q.value
        if len(out) >= 2 and running == target and _list_ends(d, out[0], out[1], q):
            break
    return out


_OPENS_IN = re.compile(r"^[,;]?(?:在|其中)?([\u4e00-\u9fff]{2,12}?)中")


def _nested_in(d: _Doc, q: Quantity, parts: list[Quantity]) -> bool:
    """Does ``q``'s clause open by naming a part before it, "X中…" (the breakdown of that part)?"""
    m = _OPENS_IN.match(d.label(q))
    return m is not None and any(m.group(1) in d.label(p) for p in parts)


def _list_ends(d: _Doc, first: Quantity, second: Quantity, last: Quantity) -> bool:
    """Does a list that already adds up end after ``last``? When the figure after it follows a
    stronger stop than the list's own ("维持68件、驳回21件…、终止9件,纠错14件"); a list that goes on
    with its own separator ("…17条,涉企检查7条") keeps its items, whatever the sum so far."""
    nxt = d.qs[last.index + 1] if last.index + 1 < len(d.qs) else None
    if nxt is None:
        return True
    return _stop_before(d, last, nxt) != _stop_before(d, first, second)


def _totals_before(d: _Doc, marker: int, at_head: bool) -> list[Quantity]:
    """The figures a breakdown at ``marker`` may break down, the nearest first."""
    s = d.s
    if at_head:
        # "…8起,处罚金额为74万元。其中,…": the figures of the sentence before.
        sent = d.last_before("。\n", marker) + 1
        # "在公开信息中," may open the sentence after its own figures.
        end = marker if d.in_range(sent, marker) else sent - 1
        if end < 0:
            return []
        if end < marker:
            # "…68起、死亡55人。\n其中:…": step back over the "。" that closes the line before.
            while end > 0 and s[end - 1] in "。\n":
                end -= 1
        start = d.last_before("。\n", end) + 1
        cands = [q for q in d.in_range(start, end) if not q.is_percent and not is_scope_count(d, q)]
        if cands and not _drop_derived(d, cands) and start > 1 and s[start - 1] == "。":
            # "…143起,死亡118人。同比减少21起、17人。其中,较大事故2起": a sentence of changes only
            # speaks of the one before it, whose levels the 其中 breaks down
            before = d.last_before("。\n", start - 2) + 1
            cands = [q for q in d.in_range(before, start - 1) if not q.is_percent and not is_scope_count(d, q)]
    else:
        start = d.seg_start(marker)
        if not [q for q in d.in_range(start, marker) if not q.is_percent]:
            # "…3560件,同比增长12.3%;其中民事案件2100件…": the total is before the ";".
            start = d.last_before("。\n", marker) + 1
        cands = _drop_derived(d, [q for q in d.in_range(start, marker) if not q.is_percent
                                  and not is_scope_count(d, q) and not counts_the_names(d, q)])
        cands = [q for q in cands if not d.in_parentheses(q) or d.in_parentheses_at(marker)]
        # A breakdown right after "…N件," belongs to that figure, not to earlier ones.
        if cands:
            last = cands[-1]
            # (the total's own comparison with last year is about it: "收到申请8件,较上年的5件增加
            # 3件,均已办结,其中…" -- its words do not part the total from the 其中)
            compared = [q for q in d.in_range(last.end, marker) if d.memo("derived", q, _derived)]
            between = s[(compared[-1].end if compared else last.end) : marker]
            if len(_CJK_CHAR.findall(between.replace("均为", ""))) > 16 and not _INCLUDES.search(between):
                return []
            cands = [q for q in cands if q is last or not compatible(q, last)]
    cands = [q for q in _drop_derived(d, cands) if not d.in_parentheses(q) or not at_head]
    return sorted(cands, key=lambda q: -q.index)  # the nearest first

