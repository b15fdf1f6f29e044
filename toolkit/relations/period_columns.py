"""Columns of periods that add up: "指标|1-10月|1-9月|10月" -- in each row, the figure of the longer
period is the figures of the two periods that make it up (1-10月 = 1-9月 + 10月; 全年 = 上半年 +
下半年). Monthly and quarterly releases print the cumulative figure beside the one before and the
month's own.

Read narrowly: the headers name periods of one year (months, ranges of months, quarters, halves);
one column's months are exactly two others' months, neither overlapping; a row naming a stock, a
rate, a price or an average (余额, 年末, 增长%, 指数, 平均) is skipped -- those do not add across
periods; and the table's figures confirm the reading: two rows at least add up exactly, and as many
rows add up as do not. Each row is then a sum (a row that misses is a misprint in one of its cells).
"""

from __future__ import annotations

import itertools
import re

from ..tables import Row, Table
from .model import Relation, compatible

_RANGE = re.compile(r"^(\d{1,2})\s*[-—–~至]\s*(\d{1,2})月份?(?:累计)?$")
_MONTH = re.compile(r"^(\d{1,2})月份?$")
_NAMED = {"一季度": (1, 3), "二季度": (4, 6), "三季度": (7, 9), "四季度": (10, 12), "第一季度": (1, 3),
          "第二季度": (4, 6), "第三季度": (7, 9), "第四季度": (10, 12), "上半年": (1, 6), "下半年": (7, 12),
          "前三季度": (1, 9), "全年": (1, 12)}
_UNIT = re.compile(r"[(（][^()（）]*[)）]")
_YEAR = re.compile(r"^20\d\d年")
# rows whose figure does not add across periods: stocks at a date, rates, prices, indices, averages
_NOT_A_FLOW = re.compile(r"余额|年末|月末|期末|季末|年底|月底|存量|在册|在岗|企业数|户数|个数|家数|人数|从业"
                         r"|率|比重|占比|比例|%|‰|指数|价格|均|增长|增速|同比|环比|百分点")


def _months(head: str) -> tuple[int, int] | None:
    """The months a header names, (first, last); None for any other header."""
    h = _YEAR.sub("", _UNIT.sub("", re.sub(r"\s", "", head)))
    if (m := _RANGE.match(h)) is not None:
        a, b = int(m.group(1)), int(m.group(2))
        return (a, b) if 1 <= a < b <= 12 else None
    if (m := _MONTH.match(h)) is not None:
        n = int(m.group(1))
        return (n, n) if 1 <= n <= 12 else None
    return _NAMED.get(h)


def period_column_sums(tables: list[Table]) -> list[Relation]:
    """Each row's longer period as the sum of its two halves (module doc)."""
    out: list[Relation] = []
    for t in tables:
        header = next((r for r in t.rows if r.is_header), None)
        if header is None:
            continue
        spans = {j: m for j, c in enumerate(header.cells) if (m := _months(c.text)) is not None}
        body = [r for r in t.rows if r.start > header.start and not r.is_header and len(r.cells) == len(header.cells)
                and not _NOT_A_FLOW.search(r.head)]
        for whole, (a, b) in _triples(spans):
            out += _confirmed(body, whole, a, b)
    return out


def _triples(spans: dict[int, tuple[int, int]]) -> list[tuple[int, tuple[int, int]]]:
    """(whole column, (first part column, second part column)) where the two parts' months follow
    one another and make up exactly the whole's."""
    found = []
    for w, (lo, hi) in spans.items():
        for a, b in itertools.permutations(spans, 2):
            if w in (a, b):
                continue
            (a0, a1), (b0, b1) = spans[a], spans[b]
            if a0 == lo and a1 + 1 == b0 and b1 == hi:
                found.append((w, (a, b)))
    return found


def _confirmed(rows: list[Row], whole: int, a: int, b: int) -> list[Relation]:
    """The rows' sums, when the figures confirm the columns add up (module doc)."""
    rels, held = [], 0
    for r in rows:
        cells = [r.cells[j].quantity for j in (whole, a, b)]
        if any(q is None or q.is_percent for q in cells):
            continue
        total, p1, p2 = cells
        if not (compatible(total, p1) and compatible(total, p2)):  # type: ignore[arg-type]
            continue
        held += total.value == p1.value + p2.value  # type: ignore[union-attr]
        rels.append(Relation("sum", "sum.table_periods", {"total": total, "parts": [p1, p2]}))
    return rels if held >= 2 and 2 * held >= len(rels) else []
