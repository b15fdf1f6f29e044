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

Modules: ``limits`` (the limits above and the helpers every reader shares), ``encoding``
(byte -> text decoding, txt/md), ``html_text``, ``pdf_bounds`` (pdfminer decode budgets),
``pdf`` and ``docx`` (one reader per format), ``grid`` (HTML and Word tables' merged cells laid out
on the table's grid, so header cells stay over their figures). The limits are read at call time from
``toolkit.load.limits``, so a test lowers them there.
"""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import (
    EmptyDocumentError,
    LoadError,
    ReportNotFoundError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from . import limits
from .docx import (
    _load_docx,
    _read_member,  # noqa: F401  (re-exported for tests)
)
from .encoding import _load_text
from .html_text import _load_html
from .limits import (  # noqa: F401  (re-exported)
    DAMAGED_EVIDENCE,
    DETECT_SAMPLE_BYTES,
    MAX_DAMAGED_SPOTS,
    MAX_DOCX_PART_BYTES,
    MAX_DOCX_XML_BYTES,
    MAX_FILE_BYTES,
    MAX_GARBAGE_RATIO,
    MAX_HTML_TAGS,
    MAX_PDF_DECODED_BYTES,
    MAX_PDF_PAGES,
    MAX_PDF_STREAM_BYTES,
    MAX_TEXT_BYTES,
    MAX_ZIP_DECLARED_BYTES,
    MAX_ZIP_DIRECTORY_BYTES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MB,
    NOTE_OFFSETS,
    _too_big,
)
from .pdf import _load_pdf

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
    if st.st_size > limits.MAX_FILE_BYTES:
        raise UnsafeDocumentError(_too_big("file", st.st_size, limits.MAX_FILE_BYTES), path=p)
    try:
        with p.open("rb") as f:
            # read(n) allocates n bytes up front, so ask for the size stat() gave (+1 to
            # notice growth); a file that grew since is read on, up to one byte past the limit.
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += f.read(limits.MAX_FILE_BYTES + 1 - len(data))
    except OSError as e:
        raise LoadError(f"cannot read file: {e.strerror or e}", path=p) from None
    return load_bytes(data, str(p))


def load_bytes(data: bytes, name: str) -> Document:
    """Like ``load`` for bytes already in memory; ``name``'s suffix picks the reader."""
    fmt = _format_for(name)
    if not data:
        raise EmptyDocumentError("file is empty (0 bytes)", path=name)
    if len(data) > limits.MAX_FILE_BYTES:
        raise UnsafeDocumentError(_too_big("file", len(data), limits.MAX_FILE_BYTES), path=name)
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
