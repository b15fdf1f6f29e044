"""Breakdowns without 其中, four ways a report states them:

* a classification opener ("按经营单位所在地分,", "从类别上看,", "分类别看,", "分为", a review
  "经审查,") lists the parts of a whole stated in the sentences before (or the one after), one
  list per measure when each item gives several ("道路运输共发生事故58起、死亡41人、受伤17人;
  工矿商贸…"); the list may run over lines and, when it adds up, into parallel sentences; a
  section headed by its opener takes a whole before the heading only when the figures confirm it;
* a later clause lists outcomes and names the rest (其他处理1件) of the whole its sentence opens with;
* sibling sections, each headed by one category ("――小学。…", "――初中。…"), restate the
  measures of the paragraph before them (``sections``);
* a sentence of parallel items restates the measures of the sentence before, with no word at all
  (``adjacent.implicit_lists``, with the other lists no word opens).

The last two carry no word saying "breakdown": their figures must confirm the reading."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache

from ..quantities import Quantity
from .classified_wholes import (
    _HEADED,
    _by_measure,
    _candidates,
    _measure_words,
    _names_a_stage,
    _names_whole,
    _sentences_before,
    _whole,
    named_by_class,
    order_wholes,
)
from .completeness import (
    _REST,
    _grades_short_of_failing,
    _open_ended,
    may_overlap,
    names_its_complements,
    shares_name_another_whole,
)
from .distributed import distant_whole
from .list_columns import _measure_columns as _columns
from .misprints import within_one_slip
from .model import Relation, compatible, money_value
from .named_wholes import bounded_by_one_of
from .nested_lists import subtotal_of_the_last
from .scopes import closes_counted, is_additive, is_scope_count, measure_key, unit_class, words
from .scopes import figure_words as _words
from .sections import _fits, _sections
from .stage_lists import carried_in_at, later_stage_at
from .stages import another_stage, load_stages, stages_in
from .structure import SENT_END, _char_positions, _Doc, _list_lines_end
from .sums import _BREAKDOWN, _drop_derived
from .vocab import gated, matches_at

# (compiled once: read per figure or per list)
_PIECE_END = re.compile(r"[;\n]")

# 按…分 / 按…划分 / 按…统计 / 从…看 / 从…上看 / 分…看, closing its clause or its line.
# 分为/分成 right after the whole or its clause ("受理300件,分为…", "案件分为三类:").
# Also 以…划分, 依…分, 就…而言, 分…统计, 从…分析, 按…归类: the same classification in other words.
_OPENER = re.compile(
    # Where a match can start, one look-ahead tried first at every position: one of the words'
    # first characters, a line start, or a result's words after a stop. (``gated`` reads the first
    # characters of the alternatives only: with the result's and the headings' CJK words that is
    # every Chinese character, so every alternative was tried at every position: ~75 ns a
    # character. ``test_perf_indexes`` compares the matches with the plain pattern.)
    r"(?=[按从以依分就划]|(?<![^\n])|(?<=[。,;\n])[\u4e00-\u9fff]{2,6}结果|(?<=[。,;\n])[\u4e00-\u9fff]{2}情况)(?:"
    # (the look-aheads: the first stop after the preposition must be a , : or line end within reach,
    # as every match ends there -- one scan that fails most 以/从 at once, before the lazy words
    # try every ending; ``test_perf_indexes`` compares the matches with the pattern without it)
    r"(?:按照|按|从|以|依照|依据|依)(?=[^,;:。!?\d\n]{1,28}[,:\n])(?P<a>[^,;:。!?\d\n]{1,12}?)"
    r"(?:来分|划分为|划分|分类|区分|归类|分组|分布|分为|分成|分|统计|来看|上看|方面看|角度看|看|分析|依次为|依次是)"
    r"(?:\([^()\d,;:。!?\n]{1,10}\))?(?=[,:\n])"  # "按违法类型分(件/万元):": the units of the items
    r"|分(?=[\u4e00-\u9fff]{2,8}[,:\n])(?P<b>[\u4e00-\u9fff]{1,6}?)(?:来看|看|统计|情况)(?=[,:\n])"
    r"|就(?=[^,;:。!?\d\n]{2,20}[,:\n])(?P<c>[^,;:。!?\d\n]{1,12}?)(?:而言|来说|来看|看)(?=[,:\n])"
    # a heading of its own line naming a classification: "(二)案件类型。劳动报酬争议1986件,…"
    r"|(?<![^\n])[ \t]*(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.、])"
    r"(?P<d>[\u4e00-\u9fff]{0,8}(?:类型|类别|构成|分布|来源|渠道|结构|领域|形式|方式|途径))[。:](?=[^\n])"
    # a line of its own naming a classification over the item lines below it: "结案方式:\n- 调解结案…"
    r"|(?<![^\n])[ \t]*(?P<e>[\u4e00-\u9fff]{0,8}(?:类型|类别|构成|分布|来源|渠道|结构|领域|方式|形式|途径|性质))[:][ \t]*(?=\n)"
    r"|(?<=[,:件项人起次个家户])(?:划分为|分为|分成)(?:[一二三四五六七八九十两\d]+(?:类|种|个方面|部分))?"
    # the outcomes of a review or grading, after a colon: "评定结果为:A级…", "办理结果如下:"
    r"|(?<=[。,;\n])(?P<f>[\u4e00-\u9fff]{2,6}结果|(?:答复|办理|处理|办结|审结)情况)(?:为|是|如下)?:"
    # "按案件类型,民事案件812件、…": 按 and a classification noun, no 分 after it
    r"|按照?(?P<g>[\u4e00-\u9fff]{0,8}(?:类型|类别|领域|区域|层级|来源|渠道|方式|性质|行业))(?=,))")
_SHARES_OF = re.compile(r"占比|比重|比例|占")
_COVER = Decimal("0.75")  # a list covering this much of the whole is taken as all of it


def _classified(d: _Doc) -> list[Relation]:
    """Lists opened by a classification (按…分, 从…看) and lists that name their rest (其他)."""
    from .added import rest_lists  # (added reads those lists with this module's helpers)
    from .adjacent import implicit_lists  # (adjacent reads lists with this module's helpers)

    out: list[Relation] = rest_lists(d) + _sections(d) + implicit_lists(d)
    s = d.s
    listed: set[int] = set()  # parts of the lists found so far: no whole of a later list
    openers = _openers(s)
    starts = [a for a, _, _ in openers]
    # the wholes the last list was read as, its end, and whether it added up to each
    previous: list[tuple[Quantity, int, bool]] = []
    previous_parts: list[Quantity] = []  # the parts of that list
    for a, b, cls in openers:
        if words()["not_classes"].search(cls):
            continue  # "从全年看", "分季度看": a view of the whole or a time series, not a partition
        if s.startswith("经", a) and _several_reviewed(d, a):
            continue  # "抽查处罚案卷40份、许可案卷20份,经评查,…": the whole reviewed is 40, 60 or 20
        b += 1 if s[b : b + 1] in (",", ":") else 0
        end = _list_end(d, b)
        k = bisect.bisect_right(starts, b)  # (the next opener after b, by bisect: linear work)
        later = starts[k] if k < len(starts) and starts[k] < end else None
        if later is not None:
            # "按类型分,投诉…,举报…;按渠道分,电话…,网络…": the next opener ends this list.
            end = later - 1 if s[later - 1] in ";," else later
        inner = [m2.start() for m2 in _BREAKDOWN.finditer(s, b, end)
                 if not _SHARES_OF.search(s, max(0, m2.start() - 3), m2.start())
                 and not _NAMES_THEN_EACH.search(s, max(b, m2.start() - 12), m2.start() + 2)]
        if inner and s[b : b + 1] != "\n":
            continue  # a 其中 inside the list: the 其中 rule reads it (not "占比分别为…": the parts' shares)
        items = [q for q in _drop_derived(d, d.in_range(b, end)) if is_additive(d, q)
                 and not is_scope_count(d, q) and not d.in_parentheses(q)]
        if len(items) > 2 and _CLOSING.match(d.own_words(items[-1])):
            # "…其他类41件,共计536件": the list's own total closes it -- no item of it, and the
            # list is that total's (closings read it), no breakdown of a figure before
            continue
        # "予以公开7件、部分公开2件,合计9件,…", "撤销98件、变更11件,合计纠错109件": a subtotal inside the list
        items = [q for k, q in enumerate(items) if not (0 < k < len(items) - 1 and (_CLOSING.match(d.own_words(q))
                 or subtotal_of_the_last(d, items[:k], q) or closes_counted(d, q, items[k - 1])))]
        # (names joined by 、 are read in the phrase: "…分别为42、37件,自然资源、房屋征收类合计79件")
        cut = next((k for k, q in enumerate(items) if k >= 2 and (_NAMED_SUBTOTAL.search(d.own_words(q))
                    or _NAMED_SUBTOTAL.search(d.phrase(q)))), None)
        if cut is not None:
            # "…其他处理7件;予以公开和部分公开合计70件,…": a total of items named again ends the list
            items = items[:cut]
        if inner:
            # item lines below the opener, one of which breaks its own item down ("裁决结案1,987件,
            # 其中一裁终局892件"): the figures after that 其中, to its line's end, are not items
            items = [q for q in items if not any(m2 < q.start < s.find("\n", m2) % (len(s) + 1) for m2 in inner)]
        # A review's list that goes on to what became of an outcome is a funnel: the outcomes before
        # it are each bounded by the whole (the stages after them are bounded by ``stages``).
        cut = _outcomes_end(d, items) if s.startswith("经", a) else len(items)
        funnel, items = cut < len(items), items[:cut]
        core = _lines_or_sentence_end(d, b)
        if core < end:
            # "…信函申请30件。另有12件…申请人主动撤回": the 另有 sentence is the list's last item only
            # when the list without it is not closed already -- by its rest (其他类) or by adding
            # up exactly to its whole; else it adds something of another kind.
            short = [q for q in items if q.start < core]
            read = _read_list(d, short, a, core, cls, frozenset(listed)) if short else []
            if short and (_REST.search(s, b, core) or (read and all(len(w) == 1 and _fits(w[0], col)
                                                                      for col, _, w in read))):
                end, items = core, short
        semi = s.find(";", b, end) if s.startswith("经", a) else -1
        if semi > 0:
            # "经审查,批准逮捕1,482人,不批准逮捕834人,不捕率36.0%;受理审查起诉4,107人,…": a review's
            # outcomes that add up to its whole by the ";" end there; what follows is a new statement
            short = [q for q in items if q.start < semi]
            read = _read_list(d, short, a, semi, cls, frozenset(listed)) if len(short) >= 2 else []
            if read and all(len(w) == 1 and _fits(w[0], col) for col, _, w in read):
                end, items = semi, short
        highlights = funnel or bool(words()["highlights"].search(s, b, end))
        found = _read_list(d, items, a, end, cls, frozenset(listed))
        longer = _parallel_sentences_end(d, items, end)
        if longer > end:
            # "按经营地分,城镇消费品零售额211.40亿元,增长5.1%。乡村消费品零售额57.06亿元,…": items in
            # the sentences after, named like the first -- taken only when every measure then adds
            # up to its one whole (the words alone do not close the list).
            more = [q for q in _drop_derived(d, d.in_range(b, longer)) if is_additive(d, q)
                    and not is_scope_count(d, q) and not d.in_parentheses(q)]
            ext = _read_list(d, more, a, longer, cls, frozenset(listed))
            if ext and all(len(w) == 1 and _fits(w[0], col) for col, _, w in ext):
                found = ext
        for column, _, _ in found:
            listed |= {p.index for p in column}
        if not _names_a_stage(cls):
            found = _same_whole_as_before(d, found, a, _reviewed_whole(d, a, previous, previous_parts, found))
        # (and the one whole a list was read as, though it does not add up to it: see _same_whole_as_before)
        previous = [(w[0], end, _fits(w[0], col)) for col, _, w in found if len(w) == 1]
        previous_parts = [p for col, _, w in found if len(w) == 1 and _fits(w[0], col) for p in col]
        # The whole of one measure of the list is no other reading of another's ("受理200件,办结195件。
        # 按区域分,城区受理120件,办结118件;…": 195 is the 办结 whole, not a reading of 受理's).
        taken = frozenset(listed | {w[0].index for _, _, w in found if len(w) == 1})
        for column, strict, wholes in found:
            # "受理156件,上年结转8件。按事项分,…": kinds that add up to no whole may be of the sum
            # with the work carried in, or of the new work alone: no sum of them is asserted
            carried = bool(wholes) and not any(_fits(w, column) for w in wholes) and (
                _with_carried(d, column, wholes) or _says_overlap(d, column, wholes))
            mark = len(out)
            if len(wholes) == 1:
                column = _with_parts_before(d, wholes[0], column)
                others = [] if strict else _rivals(d, wholes[0], column, taken)
                out.extend(_sum_or_bounds_of(d, wholes[0], column, highlights=highlights, others=others))
            elif 1 < len(wholes) <= 3 and not highlights:
                out.extend(_readings(d, wholes, column))
            elif 1 < len(wholes) <= 3:
                # "从被申请人看,公安机关982件,…,数量列前三位": the main kinds of one of the wholes
                out.extend(bounded_by_one_of(column, wholes))
            elif not wholes:
                # the figures before that could each hold every part: of one of them (main kinds only);
                # the one such figure named as a whole (全年, 共) near the opener, the list short of it
                # (every figure there holds the list: "受理…126件,其中…38件;办结131件" is no list of a far 251)
                big = max(p.value for p in column)
                spans = _sentences_before(d, a) if highlights else _sentences_before(d, a)[:2]
                near = _candidates(d, column, spans, False, taken)
                rivals = {q.value: q for q in near if q.value >= big}
                if 1 <= len(rivals) <= 3 and (highlights or (not s.startswith("经", a) and all(
                        q.value > sum(p.value for p in column) for q in near) and any(_names_whole(d, q) for q in near))):
                    out.extend(bounded_by_one_of(column, list(rivals.values())))
            if carried:
                out[mark:] = [r for r in out[mark:] if r.kind != "sum"]
    return out


# "公安、自然资源…领域案件较为集中,分别为298件、…": 分别 after the items' names gives each its figure
# (the list's own, not a 其中 breaking one of them down)
_NAMES_THEN_EACH = re.compile(r"[\u4e00-\u9fff]、[^,;。\d]{1,30}[,]?分别")
# names of items joined, then their total ("予以公开和部分公开合计")
_NAMED_SUBTOTAL = re.compile(r"[\u4e00-\u9fff]{2,}[和及与、][\u4e00-\u9fff]{2,}(?:合计|共计|总计|之和|两项合计|两类合计)$")
_CLOSING = re.compile(r"^(?:以上|上述|二者|两者|三者|各类|全年)?(?:[二三四五六七八九十两]+[类项个种])?(?:共计|合计|总计|总共|共)$")
_DONE_SINCE = re.compile(r"^(?:已经?|均已|并已?|随后|目前已?|截至[^,;,;]{0,10}已?)")


def _outcomes_end(d: _Doc, items: list[Quantity]) -> int:
    """Where a review's outcomes end ("经审核,符合条件的1,984户,已分配入住1,652户"; "经核查属实的306件,
    已立案查处221件"): at a figure a later stage of the process names, or one whose clause says what
    has been done since (已…): what became of an outcome, not another outcome of the review."""
    end = min(later_stage_at(d, items), carried_in_at(d, items))  # (or at work carried in: no outcome)
    for k, q in enumerate(items[1:end], start=1):
        clause = d.s[d.last_before(",;:", q.start) + 1 : q.start].lstrip()
        if _DONE_SINCE.match(clause):
            return k
    return end


def _reviewed_whole(d: _Doc, opener: int, previous: list[tuple[Quantity, int, bool]], parts: list[Quantity],
                    found: list[tuple[list[Quantity], bool, list[Quantity]]]) -> list[tuple[Quantity, int, bool]]:
    """The wholes before a review's list (经核查,…) may take: none when a part of the list before could
    hold it ("受理260件,经审核,属于本部门职责的230件,不属于的30件;…经核查,属实82件,部分属实48件,不属实
    100件": what was checked is the 230, not the 260)."""
    if not d.s.startswith("经", opener):
        return previous
    for column, _, _ in found:
        total = sum(p.value for p in column)
        if any(compatible(p, column[0]) and p.value >= total for p in parts):
            return []
    return previous


def _same_whole_as_before(d: _Doc, found: list[tuple[list[Quantity], bool, list[Quantity]]], opener: int,
                          previous: list[tuple[Quantity, int, bool]]
                          ) -> list[tuple[list[Quantity], bool, list[Quantity]]]:
    """"按类型分,投诉…,举报…;按渠道分,电话…,网络…": a classification right after another (the next
    clause, sentence or line) classifies the same whole by another criterion -- the whole the list
    before added up to, for a measure of this list whose parts name no whole of their own."""
    out = []
    for column, strict, wholes in found:
        # (a whole the list before did not add up to is still the one it was read as: kinds of this
        # one that only bound it -- by what they concern, 涉及 -- are of it too: "从被告看,…12件、…29件、
        # …8件(48)。从案件类型看,涉及…的18件、涉及…的11件")
        near = [w for w, end, fits in previous if _next_to(d, end, opener) and unit_class(w) == unit_class(column[0])
                and compatible(w, column[0]) and all(p.value <= w.value for p in column)
                and (fits or _open_ended(d, column))]
        if not wholes and len(near) == 1:
            wholes = near
            strict = True  # the whole is given: no rival readings
        out.append((column, strict, wholes))
    return out


def _next_to(d: _Doc, end: int, opener: int) -> bool:
    """Does the classification at ``opener`` follow the list ending at ``end`` -- right after it, or
    after sentences of the paragraph holding no figure but shares ("…其他117件。行政处罚类居首位,
    占受理案件总数的46.7%。从被申请人看,…")?"""
    if not opener - end >= 0:
        return False
    return opener - end <= 2 or ("\n" not in d.s[end:opener] and opener - end <= 120
                                 and all(q.is_percent for q in d.in_range(end, opener)))


def _read_list(d: _Doc, items: list[Quantity], a: int, end: int, cls: str, listed: frozenset[int]
               ) -> list[tuple[list[Quantity], bool, list[Quantity]]]:
    """(parts, strict, wholes) for each measure of the list."""
    found = []
    # "在作出处罚决定的案件中,按违法类型分:…": the list is of the stage its sentence names, and a
    # figure of another stage of that process (the cases filed) is not its whole.
    among = _AMONG.search(d.s, d.last_before(SENT_END, a) + 1, a)
    named = stages_in(among.group()) if among else {}
    for column, strict in _columns(d, _pieces(d, items)):
        members = {p.index for p in column}
        wholes = [t for t in _whole(d, column, a, end, strict, cls, listed) if t.index not in members
                  and not (named and another_stage(d, t, named))]
        # A whole smaller than one of its exact parts is another figure the words happened to
        # find ("纠正程序瑕疵1件" for "按适用程序分,适用一般程序35件…"), not the whole.
        # (Unless one slip of one figure is all that separates them: "…3,486件。从案件类型看,…8,152件,
        # …418件,…1,216件" is that list with 1,852 mistyped.)
        wholes = [t for t in wholes if not any(p.exact and t.exact and p.value > t.value for p in column)
                  or within_one_slip(t, column)]
        if len(wholes) <= 1 and not (wholes and _fits(wholes[0], column)):
            # "…立案受理4,962件,…不予受理356件。按争议类型分,…": the list adds up to a figure an earlier list
            # took as a part, not to the one the words found (or none: "…按医院等级分,…"): the figures decide.
            # (a 其中 part too: "各项收入42.86亿元。其中:税收收入28.64亿元,…。分税种看,…" adds up to the 28.64)
            parted = d.cache.get("breakdown_parts", frozenset())
            exact = {q.value: q for q in _candidates(d, column, _sentences_before(d, a), True)
                     if ((q.index in listed or q.index in parted) if wholes else named_by_class(d, q, cls))  # type: ignore[operator]
                     and _fits(q, column)
                     and not (named and another_stage(d, q, named))}
            if len(exact) == 1:
                wholes = list(exact.values())
        if not wholes:  # a section of its own: the headline whole further up, by its figures
            wholes = distant_whole(d, column, a, listed)
        found.append((column, strict, order_wholes(d, wholes, cls)))
        listed = listed | members
    return _loose_across_heading(d, found, a, listed)


def _loose_across_heading(d: _Doc, found: list[tuple[list[Quantity], bool, list[Quantity]]], opener: int,
                          listed: frozenset[int]) -> list[tuple[list[Quantity], bool, list[Quantity]]]:
    """A list under a heading of its own whose measures restate a sentence before the heading
    ("全市发生事故42起、死亡35人、受伤18人。\n(二)按事故类别分布\n道路运输:事故30起,死亡26人…"):
    when two measures or more add up to wholes of one sentence there, the one measure left takes
    the figure of that sentence its words name, whether it adds up or not."""
    head = d.last_before(SENT_END, opener) + 1
    if not _HEADED.match(d.s, head):
        return found
    confirmed = [w[0] for _, _, w in found if len(w) == 1 and w[0].end <= head]
    sentences = {w.sentence for w in confirmed}
    missing = [i for i, (_, strict, w) in enumerate(found) if not w and not strict]
    # (one confirmed measure is enough when three items or more add up to it exactly: the items are
    # all of them, for the other measure too)
    exact = [col for col, _, w in found if len(w) == 1 and w[0].end <= head and len(col) >= 3
             and sum(p.value for p in col) == w[0].value]
    if (len(confirmed) < 2 and not exact) or len(sentences) != 1 or len(missing) != 1:
        return found
    i = missing[0]
    column = found[i][0]
    taken = listed | {w.index for w in confirmed}
    span = next(iter(sentences))
    cands = _candidates(d, column, [span], False, taken)
    measure = _measure_words(d, column)
    picks = {q.value: q for q in _by_measure(d, cands, measure)} if len(measure) >= 2 else {}
    if len(picks) != 1:
        return found
    return [*found[:i], (column, False, list(picks.values())), *found[i + 1 :]]


def _with_parts_before(d: _Doc, whole: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """"办理案件1548件,其中刑事案件612件。按案件类型分,民事案件836件,行政案件100件": the parts
    named by a 其中 after the whole, then the rest under the opener -- one list across the
    sentences when the two together add up to the whole exactly (the list alone falls short) and
    every part counts the same noun; else the list as it stands."""
    if whole.sentence[1] > parts[0].start or _fits(whole, parts):
        return parts
    m = re.match(r"[,:]?其中[,:]?", d.s[whole.end : whole.end + 4])
    if m is None:
        return parts
    before = []
    for q in d.from_index(whole.index + 1):
        if q.start >= whole.sentence[1] or q.is_percent:
            break
        before.append(q)
    key = measure_key(d, parts[0])
    together = before + parts
    if (not before or any(unit_class(q) != unit_class(whole) or measure_key(d, q) != key for q in together)
            or not _fits(whole, together)):
        return parts
    return together


def _parallel_sentences_end(d: _Doc, items: list[Quantity], end: int) -> int:
    """End of the sentences after ``end`` (up to four) that open with a figure of the first item's
    unit whose words end like its own (乡村消费品零售额 after 城镇消费品零售额); ``end`` if none."""
    s = d.s
    first = next((q for q in items if not q.is_percent), None)
    if s[end - 1 : end + 1] == "。\n":
        end -= 1  # a list of lines that ended on a full sentence
    if first is None or s[end : end + 1] != "。":
        return end
    key = _words(d, first)
    out = end
    for _ in range(4):
        start = out + 2 if d.s.startswith("\n", out + 1) else out + 1  # "。\n": the next line's sentence
        nxt = d.next_end(start, SENT_END)
        figs = [q for q in d.in_range(start, nxt) if not q.is_percent]
        rest = bool(_REST_ITEM.match(s[start:nxt]))  # "其余1,016件次…": the rest closes the list
        if (not figs or _OPENER.search(s, start, nxt) or _BREAKDOWN.search(s, start, nxt)
                or not compatible(figs[0], first) or not (rest or _alike_kinds(_words(d, figs[0]), key))):
            break
        out = nxt
        if rest:
            break
        if s[out : out + 1] != "。":
            break
    return out


def _alike_kinds(a: str, b: str) -> bool:
    """Named alike: two characters in common at the end, or kinds both named "…类" (涉法涉诉类,
    城乡建设类)."""
    return len(_common_end(a, b)) >= 2 or (a.endswith("类") and b.endswith("类") and len(a) >= 3 and len(b) >= 3)


def _common_end(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


def _several_reviewed(d: _Doc, a: int) -> bool:
    """Does the review at ``a`` follow two figures or more of one kind in its own sentence?"""
    before = [q for q in d.in_range(d.last_before("。\n", a) + 1, a) if not q.is_percent]
    return any(compatible(x, y) for i, x in enumerate(before) for y in before[i + 1 :])


@lru_cache(maxsize=1)
def _review() -> re.Pattern:
    """"经审查" and the like: a review whose outcomes are listed after it (gated: see ``vocab.gated``)."""
    return gated(re.compile(f"(?<![已曾])经过?(?:{words()['review_manners'].pattern}){{0,2}}({words()['reviews'].pattern})"))


def _openers(s: str) -> list[tuple[int, int, str]]:
    """(start, end, class words) of each opener: 按…分, 从…看, 分为, and "经审查," (a review whose
    outcomes are listed after it), in reading order."""
    found = [(m.start(), m.end(), m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("f") or m.group("g") or "")
             for m in matches_at(_OPENER, s, _opener_starts(s))]
    found += [(m.start(), m.end(), "") for m in matches_at(_review(), s, _char_positions(s, "经"))]  # (every one opens with 经)
    return sorted(found)


_OPENER_FIRST = re.compile(r"[按从以依分就划\n]")


def _opener_starts(s: str) -> list[int]:
    """Where an opener can start (``_OPENER``'s look-ahead, found by scans that run in C): its
    first characters, each line's start, and up to six characters before a 结果 after a stop."""
    out = [0]
    for m in _OPENER_FIRST.finditer(s):
        i = m.start()
        out.append(i + 1 if s[i] == "\n" else i)
    i = s.find("结果")
    while i >= 0:
        out.extend(p for p in range(max(1, i - 6), i - 1) if s[p - 1] in "。,;\n")
        i = s.find("结果", i + 1)
    i = s.find("情况")  # "答复情况为:": two characters of the stage before it
    while i >= 0:
        if i >= 3 and s[i - 3] in "。,;\n":
            out.append(i - 2)
        i = s.find("情况", i + 1)
    return sorted(set(out))


def _list_end(d: _Doc, b: int) -> int:
    """End of the list an opener governs from ``b``: the short lines below it ("按渠道分:\n电话…;\n
    网络…。"), else its sentence -- which runs on over a line that ends with ";" "," or "、"
    ("…罚款1586.25万元;\n水污染类案件86件…"), or starts on the line below the opener."""
    s = d.s
    end = _lines_or_sentence_end(d, b)
    # "…幼儿园52所。\n另有特殊教育学校1所,在校生97人。": a sentence that adds more of the same to the
    # list ("另有", "此外还有") is its last item.
    nxt_start = end + 1
    while nxt_start < len(s) and s[nxt_start] in "\n ":
        nxt_start += 1
    if _MORE.match(s, nxt_start):
        end = d.next_end(nxt_start, SENT_END)
    return end


def _lines_or_sentence_end(d: _Doc, b: int) -> int:
    """The list's end by its layout alone (lines below the opener, or its sentence run on)."""
    s = d.s
    if s[b : b + 1] == "\n":
        end = _list_lines_end(d, b)
        if end > b:
            return end
        b += 1  # one long line below the opener: a sentence of items
    end = d.next_end(b, SENT_END)
    while end < len(s) and s[end] == "\n" and s[end - 1] in _RUNS_ON:
        nxt = d.next_end(end + 1, SENT_END)
        if not d.in_range(end + 1, nxt) or _HEADED.match(s, end + 1):
            break
        end = nxt
    return end


_RUNS_ON = ";,、:"
_AMONG = re.compile(r"[^,;。\d]{2,16}(?<![初高])中[,:]")
_MORE = re.compile(r"另有|此外还有|此外,还有|另外还有")


def _rivals(d: _Doc, whole: Quantity, parts: list[Quantity], taken: frozenset[int]) -> list[Quantity]:
    """Other levels of the parts' unit in the whole's own sentence, each at least as large as every
    part ("立案查处案件268件,作出处罚决定254件。按违法类型分,大气污染类案件112件…"): the words that
    chose the whole do not rule them out, so each is another reading of the list's whole."""
    if whole.sentence[1] > parts[0].start:
        return []  # the whole stands after the list or in the opener's own sentence: named there
    big = max(p.value for p in parts)
    return [q for q in _candidates(d, parts, [(whole.sentence[0], whole.sentence[1])], False, taken)
            if q.index != whole.index and q.value != whole.value and q.value >= big][:2]


def _with_carried(d: _Doc, parts: list[Quantity], wholes: list[Quantity]) -> bool:
    """Do the parts add up to a whole plus or minus another figure of its sentence, which speaks of
    work carried in ("受理156件,上年结转8件" and kinds of 164)? Then they may be of either."""
    total = sum(p.value for p in parts)
    for w in wholes:
        if load_stages().carry_over.search(d.s[w.sentence[0] : w.sentence[1]]):
            others = [q.value for q in d.in_range(w.sentence[0], w.sentence[1]) if q is not w and compatible(q, w)]
            if any(total in (w.value + v, w.value - v) for v in others):
                return True
    return False


def _says_overlap(d: _Doc, parts: list[Quantity], wholes: list[Quantity]) -> bool:
    """Parts over every whole, in a sentence saying one thing may be counted in several of them
    (``overlaps`` of breakdowns.yaml: "…部分企业接受了多级检查"): no error, no sum."""
    if sum(p.value for p in parts) <= max(w.value for w in wholes):
        return False
    text = d.s[parts[0].sentence[0] : parts[-1].sentence[1]]
    return any(text[max(0, m.start() - 1) : m.start()] not in ("不", "无", "未") for m in words()["overlaps"].finditer(text))


def _readings(d: _Doc, wholes: list[Quantity], parts: list[Quantity]) -> list[Relation]:
    """Two or three figures may state the whole and the words do not decide: the one the parts add
    up to; else, for a list whole by its words (其他, 城镇/乡村), one sum that holds if any reading
    holds and fails only if none does; else nothing."""
    fits = [t for t in wholes if _fits(t, parts)]
    if fits:
        return [Relation("sum", "sum.breakdown", {"total": fits[0], "parts": parts})]
    wholes = [t for t in wholes if not shares_name_another_whole(d, t, parts)]
    if not wholes:
        return []  # the parts' shares say their whole is their own sum, none of these
    labels = "".join(d.label(p) for p in parts)
    if not (_REST.search(labels) or names_its_complements(labels)):
        # kinds by what they concern (涉及…的): each at most the whole, whichever figure it is
        return bounded_by_one_of(parts, wholes) if _open_ended(d, parts) else []
    return [Relation("sum", "sum.breakdown", {"total": wholes[0], "parts": parts},
                     readings=[{"total": t, "parts": parts} for t in wholes[1:]])]


_CLOSING_REST = re.compile(r"(?:其他|其它|其余|剩余)")


def _sum_or_bounds_of(d: _Doc, total: Quantity, parts: list[Quantity], highlights: bool = False,
                      others: list[Quantity] | None = None) -> list[Relation]:
    """A sum when the list is the whole by its words (其他/其余, complements such as 城镇/乡村) or
    its figures (it adds up, or over); one the checks cannot call an error when only its
    coverage (three quarters of the total) suggests it; else one bound per part, as for a list
    of the main kinds only (``highlights``: 主要是…, 以…为主). ``others``: other figures that may be
    the whole; each relation holds if it holds for one of them."""
    if others:
        rels = _sum_or_bounds_of(d, total, parts, highlights)
        for r in rels:
            r.readings = [{**r.roles, ("total" if r.kind == "sum" else "larger"): t} for t in others]
        return rels
    if shares_name_another_whole(d, total, parts):
        return []  # "…城乡建设类116件,占3.7%;…其余719件" under a far 2,888 of another topic
    if highlights and not _CLOSING_REST.match(d.own_words(parts[-1])):
        # (the main kinds closed by the rest -- "排在前三位的是…,其余各类3,040件次" -- are all of it)
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    money = total.is_money
    tval = money_value(total) if money else total.value
    s = sum((money_value(p) if money else p.value) for p in parts)
    labels = "".join(d.label(p) for p in parts)
    stated = (s >= tval or bool(_REST.search(labels))
              or names_its_complements(labels))
    # Grades that stop before the failing one cover much of the whole and still leave the failed
    # files unsaid (see sums._sum_or_bounds): only bounds then.
    covered = tval > 0 and s / tval >= _COVER and not _grades_short_of_failing(d, parts)
    if s != tval and _open_ended(d, parts) and not _REST.search(labels) and not names_its_complements(labels):
        # "按申请内容分,涉及征收的23件、涉及物业的14件": kinds by what they concern may leave kinds
        # out, or overlap and add up past the whole (adding up exactly, they are all of it)
        stated = covered = False
    if s != tval and may_overlap(d, total, parts):  # "网站公开…,公告栏公开…(同一信息可能通过多种形式公开)"
        stated = covered = False
    if stated or covered:
        return [Relation("sum", "sum.breakdown", {"total": total, "parts": parts}, exhaustive=stated, by_class=True)]
    return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]


def _pieces(d: _Doc, items: list[Quantity]) -> list[list[Quantity]]:
    """The items of the list, split at ";" and line ends ("城镇…;乡村…")."""
    pieces: list[list[Quantity]] = []
    for q in items:
        if pieces and not _PIECE_END.search(d.s[pieces[-1][-1].end : q.start]):
            pieces[-1].append(q)
        else:
            pieces.append([q])
    return pieces


_REST_ITEM = re.compile(r"^[,、;]?(其他|其它|其余)")
