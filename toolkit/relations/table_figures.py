"""What the figures of a table say of its columns when no header names them.

A copy of a table often loses its header, or words it so that no vocabulary reads it ("转派件数 |
按期办结件数 | 按期办结率"). The figures still say what the columns are when every row agrees: a last
column that is the sum of the others in every row is the total column; a percent column that is one
column over another, rounded as printed, in every row is the rate of the two. Three rows or more must
agree and one at most may not: that one is checked, and fails, like any row of a named column.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

from ..quantities import Quantity
from ..tables import Row, Table
from .model import Relation, compatible

_MIN_FITTING_ROWS = 3
# a row of rates, averages or percents printed without their "%" ("满意率(%) | 90.9 | 96.0 | 93.6",
# "人均待遇 | 2100 | 1900 | 2005", 日均/户均/镇均…): its figures do not add up across the columns
_NOT_SUMMED_ROW = re.compile(r"率|均(?![衡等匀])|指数|%|‰|百分比|增幅|增速")


def not_summed_row(row: Row) -> bool:
    """Is the row, by its label, one of a measure that does not add up across the columns?"""
    return bool(_NOT_SUMMED_ROW.search(row.head))
# a caption naming one measure that does not add up across rows or columns ("各县区人口密度(人/平方公里)",
# "分季度平均工资", "价格指数"): no row or column of its table is a sum of the others
_NOT_SUMMED_CAPTION = re.compile(r"密度|平均|人均|均价|指数|[(（][^()（）]*[^\d\s/]/[^\d\s/][^()（）]*[)）]")
_MEASURES = re.compile(r"[及和与、]")


_SENTENCE_END = re.compile(r"[。;；!！?？]")


def not_summed_table(t: Table) -> bool:
    """Does the table's caption name, as its one measure, one that does not add up? Only its last
    sentence is its title: a caption line that is a whole paragraph of a PDF copy ("…平均审理周期41天,
    …。分被申请人情况如下(单位:件):") names the table in its last sentence, the rest being prose."""
    parts = [p for p in _SENTENCE_END.split(t.caption) if p.strip()]
    title = parts[-1] if parts else ""
    return bool(_NOT_SUMMED_CAPTION.search(title)) and not _MEASURES.search(title)


_PERCENT_HEAD = re.compile(r"率|[(（]\s*[%％]\s*[)）]|百分比|[%％]\s*$")  # ("完成预算%")
# A column of differences ("增减(件)") and one of changes ("同比(%)"): the change is the later level over
# the earlier (change_columns reads it so); the difference over the earlier level is that claim again
_DIFFERENCE_COLUMN = re.compile(r"^(?:比上年|同比|较上年)?增减")
_CHANGE_COLUMN = re.compile(r"同比|环比|增长|增幅|增减|比上年|较上年")


def _tail_unread(row: Row, width: int) -> bool:
    """Does the row hold, among its last ``width`` filled cells, one that is not a figure?"""
    filled = [c for c in row.cells if c.text]
    return any(c.quantity is None for c in filled[-width:])


def total_column_by_figures(t: Table) -> list[Relation]:
    """A table with no header naming its total column whose last figure is the sum of the others
    in every row but one at most ("一、本年新收…|46|5|0|0|1|0|52|" under a header the copy lost):
    the last column is the rows' total, and each row is checked against it. Three rows or more with
    a nonzero total must fit; rows of another shape say nothing."""
    rows = [r for r in t.rows if r.numbers and not not_summed_row(r)]
    widths = {len(r.numbers) for r in rows}
    if len(widths) != 1 or (width := widths.pop()) < 3:
        return []
    cells = []
    for r in rows:
        qs = [q for _, q in r.numbers]
        if any(q.is_percent for q in qs) or _tail_unread(r, width) or \
                any(not compatible(q, qs[-1]) for q in qs[:-1]):
            return []
        cells.append(qs)
    fitting = [qs for qs in cells if qs[-1].value and sum(q.value for q in qs[:-1]) == qs[-1].value]
    misfits = [qs for qs in cells if sum(q.value for q in qs[:-1]) != qs[-1].value]
    if len(fitting) < _MIN_FITTING_ROWS or len(misfits) > 1:
        return []
    return [Relation("sum", "sum.table_row", {"total": qs[-1], "parts": qs[:-1]}) for qs in cells]


def _rounds(x: Decimal, printed: Quantity) -> bool:
    step = Decimal(1).scaleb(-printed.decimals)
    try:
        return any(x.quantize(step, rounding=r) == printed.value for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN))
    except InvalidOperation:
        return False


def rate_columns_by_figures(t: Table, known: set[int]) -> list[Relation]:
    """Each percent column no header reading took (``known``: ids of the percents already read) that
    is, in every row but one at most and in three rows or more, one count column of its row over
    another -- the one pair of columns that does so."""
    rows = [r for r in t.rows if r.numbers and not r.is_header]
    if len(rows) < _MIN_FITTING_ROWS or len({len(r.cells) for r in rows}) != 1:
        return []  # ragged rows: which cell is of which column is unknown
    width = len(rows[0].cells)

    def cell(r: Row, j: int) -> Quantity | None:
        return r.cells[j].quantity

    headers = [r for r in t.rows if r.is_header]

    def says_percent(k: int) -> bool:
        # "整改率(%)": a header printing the percent sign once for its bare cells ("97.6")
        return any(k < len(h.cells) and _PERCENT_HEAD.search(h.cells[k].text) for h in headers)

    def heads_match(k: int, pattern: re.Pattern) -> bool:
        return any(k < len(h.cells) and pattern.search(h.cells[k].text.strip()) for h in headers)

    out: list[Relation] = []
    for k in range(width):
        pcts = [cell(r, k) for r in rows]
        bare = says_percent(k)
        if sum(1 for q in pcts if q is not None and (q.is_percent or bare)) < _MIN_FITTING_ROWS:
            continue
        if any(q is not None and ((not q.is_percent and not (bare and not q.unit)) or id(q) in known) for q in pcts):
            continue  # a column of another kind, or read by its header already
        counts = [j for j in range(width) if j != k and not says_percent(j) and all(
            (q := cell(r, j)) is None or not q.is_percent for r in rows)
            and not (heads_match(j, _DIFFERENCE_COLUMN) and heads_match(k, _CHANGE_COLUMN))]
        pairs = []
        for a in counts:
            for b in counts:
                if a == b:
                    continue
                fit = miss = 0
                for r in rows:
                    num, den, pct = cell(r, a), cell(r, b), cell(r, k)
                    if num is None or den is None or pct is None or not den.value or not compatible(num, den):
                        continue
                    per = 1000 if pct.unit == "‰" else 100
                    if _rounds(per * num.value / den.value, pct):
                        fit += 1
                    else:
                        miss += 1
                if fit >= _MIN_FITTING_ROWS and miss <= 1:
                    pairs.append((a, b))
        if len(pairs) != 1:
            continue  # none, or two pairs of columns the figures fit alike: which is meant is unclear
        a, b = pairs[0]
        for r in rows:
            num, den, pct = cell(r, a), cell(r, b), cell(r, k)
            if num is not None and den is not None and pct is not None and den.value and compatible(num, den):
                out.append(Relation("ratio", "ratio.table_rate", {"numerator": num, "denominator": den,
                                                                  "percent": pct},
                                    per=1000 if pct.unit == "‰" else 100))
    return out


def inner_total_columns_by_figures(t: Table) -> list[Relation]:
    """A column that is, in every row but one at most and in three rows or more, the sum of the run
    of columns right after it or right before it ("受理|审结|维持|撤销|驳回|其他": 审结 is the sum of the
    outcomes): that column is the run's total, each row checked against it. The total in the last
    column over all the others is ``total_column_by_figures``' reading. A column two runs fit alike
    (a column of zeros at a run's end) is read over the longest run only when every row agrees."""
    out: list[Relation] = []
    block: list[Row] = []
    headers: list[Row] = []
    for r in [*t.rows, None]:
        if r is None or (r.is_header and block):
            # a header after rows of figures opens another table: its columns are its own
            out += _inner_totals(block, headers)
            block, headers = [], []
        if r is not None and r.is_header:
            headers.append(r)
        elif r is not None and r.numbers and not not_summed_row(r):
            block.append(r)
    return out


_TOTAL_ROW = re.compile(r"^(?:合计|总计|共计|全部)")


def _inner_totals(rows: list[Row], headers: list[Row]) -> list[Relation]:
    if len(rows) < _MIN_FITTING_ROWS or len({len(r.cells) for r in rows}) != 1:
        return []
    width = len(rows[0].cells)
    counts = [j for j in range(width)
              if not any(j < len(h.cells) and (_PERCENT_HEAD.search(h.cells[j].text) or _NOT_SUMMED_ROW.search(
                  h.cells[j].text)) for h in headers)
              and all((q := r.cells[j].quantity) is not None and not q.is_percent for r in rows)]
    grid = [[r.cells[j].quantity for j in range(width)] for r in rows]
    total_row = any(_TOTAL_ROW.match(r.head) for r in rows)
    out: list[Relation] = []
    for k in counts:
        runs = [range(k + 1, m + 1) for m in range(k + 2, width)]
        # (the last column over every count column before it: ``total_column_by_figures``' reading)
        runs += [range(a, k) for a in range(0, k - 1) if not (k == width - 1 and a <= counts[0])]
        fits = []
        for run in runs:
            if any(j not in counts for j in run):
                continue
            sums = [sum(g[j].value for j in run) for g in grid]  # type: ignore[union-attr]
            fitting = sum(1 for g, v in zip(grid, sums, strict=True) if g[k].value and v == g[k].value)  # type: ignore[union-attr]
            # (one misfit is believed a misprint beside four rows that fit, or three with a total row
            # among them -- it adds up the items, so it fits by chance only if they all do; three small
            # item rows may fit a run by chance, "检查12|立案5|结案7")
            if fitting >= _MIN_FITTING_ROWS and (fitting == len(rows) or (
                    (fitting > _MIN_FITTING_ROWS or total_row) and fitting == len(rows) - 1)) and all(
                    compatible(g[j], g[k]) for g in grid for j in run):  # type: ignore[arg-type]
                fits.append(run)
        if not fits:
            continue
        run = max(fits, key=len)
        if any(sum(g[j].value for j in other) != sum(g[j].value for j in run)  # type: ignore[union-attr]
               for other in fits for g in grid):
            continue  # two runs fit but read a row differently: which is the total's is unclear
        out += [Relation("sum", "sum.table_row", {"total": g[k], "parts": [g[j] for j in run]}) for g in grid]
    return out


def column_sums(total: Row, rows: list[Row], rule: str) -> list[Relation]:
    """Column by column, the figures of ``rows`` adding up to the figure of ``total`` (rows of as
    many figures each; a column holding a percent adds up to nothing)."""
    out = []
    for col in range(len(total.numbers)):
        whole = total.numbers[col][1]
        parts = [r.numbers[col][1] for r in rows]
        if not whole.is_percent and not any(p.is_percent for p in parts):
            out.append(Relation("sum", rule, {"total": whole, "parts": parts}))
    return out
