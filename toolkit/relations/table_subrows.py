"""A table row numbered "(一)" whose rows below, numbered "1." "2." …, break it down.

"(一)收到申请数|件|23" over "1.当面申请数|件|4", "2.传真申请数|件|0", "3.网络申请数|件|16", "4.信函申请数|件|3"
(the disclosure report's form before 2019, and statistical tables laid out the same way): the
numbered rows are the kinds of the row above them, one kind each, so column by column they add
up to it (``sum.table_group``). Read only when the numbers run 1, 2, 3… from the first row under
the parent, at least two of them, every row holding as many figures as the parent; a row opened by
其中 is a highlight, not a numbered kind, and leaves the group unread. Numbers that start again at 1
with no "(…)" row before them say a parent row was lost (a rowspan flattened: the national form's
"(三)不予公开" over its eight reasons): no group of that table is read.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..tables import Table
from .model import Relation
from .table_figures import column_sums

_PARENT = re.compile(r"^[(（][一二三四五六七八九十]{1,3}[)）]")
_CHILD = re.compile(r"^(\d{1,2})[.、．](?!\d)")


def numbered_sub_rows(t: Table) -> list[Relation]:
    """Each "(一)" row with its numbered rows below it: one sum per column (module doc)."""
    out: list[Relation] = []
    rows = t.rows
    if _parents_lost(rows):
        return out
    for i, row in enumerate(rows):
        if not _PARENT.match(row.head) or not row.numbers:
            continue
        kids = []
        for r in rows[i + 1 :]:
            m = _CHILD.match(r.head)
            if m is None or int(m.group(1)) != len(kids) + 1:
                break
            kids.append(r)
        width = len(row.numbers)
        if len(kids) < 2 or any(len(r.numbers) != width for r in kids):
            continue
        if i + 1 + len(kids) < len(rows) and rows[i + 1 + len(kids)].head.startswith("其中"):
            continue  # ("…\n其中:…"): a highlight after the kinds, of which whole is unclear
        out += column_sums(row, kids, "sum.table_group")
    return out


def _parents_lost(rows: list) -> bool:
    """Does a row numbered "1." follow a numbered row directly (its parent row missing)?"""
    for a, b in pairwise(rows):
        m = _CHILD.match(b.head)
        if m is not None and m.group(1) == "1" and _CHILD.match(a.head):
            return True
    return False
