"""AuditResults -> the Excel audit workbook (openpyxl); reviewed dispositions read back.

Sheets: Summary, Flags (with the review columns), Checks (each with a live Excel
formula that recomputes it from the Quantities sheet), Metrics, Quantities,
Evidence, Trends (several years of one agency), Rules. Text that comes from a
report or a parameter is always written as text, never as a formula.

Modules: ``styles`` (vocabulary of the sheets, fonts, fills, safe text cells), ``sizing``
(printed text widths, row heights, column widths), ``sheet`` (the streamed sheet with the
house layout, number formats), ``formulas`` (the live Excel formula of each check),
``data_sheets`` (Quantities, Metrics, Checks), ``review_sheets`` (Flags, Evidence, Trends,
Rules, Summary). This module writes the workbook and reads the review back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from ..atomic import atomic_path
from ..errors import WorkbookError
from ..result import AuditResult
from .data_sheets import (
    _checks_sheet,
    _metrics_sheet,
    _plain,  # noqa: F401  (re-exported)
    _quantities_sheet,
)
from .formulas import _num, _places, check_formula  # noqa: F401  (re-exported)
from .review_sheets import _evidence_sheet, _flags_sheet, _meta_sheet, _rules_sheet, _summary_sheet, _trends_sheet
from .sheet import _number_format, _Sheet, figure_format  # noqa: F401  (re-exported)
from .sizing import (  # noqa: F401  (re-exported)
    fit_widths,
    header_width,
    id_width,
    lines_needed,
    name_width,
    row_height,
    text_width,
    whole_width,
    word_width,
    wrap_at_dots,
)
from .styles import (  # noqa: F401  (re-exported)
    DISPOSITIONS,
    FLAG_COLUMNS,
    FONT_NAME,
    FONT_SIZE,
    RULE_TEXT,
    SCHEMA,
    SHEETS,
    _both,
    _clean,
    _label,
    set_text,
)

# --- writing ---------------------------------------------------------------------------------


def write_workbook(results: list[AuditResult], path: str | Path, *, language: str = "zh",
                   parameters: dict[str, Any] | None = None,
                   dispositions: dict[str, dict[str, Any]] | None = None) -> Path:
    """Write the audit workbook for ``results`` to ``path`` (atomically) and return the path.

    ``dispositions`` (check id -> {disposition, reviewer, note}, as ``Ledger.dispositions()``
    returns) pre-fills the Flags sheet's review columns; a disposition must be one of
    ``DISPOSITIONS``. The workbook is streamed (openpyxl's write-only mode), so 100,000 quantity
    rows stay cheap.
    """
    if language not in ("zh", "en"):
        raise WorkbookError(f"unknown language {language!r} (zh or en)", path=path)
    path = Path(path)
    decided = _checked_dispositions(dispositions, path)
    wb = Workbook(write_only=True)
    title = ", ".join(Path(r.report.path).name for r in results) or "audit"
    qsheet = _label(SHEETS["quantities"], language)
    qrow: dict[tuple[int, int], int] = {}
    row = 2
    for ri, res in enumerate(results):
        for qi in range(len(res.quantities)):
            qrow[(ri, qi)] = row
            row += 1
    checks = [c for r in results for c in r.checks]
    # Sheets are created in the order an auditor reads them; all counts are known up front.
    _summary_sheet(wb, results, parameters or {}, language, title)
    _flags_sheet(wb, results, language, title, decided)
    _checks_sheet(wb, results, qrow, qsheet, language, title)
    _metrics_sheet(wb, results, language, title)
    _quantities_sheet(wb, results, qsheet, language, title)
    _evidence_sheet(wb, results, language, title)
    if any(r.movements for r in results):
        _trends_sheet(wb, results, language, title)
    _rules_sheet(wb, checks, language, title)
    _meta_sheet(wb, language)
    _save_atomic(wb, path)
    return path


def _checked_dispositions(dispositions: dict[str, dict[str, Any]] | None,
                          path: Path) -> dict[str, tuple[str, str, str]]:
    """check id -> (disposition, reviewer, note) as cell text; an unknown disposition is an error."""
    out: dict[str, tuple[str, str, str]] = {}
    for check_id, d in (dispositions or {}).items():
        if not isinstance(d, dict):
            raise WorkbookError(f"disposition of check {check_id}: expected a dict, got {type(d).__name__}",
                                path=path)
        disposition = d.get("disposition") or "open"
        if disposition not in DISPOSITIONS:
            raise WorkbookError(f"disposition of check {check_id}: unknown {disposition!r} "
                                f"({' / '.join(DISPOSITIONS)})", path=path)
        reviewer, note = d.get("reviewer"), d.get("note")
        out[str(check_id)] = (disposition, "" if reviewer is None else str(reviewer), "" if note is None else str(note))
    return out


def _save_atomic(wb: Workbook, path: Path) -> None:
    with atomic_path(path) as tmp:
        wb.save(tmp)


# --- reading back ------------------------------------------------------------------------------


def read_review(path: str | Path) -> dict[str, dict[str, str | None]]:
    """The reviewed dispositions of a workbook written by ``write_workbook``, keyed by check id.

    Raises ``WorkbookError`` naming the sheet and cell when the workbook is not ours, its
    columns were moved, or a disposition is not one of open / confirmed / explained / false positive.
    """
    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise WorkbookError("no such workbook", path=path) from exc
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise WorkbookError(f"not an Excel workbook: {exc}", path=path) from exc
    try:
        if "_meta" not in wb.sheetnames or wb["_meta"]["B1"].value != SCHEMA:
            raise WorkbookError("not an audit workbook (no _meta sheet with the schema)", path=path)
        name = next((n for n in wb.sheetnames if "Flags" in n and "疑点" in n), None)
        if name is None:
            raise WorkbookError("no Flags/疑点 sheet", path=path)
        ws = wb[name]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None) or ()
        expected = {_label(c, lang) for c in FLAG_COLUMNS for lang in ("zh", "en")}
        wanted = {"ID": 0, "Disposition": 9, "Reviewer": 10, "Note": 11}
        for en, col in wanted.items():
            got = header[col] if col < len(header) else None
            got = " ".join(got.split()) if isinstance(got, str) else got  # the labels' line break
            if not (isinstance(got, str) and got in expected and en in got):
                cell = f"{get_column_letter(col + 1)}1"
                raise WorkbookError(f"column {en} expected here, found {got!r}: columns were moved",
                                    path=path, location=f"{name}!{cell}")
        out: dict[str, dict[str, str | None]] = {}
        for r, row in enumerate(rows, start=2):
            if not row or row[0] is None:
                continue
            disposition = (row[9] or "open") if len(row) > 9 else "open"
            if disposition not in DISPOSITIONS:
                raise WorkbookError(f"unknown disposition {disposition!r} (open, confirmed, explained, false positive)",
                                    path=path, location=f"{name}!J{r}")
            out[str(row[0])] = {"disposition": disposition,
                                "reviewer": row[10] if len(row) > 10 else None,
                                "note": row[11] if len(row) > 11 else None}
        return out
    finally:
        wb.close()

