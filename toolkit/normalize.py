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
from dataclasses import dataclass, field
from itertools import pairwise

from .load import Document
from .offsets import OFFSETS, OffsetMap, offsets  # noqa: F401  (re-exported)
from .table_layout import _Line, _regroup_table_cells, _space_rows, _tab_rows, cell_lines

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
# A digit may follow too ("…68.2万元.4,127件案件中"): after a CJK character a dot is no decimal point.
_SENTENCE_DOT = re.compile(r"(?<=[\u3400-\u9fff%)”』」])\.(?=[ \u3000]*(?:[\u3400-\u9fff“(「『]|\n|$))"
                           r"|(?<=[\u3400-\u9fff])\.(?=\d)")
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


_FIGURE_CELL = re.compile(r"^[-−]?\d[\d,.]*\s*(?:%|‰|[\u4e00-\u9fff]{1,2})?$")


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
    # A line every occurrence of which a figure follows is a row's label in tables printed one cell
    # a line ("收到复议申请\n45" in each year's table), not a header (page numbers are dropped above).
    labels: dict[str, bool] = {}
    for i, ln in enumerate(lines):
        s = ln.stripped
        if s and counts[s] >= 3:
            nxt = next((j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].stripped and j not in drop), None)
            labels[s] = labels.get(s, True) and nxt is not None and bool(_FIGURE_CELL.match(lines[nxt].stripped))
    for i, ln in enumerate(lines):
        s = ln.stripped
        # (five characters or more: "总计", "其他结果", "尚未审结" recur as the cells of a table printed
        # one cell a line; a running header names the report or its issuer)
        if (s and counts[s] >= 3 and len(s) <= 40 and len(_CJK.findall(s)) >= 5
                and not _HEADER_PUNCTUATION.search(s) and not _BLOCK_START.match(s) and not labels.get(s)):
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


def _wrap_width(lines: list[_Line]) -> int:
    """The typical length of a hard-wrapped line (0 when the text is not wrapped): measured on the
    lines of prose -- a table's rows are no wrapped lines, and many rows of their own lengths hide the
    page's width -- else (too few of them to tell) on all lines."""
    prose = [ln for ln in lines if "|" not in ln.stripped]
    return (len(prose) < len(lines) and _width_of(prose)) or _width_of(lines)


def _width_of(lines: list[_Line]) -> int:
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
# a number cut after a group of thousands shorter than three digits ("412,68")
_OPEN_GROUP = re.compile(r"\d,\d{1,2}$")
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
        if _OPEN_GROUP.search(prev):
            return True  # "412,68\n0万元": a group of thousands has three digits -- the number goes on
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
# A figure whose thousands are grouped by a space, as the national standard for numbers in print
# (GB/T 15835) allows: "1 268件", "12 684件", "3 682.45万元" -- a group of one to three digits not
# after a digit, then groups of exactly three, then the figure's unit or a decimal part.
_SPACE_GROUPED = re.compile(r"(?<![\d.,])(?<!\d )\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+"
                            r"(?=\.\d|[万亿千]?[\u4e00-\u9fff%])")
# One such figure may be two numbers side by side ("转110 412件"): a report that groups thousands by
# spaces does so in every figure of four digits or more. So the spaces are read as groupings only
# where the report writes several figures so, or more of them so than figures of four digits or
# more without a space (a year, "2023年", is no such figure).
_SPACE_GROUPED_MIN = 3
# a table cell of one such figure ("|2 062|", between the cell marks of an HTML, DOCX or Markdown row)
_SPACE_GROUPED_CELL = re.compile(r"(?:(?<=[|\t])|(?<=[|\t] ))\d{1,3}(?: \d{3})+(?:\.\d+)?%?(?= ?(?:[|\t\n]|$))")
_UNGROUPED = re.compile(r"(?<![\d.,])(?<!\d )\d{4,}(?:\.\d+)?(?=[万亿千]?[\u4e00-\u9fff%])(?!\d*年)")


def _space_grouped(text: str) -> set[int]:
    """The positions of the spaces inside figures grouped by spaces, in a report that writes them so."""
    found = list(_SPACE_GROUPED.finditer(text))
    if not found or (len(found) < _SPACE_GROUPED_MIN and len(found) <= len(_UNGROUPED.findall(text))):
        return set()
    found += _SPACE_GROUPED_CELL.finditer(text)  # (the report's tables write them so too)
    return {m.start() + i for m in found for i, ch in enumerate(m.group()) if ch == " "}


# A figure a PDF spaced out letter by letter, as justified lines are extracted ("立案查处 3 1 2件",
# "1 ,2 8 6件", "9 9 .0%"): single digits, each apart from the next by one space (a grouping comma or a
# decimal point beside it), the figure's unit or the text going on right after (one space allowed).
# Two numbers side by side are never written so ("2021 2022", a table's "12 34" have groups of digits;
# a table row of one-digit cells ends its line or runs into the next cell, not into a unit).
_LETTER_BODY = r"\d(?:(?: [,.] | [,.]?|[,.] )\d)+(?= ?[%‰\u4e00-\u9fff])"
_LETTER_SPACED = re.compile(r"(?<![\d.,A-Za-z])(?<![\d.,] )" + _LETTER_BODY)
_LETTER_SPACED_AT = re.compile(_LETTER_BODY)
# Where a line or sentence opens, "1. " is an item's number, not a decimal point: "1. 5件予以公开" is
# item 1, 5件 (read as 1.5件 its shares and sums failed on a consistent list).
_ITEM_OPENS = "\n。;:!?;:!?"


_ITEM_NUMBER = re.compile(r"\d\. (?=\d)")


def _item_number(text: str, m: re.Match) -> bool:
    """Does the match open with an item's number ("1. ") at the head of a line or sentence?"""
    if m.group()[1:3] != ". ":
        return False
    i = m.start()
    while i and text[i - 1] in " \u3000":
        i -= 1
    return i == 0 or text[i - 1] in _ITEM_OPENS


def _item_spaces(text: str) -> set[int]:
    """The spaces after an item's number a figure follows ("1. 5件"): kept, so that no decimal is read."""
    if ". " not in text:
        return set()
    return {m.end() - 1 for m in _ITEM_NUMBER.finditer(text) if _item_number(text, m)}


def _letter_spaced(text: str) -> set[int]:
    """The positions of the spaces inside figures spaced out letter by letter."""
    out: set[int] = set()
    for m in _LETTER_SPACED.finditer(text):
        if _item_number(text, m):
            # the figure, if any, starts after the item's number ("1. 3 1 2件")
            m = _LETTER_SPACED_AT.match(text, m.start() + 3)
            if m is None:
                continue
        out.update(m.start() + i for i, ch in enumerate(m.group()) if ch == " ")
    return out


def _squeeze_spaces(text: str, origin: array) -> tuple[str, array]:
    """Drop spaces that a PDF put between CJK text and digits; keep one between words."""
    if not _SPACES.search(text):
        return text, origin
    grouped = _space_grouped(text) | _letter_spaced(text)
    items = _item_spaces(text)
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
        if a in grouped:
            pass  # a space between groups of thousands: one figure
        elif a in items or (left.isascii() and left.isalnum() and right.isascii() and right.isalnum()):
            # (an item's number before its figure keeps its space too: "1. 5件", no decimal)
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
    # (tables after the page furniture is gone: a table a page break splits is one table)
    kept = cell_lines(_regroup_table_cells(_tab_rows(_space_rows(kept))))
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
