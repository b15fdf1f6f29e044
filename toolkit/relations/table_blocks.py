"""The block of rows a table's total row adds up, when the rows above it run in two breakdowns.

A table of a flow of work (a 政府信息公开 application grid cut down to its rows, a 行政复议 table)
prints first what came in ("本年新收申请|16", "上年结转|1") and then what became of it ("予以公开|6",
"部分公开|2", … ). Those are two breakdowns of one flow, not one list: a "总计" printed after the
outcome rows is the outcomes' total (6 + 2 + … ), and the intake rows above are no parts of it. A total
row adds the rows of its own block: the rows after the last intake row, when those are outcomes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tables import Row
from .vocab import read_section

_MIN_BLOCK = 2  # (a block of one row is no breakdown: the rows are left as they are)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    return read_section("equalities.yaml", "table_blocks", lambda v, _: (re.compile(v["intake"]), re.compile(v["outcome"])))


def own_block(rows: list[Row]) -> list[Row]:
    """The rows (of ``rows``, the items above a total row) the total adds: the outcome rows after an
    intake block that opens the list; ``rows`` unchanged when they do not run in those two blocks."""
    intake, outcome = _words()
    heads = [r.head.strip() for r in rows]
    n = 0
    while n < len(heads) and intake.match(heads[n]) and not outcome.search(heads[n]):
        n += 1  # (the intake rows open the list, one after another)
    rest = heads[n:]
    if not n or len(rest) < _MIN_BLOCK or not outcome.search(rest[0]):
        return rows
    if any(intake.match(h) and not outcome.search(h) for h in rest):
        return rows  # intake rows among the outcomes: no two blocks to tell apart
    return rows[n:]
