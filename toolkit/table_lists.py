"""Tables of one column of figures laid out with spaces: a label and a figure a line, a total last.

"东城区  3.86", "西城区  4.12", …, "全市  16.84" under "县(区)  用水总量(亿立方米)": a text copy of a
two-column table. A line of a label and one figure is prose by itself; three or more in a row,
nothing between them, the last named as their total (合计, 全市, 全年), are the rows of a table, and
a line of two words right above them is its header. ``table_layout._space_rows`` asks this reading
before it reads the rows.
"""

from __future__ import annotations

import re

from .offsets import offsets
from .table_layout import _ASIDE, _CLAUSES, _NUMBER, _Line, _split_at_spaces

# "首次登记       3,126": a label (no run of spaces inside it), a gap of two spaces or more, a figure
_ONE_FIGURE = re.compile(rf"[ \u3000]*(\S(?:\S| (?! ))*?)[ \u3000]{{2,}}({_NUMBER})[ \u3000]*")
_TOTAL_LABEL = re.compile(r"(?:合计|总计|共计|全[市县区省州镇乡]|全年)(?:合计|总计)?")
_HEAD_WORD = re.compile(r"[\u4e00-\u9fff\d()（）/%]{1,16}")
_MIN_ROWS = 3  # the rows and their total


def one_figure_rows(lines: list[_Line], rows: list[_Line | None]) -> None:
    """The runs of label-and-figure lines closed by their total's line, as rows of two cells (and the
    line of two words right above, as their header), in ``rows``."""
    found = [_ONE_FIGURE.fullmatch(ln.text) if rows[i] is None and ln.stripped else None for i, ln in enumerate(lines)]
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and found[j] is not None and _is_label(found[j].group(1)):  # type: ignore[union-attr]
            j += 1
        if j - i >= _MIN_ROWS and _TOTAL_LABEL.fullmatch(found[j - 1].group(1)):  # type: ignore[union-attr]
            for k in range(i, j):
                m = found[k]
                ln = lines[k]
                a, b = m.span(1)  # type: ignore[union-attr]
                c, e = m.span(2)  # type: ignore[union-attr]
                rows[k] = _Line(ln.text[a:b] + "\t" + ln.text[c:e],
                                ln.origin[a:b] + offsets((ln.origin[b],)) + ln.origin[c:e], ln.page_break)
            if i and rows[i - 1] is None and (head := _header(lines[i - 1])) is not None:
                rows[i - 1] = head
        i = max(j, i + 1)


def _is_label(text: str) -> bool:
    return not _CLAUSES.search(_ASIDE.sub("", text)) and not re.fullmatch(_NUMBER, text)


def _header(line: _Line) -> _Line | None:
    """A line of two words ("登记类型      件数", "县(区) 用水总量(亿立方米)") as a header of two cells."""
    words = line.stripped.split()
    if len(words) != 2 or not all(_HEAD_WORD.fullmatch(w) and not re.fullmatch(_NUMBER, w) for w in words):
        return None
    lead = len(line.text) - len(line.text.lstrip(" \u3000"))
    return _split_at_spaces(line, lead, len(line.text.rstrip(" \u3000")))


def rows_between(lines: list[_Line], rows: list[_Line | None]) -> None:
    """Lines of a label and one figure between two rows of a table laid out with spaces, the rows
    around them of one width ("行政处罚  1,428  12.0", "其中：简易程序  1,116", "普通程序  312",
    "行政强制  87  0.7"): rows of that table that leave their later cells blank (a "其中" row prints
    no share), each made as wide as the rows around it, in ``rows``."""
    filled = [i for i, ln in enumerate(lines) if ln.stripped]
    n = 0
    while n < len(filled):
        m = n
        while m < len(filled) and rows[filled[m]] is None and _one_figure(lines[filled[m]]) is not None:
            m += 1
        if m == n:
            n += 1
            continue
        above, below = (rows[filled[n - 1]] if n else None), (rows[filled[m]] if m < len(filled) else None)
        width = len(above.text.split("\t")) if above is not None else 0
        if width >= 3 and below is not None and len(below.text.split("\t")) == width:
            for i in filled[n:m]:
                ln, found = lines[i], _one_figure(lines[i])
                a, b = found.span(1)  # type: ignore[union-attr]
                c, e = found.span(2)  # type: ignore[union-attr]
                rows[i] = _Line(ln.text[a:b] + "\t" + ln.text[c:e] + "\t" * (width - 2),
                                ln.origin[a:b] + offsets((ln.origin[b],)) + ln.origin[c:e]
                                + offsets((ln.origin[e - 1],) * (width - 2)), ln.page_break)
        n = m


def _one_figure(line: _Line) -> re.Match | None:
    m = _ONE_FIGURE.fullmatch(line.text)
    return m if m is not None and _is_label(m.group(1)) else None
