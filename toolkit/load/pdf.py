"""The PDF reader: vetting the file, page texts by pdfium (cells and lines by position) or pdfminer."""

from __future__ import annotations

import ctypes
import io
import re
import threading
from itertools import pairwise
from typing import Any

from ..errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    LoadError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from . import limits
from .limits import _normalize_newlines, _reason, _sniff
from .pdf_bounds import _PDF_BUDGET, _DecodeBudget, _DecodeLimitError, _install_pdfminer_limits


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
    budget = _DecodeBudget(limits.MAX_PDF_DECODED_BYTES)
    token = _PDF_BUDGET.set(budget)
    image = LIT("Image")
    page_no = pages = 0
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        root = resolve1(doc.catalog.get("Pages"))
        declared = resolve1(root.get("Count")) if isinstance(root, dict) else None
        if isinstance(declared, int) and declared > limits.MAX_PDF_PAGES:
            raise UnsafeDocumentError(
                f"PDF declares {declared} pages, over the {limits.MAX_PDF_PAGES}-page limit", path=name
            )
        # Walk the page tree (a lying /Count must not make anything unbounded).
        for page_no, _ in enumerate(PDFPage.create_pages(doc), start=1):
            if page_no > limits.MAX_PDF_PAGES:
                raise UnsafeDocumentError(f"PDF has more than {limits.MAX_PDF_PAGES} pages", path=name)
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
    return CorruptDocumentError(
        f"cannot read PDF: {_reason(e)}", path=name, location=f"page {page_no}" if page_no else None
    )


def _pdfminer_page_texts(data: bytes, name: str) -> list[str]:
    """Each page's text as pdfplumber lays it out (pdfminer interpreting the pages), under the budget."""
    import pdfplumber
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    _install_pdfminer_limits()
    budget = _DecodeBudget(limits.MAX_PDF_DECODED_BYTES)
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
