"""Periods that partition a longer one: "全年热线共受理来电48120件。第一季度受理10235件,第二季度
受理12876件,第三季度受理13540件,第四季度受理11469件。" The quarters of a year are the year, so the
figures of every part of a partition, of one measure, add up to the figure of the whole period --
by meaning, with no word opening a list and over clauses, sentences or lines alike.

The partitions are data (``catalog/periods.yaml``). The reading is narrow: every part of the
partition printed exactly once for the measure, in one run of the text (each part within a few
sentences of the one before), no part cumulative, an average or of another year (``not_levels``);
the whole is the nearest figure before the first part, of the parts' unit, named as the whole
period, whose words share the parts' measure (when the parts name one) -- two such figures of
different values leave the list unread."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation, compatible
from .scopes import figure_words, is_additive, is_scope_count, unit_class
from .structure import SENT_END, _Doc, _overlap
from .vocab import gated, read_entries

_REACH = 3  # sentences from one part to the next, and from the whole to the first part
_CLAUSE = re.compile(r"[,;。\n]")


@dataclass(frozen=True)
class _Partition:
    id: str
    whole: re.Pattern
    parts: tuple[re.Pattern, ...]


@lru_cache(maxsize=1)
def _partitions() -> list[_Partition]:
    return read_entries("periods.yaml", "partitions", lambda e: _Partition(
        str(e["id"]), re.compile(e["whole"]), tuple(re.compile(p) for p in e["parts"])))


@lru_cache(maxsize=1)
def _any_part() -> re.Pattern:
    """Any part of any partition (a figure's clause naming none is no part of one); gated (the
    same matches: a position no part can start at fails at once, as most of every clause does)."""
    return gated(re.compile("|".join(f"(?:{p.pattern})" for part in _partitions() for p in part.parts)))


@lru_cache(maxsize=2)
def _words(key: str) -> re.Pattern:
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("toolkit").joinpath("catalog/periods.yaml").read_text(encoding="utf-8"))
    return re.compile(data[key])


def _not_levels() -> re.Pattern:
    return _words("not_levels")


def period_partitions(d: _Doc) -> list[Relation]:
    """One sum per measure whose figures cover every part of a partition once."""
    if "季度" not in d.s and "半年" not in d.s and "月" not in d.s:
        return []  # (most texts: nothing to read)
    out: list[Relation] = []
    # Only a figure whose clause names some period can be a part of any partition: found once, not
    # once per partition (the per-figure tests cost most of this family's time).
    anyp = _any_part()
    named = [q for q in d.qs if not q.is_percent and not q.in_table and anyp.search(d.piece(q, ","))]
    for part in _partitions():
        runs: dict[tuple[str, str], list[tuple[int, Quantity]]] = {}
        last: tuple[Quantity, str] | None = None
        for q in named:
            at = _part_of(d, q, part)
            if at is None:
                continue
            pos, measure = at
            if not measure and last is not None and last[0].sentence == q.sentence:
                measure = last[1]  # "第一季度受理10235件,第二季度12876件": the measure named once
            last = (q, measure)
            key = (unit_class(q), measure)
            run = runs.get(key)
            if run and (pos <= run[-1][0] or _sentences_between(d, run[-1][1], q) > _REACH):
                _close(d, part, run, measure, out)
                run = None
            if run is None:
                run = runs[key] = []
            if pos == len(run):
                run.append((pos, q))
            else:
                runs.pop(key, None)  # a part skipped: not this partition's run
        for (_, measure), run in runs.items():
            _close(d, part, run, measure, out)
    return out


def _part_of(d: _Doc, q: Quantity, part: _Partition) -> tuple[int, str] | None:
    """(which part, the measure words) when ``q`` is a level of one part of the partition: the part
    named in its clause ("第二季度受理", "第二季度:") or heading the clause before with no figure
    of its own ("第二季度,受理…")."""
    if q.is_percent or q.in_table or not is_additive(d, q) or is_scope_count(d, q) or d.in_parentheses(q):
        return None
    lab = d.label(q)
    clause = _CLAUSE.split(lab)[-1]
    named = [i for i, p in enumerate(part.parts) if p.search(clause)]
    if not named:
        return None
    if len(named) != 1 or _not_levels().search(lab):
        return None
    m = part.parts[named[0]].search(clause)
    measure = re.sub(r"[^\u4e00-\u9fff]", "", clause[m.end() :])
    return named[0], measure


def _sentences_between(d: _Doc, a: Quantity, b: Quantity) -> int:
    return len(re.findall(r"[。\n]", d.s[a.end : b.start]))


def _close(d: _Doc, part: _Partition, run: list[tuple[int, Quantity]], measure: str, out: list[Relation]) -> None:
    if len(run) != len(part.parts):
        return
    parts = [q for _, q in run]
    if not all(compatible(p, parts[0]) for p in parts):
        return
    if _whole_after(d, part, parts):
        return  # "…三季度294件,四季度160件,全年共计1794件": the parts' whole follows them (closings read it)
    whole = _whole(d, part, parts, measure) or _whole_following(d, part, parts, measure)
    if whole is not None:
        out.append(Relation("sum", "sum.breakdown", {"total": whole, "parts": parts}))


def _whole(d: _Doc, part: _Partition, parts: list[Quantity], measure: str) -> Quantity | None:
    """The nearest figure before the first part named as the whole period, of the parts' measure."""
    first = parts[0]
    start = first.sentence[0]
    for _ in range(_REACH):
        if start <= 1:
            break
        start = d.last_before(SENT_END, start - 1) + 1
    found: dict = {}
    for q in reversed(d.in_range(start, first.start)):
        if (q.is_percent or not compatible(q, first) or unit_class(q) != unit_class(first) or not is_additive(d, q)
                or is_scope_count(d, q) or d.in_parentheses(q)):
            continue
        head = d.s[q.sentence[0] : q.start]
        clause = _CLAUSE.split(d.label(q))[-1]
        if (not part.whole.search(head) or any(p.search(clause) for p in part.parts)
                or _words("whole_not").search(clause)):
            continue
        words = figure_words(d, q)
        if len(measure) >= 2 and _overlap(words, measure) < 2:
            continue
        found.setdefault(q.value, q)
    return next(iter(found.values())) if len(found) == 1 else None


def _whole_following(d: _Doc, part: _Partition, parts: list[Quantity], measure: str) -> Quantity | None:
    """"一季度1,244次,二季度1,864次,三季度…。上半年3,108次": no whole before the parts, the first figure
    in the sentences right after the last part named as the whole period (its clause opening with it),
    naming no measure or the parts', is their whole."""
    last = parts[-1]
    end = last.sentence[1]
    for _ in range(_REACH - 1):
        nxt = d.next_end(end + 1, SENT_END)
        end = nxt if nxt > end else end
    for q in d.in_range(last.end, end + 1):
        if (q.is_percent or not compatible(q, last) or unit_class(q) != unit_class(last) or not is_additive(d, q)
                or is_scope_count(d, q) or d.in_parentheses(q)):
            continue
        clause = _CLAUSE.split(d.label(q))[-1]
        m = part.whole.match(clause)
        if m is None or any(p.search(clause) for p in part.parts) or _not_levels().search(clause):
            continue
        # (its own words after the period: none, or the parts' measure -- "上半年办结…" is another measure)
        rest = re.sub(r"[^\u4e00-\u9fff]|^(?:共|合计|累计|共计|总计)", "", clause[m.end() :])
        return q if not rest or (len(measure) >= 2 and (measure in rest or rest in measure)) else None
    return None


def _whole_after(d: _Doc, part: _Partition, parts: list[Quantity]) -> bool:
    """Is a figure right after the last part, in its sentence, named as the whole period?"""
    last = parts[-1]
    nxt = next((q for q in d.qs[last.index + 1 : last.index + 3] if not q.is_percent), None)
    if nxt is None or nxt.sentence != last.sentence or not compatible(nxt, last):
        return False
    clause = _CLAUSE.split(d.label(nxt))[-1]
    return bool(part.whole.search(clause)) and not any(p.search(clause) for p in part.parts)



def of_another_period(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Is ``total`` named by a period of its own in its clause ("下半年合计抽查92次", "三季度共…") and a
    part by a period that is none of its parts ("一、二季度分别抽查37次、41次")? Then the total is one
    more item of a list of periods (its 合计 sums that period only), not the whole of the others."""
    own = _any_part().search(d.clause(total))
    if own is None:
        return False
    inside = [p for part in _partitions() if part.whole.search(own.group(0)) for p in part.parts]
    start = d.last_before(",;。\n", parts[0].start) + 1
    return any(not any(p.fullmatch(m.group(0)) for p in inside)
               for m in _any_part().finditer(d.s, start, parts[-1].start))


_LIST_JOIN = re.compile(r"^(?:[、,]|和|及|与)$")


def in_a_period_list(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` an item of a 分别 list of the parts of a period ("1月、2月、3月分别受理8,964件、6,718件
    和10,818件")? A measure named over the period ("受理量增长9.8%") is of its whole, none of them."""
    first = q
    while first.index and _LIST_JOIN.match(d.s[d.qs[first.index - 1].end : first.start]) and q.index - first.index < 6:
        first = d.qs[first.index - 1]
    lab = d.label(first)
    at = lab.rfind("分别")
    return at > 0 and len(_any_part().findall(lab[:at])) >= 2


def names_its_whole_period(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Do ``parts`` form a 分别 list naming every part of a period's partition, one figure each
    ("4月、5月、6月分别接收…"), under a total whose sentence names that whole period ("二季度…共接收")?
    The months of a quarter are all of it: the list is complete whatever the figures' rounding."""
    from .period_lists import _names_every_part  # (period_lists reads sums, which reads this module's readers)

    head = d.s[max(d.last_before(",;。\n", parts[0].start) + 1, 0) : parts[0].start]
    at = head.rfind("分别")
    pid = _names_every_part(head[:at]) if at > 0 else None
    part = next((p for p in _partitions() if p.id == pid), None)
    if part is None or len(part.parts) != len(parts):
        return False
    return bool(part.whole.search(d.s, total.sentence[0], total.start))


# a running total over a span of months: "1—11月累计…", "1-9月", "一至九月"
_MONTH_SPAN = re.compile(r"(?<!\d)\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]至[一二三四五六七八九十]+月")


def of_a_running_span(d: _Doc, whole: Quantity, parts: list[Quantity]) -> bool:
    """Is ``whole`` stated over a span of months ("1—11月累计接收派单401,236件") that neither the parts'
    sentence nor the report's opening (its title and first sentence) names? In a report of one month
    ("…月度分析(2023年11月)") the parts stated bare are the month's, not the running total's."""
    span = _MONTH_SPAN.search(d.s, whole.sentence[0], whole.start)
    if span is None:
        return False
    said = d.s[parts[0].sentence[0] : parts[-1].end] + d.s[: max(0, d.s.find("。"))][:300]
    return span.group(0) not in said
