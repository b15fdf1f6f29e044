"""Row labels that a PDF copy of a table laid out with spaces put on other lines than their figures.

A cell too narrow for its label wraps it: the row's first line then holds words only, and the figures
stand on the next line, alone ("1.本机关不掌握相关政府信息" over "5  0  0  0  0  0  5") or after the
label's end ("一、本年新收政府信息公开" over "申请数量  8  5  0  0  1  0  14"). Read line by line, the
first line is a heading and the second a row of another label. ``table_layout._space_rows`` asks
these readings which lines are one row's label, before it reads the rows.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from .offsets import offsets
from .table_layout import _ASIDE, _CLAUSES, _LONE_NUMBER, _MARKER_CELL, _WRAPPED, _Line, _spaced

# A row's label on a line of its own: words, no sentence ("1.本机关不掌握相关政府信息", "(二)部分公开
# (区分处理的,只计这一情形,不计其他情形)", its aside dropped first).
_ROW_LABEL = re.compile(r"(?=.*[\u4e00-\u9fff])[^\s。,，;；:：][^。,，;；:：]{1,59}")


def _is_label(text: str) -> bool:
    bare = _ASIDE.sub("", text)
    return bool(_ROW_LABEL.fullmatch(bare)) and not _CLAUSES.search(bare)


def labels_above(lines: list[_Line], rows: list[_Line | None]) -> set[int]:
    """A line of figures alone (three or more, laid out with spaces) under a line of words alone is
    one row whose label a PDF copy put on the line above ("1.本机关不掌握相关政府信息" over
    "5  0  0  0  0  0  5"): the two become one row, the label its first cell. Returns the label
    lines so absorbed."""
    absorbed: set[int] = set()
    filled = [i for i, ln in enumerate(lines) if ln.stripped]
    for k, (a, i) in enumerate(pairwise(filled)):
        row = rows[i]
        if row is None or rows[a] is not None:
            continue
        cells = row.text.strip(" \u3000").split("\t")
        label = lines[a]
        if len(cells) < 3 or not all(_LONE_NUMBER.fullmatch(c.strip(" \u3000")) for c in cells) \
                or not _is_label(label.stripped):
            continue
        parts = [a]
        if k and not _MARKER_CELL.match(label.stripped):
            # the label wrapped: an item's long first line over the rest ("2.申请人逾期未按收费通知要求
            # 缴纳费用、行政机关不再处理其政府信息" / "公开申请")
            first = filled[k - 1]
            top = lines[first].stripped
            if (rows[first] is None and first not in absorbed and len(top) >= _WRAPPED and _MARKER_CELL.match(top)
                    and _is_label(top)):
                parts = [first, a]
        text, origin = "", offsets()
        for p in parts:
            ln = lines[p]
            lead = len(ln.text) - len(ln.text.lstrip(" \u3000"))
            text += ln.stripped
            origin += ln.origin[lead : lead + len(ln.stripped)]
            rows[p] = _Line("", offsets(), ln.page_break)  # (the label is in the row now)
            absorbed.add(p)
        body = len(row.text) - len(row.text.lstrip(" \u3000"))
        rows[i] = _Line(text + "\t" + row.text[body:], origin + offsets((row.origin[body],)) + row.origin[body:],
                        lines[parts[0]].page_break)
    return absorbed


# An aside a line opens and does not close ("(二)部分公开(区分处理的,"): the label goes on below.
_OPEN_ASIDE = re.compile(r"[(（][^()（）]*$")
_NEAR = 60  # lines: how far a row of the same table may stand from a wrapped one
_NUMBERED_ROWS = 2
_WIDTH_SLACK = 2  # characters: a cell's width holds a few more half-width ones ("2.", "(二)")


def _numbered(rows: list[_Line | None]) -> dict[int, list[int]]:
    """The rows whose label opens with an item's number ("(一)予以公开  4  2  7"), by their width:
    width -> their line indices, in order."""
    out: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        if row is None or not row.text:
            continue
        cells = row.text.strip(" \u3000").split("\t")
        if len(cells) >= 4 and _MARKER_CELL.match(cells[0]) and all(_LONE_NUMBER.fullmatch(c.strip()) for c in cells[1:]):
            out.setdefault(len(cells), []).append(i)
    return out


def wrapped_labels(lines: list[_Line], rows: list[_Line | None], absorbed: set[int]) -> set[int]:
    """A numbered item's label wrapped over two lines, its figures after the label's end on the second
    ("一、本年新收政府信息公开" over "申请数量  8  5  0  0  1  0  14"; "(二)部分公开(区分处理的," over
    "只计这一情形,不计其他情形)  2  0  0  0  0  0  2"): in a table whose rows are numbered items (two
    rows or more of the row's width near it, their labels opening with a number), a row whose label
    opens with no number right under a line of words alone that opens with one is that item -- when
    another such line of the table has the same length, the width its cell cut both at. The two
    become one row. Returns the first lines so absorbed. (A heading over a table -- "三、收到和处理
    申请情况" over "本年新收申请数量 12 3 15" -- is a line of its own length; over rows not numbered,
    "一、基本情况" over "检查企业 12 9 3", no row says the table's labels are items.)"""
    if not any(_MARKER_CELL.match(ln.stripped) for ln in lines if ln.stripped):
        return set()
    numbered = _numbered(rows)
    if not numbered:
        return set()
    found: list[tuple[int, int, _Line]] = []
    for a in range(len(lines) - 1):
        i = a + 1  # (the two lines of one cell stand next to each other, no blank line between)
        top, rest = lines[a].stripped, lines[i].stripped
        if (not top or not rest or a in absorbed or rows[a] is not None or not _MARKER_CELL.match(top)
                or _MARKER_CELL.match(rest) or rest[0].isdigit() or not _is_label(_OPEN_ASIDE.sub("", top))):
            continue
        lead = len(lines[i].text) - len(lines[i].text.lstrip(" \u3000"))
        top_lead = len(lines[a].text) - len(lines[a].text.lstrip(" \u3000"))
        joined = _spaced(_Line(top + lines[i].text[lead:], lines[a].origin[top_lead : top_lead + len(top)]
                               + lines[i].origin[lead:], lines[a].page_break))
        if joined is None:
            continue
        cells = joined.text.strip(" \u3000").split("\t")
        if (len(cells) < 4 or len(cells[0]) <= len(top) or not cells[0].startswith(top)
                or not all(_LONE_NUMBER.fullmatch(c.strip()) for c in cells[1:])):
            continue
        near = numbered.get(len(cells), [])
        if bisect_right(near, i + _NEAR) - bisect_left(near, a - _NEAR) >= _NUMBERED_ROWS:
            found.append((a, len(cells), joined))
    out: set[int] = set()
    for a, width, joined in found:
        # A cell wraps every long label at its width: another label of the table cut at the same
        # length says this line was cut too (a heading over the table is a line of its own length).
        if not any(b != a and w == width and abs(b - a) <= _NEAR
                   and abs(len(lines[b].stripped) - len(lines[a].stripped)) <= _WIDTH_SLACK for b, w, _ in found):
            continue
        rows[a + 1] = joined
        rows[a] = _Line("", offsets(), lines[a].page_break)  # (the label's start is in the row now)
        out.add(a)
    return out
