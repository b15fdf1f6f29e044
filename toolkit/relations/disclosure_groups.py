"""A group of the national 政府信息公开 application table restated in the prose: "不予公开16件"
is the sum of the group's numbered rows ("1.属于国家秘密" … "8.属于行政查询事项"), each counted
in the table's 总计 column.

The table prints the results from "(一)予以公开" to "(七)总计"; the groups with numbered rows
are, in the national form's order, ``disclosure_groups`` of ``catalog/equalities.yaml`` (name and
number of rows). A run of numbered rows is a group when its rows name it ("(三)不予公开1.…"), or,
when no row names one (a flattened rowspan), when the runs match the form's groups in order and
length. The prose figure is the one near the table whose own words end with the group's name,
counted in 件; two such figures: nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from ..tables import Row, Table, row_totals
from .model import Relation
from .reading import label_words
from .roles import is_delta, is_previous
from .structure import _Doc
from .vocab import read_section

_TOTAL = re.compile(r"^\(([一二三四五六七八九十]{1,3})\)\s*(?:总计|合计)$")
_FIRST = re.compile(r"^(?:[一二三四五六七八九十]+、[^()]*)?\(一\)")
_NUMBERED = re.compile(r"(?:^|\))[^\d()]{0,8}?(\d{1,2})[.、．]")
_ASIDE = re.compile(r"\([^()]*\)")
_CLAUSE_END = re.compile(r"[,;:、。]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_REACH = 6000
# words giving the reason before an outcome ("属于…而不予公开", "以涉及商业秘密为由不予公开"): that reason's
# row of the group, not the group
_REASON = re.compile(r"而$|^(?:属于|属|系|涉及|以)[\u4e00-\u9fff]{2,}|为由$")


@lru_cache(maxsize=1)
def _groups() -> list[tuple[str, int]]:
    return read_section("equalities.yaml", "disclosure_groups",
                        lambda groups, _: [(str(g["name"]), int(g["rows"])) for g in groups])


def _label(row: Row) -> str:
    """The row's words before its first figure, every cell of them: a group's cell spanning its
    rows shares the first one with the first numbered item ("(三)不予公开|1.属于国家秘密|0|…"),
    and the item's number is what the runs are read by."""
    first = next((j for j, c in enumerate(row.cells) if c.quantity is not None), len(row.cells))
    return "".join(c.text.strip() for c in row.cells[:first] if c.text)


def _runs(rows: list[Row]) -> list[list[Row]]:
    """The runs of numbered rows (1., 2., … each one more than the one before)."""
    runs: list[list[Row]] = []
    last = 0
    for row in rows:
        m = _NUMBERED.search(_label(row))
        n = int(m.group(1)) if m else 0
        if n == 1:
            runs.append([row])
        elif n and n == last + 1 and runs:
            runs[-1].append(row)
        else:
            n = 0
        last = n
    return runs


def _named_runs(t: Table) -> list[tuple[str, list[Row]]]:
    """Each group of the table's results with its numbered rows."""
    groups = _groups()
    names = [n for n, _ in groups]
    end = next((i for i, r in enumerate(t.rows) if _TOTAL.match(_label(r))), None)
    if end is None:
        return []
    start = next((i for i in range(end - 1, -1, -1) if _FIRST.match(_label(t.rows[i]))), None)
    if start is None:
        return []
    runs = _runs(t.rows[start:end])
    named = []
    for run in runs:
        said = {n for n in names for r in run if n in _label(r).split(".")[0]}
        named.append(next(iter(said)) if len(said) == 1 else None)
    if all(n is None for n in named) and [len(r) for r in runs] == [k for _, k in groups]:
        named = names  # no row names its group: the form's groups, in order
    return [(n, run) for n, run in zip(named, runs, strict=True) if n is not None]


def disclosure_groups(d: _Doc, tables: list[Table]) -> list[Relation]:
    """The prose figure of each group of the application table, as the sum of its rows."""
    out: list[Relation] = []
    totals = row_totals(tables) if tables else {}
    for t in tables:
        groups = _named_runs(t)
        if not groups:
            continue
        cells: dict[str, list[Quantity]] = {}
        reasons: dict[str, list[tuple[str, Quantity]]] = {}  # each group's rows: (the reason's words, 总计 cell)
        for name, run in groups:
            figs = [totals.get(r.numbers[0][1].index) if r.numbers else None for r in run]
            if any(f is None or f.is_percent for f in figs):
                continue  # a row without its 总计 cell: the group's sum is not read
            cells[name] = figs  # type: ignore[assignment]
            reasons[name] = [(_NOT_CJK.sub("", re.split(r"\d{1,2}[.、．]", _label(r))[-1]), f)
                             for r, f in zip(run, figs, strict=True)]
        if not cells:
            continue
        near = d.in_range(max(0, t.rows[0].start - _REACH), t.rows[-1].start + _REACH // 4)
        named: dict[str, list[Quantity]] = {}
        for q in near:
            if q.in_table or q.unit != "件" or is_delta(d, q) or is_previous(d, q) or d.in_parentheses(q):
                continue
            own = _NOT_CJK.sub("", _CLAUSE_END.split(_ASIDE.sub("", d.label(q)))[-1])
            if "其中" in own or re.search(r"上年|去年|同期", own) or ("因" in own and "等" not in own):
                continue  # a part, another year, or one reason ("因本机关不掌握…而无法提供的": its row)
            for name in cells:
                if own.endswith(name) or own.endswith(name + "的"):
                    reason = own[: own.rfind(name)]
                    if _REASON.search(reason):
                        # "属于行政执法案卷而不予公开的21件": the reason's row, not the group
                        rows = [f for words, f in reasons[name] if len(words) >= 2 and words in reason]
                        if len(rows) == 1:
                            out.append(Relation("equal", "equal.restated_table", {"values": [q, rows[0]]}))
                        continue
                    named.setdefault(name, []).append(q)
        for name, qs in named.items():
            if len(qs) > 1:  # "不予处理7件…不予处理的7件占比为13.1%": the one named plainly
                qs = [q for q in qs if not label_words(d, q).endswith(name + "的")]
            if len(qs) != 1:
                continue
            parts = [f for f in cells[name] if f.value != 0] or cells[name]
            if len(parts) == 1 and parts[0].value == qs[0].value:
                # one row holds the group: the prose restates that row
                out.append(Relation("equal", "equal.restated_table", {"values": [qs[0], parts[0]]}))
            else:
                # (a prose figure that is not the one row holding anything is the group's, not the
                # row's: "无法提供10件" over rows 9, 0, 0 -- the sum of every row fails, no equality)
                out.append(Relation("sum", "sum.disclosure_group", {"total": qs[0], "parts": cells[name]
                                                                     if len(parts) == 1 else parts}))
    return out
