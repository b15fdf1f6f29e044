"""Tables of two years and their change column ("指标|2022年|2023年|增减(%)"): each row's change.

A row of counts or measures changes by the printed percent from the earlier year to the later; a
row of rates by the points printed (``sum.points``). Money and values added may grow at comparable
prices or on a comparable basis: their plain change passes, another is unverifiable, none fails;
prices and indices are left alone.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from ..tables import Row, Table
from .model import Relation, compatible
from .table_bases import printed_rounded


def _cell(row: Row, j: int) -> Quantity | None:
    return row.cells[j].quantity if j < len(row.cells) else None


_YEAR_HEAD = re.compile(r"^(20\d\d)年?(?:度|末)?(?:[(（][^()（）]{1,6}[)）])?$")  # (with its unit: "2023年(件)")
# A year's column naming its measure too ("2020年受理(件)|2019年受理(件)|同比(%)"): a pair of them naming
# the same measure is the two years' columns.
_YEAR_MEASURE_HEAD = re.compile(r"^(20\d\d)年度?([\u4e00-\u9fff]{1,6})(?:[(（][^()（）]{1,6}[)）])?$")


def year_columns(header: Row) -> list[tuple[int, int]]:
    """(year, column) of the header's two year columns ("2022年", "2023年(件)", or two naming one
    measure: "2020年受理(件)", "2019年受理(件)"); [] when there are not two."""
    years = [(int(m.group(1)), j) for j, c in enumerate(header.cells) if (m := _YEAR_HEAD.match(c.text))]
    if len(years) == 2:
        return sorted(years)
    named = [(m, j) for j, c in enumerate(header.cells) if (m := _YEAR_MEASURE_HEAD.match(c.text))]
    if not years and len(named) == 2 and named[0][0].group(2) == named[1][0].group(2):
        return sorted((int(m.group(1)), j) for m, j in named)
    return []


_CHANGE_HEAD = re.compile(r"(增减|增长|同比|环比|变化|增幅|比上年|升降)[^%]*(%|百分比)|(增幅|增速|增长率)")
_CHANGE_WORDS = re.compile(r"增减|增长|同比|变化|比上年|升降")
# Rows whose percent change may be at comparable prices or on a comparable basis, or in points, not
# the plain change of the two figures printed (money, a value added, a price or an index; a rate, a
# score). Measures (面积, 工作日) and counts change plainly.
_NOT_PLAIN_CHANGE = re.compile(r"率|比例|比重|占比|%|指数|价|元|值|额|GDP|人均|满意度|得分|分值|评分|实际")
# A table of rates beside their change in points ("网上办理率(%)|91.6|87.2|4.6个百分点").
_RATE_ROW = re.compile(r"率|比例|比重|占比|%")
_POINTS = ("个百分点", "百分点")


# Rows of an amount whose growth may be at comparable prices: money, values, totals of sales ("元", "值",
# "额"), never a rate, an index, a price or a score (a level of its own kind, not an amount).
_AMOUNT_ROW = re.compile(r"元|值|额|GDP")
# (a value added grows at comparable prices by rule -- price_basis reads its growth in prose with no
# previous level -- so its row is no check of the two figures at all)
_NOT_AN_AMOUNT = re.compile(r"率|比例|比重|占比|%|‰|指数|价|满意度|得分|分值|评分|生产总值|增加值|GDP")


def amount_row(cur: Quantity, words: str) -> bool:
    """Is the row's figure an amount (money, a value) whose printed growth may be real growth?"""
    return (cur.is_money or bool(_AMOUNT_ROW.search(words))) and not _NOT_AN_AMOUNT.search(words)


def _change_cell(c) -> Quantity | None:
    """A change column's cell: a percent, a number of points, or either printed with a minus."""
    q = c.quantity or c.fall
    return q if q is not None and (q.is_percent or q.unit in _POINTS) else None


def change_columns(t: Table) -> list[Relation]:
    """A table with a column per year and a change column ("指标|2022年|2023年|增减(%)"): in each
    row of counts or amounts, the change from the earlier year to the later one is the printed
    percent; in a row of rates a change in points ("3.5个百分点") is the difference of the two.
    Money and values added never fail, prices and indices are left alone (growth at comparable prices
    or on a comparable basis: "固定资产投资增速按可比口径计算")."""
    out: list[Relation] = []
    def is_change(r, j: int) -> bool:
        # "增减(%)", or "同比增减" over cells that are all percents or points ("9.9%", "-3.5个百分点")
        text = r.cells[j].text
        if _CHANGE_HEAD.search(text):
            return True
        rows = [row for row in t.rows if row.start > r.start and not row.is_header and len(row.cells) > j]
        # (a fall printed with its sign, "-22.0%", is read as a fall of the cell, not its quantity)
        return bool(_CHANGE_WORDS.search(text)) and bool(rows) and all(
            _change_cell(row.cells[j]) is not None for row in rows)

    header = next((r for r in t.rows if r.is_header and year_columns(r)
                   and any(is_change(r, j) for j in range(len(r.cells)))), None)
    if header is None:
        return out
    (y0, before), (y1, after) = year_columns(header)
    change = next(j for j in range(len(header.cells)) if is_change(header, j))
    if y1 != y0 + 1 or not max(before, after) < change:
        return out  # not this year against the last, or a change column before the years
    # (the years in either order: "指标|2024年|2023年|比上年增长(%)" prints this year first)
    width = len(header.cells)
    for r in t.rows:
        if r.start <= header.start or r.is_header or len(r.cells) != width:
            continue
        prev, cur, pct = (_cell(r, j) for j in (before, after, change))
        fall = r.cells[change].fall if pct is None else None  # "-20.0"
        if prev is None or cur is None or (pct or fall) is None or not compatible(prev, cur):
            continue  # a cell not read, or of another kind
        sign = -1 if fall is not None else 1
        step = pct or fall
        if step.unit in _POINTS:  # type: ignore[union-attr]
            if _RATE_ROW.search(r.head) or prev.is_percent:
                prev, cur, step = printed_rounded(prev), printed_rounded(cur), printed_rounded(step)  # type: ignore[arg-type]
                out.append(Relation("sum", "sum.points", {"total": cur, "parts": [prev, step]} if sign > 0
                                    else {"total": prev, "parts": [cur, step]}))
            continue
        if prev.is_percent or cur.is_percent:
            continue
        if _NOT_PLAIN_CHANGE.search(r.head) or cur.is_money:
            if amount_row(cur, r.head):
                # (growth at comparable prices, maybe: the plain change of the two figures passes, any
                # other is unverifiable, never a failure)
                out.append(Relation("change", "change.table", {"current": cur, "percent": step}, previous=prev,
                                    sign=sign, exhaustive=False))
            continue
        out.append(Relation("change", "change.table", {"current": cur, "percent": step}, previous=prev, sign=sign))
    return out


# A difference column in the rows' own unit ("增减", "增减(件)", "比上年增减"): no percent, no points.
_DIFFERENCE_HEAD = re.compile(r"^(?:比上年|同比)?增减(?:数|量)?(?:[(（][^%％()（）]{1,6}[)）])?$")


def difference_columns(t: Table) -> list[Relation]:
    """A table with a column per year and a difference column in the rows' unit ("项目|2020年|2021年|
    增减" over "行政许可(件)|74|86|12"): in each row the later year is the earlier plus the difference
    (a fall, "-6", the earlier is the later plus it)."""
    out: list[Relation] = []
    header = next((r for r in t.rows if r.is_header and year_columns(r)
                   and sum(1 for c in r.cells if _DIFFERENCE_HEAD.match(c.text)) == 1), None)
    if header is None:
        return out
    (y0, before), (y1, after) = year_columns(header)
    diff = next(j for j, c in enumerate(header.cells) if _DIFFERENCE_HEAD.match(c.text))
    if y1 != y0 + 1 or not max(before, after) < diff:
        return out
    width = len(header.cells)
    for r in t.rows:
        if r.start <= header.start or r.is_header or len(r.cells) != width or _RATE_ROW.search(r.head):
            continue
        prev, cur = _cell(r, before), _cell(r, after)
        rise, fall = r.cells[diff].quantity, r.cells[diff].fall
        step = rise or fall
        if prev is None or cur is None or step is None or any(q.is_percent for q in (prev, cur, step)) \
                or step.unit in _POINTS or not (compatible(prev, cur) and compatible(prev, step)):
            continue
        out.append(Relation("sum", "sum.difference", {"total": cur, "parts": [prev, step]} if rise is not None
                            else {"total": prev, "parts": [cur, step]}))
    return out
