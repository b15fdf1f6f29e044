"""Share columns of a table without a 100 in their total row (tables._share_columns): of the total row's
figure when the row prints none ("合计|52,816|—"), else of the figure stated before the table or the
whole the rows imply."""

from __future__ import annotations

import re

from ..quantities import Quantity
from ..tables import Row
from .bases import adds_to_whole
from .implied import agrees_with, implied_whole
from .model import Relation, compatible
from .structure import _Doc
from .table_bases import in_count_head_unit, in_header_unit, prose_base_shares
from .table_changes import _cell
from .table_nesting import NESTED_ROW

_GROUP_ROW = re.compile(r"^[-—\s]*$")


def shares_of_total_row(data: list[Row], m: int, k: int, width: int, total_head: re.Pattern) -> list[Relation]:
    """"区县|受理量|占比(%)" over "合计|52,816|—": a share column whose total row prints no 100 is of the
    total row's figure, when the rows' shares agree with it but for one at most (three rows or more; a
    total row the shares are not of -- a selection's, a wider whole's -- leaves them to other readings).
    A whole printed first with no share of its own ("一般公共预算收入|286,430|—" over "税收收入|231,572|80.8",
    "非税收入|54,858|19.2") is the rows' whole when their shares add up to 100 and agree with it: the
    rows then add up to it too (or when the rows add up to it exactly: their shares are of it)."""
    body = [r for r in data if r.numbers and not r.is_header]
    if len(body) < 3 or len({len(r.cells) for r in body}) != 1 or len(body[0].cells) != width:
        return []
    first = not total_head.match(body[-1].head)
    total, rows = (body[0], body[1:]) if first else (body[-1], body[:-1])
    tq = _cell(total, m)
    if tq is None or tq.is_percent or _cell(total, k) is not None or (first and any(
            NESTED_ROW.match(r.head) or total_head.match(r.head) for r in rows)):
        return []
    pairs = [(q, c) for r in rows if (q := _cell(r, m)) is not None and (c := _cell(r, k)) is not None]
    if len(pairs) < (2 if first else 3) or len(pairs) != len(rows) \
            or any(q.is_percent or not compatible(q, tq) for q, _ in pairs):
        return []
    if first and not (adds_to_whole([c for _, c in pairs]) or sum(q.value for q, _ in pairs) == tq.value):
        return []  # (shares of a wider whole, rows that do not add up: the first row need not be their whole)
    if sum(1 for pair in pairs if agrees_with([pair], tq.value)) < len(pairs) - (0 if len(pairs) < 3 else 1):
        return []
    out = [Relation("ratio", "ratio.table_share", {"numerator": q, "denominator": tq, "percent": c})
           for q, c in pairs]
    if first:
        out.append(Relation("sum", "sum.table_total", {"total": tq, "parts": [q for q, _ in pairs]}))
    return out


_BEFORE_TABLE = 12  # figures before a table its rows' whole is looked for in


def shares_without_total(d: _Doc, data: list[Row], m: int, k: int, width: int,
                         header_text: str, unit_head: str = "") -> list[Relation]:
    """A share column with no total row: the rows are of the figure stated before the table that
    they add up to, else of the whole the rows and their shares imply (``implied``); nothing
    when the table has group rows or cells out of their columns."""

    percent_head = "%" in header_text  # "占比(%)": the share cells print no % of their own
    # ("诉求类别|件数|占比(%)": the cells are 件, as the prose's "受理诉求14.62万件" the shares may be of)
    pairs = []
    for r in data:
        if r.is_header:
            continue
        if all(_GROUP_ROW.match(c.text) for c in r.cells[1:]) or (r.numbers and len(r.cells) != width):
            return []
        num, share = _cell(r, m), _cell(r, k)
        if num is None and share is None:
            continue
        if num is None or share is None or num.is_percent or not (share.is_percent or (percent_head and not share.unit)):
            return []
        pairs.append((in_count_head_unit(in_header_unit(num, unit_head), unit_head), share))
    if len(pairs) < 2 or not all(compatible(pairs[0][0], p) for p, _ in pairs):
        return []
    parts = [p for p, _ in pairs]
    total = sum(p.value for p in parts)
    first = parts[0]
    base = next((q for q in reversed(d.qs[max(0, first.index - _BEFORE_TABLE) : first.index])
                 if not q.in_table and not q.is_percent and compatible(q, first) and q.value == total), None)
    if base is not None and not (agrees_with(pairs, base.value) if len(pairs) < 3 else _of_the_rows(pairs, base)):
        base = None
    if base is None:
        base = implied_whole(pairs, adds_up=adds_to_whole([c for _, c in pairs]))
    if base is None:
        return prose_base_shares(d, pairs)  # of a figure stated before the table, the rows a selection
    return [Relation("ratio", "ratio.table_share", {"numerator": p, "denominator": base, "percent": c})
            for p, c in pairs]


def _of_the_rows(pairs: list[tuple[Quantity, Quantity]], base: Quantity) -> bool:
    """Are the shares of the rows' sum ``base``? When they add up to 100%, or all rows' but one agree with it;
    shares adding up to less (38.1+17.8+10.8+8.7 "占规上工业比重") are of a wider whole the table omits."""
    return adds_to_whole([c for _, c in pairs]) or \
        sum(1 for pair in pairs if agrees_with([pair], base.value)) >= len(pairs) - 1
