"""LibreOffice recalculates the workbook: every check formula gives the toolkit's verdict."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import openpyxl
import pytest

import toolkit
from tests.corpus import CORPUS
from tests.helpers import soffice, soffice_convert

ROOT = Path(__file__).resolve().parent.parent


def _recalculate(book: Path, out: Path) -> Path:
    return soffice_convert(book, out, "xlsx:Calc MS Excel 2007 XML")


def test_every_check_formula_agrees_with_the_toolkit(tmp_path) -> None:
    reports = sorted((ROOT / "samples" / "reports").iterdir())
    if (CORPUS / "reports").is_dir():
        reports += sorted((CORPUS / "reports").iterdir())
    results = toolkit.audit_many(reports)
    book = toolkit.write_workbook(results, tmp_path / "audit.xlsx")
    calc = _recalculate(book, tmp_path / "calc")
    ws = openpyxl.load_workbook(calc, data_only=True)["校验 Checks"]
    compared = 0
    disagree = []
    for row in ws.iter_rows(min_row=2, values_only=True):
        rule, status, verdict, approx = row[3], row[4], row[9], row[11]
        if verdict is None or status == "unverifiable" or approx:
            continue  # no formula, or an interval check that a single Excel value cannot decide
        compared += 1
        # The "Excel agrees" column (row[10]) says the same inside the workbook itself.
        if verdict is not (status == "pass") or row[10] is not True:
            disagree.append((row[0], rule, status, verdict, row[10], row[12]))
    assert compared >= 100
    assert not disagree, disagree


def test_flags_sheet_renders_to_png(tmp_path) -> None:
    soffice()
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("poppler-utils (pdftoppm) is missing: `make system-deps` installs it")
        pytest.skip("pdftoppm not installed")
    import sys

    sys.path.insert(0, str(ROOT))
    from docs.make_screenshots import render_flags

    reports = sorted((ROOT / "samples" / "reports").iterdir())[:2]
    book = toolkit.write_workbook(toolkit.audit_many(reports), tmp_path / "a.xlsx")
    png = render_flags(book, tmp_path / "flags.png", resolution=40)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
