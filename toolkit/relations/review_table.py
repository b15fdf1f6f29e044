"""The national 政府信息公开 table of 行政复议 and 行政诉讼 restated in the prose: "被申请行政复议
4件、被提起行政诉讼3件,其中行政复议被纠正2件" states the table's 复议 总计, the two 诉讼 总计
(未经复议直接起诉, 复议后起诉) together, and the 复议 结果纠正 cell.

The table is one row of the form's fifteen figures under headers naming 行政复议 and 行政诉讼
(``review_table`` of ``catalog/equalities.yaml``: which cell is which, and the words naming each
figure in the prose). A prose figure near the table whose own words end with those words is the
cell (or the sum of the two 诉讼 totals); two prose figures for one cell: nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from ..tables import Table
from .model import Relation
from .roles import is_delta, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_REACH = 1500


@lru_cache(maxsize=1)
def _form() -> dict:
    return read_section("equalities.yaml", "review_table", lambda f, _: {
        "width": int(f["width"]), "header": [re.compile(w) for w in f["header"]],
        "units": re.compile(f"^(?:{f['units']})$"),
        "cells": {name: ([int(k) for k in c["cells"]], re.compile(f"(?:{c['words']})$"))
                  for name, c in f["cells"].items()},
        "after": {name: (re.compile(c["after"]), str(c["of"])) for name, c in f["cells"].items() if "after" in c}})


def _row(t: Table, form: dict) -> list[Quantity] | None:
    """The table's one row of the form's figures, under headers naming both bodies."""
    heads = " ".join(c.text for r in t.rows if r.is_header for c in r.cells)
    if not all(h.search(heads) for h in form["header"]):
        return None
    rows = [r for r in t.rows if r.numbers]
    if len(rows) != 1 or len(rows[0].numbers) != form["width"]:
        return None
    figs = [q for _, q in rows[0].numbers]
    return None if any(q.is_percent for q in figs) else figs


def review_table(d: _Doc, tables: list[Table]) -> list[Relation]:
    """Each prose figure naming a cell (or the 诉讼 totals) of the 复议/诉讼 table, with it."""
    form = _form()
    out: list[Relation] = []
    for t in tables:
        figs = _row(t, form)
        if figs is None:
            continue
        near = d.in_range(max(0, t.rows[0].start - _REACH), t.rows[-1].start + _REACH)
        named: dict[str, list[Quantity]] = {}
        of: dict[int, str] = {}  # the cell each figure names, by its index
        for q in near:
            if q.in_table or not form["units"].match(q.unit or "") or is_delta(d, q) or is_previous(d, q) \
                    or d.in_parentheses(q):
                continue
            own = d.own_words(q)
            if re.search(r"上年|去年|同期", own):
                continue
            for name, (_, words) in form["cells"].items():
                if words.search(own):
                    named.setdefault(name, []).append(q)
                    of[q.index] = name
            for name, (after, whole) in form["after"].items():
                # "被申请行政复议4件,其中1件被纠正": a part of the figure before it, named after it
                prev = d.qs[q.index - 1] if q.index > 0 else None
                if prev is not None and prev.sentence == q.sentence and of.get(prev.index) == whole \
                        and re.fullmatch(r"[,，]?(?:其中)?", d.label(q).strip()) and after.search(d.after(q, 12)):
                    named.setdefault(name, []).append(q)
        for name, qs in named.items():
            if len(qs) != 1:
                continue
            cells = [figs[k] for k in form["cells"][name][0]]
            nonzero = [c for c in cells if c.value != 0]
            if len(cells) == 1 or len(nonzero) <= 1:
                cell = nonzero[0] if nonzero else cells[0]
                out.append(Relation("equal", "equal.review_table", {"values": [qs[0], cell]}))
            else:
                out.append(Relation("sum", "sum.review_table", {"total": qs[0], "parts": cells}))
    return out
