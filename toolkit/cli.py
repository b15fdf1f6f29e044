"""audit-workbook: a thin command line over the toolkit's public verbs.

Exit codes: 0 done (whatever was found), 1 flags at or above --fail-on (check),
2 at least one input could not be read (the others are still processed).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from . import __version__
from .api import audit, extract
from .atomic import write_text_atomic
from .errors import ToolkitError

SUPPORTED = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}


def expand(paths: Iterable[str]) -> list[Path]:
    """Files as given; a folder stands for the supported files in it, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUPPORTED))
        else:
            out.append(p)
    return out


def _error(err: ToolkitError) -> None:
    click.echo(f"error: {err}", err=True)


def _each(reports: tuple[str, ...], verb: Callable[[Path], Any]) -> tuple[list[Any], int]:
    """Run ``verb`` on every report; a bad one is one line on stderr, the rest go on."""
    results = []
    failed = 0
    for path in expand(reports):
        try:
            results.append(verb(path))
        except ToolkitError as err:
            failed += 1
            _error(err)
        except Exception as exc:  # a bug must not stop the batch or lose the other reports
            failed += 1
            click.echo(f"error: {path}: internal error ({type(exc).__name__}: {exc}); please report it", err=True)
    return results, failed


def _emit(results: list[Any], out: Path | None, as_json: bool) -> bool:
    """Write the JSON array to ``out`` and/or stdout; True when stdout got the JSON."""
    payload = [r.to_dict() for r in results]
    if out is not None:
        write_text_atomic(out, json.dumps(payload, ensure_ascii=False, indent=1))
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False))
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


FAIL_ON = {"error": ("error",), "warning": ("error", "warning"), "never": ()}


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
              help="Primary language of the workbook's labels.")
def check_cmd(reports: tuple[str, ...], as_json: bool, fail_on: str, out: Path | None, xlsx: Path | None,
              language: str) -> None:
    """Check every relation each REPORT states; with several years of one agency, across years too."""
    from .compare import compare_years

    results, failed = _each(reports, audit)
    compare_years(results)
    if xlsx is not None:
        from .workbook import write_workbook

        write_workbook(results, xlsx, language=language, parameters={"fail_on": fail_on, "language": language})
    if not _emit(results, out, as_json):
        _print_checks(results)
        if xlsx is not None:
            click.echo(f"wrote {xlsx}")
    flagged = any(c.status == "fail" and c.severity in FAIL_ON[fail_on] for r in results for c in r.checks)
    sys.exit(2 if failed else 1 if flagged else 0)


def _print_checks(results: list) -> None:
    from rich.console import Console

    console = Console(highlight=False)
    for r in results:
        info = r.report
        passed = sum(c.status == "pass" for c in r.checks)
        unver = sum(c.status == "unverifiable" for c in r.checks)
        console.rule(f"{info.path} — {info.agency or '?'} {info.year or ''}")
        console.print(f"{len(r.checks)} checks: {passed} pass, {len(r.flags)} fail, {unver} unverifiable")
        for c in r.flags:
            style = "bold red" if c.severity == "error" else "yellow"
            console.print(f"[{style}]{c.severity.upper()}[/{style}] {c.rule}  {c.message_zh}")
            console.print(f"    {c.message_en}")
            for e in dict.fromkeys((ev.line, ev.text) for ev in c.evidence):
                console.print(f"    L{e[0]}: {e[1][:100]}")
        for note in r.notes:
            console.print(f"note: {note}")
        if r.movements:
            console.print(f"movements against {r.movements[0]['previous_year']}:")
            for m in r.movements:
                pct = "" if m["change_percent"] is None else f" ({m['change_percent']:+}%)"
                console.print(f"    {m['key']}: {m['previous']} → {m['value']} {m['unit']}{pct}")


def _print_tables(results: list) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
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


if __name__ == "__main__":  # pragma: no cover
    main()

