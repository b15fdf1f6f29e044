"""A table's share column whose base is a figure of the prose before it.

"全年受理诉求186.42万件 … 受理量居前五位的领域见下表" over "|领域|数量(万件)|占受理总量比重|" rows:
the shares are of the 186.42万件 the text states, not of the rows' sum (the rows are a selection)
nor of the table's own total row (a 前五位合计 is one more part). The base is recognised the way an
auditor does: the one figure before the table that the rows' shares are of --
every row's part over it rounds to the printed share, all but one row at least (the one left is
the misprint the check reports). Three rows at least, so that two agree; a figure no row agrees
with, or two figures of different values that the rows agree with equally, decide nothing.

The cells of a column headed with a unit ("数量(万件)", "金额(亿元)") are read in that unit: a
figure of 21.36 under "(万件)" is 213,600件, to be compared with a prose figure of 万件.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..quantities import MONEY_UNITS, Quantity
from .implied import agrees_with
from .model import Relation, compatible
from .structure import _Doc

# "数量(万件)", "金额（亿元）", "人数(万人次)": the unit a column's cells are printed in.
_HEAD_UNIT = re.compile(r"[(（]\s*(?:单位[:：]\s*)?(万|亿)?([\u4e00-\u9fff]{1,3})\s*[)）]\s*$")
_SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000), None: Decimal(1)}
# Prose figures before the table looked at, at most. (No chapter bounds them: the base is often
# the report's total, stated in its first chapter; the rows' agreement is the test.)
_BEFORE = 60


def in_header_unit(q: Quantity, head: str) -> Quantity:
    """The cell's figure read in the unit its column's header prints (unchanged without one)."""
    m = _HEAD_UNIT.search(head)
    if m is None or q.unit or q.is_percent:
        return q
    scale, unit = m.group(1), m.group(2)
    if (scale or "") + unit in MONEY_UNITS or scale == "亿":
        return replace(q, unit=(scale or "") + unit)  # (money, and any figure in 亿, stays in its printed unit)
    k = _SCALE[scale]
    return replace(q, value=q.value * k, low=q.low * k, high=q.high * k, unit=unit)


# "件数", "人数": a header naming its count by its unit, bare cells under it counted in that unit
_COUNT_HEAD = re.compile(r"(件|人|户|家|起|宗|个|人次|件次|户次)数$")


def in_count_head_unit(q: Quantity, head: str) -> Quantity:
    """A bare cell under a header naming its count by a unit ("件数" over "98,612") read in that unit
    (a share column's base may then be a prose figure of the unit: "受理诉求68.42万件"); else unchanged."""
    m = _COUNT_HEAD.search(head.strip()) if not q.unit and not q.is_percent else None
    return replace(q, unit=m.group(1)) if m else q


def head_unit(head: str) -> str | None:
    """The unit a header prints its cells in ("检查单位(家)" -> 家, "数量(万件)" -> 件), None without one."""
    m = _HEAD_UNIT.search(head)
    return m.group(2) if m else None


def printed_rounded(q: Quantity, whole: bool = False) -> Quantity:
    """A cell printed rounded to its last digit (a share to 0.1, a count in 万件 to 0.01) read as
    the interval it stands for: rounded parts add up to their rounded total only within it.
    ``whole``: a figure printed to the unit is rounded too (an average, "月均|1,433")."""
    if not q.exact or (q.decimals <= 0 and not whole):
        return q
    half = Decimal(5).scaleb(-q.decimals - 1) * (q.value / Decimal(q.number.replace(",", "")) if q.value else 1)
    return replace(q, low=q.value - half, high=q.value + half)


def counts_in_scale(head: str) -> bool:
    """Does a column's header print counts in 万 or 亿 ("数量(万件)"), not money?"""
    m = _HEAD_UNIT.search(head)
    return bool(m and m.group(1) and (m.group(1) + m.group(2)) not in MONEY_UNITS and m.group(2) != "元")


def prose_base(d: _Doc, pairs: list[tuple[Quantity, Quantity]]) -> list[Quantity]:
    """The figures before the table that all the rows' shares but one at most are of, one per
    value, nearest first ([] when none): the first is the base, any other a reading."""
    if len(pairs) < 3:
        return []
    first = min(p.index for p, _ in pairs)
    top = max(p.value for p, _ in pairs)
    found: dict[Decimal, Quantity] = {}
    for q in reversed(d.qs[max(0, first - _BEFORE) : first]):
        if q.in_table or q.is_percent or not compatible(q, pairs[0][0]) or q.value < top or q.value in found:
            continue
        if q.is_money and q.unit != pairs[0][0].unit:
            continue  # (money is compared in one printed unit)
        agree = sum(1 for p in pairs if agrees_with([p], q.value))
        if agree >= max(2, len(pairs) - 1):
            found[q.value] = q
    return list(found.values())


def prose_base_shares(d: _Doc, pairs: list[tuple[Quantity, Quantity]]) -> list[Relation]:
    """Each row's share of the one prose figure the rows agree on (``prose_base``)."""
    bases = prose_base(d, pairs)
    if not bases:
        return []
    out = []
    for p, s in pairs:
        if p.value == bases[0].value and s.value != 100 and s.value == sum(t.value for q, t in pairs if q is not p):
            continue  # the total row's share printed as the sum of the rounded shares above it ("合计…100.1%")
        readings = [{"numerator": p, "denominator": b, "percent": s} for b in bases[1:]]
        out.append(Relation("ratio", "ratio.table_share", {"numerator": p, "denominator": bases[0], "percent": s},
                            readings=readings))
    return out


def _row_column(d: _Doc, q: Quantity) -> int | None:
    """The cell column of a figure in a table row ("|其中:税收收入|亿元|7.5|1.6|"), None outside one."""
    line = d.last_before("\n", q.start) + 1
    end = d.s.find("\n", q.start)
    if "|" not in d.s[line : end if end >= 0 else len(d.s)]:
        return None  # (rows with no leading "|" too: an HTML or Word table's "常住人口|512.36|100.0")
    return d.s.count("|", line, q.start)


def in_its_column(d: _Doc, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """A 其中 row of a table breaks down the cell of its column only: the row's other cells are other
    measures of the part ("|其中:税收收入|亿元|7.5|1.6|": 1.6 is its growth in %, no part of 9.8)."""
    col = _row_column(d, total)
    if col is None:
        return parts
    return [p for p in parts if _row_column(d, p) in (None, col)]


_MANNER = re.compile(r"按期|按时|及时|限时|当场|当日|一次性|直接|提前")


def manner_agrees(rate_head: str, count_head: str) -> bool:
    """A rate's column qualified by the manner of its work ("按时办结率") is of the count done so
    ("按时办结量"), not of a plain count's column ("办结"), and a plain rate is not of a qualified count."""
    return _MANNER.findall(rate_head) == _MANNER.findall(count_head)
