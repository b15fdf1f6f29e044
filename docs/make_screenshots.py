"""Regenerate the README's pictures of what an auditor sees: docs/*.png.

    make screenshots            # or: .venv/bin/python docs/make_screenshots.py [NAME ...]

Each picture is one entry of ``SHOTS`` (name -> function writing docs/<name>.png); add a
picture by adding an entry. The workbook pictures are pages of the sample run's workbook as
LibreOffice prints it (xlsx -> PDF -> PNG with poppler's pdftoppm), so they show the paper an
auditor signs. Needs LibreOffice (soffice) and pdftoppm: ``make system-deps`` installs them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT))

import toolkit  # noqa: E402


def print_to_pdf(workbook: Path, outdir: Path) -> Path:
    """The workbook printed by LibreOffice (every sheet with its own page set-up)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice") or "soffice"
    subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation=file://{outdir}/lo",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(workbook)],
                   check=True, capture_output=True, timeout=300)
    return outdir / (workbook.stem + ".pdf")


def page_to_png(pdf: Path, page: int, out_png: Path, resolution: int = 110) -> Path:
    """One page (1-based) of a PDF as a PNG."""
    stem = out_png.parent / f".{out_png.stem}-page"
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True, timeout=120)
    shutil.move(f"{stem}.png", out_png)
    return out_png


def find_page(pdf: Path, *words: str) -> int:
    """The first page (1-based) whose text has all ``words`` (a sheet's repeated header row)."""
    with pdfplumber.open(pdf) as doc:
        for n, page in enumerate(doc.pages, start=1):
            text = page.extract_text() or ""
            if all(w in text for w in words):
                return n
    raise LookupError(f"no page with {words} in {pdf}")


def render_flags(workbook: Path, out_png: Path, resolution: int = 110) -> Path:
    """The first printed page of a workbook's Flags sheet as a PNG."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = print_to_pdf(workbook, Path(tmp))
        return page_to_png(pdf, find_page(pdf, "Disposition", "Severity"), out_png, resolution)


class Shots:
    """What the pictures are made from, made once: the sample run and its printed workbook."""

    def __init__(self, tmp: Path):
        self.tmp = tmp

    @cached_property
    def results(self) -> list:
        return toolkit.audit_many(sorted((ROOT / "samples" / "reports").iterdir()))

    @cached_property
    def workbook_pdf(self) -> Path:
        book = toolkit.write_workbook(self.results, self.tmp / "audit.xlsx")
        return print_to_pdf(book, self.tmp)


def shot_flags(s: Shots, out: Path) -> Path:
    return page_to_png(s.workbook_pdf, find_page(s.workbook_pdf, "Disposition", "Severity"), out)


def shot_summary(s: Shots, out: Path) -> Path:
    return page_to_png(s.workbook_pdf, find_page(s.workbook_pdf, "Unverifiable", "Warnings"), out)


from docs.make_notebook_screenshots import shot_chart, shot_notebook_summary  # noqa: E402

# name -> function(shots, out_png); docs/<name>.png
SHOTS: dict[str, Callable[[Shots, Path], Path]] = {
    "flags": shot_flags,
    "summary": shot_summary,
    # The executed notebooks' sign-off pages in Chromium (Playwright), as tests/test_browser.py drives it.
    "notebook-summary": shot_notebook_summary,
    "chart": shot_chart,
}


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(SHOTS)
    unknown = [n for n in names if n not in SHOTS]
    if unknown:
        print(f"unknown: {', '.join(unknown)} (known: {', '.join(SHOTS)})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        shots = Shots(Path(tmp))
        for name in names:
            print(SHOTS[name](shots, DOCS / f"{name}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
