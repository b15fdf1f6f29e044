"""Funnels stated sentences apart within a paragraph: the intake, other figures, then the outcome.

"全年共收到行政复议申请318件,同比增长9.6%。从申请事项看,涉及行政处罚156件,占37.9%。经审查,依法
受理301件。截至12月31日,已审结288件。": a sentence that opens with a figure named by a later stage of
a process goes on from the figure of an earlier stage stated before it in its paragraph, sentences
and other figures apart (``bound.stage``; the sentence right before is ``bounds._funnels``'s, and
another paragraph may speak of another body's or period's work). Read only where the text leaves
one reading:

* the later figure opens its sentence, is no part (no 其中 before it, no bracket, no qualifier)
  and nothing bounds it yet;
* looking back (at most ``_REACH`` figures and ``_SPAN`` characters), the nearest figure of the
  process counted alike is of an earlier stage (a nearer one of its own or a later stage: no
  reading), no other figure of that stage with another value stands in the reach (two wholes),
  and that figure is no part either;
* the words of the later figure's sentence up to it name the same thing: every two characters of
  them are among the earlier figure's words ("全年审结行政复议案件" / "收到行政复议申请"; a figure
  naming only its stage lends the words of the one it goes on from); a figure naming nothing but
  its stage goes on only with no figure of another process between;
* a figure named as a whole of the year or of every kind (全年共, 各类) is bounded by a narrower
  earlier one only when that one names nothing the later does not ("专项检查发现隐患12处。…全年共
  整改各类隐患1,360处" is no funnel); no carried-over work is spoken of (``stages.carry_over``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..quantities import Quantity
from .bounds import _WIDER, _qualified, _tied
from .carried_over import _carried_over
from .matters import another_matter
from .model import Relation, compatible
from .noun_funnels import noun_funnels
from .referring import bigrams as _bigrams
from .referring import of_the_referred, referred_stage, referring_words, the_referred_stated
from .roles import is_previous
from .stage_parts import listed_as_part
from .stages import (
    _NOT_CJK,
    _Named,
    _same_count,
    _scopes_fit,
    _strip,
    another_body,
    carried_over_at,
    counted_among,
    load_stages,
    naming,
)
from .structure import _Doc

_REACH = 40  # figures looked back
_SPAN = 2000  # characters looked back


def _a_part(d: _Doc, c: _Named) -> bool:
    q = c.q  # (after 其中 or a classified list's opener, "按问题性质分,…": stage_parts.listed_as_part)
    return listed_as_part(d, q) or d.in_parentheses(q) or _qualified(d, q)


def distant_funnels(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Later stages opening a sentence, bounded by the earlier stage stated sentences before."""
    v = load_stages()
    bounded = {r.roles["smaller"].index for r in found if r.kind == "bound" and isinstance(r.roles.get("smaller"), Quantity)}
    bounded |= {q.index for r in found if r.rule == "equal.stage" for q in r.quantities()}

    def name(q: Quantity) -> _Named | None:
        return naming(d, q)  # once per document, shared with the funnels of a sentence

    carried = carried_over_at(d, v)
    pending: list[tuple[tuple[int, int], Relation]] = []
    qs = d.qs
    for i in _staged(d, name):  # (named already by the funnels of a sentence: most figures name no stage)
        q = qs[i]
        if q.index in bounded or q.is_percent or q.in_table:
            continue
        p = name(q)
        if p is None or not p.stages or p.scope == "own":
            continue
        opens = not any(not r.is_percent for r in d.in_range(q.sentence[0], q.start))
        if not opens and (q.is_percent or any(not r.is_percent for r in d.in_range(d.seg_start(q.start), q.start))):
            continue  # not the first figure of its sentence: the funnels of a sentence read it
        if _a_part(d, p):
            continue
        # "…;对按期办结的事项电话回访9,870件": a clause saying which stage it goes on from is read
        # by that process alone, wherever it stands in its sentence
        referring = {pid: lvl for pid, lvl in p.stages.items() if referred_stage(d, p, pid, lvl) is not None}
        if not opens and not referring:
            continue
        found_for: list[_Named] = []
        for pid, level in (referring or p.stages).items():
            c = _candidate(d, p, pid, level, name)
            if c is _OPEN:
                found_for = []
                break  # one process finds no single reading: none is read
            for x in c if isinstance(c, list) else ():
                if all(y.q.index != x.q.index for y in found_for):
                    found_for.append(x)
        found_for = [c for c in found_for if not another_matter(d, p, c)]  # (行政许可 after 行政处罚)
        if not found_for or any(_carried_over(d, carried, c.q, q) for c in found_for):
            continue
        first = found_for[0]
        others = [{"smaller": q, "larger": c.q} for c in found_for[1:]]
        pair = (min(q.index, first.q.index), max(q.index, first.q.index))
        pending.append((pair, Relation("bound", "bound.stage", {"smaller": q, "larger": first.q}, readings=others)))
    tied = _tied([r for r in found if r.kind != "ratio"], {pair for pair, _ in pending})
    out = [r for pair, r in pending if pair not in tied]
    return out + noun_funnels(d, found + out)  # (the later stage named with a kind's noun: "投诉办结…")


def _sentence_rest(d: _Doc, p: _Named, pid: str | None = None) -> str:
    """The words of ``p``'s sentence up to it (it opens its sentence) that name neither a stage, a
    level, the year nor a procedure: what it counts, and any scope or time of its own ("专项整治期间,
    办结群众来信412件": 专项整治期间 too). ``pid``: only that process's stage words are stages."""
    key = (p.q.sentence[0], p.q.start, pid)  # (a function of the text: read once per figure)
    memo = d.cache.get("sentence_rest")
    if memo is None:
        memo = d.cache["sentence_rest"] = {}
    found = memo.get(key)
    if found is None:
        v = load_stages()
        stage_words = v.stage_words if pid is None else _process_words(pid)
        words = _strip(d.s[key[0] : key[1]], stage_words)
        words = v.neutral.sub("", v.whole.sub("", v.own.sub("", v.year.sub("", _WIDER.sub("", words)))))
        found = memo[key] = _NOT_CJK.sub("", words)
    return found


_PROCESS_WORDS: dict[str, tuple] = {}  # pid -> (the vocabulary, its words)


def _process_words(pid: str) -> tuple:
    """The stage words of one process, as one tuple per process and vocabulary (``_strip`` reads a
    tuple's plan once)."""
    v = load_stages()
    found = _PROCESS_WORDS.get(pid)
    if found is None or found[0] is not v:
        found = _PROCESS_WORDS[pid] = (v, tuple(
            pat for k, levels in v.processes if k == pid for pair in levels for pat in pair if pat is not None))
    return found[1]


_PLAN = re.compile(r"力争|计划|目标|预计|争取|确保|拟")
_OPEN = object()  # a process whose figures before leave two readings


_HEADING_LINE = re.compile(r"[^\n。!?\d]{1,30}")
_NUMBERING = re.compile(r"^(?:#+\s*)?(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?")
_HEADING_WORDS = re.compile(r"情况|工作|基本|主要|总体|有关|方面|办理|审理|收案|结案|案件|事项|数量|质效|结果")


def _heading_between(d: _Doc, earlier: Quantity, start: int) -> bool | None:
    """Does the heading of the later figure's section -- the last numbered heading line between
    ``earlier`` and ``start`` -- name a scope (a body, a channel, a level: "二、12345热线", "(二)镇街")
    the text from ``earlier``'s paragraph to it does not: words other than stage, neutral and heading
    words ("二、案件审理情况" names none)? None: no numbered heading between."""
    v = load_stages()
    lines = [ln.strip() for ln in d.s[earlier.end : start].split("\n")[1:]]
    heads = [ln for ln in lines if _HEADING_LINE.fullmatch(ln) and _NUMBERING.match(ln).end() > 0]
    if not heads:
        return None
    para = d.s.rfind("\n", 0, earlier.start) + 1
    said = _bigrams(_NOT_CJK.sub("", d.s[para : earlier.end]))
    words = _HEADING_WORDS.sub("", v.neutral.sub("", _strip(_NUMBERING.sub("", heads[-1]), v.stage_words)))
    words = _NOT_CJK.sub("", words)
    return len(words) >= 2 and not _bigrams(words) <= said


def _staged(d: _Doc, name) -> list[int]:
    """The indices of the figures a stage names, in reading order, listed once per report (read-only)."""
    staged = d.cache.get("distant staged")
    if staged is None:
        staged = d.cache["distant staged"] = [r.index for r in d.qs if (c := name(r)) is not None and c.stages]
    return staged  # type: ignore[return-value]


def _staged_before(d: _Doc, q: Quantity, name) -> Iterator[Quantity]:
    """The figures of the ``_REACH`` before ``q`` that a stage names, the nearest first: those ``_candidate``'s
    walk reads (a figure naming no stage is neither a candidate nor one of another process between; the
    walk's stops -- ``_SPAN``, a line end not crossed -- are tested on the figures it reads: an earlier
    figure is no nearer to ``q``). The staged figures are listed once per report (the walk looked at
    every figure in reach, ~40, for each figure opening a sentence with a stage)."""
    staged = _staged(d, name)
    lo = bisect.bisect_left(staged, q.index - _REACH)
    qs = d.qs
    return (qs[staged[k]] for k in range(bisect.bisect_left(staged, q.index, lo) - 1, lo - 1, -1))


def _candidate(d: _Doc, p: _Named, pid: str, level: int, name) -> list[_Named] | object | None:
    """The one earlier figure of an earlier stage of ``pid`` that ``p`` goes on from (with the other
    figures of the stage its words name, as readings: "对已办结工单回访…" after two figures closed);
    None when the reach holds no figure of the process, ``_OPEN`` when it admits two readings."""
    q = p.q
    start = q.sentence[0]
    referred = referred_stage(d, p, pid, level)
    best: _Named | None = None
    also: list[_Named] = []  # other figures of the stage a referring figure names (readings)
    lent = ""  # the words of the figure an earlier stage before ``best``, when ``best`` names only its stage
    between_other = False  # a figure of another process between the candidate and q
    # Another paragraph may speak of another body's or period's work: crossed only by a figure that
    # says which stage it goes on from, or whose sentence names what it counts (every two characters
    # of it among the earlier figure's words, below) and no plan ("一、收案情况\n全年共收到行政复议申请
    # 218件。\n二、审理情况\n全年审结行政复议案件196件。")
    crosses: bool | None = None  # (read when a line end is first met: most walks meet none)
    # (the last line end before the sentence: a figure ending before it has a line end between it and
    # the sentence -- ``"\n" in d.s[r.end : start]``, without copying up to _SPAN characters a figure)
    line_end = d.s.rfind("\n", 0, start)
    for r in _staged_before(d, q, name):
        if r.end < start - _SPAN:
            break
        if line_end >= r.end:
            if crosses is None:
                crosses = referred is not None or (len(_sentence_rest(d, p)) >= 2 and not _PLAN.search(d.s, start, q.start))
            if not crosses:
                break
        c = name(r)  # (one a stage names: ``_staged_before`` walks no other figure)
        if c is None:
            continue
        # (or the later figure counts items, the earlier the visits of them: "登记信访事项4,218件次…
        # 受理信访事项3,862件")
        in_pid = pid in c.stages and ((compatible(r, q) and _same_count(p, c)) or counted_among(p, c))
        if in_pid and is_previous(d, r) and not is_previous(d, q):
            continue  # "2023年、2024年分别受理214件、236件。2024年审结220件": 214 is of another year
        if not in_pid:
            if best is None and c.stages and r.start < start:
                between_other = True
            continue
        if best is None:
            if c.stages[pid] >= level:
                return _OPEN  # a nearer figure of its own or a later stage: it may go on from that one
            if referred is not None and (_a_part(d, c) or not of_the_referred(d, p, c, pid, referred) or (
                    c.stages[pid] < referred and the_referred_stated(d, p, pid, referred))):
                continue  # "对已办结工单回访…": only a figure of the stage named (if stated), no part of it
            if _a_part(d, c) or not _scopes_fit(p, c) or c.scope == "own":
                return _OPEN
            best = c
        elif c.stages[pid] == best.stages[pid] and r.value != best.q.value:
            if referred is None:
                return _OPEN  # two figures of that stage: which one the later goes on from is open
            if not _a_part(d, c):
                also.append(c)
        elif c.stages[pid] >= level:
            break  # an earlier funnel of the process ends the reach
        elif c.stages[pid] < best.stages[pid] and not lent:
            lent = c.words  # "收到行政复议申请412件…经审查,依法受理386件": what the 386 are
    if best is None:
        return None
    rest = _sentence_rest(d, p)
    if len(rest) < 2:
        # (a word of another process may swallow what the figure counts: "受理投诉举报" is a stage of
        # leads as a whole; stripped of this process's words only, 投诉举报 is left)
        rest = _sentence_rest(d, p, pid)
    if referred is not None:  # the words name the stage it is of
        if not d.same_section([best.q, q]) and not _bigrams(referring_words(d, p, pid, referred)) & _bigrams(
                _NOT_CJK.sub("", d.section_text([best.q]))):
            # past a heading, in a section that says nothing the referring words say ("一、…取水许可…
            # 审批通过41件。三、回应群众涉水诉求…对办结诉求开展电话回访2,936件"): another body of work
            return _OPEN
        return [best, *also] if not another_body(p, best.words) else _OPEN
    if len(rest) >= 2:
        words = d.s[best.q.sentence[0] : best.q.start] + best.words + (lent if len(best.rest) < 2 else "")
        if not _bigrams(rest) <= _bigrams(words):
            return _OPEN  # it names another thing ("审结行政诉讼案件" after "收到行政复议申请")
        if "\n" in d.s[best.q.end : start] and _heading_between(d, best.q, start) is not False:
            # a paragraph break alone may start another body's or period's work; a heading naming a
            # scope ("一、信访\n…受理信访事项1,206件。\n二、12345热线\n…办结信访事项1,806件") does
            return _OPEN
    elif between_other:
        return _OPEN  # naming only its stage, after figures of another process
    if _WIDER.search(d.label(q)) and not _WIDER.search(d.label(best.q)) and len(best.rest) >= 2 \
            and not _bigrams(best.rest) <= _bigrams(p.words):
        return _OPEN  # a whole of the year or of every kind after a narrower figure
    return [best]
