"""A table row's cell restated in the prose ("执行案件执结9,371件" beside the row "|执行|9,264|9,317|" under
"|案件类型|收案(件)|结案(件)|"; "城区中队检查车辆1.23万辆次" beside "|城区中队|12,340|836|"): the figure's
clause names the row's item and its words name one column, so the two state one cell twice.

``restated._cell_pairs`` pairs a cell when the figure's own words hold the column's words whole and
its sentence the row's label at length (four characters or more). Here, as ``worded_totals`` reads
a total row: the clause up to the figure names one row's item (two characters or more, the longest
when one label holds another: 市政府部门, not 市政府), and the figure's words name the column best
of the row's columns in its unit (``worded_totals._level``: read in order, three characters in a
run, a stage's other words, 执结 for 结案). Named so, and nothing before the measure but the item
and frame words, any difference fails; named in two shared characters only, or qualified by other
words ("以调解方式结案": a kind of 结案), the pairing is taken only when the figures confirm it (equal,
or one misprint apart).
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from ..tables import Row, Table
from .model import Relation
from .restated import _INTAKE, _joined_with_another, _row_label
from .roles import is_delta, is_per_n, is_previous, is_rank
from .structure import _Doc
from .table_bases import counts_in_scale, in_header_unit
from .table_totals import (
    _columns,
    _figure_words,
    _own_period,
    _reference,
    _vocabulary,
)
from .worded_totals import _NAMED, _agrees, _core, _head_measure, _level, _near, _pair, stage_told_apart

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_NOT_LISTED = re.compile(r"[^\u4e00-\u9fff、]")  # (the list's mark kept: "各街道、区直部门" joins two)
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_ORDINAL = re.compile(r"^\s*(?:其中[:：]?)?\s*[(（]?[一二三四五六七八九十\d]{0,3}[)）、.]?")
_NOT_ITEM = re.compile(r"合计|总计|共计|小计|全年|其他|其它|其中|总数|总量|全[市县区省州]|本级")
_CLAUSE_END = re.compile(r"[,;:、。]")
_NEGATED = re.compile(r"(?:不予|不|未|尚未|没有|无)$")


def _label(row: Row) -> str:
    """A row's item in words ("（一）网上信访": 网上信访), "" for a total row or another's rest (其他)."""
    label = _NOT_CJK.sub("", _ASIDE.sub("", _ORDINAL.sub("", _row_label(row))))
    return "" if len(label) < 2 or _NOT_ITEM.fullmatch(label) else label


def worded_rows(d: _Doc, tables: list[Table], done: list[Relation]) -> list[Relation]:
    """Each prose figure naming one row of a table near it and one of its columns, with that cell."""
    if not tables or not d.qs:
        return []
    v = _vocabulary()
    tied = {q.index for r in done for q in r.quantities()}
    opening = d.s[: d.qs[0].start]
    out: list[Relation] = []
    seen: set[int] = set()
    for t in tables:
        for q, rel in _rows(d, t, v, opening, tied):
            if q.index not in seen:  # (one table's only: a figure two tables' rows claim is left)
                seen.add(q.index)
                out.append(rel)
    return out


def _rows(d: _Doc, t: Table, v: dict, opening: str, tied: set[int]) -> list[tuple[Quantity, Relation]]:
    header = next((r for r in t.rows if r.is_header and not set(r.head) <= set("-:|")), None)
    if header is None:
        return []
    caption_at = d.s.rfind("\n", 0, max(0, t.rows[0].start - 1))
    line = t.caption or d.s[caption_at + 1 : t.rows[0].start]
    heads = {j: m for j, c in enumerate(header.cells) if j and (m := _head_measure(c.text, line, v, opening)) is not None}
    total, _ = _columns(t, v, opening)
    rows = [(lab, r) for r in t.rows if r is not total and not r.is_header and r.numbers
            and len(r.cells) == len(header.cells) and (lab := _label(r))]
    if not heads or not rows:
        return []
    timed = v["period"].search(_NOT_CJK.sub("", line))
    claims: dict[int, list[tuple[tuple[int, int], Quantity, tuple[Quantity, Quantity], bool]]] = {}
    near = _near(d, t)[0]
    # (a cheap word test first: no row's item in the prose near the table, no figure can name one)
    span = _NOT_CJK.sub("", _ASIDE.sub("", d.s[min((q.sentence[0] for q in near), default=0) : max(
        (q.start for q in near), default=0)]))
    if not any(lab in span for lab, _ in rows):
        return []
    for q in near:
        if q.index in tied or q.is_percent or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q) \
                or d.in_parentheses(q) or _reference(d, q) or is_rank(d, q):
            continue
        piece = d.s[d.last_before(";。\n", q.start) + 1 : q.start]
        clause = _NOT_CJK.sub("", _ASIDE.sub("", _CLAUSE_END.split(piece)[-1]))
        whole = _NOT_CJK.sub("", _ASIDE.sub("", piece))
        named = [(lab, r) for lab, r in rows if lab in whole]
        named = [(lab, r) for lab, r in named if not any(lab != o and lab in o for o, _ in named)]
        if len(named) != 1 or named[0][0] not in clause:
            continue  # no row named in its clause, or two in its piece ("撤销、…、责令履行三类…合计48件")
        label, row = named[0]
        # (read from the last figure before it: "…受理520件、东湖街道办结…" joins no two items)
        if _joined_with_another(_NOT_LISTED.sub("", re.split(r"\d", _ASIDE.sub("", piece))[-1]), label):
            continue  # "转办各乡镇和县直部门…件": the row's item joined with another counts both, neither row
        own = _figure_words(d, q)
        cls = v["narrower_class"].search(own.replace(label, ""))
        if cls and not any(cls.group(0) in w for w in (label, line, "".join(c.text for c in header.cells))):
            continue  # "城区中队查处占道经营类案件": one class (X类) of the cell's whole
        if _INTAKE.search(own) and not _INTAKE.search(label + "".join(header.cells[j].text for j in heads)):
            continue  # "受理行政许可申请2,866件" is no count of the row 行政许可 (decisions): restated._pairs' rule
        sentence = _ASIDE.sub("", d.s[q.sentence[0] : q.end])
        period = v["period"].search(sentence)
        if v["other_time"].search(sentence) or v["previous"].search(own) \
                or (period and timed and period.group(0) != timed.group(0)) \
                or (period and not timed and not _own_period(period.group(0), opening[: q.sentence[0]])):
            continue  # another time or period than the table's
        scored = []
        for j, c in row.numbers:
            if j not in heads:
                continue
            measure, units = heads[j]
            if counts_in_scale(header.cells[j].text):
                c = in_header_unit(c, header.cells[j].text)  # ("受理量(万件)": 34.26 is 342,600件)
                units = [c.unit]
            if (pair := _pair(q, units, c)) is None:
                continue
            core = _core(measure, q.unit or "")
            level, run, at, stop = _level(core, own)
            scored.append((level, run, c, pair, at, own[at:stop] if at >= 0 else "", core))
        if not scored:
            continue
        best = max(scored, key=lambda s: (s[0], s[1]))
        if best[0] == 0 or sum(1 for s in scored if (s[0], s[1]) == (best[0], best[1])) > 1:
            continue  # no column named, or two as well
        level, run, c, pair, at, said, core = best
        if c.index in tied or stage_told_apart(d, q, core, said):
            continue
        # (words before the measure other than the item and frame words: a kind of it, "以调解方式结案")
        rest = v["frame"].sub("", own[: max(at, 0)].replace(label, ""))
        rest = re.sub(r"案件|事项|方面|领域|共|达|为", "", rest)
        if (ch := v["channel"].search(rest)) and ch.group(0) not in said + core:
            continue  # "东湖街道来电受理诉求3,200件": a channel's part of the row's cell, never the cell
        sure = level == _NAMED and not rest and not _NEGATED.search(own[: max(at, 0)])
        claims.setdefault(c.index, []).append(((int(sure), run), q, pair, sure))
    out = []
    for cands in claims.values():
        top = max(k for k, *_ in cands)
        cands = [cd for cd in cands if cd[0] == top]
        if len(cands) != 1:
            continue
        _, q, pair, sure = cands[0]
        p, cell = pair
        if not sure and not _agrees(q, cell, pair):
            continue  # not named in full: the figures must confirm the pairing
        out.append((q, Relation("equal", "equal.restated_table", {"values": [p, cell]}, qualified=q.qualifier is not None)))
    return out
