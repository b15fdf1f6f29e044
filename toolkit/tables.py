"""Text + [Quantity] -> [Table]: the pipe tables of a report, as rows of cells.

HTML and DOCX tables arrive from the loader as one row a line with cells
joined by "|"; web copies arrive the same way once normalization has
re-grouped them. A table is a run of such lines; its caption is the line above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .quantities import Quantity


@dataclass
class Cell:
    text: str
    start: int
    end: int
    quantity: Quantity | None = None
    # A cell printed with a minus ("-20.0"): the figure after the sign. It is not the cell's
    # quantity (sums and shares would read it as positive); rules that know signs use it.
    fall: Quantity | None = None


@dataclass
class Row:
    """A table row. Its cells are never changed once read (``find_tables``), so what is read off
    them is kept: the table families ask a row for its figures ~2,700 times a pass."""

    cells: list[Cell]
    start: int

    @cached_property
    def head(self) -> str:
        """The row's label: its first non-empty cell."""
        return next((c.text for c in self.cells if c.text), "")

    @cached_property
    def numbers(self) -> list[tuple[int, Quantity]]:
        """(column, figure) of each cell holding a figure. Read-only: the list is shared."""
        return [(j, c.quantity) for j, c in enumerate(self.cells) if c.quantity is not None]

    @cached_property
    def is_header(self) -> bool:
        # (a row whose only figure is a fall, "固定资产投资|亿元|—|-3.4", is a row of figures, not a header)
        return not self.numbers and not any(c.fall is not None for c in self.cells) \
            and sum(1 for c in self.cells if c.text) >= 2


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)
    caption: str = ""


_GROUP_LABEL = re.compile(r"[^|。;;:：\d][^|。;;:：]{1,39}")
# (a change in points is a cell too: "3.5个百分点", "-0.6个百分点")
_NUMBER_CELL = re.compile(r"^[\d.,]+(?:%|‰|个?百分点)?\D{0,2}$")
_MINUS_CELL = re.compile(r"^[-−–][\d.,]+(?:%|个?百分点)?$")
# A cell printed with a plus ("+22", "+10.0"): a rise, the figure after the sign (a signed 增减 column)
_PLUS_CELL = re.compile(r"^[+＋][\d.,]+(?:%|个?百分点)?$")
_MD_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")  # a Markdown header's rule line


def find_tables(text: str, quantities: list[Quantity]) -> list[Table]:
    """Every run of two or more "|" lines, with the quantity of each cell."""
    by_start = {q.start: q for q in quantities if q.in_table}
    tables: list[Table] = []
    current: Table | None = None
    pos = 0
    prev_line = ""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        start = pos
        pos += len(line) + 1
        if (current is not None and _GROUP_LABEL.fullmatch(line) and n + 1 < len(lines) and "|" in lines[n + 1]
                and re.search(r"\|\s*\d", lines[n + 1])  # (a row of figures below, not another header --
                and not (n + 2 < len(lines) and _MD_RULE.fullmatch(lines[n + 2]))):  # nor one over a "|---|")
            # "(三)不予公开" alone between two rows (an HTML row of one cell has no "|"): a group's
            # label inside the table, which goes on below it
            current.rows.append(Row([Cell(line, start, start + len(line))], start))
            continue
        if line.count("|") < 1 or len(line.strip("| ")) == 0:
            if current is not None and len(current.rows) >= 2:
                tables.append(current)
            current = None
            if line.strip():
                prev_line = line
            continue
        if (current is not None and len(current.rows) >= 2 and n + 1 < len(lines) and _MD_RULE.fullmatch(lines[n + 1])
                and not _MD_RULE.fullmatch(line)):
            # a header over a "|---|" rule opens a Markdown table of its own: two tables printed one
            # after the other (the blank line between them is gone once normalized) are two
            tables.append(current)
            current = None
        if current is None:
            current = Table(caption=prev_line)
            # A table printed without borders ("a|b|c", as HTML tables are read) has an empty first
            # cell where a row begins with "|" ("|前五位合计|74.87|40.2%": no rank); with borders
            # ("|a|b|"), the "|" is the border -- a table's lines with borders end with one.
            bordered = line.rstrip().endswith("|")
        row = _row(line, start, by_start, bordered)
        if len(current.rows) >= 2 and row.is_header and _CLOSING_ROW.match(current.rows[-1].head) \
                and len(row.cells) >= 3:
            # a header row right after a total row opens another table: two tables printed one after
            # the other with nothing between them (HTML tables read as "|" lines, run together)
            tables.append(current)
            current = Table(caption="")
        current.rows.append(row)
    if current is not None and len(current.rows) >= 2:
        tables.append(current)
    for t in tables:
        _line_up(t)
    return tables


# A cell that stands in a figure's column: a figure, a fall, or a dash or slash for none.
_FIGURE_SLOT = re.compile(r"[-—–/]+|[\d.,]+(?:%|‰|个?百分点)?")


def _labels(row: Row) -> int:
    """How many label cells open the row: the cells before its first figure (or dash)."""
    return next((j for j, c in enumerate(row.cells)
                 if c.quantity is not None or c.fall is not None or _FIGURE_SLOT.fullmatch(c.text)), len(row.cells))


def _line_up(t: Table) -> None:
    """Line up the rows of a table whose rows differ only in their label cells: a flattened rowspan
    (a group's label printed on its first row alone: "东部片区|岷州市|6,214" over "青原市|4,186") or
    colspan ("合计|23,400" under "地区" spanning two columns). When every row with figures has as many
    cells from its first figure on, the shorter rows get empty cells after their labels, so each
    column holds one measure; a one-row header is lined up from the right too (its last cells head
    the figures). Rows of another shape leave the table as it is."""
    body = [r for r in t.rows if r.numbers]
    if len({len(r.cells) for r in body}) < 2:
        _head_over_figures(t, body)
        return
    tails = {len(r.cells) - _labels(r) for r in body}
    labels = [_labels(r) for r in body]
    if len(tails) != 1 or min(labels) < 1:
        return
    if any(_CLOSING_ROW.search(r.cells[0].text.strip()) and n > min(labels) and labels[i + 1 :] and labels[i + 1] < n
           for i, (r, n) in enumerate(zip(body, labels, strict=True))):
        return  # "合计|受理|1,166" over "办结|1,152": a total spanning a row per measure -- lined up, the
        # rows of every measure above would be its parts; left ragged, no column is read
    tail = tails.pop()
    width = max(labels) + tail
    first = t.rows.index(body[0])
    headers = [r for r in t.rows[:first] if r.is_header and not _MD_RULE.fullmatch("|".join(c.text for c in r.cells))]
    for k, r in enumerate(t.rows):
        if r.numbers:
            pad = width - len(r.cells)
            at = _labels(r)
        elif len(headers) == 1 and r is headers[0] and tail < len(r.cells) < width:
            pad, at = width - len(r.cells), len(r.cells) - tail
        else:
            continue
        # (a new row, not cells inserted in place: a Row keeps what it read off its cells -- its figures' columns)
        t.rows[k] = Row(cells=[*r.cells[:at], *(Cell("", r.start, r.start) for _ in range(pad)), *r.cells[at:]], start=r.start)


def _head_over_figures(t: Table, body: list[Row]) -> None:
    """A header of two rows over rows of one shape: the upper row's cells span the label column down
    and several figure columns across ("指标|11月|1—11月" over "绝对数|同比(%)|绝对数|同比(%)"), the
    lower row heads only the figures. That lower row, one cell per figure column, is lined up from
    the right (an empty cell under the label column), so each figure column has its own header."""
    if not body:
        return
    first = t.rows.index(body[0])
    headers = [r for r in t.rows[:first] if r.is_header and not _MD_RULE.fullmatch("|".join(c.text for c in r.cells))]
    width = len(body[0].cells)
    labels = {_labels(r) for r in body}
    if len(headers) < 2 or len(labels) != 1 or headers[-1] is not t.rows[first - 1]:
        return
    low, high, n = headers[-1], headers[-2], labels.pop()
    if n < 1 or len(low.cells) != width - n or not len(high.cells) < width:
        return  # (a lower row as wide as the figures' rows, or an upper one that spans nothing)
    t.rows[first - 1] = Row(cells=[*(Cell("", low.start, low.start) for _ in range(n)), *low.cells], start=low.start)


def column_heads(t: Table) -> tuple[Row, list[str]] | None:
    """The table's first header row, and per column the words of it and of the header rows right
    under it that line up with it (a header laid out on its grid: "指标|前三季度|前三季度" over
    "指标|绝对值|增速(%)" heads its third column "前三季度 增速(%)", a growth -- the first row alone
    names no measure there). None without a header."""
    header = next((r for r in t.rows if r.is_header), None)
    if header is None:
        return None
    rows = [header]
    for r in t.rows[t.rows.index(header) + 1 :]:
        if not r.is_header or len(r.cells) != len(header.cells):
            break
        rows.append(r)
    return header, [" ".join(dict.fromkeys(r.cells[j].text for r in rows if r.cells[j].text))
                    for j in range(len(header.cells))]


_CLOSING_ROW = re.compile(r"(?:全[市区县省镇]|全部|各[类项]?)?(?:合计|总计|共计)$|^(?:合计|总计|共计)")


def _row(line: str, start: int, by_start: dict[int, Quantity], bordered: bool = True) -> Row:
    cells: list[Cell] = []
    offset = 0
    parts = line.split("|")
    for k, raw in enumerate(parts):
        a = start + offset + (len(raw) - len(raw.lstrip()))
        text = raw.strip()
        offset += len(raw) + 1
        if (k == 0 and not text and line.startswith("|") and bordered) or (k == len(parts) - 1 and not text):
            continue  # the empty cell before a leading "|" or after the closing one
        q = by_start.get(a) if _NUMBER_CELL.match(text) else by_start.get(a + 1) if _PLUS_CELL.match(text) else None
        fall = by_start.get(a + 1) if _MINUS_CELL.match(text) else None
        cells.append(Cell(text, a, a + len(text), q, fall))
    return Row(cells, start)


_TOTAL_COLUMN = re.compile(r"^(总计|合计|小计)")


def row_totals(tables: list[Table]) -> dict[int, Quantity]:
    """For each row that breaks a figure down by columns under a header ending in a total column
    ("|自然人|商业企业|…|总计|"), its total cell, keyed by the index of the row's first figure:
    the figure that stands for the row as a whole ("一、本年新收政府信息公开申请数量" is 47 in
    "|…|39|5|0|1|2|0|47|", not the 自然人 column's 39). Rows whose last filled cell is not a
    figure (a header over several rows that does not line up) are left out."""
    out: dict[int, Quantity] = {}
    for t in tables:
        # The header over a row: the run of header rows last seen above it (a header of
        # several rows has its total column in any of them; a new header replaces it).
        totals = in_header = False
        for row in t.rows:
            if row.is_header:
                last_text = next((c.text for c in reversed(row.cells) if c.text), "")
                totals = (totals and in_header) or bool(_TOTAL_COLUMN.match(last_text))
                in_header = True
                continue
            in_header = False
            if not totals:
                continue
            nums = [q for _, q in row.numbers if not q.is_percent]
            last = next((c for c in reversed(row.cells) if c.text), None)
            if len(nums) >= 2 and last is not None and last.quantity is nums[-1]:
                out[nums[0].index] = nums[-1]
    return out


# A row named by the whole year under rows of its quarters, months or halves ("一季度|248", …,
# "全年|1,126"): the year's row is their total, as a 合计 row is. Only the last row with figures,
# and only with two period rows above it or more, every other row with figures being one.
_WHOLE_PERIOD_ROW = re.compile(r"^(?:全年|全年合计|年度合计|本年合计|本年度合计|全年总计|年度总计)$")
_PERIOD_ROW = re.compile(r"^(?:第?[一二三四1-4]季度|[一二三四五六七八九十\d]{1,3}月份?|[上下]半年"
                         r"|\d{1,2}\s*[-—~至]\s*\d{1,2}月(?:份)?)$")


# A row of the months so far ("1-6月", "1至10月") under the rows of those months: their total too
_MONTHS_SO_FAR_ROW = re.compile(r"^1(?:月份?)?\s*[-—~至]\s*(\d{1,2})月(?:份)?(?:累计|合计)?$")
_MONTH_ROW = re.compile(r"^(\d{1,2})月份?$")


# A row of a quarter or a half-year ("一季度", "上半年", "前三季度") under the rows of its months or
# quarters: their total too. (Its months as a span; a row above is a month or a quarter.)
_HALVES = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9)}
_QUARTER_ROW = re.compile(r"^第?([一二三四1-4])季度$")
_CN_MONTH_ROW = re.compile(r"^([一二三四五六七八九十]{1,3})月份?$")
_CN = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


_YEARS_TOTAL_ROW = re.compile(r"^([二三四五六七八九十]|\d{1,2})年(?:合计|累计|总计)$")
_YEAR_ROW = re.compile(r"^((?:19|20)\d\d)年$")


def _months_of(head: str) -> tuple[int, int] | None:
    """The months a row's label names: a month (n, n), a quarter (3q-2, 3q), else None."""
    if (m := _MONTH_ROW.match(head)) is not None:
        return (int(m.group(1)),) * 2 if 1 <= int(m.group(1)) <= 12 else None
    if (m := _CN_MONTH_ROW.match(head)) is not None:
        n = m.group(1)
        k = _CN.get(n[-1], 0) + (10 if len(n) > 1 else 0) if n != "十" else 10
        return (k, k) if 1 <= k <= 12 else None
    if (m := _QUARTER_ROW.match(head)) is not None:
        q = int(m.group(1)) if m.group(1).isdigit() else _CN[m.group(1)]
        return 3 * q - 2, 3 * q
    return None


def _spans_its_rows(span: tuple[int, int], rows: list[Row]) -> bool:
    """Are the rows the months (or quarters) of ``span``, one each, in order, two or more?"""
    got = [_months_of(re.sub(r"\s", "", r.head)) for r in rows]
    at = span[0]
    for g in got:
        if g is None or g[0] != at:
            return False
        at = g[1] + 1
    return len(got) >= 2 and at == span[1] + 1


def whole_period_row(t: Table) -> Row | None:
    """The table's last row with figures when it is named by the whole year and the rows with figures
    above it are its periods, else None; or when it is named by the months so far ("1-6月"), a quarter
    or a half ("一季度", "上半年") and the rows above it are those months (or quarters), one each, in
    order ("1月" … "6月")."""
    rows = [r for r in t.rows if r.numbers and not r.is_header]
    if len(rows) < 3:
        return None
    last = re.sub(r"\s", "", rows[-1].head)
    so_far = _MONTHS_SO_FAR_ROW.match(last)
    if so_far:
        months = [_MONTH_ROW.match(re.sub(r"\s", "", r.head)) for r in rows[:-1]]
        ok = all(months) and [int(m.group(1)) for m in months if m] == list(range(1, int(so_far.group(1)) + 1))
        return rows[-1] if ok else None
    if (years := _YEARS_TOTAL_ROW.match(last)) is not None:
        # "五年合计" under the rows "2006年" … "2010年": as many years as it names, one each, in order
        heads = [_YEAR_ROW.match(re.sub(r"\s", "", r.head)) for r in rows[:-1]]
        n = int(years.group(1)) if years.group(1).isdigit() else _CN.get(years.group(1), 0)
        found = [int(m.group(1)) for m in heads if m]
        ok = len(found) == len(heads) == n and found == list(range(found[0], found[0] + n))
        return rows[-1] if ok else None
    span = _HALVES.get(last) or ((q := _months_of(last)) and q[0] != q[1] and q) or None
    if span is not None:
        return rows[-1] if _spans_its_rows(span, rows[:-1]) else None
    if not _WHOLE_PERIOD_ROW.match(last):
        return None
    periods = [r for r in rows[:-1] if _PERIOD_ROW.match(re.sub(r"\s", "", r.head))]
    return rows[-1] if len(periods) == len(rows) - 1 else None
