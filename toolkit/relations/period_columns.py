"""Columns of periods that add up (sum.period_columns): "指标|1-10月|1-9月|10月" -- in each row the
figure of the months so far is the figure of the months before plus the month's; "一季度|二季度|上半年"
likewise. A monthly or quarterly report prints its running total beside its parts so.

Each header cell is read as a span of months of one year ("1-10月" 1..10, "10月" 10..10, "二季度" 4..6,
"上半年" 1..6, "前三季度" 1..9, "全年" 1..12). A column whose span is tiled exactly by other columns'
spans, contiguous and without overlap, in one way only, is their total in every row. Not in a row of
rates, changes, averages, prices or indices (a growth rate of 1-10月 is no sum of two), nor in a
table with two header rows (columns of two measures under one period), nor where a header names a
previous year ("上年1-9月") or a change.
"""

from __future__ import annotations

import re

from ..tables import Table
from .model import Relation
from .table_figures import not_summed_table

_RANGE = re.compile(r"^(?:\d{4}年)?(\d{1,2})(?:月份?)?\s*[-—~至到]\s*(\d{1,2})月(?:份)?(?:累计)?$")
_MONTH = re.compile(r"^(?:\d{4}年)?(?:本月)?(\d{1,2})月(?:份)?(?:当月)?$")
_QUARTER = re.compile(r"^(?:\d{4}年)?第?([一二三四1-4])季度$")
_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NAMED = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "全年": (1, 12)}
_UNIT = re.compile(r"[(（][^()（）]*[)）]")
# rows whose figures do not add across periods: rates, changes, averages, prices, indices, balances
_NOT_ADDITIVE = re.compile(r"率|增速|增长|增幅|下降|增减|同比|环比|比重|占比|%|％|平均|均价|人均|价格|指数|余额|年末|期末|单价")


def months_span(head: str) -> tuple[int, int] | None:
    """The months a header cell names, first and last, or None."""
    h = re.sub(r"\s", "", _UNIT.sub("", head))
    if m := _RANGE.match(h):
        a, b = int(m.group(1)), int(m.group(2))
        return (a, b) if 1 <= a < b <= 12 else None
    if m := _MONTH.match(h):
        n = int(m.group(1))
        return (n, n) if 1 <= n <= 12 else None
    if m := _QUARTER.match(h):
        q = _Q[m.group(1)]
        return (3 * q - 2, 3 * q)
    return _NAMED.get(h)


def _tilings(whole: tuple[int, int], spans: dict[int, tuple[int, int]], at: int) -> list[list[int]]:
    """The ways columns' spans tile ``whole`` from month ``at`` on, contiguous, each inside it."""
    if at > whole[1]:
        return [[]]
    out = []
    for j, (a, b) in spans.items():
        if a == at and b <= whole[1] and (a, b) != whole:
            out += [[j, *rest] for rest in _tilings(whole, spans, b + 1)]
    return out


def period_columns(t: Table) -> list[Relation]:
    """Each row's running-total cell as the sum of the cells of the periods it is made of (module doc)."""
    headers = [r for r in t.rows if r.is_header and not all(set(c.text) <= set("-: ") for c in r.cells)]
    if len(headers) != 1 or not_summed_table(t) or _NOT_ADDITIVE.search(t.caption) \
            or any(_NOT_ADDITIVE.search(c.text) for c in headers[0].cells):
        return []  # ("2024年各季度平均房价", "指标|均价(元)|…": figures no period adds to another's)
    header = headers[0]
    spans = {j: s for j, c in enumerate(header.cells) if (s := months_span(c.text)) is not None}
    if len(spans) < 3:
        return []
    out: list[Relation] = []
    for k, whole in spans.items():
        ways = _tilings(whole, spans, whole[0])
        if len(ways) != 1 or len(ways[0]) < 2:
            continue
        parts = ways[0]
        rows = []
        for row in t.rows:
            if row.is_header or len(row.cells) != len(header.cells) or _NOT_ADDITIVE.search(row.head):
                continue
            cells = [row.cells[j].quantity for j in [k, *parts]]
            if any(q is None or q.is_percent for q in cells):
                continue
            rows.append(cells)
        # The figures confirm the reading (fa51): a row at least adds up exactly, and as many as do not --
        # a table of growth rates printed without their % ("用电量|6.1|5.8|7.9") adds up in no row.
        adds = sum(1 for c in rows if sum(q.value for q in c[1:]) == c[0].value)
        if adds and 2 * adds >= len(rows):
            out += [Relation("sum", "sum.period_columns", {"total": c[0], "parts": c[1:]}) for c in rows]
    return out


# A column of each row's own period ("当季", "单季", "当月", "本月") beside one of the year to date ("累计").
_OWN_PERIOD_HEAD = re.compile(r"^(?:当季|单季|本季|当月|本月|当期|本期)(?:度)?(?:完成|实现|数|值)?$")
_RUNNING_HEAD = re.compile(r"^(?:累计|本年累计|全年累计|累计完成|累计实现)(?:数|值)?$")


def running_rows(t: Table) -> list[Relation]:
    """Rows of periods in sequence ("一季度", "二季度", … or "1月", "2月", …) with a column of the period's
    own figure and one of the year to date: each row's 累计 is the row above's 累计 plus its own period's
    figure; the first period's (from January) 累计 is its own figure. Believed, as ``period_columns``, when
    most rows add up exactly."""
    headers = [r for r in t.rows if r.is_header and not all(set(c.text) <= set("-: ") for c in r.cells)]
    # (the caption's last sentence titles the table: a paragraph before it may print a growth of its own)
    title = [p for p in re.split(r"[。!?\n]", t.caption) if p.strip()][-1:]
    if len(headers) != 1 or not_summed_table(t) or (title and _NOT_ADDITIVE.search(title[0])):
        return []
    heads = [re.sub(r"\s", "", _UNIT.sub("", c.text)) for c in headers[0].cells]
    own = [j for j, h in enumerate(heads) if _OWN_PERIOD_HEAD.match(h)]
    run = [j for j, h in enumerate(heads) if _RUNNING_HEAD.match(h)]
    if len(own) != 1 or len(run) != 1:
        return []  # (two measures, each with its two columns: no one pair)
    width = len(headers[0].cells)
    rows = [(s, r) for r in t.rows if not r.is_header and len(r.cells) == width and (s := months_span(r.head)) is not None]
    out: list[Relation] = []
    checked = adds = 0
    for k, (span, r) in enumerate(rows):
        part, total = r.cells[own[0]].quantity, r.cells[run[0]].quantity
        if part is None or total is None or part.is_percent or total.is_percent:
            continue
        if span[0] == 1:
            out.append(Relation("equal", "equal.running_first", {"values": [part, total]}))
            continue
        before = rows[k - 1] if k else None
        (a, b) = before[0] if before is not None else (0, 0)
        if before is None or b + 1 != span[0] or b - a != span[1] - span[0]:
            continue  # (the row above is not the period just before: a gap, a 合计 row)
        above = before[1].cells[run[0]].quantity
        if above is None or above.is_percent:
            continue
        checked += 1
        adds += above.value + part.value == total.value
        out.append(Relation("sum", "sum.period_columns", {"total": total, "parts": [above, part]}))
    # (the figures confirm the reading: a table of rates printed without % adds up in no row)
    return out if adds and 2 * adds >= checked else []
