"""Printed sizes: text widths in points, lines and row heights, column widths fitted to an A4 page."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from .styles import _LINE_PT, _PAGE_UNITS, _PT_PER_UNIT, FONT_SIZE

_EM = {"W": 1.0, "F": 1.0}  # CJK (wide, full-width) characters; Latin as DejaVu Sans: digits 0.636 em


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Printed width of one line of text in points: CJK characters are a full em, others about half."""
    return sum(size * _EM.get(unicodedata.east_asian_width(ch), 0.64 if ch.isdigit() or ch.isupper() else 0.56)
               for ch in text)


# DejaVu Sans advance widths (em) of the lower-case letters, the space and light punctuation: an
# English message laid out at 0.56 em a character came out a third taller than it prints.
_DEJAVU = dict(zip("abcdefghijklmnopqrstuvwxyz ,.;:'()-/", [
    .613, .635, .550, .635, .615, .352, .635, .634, .278, .278, .579, .278, .974, .634, .612, .635, .635,
    .411, .521, .392, .634, .592, .818, .592, .592, .525, .318, .318, .318, .337, .337, .275, .390, .390,
    .361, .337], strict=True))


def _line_width(text: str, size: float) -> float:
    """Width of a piece of a wrapped line: Latin letters by their own widths, the rest as text_width."""
    return sum(size * _DEJAVU[ch] if ch in _DEJAVU else text_width(ch, size) for ch in text)


# What a line is not broken inside, counted generously: a figure with its unit and the punctuation
# after it ("12658项、"), a Latin word, a CJK character with the punctuation that may not start a line.
_TOKEN = re.compile(r"[-+]?\d[\d.,%]*[\u4e00-\u9fff]{0,3}[、，,。;；:：)）%]?"
                    r"|[\u2e80-\u9fff\uf900-\uffef][、，,。;；:：)）]?"
                    r"|[^\s\u2e80-\u9fff\uf900-\uffef]+|\s+")


def lines_needed(text: str, width_units: float, size: float = FONT_SIZE) -> int:
    """Lines a wrapped cell needs at a column width: the text laid out greedily as a spreadsheet
    does, a CJK character at a time, a Latin word or number whole (cut only when longer than a line)."""
    room = max((width_units * _PT_PER_UNIT - 6) * 0.92, size)  # 8% for the breaks a spreadsheet will not make
    total = 0
    for part in str(text).split("\n"):
        lines, used = 1, 0.0
        for token in _TOKEN.findall(part):
            w = _line_width(token, size)
            if token.isspace():
                used += w
                continue
            if used + w <= room:
                used += w
            elif w <= room:
                lines, used = lines + 1, w
            else:  # a word longer than the line is cut where it reaches the edge
                extra = w - (room - used)
                lines += math.ceil(extra / room)
                used = extra % room or room
        total += lines
    return total


def row_height(cells: list[tuple[Any, float]], size: float = FONT_SIZE) -> float:
    """A row's height in points from its (text, column width) pairs: spreadsheets do not grow rows
    for wrapped text themselves when a file is opened (LibreOffice keeps the default height)."""
    n = max((lines_needed(v, w, size) for v, w in cells if isinstance(v, str) and v), default=1)
    return round(n * size * _LINE_PT + 6, 1)  # + the cell's top and bottom padding


def word_width(texts: list[str]) -> float:
    """The width a wrapped column needs for its longest Latin word or number (a spreadsheet does
    not break one: it runs on over the next cell)."""
    words = [w for t in texts for w in re.findall(r"[^\s\u2e80-\u9fff\uf900-\uffef]+", str(t))] or [""]
    return round(max(text_width(w) for w in words) / _PT_PER_UNIT + 1.5, 1)


def whole_width(words: list[str]) -> float:
    """The width a column needs for its longest word kept whole (a file name, a check id, a kind)."""
    return round(max((text_width(w) for w in words), default=0) / _PT_PER_UNIT + 1.5, 1)


def name_width(names: list[str]) -> float:
    """The width a column of file names needs: a name may break after its hyphens, as a
    spreadsheet breaks it ("songling-2024-\nprint.pdf"), never inside a piece."""
    return whole_width([p for n in names for p in re.findall(r"[^-]+-?", n)])


def id_width(idents: list[str]) -> float:
    """The width a column of dotted ids needs so that each piece between its dots and underscores
    (where ``wrap_at_dots`` breaks them) fits on a line."""
    pieces = [p for ident in idents for p in re.findall(r"[^._]+[._]?", ident)] or [""]
    return round(max(text_width(p) for p in pieces) / _PT_PER_UNIT + 1.5, 1)


def wrap_at_dots(ident: str, width_units: float, size: float = FONT_SIZE) -> str:
    """A long rule id broken after its dots, never inside a word ("catalog.hazards.\\nmajor.le.found")."""
    room = width_units * _PT_PER_UNIT - 6
    if text_width(ident, size) <= room or "." not in ident:
        return ident
    out, line = [], ""
    for piece in re.findall(r"[^._]+[._]?", ident):
        if line and text_width(line + piece, size) > room:
            out.append(line)
            line = ""
        line += piece
    out.append(line)
    return "\n".join(out)


def header_width(label: str) -> float:
    """The width a header needs so that no word of it is broken (bold: a little wider)."""
    words = [w for line in label.split("\n") for w in line.split()] or [""]
    return round(max(text_width(w) * 1.1 for w in words) / _PT_PER_UNIT + 1.5, 1)  # bold is wider


def fit_widths(widths: list[float], orientation: str, fixed: set[int] = frozenset(),
               mins: list[float] | None = None) -> list[float]:
    """Shrink the text columns (not those in ``fixed``: numbers, ids) until the sheet fits its page,
    none below ``mins`` (its header's longest word)."""
    mins = mins or [0.0] * len(widths)
    widths = [max(w, m) if w else 0 for w, m in zip(widths, mins, strict=True)]
    room = _PAGE_UNITS[orientation]
    total = sum(widths)
    if total <= room:
        return widths
    pinned = set(fixed)
    out = list(widths)
    for _ in range(len(widths)):  # columns shrunk to their minimum keep it; the others share the rest
        flexible = sum(widths[i] for i in range(len(widths)) if i not in pinned)
        if not flexible:
            break
        factor = max((room - sum(out[i] for i in pinned)) / flexible, 0.1)
        out = [out[i] if i in pinned else round(widths[i] * factor, 1) for i in range(len(widths))]
        low = {i for i in range(len(widths)) if i not in pinned and out[i] < max(6, mins[i])}
        if not low:
            break
        for i in low:
            out[i] = max(6, mins[i])
        pinned |= low
    return out


