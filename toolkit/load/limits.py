"""Input limits (every refusal is an ``UnsafeDocumentError``) and the helpers every reader shares."""

from __future__ import annotations

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
