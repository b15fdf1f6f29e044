"""The checks a workbook carries, so that importing it needs nothing else.

``check --xlsx a.xlsx`` writes a workbook without touching any ledger. For ``review import
a.xlsx`` to show the auditor's decisions in ``review list``, the ledger must know the
workbook's checks: they travel inside the workbook, as JSON in a hidden sheet
(``_aw_checks``), one chunk of text per row. Excel and LibreOffice keep hidden sheets when
they save, and the JSON is plain ASCII, so the data survives the auditor's edits.

The sheet is added to the file ``workbook.write_workbook`` wrote (a part, its relation, its
content type and its entry in the workbook's list of sheets), so the workbook's own sheets
and charts are left exactly as written.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .atomic import atomic_path
from .errors import WorkbookError

SHEET = "_aw_checks"
SCHEMA = 1
_PART = "xl/worksheets/aw_checks.xml"
_REL_ID = "rIdAwChecks"
_CHUNK = 30_000  # a cell holds at most 32,767 characters
_WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def payload(results: Sequence[Any]) -> dict[str, Any]:
    """What the ledger needs of each result: the report's identity and its checks (no quantities)."""
    out = []
    for r in results:
        d = r if isinstance(r, dict) else r.to_dict()
        out.append({"report": d["report"], "checks": d["checks"]})
    return {"schema": SCHEMA, "results": out}


def _sheet_xml(text: str) -> str:
    rows = []
    for i in range(0, max(len(text), 1), _CHUNK):
        n = i // _CHUNK + 1
        # ASCII JSON: nothing to escape but the XML specials.
        chunk = text[i : i + _CHUNK].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        rows.append(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t xml:space="preserve">{chunk}</t></is></c></row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{''.join(rows)}</sheetData></worksheet>")


def attach(path: str | Path, results: Sequence[Any]) -> Path:
    """Add the hidden ``_aw_checks`` sheet holding ``results``' checks to the workbook at ``path``
    (rewritten atomically). Raises ``WorkbookError`` when the file is not a workbook."""
    path = Path(path)
    text = json.dumps(payload(results), ensure_ascii=True, separators=(",", ":"), default=str)
    try:
        with zipfile.ZipFile(path) as src:
            names = src.namelist()
            if _PART in names:
                raise WorkbookError("the workbook already carries its checks", path=path)
            workbook = src.read("xl/workbook.xml").decode("utf-8")
            rels = src.read("xl/_rels/workbook.xml.rels").decode("utf-8")
            types = src.read("[Content_Types].xml").decode("utf-8")
            ids = [int(x) for x in re.findall(r'sheetId="(\d+)"', workbook)]
            sheet = (f'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                     f'name="{SHEET}" sheetId="{max(ids, default=0) + 1}" state="hidden" r:id="{_REL_ID}"/>')
            workbook = workbook.replace("</sheets>", sheet + "</sheets>", 1)
            rels = rels.replace("</Relationships>",
                                f'<Relationship Id="{_REL_ID}" Target="/{_PART}" Type="{_REL_TYPE}"/>'
                                "</Relationships>", 1)
            types = types.replace("</Types>", f'<Override PartName="/{_PART}" ContentType="{_WORKSHEET_TYPE}"/>'
                                  "</Types>", 1)
            with atomic_path(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in src.infolist():
                    replaced = {"xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": rels,
                                "[Content_Types].xml": types}.get(info.filename)
                    if replaced is not None:
                        dst.writestr(info, replaced.encode("utf-8"))
                    else:
                        with src.open(info) as f, dst.open(info, "w") as out:
                            shutil.copyfileobj(f, out)
                dst.writestr(_PART, _sheet_xml(text))
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise WorkbookError(f"cannot add the checks to the workbook: {exc}", path=path) from exc
    return path


def write_audit_workbook(results: Sequence[Any], path: str | Path, **kwargs: Any) -> Path:
    """``workbook.write_workbook``, then ``attach``: the workbook a reviewer can import anywhere."""
    from .workbook import write_workbook

    write_workbook(list(results), path, **kwargs)
    return attach(path, results)


def read(path: str | Path) -> list[dict[str, Any]] | None:
    """The results a workbook carries (``{"report", "checks"}`` each), or None for a workbook
    written before workbooks carried them. Raises ``WorkbookError`` when the data is damaged."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise WorkbookError(f"not an Excel workbook: {exc}", path=path) from exc
    try:
        if SHEET not in wb.sheetnames:
            return None
        text = "".join(str(row[0]) for row in wb[SHEET].iter_rows(values_only=True) if row and row[0] is not None)
    finally:
        wb.close()
    try:
        data = json.loads(text)
        if data.get("schema") != SCHEMA or not isinstance(data.get("results"), list):
            raise ValueError(f"schema {data.get('schema')!r}")
    except (ValueError, AttributeError) as exc:
        raise WorkbookError(f"the checks the workbook carries are damaged ({exc})", path=path,
                            location=SHEET) from exc
    return data["results"]
