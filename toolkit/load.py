"""bytes -> Document: format and encoding detection, text extraction, input limits.

Supported suffixes: ``.txt``/``.text`` (format ``txt``), ``.md``/``.markdown`` (``md``),
``.html``/``.htm`` (``html``), ``.pdf`` (``pdf``) and ``.docx`` (``docx``). The suffix
picks the reader; the content is sniffed as well, so a PDF or ZIP renamed ``.txt`` is
refused rather than read as garbage.

Limits (module constants; every refusal is an ``UnsafeDocumentError``):

* any file: ``MAX_FILE_BYTES`` (200 MB);
* txt/md/html: ``MAX_TEXT_BYTES`` (64 MB), because one decoded character can take up to
  4 bytes in memory; html also ``MAX_HTML_TAGS`` (every tag is a node in memory);
* pdf: ``MAX_PDF_PAGES`` pages, ``MAX_PDF_STREAM_BYTES`` per decoded stream and
  ``MAX_PDF_DECODED_BYTES`` for all streams of one file (compression bombs);
* docx: ``MAX_ZIP_MEMBERS`` members, ``MAX_ZIP_DIRECTORY_BYTES`` of central directory,
  ``MAX_DOCX_PART_BYTES`` per XML part, ``MAX_DOCX_XML_BYTES`` for all XML parts,
  ``MAX_ZIP_DECLARED_BYTES`` declared in total and ``MAX_ZIP_RATIO`` compression ratio;
  XML parts with a DOCTYPE or ENTITY declaration are refused (entity expansion).

``Document.encoding`` is the Python codec name used to decode txt/md/html
(``utf-8``, ``utf-8-sig``, ``utf-16-le``, ``utf-16-be``, ``gb18030`` for the whole
GB2312/GBK/GB18030 family, or whatever charset-normalizer detected), ``None`` for pdf/docx.

A UTF-8 text damaged in a few bytes (at most ``MAX_DAMAGED_SPOTS`` invalid sequences amid
plenty of valid multi-byte text) is read with each bad sequence replaced by U+FFFD, and
``Document.notes`` names the byte offsets; so does any other lenient decode.
"""

from __future__ import annotations

import codecs
import contextvars
import ctypes
import hashlib
import io
import logging
import re
import stat
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from .errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    LoadError,
    ReportNotFoundError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)

MB = 1 << 20

MAX_FILE_BYTES = 200 * MB
MAX_TEXT_BYTES = 64 * MB
MAX_HTML_TAGS = 250_000
MAX_PDF_PAGES = 2000
MAX_PDF_STREAM_BYTES = 32 * MB
MAX_PDF_DECODED_BYTES = 256 * MB
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_DIRECTORY_BYTES = 4 * MB
MAX_ZIP_DECLARED_BYTES = 1024 * MB
MAX_ZIP_RATIO = 200
MAX_DOCX_PART_BYTES = 64 * MB
MAX_DOCX_XML_BYTES = 128 * MB

# charset-normalizer is slow on big inputs; a prefix this long is plenty to detect from.
DETECT_SAMPLE_BYTES = 64 * 1024
# Above this share of control characters / U+FFFD the "text" is binary or mis-decoded.
MAX_GARBAGE_RATIO = 0.01
# A UTF-8 text with at most this many invalid sequences is read as damaged UTF-8 (the bad
# bytes replaced, a note naming them) when its valid non-ASCII bytes outnumber them
# DAMAGED_EVIDENCE times over: text in another encoding fails UTF-8 at most of its
# non-ASCII bytes.
MAX_DAMAGED_SPOTS = 32
DAMAGED_EVIDENCE = 64
# How many byte offsets a note lists.
NOTE_OFFSETS = 5

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}

_SUFFIX_HINTS = {
    ".doc": "legacy Word .doc is not supported; save it as .docx",
    ".wps": "WPS .wps is not supported; save it as .docx",
    ".xls": "spreadsheets are not supported",
    ".xlsx": "spreadsheets are not supported",
    ".et": "spreadsheets are not supported",
}


@dataclass(frozen=True)
class Document:
    """A report as text, before normalization.

    ``text`` is the report's text with ``\\n`` line breaks; for txt/md it is the file
    decoded, for html/docx/pdf the text extracted in reading order (one block a line).
    ``line`` numbers everywhere else are 1-based lines of this text.
    """

    path: str
    text: str
    format: str  # txt | md | html | pdf | docx
    encoding: str | None
    sha256: str
    size: int
    notes: tuple[str, ...] = ()  # what reading had to mend: bytes replaced, and where


def load(path: str | Path) -> Document:
    """Read the report at ``path``; raise a ``LoadError`` subclass naming it on failure."""
    p = Path(path)
    try:
        st = p.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ReportNotFoundError("no such file", path=p) from None
    except OSError as e:
        raise LoadError(f"cannot access file: {e.strerror or e}", path=p) from None
    if stat.S_ISDIR(st.st_mode):
        raise ReportNotFoundError("is a directory, not a file", path=p)
    if not stat.S_ISREG(st.st_mode):
        raise ReportNotFoundError("not a regular file", path=p)
    _format_for(str(p))  # refuse an unknown suffix before reading a possibly huge file
    if st.st_size > MAX_FILE_BYTES:
        raise UnsafeDocumentError(_too_big("file", st.st_size, MAX_FILE_BYTES), path=p)
    try:
        with p.open("rb") as f:
            # read(n) allocates n bytes up front, so ask for the size stat() gave (+1 to
            # notice growth); a file that grew since is read on, up to one byte past the limit.
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as e:
        raise LoadError(f"cannot read file: {e.strerror or e}", path=p) from None
    return load_bytes(data, str(p))


def load_bytes(data: bytes, name: str) -> Document:
    """Like ``load`` for bytes already in memory; ``name``'s suffix picks the reader."""
    fmt = _format_for(name)
    if not data:
        raise EmptyDocumentError("file is empty (0 bytes)", path=name)
    if len(data) > MAX_FILE_BYTES:
        raise UnsafeDocumentError(_too_big("file", len(data), MAX_FILE_BYTES), path=name)
    digest = hashlib.sha256(data).hexdigest()
    encoding: str | None = None
    notes: tuple[str, ...] = ()
    if fmt in ("txt", "md"):
        text, encoding, notes = _load_text(data, name)
    elif fmt == "html":
        text, encoding, notes = _load_html(data, name)
    elif fmt == "pdf":
        text = _load_pdf(data, name)
    else:
        text = _load_docx(data, name)
    return Document(name, text, fmt, encoding, digest, len(data), notes)


# --------------------------------------------------------------------------- helpers


def _format_for(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    expected = ", ".join(FORMATS)
    if not suffix:
        raise UnsupportedFormatError(f"no file extension; expected one of {expected}", path=name)
    hint = _SUFFIX_HINTS.get(suffix, "unsupported file type")
    raise UnsupportedFormatError(f"{hint} ({suffix}); expected one of {expected}", path=name)


def _too_big(what: str, size: int, limit: int) -> str:
    return f"{what} is {_size(size)}, over the {_size(limit)} limit"


def _size(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= 10 * MB else f"{n / MB:.1f} MB" if n >= MB else f"{n} bytes"


def _normalize_newlines(text: str) -> str:
    # str.replace is one C pass per call and only copies when there is a match.
    for old in ("\r\n", "\r", "\u2028", "\u2029", "\x85"):
        if old in text:
            text = text.replace(old, "\n")
    return text


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX/XLSX/ZIP)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 file (legacy .doc/.xls or encrypted Office)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"{\\rtf", "an RTF document"),
)


def _sniff(data: bytes) -> str | None:
    """Name the binary format ``data`` starts with, if it is a well-known one."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        return "a Windows executable"
    if b"%PDF-" in data[:1024]:  # PDF allows junk before the header
        return "a PDF document"
    return None


# --------------------------------------------------------------------------- text decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Allowed: \t \n \v \f \r. Everything else in C0/C1 (and DEL) does not occur in text.
_CONTROL_CHARS = tuple(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)))
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936"}
# WHATWG labels that Python's codec registry does not know or maps differently.
_HTML_LABELS = {
    "x-gbk": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
_CJK_CODECS = {"big5", "big5hkscs", "cp950", "cp932", "shift_jis", "euc_jp", "euc_kr", "cp949", "johab"}


def _codec_name(label: str) -> str | None:
    """Python codec name for an encoding label; the GB family becomes gb18030."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "gb18030" if name in _GB_FAMILY else name


_GARBAGE = re.compile("[" + re.escape("".join(_CONTROL_CHARS)) + "\ufffd]")


def _garbage_count(text: str) -> int:
    # One scan finds most texts clean; otherwise str.count per character keeps
    # memory flat even for 64 MB of text.
    if not _GARBAGE.search(text):
        return 0
    return sum(text.count(c) for c in _CONTROL_CHARS) + text.count("\ufffd")


def _check_text(text: str, encoding: str, name: str) -> str:
    """Refuse binary data and whitespace-only text; return ``text`` with \\n breaks."""
    bad = _garbage_count(text)
    if bad > max(1, len(text) * MAX_GARBAGE_RATIO):
        raise CorruptDocumentError(
            f"binary data, not text: {bad} control or undecodable characters in {len(text)} (decoded as {encoding})",
            path=name,
        )
    text = _normalize_newlines(text)
    if not text.strip().strip("\ufeff\u200b").strip():
        raise EmptyDocumentError("no text: the file holds only whitespace", path=name)
    return text


def _utf16_without_bom(sample: bytes) -> str | None:
    """Guess UTF-16 without a BOM from the NUL bytes of ASCII characters."""
    n = len(sample) // 2 * 2
    if n < 4:
        return None
    half = n // 2
    even, odd = sample[0:n:2].count(0), sample[1:n:2].count(0)
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best guess for ``data`` (on a prefix), as a codec name."""
    from charset_normalizer import from_bytes

    sample = data[:DETECT_SAMPLE_BYTES]
    if len(data) > len(sample):
        # Cut at a newline so the sample does not end inside a multibyte character
        # (0x0A is never a trail byte in GBK/GB18030/UTF-8/Big5).
        cut = sample.rfind(b"\n")
        if cut > len(sample) // 2:
            sample = sample[: cut + 1]
    matches = list(from_bytes(sample))
    # UTF-16/32 text without a single NUL byte has no ASCII at all, not even a line
    # break; on such short or odd input that guess is noise.
    if b"\x00" not in sample:
        matches = [m for m in matches if not m.encoding.startswith("utf_16") and not m.encoding.startswith("utf_32")]
    if not matches:
        return None
    fits_gb = {m.encoding for m in matches if "gb18030" in m.could_be_from_charset}
    codec = _codec_name(matches[0].encoding)
    if matches[0].encoding in fits_gb or (codec in _CJK_CODECS and fits_gb):
        # Mainland government reports: when GB18030 fits as well, it is the likelier one
        # (short GBK text is often scored as Korean cp949 first).
        codec = "gb18030"
    return codec


def _decode_as(data: bytes, codec: str) -> tuple[str, str] | None:
    try:
        return data.decode(codec), codec
    except (UnicodeDecodeError, LookupError):
        return None


class _TooDamaged(Exception):
    """More bad sequences than a lenient decode was allowed."""


class _Replaced:
    """The byte offsets of the sequences a lenient decode replaced (the first few), and how many."""

    __slots__ = ("count", "limit", "offsets")

    def __init__(self, limit: int | None = None):
        self.count = 0
        self.limit = limit
        self.offsets: list[int] = []


_REPLACED: contextvars.ContextVar[_Replaced | None] = contextvars.ContextVar("audit_workbook_replaced", default=None)
_NON_ASCII = bytes(range(0x80))  # deleted by bytes.translate: what is left is the non-ASCII bytes


def _replace_and_record(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: what ``errors="replace"`` does (one U+FFFD per bad sequence),
    recording where each bad sequence starts."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    seen = _REPLACED.get()
    if seen is not None:
        seen.count += 1
        if seen.limit is not None and seen.count > seen.limit:
            raise _TooDamaged
        if len(seen.offsets) < NOTE_OFFSETS:
            seen.offsets.append(exc.start)
    return "\ufffd", exc.end


codecs.register_error("audit_workbook_replace", _replace_and_record)


def _decode_replacing(data: bytes, codec: str, limit: int | None = None) -> tuple[str, _Replaced] | None:
    """``data.decode(codec, errors="replace")`` and where it replaced; None past ``limit`` bad sequences."""
    seen = _Replaced(limit)
    token = _REPLACED.set(seen)
    try:
        return data.decode(codec, errors="audit_workbook_replace"), seen
    except _TooDamaged:
        return None
    finally:
        _REPLACED.reset(token)


def _replaced_note(seen: _Replaced, codec: str, skipped: int = 0) -> tuple[str, ...]:
    """The note a lenient decode leaves: how many bad sequences, at which byte offsets of the file."""
    if not seen.count:
        return ()
    where = ", ".join(str(o + skipped) for o in seen.offsets)
    more = f" (the first {len(seen.offsets)} listed)" if seen.count > len(seen.offsets) else ""
    if seen.count == 1:
        return (f"1 invalid {codec} byte sequence replaced by U+FFFD, at byte offset {where}",)
    return (f"{seen.count} invalid {codec} byte sequences replaced by U+FFFD, at byte offsets {where}{more}",)


def _damaged_utf8(data: bytes) -> tuple[str, _Replaced] | None:
    """``data`` as UTF-8 damaged in a few places, when that is what it is (else None).

    Text in another encoding (GBK, Big5, Latin-1) breaks UTF-8 at most of its non-ASCII
    bytes; damaged UTF-8 has a handful of bad sequences among many good multi-byte ones.
    """
    decoded = _decode_replacing(data, "utf-8", MAX_DAMAGED_SPOTS)
    if decoded is None:
        return None
    text, seen = decoded
    non_ascii = len(data.translate(None, _NON_ASCII))
    if not seen.count or non_ascii < DAMAGED_EVIDENCE * seen.count:
        return None
    return text, seen


def _decode_bytes(data: bytes, name: str, declared: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """Decode text bytes: BOM, then ``declared``, then UTF-16/UTF-8 checks, then detection.

    Returns the text, the codec and notes on what was replaced (a lenient decode).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            codec = "utf-8" if codec == "utf-8-sig" else codec
            named = "utf-8-sig" if bom == codecs.BOM_UTF8 else codec
            decoded = _decode_as(body, codec)
            if decoded is not None:
                return decoded[0], named, ()
            # The BOM is strong evidence; a few bad bytes are left to _check_text.
            text, seen = _decode_replacing(body, codec)  # type: ignore[misc]  # no limit: never None
            return text, named, _replaced_note(seen, codec, skipped=len(bom))
    if declared and (decoded := _decode_as(data, declared)):
        return (*decoded, ())
    sample = data[:DETECT_SAMPLE_BYTES]
    utf16 = _utf16_without_bom(sample) if b"\x00" in sample else None
    if utf16 and (decoded := _decode_as(data, utf16)):
        return (*decoded, ())
    # Fast path: strict UTF-8 is cheap and, when it succeeds, almost never wrong.
    if decoded := _decode_as(data, "utf-8"):
        return (*decoded, ())
    # UTF-8 damaged in a few bytes (a bad copy, a cut multi-byte character): read it, say where.
    if damaged := _damaged_utf8(data):
        return damaged[0], "utf-8", _replaced_note(damaged[1], "utf-8")
    detected = _detect(data)
    if detected is None:
        raise CorruptDocumentError(
            "binary data, not text: no character encoding fits (not UTF-8, UTF-16 or GB18030)",
            path=name,
        )
    for codec in (detected, "gb18030"):
        if decoded := _decode_as(data, codec):
            return (*decoded, ())
    # Mixed or damaged bytes: decode leniently; _check_text refuses if too much was lost.
    text, seen = _decode_replacing(data, detected)  # type: ignore[misc]  # no limit: never None
    return text, detected, _replaced_note(seen, detected)


def _load_text(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    if len(data) > MAX_TEXT_BYTES:
        raise UnsafeDocumentError(_too_big("text file", len(data), MAX_TEXT_BYTES), path=name)
    if kind := _sniff(data):
        raise UnsupportedFormatError(f"content is {kind}, not plain text", path=name)
    text, encoding, notes = _decode_bytes(data, name)
    return _check_text(text, encoding, name), encoding, notes


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
    if len(data) > MAX_TEXT_BYTES:
        raise UnsafeDocumentError(_too_big("HTML file", len(data), MAX_TEXT_BYTES), path=name)
    if kind := _sniff(data):
        raise UnsupportedFormatError(f"content is {kind}, not HTML", path=name)
    markup, encoding, notes = _decode_bytes(data, name, declared=_html_declared_charset(data))
    # Counted on the text, not the bytes: UTF-16 markup has NULs between "<" and the name.
    for tags, _ in enumerate(_HTML_TAG.finditer(markup), start=1):
        if tags > MAX_HTML_TAGS:
            raise UnsafeDocumentError(f"HTML has more than {MAX_HTML_TAGS} tags; refused to bound memory", path=name)
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
        node: tuple[str, list] = (tag, [])
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


def _html_lines(root: Any) -> list[str]:
    """Visible text of a parsed page, one block element (or table row) per line."""
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
            if tag in ("td", "th") and not cell_depth:
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
            if tag in ("td", "th"):
                cell_depth += 1
            elif tag in ("article", "main"):
                content_depth += 1
            elif tag == "pre":
                pre_depth += 1
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node[1]))
        else:
            if tag in ("td", "th"):
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


# --------------------------------------------------------------------------- PDF


class _DecodeLimitError(Exception):
    """A PDF stream decodes to more than the limits allow (raised inside pdfminer)."""


@dataclass
class _DecodeBudget:
    remaining: int
    exceeded: str | None = None

    def stream_limit(self) -> int:
        return min(MAX_PDF_STREAM_BYTES, self.remaining)

    def charge(self, size: int) -> None:
        limit = self.stream_limit()
        if size > limit:
            if limit < MAX_PDF_STREAM_BYTES:
                what = f"PDF streams decode to more than {_size(MAX_PDF_DECODED_BYTES)} in total"
            else:
                what = f"a PDF stream decodes to more than {_size(MAX_PDF_STREAM_BYTES)}"
            self.exceeded = f"{what} (compression bomb?)"
            raise _DecodeLimitError(self.exceeded)
        self.remaining -= size


# The budget of the PDF being loaded in this thread/context; None outside _load_pdf,
# where the patched pdfminer decoders behave exactly like the originals.
_PDF_BUDGET: contextvars.ContextVar[_DecodeBudget | None] = contextvars.ContextVar("toolkit_pdf_budget", default=None)


def _bounded_zlib_decompress(data: bytes, /, wbits: int = zlib.MAX_WBITS, bufsize: int = 16384) -> bytes:
    budget = _PDF_BUDGET.get()
    if budget is None:
        return zlib.decompress(data, wbits, bufsize)
    d = zlib.decompressobj(wbits)
    out = d.decompress(data, budget.stream_limit() + 1)  # never inflates past the limit
    budget.charge(len(out))
    if not d.eof:  # same outcome as zlib.decompress on a cut stream
        raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``."""

    decompress = staticmethod(_bounded_zlib_decompress)
    decompressobj = staticmethod(zlib.decompressobj)
    error = zlib.error

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _bounded_decompress_corrupted(original: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    # pdfminer's fallback for a bad checksum feeds bytes one at a time into a growing
    # bytes object (quadratic, unbounded); this does the same in linear, bounded time.
    def decompress_corrupted(data: bytes) -> bytes:
        budget = _PDF_BUDGET.get()
        if budget is None:
            return original(data)
        d = zlib.decompressobj()
        body, tail = data[:-4], data[-4:]
        parts = [d.decompress(body, budget.stream_limit() + 1)]
        budget.charge(len(parts[0]))
        for i in range(len(tail)):
            try:
                parts.append(d.decompress(tail[i : i + 1], budget.stream_limit() + 1))
            except zlib.error:
                break  # damage within the trailing checksum: keep what was decoded
            budget.charge(len(parts[-1]))
        return b"".join(parts)

    return decompress_corrupted


def _bounded_lzwdecode(original: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    def lzwdecode(data: bytes) -> bytes:
        budget = _PDF_BUDGET.get()
        if budget is None:
            return original(data)
        from pdfminer.lzw import LZWDecoder

        parts, total = [], 0
        for piece in LZWDecoder(io.BytesIO(data)).run():
            total += len(piece)
            if total > budget.stream_limit():
                budget.charge(total)
            parts.append(piece)
        budget.charge(total)
        return b"".join(parts)

    return lzwdecode


def _bounded_rldecode(original: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    # pdfminer's version builds a list of ints (8+ bytes per output byte) without bound.
    def rldecode(data: bytes) -> bytes:
        budget = _PDF_BUDGET.get()
        if budget is None:
            return original(data)
        limit = budget.stream_limit()
        out = bytearray()
        i, n = 0, len(data)
        while i < n:
            length = data[i]
            i += 1
            if length == 128:  # end of data
                break
            if length < 128:
                out += data[i : i + length + 1]
                i += length + 1
            elif i < n:
                out += data[i : i + 1] * (257 - length)
                i += 1
            if len(out) > limit:
                budget.charge(len(out))
        budget.charge(len(out))
        return bytes(out)

    return rldecode


def _install_pdfminer_limits() -> None:
    """Route pdfminer's stream decoders through the per-file decode budget (idempotent).

    pdfminer inflates each stream completely in memory, so a few KB of FlateDecode can
    become gigabytes; the replacements stop at the budget and behave exactly like the
    originals when no PDF is being loaded by this module.
    """
    import pdfminer.pdftypes as pdftypes

    if getattr(pdftypes, "_toolkit_bounded", False):
        return
    pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
    pdftypes.decompress_corrupted = _bounded_decompress_corrupted(pdftypes.decompress_corrupted)
    pdftypes.lzwdecode = _bounded_lzwdecode(pdftypes.lzwdecode)
    pdftypes.rldecode = _bounded_rldecode(pdftypes.rldecode)
    pdftypes._toolkit_bounded = True  # type: ignore[attr-defined]
    # pdfminer logs a warning per oddity of a damaged file; with no logging configured
    # Python would print them all to stderr. Handlers configured by the app still see them.
    logging.getLogger("pdfminer").addHandler(logging.NullHandler())


def _reason(exc: BaseException) -> str:
    """A one-line reason for a library exception, following wrapped causes."""
    seen: set[int] = set()
    while True:
        inner = exc.__cause__ or exc.__context__
        if inner is None and len(exc.args) == 1 and isinstance(exc.args[0], BaseException):
            inner = exc.args[0]  # pdfplumber wraps as PdfminerException(original)
        if inner is None or id(inner) in seen:
            break
        seen.add(id(exc))
        exc = inner
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = text if len(text) <= 200 else text[:200] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _is_password_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if type(e).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
            return True
        stack += [e.__cause__, e.__context__, *(a for a in e.args if isinstance(a, BaseException))]
    return False


def _load_pdf(data: bytes, name: str) -> str:
    if b"%PDF-" not in data[:1024]:
        kind = _sniff(data)
        raise CorruptDocumentError("not a PDF: no %PDF header" + (f" (content is {kind})" if kind else ""), path=name)
    # Acrobat requires %%EOF within the last 1024 bytes; without it the file was cut off
    # and a reader's recovery would silently return only part of the text.
    if b"%%EOF" not in data[-65536:].rstrip(b"\x00 \t\r\n\f")[-2048:]:
        raise CorruptDocumentError("truncated PDF: no end-of-file marker (%%EOF)", path=name)
    pages_in_tree = _vet_pdf(data, name)
    pages = _pdf_page_texts(data, name, pages_in_tree)
    if pages is None:
        # PDFium cannot read the file as its page tree is (a /Count that disagrees with
        # the pages, a structure it rejects): pdfminer reads it, as it read every PDF before.
        pages = _pdfminer_page_texts(data, name)
    if not pages:
        raise EmptyDocumentError("PDF has no pages", path=name)
    if not any(p.strip() for p in pages):
        raise EmptyDocumentError(f"no text layer (scanned PDF?) in {len(pages)} pages", path=name)
    # A form-feed line between pages lets later stages see page boundaries.
    return _normalize_newlines("\n\f\n".join(p.replace("\f", "\n") for p in pages))


def _vet_pdf(data: bytes, name: str) -> int:
    """Refuse a PDF that is encrypted, damaged, too long or a compression bomb; its pages.

    pdfminer parses the file's objects (Python, so every allocation is ours to bound)
    and decodes each stream that text extraction reads (page contents, forms, fonts,
    CMaps, object streams; not images) under the per-file decode budget, before
    PDFium, which decodes without such limits, is given the file.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.psparser import LIT

    _install_pdfminer_limits()
    budget = _DecodeBudget(MAX_PDF_DECODED_BYTES)
    token = _PDF_BUDGET.set(budget)
    image = LIT("Image")
    page_no = pages = 0
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        root = resolve1(doc.catalog.get("Pages"))
        declared = resolve1(root.get("Count")) if isinstance(root, dict) else None
        if isinstance(declared, int) and declared > MAX_PDF_PAGES:
            raise UnsafeDocumentError(f"PDF declares {declared} pages, over the {MAX_PDF_PAGES}-page limit", path=name)
        # Walk the page tree (a lying /Count must not make anything unbounded).
        for page_no, _ in enumerate(PDFPage.create_pages(doc), start=1):
            if page_no > MAX_PDF_PAGES:
                raise UnsafeDocumentError(f"PDF has more than {MAX_PDF_PAGES} pages", path=name)
        pages, page_no = page_no, 0
        seen: set[int] = set()
        for xref in doc.xrefs:
            for objid in xref.get_objids():
                if objid in seen:
                    continue
                seen.add(objid)
                try:
                    obj = doc.getobj(objid)
                except _DecodeLimitError:
                    raise
                except Exception:
                    continue  # an object PDFium will not find either
                if isinstance(obj, PDFStream) and obj.get("Subtype") is not image:
                    try:
                        obj.get_data()
                    except _DecodeLimitError:
                        raise
                    except Exception:
                        continue  # undecodable here (unknown filter …): PDFium fails on it or skips it
    except LoadError:
        raise
    except Exception as e:  # pdfminer raises all sorts of types for bad input
        raise _pdf_error(e, budget, name, page_no) from None
    finally:
        _PDF_BUDGET.reset(token)
    if budget.exceeded:  # pdfminer swallowed the error somewhere; still refuse
        raise UnsafeDocumentError(budget.exceeded, path=name)
    return pages


def _pdf_error(e: Exception, budget: _DecodeBudget, name: str, page_no: int) -> LoadError:
    """The LoadError for what pdfminer raised: over the decode budget, password, or corrupt (at a page)."""
    if budget.exceeded:
        return UnsafeDocumentError(budget.exceeded, path=name)
    if _is_password_error(e):
        return UnsupportedFormatError("PDF is password-protected", path=name)
    return CorruptDocumentError(f"cannot read PDF: {_reason(e)}", path=name, location=f"page {page_no}" if page_no else None)


def _pdfminer_page_texts(data: bytes, name: str) -> list[str]:
    """Each page's text as pdfplumber lays it out (pdfminer interpreting the pages), under the budget."""
    import pdfplumber
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    _install_pdfminer_limits()
    budget = _DecodeBudget(MAX_PDF_DECODED_BYTES)
    token = _PDF_BUDGET.set(budget)
    pages: list[str] = []
    page_no = 0
    try:
        with pdfplumber.PDF(io.BytesIO(data)) as pdf:
            for page_no, page_obj in enumerate(PDFPage.create_pages(pdf.doc), start=1):
                page = Page(pdf, page_obj, page_number=page_no)
                pages.append(page.extract_text() or "")
                page.close()  # drop the page's layout objects before the next page
            page_no = 0
    except Exception as e:  # pdfminer raises all sorts of types for bad input
        raise _pdf_error(e, budget, name, page_no) from None
    finally:
        _PDF_BUDGET.reset(token)
    if budget.exceeded:
        raise UnsafeDocumentError(budget.exceeded, path=name)
    return pages


# PDFium is not thread-safe: one document at a time in this process.
_PDFIUM_LOCK = threading.Lock()
_PDF_LINE_BREAK = re.compile(r"\r\n|[\r\n\ufffe]")
_PDF_WORD = re.compile(r"\S+")
# A gap between two words of one line wider than this many times the line's (loose) character
# height is a table's column boundary: a space between words is about a fifth of it, an
# ideographic space ("　") under one; two cells' padding and a centred figure take more.
_PDF_CELL_GAP = 1.2
# Lines whose tops are this close (PDF units) are one line, as in pdfplumber's default.
_PDF_Y_TOLERANCE = 3.0


def _pdf_page_texts(data: bytes, name: str, pages_in_tree: int) -> list[str] | None:
    """Each page's text, read by PDFium, one visual line of the page a line.

    None when PDFium cannot read the file as its page tree is: it refuses the file or
    a page, or counts other pages than the tree holds (PDFium trusts /Count).
    """
    import pypdfium2 as pdfium

    pages: list[str] = []
    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as e:
            if e.err_code == 4:  # FPDF_ERR_PASSWORD
                raise UnsupportedFormatError("PDF is password-protected", path=name) from None
            return None
        try:
            if len(pdf) != pages_in_tree:
                return None
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        pages.append(_pdfium_page_text(textpage))
                    finally:
                        textpage.close()
                finally:
                    page.close()
        except Exception:
            return None
        finally:
            pdf.close()
    return pages


def _pdfium_page_text(textpage: Any) -> str:
    """A page's text with its lines in reading order, top to bottom, left to right.

    PDFium gives the characters in content-stream order and breaks a line where
    the text moves to another line; a page footer drawn first comes out first, and a
    table drawn column by column comes out one cell a line. The lines are therefore
    put in order by their position: lines whose tops are within ``_PDF_Y_TOLERANCE``
    form one line, left to right, words separated by one space (as pdfplumber's
    ``extract_text`` lays them out).
    """
    import pypdfium2.raw as pdfium_c

    n = textpage.count_chars()
    if n <= 0:
        return ""
    # Room for every character as a UTF-16 surrogate pair, plus the terminating NUL.
    buf = (ctypes.c_ushort * (2 * n + 1))()
    got = pdfium_c.FPDFText_GetText(textpage.raw, 0, n, buf)
    text = bytes(memoryview(buf).cast("B")[: 2 * max(got - 1, 0)]).decode("utf-16-le", "replace")
    rect = pdfium_c.FS_RECTF()
    inf = float("inf")
    lines: list[tuple[float, float, float, float, str]] = []  # (-top, left, right, height, text)
    start = 0
    for m in (*_PDF_LINE_BREAK.finditer(text), None):
        end = m.start() if m else len(text)
        segment = text[start:end]
        if m and m.group() == "\ufffe":
            segment += "-"  # PDFium joins a word hyphenated at the line end and marks the hyphen
        words = [(start + w.start(), start + w.end(), w.group()) for w in _PDF_WORD.finditer(segment)]
        if words:
            box = _char_box(pdfium_c, textpage, rect, words[0][0])
            if box:
                top, left, height = -box[1], box[0], box[1] - box[3]
                # Words far apart on one line are cells of a table row drawn as one run of text.
                joined = [words[0][2]]
                right = box[2]
                for (_, a_end, _), (b, _, word) in pairwise(words):
                    a_box = _char_box(pdfium_c, textpage, rect, a_end - 1)
                    b_box = _char_box(pdfium_c, textpage, rect, b)
                    wide = a_box and b_box and b_box[0] - a_box[2] > _PDF_CELL_GAP * max(height, 1.0)
                    joined.append("\t" if wide else " ")
                    joined.append(word)
                last = _char_box(pdfium_c, textpage, rect, words[-1][1] - 1)
                right = last[2] if last else inf
                lines.append((top, left, right, height, "".join(joined)))
            else:
                lines.append((lines[-1][0] if lines else 0.0, inf, inf, 0.0, " ".join(w[2] for w in words)))
        start = m.end() if m else start
    lines.sort(key=lambda ln: ln[0])
    out: list[str] = []
    group: list[tuple[float, float, float, float, str]] = []
    for ln in lines:
        if group and ln[0] - group[-1][0] > _PDF_Y_TOLERANCE:
            out.append(_pdf_line(group))
            group = []
        group.append(ln)
    if group:
        out.append(_pdf_line(group))
    return "\n".join(out)


def _char_box(pdfium_c: Any, textpage: Any, rect: Any, text_index: int) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) of the character at ``text_index`` of the page's text."""
    ci = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage.raw, text_index)
    if ci >= 0 and pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, ci, rect):
        return rect.left, rect.top, rect.right, rect.bottom
    return None


def _pdf_line(group: list[tuple[float, float, float, float, str]]) -> str:
    """Pieces of text at one height, left to right. A gap wider than ``_PDF_CELL_GAP`` between two
    pieces is a table's column boundary and becomes a tab (normalize makes runs of tab-separated
    lines table rows); a narrower one is a space between words."""
    group = sorted(group, key=lambda g: g[1])
    parts = [group[0][4]]
    for prev, nxt in pairwise(group):
        gap = nxt[1] - prev[2]
        parts.append("\t" if _PDF_CELL_GAP * max(prev[3], nxt[3], 1.0) < gap < float("inf") else " ")
        parts.append(nxt[4])
    return "".join(parts)


# --------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees whose text is not part of the document as shown.
_DOCX_SKIP = (f"{_W}del", f"{_W}moveFrom", _MC_FALLBACK)
_XML_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_DTD_TEXT = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_OFFICE_DOCUMENT = re.compile(
    rb"""<Relationship\b[^>]*?Type\s*=\s*["'][^"']*/officeDocument["'][^>]*>""", re.IGNORECASE
)
_TARGET = re.compile(rb"""Target\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def _zip_directory(data: bytes, name: str) -> tuple[int, int]:
    """(entries, central directory bytes) from the end record, before zipfile reads them."""
    start = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 65535))
    if start < 0 or len(data) - start < 22:
        raise CorruptDocumentError("truncated or damaged DOCX: ZIP end-of-central-directory record missing", path=name)
    entries, cd_size = struct.unpack("<HI", data[start + 10 : start + 16])
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:  # Zip64: the real values are elsewhere
        loc = start - 20
        if loc >= 0 and data[loc : loc + 4] == b"PK\x06\x07":
            (offset,) = struct.unpack("<Q", data[loc + 8 : loc + 16])
            record = data[offset : offset + 56]
            if len(record) == 56 and record[:4] == b"PK\x06\x06":
                entries, cd_size = struct.unpack("<QQ", record[32:48])
    return entries, cd_size


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, name: str) -> bytes:
    """Decompress one member, stopping at ``cap`` bytes whatever its header claims."""
    chunks, total = [], 0
    with zf.open(info) as f:
        while chunk := f.read(MB):
            total += len(chunk)
            if total > cap:
                raise UnsafeDocumentError(
                    f"ZIP member {info.filename} decompresses to more than {_size(cap)}", path=name
                )
            chunks.append(chunk)
    return b"".join(chunks)


def _has_dtd(blob: bytes) -> bool:
    if _XML_DTD.search(blob):
        return True
    if blob[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or b"\x00" in blob[:4]:
        return bool(_XML_DTD_TEXT.search(blob.decode("utf-16", errors="replace")))
    return False


def _docx_parts(data: bytes, name: str) -> dict[str, bytes]:
    """Validate the DOCX container; return its XML parts, other parts emptied."""
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnsupportedFormatError(
            "legacy Word .doc or password-protected DOCX (OLE2 container); save as a plain .docx",
            path=name,
        )
    if not data.startswith(b"PK"):
        kind = _sniff(data)
        raise CorruptDocumentError(
            "not a DOCX: not a ZIP archive" + (f" (content is {kind})" if kind else ""), path=name
        )
    entries, cd_size = _zip_directory(data, name)
    if entries > MAX_ZIP_MEMBERS or cd_size > MAX_ZIP_DIRECTORY_BYTES:
        raise UnsafeDocumentError(
            f"ZIP directory lists {entries} members in {_size(cd_size)}; the limits are "
            f"{MAX_ZIP_MEMBERS} members and {_size(MAX_ZIP_DIRECTORY_BYTES)}",
            path=name,
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception as e:  # zipfile raises BadZipFile, but also ValueError/OSError on bad offsets
        raise CorruptDocumentError(f"truncated or damaged DOCX: {_reason(e)}", path=name) from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_ZIP_MEMBERS:
            raise UnsafeDocumentError(f"ZIP has {len(infos)} members, over {MAX_ZIP_MEMBERS}", path=name)
        declared = sum(i.file_size for i in infos)
        if declared > MAX_ZIP_DECLARED_BYTES:
            raise UnsafeDocumentError(
                f"ZIP declares {_size(declared)} uncompressed, "
                f"over the {_size(MAX_ZIP_DECLARED_BYTES)} limit (zip bomb?)",
                path=name,
            )
        xml_total = 0
        for info in infos:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MB and ratio > MAX_ZIP_RATIO:
                raise UnsafeDocumentError(
                    f"ZIP member {info.filename} compresses {ratio:.0f}:1, over the "
                    f"{MAX_ZIP_RATIO}:1 limit (zip bomb?)",
                    path=name,
                )
            if _is_xml_part(info.filename):
                if info.file_size > MAX_DOCX_PART_BYTES:
                    raise UnsafeDocumentError(
                        f"ZIP member {info.filename} declares {_size(info.file_size)}, "
                        f"over the {_size(MAX_DOCX_PART_BYTES)} limit (zip bomb?)",
                        path=name,
                    )
                xml_total += info.file_size
        if xml_total > MAX_DOCX_XML_BYTES:
            raise UnsafeDocumentError(
                f"DOCX XML parts total {_size(xml_total)}, over {_size(MAX_DOCX_XML_BYTES)}",
                path=name,
            )
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names:
            raise CorruptDocumentError("not a DOCX: ZIP has no [Content_Types].xml", path=name)
        parts: dict[str, bytes] = {}
        read_total = 0
        try:
            for info in infos:
                if not _is_xml_part(info.filename):
                    # Images and embeddings are not needed for text: never decompressed.
                    parts[info.filename] = b""
                    continue
                blob = _read_member(zf, info, min(MAX_DOCX_PART_BYTES, MAX_DOCX_XML_BYTES - read_total), name)
                read_total += len(blob)
                if _has_dtd(blob):
                    raise UnsafeDocumentError(
                        f"{info.filename} carries a DOCTYPE/ENTITY declaration (entity-expansion bomb?)",
                        path=name,
                    )
                parts[info.filename] = blob
        except LoadError:
            raise
        except Exception as e:  # BadZipFile, zlib.error, bad offsets (ValueError), encryption...
            raise CorruptDocumentError(f"damaged DOCX: {_reason(e)}", path=name) from None
    main = _main_part(parts.get("_rels/.rels", b""))
    if main not in parts:
        raise CorruptDocumentError(f"not a DOCX: ZIP has no {main}", path=name)
    return parts


def _is_xml_part(member: str) -> bool:
    return member.lower().endswith((".xml", ".rels"))


def _main_part(rels: bytes) -> str:
    """The package's main document part named in _rels/.rels, else word/document.xml."""
    rel = _OFFICE_DOCUMENT.search(rels)
    target = _TARGET.search(rel.group(0)) if rel else None
    if target is None:
        return "word/document.xml"
    return target.group(1).decode("utf-8", "replace").lstrip("/")


_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_WML_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _docx_xml(blob: bytes) -> Any:
    """Parse one vetted XML part as python-docx does (blank text removed, no entities)."""
    from lxml import etree

    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    return etree.fromstring(blob, parser)


def _content_type(types: Any, part: str) -> str | None:
    """The content type [Content_Types].xml gives ``part``: its Override, else its extension's Default."""
    partname = "/" + part.lower()
    ext = partname.rpartition(".")[2] if "." in partname.rpartition("/")[2] else ""
    default = None
    for el in types:
        if el.tag == f"{_CT}Override" and (el.get("PartName") or "").lower() == partname:
            return el.get("ContentType")
        if el.tag == f"{_CT}Default" and (el.get("Extension") or "").lower() == ext and default is None:
            default = el.get("ContentType")
    return default


def _load_docx(data: bytes, name: str) -> str:
    parts = _docx_parts(data, name)
    # Only vetted parts are parsed: the package's content types and its main document
    # part, read with lxml directly (python-docx would parse every part of the package
    # into its object model first; only the body's XML is needed here).
    main = _main_part(parts.get("_rels/.rels", b""))
    try:
        if not _OFFICE_DOCUMENT.search(parts.get("_rels/.rels", b"")):
            raise ValueError("the package has no officeDocument relationship (_rels/.rels)")
        content_type = _content_type(_docx_xml(parts["[Content_Types].xml"]), main)
        if content_type != _WML_MAIN:
            raise ValueError(f"{main} is not a Word document, content type is {content_type!r}")
        root = _docx_xml(parts[main])
        del parts
        body = root.find(f"{_W}body") if root.tag == f"{_W}document" else None
        if body is None:
            raise ValueError(f"{main} has no w:document/w:body")
        lines = _docx_lines(body)
    except RecursionError:
        raise CorruptDocumentError("DOCX is nested too deeply to read", path=name) from None
    except Exception as e:  # lxml errors for malformed parts
        raise CorruptDocumentError(f"cannot read DOCX: {_reason(e)}", path=name) from None
    text = _normalize_newlines("\n".join(lines))
    if not text.strip():
        raise EmptyDocumentError("DOCX has no text", path=name)
    return text


def _docx_lines(container: Any) -> list[str]:
    """Paragraphs and table rows of a body/cell/content control, in document order."""
    lines: list[str] = []
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            lines.extend(_docx_paragraph(child))
        elif tag == f"{_W}tbl":
            lines.extend(_docx_table(child))
        elif tag in _DOCX_SKIP or tag == f"{_W}sectPr":
            continue  # deleted/moved-away text, duplicate fallback content, layout
        elif isinstance(tag, str):
            lines.extend(_docx_lines(child))  # w:sdt, w:customXml, ... wrap blocks
    return lines


def _docx_table(tbl: Any) -> list[str]:
    rows = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells = [
            " ".join(line.strip() for line in _docx_lines(tc) if line.strip()) for tc in tr.iterchildren(f"{_W}tc")
        ]
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _docx_paragraph(p: Any) -> list[str]:
    """A paragraph's text as lines (line breaks and anchored text boxes start new lines)."""
    from lxml import etree

    parts: list[str] = []
    boxed = False
    walker = etree.iterwalk(p, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "end":
            if tag == f"{_W}p" and el is not p:
                parts.append("\n")
        elif tag in _DOCX_SKIP or tag in (f"{_W}pPr", f"{_W}rPr"):
            # Deleted text, a text box repeated for old Word versions, or properties
            # (whose w:tab elements are tab stops, not tabs).
            walker.skip_subtree()
        elif tag == f"{_W}t":
            parts.append(el.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}p" and el is not p:  # a text box's paragraph, anchored here
            parts.append("\n")
            boxed = True
    lines = "".join(parts).split("\n")
    return ([line for line in lines if line.strip()] or [""]) if boxed else lines
