"""The Excel audit workbook: sheets, review columns, print set-up, formula safety, read-back."""

from __future__ import annotations

import gc
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import toolkit
from toolkit.cli import main
from toolkit.errors import WorkbookError
from toolkit.workbook import DISPOSITIONS, read_review, write_workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples" / "reports").iterdir())


@pytest.fixture(scope="module")
def results():
    return toolkit.audit_many(SAMPLES)


@pytest.fixture(scope="module")
def book(results, tmp_path_factory) -> Path:
    return write_workbook(results, tmp_path_factory.mktemp("wb") / "audit.xlsx", parameters={"fail_on": "error"})


def test_sheets_headers_and_layout(book) -> None:
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames[:8] == ["概览 Summary", "疑点 Flags", "校验 Checks", "指标 Metrics", "数据 Quantities",
                                 "原文 Evidence", "趋势 Trends", "规则 Rules"]
    assert wb["_meta"].sheet_state == "hidden"
    flags = wb["疑点 Flags"]
    assert [c.value for c in flags[1]][:5] == ["编号 ID", "报告 Report", "严重性 Severity", "规则 Rule", "说明 Message"]
    assert [c.value for c in flags[1]][9:12] == ["处置 Disposition", "复核人 Reviewer", "备注 Note"]
    for name in wb.sheetnames[1:8]:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref, name
        assert ws.page_setup.orientation == "landscape", name
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert ws.print_title_rows == "$1:$1", name
        assert "&P" in ws.oddFooter.center.text, name
        assert ws["A1"].font.name == "Microsoft YaHei", name


def test_flags_carry_evidence_and_a_dropdown(book, results) -> None:
    ws = openpyxl.load_workbook(book)["疑点 Flags"]
    n = sum(len(r.flags) for r in results)
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == n > 0
    for row in rows:
        assert row[8] and row[8].startswith("L"), row  # "L<line>: sentence"
        assert row[9] == "open"
    severities = [row[2] for row in rows]
    assert severities == sorted(severities, key=lambda s: {"error": 0, "warning": 1}[s])
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1 and dvs[0].type == "list"
    assert dvs[0].formula1 == '"' + ",".join(DISPOSITIONS) + '"'
    assert "J2" in str(dvs[0].sqref)
    assert ws.conditional_formatting


def test_checks_have_formulas(book, results) -> None:
    ws = openpyxl.load_workbook(book)["校验 Checks"]
    formulas = [row[9] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert len(formulas) == sum(len(r.checks) for r in results)
    with_formula = [f for f in formulas if isinstance(f, str) and f.startswith("=")]
    assert len(with_formula) >= 0.9 * len(formulas)
    assert any("SUM(" in f for f in with_formula) and any("ROUND(" in f for f in with_formula)


def test_summary_counts_and_chart(book, results) -> None:
    ws = openpyxl.load_workbook(book)["概览 Summary"]
    files = [ws.cell(row=r, column=1).value for r in range(2, 2 + len(results))]
    assert files == [Path(r.report.path).name for r in results]
    assert len(ws._charts) == 1  # flags by rule
    texts = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert "编制人 Prepared by" in texts and "复核人 Reviewed by" in texts


def test_trends_sheet_for_several_years(book) -> None:
    ws = openpyxl.load_workbook(book)["趋势 Trends"]
    keys = [row[1] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert "inspections.enterprises" in keys
    assert len(ws._charts) == 1


def test_english_primary_language(results, tmp_path) -> None:
    path = write_workbook(results[:1], tmp_path / "en.xlsx", language="en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "Summary 概览" and "Flags 疑点" in wb.sheetnames
    assert read_review(path) == {c.id: {"disposition": "open", "reviewer": None, "note": None}
                                 for c in results[0].flags}


def test_report_text_never_becomes_a_formula(tmp_path) -> None:
    report = tmp_path / "evil.txt"
    report.write_text(
        "=HYPERLINK(\"http://evil.example/\",\"点击\")发现隐患100项(其中:A隐患60项,其他隐患41项)。\n"
        "=cmd|' /C calc'!A0 共检查企业20家。\n"
        "@SUM(1+1) 受理投诉10件,办结12件。\n"
        "+1 -2 整改率99%。\n", encoding="utf-8")
    result = toolkit.audit(report)
    path = write_workbook([result], tmp_path / "evil.xlsx")
    wb = openpyxl.load_workbook(path)
    ours = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    ours.append(c.value)
                elif isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@")):
                    assert c.data_type == "s" and c.quotePrefix, (ws.title, c.coordinate, c.value)
    # The only formulas are the toolkit's own: checks recomputed from cells, counts of dispositions.
    for f in ours:
        assert "HYPERLINK" not in f and "cmd" not in f and "@SUM" not in f, f
    texts = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("=HYPERLINK") for t in texts)


def test_read_review_round_trip_and_errors(book, tmp_path) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb["疑点 Flags"]
    ws["J2"] = "confirmed"
    ws["K2"] = "审计员甲"
    ws["L2"] = "与原始台账核对,确认错误"
    edited = tmp_path / "reviewed.xlsx"
    wb.save(edited)
    review = read_review(edited)
    first = ws["A2"].value
    assert review[first] == {"disposition": "confirmed", "reviewer": "审计员甲", "note": "与原始台账核对,确认错误"}

    ws["J3"] = "maybe"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    with pytest.raises(WorkbookError, match=r"疑点 Flags!J3"):
        read_review(bad)

    ws["J3"] = "open"
    ws.move_range("J1:L40", cols=1)
    moved = tmp_path / "moved.xlsx"
    wb.save(moved)
    with pytest.raises(WorkbookError, match="moved"):
        read_review(moved)

    foreign = tmp_path / "foreign.xlsx"
    openpyxl.Workbook().save(foreign)
    with pytest.raises(WorkbookError, match="not an audit workbook"):
        read_review(foreign)
    notxlsx = tmp_path / "notes.xlsx"
    notxlsx.write_text("hello", encoding="utf-8")
    with pytest.raises(WorkbookError, match="not an Excel workbook"):
        read_review(notxlsx)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_written_atomically(results, tmp_path, monkeypatch) -> None:
    path = write_workbook(results[:1], tmp_path / "a.xlsx")
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(openpyxl.Workbook, "save", boom)
    with pytest.raises(RuntimeError):
        write_workbook(results, path)
    gc.collect()  # the interrupted workbook's row streams are closed here, not in a later test
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_cli_xlsx(tmp_path) -> None:
    out = tmp_path / "run.xlsx"
    res = CliRunner().invoke(main, ["check", *map(str, SAMPLES[:2]), "--xlsx", str(out), "--fail-on", "never"])
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    assert wb["概览 Summary"]["A3"].value == SAMPLES[1].name
