"""Bytes -> text: BOMs, declared and detected encodings, lenient decoding of damaged bytes; the txt/md reader."""

from __future__ import annotations

import codecs
import contextvars
import re

from ..errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from . import limits
from .limits import (
    DAMAGED_EVIDENCE,
    DETECT_SAMPLE_BYTES,
    MAX_DAMAGED_SPOTS,
    MAX_GARBAGE_RATIO,
    NOTE_OFFSETS,
    _normalize_newlines,
    _sniff,
    _too_big,
)

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
    if len(data) > limits.MAX_TEXT_BYTES:
        raise UnsafeDocumentError(_too_big("text file", len(data), limits.MAX_TEXT_BYTES), path=name)
    if kind := _sniff(data):
        raise UnsupportedFormatError(f"content is {kind}, not plain text", path=name)
    text, encoding, notes = _decode_bytes(data, name)
    return _check_text(text, encoding, name), encoding, notes
