"""The requests of each kind of applicant, stated in the prose, are the cells of the national
政府信息公开 application table's row of new requests: "自然人提出88件,法人或其他组织提出16件" over
"|一、本年新收政府信息公开申请数量|88|11|0|0|5|0|104|".

The form's columns are fixed: natural persons (自然人), then the five kinds of legal persons and
other organisations (商业企业 … 其他), then the total. So the prose figure of natural persons equals
the row's first cell, and the figure of legal persons and other organisations is the sum of the
next five. The row is the one of new requests (``applicant_columns.row`` of catalog/equalities.yaml)
with seven figures under a header naming natural persons and the legal persons (or their first kind); the prose figure is the one near
the table whose own clause names one kind of applicant and not the other, in a sentence naming no
other row (carried in, closed, an outcome), when that sentence or the one before it in its paragraph
says the requests are the new ones (新收, 收到): "从申请主体看,自然人提出…" alone may count the
requests handled, those carried in too. Two such figures of one kind, or two application tables in the report: nothing.
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
_REACH = 6000
_WIDTH = 7  # 自然人, five kinds of legal persons, 总计


@lru_cache(maxsize=1)
def _vocab() -> dict[str, re.Pattern]:
    return read_section("equalities.yaml", "applicant_columns",
                        lambda v, _: {k: re.compile(str(v[k])) for k in ("row", "natural", "legal", "legal_columns", "other_row", "intake")})


def _new_requests(t: Table, v: dict[str, re.Pattern]) -> list[Quantity] | None:
    """The seven figures of the table's row of new requests, under a header naming both kinds
    (法人或其他组织 over its five columns, or only those columns when the header is one row)."""
    headers = _NOT_CJK.sub("", "".join(c.text for r in t.rows if r.is_header for c in r.cells))
    if not (v["natural"].search(headers) and v["legal_columns"].search(headers)):
        return None
    rows = [r for r in t.rows if not r.is_header and v["row"].search(_NOT_CJK.sub("", r.head))]
    if len(rows) != 1:
        return None
    cells = [q for _, q in rows[0].numbers if not q.is_percent]
    return cells if len(cells) == _WIDTH else None


def applicant_columns(d: _Doc, tables: list[Table]) -> list[Relation]:
    """The prose's figures of natural persons' and legal persons' requests against the table's row."""
    v = _vocab()
    out: list[Relation] = []
    forms = [(t, cells) for t in tables if (cells := _new_requests(t, v)) is not None]
    if len(forms) != 1:
        return out  # two application tables (of two bodies, or two drafts): which one the prose restates is open
    for t, cells in forms:
        near = d.in_range(max(0, t.rows[0].start - _REACH), t.rows[0].start)
        natural: list[Quantity] = []
        legal: list[Quantity] = []
        for q in near:
            if q.in_table or q.is_percent or q.is_money or is_delta(d, q) or is_previous(d, q) \
                    or d.in_parentheses(q):
                continue
            own = d.own_words(q)
            if v["other_row"].search(_NOT_CJK.sub("", d.s[q.sentence[0] : q.start])):
                continue  # "上年结转…自然人3件", "办结的申请中…": another row's figure
            if not v["intake"].search(_tied_text(d, q)):
                continue  # "从申请主体看,自然人提出…": of the requests handled (carried in too) or the new ones?
            says_natural, says_legal = bool(v["natural"].search(own)), bool(v["legal"].search(own))
            if says_natural and not says_legal:
                natural.append(q)
            elif says_legal and not says_natural:
                legal.append(q)
        if len(natural) == 1:
            out.append(Relation("equal", "equal.restated_table", {"values": [natural[0], cells[0]]}))
        if len(legal) == 1:
            out.append(Relation("sum", "sum.applicant_group", {"total": legal[0], "parts": cells[1 : _WIDTH - 1]}))
    return out


def _tied_text(d: _Doc, q: Quantity) -> str:
    """The figure's sentence and the one before it in its paragraph: where the text says which
    requests its applicants made ("全年新收申请104件…。其中,自然人提出88件")."""
    start = q.sentence[0]
    before = d.last_before("。\n", start - 1) + 1 if start and d.s[start - 1] == "。" else start
    return d.s[before : q.sentence[1]]
