"""Funnels across the columns of a table: "年度|收到申请(件)|受理(件)|审结(件)" -- in each row, the
figure under a later stage of a process is at most the figure under the stage before it
(``bound.stage``, as ``bounds`` reads prose). The header's cells are read by the stage
vocabulary of ``catalog/stages.yaml``. Read only where the columns leave one reading:

* one header row, and the row has as many cells (spanned headers may shift the columns);
* the columns a process names have strictly rising stages from left to right (two columns of one
  stage, or a later stage left of an earlier one, leave the pairing open: none is read);
* no column names a rate, a change or a previous period (受理率, 同比增长, 上年审结);
* neither the table's caption (the line above it) nor its cells speak of carried-over work
  (``carry_over``: 上年结转…), which a later stage may hold;
* the two columns (rows) are counted alike where their headers print units ("检查单位(家)" beside
  "发现问题(个)" counts units inspected and the problems found in them, several a unit: two measures).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..quantities import Quantity
from ..tables import _PERIOD_ROW, _WHOLE_PERIOD_ROW, Table
from .closings import _carried_in
from .model import Relation, compatible
from .stages import load_stages, stages_in
from .structure import _Doc
from .table_bases import head_unit
from .vocab import read_section

_UNIT = re.compile(r"\([^()]*\)")  # "受理(件)": the unit the column is counted in
# (增减, 变化, 升降: a column of the changes from one year to the next, whose cells bound nothing)
# (a header opening with 占, or printing % as its unit, heads shares: "占上一环节(%)" is a rate per row)
_NOT_A_STAGE = re.compile(r"率|平均|均值|人均|指数|比例|比重|占比|增减|变化|变动|升降|增幅|降幅|^占")
_RATE_UNIT = re.compile(r"[%‰]")  # a unit of a share or rate, printed in the header


def table_funnels(d: _Doc, t: Table) -> list[Relation]:
    """Each later stage's cell bounded by the earlier stage's, row by row (module doc), and down the
    rows of a table whose rows name the stages (``_row_funnels``)."""
    return _column_funnels(d, t) + _row_funnels(d, t)


def _row_funnels(d: _Doc, t: Table) -> list[Relation]:
    """"项目|数量(件)" over rows "收到申请|312", "受理|298", "审结|286": the rows' labels name stages of
    a process rising from top to bottom (strictly, as the columns'); in each column the cell of a
    later stage is at most the cell of the stage before it. Not in a column of rates or changes,
    nor where carried-over work is spoken of."""
    v = load_stages()
    if v.carry_over.search(t.caption) or any(v.carry_over.search(c.text) for r in t.rows for c in r.cells):
        return []
    header = next((r for r in t.rows if r.is_header), None)
    body = [r for r in t.rows if not r.is_header and r.cells]
    if any(r.numbers and len(r.cells) > 1 and r.cells[0].text and r.cells[1].quantity is None and r.cells[1].text
           for r in body):
        return []  # two label columns ("受理|咨询|200", a group's label over its items): the first names no row's stage
    if _all_summed(body):
        return []  # rows adding up to a 合计 row are kinds side by side, no stages of one process
    read = [_stages_of(v, _UNIT.sub("", r.cells[0].text)) if r.cells[0].quantity is None else {} for r in body]
    pairs: list[tuple[int, int]] = []
    for pid, _levels in v.processes:
        named = [(i, stages[pid]) for i, stages in enumerate(read) if pid in stages]
        if len(named) < 2 or any(a[1] >= b[1] for a, b in itertools.pairwise(named)):
            continue
        pairs += [(a[0], b[0]) for a, b in itertools.pairwise(named)]
    out: list[Relation] = []
    for i, k in dict.fromkeys(pairs):
        upper, lower = body[i], body[k]
        if not _counted_alike(v, upper.cells[0].text, lower.cells[0].text) or _two_matters(v, upper.head, lower.head):
            continue
        for j in range(1, min(len(upper.cells), len(lower.cells))):
            head = _UNIT.sub("", header.cells[j].text) if header is not None and j < len(header.cells) else ""
            raw = header.cells[j].text if header is not None and j < len(header.cells) else ""
            if _NOT_A_STAGE.search(head) or _RATE_UNIT.search(raw) or v.not_a_level.search(v.year.sub("", head)):
                continue  # a column of rates or changes
            big, small = upper.cells[j].quantity, lower.cells[j].quantity
            if big is None or small is None or big.is_percent or small.is_percent or not compatible(big, small):
                continue
            out.append(Relation("bound", "bound.stage", {"smaller": small, "larger": big}))
    return out


def _all_summed(body: list) -> bool:
    """Does a 合计 row add up, in some column, every other row of the table ("刑事案件立案|1084 /
    行政处罚决定|1862 / … / 合计|5860")? (A 总计 of some rows only -- the outcomes under an intake -- no.)"""
    total = next((r for r in body if _TOTAL_ROW.match(re.sub(r"\s", "", r.head))), None)
    if total is None:
        return False
    rows = [r for r in body if r is not total]
    for j, q in total.numbers:
        cells = [r.cells[j].quantity if j < len(r.cells) else None for r in rows]
        if len(cells) >= 2 and all(c is not None for c in cells) and sum(c.value for c in cells) == q.value:  # type: ignore[union-attr]
            return True
    return False


def _two_matters(v, big: str, small: str) -> bool:
    """Do two rows name kinds of matter and none in common ("刑事案件立案" over "行政处罚决定": a criminal
    case filed is no earlier stage of a penalty decided)? (``matters.another_matter`` for the prose.)"""
    if v.matters is None:
        return False
    a, b = {m.group() for m in v.matters.finditer(big)}, {m.group() for m in v.matters.finditer(small)}
    return bool(a) and bool(b) and not a & b


def _counted_alike(v, big: str, small: str) -> bool:
    """May a column (row) headed ``small`` be a later stage of one headed ``big``? Not when both
    print units that count different things (家 beside 个); one unit, one group of the stage units
    (件, 起), or visits and the units visited (家次 over 家) count alike; no unit printed says nothing."""
    a, b = head_unit(big), head_unit(small)
    if a is None or b is None or a == b:
        return True
    return any(a in g and b in g for g in v.units) or b in v.visits.get(a, frozenset())


def _stages_of(v, h: str) -> dict[str, int]:
    """The stages a header's or a row label's words name (none for a rate, a change, a place)."""
    return stages_in(h) if h and not _NOT_A_STAGE.search(h) and not v.not_a_level.search(h) \
        and not v.not_counted.search(h) else {}


def _column_funnels(d: _Doc, t: Table) -> list[Relation]:
    header = next((r for r in t.rows if r.is_header), None)
    if header is None:
        return []
    v = load_stages()
    texts = [_UNIT.sub("", c.text) for c in header.cells]
    if v.carry_over.search(t.caption) or any(v.carry_over.search(c.text) for r in t.rows for c in r.cells):
        return []
    # each header cell's stages, read once (a gate skips the processes none of whose words occur)
    read = [stages_in(h) if h and not _NOT_A_STAGE.search(h) and not v.not_a_level.search(h)
            and not v.not_counted.search(h) and not _RATE_UNIT.search(c.text) else {} for h, c in zip(texts, header.cells, strict=True)]
    pairs: list[tuple[int, int]] = []
    for pid, _levels in v.processes:
        named = [(j, stages[pid]) for j, stages in enumerate(read) if pid in stages]
        if len(named) < 2 or any(a[1] >= b[1] for a, b in itertools.pairwise(named)):
            continue  # one column, or stages that do not rise left to right: no one reading
        pairs += [(a[0], b[0]) for a, b in itertools.pairwise(named)]
    out: list[Relation] = []
    width = len(header.cells)
    # (a header after rows of figures opens another table, blank lines between them lost: its
    # columns are its own -- "项目|2024年|2023年" under "街道|受理|办结" is no funnel)
    at = t.rows.index(header)
    end = next((i for i in range(at + 1, len(t.rows)) if t.rows[i].is_header
                and any(r.numbers for r in t.rows[at + 1 : i])), len(t.rows))
    if _carried_in(d) and v.carried_swells is not None:
        # "加上年结转的312件,…审结2,536件" in the prose: the table's 审结 column may hold the work
        # carried in, and exceed its 受理 column (the table itself need not say so)
        swells = v.carried_swells
        pairs = [(j, k) for j, k in pairs if not swells.search(texts[k]) or swells.search(texts[j])]
    for j, k in dict.fromkeys(pairs):
        if not _counted_alike(v, header.cells[j].text, header.cells[k].text):
            continue  # "检查单位(家)|发现问题(个)": two measures
        rows = [r for r in t.rows[at + 1 : end] if not r.is_header and len(r.cells) == width]
        closing = v.carried_swells is not None and bool(v.carried_swells.search(texts[k])) \
            and not v.carried_swells.search(texts[j])
        open_ = closing and not _none_carried_in(d)
        slip = _column_slip(rows, k) if open_ else None
        pairs_ = [(r.cells[j].quantity, r.cells[k].quantity) for r in rows]
        pairs_ = [(big, small) for big, small in pairs_ if big is not None and small is not None
                  and not big.is_percent and not small.is_percent and compatible(big, small)]
        over = [(big, small) for big, small in pairs_ if small.value > big.value]
        # A row closing more than it took in that no one slip explains shows the column holds carried-in
        # work (a case of last year closed this year): then no row's excess is an error on its own --
        # the column's sum says which cell is mistyped. Rows of periods (一季度, 3月) close what an
        # earlier period took in: their excess is never one on its own either.
        carried = open_ and (_period_rows(rows) or (slip is not None and any(not _explained(slip, b, s) for b, s in over)))
        for big, small in pairs_:
            rel = Relation("bound", "bound.stage", {"smaller": small, "larger": big})
            if small.value > big.value and (carried or (slip is not None and not _explained(slip, big, small))):
                rel.exhaustive = False  # (closed work carried in: the column adds up as printed)
            out.append(rel)
    return out


def _explained(slip, big: Quantity, small: Quantity) -> bool:
    """Does the closing column's overshoot of its total (``slip``), taken off this cell, leave a count
    (not below nought) within its intake -- one typo explaining both?"""
    return slip is not None and slip > 0 and 0 <= small.value - slip <= big.value


def _period_rows(rows: list) -> bool:
    """Are the rows (a total row aside) periods of the year -- quarters, months, halves?"""
    heads = [re.sub(r"\s", "", r.head) for r in rows]
    heads = [h for h in heads if not _TOTAL_ROW.match(h) and not _WHOLE_PERIOD_ROW.match(h)]
    return len(heads) >= 2 and all(_PERIOD_ROW.match(h) for h in heads)


# "全部为新收案件", "上年无结转": the text says nothing was carried in -- a closing over its intake is an error
_ALL_NEW = re.compile(r"(?:全部|均|都)(?:为|是)(?:本年|当年|今年|本年度)?新(?:收|受理|立案|接收|登记)")


@lru_cache(maxsize=1)
def _none_in() -> re.Pattern:
    return read_section("flows.yaml", "balance", lambda v, _: re.compile(str(v["none_in"])))


def _none_carried_in(d: _Doc) -> bool:
    return bool(_ALL_NEW.search(d.s)) or bool(_none_in().search(d.s))


# (a table by quarter or month totals its rows in a row of the year: "全年", "1-12月")
_TOTAL_ROW = re.compile(r"^(?:合计|总计|全[市县区省州盟旗]|全年|全年度|本年|年度|1-12月)(?:合计|总计)?$")


def _column_slip(rows: list, k: int):  # -> Decimal | None
    """How far column ``k``'s rows overshoot its total row ("合计"): 0 when they add up; None without a
    total row. A closing column (结案, 办结) may exceed its intake column in a row (work carried in
    from last year is closed too); the excess is a misprint only when the column's overshoot, taken
    off that cell, brings it within its intake -- one typo explaining both. A column that adds up as
    printed (or misses its total the other way) says the cell is as meant."""
    total = next((r for r in rows if _TOTAL_ROW.match(re.sub(r"\s", "", r.head))), None)
    if total is None or total.cells[k].quantity is None:
        return None
    cells = [r.cells[k].quantity for r in rows if r is not total]
    if any(q is None or q.is_percent for q in cells):
        return None
    return sum(q.value for q in cells) - total.cells[k].quantity.value  # type: ignore[union-attr]
