"""The DOCX reader: a bounded ZIP read, the main document part, paragraphs and tables in reading order."""

from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile
from typing import Any

from ..errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    LoadError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from . import limits
from .grid import Merged, is_merged, lay_out, span
from .limits import MB, _normalize_newlines, _reason, _size, _sniff

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
    if entries > limits.MAX_ZIP_MEMBERS or cd_size > limits.MAX_ZIP_DIRECTORY_BYTES:
        raise UnsafeDocumentError(
            f"ZIP directory lists {entries} members in {_size(cd_size)}; the limits are "
            f"{limits.MAX_ZIP_MEMBERS} members and {_size(limits.MAX_ZIP_DIRECTORY_BYTES)}",
            path=name,
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception as e:  # zipfile raises BadZipFile, but also ValueError/OSError on bad offsets
        raise CorruptDocumentError(f"truncated or damaged DOCX: {_reason(e)}", path=name) from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > limits.MAX_ZIP_MEMBERS:
            raise UnsafeDocumentError(f"ZIP has {len(infos)} members, over {limits.MAX_ZIP_MEMBERS}", path=name)
        declared = sum(i.file_size for i in infos)
        if declared > limits.MAX_ZIP_DECLARED_BYTES:
            raise UnsafeDocumentError(
                f"ZIP declares {_size(declared)} uncompressed, "
                f"over the {_size(limits.MAX_ZIP_DECLARED_BYTES)} limit (zip bomb?)",
                path=name,
            )
        xml_total = 0
        for info in infos:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MB and ratio > limits.MAX_ZIP_RATIO:
                raise UnsafeDocumentError(
                    f"ZIP member {info.filename} compresses {ratio:.0f}:1, over the "
                    f"{limits.MAX_ZIP_RATIO}:1 limit (zip bomb?)",
                    path=name,
                )
            if _is_xml_part(info.filename):
                if info.file_size > limits.MAX_DOCX_PART_BYTES:
                    raise UnsafeDocumentError(
                        f"ZIP member {info.filename} declares {_size(info.file_size)}, "
                        f"over the {_size(limits.MAX_DOCX_PART_BYTES)} limit (zip bomb?)",
                        path=name,
                    )
                xml_total += info.file_size
        if xml_total > limits.MAX_DOCX_XML_BYTES:
            raise UnsafeDocumentError(
                f"DOCX XML parts total {_size(xml_total)}, over {_size(limits.MAX_DOCX_XML_BYTES)}",
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
                blob = _read_member(
                    zf, info, min(limits.MAX_DOCX_PART_BYTES, limits.MAX_DOCX_XML_BYTES - read_total), name
                )
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
    rows: list[list[tuple[str, int, str | None]]] = []  # per row: (text, grid columns, vMerge)
    merged = False
    for tr in tbl.iterchildren(f"{_W}tr"):
        row = []
        for tc in tr.iterchildren(f"{_W}tc"):
            text = " ".join(line.strip() for line in _docx_lines(tc) if line.strip())
            cols, vmerge = _tc_merge(tc)
            merged = merged or cols > 1 or vmerge is not None
            row.append((text, cols, vmerge))
        rows.append(row)
    # (a row starting past the grid's first column is not laid out: the cells are read as printed)
    if merged and not tbl.xpath("./w:tr/w:trPr/w:gridBefore", namespaces={"w": _W[1:-1]}) \
            and is_merged(cells := _merged_rows(rows)):
        texts = lay_out(cells)
    else:
        texts = [[c[0] for c in row] for row in rows]
    return [" | ".join(cells) for cells in texts if any(cells)]


def _tc_merge(tc: Any) -> tuple[int, str | None]:
    """A Word cell's grid columns (w:gridSpan) and vertical merge ("restart", "continue" or None)."""
    pr = tc.find(f"{_W}tcPr")
    if pr is None:
        return 1, None
    grid = pr.find(f"{_W}gridSpan")
    vmerge = pr.find(f"{_W}vMerge")
    cols = span(grid.get(f"{_W}val")) if grid is not None else 1
    return cols, None if vmerge is None else (vmerge.get(f"{_W}val") or "continue")


def _merged_rows(rows: list[list[tuple[str, int, str | None]]]) -> list[list[Merged]]:
    """Word's merged cells as cells spanning columns and rows (``grid.Merged``): a cell that
    restarts a vertical merge covers the rows below whose cell in its column continues it; those
    continuing cells are left out, as HTML leaves out the cells a rowspan covers."""
    at = [[sum(c[1] for c in row[:n]) for n in range(len(row))] for row in rows]  # each cell's grid column
    out: list[list[Merged]] = []
    for r, row in enumerate(rows):
        cells = []
        for n, (text, cols, vmerge) in enumerate(row):
            if vmerge == "continue" and r and any(at[r - 1][m] == at[r][n] and rows[r - 1][m][2] is not None
                                                  for m in range(len(rows[r - 1]))):
                continue  # covered by the merged cell above
            down = 1
            if vmerge == "restart":
                while r + down < len(rows) and any(at[r + down][m] == at[r][n] and c[2] == "continue"
                                                   for m, c in enumerate(rows[r + down])):
                    down += 1
            cells.append(Merged(text, cols, min(down, 64)))
        out.append(cells)
    return out


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
