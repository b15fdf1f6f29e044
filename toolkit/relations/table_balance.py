"""The national disclosure table's identity, printed over it ("第一项加第二项之和,等于第三项加第四项之和"):
column by column, what came in new and what was carried in equal the outcomes' total and what is
carried out into the next year."""

from __future__ import annotations

import re

from ..tables import Row, Table
from .flows import flow_vocabulary
from .model import Relation
from .table_figures import _tail_unread

_ORDINAL_TOTAL = re.compile(r"^\(([一二三四五六七八九十]{1,3})\)\s*(总计|合计)$")

_FIRST_ITEM = re.compile(r"^一、")
_SECOND_ITEM = re.compile(r"^二、")
_FOURTH_ITEM = re.compile(r"^四、")


def balance_rows(t: Table) -> list[Relation]:
    """The national disclosure table's identity, printed over it ("第一项加第二项之和,等于第三项加
    第四项之和"): column by column, "一、本年新收" + "二、上年结转" = the outcomes' "(七)总计" +
    "四、结转下年度". A sum names one total, so a column is checked where one carry row is 0
    (new = outcomes + forward, or outcomes = new + carried in); where both carry rows hold work the
    identity has two figures a side and is left to the row and column sums."""

    words = {fid: parts for fid, _, parts in flow_vocabulary()}
    new_w, in_w = words["received.new.carried_in"]
    out_w = words["handled.closed.carried_out"][1]
    rows = t.rows
    first = next((i for i, r in enumerate(rows) if _FIRST_ITEM.match(r.head) and new_w.search(r.head)), None)
    if first is None:
        return _bare_balance_rows(t, new_w, in_w, out_w)
    second = next((i for i in range(first + 1, len(rows))
                   if _SECOND_ITEM.match(rows[i].head) and in_w.search(rows[i].head)), None)
    fourth = next((i for i in range((second or 0) + 1, len(rows))
                   if _FOURTH_ITEM.match(rows[i].head) and out_w.search(rows[i].head)), None)
    if second is None or fourth is None:
        return []
    total = next((i for i in range(fourth - 1, second, -1)
                  if any(_ORDINAL_TOTAL.match(c.text) for c in rows[i].cells)), None)
    if total is None:
        return []
    return _balance_columns([rows[i] for i in (first, second, total, fourth)])


_BARE_TOTAL = re.compile(r"^(?:总计|合计)$")


def _bare_balance_rows(t: Table, new_w: re.Pattern, in_w: re.Pattern, out_w: re.Pattern) -> list[Relation]:
    """The same identity in a table printing the form's rows without their numbers ("本年新收|47|6|53",
    "上年结转|0|0|0", the outcomes, "总计|45|5|50", "结转下年度|2|1|3"): the rows are read by their
    words alone, so each must open with them and stand where the form puts it -- carried in right
    under new, carried out right under the outcomes' total."""
    rows = t.rows
    heads = [r.head.strip() for r in rows]
    first = next((i for i, h in enumerate(heads) if new_w.match(h)), None)
    if first is None or first + 1 >= len(rows) or not in_w.match(heads[first + 1]):
        return []
    fourth = next((i for i in range(first + 3, len(rows)) if out_w.match(heads[i])), None)
    if fourth is None or not _BARE_TOTAL.match(heads[fourth - 1]):
        return []
    return _balance_columns([rows[first], rows[first + 1], rows[fourth - 1], rows[fourth]])


def _balance_columns(four: list[Row]) -> list[Relation]:
    """Column by column, new + carried in = outcomes + carried out, where one carry row is 0."""
    width = len(four[0].numbers)
    if width < 1 or any(len(r.numbers) != width or _tail_unread(r, width) for r in four):
        return []  # a row of another shape, or a cell the toolkit cannot read
    out: list[Relation] = []
    for col in range(width):
        new, carried_in, outcomes, forward = (r.numbers[col][1] for r in four)
        if any(q.is_percent for q in (new, carried_in, outcomes, forward)):
            continue
        if carried_in.value == 0:
            out.append(Relation("sum", "sum.table_balance", {"total": new, "parts": [outcomes, forward]}))
        elif forward.value == 0:
            out.append(Relation("sum", "sum.table_balance", {"total": outcomes, "parts": [new, carried_in]}))
    return out
