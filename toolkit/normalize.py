"""Document -> Text: NFKC, page furniture removed, wrapped lines re-joined.

The normalized text keeps, for every character, the offset of the character of
the original text it came from, so any span found later can be cited by its
original line. That map is an ``array('q')`` (8 bytes a character; a list would
hold an int object per character, ~40 bytes). Paragraphs are separated by ``\\n``; a sentence never contains a
line break that the PDF or the copy-paste put there.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice, pairwise

import numpy as np

from .load import Document

# The offset map's element type: 64-bit signed, whatever the platform's C long.
OFFSETS = "q"


def offsets(values=()) -> array:
    """A compact offset map (``array('q')``) holding ``values``."""
    return array(OFFSETS, values)


class OffsetMap:
    """A read-only offset map stored as runs: original offsets go up by one from character to
    character nearly everywhere, so one (start, offset) pair per run stands for the run (a
    7-million-character text: 55 MB as an ``array('q')``, about 2 MB as runs). Reads like the
    array: ``len``, ``[i]`` (negative too), slices, iteration, equality."""

    __slots__ = ("_bases", "_len", "_starts")

    def __init__(self, values=()) -> None:
        values = values if isinstance(values, array) and values.typecode == OFFSETS else offsets(values)
        self._len = len(values)
        # A run starts at 0 and wherever values[i] != values[i - 1] + 1. numpy (loaded by the
        # readers already) finds them: this runs once per report, over every character.
        v = np.frombuffer(values, dtype=np.int64) if values else np.zeros(0, dtype=np.int64)
        starts = np.flatnonzero(v[1:] != v[:-1] + 1) + 1
        if len(v):
            starts = np.concatenate((np.zeros(1, dtype=np.int64), starts))
        self._starts, self._bases = offsets(), offsets()
        self._starts.frombytes(starts.astype(np.int64).tobytes())
        self._bases.frombytes(v[starts].tobytes())

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: int | slice) -> int | array:
        if isinstance(i, slice):
            return offsets(self[j] for j in range(*i.indices(self._len)))
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset map index out of range")
        k = bisect.bisect_right(self._starts, i) - 1
        return self._bases[k] + i - self._starts[k]

    def __iter__(self) -> Iterator[int]:
        ends = [*islice(self._starts, 1, None), self._len] if self._len else []
        for start, base, end in zip(self._starts, self._bases, ends, strict=True):
            yield from range(base, base + end - start)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            return (self._len, self._starts, self._bases) == (other._len, other._starts, other._bases)
        try:
            return len(other) == self._len and all(a == b for a, b in zip(self, other, strict=True))  # type: ignore[arg-type]
        except TypeError:
            return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"OffsetMap({len(self._starts)} runs over {self._len} characters)"


# Line-level patterns -------------------------------------------------------

# "—7—", "- 3 -", "－ 12 －", "第 3 页 共 10 页", "3/10", "Page 3"
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–－~一]{1,3}\s*\d{1,4}\s*[-—–－~一]{1,3}"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
    r")\s*$"
)
_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
# The issuing-office banner of a 红头文件 and the signer line.
_BANNER = re.compile(r"^\s*(?:\S{2,30}(?:文件|文件稿)|签发人\s*[:：]\s*\S{1,10}|抄送\s*[:：].*|印发\s*$)\s*$")
# Markdown emphasis and heading marks; they never carry figures.
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![*\w])\*(?!\s)|(?<!\S)_(?!\s))")
_MD_LINE_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))")

# Sentence enders after which a line break is a real paragraph end.
_TERMINAL = set("。！？!?；;:：…」』”\"")
# A line starting with one of these begins a new block (heading or list item).
_BLOCK_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]"
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}[、．]|\d{1,2}\.(?!\d)"
    r"|第[一二三四五六七八九十\d]{1,3}[章节部分条]"
    r"|[一二三四五六七八九十]是"
    r"|[|｜]"
    r"|附件|附表|表\s*\d"
    r")"
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIGIT = re.compile(r"\d")
# Punctuation a running header has none of; a banner line, none of the sentence's.
_HEADER_PUNCTUATION = re.compile(r"[。，,；;|]")
_BANNER_PUNCTUATION = re.compile(r"[。，,]")
# What a running header printed in the middle of a wrapped sentence has none of.
_HEADER_BREAKERS = re.compile(r"[\d。，,；;:：]")


@dataclass
class Text:
    """Normalized text with a map back to the original document."""

    text: str
    origin: OffsetMap  # origin[i] = offset in the original text of normalized char i
    original: str = field(repr=False)
    _line_starts: array = field(default_factory=offsets, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.origin, OffsetMap):
            self.origin = OffsetMap(self.origin)
        if not self._line_starts:
            starts = offsets((0,))
            starts.extend(m.end() for m in _NEWLINE.finditer(self.original))
            self._line_starts = starts

    def original_offset(self, pos: int) -> int:
        """Offset in the original text of normalized position ``pos`` (end-exclusive safe)."""
        if not self.origin:
            return 0
        if pos >= len(self.origin):
            return self.origin[-1] + 1
        return self.origin[max(pos, 0)]

    def line_of(self, pos: int) -> int:
        """1-based line in the original text of normalized position ``pos``."""
        return bisect.bisect_right(self._line_starts, self.original_offset(pos))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.original_offset(start)
            return o, o
        return self.original_offset(start), self.origin[min(end, len(self.origin)) - 1] + 1


_NEWLINE = re.compile("\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]")


# NFKC leaves ASCII and the CJK unified ideographs (U+4E00–U+9FFF, which have no
# decompositions) as they are: only the other characters need looking at.
_MAY_CHANGE = re.compile(r"[^\x00-\x7f\u4e00-\u9fff]")


def _nfkc_chars(text: str) -> tuple[str, array]:
    """NFKC, keeping each output character's source offset.

    NFKC turns full-width digits and punctuation (１２, ，, ％, ∶) into ASCII.
    Most characters it changes map one to one: those are replaced in place
    (``str.replace`` per distinct character; the offsets stay as they are).
    Only texts with expanding characters (㎡, …) take the slow path. Tabs are kept:
    ``_tab_rows`` tells cell separators from indentation.
    """
    if _CONTROL.search(text):
        # Zero-width spaces, soft hyphens and stray control characters carry nothing.
        # The kept offsets: every position outside the runs the pattern removes.
        keep = offsets()
        last = 0
        for m in _CONTROL.finditer(text):
            keep.extend(range(last, m.start()))
            last = m.end()
        keep.extend(range(last, len(text)))
        text = _CONTROL.sub("", text)
    else:
        keep = None
    table: dict[str, str] = {}
    expanding = False
    for ch in set(_MAY_CHANGE.findall(text)):
        n = unicodedata.normalize("NFKC", ch)
        if n != ch:
            table[ch] = n
            expanding = expanding or len(n) != 1
    base = keep if keep is not None else range(len(text))
    if not expanding:
        # A one-character NFKC result is itself NFKC-stable, so no replacement
        # produces a character that another one would change again.
        for ch, n in table.items():
            text = text.replace(ch, n)
        return text, base if keep is not None else offsets(base)
    out: list[str] = []
    origin = offsets()
    for i, ch in zip(base, text, strict=True):
        n = table.get(ch, ch)
        out.append(n)
        if len(n) == 1:
            origin.append(i)
        else:
            origin.extend([i] * len(n))
    return "".join(out), origin


# A half-width "." closing a sentence of Chinese text ("共检查企业120家.其中…", "…120家. 其中",
# "增长4.6%.") is a "。". Not a decimal point or a list marker after a digit ("3.5", "1.本机关"):
# the character before is a CJK character or a closing mark; not a dot inside Latin text, a URL
# or an abbreviation ("www.gov.cn", "No.3", "etc."): what follows is CJK text, an opening mark
# or the end of the line.
_SENTENCE_DOT = re.compile(r"(?<=[\u3400-\u9fff%)”』」])\.(?=[ \u3000]*(?:[\u3400-\u9fff“(「『]|\n|$))")
# "一.本机关…", "二十. ": a Chinese list marker at the head of a line or sentence.
_CN_LIST_MARKER = re.compile(r"(?:^|(?<=[\n。;:!? \u3000]))[一二三四五六七八九十]{1,3}$")


def _sentence_dots(text: str) -> str:
    """Half-width sentence-closing dots as "。" (one character for one: the offsets stay)."""
    if "." not in text:
        return text

    def repl(m: re.Match) -> str:
        a = m.start()
        if _CN_LIST_MARKER.search(text, max(0, a - 4), a):
            return "."
        return "。"

    return _SENTENCE_DOT.sub(repl, text)


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


def _split_lines(text: str, origin: array) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    if "\f" not in text:
        for raw in text.split("\n"):
            end = pos + len(raw)
            lines.append(_Line(raw, origin[pos:end]))
            pos = end + 1
        return lines
    for raw in text.split("\n"):
        end = pos + len(raw)
        pages = raw.split("\f")
        p = pos
        for k, part in enumerate(pages):
            if k:
                lines.append(_Line("", offsets(), page_break=True))
            lines.append(_Line(part, origin[p : p + len(part)]))
            p += len(part) + 1
        pos = end + 1
    return lines


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
_GROUP_LABEL = re.compile(r"[^。,，;；:：]{2,24}")
# A line that breaks into clauses ("52  件,办结  50  件。") is a sentence laid out with spaces (a
# PDF's copy puts them around figures), not a row: a table's cell is a label or a figure.
_CLAUSES = re.compile(r"[\u4e00-\u9fff][,，;；][\u4e00-\u9fff]|。")
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def _spaced(line: _Line) -> _Line | None:
    """The line with its cell gaps as tabs, if it may be a row of a table laid out with spaces
    (three or more cells, or a label and three or more figures), else None."""
    text = line.text
    if "\t" in text or not text.strip() or _CLAUSES.search(_ASIDE.sub("", text)):
        return None
    lead = len(text) - len(text.lstrip(" \u3000"))
    end = len(text.rstrip(" \u3000"))
    gaps = [m.span() for m in _CELL_GAP.finditer(text, lead, end)]
    m = _ROW_FIGURES.search(text, lead, end)
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


def _has_figures(row: _Line | None) -> bool:
    return row is not None and any(_LONE_NUMBER.fullmatch(c.strip()) for c in row.text.split("\t")[1:])


def _space_rows(lines: list[_Line]) -> list[_Line]:
    """Runs of rows laid out with spaces (blank lines between them allowed), two or more of them
    with figures after their first cell, become tab-separated rows, which ``_tab_rows`` reads as
    a table (a header's rows among them); a single such line stays prose."""
    if not any(_CELL_GAP.search(ln.text) or _ROW_FIGURES.search(ln.text) for ln in lines):
        return lines
    rows = [_spaced(ln) for ln in lines]
    # A group's label on a line of its own between two rows ("三、本年度办理结果") is a row of
    # one cell: the table goes on under the same header.
    filled = [i for i, ln in enumerate(lines) if ln.stripped]
    for a, i, b in zip(filled, filled[1:], filled[2:], strict=False):
        ln = lines[i]
        if rows[i] is None and rows[a] is not None and rows[b] is not None and _GROUP_LABEL.fullmatch(ln.stripped):
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
        while j < n and (rows[j] is not None or not lines[j].stripped):
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
        i = j
    return out


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


def _as_pipe_row(line: _Line) -> _Line:
    text = line.text
    a = len(text) - len(text.lstrip(" \u3000"))
    b = len(text.rstrip(" \u3000"))
    body = text[a:b].replace("\t", "|")
    origin = line.origin[a:b]
    return _Line("|" + body + "|", offsets((origin[0],)) + origin + offsets((origin[-1],)), line.page_break)


def _strip_markdown(line: _Line) -> _Line:
    m = _MD_LINE_PREFIX.match(line.text)
    if m:
        mark = m.group().strip()[:1]
        line = _Line(line.text[m.end() :], line.origin[m.end() :], mark="" if mark == ">" else mark)
    return _drop(line, _MD_EMPHASIS)


_BOLD = re.compile(r"\*\*")


def _drop(line: _Line, pattern: re.Pattern) -> _Line:
    if not pattern.search(line.text):
        return line
    keep = [True] * len(line.text)
    for m in pattern.finditer(line.text):
        for i in range(m.start(), m.end()):
            keep[i] = False
    return _Line("".join(c for c, k in zip(line.text, keep, strict=True) if k),
                 offsets(o for o, k in zip(line.origin, keep, strict=True) if k), line.page_break, line.mark)


def _furniture(lines: list[_Line]) -> set[int]:
    """Indices of lines that are page numbers, running headers/footers or the banner."""
    drop: set[int] = set()
    bare: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        s = ln.stripped
        if s and _PAGE_NUMBER.match(s):
            drop.add(i)
        elif (m := _BARE_NUMBER.match(s)):
            bare.append((i, int(m.group(1))))
    # A number alone on a line is a page number only when such lines count the
    # pages up (a table flattened one cell a line has bare numbers too).
    values = [v for _, v in bare]
    if len(bare) >= 2 and all(0 < b - a <= 3 for a, b in pairwise(values)):
        drop.update(i for i, _ in bare)
    # Running headers/footers: a short line of words without sentence
    # punctuation that recurs at least three times is page furniture.
    counts = Counter(ln.stripped for ln in lines if ln.stripped)
    for i, ln in enumerate(lines):
        s = ln.stripped
        if (s and counts[s] >= 3 and len(s) <= 40 and len(_CJK.findall(s)) >= 2
                and not _HEADER_PUNCTUATION.search(s) and not _BLOCK_START.match(s)):
            drop.add(i)
    # A line of words that recurs only twice (the title, then once as a running header) is furniture
    # where it stands next to a page number ("- 1 -\n\n某局2024年…报告\n64名、…"), however few pages.
    numbered = sorted(i for i in drop if _PAGE_NUMBER.match(lines[i].stripped))
    for n in numbered:
        for i in (*_filled_near(lines, n, -1), *_filled_near(lines, n, 1)):
            s = lines[i].stripped
            if (counts[s] >= 2 and len(s) <= 40 and len(_CJK.findall(s)) >= 2
                    and not _HEADER_PUNCTUATION.search(s) and not _BLOCK_START.match(s)):
                drop.add(i)
    # The banner sits before the first real paragraph.
    seen = 0
    for i, ln in enumerate(lines):
        s = ln.stripped
        if not s:
            continue
        seen += 1
        if seen > 8:
            break
        if _BANNER.match(s) and not _BANNER_PUNCTUATION.search(s):
            drop.add(i)
    return drop


def _filled_near(lines: list[_Line], i: int, step: int) -> tuple[int, ...]:
    """The first non-blank line from ``i`` in direction ``step`` (none past two blank lines)."""
    j = i + step
    for _ in range(3):
        if not 0 <= j < len(lines):
            return ()
        if lines[j].stripped:
            return (j,)
        j += step
    return ()


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


def _wrap_width(lines: list[_Line]) -> int:
    """The typical length of a hard-wrapped line (0 when the text is not wrapped)."""
    lengths = sorted(len(ln.stripped) for ln in lines
                     if len(ln.stripped) >= 8 and not ln.mark and not _ITEM_LINE.match(ln.stripped))
    if len(lengths) < 4:
        return 0
    p75 = lengths[int(len(lengths) * 0.75)]
    # Wrapped text has many lines of nearly the same length; paragraphs of prose do not.
    near = sum(1 for n in lengths if abs(n - p75) <= max(3, p75 // 8))
    if near >= len(lengths) * 0.4 and p75 <= 120:
        return p75
    # A short wrapped report among long unwrapped lines and headings: the lines cut mid-sentence
    # (no sentence end, not a heading) are the wrapped ones, and they share one length.
    # Not the front and back matter of an official document (issuer printed above and below, its
    # number, its date): short lines without a sentence end that are not cut from anything.
    seen = Counter(ln.stripped for ln in lines)
    cut = sorted(len(ln.stripped) for ln in lines if len(ln.stripped) >= 8
                 and ln.stripped[-1] not in _TERMINAL and not _BLOCK_START.match(ln.stripped)
                 and seen[ln.stripped] == 1 and not _MATTER.search(ln.stripped))
    if len(cut) < 4:
        return 0
    mid = cut[len(cut) // 2]
    near = sum(1 for n in cut if abs(n - mid) <= max(2, mid // 10))
    return mid if near >= len(cut) * 0.6 and mid <= 120 else 0


# "第一季度:41236件", "电话渠道: 61235件": a line of a list, one label and one figure, not a wrap.
_ITEM_LINE = re.compile(r"^[^,，。;；:：\d]{1,12}[:：]\s*[\d][\d,.]*\s*[万亿千]?[\u4e00-\u9fff]{0,3}[;；,，]?$")
_MATTER = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$|[〔\[]\d{4}[〕\]]\d+号$")
_JOIN_NEXT = re.compile(r"^\s*(?:[万亿千]?(?:元|家|项|人|起|件|次|个|份|条|名|%|％|户|所|台|辆|场|支|篇|部|期)|[，,、。；;：:）)」”%])")


def _should_join(prev: str, nxt: str, width: int) -> bool:
    """Is the break between ``prev`` and ``nxt`` a wrap inside a paragraph?"""
    if not prev or not nxt:
        return False
    if "|" in prev or "|" in nxt:
        return False  # a table row ("a | b | c") is a line of its own
    if _JOIN_NEXT.match(nxt) and (prev[-1].isdigit() or prev[-1] in "万亿千百十" or (prev[-1] not in _TERMINAL
                                  and not _BLOCK_START.match(prev))):
        return True  # "74\n万元", "…\n，其中": a number or clause cut at the wrap
    if prev[-1] in _TERMINAL:
        return False
    if _BLOCK_START.match(nxt) or nxt.startswith("|") or prev.endswith("|"):
        return False
    if prev[-1].isdigit() and nxt[0].isdigit():
        # A line of wrapped text filled to the width was cut inside a number ("已办结55\n18件");
        # elsewhere two numbers on two lines are two table cells.
        return bool(width) and len(prev) >= width * 0.9 and not prev.isdigit()
    if width:
        # In wrapped text a line that stops well short of the width ends its block.
        return len(prev) >= width * 0.7
    # Unwrapped text: a long line without a sentence end was cut (copy-paste);
    # a short one is a heading or a table cell.
    return len(prev) >= 40


_SPACES = re.compile(r"[ \u3000\u00a0]+")


def _squeeze_spaces(text: str, origin: array) -> tuple[str, array]:
    """Drop spaces that a PDF put between CJK text and digits; keep one between words."""
    if not _SPACES.search(text):
        return text, origin
    parts: list[str] = []
    origins = offsets()
    last = 0
    for m in _SPACES.finditer(text):
        a, b = m.span()
        parts.append(text[last:a])
        origins.extend(origin[last:a])
        left = text[a - 1] if a else ""
        right = text[b] if b < len(text) else ""
        # Keep a space only between two Latin letters/digits (English words,
        # "2021 2022" two numbers); everywhere else it is layout.
        if left.isascii() and left.isalnum() and right.isascii() and right.isalnum():
            parts.append(" ")
            origins.append(origin[a])
        last = b
    parts.append(text[last:])
    origins.extend(origin[last:])
    return "".join(parts), origins


def normalize(doc: Document) -> Text:
    """Normalize a document's text for extraction, keeping the map to its lines."""
    # The whole text and its offsets are let go of as soon as the next form holds them: a
    # long report's peak memory is the few copies alive at one time.
    nfkc, origin = _nfkc_chars(doc.text)
    nfkc = _sentence_dots(nfkc)
    lines = _split_lines(nfkc, origin)
    del origin
    lines = _tab_rows(_space_rows(lines))
    # Text copied from a rendered page keeps "**bold**" markers now and then.
    md = doc.format == "md"
    if md:
        lines = [_strip_markdown(ln) for ln in lines]
    elif "**" in nfkc:
        lines = [_drop(ln, _BOLD) for ln in lines]
    del nfkc
    drop = _furniture(lines)
    kept = [ln for i, ln in enumerate(lines) if i not in drop and not ln.page_break]
    del lines
    kept = _regroup_table_cells(kept)
    # An HTML or DOCX reader gives one block (paragraph, heading, table row) a line: its lines
    # were never wrapped at a width, and short blocks of one length (table rows, list items)
    # must not be taken for a wrapped page's lines.
    width = 0 if doc.format in ("html", "docx") else _wrap_width(kept)

    repeats = Counter(ln.stripped for ln in kept if ln.stripped)
    out_c: list[str] = []
    out_o = offsets()
    prev = ""
    prev_mark = ""
    blank = False  # a blank line since the last one kept: in Markdown, a paragraph ends there
    for k, ln in enumerate(kept):
        kept[k] = None  # type: ignore[call-overload]  # its text and offsets are copied below
        s = ln.stripped
        if not s:
            blank = True
            continue  # blank lines alone decide nothing: PDFs put them between every line
        if (repeats[s] >= 2 and len(s) <= 30 and not _HEADER_BREAKERS.search(s)
                and prev and prev[-1] not in _TERMINAL and _should_join(prev, "续", width)):
            continue  # a running header printed in the middle of a wrapped sentence
        lead = len(ln.text) - len(ln.text.lstrip())
        body_c = [s]
        body_o = ln.origin[lead : lead + len(s)]
        if out_c:
            # A Markdown list item or heading starts a line; nothing runs on after a heading.
            if (not ln.mark and prev_mark != "#" and not (md and blank)
                    and not (_ITEM_LINE.match(s) and _ITEM_LINE.match(prev))
                    and _should_join(prev, s, width)):
                if prev[-1].isascii() and prev[-1].isalpha() and s[0].isascii() and s[0].isalpha():
                    out_c.append(" ")
                    out_o.append(body_o[0])
            else:
                out_c.append("\n")
                out_o.append(body_o[0])
        out_c.extend(body_c)
        out_o.extend(body_o)
        prev, prev_mark, blank = s, ln.mark, False
    del kept, repeats
    text = "".join(out_c)
    del out_c
    text, out_o = _squeeze_spaces(text, out_o)
    return Text(text, out_o, doc.text)
