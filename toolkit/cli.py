"""audit-workbook: a thin command line over the toolkit's public verbs.

Exit codes: 0 done (whatever was found), 1 flags at or above --fail-on (check),
2 at least one input could not be read (the others are still processed).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__
from .api import audit, extract
from .atomic import write_text_atomic
from .errors import ToolkitError
from .trace import evidence_lines

SUPPORTED = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}


def expand(paths: Iterable[str]) -> list[Path]:
    """Files as given; a folder stands for the supported files in it, sorted."""
    return [p for p, _ in expand_marked(paths)]


def expand_marked(paths: Iterable[str]) -> list[tuple[Path, bool]]:
    """As ``expand``, each file with whether it was found in a folder (True) or named (False)."""
    out: list[tuple[Path, bool]] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend((f, True) for f in sorted(f for f in p.iterdir()
                                                 if f.is_file() and f.suffix.lower() in SUPPORTED))
        else:
            out.append((p, False))
    return out


# A folder's own documentation, by the names such files conventionally take. A corpus README
# describing its reports quotes their years and figures, so its content alone does not tell.
FOLDER_DOCUMENTS = frozenset({"readme", "changelog", "changes", "history", "license", "licence",
                              "contributing", "authors", "notice", "copying"})


def why_not_a_report(result: Any) -> str | None:
    """Why a read file found in a folder is no report, or None when it looks like one: named as
    a folder's documentation (README, CHANGELOG, LICENSE...), or with no named figure of the
    catalog, no agency and no year."""
    info = result.report
    if Path(info.path).name.split(".")[0].lower() in FOLDER_DOCUMENTS:
        return "named as the folder's documentation"
    if not (result.metrics or info.agency or info.year):
        return "no figures of a report, no agency or year"
    return None


def is_report(result: Any) -> bool:
    """Does a read file look like a report (see ``why_not_a_report``)?"""
    return why_not_a_report(result) is None


def _console() -> Any:
    """Rich's console; off a terminal (a pipe, a log file) lines are never wrapped at 80 columns,
    so a figure is not split ("占1\n.01%") and evidence stays on the line of its "L19:"."""
    from rich.console import Console

    if sys.stdout.isatty():
        return Console(highlight=False)
    return Console(highlight=False, soft_wrap=True, width=10_000, no_color=True)


def _heading(console: Any, title: str) -> None:
    if console.is_terminal:
        console.rule(title)
    else:
        console.print(f"── {title} ──")


def _error(err: ToolkitError) -> None:
    click.echo(f"error: {err}", err=True)


def _each(reports: tuple[str, ...], verb: Callable[[Path], Any]) -> tuple[list[Any], int]:
    """Run ``verb`` on every report; a bad one is one line on stderr, the rest go on.

    A file found in a folder that is no report (no named figure, no agency, no year: a README)
    is skipped with a one-line note; a file named on the command line is always kept.
    """
    results = []
    failed = 0
    for path, found in expand_marked(reports):
        try:
            result = verb(path)
            why = why_not_a_report(result) if found else None
            if why:
                click.echo(f"note: {path}: skipped, not a report ({why})", err=True)
                continue
            # Its notes so far are what reading the file had to mend (a damaged byte replaced, and
            # where): said on stderr as well, since --json output goes to a program.
            for note in result.notes:
                click.echo(f"warning: {path}: {note}", err=True)
            results.append(result)
        except ToolkitError as err:
            failed += 1
            _error(err)
        except Exception as exc:  # a bug must not stop the batch or lose the other reports
            failed += 1
            click.echo(f"error: {path}: internal error ({type(exc).__name__}: {exc}); please report it", err=True)
    return results, failed


def _json_array(results: list[Any]) -> Iterator[str]:
    """``json.dumps([r.to_dict() for r in results], ensure_ascii=False)`` in pieces."""
    yield "["
    for i, r in enumerate(results):
        if i:
            yield ", "
        yield from r.json_chunks()
    yield "]"


def _emit(results: list[Any], out: Path | None, as_json: bool) -> bool:
    """Write the JSON array to ``out`` and/or stdout; True when stdout got the JSON."""
    if out is not None:
        write_text_atomic(out, json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=1))
    if as_json:
        # In pieces of about 1 MB: the JSON of a long report is never one string in memory,
        # nor are its checks all dicts at once.
        buffer: list[str] = []
        size = 0
        for chunk in _json_array(results):
            buffer.append(chunk)
            size += len(chunk)
            if size >= 1 << 20:
                click.echo("".join(buffer), nl=False)
                buffer, size = [], 0
        click.echo("".join(buffer))
    return as_json


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audit-workbook")
def main() -> None:
    """Audit the statistics of Chinese government annual reports."""


@main.command("extract")
@click.argument("reports", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON array instead of a table.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the JSON array to this file (atomically).")
def extract_cmd(reports: tuple[str, ...], as_json: bool, out: Path | None) -> None:
    """Extract every quantity and the named metrics of each REPORT (file or folder)."""
    results, failed = _each(reports, extract)
    if not _emit(results, out, as_json):
        _print_tables(results)
        if out is not None:
            click.echo(f"wrote {out}")
    sys.exit(2 if failed else 0)


@main.command("check")
@click.argument("reports", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON array (the corpus contract).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True,
              help="Exit 1 when a check fails at or above this severity.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the JSON array to this file (atomically).")
@click.option("--xlsx", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the audit workbook for the run (all reports in one workbook).")
@click.option("--language", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Primary language of the printed messages and of the workbook's labels.")
@click.option("--rounding", multiple=True, type=click.Choice(["half-up", "half-even", "down", "up"]),
              help="How printed rates may have been rounded (repeat it; default: half-up and half-even).")
@click.option("--rate-tolerance", type=click.FloatRange(0, 5), default=0, show_default=True,
              help="Slack on stated rates and changes, in percentage points.")
@click.option("--sum-tolerance", type=click.FloatRange(0, 0.1), default=0, show_default=True,
              help="Slack on sums, equalities and bounds, as a fraction of the total (0.001 = 0.1%).")
def check_cmd(reports: tuple[str, ...], as_json: bool, fail_on: str, out: Path | None, xlsx: Path | None,
              language: str, rounding: tuple[str, ...], rate_tolerance: float, sum_tolerance: float) -> None:
    """Check every relation each REPORT states; with several years of one agency, across years too.

    By default a check is exact, and a printed rate may be rounded half-up or half-even; a
    check that passes only thanks to --rounding/--rate-tolerance/--sum-tolerance says so.
    """
    import functools

    from .checks import Tolerance
    from .compare import compare_years

    tol = Tolerance.of(rounding or None, rate_tolerance, sum_tolerance)
    results, failed = _each(reports, functools.partial(audit, tolerance=tol))
    results = _one_per_identity(results, reports)
    compare_years(results, tolerance=tol)
    if xlsx is not None:
        from .carry import write_audit_workbook

        # The workbook carries its checks: `review import` needs nothing else to list its decisions.
        write_audit_workbook(results, xlsx, language=language,
                             parameters={"fail_on": fail_on, "language": language, **tol.as_parameters()})
    if not _emit(results, out, as_json):
        _print_checks(results, language)
        if xlsx is not None:
            click.echo(f"wrote {xlsx}")
    from .jobs import status_of

    flagged = status_of([c for r in results for c in r.checks], fail_on) == "flags"
    sys.exit(2 if failed else 1 if flagged else 0)


@main.command("run")
@click.argument("params", nargs=-1, required=True)
@click.option("--run-id", help="Folder under the output root; default: today's date. Re-running an id re-uses "
              "the runs whose inputs did not change.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Notebooks executed in parallel processes.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]),
              help="Severity that makes a run 'flags' (exit 1); default: each parameter file's fail_on.")
@click.option("--output-root", type=click.Path(file_okay=False, path_type=Path), default=Path("outputs"),
              show_default=True, help="Where run folders are written.")
@click.option("--force", is_flag=True, help="Execute every run again, even when an earlier one can be re-used.")
@click.option("--wait", "wait_s", type=click.FloatRange(0), default=0, show_default=True,
              help="Seconds to wait for another run's lock before giving up.")
@click.option("--timeout", type=click.IntRange(1), default=600, show_default=True,
              help="Seconds a notebook cell may run.")
@click.option("--verbose", is_flag=True, help="Show papermill's per-cell progress and the kernel's output.")
@click.option("--ledger", "ledger_path", type=click.Path(dir_okay=False, path_type=Path), envvar="AUDIT_WORKBOOK_LEDGER",
              show_envvar=True,
              help="The ledger runs record their checks in (default: ledger.sqlite in the output root).")
@click.option("--no-ledger", is_flag=True, help="Record nothing in a ledger.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              envvar="AUDIT_WORKBOOK_ENGINE", show_envvar=True,
              help="local: processes on this machine; dask: one task per run on a dask.distributed cluster.")
@click.option("--scheduler", envvar="AUDIT_WORKBOOK_SCHEDULER", show_envvar=True,
              help="Address of a running Dask scheduler (tcp://host:8786); without it --engine dask starts a "
              "LocalCluster of --workers processes.")
@click.option("--retries", type=click.IntRange(0, 10), default=1, show_default=True,
              help="Dask engine: times a run is submitted again when its worker died.")
@click.option("--fresh-kernels", is_flag=True,
              help="A new kernel for every notebook (default: one kernel per worker, reset between notebooks).")
@click.option("--progress/--no-progress", default=None, help="Progress bar over the batch (default: on a terminal).")
def run_cmd(params: tuple[str, ...], run_id: str | None, workers: int, fail_on: str | None, output_root: Path,
            force: bool, wait_s: float, timeout: int, verbose: bool, ledger_path: Path | None, no_ledger: bool,
            engine: str, scheduler: str | None, retries: int, fresh_kernels: bool, progress: bool | None) -> None:
    """Execute the notebook of each PARAMS file (a YAML file or a folder of them) with papermill.

    Writes OUTPUT_ROOT/RUN_ID/NAME/ (executed notebook, HTML, workbook, result JSON) and
    OUTPUT_ROOT/RUN_ID/manifest.json; OUTPUT_ROOT/latest points at the run.
    """
    from .runner import run

    def report(entry: dict[str, Any]) -> None:
        if entry["status"] == "error":
            click.echo(f"error: {entry['name']}: {entry.get('error')}", err=True)

    if progress is None:
        progress = sys.stderr.isatty()
    try:
        manifest = run(list(params), run_id=run_id, output_root=output_root, workers=workers, fail_on=fail_on,
                       force=force, wait_s=wait_s, timeout=timeout, verbose=verbose, progress=progress,
                       fresh_kernels=fresh_kernels, ledger=False if no_ledger else ledger_path, engine=engine,
                       scheduler=scheduler, retries=retries, on_done=report)
    except ToolkitError as err:
        _error(err)
        sys.exit(2)
    except KeyboardInterrupt:
        import logging

        # nbclient's task on the interrupted kernel dies too; asyncio would log it as a traceback.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        click.echo("cancelled: the manifest lists the runs that finished; the others say 'cancelled'", err=True)
        sys.exit(130)
    for entry in manifest.runs:
        if entry["status"] == "error" and "digest" not in entry:
            report(entry)  # a parameter file that failed validation: no run, one line
    _print_manifest(manifest)
    sys.exit(manifest.exit_code)


def _one_per_identity(results: list[Any], reports: tuple[str, ...] = ()) -> list[Any]:
    """One file per report (agency and year) among the files found in folders; a warning on
    stderr for each left out. A file named on the command line is always audited: the output
    has one entry per REPORT given (the scoring tools name many copies of one report)."""
    from .identity import one_per_identity

    named = {str(Path(r).resolve()) for r in reports if Path(r).is_file()}
    kept, warnings = one_per_identity(results, keep=named)
    for w in warnings:
        click.echo(f"warning: {w}", err=True)
    return kept


def _print_manifest(manifest: Any) -> None:
    run_dir = Path(manifest.path).parent
    for r in manifest.runs:
        counts = r.get("counts") or {}
        # An error was printed once, on stderr, when the run ended: the summary line only points at it.
        detail = (f"{counts.get('checks', 0)} checks, {counts.get('errors', 0)} errors, "
                  f"{counts.get('warnings', 0)} warnings" if counts
                  else "the error is printed above" if r["status"] == "error" else "")
        reused = " (re-used)" if r.get("reused") else ""
        click.echo(f"{r['status']:<6} {r['name']}{reused}: {detail}")
    s = manifest.summary
    click.echo(f"{len(manifest.runs)} runs: {s.get('ok', 0)} ok, {s.get('flags', 0)} flags, {s.get('error', 0)} error")
    click.echo(f"manifest:  {manifest.path}")
    workbooks = [str(run_dir / r["outputs"]["workbook"]) for r in manifest.runs if "workbook" in r.get("outputs", {})]
    if workbooks:
        click.echo("workbooks: " + "\n           ".join(workbooks))


def _print_checks(results: list, language: str = "zh") -> None:
    console = _console()
    for r in results:
        info = r.report
        passed = sum(c.status == "pass" for c in r.checks)
        unver = sum(c.status == "unverifiable" for c in r.checks)
        _heading(console, f"{info.path} — {info.agency or '?'} {info.year or ''}")
        console.print(f"{len(r.checks)} checks: {passed} pass, {len(r.flags)} fail, {unver} unverifiable")
        for c in r.flags:
            style = "bold red" if c.severity == "error" else "yellow"
            console.print(f"[{style}]{c.severity.upper()}[/{style}] ", end="")
            # Report text is data: "[...]" in it is not rich markup.
            first, second = (c.message_zh, c.message_en) if language == "zh" else (c.message_en, c.message_zh)
            console.print(f"{c.rule}  {first}", markup=False)
            console.print(f"    {second}", markup=False)
            for line in evidence_lines(c.evidence, info.path, limit=120):
                console.print(f"    {line}", markup=False)
        for note in r.notes:
            console.print(f"note: {note}", markup=False)
        if r.movements:
            console.print(f"movements against {r.movements[0]['previous_year']}:")
            for m in r.movements:
                pct = "" if m["change_percent"] is None else f" ({m['change_percent']:+}%)"
                console.print(f"    {m['key']}: {m['previous']} → {m['value']} {m['unit']}{pct}")


def _print_tables(results: list) -> None:
    from rich.table import Table

    console = _console()
    for r in results:
        info = r.report
        title = f"{info.path} — {info.agency or '?'} {info.year or ''} {info.doc_number or ''}".strip()
        table = Table(title=title, show_lines=False)
        for col in ("key", "label", "value", "unit", "qual", "line", "evidence"):
            table.add_column(col, overflow="fold")
        for m in r.metrics:
            table.add_row(m["key"], m["label_zh"], str(m["value"]), m["unit"], m["qualifier"] or "",
                          str(m["evidence"]["line"]), m["evidence"]["text"][:60])
        console.print(table)
        console.print(f"{len(r.metrics)} metrics, {len(r.quantities)} quantities")


# --- review: the ledger of decisions ---------------------------------------------------------------

def _ledger_option(f: Callable) -> Callable:
    return click.option("--ledger", "ledger_path", type=click.Path(dir_okay=False, path_type=Path),
                        envvar="AUDIT_WORKBOOK_LEDGER", show_envvar=True,
                        help="The ledger file (default: $AUDIT_WORKBOOK_LEDGER, else outputs/ledger.sqlite).")(f)


def _open_ledger(path: Path | None, *, create: bool = True) -> Any:
    from .ledger import open_ledger

    try:
        return open_ledger(path, create=create)
    except ToolkitError as err:
        _error(err)
        sys.exit(2)


@main.group("review")
def review_group() -> None:
    """Reviewers' decisions, kept in the ledger (SQLite): record runs, import workbooks, list, set."""


@review_group.command("import")
@click.argument("workbooks", nargs=-1, required=True)
@_ledger_option
@click.option("--reviewer", help="Who decided, for the rows whose reviewer column is empty.")
def review_import_cmd(workbooks: tuple[str, ...], ledger_path: Path | None, reviewer: str | None) -> None:
    """Bring the dispositions of reviewed WORKBOOKs (written by check --xlsx or review record) into the ledger."""
    failed = 0
    with _open_ledger(ledger_path) as ledger:
        for wb in workbooks:
            try:
                outcome = ledger.import_review(wb, reviewer=reviewer)
            except ToolkitError as err:
                failed += 1
                _error(err)
                continue
            n = outcome.changed
            if outcome.recorded_run:
                names = ", ".join(Path(p).name for p in outcome.recorded_reports)
                click.echo(f"{wb}: recorded its checks of {names} (run '{outcome.recorded_run}')")
            click.echo(f"{wb}: {n} decision{'s' if n != 1 else ''} imported into {ledger.path}")
            if outcome.unknown:
                # As `review set` refuses them: a decision needs a check the ledger knows.
                failed += 1
                click.echo(f"error: {wb}: {len(outcome.unknown)} decision(s) not imported, check ids not in any "
                           f"recorded run: {', '.join(outcome.unknown)}", err=True)
    sys.exit(2 if failed else 0)


@review_group.command("list")
@_ledger_option
@click.option("--status", type=click.Choice(["open", "decided", "resolved", "all"]), default="all",
              show_default=True, help="open: failing and undecided; decided: with a disposition; "
              "resolved: no longer failing.")
@click.option("--report", help="Only this report (file path as recorded, or 'agency|year').")
@click.option("--json", "as_json", is_flag=True, help="Print the flags as a JSON array.")
def review_list_cmd(ledger_path: Path | None, status: str, report: str | None, as_json: bool) -> None:
    """Print the flags of each report's latest recorded run, with their dispositions."""
    with _open_ledger(ledger_path, create=False) as ledger:
        try:
            rows = ledger.flags(status=status, report=report)
        except ToolkitError as err:
            _error(err)
            sys.exit(2)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for r in rows:
        who = ", ".join(x for x in (r["reviewer"], (r["decided_at"] or "")[:16].replace("T", " ")) if x)
        decision = f"{r['disposition']} ({who})" if who else r["disposition"]
        state = "  RESOLVED" if r["state"] == "resolved" else ""
        click.echo(f"{r['check_id']}  {decision}  {r['severity']}  {r['rule']}  {Path(r['report']).name}{state}")
        click.echo(f"    {r['message_zh']}")
        click.echo(f"    {r['message_en']}")
        if r["note"]:
            click.echo(f"    note: {r['note']}")
    failing = [r for r in rows if r["state"] == "failing"]
    undecided = sum(r["disposition"] == "open" for r in failing)
    click.echo(f"{len(rows)} flags: {undecided} open, {sum(r['disposition'] != 'open' for r in rows)} decided, "
               f"{len(rows) - len(failing)} resolved")


@review_group.command("set")
@click.argument("check_id")
@click.argument("disposition", type=click.Choice(["open", "confirmed", "explained", "false positive"]))
@click.option("--reviewer", required=True, help="Who decides.")
@click.option("--note", help="Why.")
@_ledger_option
def review_set_cmd(check_id: str, disposition: str, reviewer: str, note: str | None,
                   ledger_path: Path | None) -> None:
    """Decide one flag: CHECK_ID (as review list prints it) and DISPOSITION."""
    with _open_ledger(ledger_path, create=False) as ledger:
        try:
            if not ledger.known(check_id):
                click.echo(f"error: {ledger.path}: unknown check id {check_id!r} (not in any recorded run)",
                           err=True)
                sys.exit(2)
            changed = ledger.set_disposition(check_id, disposition, reviewer=reviewer, note=note, source="cli")
        except ToolkitError as err:
            _error(err)
            sys.exit(2)
    click.echo(f"{check_id}: {disposition}" + ("" if changed else " (unchanged)"))


@review_group.command("history")
@click.argument("check_id", required=False)
@_ledger_option
@click.option("--json", "as_json", is_flag=True, help="Print the history as a JSON array.")
def review_history_cmd(check_id: str | None, ledger_path: Path | None, as_json: bool) -> None:
    """Every change of decision (of CHECK_ID, or of all checks), oldest first."""
    with _open_ledger(ledger_path, create=False) as ledger:
        rows = ledger.history(check_id)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for h in rows:
        note = f"  note: {h['note']}" if h["note"] else ""
        click.echo(f"{h['decided_at']}  {h['check_id']}  {h['old_disposition'] or '-'} → {h['new_disposition']}  "
                   f"by {h['reviewer'] or '?'} via {h['source']}{note}")


@review_group.command("record")
@click.argument("reports", nargs=-1, required=True)
@_ledger_option
@click.option("--run-id", help="Name of the run (default: the current UTC time); recording an id again replaces it.")
@click.option("--xlsx", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the audit workbook, its review columns filled from the ledger.")
@click.option("--language", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Primary language of the workbook's labels.")
def review_record_cmd(reports: tuple[str, ...], ledger_path: Path | None, run_id: str | None, xlsx: Path | None,
                      language: str) -> None:
    """Audit each REPORT and record the run's checks in the ledger (flags that went away become resolved)."""
    from datetime import UTC, datetime

    from .compare import compare_years

    results, failed = _each(reports, audit)
    if not results:
        sys.exit(2)
    results = _one_per_identity(results, reports)
    compare_years(results)
    run_id = run_id or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with _open_ledger(ledger_path) as ledger:
        try:
            ledger.record_run(run_id, results)
            flags = [r for r in ledger.flags() if r["report"] in {res.report.path for res in results}]
            if xlsx is not None:
                from .carry import write_audit_workbook

                write_audit_workbook(results, xlsx, language=language, parameters={"run_id": run_id},
                                     dispositions=ledger.dispositions())
        except ToolkitError as err:
            _error(err)
            sys.exit(2)
    failing = [f for f in flags if f["state"] == "failing"]
    click.echo(f"run {run_id}: {len(results)} reports, {len(failing)} flags "
               f"({sum(f['disposition'] == 'open' for f in failing)} open), "
               f"{len(flags) - len(failing)} resolved; ledger {ledger.path}")
    if xlsx is not None:
        click.echo(f"wrote {xlsx}")
    sys.exit(2 if failed else 0)


if __name__ == "__main__":  # pragma: no cover
    main()

