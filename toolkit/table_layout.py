"""The physical lines of a document, and the tables laid out in them regrouped as "|" rows.

A table reaches the normalizer in several shapes: tab-separated rows (a spreadsheet or Word copy),
cells laid out with spaces (a text copy of a printed table), one cell a line closed by "|" (a web
copy). Each becomes the "|" rows the HTML and DOCX loaders emit, every character keeping its
origin, so ``tables`` reads one form.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from itertools import pairwise

from .offsets import offsets

_DIGIT = re.compile(r"\d")


@dataclass
class _Line:
    text: str
    origin: array
    page_break: bool = False
    # A Markdown heading ("#") or list item ("-", "*", "+") whose marker was stripped: a line of its own.
    mark: str = ""
    stripped: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.stripped = self.text.strip()  # a line is never changed in place: a new _Line is made


# What a tab after a list marker is: "一、\t基本情况", "1.\t本机关…", "(二)\t…" (Word numbering).
_MARKER_CELL = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]"
    r"|第[一二三四五六七八九十\d]{1,3}[章节部分条]|[①-⑳])"
)


def _tab_kind(line: _Line) -> int:
    """2: a tab-separated row (a tab between two cells); 1: a row of one filled cell and empty ones
    after it ("第二十条第(一)项\t\t\t"); 0: its tabs are indentation (leading, or the one tab
    after a list marker: "一、\t基本情况", "1.\t本机关…", Word numbering)."""
    text = line.text
    if "\t" not in text:
        return 0
    body = text.strip(" \t\u3000")
    if "\t" in body:
        cells = body.split("\t")
        return 0 if len(cells) == 2 and _MARKER_CELL.fullmatch(cells[0].strip()) else 2
    return 1 if body and "\t" in text.rstrip(" \u3000")[-1:] else 0


_PAGE_CELL = re.compile(r"\d{1,3}")


def _contents(rows: list[list[str]]) -> bool:
    """Is a run of rows a table of contents: a heading and its page number each ("一、总体情况\t1"
    -- a PDF's right-aligned page numbers are a wide gap away), the pages never going back? Its
    numbers count nothing."""
    pages = [int(c[1].strip()) for c in rows if len(c) == 2 and _PAGE_CELL.fullmatch(c[1].strip())]
    return (len(pages) == len(rows) and all(a <= b for a, b in pairwise(pages))
            and all(not _DIGIT.search(_MARKER_CELL.sub("", c[0].strip(), count=1)) for c in rows))


def _tab_rows(lines: list[_Line]) -> list[_Line]:
    """Tab-separated table rows ("项目\t收到\t办结", "申请数\t12\t11") as "|" rows ("|项目|收到|办结|"),
    the form of the rows the HTML and DOCX loaders emit; every other tab is a space.

    A table is a run of rows (blank lines between them allowed) with two or more tab-separated
    ones and a digit in a cell after the first. Each tab is a cell boundary, as in a copy of a
    spreadsheet or a Word table (a leading tab: an empty first cell). The "|" that replace the
    tabs keep their origins; the opening and closing "|" take those of the row's first and last
    characters.
    """
    if not any("\t" in ln.text for ln in lines):
        return lines
    out = [ln if "\t" not in ln.text else _Line(ln.text.replace("\t", " "), ln.origin, ln.page_break)
           for ln in lines]
    kinds = [_tab_kind(ln) for ln in lines]
    i, n = 0, len(lines)
    while i < n:
        if not kinds[i]:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n and (kinds[j] or not lines[j].text.strip()):
            if kinds[j]:
                run.append(j)
            j += 1
        rows = [lines[k].text.strip(" \u3000").split("\t") for k in run if kinds[k] == 2]
        if len(rows) >= 2 and any(_DIGIT.search(c) for cells in rows for c in cells[1:]) and not _contents(rows):
            for k in run:
                out[k] = _as_pipe_row(lines[k])
        i = j
    return out


# A text copy of a printed table lays its cells out with spaces: two or more (or an ideographic
# one) between cells, or single spaces between the figures ending a row.
_CELL_GAP = re.compile(r"[ \u3000]{2,}|\u3000")
_NUMBER = r"[-+]?\d[\d,.]*%?"
_ROW_FIGURES = re.compile(rf"(?:[ \u3000]+{_NUMBER}){{3,}}[ \u3000]*$")
_LONE_NUMBER = re.compile(rf"{_NUMBER}")
# "甲县 12 9": a name and two figures, a row only among three such lines or more
_ROW_TWO_FIGURES = re.compile(rf"(?<=[\u4e00-\u9fff)）])(?:[ \u3000]+{_NUMBER}){{2}}[ \u3000]*$")
_GROUP_LABEL = re.compile(r"[^。,，;；:：]{2,24}")
# A line that breaks into clauses ("52  件,办结  50  件。") is a sentence laid out with spaces (a
# PDF's copy puts them around figures), not a row: a table's cell is a label or a figure.
_CLAUSES = re.compile(r"[\u4e00-\u9fff][,，;；][\u4e00-\u9fff]|。")
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def _spaced(line: _Line, two: bool = False) -> _Line | None:
    """The line with its cell gaps as tabs, if it may be a row of a table laid out with spaces
    (three or more cells, or a label and three or more figures -- ``two``: two figures), else None."""
    text = line.text
    if "\t" in text or not text.strip() or _CLAUSES.search(_ASIDE.sub("", text)):
        return None
    lead = len(text) - len(text.lstrip(" \u3000"))
    end = len(text.rstrip(" \u3000"))
    gaps = [m.span() for m in _CELL_GAP.finditer(text, lead, end)]
    m = (_ROW_TWO_FIGURES if two else _ROW_FIGURES).search(text, lead, end)
    if m:  # "申请数量 12 3 0 0 0 0 15": every space among the closing figures parts two cells
        gaps = [g for g in gaps if g[1] <= m.start()] + [
            g.span() for g in re.finditer(r"[ \u3000]+", text[: end]) if g.start() >= m.start()]
    if len(gaps) < 2:
        return None
    chars: list[str] = []
    origin = offsets()
    last = 0
    for a, b in gaps:
        chars.append(text[last:a])
        origin.extend(line.origin[last:a])
        chars.append("\t")
        origin.append(line.origin[a])
        last = b
    chars.append(text[last:])
    origin.extend(line.origin[last:])
    return _Line("".join(chars), origin, line.page_break)


_TWO_ROWS_MIN = 3


def _two_figure_rows(lines: list[_Line], rows: list[_Line | None]) -> None:
    """Lines of a name and two figures ("甲县 12 9") in a run of three or more (nothing else between)
    are rows too: a table of two columns laid out with single spaces."""
    two = [_spaced(ln, two=True) if rows[i] is None else None for i, ln in enumerate(lines)]
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and two[j] is not None:
            j += 1
        if j - i >= _TWO_ROWS_MIN:
            rows[i:j] = two[i:j]
        i = max(j, i + 1)


def _has_figures(row: _Line | None) -> bool:
    return row is not None and any(_LONE_NUMBER.fullmatch(c.strip()) for c in row.text.split("\t")[1:])


# A rule drawn across a table printed as text ("────", "-----", "====="): no row, the table goes on
_RULE_LINE = re.compile(r"[─━═\-—–=_－＝]{6,}")


def _space_rows(lines: list[_Line]) -> list[_Line]:
    """Runs of rows laid out with spaces (blank lines between them allowed), two or more of them
    with figures after their first cell, become tab-separated rows, which ``_tab_rows`` reads as
    a table (a header's rows among them); a single such line stays prose."""
    if not any(_CELL_GAP.search(ln.text) or _ROW_FIGURES.search(ln.text) or _ROW_TWO_FIGURES.search(ln.text)
               for ln in lines):
        return lines
    rows = [_spaced(ln) for ln in lines]
    _two_figure_rows(lines, rows)
    # (they read this module's lines: imported here)
    from .table_labels import labels_above, wrapped_labels
    from .table_lists import one_figure_rows, rows_between

    one_figure_rows(lines, rows)
    rows_between(lines, rows)

    absorbed = labels_above(lines, rows)
    absorbed |= wrapped_labels(lines, rows, absorbed)
    # A group's label on a line of its own between two rows ("三、本年度办理结果") is a row of
    # one cell: the table goes on under the same header.
    filled = [i for i, ln in enumerate(lines) if ln.stripped and i not in absorbed]
    for a, i, b in zip(filled, filled[1:], filled[2:], strict=False):
        ln = lines[i]
        if (rows[i] is None and rows[a] is not None and rows[b] is not None and _GROUP_LABEL.fullmatch(ln.stripped)
                and not _opens_another_table(rows[a], rows[b])):
            end = len(ln.text.rstrip(" \u3000"))
            rows[i] = _Line(ln.text[:end] + "\t", ln.origin[:end] + offsets((ln.origin[end - 1],)), ln.page_break)
    out = list(lines)
    i, n = 0, len(lines)
    while i < n:
        if rows[i] is None:
            i += 1
            continue
        run = []
        j = i
        while j < n and (rows[j] is not None or not lines[j].stripped or _RULE_LINE.fullmatch(lines[j].stripped)):
            if rows[j] is not None:
                run.append(j)
            j += 1
        figured = [k for k in run if _has_figures(rows[k])]
        if len(figured) == 1 and figured[0] > 0 and (head := _header_of(lines[figured[0] - 1], rows[figured[0]])):
            # One row of figures under a header of as many words, single-spaced ("结果维持 结果纠正 … 总计"
            # over "1 0 0 1 2 …", the disclosure report's table of reviews and lawsuits): a table too
            rows[figured[0] - 1] = head
            run = sorted({*run, figured[0] - 1})
            figured.append(figured[0] - 1)
        if len(figured) >= 2:  # a header's rows hold no figure
            for k in run:
                out[k] = rows[k]  # type: ignore[assignment]
            for k in range(run[0], run[-1]):
                if rows[k] is None and lines[k].stripped:  # a rule drawn between the header and the rows
                    out[k] = _Line("", offsets(), lines[k].page_break)
            above = run[0] - 1
            if above >= 0 and rows[above] is None and (head := _spaced_header(lines[above], rows[figured[0]])):
                # "项目 2024年 2023年 同比增减" over "检查次数 4,512 4,106 9.9%": the header, single-spaced
                out[above] = head
            elif above >= 1 and rows[above] is None and (head := _wrapped_header(lines[above - 1], lines[above],
                                                                                  rows[figured[0]])):
                out[above - 1], out[above] = head, _Line("", offsets(), lines[above].page_break)
        i = j
    return out


def _opens_another_table(before: _Line, after: _Line) -> bool:
    """Is the row after a line of its own a header of words only, of another width than the row
    before it ("…结转下年度继续办理 3 1 0 0 0 0 4" / "四、政府信息公开行政复议、行政诉讼情况" / "项目 结果维持 …
    总计")? Then the line is a heading between two tables, not a group's label inside one."""
    cells = after.text.split("\t")
    return len(cells) != len(before.text.split("\t")) and not any(_LONE_NUMBER.fullmatch(c.strip()) for c in cells)


def _split_at_spaces(line: _Line, lead: int, end: int) -> _Line:
    """``line`` from ``lead`` to ``end`` with every run of spaces as one tab (each character keeps its origin)."""
    text = line.text
    chars: list[str] = []
    origin = offsets()
    last = lead
    for m in re.finditer(r"[ \u3000]+", text[:end]):
        if m.start() < lead:
            continue
        chars.append(text[last : m.start()])
        origin.extend(line.origin[last : m.start()])
        chars.append("\t")
        origin.append(line.origin[m.start()])
        last = m.end()
    chars.append(text[last:end])
    origin.extend(line.origin[last:end])
    return _Line("".join(chars), origin, line.page_break)


_WORDS_ROW = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[ \u3000]+[\u4e00-\u9fff]{2,8}){2,}")


def _header_of(line: _Line, row: _Line | None) -> _Line | None:
    """``line`` split at every space, as a header row, when it is words only and has as many of them
    as ``row`` has cells, all figures (five or more); else None."""
    if row is None:
        return None
    cells = row.text.split("\t")
    if len(cells) < 5 or not all(_LONE_NUMBER.fullmatch(c.strip()) for c in cells):
        return None
    text = line.text
    lead = len(text) - len(text.lstrip(" \u3000"))
    end = len(text.rstrip(" \u3000"))
    if not _WORDS_ROW.fullmatch(text, lead, end) or len(text[lead:end].split()) != len(cells):
        return None
    return _split_at_spaces(line, lead, end)


_HEAD_CELL = re.compile(r"[\u4e00-\u9fff\d()（）/%]{1,12}")


def _spaced_header(line: _Line, row: _Line | None) -> _Line | None:
    """The line above a table laid out with spaces split at every space, as its header, when it has
    as many words as the rows have cells, each a short name (2024年, 同比增减, 罚没款(万元)) and no
    sentence; else None."""
    if row is None:
        return None
    text = line.text
    lead = len(text) - len(text.lstrip(" \u3000"))
    end = len(text.rstrip(" \u3000"))
    words = text[lead:end].split()
    if (len(words) != len(row.text.split("\t")) or len(words) < 3 or _CLAUSES.search(text)
            or not all(_HEAD_CELL.fullmatch(w) and not _LONE_NUMBER.fullmatch(w) for w in words)):
        return None
    return _split_at_spaces(line, lead, end)


def _wrapped_header(top: _Line, rest: _Line, row: _Line | None) -> _Line | None:
    """A header a PDF copy wrapped over two lines: its last cell's aside ("… 办结率(%" / ")"), or its
    words ("项目 自然人 商业企业 科研" / "机构 社会公益组织 … 总计", cut inside a word or between two):
    the two lines joined, as ``_spaced_header`` reads them, when one way of joining them alone gives
    as many words as the rows have cells; else None."""
    stub = rest.stripped
    end = len(top.text.rstrip(" \u3000"))
    lead = len(rest.text) - len(rest.text.lstrip(" \u3000"))

    def joined(gap: str) -> _Line:
        return _Line(top.text[:end] + gap + stub, top.origin[:end] + rest.origin[lead : lead + len(gap)]
                     + rest.origin[lead : lead + len(stub)], top.page_break)

    if 1 <= len(stub) <= 3 and stub.endswith((")", "）")) and _open_aside(top.stripped):
        return _spaced_header(joined(""), row)
    if len(top.stripped.split()) < _WRAPPED_HEAD_WORDS:
        return None  # (a caption over a header, "表1 执法情况", is no part of it)
    found = [h for h in (_spaced_header(joined(""), row), _spaced_header(joined(" "), row)) if h is not None]
    return found[0] if len(found) == 1 else None


_WRAPPED_HEAD_WORDS = 3  # words on a wrapped header's first line, at least


def _as_pipe_row(line: _Line) -> _Line:
    text = line.text
    a = len(text) - len(text.lstrip(" \u3000"))
    b = len(text.rstrip(" \u3000"))
    body = text[a:b].replace("\t", "|")
    origin = line.origin[a:b]
    return _Line("|" + body + "|", offsets((origin[0],)) + origin + offsets((origin[-1],)), line.page_break)


def _regroup_table_cells(lines: list[_Line]) -> list[_Line]:
    """Re-join a table that a web copy flattened to one cell a line ("cell |").

    A line holding only "|" starts a row; the cell lines after it form the row.
    """
    out: list[_Line] = []
    # The row being re-joined: its cells' texts and offsets, made one line when it ends (adding
    # each cell to a string made so far would copy the row once per cell).
    cells: list[str] = []
    origin = offsets()
    for ln in lines:
        s = ln.stripped
        if s == "|":
            if cells:
                out.append(_Line("".join(cells), origin))
            cells, origin = ["|"], ln.origin[ln.text.index("|") :][:1]
            continue
        if cells and s.endswith("|"):
            lead = len(ln.text) - len(ln.text.lstrip())
            cells.append(s)
            origin.extend(ln.origin[lead : lead + len(s)])
            continue
        if cells:
            out.append(_Line("".join(cells), origin))
            cells, origin = [], offsets()
        out.append(ln)
    if cells:
        out.append(_Line("".join(cells), origin))
    return out


# A table a PDF copy gives one cell a line: a word cell is short and has no clause punctuation (a
# label, a column's head); a figure cell is a bare number.
_WORD_CELL = re.compile(r"[^\s。,，;；:：、|][^。,，;；:：|]{0,39}")
_CELL_ASIDE = re.compile(r"[(（][^()（）]*[)）]")  # "（区分处理的，只计这一情形，不计其他情形）"
_FIGURE_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_MIN_COLUMNS = 3
_MIN_ROWS = 2
_WRAPPED = 15  # a label line this long, then one of three characters at most: one label wrapped
_MIN_LONE_ROW = 5  # the figures of a row under its header and no label: five or more


def _cell_kind(s: str) -> str:
    if _FIGURE_CELL.fullmatch(s):
        return "n"
    return "w" if _WORD_CELL.fullmatch(_CELL_ASIDE.sub("", s)) and not s.isdigit() else ""


def cell_lines(lines: list[_Line]) -> list[_Line]:
    """A table printed one cell a line ("项目", "2023年", "2022年", then "检查企业(家次)", "1,860",
    "1,620", …) as "|" rows: a header of n word cells (n ≥ 3) and, under it, two rows or more of a
    label and n - 1 figures each, blank lines between cells allowed. The header is the last n word
    lines before the first row (a caption above it is no cell); the table ends at the first line
    that breaks the shape, which stays as it was."""
    kinds = [_cell_kind(ln.stripped) if ln.stripped else " " for ln in lines]
    if kinds.count("n") < (_MIN_COLUMNS - 1) * _MIN_ROWS:
        return lines
    _wrapped_asides(lines, kinds)
    out = list(lines)
    i, n = 0, len(lines)
    while i < n:
        if kinds[i] != "w":
            i += 1
            continue
        run = []  # the indices of the cell lines from i on
        j = i
        while j < n and kinds[j]:
            if kinds[j] != " ":
                run.append(j)
            j += 1
        shape = "".join(kinds[k] for k in run)
        words = len(shape) - len(shape.lstrip("w"))
        table = _table_in(shape, words)
        figures = len(shape) - words - len(shape[words:].lstrip("n"))
        if table is None and _MIN_LONE_ROW <= figures <= words:
            # One row of figures under as many words (the national form's table of reviews and
            # lawsuits: "结果维持 … 总计" three times over fifteen figures), group heads among them.
            heads = _column_heads([lines[k].stripped for k in run[:words]], figures)
            header = [run[k] for k in heads]
            groups = [k for k in run[:words] if k not in header]
            # the group heads, each a line of its own, then the header row, then the figures: the
            # rows of a table are not parted by a line of words
            slots = iter(run[:words])
            for k in groups:
                out[next(slots)] = lines[k]
            out[next(slots)] = _joined([lines[k] for k in header], figures)
            for k in slots:
                out[k] = _Line("", offsets(), lines[k].page_break)
            row = run[words : words + figures]
            out[row[0]] = _joined([lines[k] for k in row], figures)
            for k in row[1:]:
                out[k] = _Line("", offsets(), lines[k].page_break)
            i = row[-1] + 1
            continue
        if table is None:
            i = j if j > i else i + 1
            continue
        else:
            first, width, _ = table
            texts = [lines[k].stripped for k in run]
            sizes = _row_sizes(shape, first, width, lambda k, texts=texts: _wrapped_label(texts[k], texts[k + 1]))
        pos = first
        for size in sizes:
            row = run[pos : pos + size]
            out[row[0]] = _joined([lines[k] for k in row], sizes[0])
            for k in row[1:]:
                out[k] = _Line("", offsets(), lines[k].page_break)
            pos += size
        i = run[pos - 1] + 1
    return out


def _open_aside(s: str) -> bool:
    """Does a line open an aside it does not close ("(二)部分公开(区分处理的,只计这一")?"""
    return s.count("(") + s.count("（") > s.count(")") + s.count("）")


def _wrapped_label(top: str, rest: str) -> bool:
    """Are two label lines over a row's figures one label wrapped: a long line and a stub ("…政府信息
    公开申" / "请"), a line opening an aside it does not close, or an item ("1.本机关不掌握相关政府")
    and a line that opens none ("信息")?"""
    return ((len(top) >= _WRAPPED and len(rest) <= 3) or _open_aside(top)
            or (bool(_MARKER_CELL.match(top)) and not _MARKER_CELL.match(rest)))


def _wrapped_asides(lines: list[_Line], kinds: list[str]) -> None:
    """A label whose aside a PDF copy wrapped ("(二)部分公开(区分处理的,只计这一" / "情形,不计其他
    情形)") is a word cell over two lines, though neither line alone reads as one."""
    filled = [i for i, k in enumerate(kinds) if k != " "]
    for a, b in pairwise(filled):
        if kinds[a] == "" and _open_aside(lines[a].stripped) and _cell_kind(lines[a].stripped + lines[b].stripped) == "w":
            kinds[a] = kinds[b] = "w"


def _row_sizes(shape: str, first: int, width: int, wrapped=lambda pos: False) -> list[int]:
    """The number of cell lines of each row from the header at ``first`` on: the header and the rows
    of a label and ``width`` - 1 figures, and between them a group's label on a line of its own
    ("三、本年度办理结果", "（三）不予公开") when a row follows it."""
    row = "w" + "n" * (width - 1)
    sizes = [width]
    pos = first + width
    while pos < len(shape):
        if shape.startswith(row, pos):
            sizes.append(width)
            pos += width
            continue
        labels = len(shape) - pos - len(shape[pos:].lstrip("w")) - 1  # group labels before a row's label
        if 1 <= labels <= 3 and shape.startswith(row, pos + labels) and wrapped(pos + labels - 1):
            # a label wrapped over two lines ("…政府信息公开申" / "请"), group labels before it
            sizes += [1] * (labels - 1) + [width + 1]
            pos += labels + width
            continue
        if 1 <= labels <= 2 and shape.startswith(row, pos + labels):
            sizes += [1] * labels
            pos += labels
            continue
        break
    return sizes


def _column_heads(words: list[str], n: int) -> list[int]:
    """Which of a header's ``words`` head the ``n`` columns: a block of heads the words repeat
    (``n`` a multiple of its length, the block printed that many times, group heads between the
    blocks: "行政复议 行政诉讼 结果维持 … 总计 未经复议直接起诉 复议后起诉 结果维持 … 总计 …"), else
    the last ``n`` words."""
    for size in range(3, n):
        if n % size:
            continue
        block = words[-size:]
        starts = [k for k in range(len(words) - size + 1) if words[k : k + size] == block]
        if len(starts) == n // size and all(b - a >= size for a, b in pairwise(starts)):
            return [k + j for k in starts for j in range(size)]
    return list(range(len(words) - n, len(words)))


def _table_in(shape: str, words: int) -> tuple[int, int, int] | None:
    """(where the header starts in the run, its width, the rows under it) for the run's cell kinds
    ``shape``: ``words`` word cells (the header, and the first row's label last), then the rows
    ("wwww" + "wnnn" * k + …); the widest header that two rows fit, None when none does."""
    top = words - 1  # where the first row starts
    for width in range(top, _MIN_COLUMNS - 1, -1):
        row = "w" + "n" * (width - 1)
        rows = 0
        while shape.startswith(row, top + rows * width):
            rows += 1
        if rows >= _MIN_ROWS:
            return top - width, width, rows
    return None


def _joined(cells: list[_Line], width: int) -> _Line:
    """Cell lines as one "|" row; each "|" takes the origin of the character after it. A group's
    label alone is a row of one filled cell and an empty one ("|三、本年度办理结果||"), as
    ``_space_rows`` makes it."""
    chars: list[str] = []
    origin = offsets()
    for n, ln in enumerate(cells):
        lead = len(ln.text) - len(ln.text.lstrip())
        s = ln.stripped
        chars.append(s if n == 1 and len(cells) == width + 1 else "|" + s)  # (the end of a wrapped label)
        if not (n == 1 and len(cells) == width + 1):
            origin.append(ln.origin[lead])
        origin.extend(ln.origin[lead : lead + len(s)])
    last = cells[-1]
    end = last.origin[len(last.text.rstrip()) - 1]
    if len(cells) == 1 and width > 1:
        chars.append("|")
        origin.append(end)
    chars.append("|")
    origin.append(end)
    return _Line("".join(chars), origin, cells[0].page_break)
