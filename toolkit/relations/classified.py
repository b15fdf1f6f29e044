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

import re
from decimal import Decimal
from functools import lru_cache

from ..quantities import Quantity
from .completeness import _REST, _grades_short_of_failing, _open_ended, names_its_complements
from .misprints import within_one_slip
from .model import Relation, compatible, money_value
from .named_wholes import bounded_by_one_of
from .scopes import _LINKING, is_additive, is_scope_count, measure_key, unit_class, words
from .scopes import figure_words as _words
from .sections import _fits, _sections
from .stages import another_stage, later_stage_at, stages_in
from .structure import SENT_END, _Doc, _list_lines_end, _overlap
from .sums import _BREAKDOWN, _breakdown_total, _drop_derived
from .sums import _measure_columns as _columns
from .vocab import gated

# 按…分 / 按…划分 / 按…统计 / 从…看 / 从…上看 / 分…看, closing its clause or its line.
# 分为/分成 right after the whole or its clause ("受理300件,分为…", "案件分为三类:").
# Also 以…划分, 依…分, 就…而言, 分…统计, 从…分析, 按…归类: the same classification in other words.
_OPENER = gated(re.compile(
    # (the look-aheads: the first stop after the preposition must be a , : or line end within reach,
    # as every match ends there -- one scan that fails most 以/从 at once, before the lazy words
    # try every ending; ``test_perf_indexes`` compares the matches with the pattern without it)
    r"(?:按照|按|从|以|依照|依据|依)(?=[^,;:。!?\d\n]{1,20}[,:\n])(?P<a>[^,;:。!?\d\n]{1,12}?)"
    r"(?:来分|划分为|划分|分类|区分|归类|分组|分布|分为|分成|分|统计|来看|上看|方面看|角度看|看|分析)(?=[,:\n])"
    r"|分(?=[\u4e00-\u9fff]{2,8}[,:\n])(?P<b>[\u4e00-\u9fff]{1,6}?)(?:来看|看|统计|情况)(?=[,:\n])"
    r"|就(?=[^,;:。!?\d\n]{2,20}[,:\n])(?P<c>[^,;:。!?\d\n]{1,12}?)(?:而言|来说|来看|看)(?=[,:\n])"
    # a heading of its own line naming a classification: "(二)案件类型。劳动报酬争议1986件,…"
    r"|(?<![^\n])[ \t]*(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.、])"
    r"(?P<d>[\u4e00-\u9fff]{0,8}(?:类型|类别|构成|分布|来源|渠道|结构|领域))[。:](?=[^\n])"
    r"|(?<=[,:件项人起次个家户])(?:划分为|分为|分成)(?:[一二三四五六七八九十两\d]+(?:类|种|个方面|部分))?"))
_SHARES_OF = re.compile(r"占比|比重|比例|占")
_LOOKBACK = 3  # sentences before the opener that may state the whole
_COVER = Decimal("0.75")  # a list covering this much of the whole is taken as all of it
_CHINESE = re.compile(r"[^\u4e00-\u9fff]")


def _classified(d: _Doc) -> list[Relation]:
    """Lists opened by a classification (按…分, 从…看) and lists that name their rest (其他)."""
    from .added import rest_lists  # (added reads those lists with this module's helpers)
    from .adjacent import implicit_lists  # (adjacent reads lists with this module's helpers)

    out: list[Relation] = rest_lists(d) + _sections(d) + implicit_lists(d)
    s = d.s
    listed: set[int] = set()  # parts of the lists found so far: no whole of a later list
    openers = _openers(s)
    starts = [a for a, _, _ in openers]
    previous: list[tuple[Quantity, int]] = []  # the wholes the last list added up to, and its end
    previous_parts: list[Quantity] = []  # the parts of that list
    for a, b, cls in openers:
        if words()["not_classes"].search(cls):
            continue  # "从全年看", "分季度看": a view of the whole or a time series, not a partition
        if s.startswith("经", a) and _several_reviewed(d, a):
            continue  # "抽查处罚案卷40份、许可案卷20份,经评查,…": the whole reviewed is 40, 60 or 20
        b += 1 if s[b : b + 1] in (",", ":") else 0
        end = _list_end(d, b)
        later = next((x for x in starts if b < x < end), None)
        if later is not None:
            # "按类型分,投诉…,举报…;按渠道分,电话…,网络…": the next opener ends this list.
            end = later - 1 if s[later - 1] in ";," else later
        if any(not _SHARES_OF.search(s, max(0, m2.start() - 3), m2.start()) for m2 in _BREAKDOWN.finditer(s, b, end)):
            continue  # a 其中 inside the list: the 其中 rule reads it (not "占比分别为…": the parts' shares)
        items = [q for q in _drop_derived(d, d.in_range(b, end)) if is_additive(d, q)
                 and not is_scope_count(d, q) and not d.in_parentheses(q)]
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
        previous = [(w[0], end) for col, _, w in found if len(w) == 1 and _fits(w[0], col)]
        previous_parts = [p for col, _, w in found if len(w) == 1 and _fits(w[0], col) for p in col]
        # The whole of one measure of the list is no other reading of another's ("受理200件,办结195件。
        # 按区域分,城区受理120件,办结118件;…": 195 is the 办结 whole, not a reading of 受理's).
        taken = frozenset(listed | {w[0].index for _, _, w in found if len(w) == 1})
        for column, strict, wholes in found:
            if len(wholes) == 1:
                column = _with_parts_before(d, wholes[0], column)
                others = [] if strict else _rivals(d, wholes[0], column, taken)
                out.extend(_sum_or_bounds_of(d, wholes[0], column, highlights=highlights, others=others))
            elif 1 < len(wholes) <= 3 and not highlights:
                out.extend(_readings(d, wholes, column))
            elif 1 < len(wholes) <= 3:
                # "从被申请人看,公安机关982件,…,数量列前三位": the main kinds of one of the wholes
                out.extend(bounded_by_one_of(column, wholes))
            elif not wholes and highlights:
                # the figures before that could each hold every part: of one of them
                big = max(p.value for p in column)
                rivals = {q.value: q for q in _candidates(d, column, _sentences_before(d, a), False, taken)
                          if q.value >= big}
                if 1 <= len(rivals) <= 3:
                    out.extend(bounded_by_one_of(column, list(rivals.values())))
    return out


_DONE_SINCE = re.compile(r"^(?:已经?|均已|并已?|随后|目前已?|截至[^,;,;]{0,10}已?)")


def _outcomes_end(d: _Doc, items: list[Quantity]) -> int:
    """Where a review's outcomes end ("经审核,符合条件的1,984户,已分配入住1,652户"; "经核查属实的306件,
    已立案查处221件"): at a figure a later stage of the process names, or one whose clause says what
    has been done since (已…): what became of an outcome, not another outcome of the review."""
    end = later_stage_at(d, items)
    for k, q in enumerate(items[1:end], start=1):
        clause = d.s[d.last_before(",;:", q.start) + 1 : q.start].lstrip()
        if _DONE_SINCE.match(clause):
            return k
    return end


def _names_a_stage(cls: str) -> bool:
    """Does the opener's class name a stage of a process ("从审结情况看", "从办理结果看")? Then its
    list is of that stage's figure, not of the whole the list before it classified."""
    from .stages import load_stages

    return bool(re.search(r"结果|结案|处理|办理", cls) or load_stages().any_stage.search(cls))


def _reviewed_whole(d: _Doc, opener: int, previous: list[tuple[Quantity, int]], parts: list[Quantity],
                    found: list[tuple[list[Quantity], bool, list[Quantity]]]) -> list[tuple[Quantity, int]]:
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
                          previous: list[tuple[Quantity, int]]) -> list[tuple[list[Quantity], bool, list[Quantity]]]:
    """"按类型分,投诉…,举报…;按渠道分,电话…,网络…": a classification right after another (the next
    clause, sentence or line) classifies the same whole by another criterion -- the whole the list
    before added up to, for a measure of this list whose parts name no whole of their own."""
    out = []
    for column, strict, wholes in found:
        near = [w for w, end in previous if 0 <= opener - end <= 2 and unit_class(w) == unit_class(column[0])
                and compatible(w, column[0]) and all(p.value <= w.value for p in column)]
        if not wholes and len(near) == 1:
            wholes = near
            strict = True  # the whole is given: no rival readings
        out.append((column, strict, wholes))
    return out


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
        if len(wholes) == 1 and not _fits(wholes[0], column):
            # "收到申请5,318件。经审查,立案受理4,962件,…不予受理356件。按争议类型分,…": the list adds
            # up to a figure before it that an earlier list took as a part (4,962), not to the one
            # the words found: the figures decide.
            exact = {q.value: q for q in _candidates(d, column, _sentences_before(d, a), True)
                     if q.index in listed and _fits(q, column) and not (named and another_stage(d, q, named))}
            if len(exact) == 1:
                wholes = list(exact.values())
        found.append((column, strict, wholes))
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
    if len(confirmed) < 2 or len(sentences) != 1 or len(missing) != 1:
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


def _kinds_only(d: _Doc, whole: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts name their kinds alike: all or none of them the whole's measure? ("道路运输事故
    死亡41人、受伤17人" under "死亡56人": one item of two measures, not two kinds of deaths.)"""
    measure = _words(d, whole)[-2:]
    named = [measure in re.split(r"[,;:、]", d.label(p))[-1] for p in parts]
    return all(named) or not any(named)


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
    for q in d.qs[whole.index + 1 :]:
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
    found = [(m.start(), m.end(), m.group("a") or m.group("b") or m.group("c") or m.group("d") or "") for m in _OPENER.finditer(s)]
    found += [(m.start(), m.end(), "") for m in _review().finditer(s)]
    return sorted(found)


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
_AMONG = re.compile(r"[^,;。\d]{2,16}中[,:]")
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


def _readings(d: _Doc, wholes: list[Quantity], parts: list[Quantity]) -> list[Relation]:
    """Two or three figures may state the whole and the words do not decide: the one the parts add
    up to; else, for a list whole by its words (其他, 城镇/乡村), one sum that holds if any reading
    holds and fails only if none does; else nothing."""
    fits = [t for t in wholes if _fits(t, parts)]
    if fits:
        return [Relation("sum", "sum.breakdown", {"total": fits[0], "parts": parts})]
    labels = "".join(d.label(p) for p in parts)
    if not (_REST.search(labels) or names_its_complements(labels)):
        # kinds by what they concern (涉及…的): each at most the whole, whichever figure it is
        return bounded_by_one_of(parts, wholes) if _open_ended(d, parts) else []
    return [Relation("sum", "sum.breakdown", {"total": wholes[0], "parts": parts},
                     readings=[{"total": t, "parts": parts} for t in wholes[1:]])]


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
    if highlights:
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
    if s < tval and not stated and _open_ended(d, parts):
        covered = False  # "按申请内容分,涉及征收的23件、涉及物业的14件": kinds by what they concern
    if stated or covered:
        return [Relation("sum", "sum.breakdown", {"total": total, "parts": parts}, exhaustive=stated)]
    return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]


def _pieces(d: _Doc, items: list[Quantity]) -> list[list[Quantity]]:
    """The items of the list, split at ";" and line ends ("城镇…;乡村…")."""
    pieces: list[list[Quantity]] = []
    for q in items:
        if pieces and not re.search(r"[;\n]", d.s[pieces[-1][-1].end : q.start]):
            pieces[-1].append(q)
        else:
            pieces.append([q])
    return pieces


def _measure_words(d: _Doc, parts: list[Quantity]) -> str:
    """The words the parts' labels end with in common ("…共发生事故"), their categories dropped."""
    labels = [_LINKING.sub("", _CHINESE.sub("", re.sub(r"^.*?[,;:、]", "", d.label(p)))) or _words(d, p)
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
            near = [q for q in cands if all(p.value <= q.value for p in parts)]
            if len(near) == 1 and within_one_slip(near[0], parts):
                fits = {near[0].value: near[0]}
        if not fits and _REST.search("".join(d.label(p) for p in parts)):
            # A list that names its rest (其他类) is whole by its words: the figure of its unit in
            # the nearest sentence naming a whole is what it breaks down (two or three: readings).
            # Not when the opener names a stage the whole is not of ("从审结情况看" under 受理86件).
            own = {q.value: q for q in _candidates(d, parts, spans[:1], False, listed)}
            # The one figure of the opener's own sentence is what it breaks down ("对27件文件开展清理,
            # 经清理继续有效19件…", "受理300件,分为…").
            wholes = (list(own.values()) if len(own) == 1
                      else _only_whole(d, _candidates(d, parts, spans, False, listed), parts))
            kind = re.sub(r"情况|结果|类型|类别|方面|[^\u4e00-\u9fff]", "", cls)
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
                 if _names_whole(d, q)]
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
        fits = {q.value: q for q in before if _fits(q, parts) and _names_whole(d, q)}
        if len(fits) == 1 and len({q.value for q in before}) <= 3:
            return list(fits.values())
    return list(picks.values()) or _across_heading(d, parts, opener, listed) or (
        _confirmed_whole(d, parts, opener, listed) if cls else [])


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
        fits = {q.value: q for q in _candidates(d, parts, far, False) if _fits(q, parts) and _names_whole(d, q)}
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
        if re.match(r"[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)", s[start:prev_end]):
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
        figs = [q for q in _drop_derived(d, d.in_range(a, b)) if compatible(q, first)
                and unit_class(q) == unit_class(first) and is_additive(d, q) and not is_scope_count(d, q)
                and not d.in_parentheses(q) and q.index not in listed
                and (parts_too or ("其中" not in d.label(q) and not _breakdown_total(d, q)[0]))]
        out.extend(reversed(figs))
    return out


def _names_whole(d: _Doc, q: Quantity) -> bool:
    return bool(words()["wholes"].search(d.s[q.sentence[0] : q.start]))


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
        held = [q for q in cands if measure[-2:] in _words(d, q)]
        scored = [(2, q) for q in held] if len({q.value for q in held}) == 1 else []
    if not scored:
        return []
    best = max(sc for sc, _ in scored)
    return [q for sc, q in scored if sc == best]


def _abbreviates(short: str, words: str) -> bool:
    """Is ``short`` (two characters or more) the end of ``words`` with characters left out?"""
    if len(short) < 2 or not words.endswith(short[-1]):
        return False
    it = iter(words[-3 * len(short) :])
    return all(ch in it for ch in short)


def _shared_words(d: _Doc, parts: list[Quantity]) -> str:
    """Two characters or more every part's words hold, not at their end ("县本级收到申请",
    "乡镇和部门收到": 收到) -- what the list counts, though the parts do not end alike."""
    labels = [_words(d, p) for p in parts]
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


_REST_ITEM = re.compile(r"^[,、;]?(其他|其它|其余)")
