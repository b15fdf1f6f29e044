"""The HTML reader: declared charset, a bounded parse, the text of block elements one a line."""

from __future__ import annotations

import re
from typing import Any

from ..errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from . import limits
from .encoding import _HTML_LABELS, _codec_name, _decode_bytes, _garbage_count
from .grid import Merged, is_merged, lay_out, span
from .limits import MAX_GARBAGE_RATIO, _normalize_newlines, _reason, _sniff, _too_big

# --------------------------------------------------------------------------- HTML

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
# An internal DTD subset ("<!DOCTYPE x [ ... ]>") or an entity declaration has no place
# in HTML and is how entity-expansion bombs start.
_HTML_DTD = re.compile(r"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[A-Za-z]")
_HTML_WS = re.compile(r"[ \t\n\r\f]+")

_HTML_DROP = {
    "script", "style", "noscript", "nav", "header", "footer", "head", "form", "iframe",
    "svg", "template", "select", "button", "textarea", "object", "embed", "canvas",
    "audio", "video",
}  # fmt: skip
_HTML_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
    "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2",
    "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
}  # fmt: skip
# Elements that hold a form's page content (ASP.NET wraps whole pages in one <form>).
_HTML_CONTENT = {"p", "table", "article", "main", "h1", "h2", "h3"}


def _html_declared_charset(data: bytes) -> str | None:
    head = data[:8192]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    codec = _codec_name(_HTML_LABELS.get(label, label))
    # A <meta> that claims UTF-16 cannot be right: it was readable as ASCII (WHATWG).
    return None if codec is None or codec.startswith("utf-16") else codec


def _load_html(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    if len(data) > limits.MAX_TEXT_BYTES:
        raise UnsafeDocumentError(_too_big("HTML file", len(data), limits.MAX_TEXT_BYTES), path=name)
    if kind := _sniff(data):
        raise UnsupportedFormatError(f"content is {kind}, not HTML", path=name)
    markup, encoding, notes = _decode_bytes(data, name, declared=_html_declared_charset(data))
    # Counted on the text, not the bytes: UTF-16 markup has NULs between "<" and the name.
    for tags, _ in enumerate(_HTML_TAG.finditer(markup), start=1):
        if tags > limits.MAX_HTML_TAGS:
            raise UnsafeDocumentError(
                f"HTML has more than {limits.MAX_HTML_TAGS} tags; refused to bound memory", path=name
            )
    if _garbage_count(markup) > max(1, len(markup) * MAX_GARBAGE_RATIO):
        raise CorruptDocumentError(f"binary data, not HTML (decoded as {encoding})", path=name)
    if _HTML_DTD.search(markup):
        raise UnsafeDocumentError(
            "HTML declares a DTD internal subset or XML entities (entity-expansion bomb?)",
            path=name,
        )
    try:
        root = _parse_html(markup)
        del markup
        lines = _html_lines(root)
    except RecursionError:
        raise CorruptDocumentError("HTML is nested too deeply to parse", path=name) from None
    except Exception as e:  # lxml internals: report, never a traceback
        raise CorruptDocumentError(f"cannot parse HTML: {_reason(e)}", path=name) from None
    text = _normalize_newlines("\n".join(lines))
    if not text.strip():
        raise EmptyDocumentError("HTML has no visible text", path=name)
    return text, encoding, notes


class _HtmlTree:
    """lxml parser target that builds the page as nested ``(tag, children)`` tuples.

    Children are such tuples and strings. This is the tree BeautifulSoup's lxml
    builder makes from the same parser events (comments, doctypes and processing
    instructions left out), without its per-node objects; unlike lxml's own tree
    it has no nesting limit (libxml2 stops building a tree 256 elements deep).
    """

    def __init__(self) -> None:
        self.root: tuple[str, list] = ("[document]", [])
        self._open = [self.root]

    def start(self, tag: str, attrib: Any) -> None:
        node: tuple = (tag, [])
        if tag.lower() in ("td", "th") and ("colspan" in attrib or "rowspan" in attrib):
            # (a merged cell keeps its extent: ``_table_lines`` lays the table out on its grid)
            node = (tag, [], span(attrib.get("colspan")), span(attrib.get("rowspan")))
        self._open[-1][1].append(node)
        self._open.append(node)

    def end(self, tag: str) -> None:
        if len(self._open) > 1:
            self._open.pop()

    def data(self, text: str) -> None:
        self._open[-1][1].append(text)

    def close(self) -> tuple[str, list]:
        return self.root


def _parse_html(markup: str) -> tuple[str, list]:
    """The page as ``(tag, children)`` tuples, from lxml's HTML parser fed as BeautifulSoup feeds it."""
    from lxml import etree

    parser = etree.HTMLParser(target=_HtmlTree(), recover=True)
    parser.feed(markup)
    return parser.close()


def _has_content(node: tuple[str, list]) -> bool:
    """Does ``node`` hold one of ``_HTML_CONTENT`` below it?"""
    stack = [node]
    while stack:
        for child in stack.pop()[1]:
            if type(child) is tuple:
                if child[0].lower() in _HTML_CONTENT:
                    return True
                stack.append(child)
    return False


def _frames(root: tuple[str, list]) -> set[int]:
    """The ``id`` of every cell that frames a page rather than holds a value.

    Government sites still lay pages out with tables: the report, its paragraphs and its
    own data tables sit in one cell of an outer table. A cell holding a table, or the only
    cell of its row, is such a frame: read as a block, not joined into one line with its
    neighbours (which glued a nested table's cells "17", "1", "19" into "17119").
    """
    holds: set[int] = set()  # nodes with a <table> below them
    frames: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if not leaving:
            stack.append((node, True))
            stack.extend((child, False) for child in node[1] if type(child) is tuple)
            continue
        tag = node[0].lower()
        cells = []
        for child in node[1]:
            if type(child) is tuple:
                if id(child) in holds or child[0].lower() == "table":
                    holds.add(id(node))
                if child[0].lower() in ("td", "th"):
                    cells.append(child)
        if tag in ("td", "th") and id(node) in holds:
            frames.add(id(node))
        elif tag == "tr" and len(cells) == 1:
            frames.add(id(cells[0]))
    return frames


_SECTIONS = ("thead", "tbody", "tfoot")


def _cell_text(node: tuple) -> str | None:
    """A cell's visible text on one line (blocks and breaks as spaces); None when it holds a table."""
    parts: list[str] = []
    stack: list[Any] = [node]
    while stack:
        n = stack.pop()
        if type(n) is str:
            parts.append(n)
            continue
        tag = n[0].lower()
        if tag == "table":
            return None
        if tag in _HTML_DROP:
            continue
        if tag == "br" or tag in _HTML_BLOCK:
            parts.append(" ")
            stack.append(" ")  # (after the block's children: the text after it is a word of its own)
        stack.extend(reversed(n[1]))
    return _HTML_WS.sub(" ", "".join(parts)).strip()


def _table_lines(table: tuple) -> list[str] | None:
    """A table with merged cells as lines on its full grid (``grid.lay_out``), its caption first;
    None for a table without merged cells or of a shape read cell by cell (a nested table, stray
    content between rows), which the walk in ``_html_lines`` reads as before."""
    caption: list[str] = []
    rows: list[list[Merged]] = []
    singles: list[bool] = []  # a row of one cell: a label or note across the table, printed alone
    trs: list[tuple] = []
    for child in table[1]:
        if type(child) is str:
            if child.strip():
                return None
            continue
        tag = child[0].lower()
        if tag == "caption":
            if (text := _cell_text(child)) is None:
                return None
            caption.append(text)
        elif tag in ("colgroup", "col"):
            continue
        elif tag in _SECTIONS:
            for tr in child[1]:
                if type(tr) is str and not tr.strip():
                    continue
                if type(tr) is str or tr[0].lower() != "tr":
                    return None
                trs.append(tr)
        elif tag == "tr":
            trs.append(child)
        else:
            return None
    for tr in trs:
        row: list[Merged] = []
        for cell in tr[1]:
            if type(cell) is str:
                if cell.strip():
                    return None
                continue
            if cell[0].lower() not in ("td", "th"):
                return None
            if (text := _cell_text(cell)) is None:
                return None
            row.append(Merged(text, *cell[2:4]) if len(cell) > 2 else Merged(text))
        rows.append(row)
        singles.append(len(row) == 1)
    if not is_merged(rows):
        return None
    lines = [c for c in caption if c]
    for texts, single, row in zip(lay_out(rows), singles, rows, strict=True):
        line = _HTML_WS.sub(" ", row[0].text if single else " | ".join(texts)).strip()
        if line.strip(" |"):
            lines.append(line)
    return lines


def _html_lines(root: Any) -> list[str]:
    """Visible text of a parsed page, one block element (or table row) per line."""
    frames = _frames(root)
    lines: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        line = _HTML_WS.sub(" ", "".join(cur)).strip()
        cur.clear()
        if line.strip(" |"):  # drop empty lines and rows of empty cells
            lines.append(line)

    cell_depth = 0  # inside a table cell, blocks are joined by spaces to keep the row
    content_depth = 0  # inside <article>/<main>, header and footer are content
    pre_depth = 0
    rows: list[bool] = []  # per open top-level row: has a cell been seen yet
    # An explicit stack, not recursion: pages can nest tags thousands deep.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if type(node) is str:
            if pre_depth and not cell_depth:
                first, *rest = node.split("\n")
                cur.append(first)
                for part in rest:
                    flush()
                    cur.append(part)
            else:
                cur.append(node)
            continue
        tag = node[0].lower()
        if not leaving:
            if tag in _HTML_DROP:
                if tag in ("header", "footer") and content_depth:
                    pass  # an article's own header/footer (title, signature) is content
                elif tag == "form" and _has_content(node):
                    pass  # a form wrapping the page's content, not a search box
                else:
                    continue
            if tag == "table" and not cell_depth and (grid := _table_lines(node)) is not None:
                flush()  # a table with merged cells, laid out on its grid
                lines.extend(grid)
                continue
            if tag in ("td", "th") and id(node) in frames:
                flush()  # a frame is a block: what it holds is read as if it stood alone
            elif tag in ("td", "th") and not cell_depth:
                if rows and rows[-1]:
                    cur.append(" | ")
                if rows:
                    rows[-1] = True
            elif tag == "tr" and not cell_depth:
                flush()
                rows.append(False)
            elif tag == "br" or tag in _HTML_BLOCK:
                if cell_depth:
                    cur.append(" ")
                else:
                    flush()
            if tag in ("td", "th") and id(node) not in frames:
                cell_depth += 1
            elif tag in ("article", "main"):
                content_depth += 1
            elif tag == "pre":
                pre_depth += 1
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node[1]))
        else:
            if tag in ("td", "th") and id(node) in frames:
                flush()
            elif tag in ("td", "th"):
                cell_depth -= 1
            elif tag in ("article", "main"):
                content_depth -= 1
            elif tag == "pre":
                pre_depth -= 1
            if tag == "tr" and not cell_depth:
                flush()
                if rows:
                    rows.pop()
            elif tag in _HTML_BLOCK:
                if cell_depth:
                    cur.append(" ")
                else:
                    flush()
    flush()
    return lines
