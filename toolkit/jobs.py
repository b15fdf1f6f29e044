"""What one notebook run does, as library calls: audit, compare, write the outputs.

The notebooks call these and only display what they return, so a run executed by
papermill, by ``audit-workbook run`` or by hand gives the same files:
``result.json`` (the JSON array of ``check --json``) and ``audit.xlsx``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import audit
from .atomic import write_text_atomic
from .checks import Tolerance
from .compare import compare_years
from .result import AuditResult

RESULT_JSON = "result.json"
WORKBOOK = "audit.xlsx"
SEVERITIES = {"error": ("error",), "warning": ("error", "warning"), "never": ()}


def status_of(checks: list[dict[str, Any]] | list[Any], fail_on: str) -> str:
    """``flags`` when a check failed at or above ``fail_on``, else ``ok``."""
    return status_from_counts(count_checks(checks), fail_on)


def status_from_counts(counts: dict[str, int], fail_on: str) -> str:
    """The same verdict from ``count_checks``' figures (what a manifest keeps)."""
    wanted = SEVERITIES[fail_on]
    if ("error" in wanted and counts.get("errors")) or ("warning" in wanted and counts.get("warnings")):
        return "flags"
    return "ok"


def count_checks(checks: list[dict[str, Any]] | list[Any]) -> dict[str, int]:
    """Checks by status, and failing checks by severity."""
    out = {"checks": 0, "pass": 0, "fail": 0, "unverifiable": 0, "errors": 0, "warnings": 0}
    for c in checks:
        status, severity = (c["status"], c["severity"]) if isinstance(c, dict) else (c.status, c.severity)
        out["checks"] += 1
        out[status] = out.get(status, 0) + 1
        if status == "fail":
            out["errors" if severity == "error" else "warnings"] += 1
    return out


@dataclass
class JobOutput:
    """The audited reports of one run and the files written for them."""

    results: list[AuditResult]
    output_dir: Path
    json_path: Path
    workbook_path: Path
    fail_on: str = "error"
    parameters: dict[str, Any] = field(default_factory=dict)
    published_dir: Path | None = None  # where the files end up when the run folder is moved into place

    def final_path(self, path: Path) -> Path:
        """Where a written file will be once the run is complete (what a reader should open)."""
        return self.published_dir / path.name if self.published_dir is not None else path

    @property
    def outputs(self) -> dict[str, Path]:
        """The files of this run, at their final place: workbook, result JSON and, when the batch
        runner exports them, the notebook and its HTML pages."""
        out = {"workbook": self.final_path(self.workbook_path), "result": self.final_path(self.json_path)}
        if self.published_dir is not None:
            out.update(notebook=self.published_dir / "notebook.ipynb", html=self.published_dir / "notebook.html",
                       report_html=self.published_dir / "report.html")
        return out

    @property
    def checks(self) -> list[Any]:
        return [c for r in self.results for c in r.checks]

    @property
    def status(self) -> str:
        return status_of(self.checks, self.fail_on)

    @property
    def counts(self) -> dict[str, int]:
        return count_checks(self.checks)


def _write(results: list[AuditResult], output_dir: str | Path, *, language: str, fail_on: str,
           parameters: dict[str, Any], ledger: str | Path | None, run_id: str | None,
           dispositions_file: str | Path | None = None, published_dir: str | Path | None = None) -> JobOutput:
    from .carry import write_audit_workbook

    out = from_project(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    dispositions = None
    if dispositions_file is not None:
        # The runner's snapshot of the ledger: {check id: {disposition, reviewer, note, ...}}.
        dispositions = json.loads(Path(dispositions_file).read_text(encoding="utf-8"))
    if ledger is not None:
        from .ledger import open_ledger

        with open_ledger(ledger) as book:
            book.record_run(run_id or out.name, results)
            dispositions = {**(dispositions or {}), **book.dispositions()}
    json_path = out / RESULT_JSON
    write_text_atomic(json_path, json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=1))
    workbook_path = out / WORKBOOK
    kwargs: dict[str, Any] = {"dispositions": dispositions} if dispositions else {}
    write_audit_workbook(results, workbook_path, language=language, parameters=parameters, **kwargs)
    return JobOutput(results, out, json_path, workbook_path, fail_on, parameters,
                     Path(published_dir) if published_dir else None)


def from_project(path: str | Path) -> Path:
    """A relative path as the notebooks mean it: from the project folder.

    papermill and ``audit-workbook run`` start the kernel in the project folder; JupyterLab
    starts it in the notebook's own folder (notebooks/), where "samples/reports/x.md" does not
    exist. There, a relative path is read from the project folder (the one with pyproject.toml).
    """
    p = Path(path)
    if p.is_absolute():
        return p
    here = Path.cwd()
    if here.name == "notebooks" and (here.parent / "pyproject.toml").is_file() and not p.exists():
        return here.parent / p
    return p


def audit_job(report: str | Path, *, output_dir: str | Path, previous_report: str | Path | None = None,
              agency: str | None = None, year: int | None = None, doc_number: str | None = None,
              language: str = "zh", fail_on: str = "error", ledger: str | Path | None = None,
              run_id: str | None = None, dispositions: str | Path | None = None,
              rounding: list[str] | str | None = None, rate_tolerance: float = 0,
              sum_tolerance: float = 0, published_dir: str | Path | None = None) -> JobOutput:
    """Audit one report (and check its change claims against ``previous_report``), write the outputs.

    A previous report of another agency, or of a year that is not the one before, is not
    compared; the result's notes say so. ``published_dir``: where the batch runner moves the
    files when the run is complete (``JobOutput.outputs`` names them there).

    ``ledger``: record the run there and show its dispositions in the workbook; ``dispositions``:
    a JSON file of dispositions to show (what the batch runner passes instead of a ledger).
    ``rounding``, ``rate_tolerance``, ``sum_tolerance``: the checks' tolerance (``checks.Tolerance``).

    The previous report is read only for the cross-year checks and movements: the outputs
    hold the audited report alone. Raises a ``ToolkitError`` when a report cannot be read.
    """
    tol = Tolerance.of(rounding, rate_tolerance, sum_tolerance)
    current = audit(from_project(report), agency=agency, year=year, doc_number=doc_number, tolerance=tol)
    if previous_report is not None:
        # The previous year's agency must match for the comparison: the same override applies.
        previous = audit(from_project(previous_report), agency=agency, tolerance=tol)
        problem = previous_report_problem(current, previous)
        if problem:
            current.notes.append(problem)
        else:
            compare_years([previous, current], tolerance=tol)
    parameters = {"report": str(report), "previous_report": str(previous_report or ""),
                  "language": language, "fail_on": fail_on, **tol.as_parameters()}
    return _write([current], output_dir, language=language, fail_on=fail_on, parameters=parameters,
                  ledger=ledger, run_id=run_id, dispositions_file=dispositions, published_dir=published_dir)


def previous_report_problem(current: AuditResult, previous: AuditResult) -> str | None:
    """Why ``previous`` cannot be ``current``'s previous year (another agency, not the year before), or None."""
    cur, prev = current.report, previous.report
    name = Path(prev.path).name
    if cur.agency and prev.agency and cur.agency != prev.agency:
        return (f"上年报告 {name} 属于{prev.agency},不是{cur.agency}:未做跨年核对 / the previous report {name} "
                f"is of {prev.agency}, not {cur.agency}: no cross-year checks")
    if not (cur.agency and prev.agency and cur.year and prev.year):
        return (f"上年报告 {name} 或本报告缺少机构或年度:未做跨年核对 / the agency or year of {name} or of this "
                f"report is unknown: no cross-year checks (set agency and year)")
    if cur.year - prev.year != 1:
        return (f"上年报告 {name} 是 {prev.year} 年的,不是 {cur.year - 1} 年:未做跨年核对 / the previous report "
                f"{name} is of {prev.year}, not {cur.year - 1}: no cross-year checks")
    return None


def compare_job(reports: list[str | Path], *, output_dir: str | Path, language: str = "zh",
                fail_on: str = "error", ledger: str | Path | None = None,
                run_id: str | None = None, dispositions: str | Path | None = None,
                rounding: list[str] | str | None = None, rate_tolerance: float = 0,
                sum_tolerance: float = 0, published_dir: str | Path | None = None) -> JobOutput:
    """Audit several reports together (cross-year checks and movements), write one workbook.

    Progress is shown in a notebook; two files of one agency and year are one report (the
    other is named in the kept one's notes)."""
    from .identity import one_per_identity
    from .progress import progress

    tol = Tolerance.of(rounding, rate_tolerance, sum_tolerance)
    results = [audit(from_project(p), tolerance=tol) for p in progress(list(reports), "审计 Auditing")]
    results, warnings = one_per_identity(results)
    for w in warnings:
        kept = next((r for r in results if w.startswith(Path(r.report.path).name + " ")), results[0])
        kept.notes.append(w)
    compare_years(results, tolerance=tol)
    parameters = {"reports": ", ".join(str(p) for p in reports), "language": language, "fail_on": fail_on,
                  **tol.as_parameters()}
    return _write(results, output_dir, language=language, fail_on=fail_on, parameters=parameters,
                  ledger=ledger, run_id=run_id, dispositions_file=dispositions, published_dir=published_dir)
