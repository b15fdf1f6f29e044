"""Decode budgets for pdfminer: bounded zlib/LZW/RLE decoders against compression bombs."""

from __future__ import annotations

import contextvars
import io
import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import limits
from .limits import _size

# --------------------------------------------------------------------------- PDF


class _DecodeLimitError(Exception):
    """A PDF stream decodes to more than the limits allow (raised inside pdfminer)."""


@dataclass
class _DecodeBudget:
    remaining: int
    exceeded: str | None = None

    def stream_limit(self) -> int:
        return min(limits.MAX_PDF_STREAM_BYTES, self.remaining)

    def charge(self, size: int) -> None:
        limit = self.stream_limit()
        if size > limit:
            if limit < limits.MAX_PDF_STREAM_BYTES:
                what = f"PDF streams decode to more than {_size(limits.MAX_PDF_DECODED_BYTES)} in total"
            else:
                what = f"a PDF stream decodes to more than {_size(limits.MAX_PDF_STREAM_BYTES)}"
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
