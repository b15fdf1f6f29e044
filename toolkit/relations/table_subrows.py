"""A table row numbered "(一)" whose rows below, numbered "1." "2." …, break it down.

"(一)收到申请数|件|23" over "1.当面申请数|件|4", "2.传真申请数|件|0", "3.网络申请数|件|16", "4.信函申请数|件|3"
(the disclosure report's form before 2019, and statistical tables laid out the same way): the
numbered rows are the kinds of the row above them, one kind each, so column by column they add
up to it (``sum.table_group``). Read only when the numbers run 1, 2, 3… from the first row under
the parent, at least two of them, every row holding as many figures as the parent; a row opened by
其中 is a highlight, not a numbered kind, and leaves the group unread. Numbers that start again at 1
with no "(…)" row before them say a parent row was lost (a rowspan flattened: the national form's
"(三)不予公开" over its eight reasons): no group of that table is read.

The levels of the form nest the same way one step up: a "四、行政复议数量|件|2" row over "(一)维持…",
"(二)被依法纠错…", "(三)其他情形…". Rows of a deeper level under a numbered row are that row's own
and are passed over; so is a block opened by 其中 under one numbered row when the next number follows
it (the block is that row's: "4.不同意公开答复数" over "其中:涉及国家秘密", …, then "5."). Such a block
is a highlight -- except when its last row names the rest ("其他情形"): then it lists every kind of
its row, and adds up to it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..tables import Table
from .model import Relation
from .table_figures import column_sums

_CN = "一二三四五六七八九十"
# The levels of a numbered form, outermost first: "一、", "(一)", "1.", "(1)".
_LEVELS = (re.compile(r"^([一二三四五六七八九十]{1,3})、"), re.compile(r"^[(（]([一二三四五六七八九十]{1,3})[)）]"),
           re.compile(r"^(\d{1,2})[.、．](?!\d)"), re.compile(r"^[(（](\d{1,2})[)）]"))
_CHILD = _LEVELS[2]
_REST = re.compile(r"其他|其它|其余")
_TOTAL = re.compile(r"总计|合计|小计")


def _numbered(head: str) -> tuple[int, int] | None:
    """The level and the number of a row's head ("(三)…" -> (1, 3)); None when it is not numbered."""
    for level, pattern in enumerate(_LEVELS):
        m = pattern.match(head)
        if m is not None:
            n = m.group(1)
            return level, (int(n) if n.isdigit() else _cn_number(n))
    return None


def _cn_number(n: str) -> int:
    """"三" -> 3, "十二" -> 12 (the numbers a form's headings use)."""
    if n == "十":
        return 10
    if n.startswith("十"):
        return 10 + _CN.index(n[1]) + 1
    if "十" in n:
        tens, _, ones = n.partition("十")
        return 10 * (_CN.index(tens) + 1) + (_CN.index(ones) + 1 if ones else 0)
    return _CN.index(n) + 1 if len(n) == 1 else 0


def numbered_sub_rows(t: Table) -> list[Relation]:
    """Each numbered row with its numbered rows one level below it: one sum per column (module doc)."""
    out: list[Relation] = []
    rows = t.rows
    if _parents_lost(rows):
        return out
    for i, row in enumerate(rows):
        at = _numbered(row.head)
        if at is None or at[0] > 1 or not row.numbers:
            continue
        kids, blocks, k = [], [], i + 1
        while k < len(rows):
            got = _numbered(rows[k].head)
            if got == (at[0] + 1, len(kids) + 1):
                kids.append(rows[k])
                k += 1
                continue
            if got is not None and got[0] > at[0] + 1 and kids:
                k += 1  # a deeper row: the last kind's own
                continue
            block = _other_block(rows, k) if kids else 0
            nxt = _numbered(rows[k + block].head) if block and k + block < len(rows) else None
            if not block or nxt != (at[0] + 1, len(kids) + 1):
                break  # (a 其中 block after the last kind: of which row, unclear)
            blocks.append((kids[-1], rows[k : k + block]))
            k += block
        width = len(row.numbers)
        if len(kids) < 2 or any(len(r.numbers) != width for r in kids) or any(_TOTAL.search(r.head) for r in kids):
            continue  # (kinds closed by a "(七)总计" of their own: the national form's, not the row above's)
        if at[0] == 0 and _next_heading_skips(rows, i, at):
            continue  # ("二、上年结转…" then "(一)予以公开"…"四、…": the "三、" row over the kinds was lost)
        if k < len(rows) and rows[k].head.startswith("其中"):
            continue  # ("…\n其中:…"): a highlight after the kinds, of which whole is unclear
        out += column_sums(row, kids, "sum.table_group")
        for kind, block in blocks:
            if len(block) >= 2 and _REST.search(block[-1].head) and all(len(r.numbers) == width for r in block):
                out += column_sums(kind, block, "sum.table_group")  # every kind of it, the rest named
    return out


def _next_heading_skips(rows: list, i: int, at: tuple[int, int]) -> bool:
    """Is the next row of the level of row ``i`` numbered other than the one after it (a row lost)?"""
    nxt = next((got for r in rows[i + 1 :] if (got := _numbered(r.head)) is not None and got[0] <= at[0]), None)
    return nxt is not None and nxt != (at[0], at[1] + 1)


def _other_block(rows: list, k: int) -> int:
    """The length of the block opened by 其中 at row ``k``: that row and the unnumbered rows after it."""
    if not rows[k].head.startswith("其中"):
        return 0
    n = 1
    while k + n < len(rows) and _numbered(rows[k + n].head) is None and rows[k + n].numbers:
        n += 1
    return n


def _parents_lost(rows: list) -> bool:
    """Does a row numbered "1." follow a numbered row directly (its parent row missing)?"""
    for a, b in pairwise(rows):
        m = _CHILD.match(b.head)
        if m is not None and m.group(1) == "1" and _CHILD.match(a.head):
            return True
    return False
