"""The Excel audit workbook: sheets, review columns, print set-up, formula safety, read-back."""

from __future__ import annotations

import gc
import re
import zipfile
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
    assert [c.value for c in flags[1]][:5] == ["编号\nID", "报告\nReport", "严重性\nSeverity", "规则\nRule",
                                               "说明\nMessage"]
    assert [c.value for c in flags[1]][9:14] == ["处置\nDisposition", "复核人\nReviewer", "备注\nNote",
                                                "关系\nRelation", "归因\nRoot cause"]
    for name in wb.sheetnames[1:8]:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref, name
        assert ws.page_setup.paperSize == 9, name  # A4
        assert ws.page_setup.orientation == ("portrait" if "Rules" in name else "landscape"), name
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert ws.print_title_rows == "$1:$1", name
        assert "&P" in ws.oddFooter.center.text, name
        assert ws["A1"].font.name == "Microsoft YaHei", name


def test_flags_carry_evidence_and_a_dropdown(book, results) -> None:
    ws = openpyxl.load_workbook(book)["疑点 Flags"]
    n = sum(len(r.flags) for r in results)
    rows = [row for row in ws.iter_rows(min_row=2, values_only=True) if row[0]]
    assert len(rows) == n > 0
    for row in rows:
        # "<file> L<line>: sentence": every evidence line names its own file
        assert re.match(r"[\w.-]+\.(txt|md|html|docx|pdf) L\d+: ", row[8]), row
        assert row[9] == "open"
    # a heading row before each report's flags (the ID and Report columns are not printed)
    headings = [row[4] for row in ws.iter_rows(min_row=2, values_only=True) if not row[0]]
    assert [h.split("\n")[0] for h in headings] == [Path(r.report.path).name for r in results if r.flags]
    assert ws.column_dimensions["A"].hidden and ws.column_dimensions["B"].hidden
    for res in results:
        severities = [row[2] for row in rows if row[1] == Path(res.report.path).name]
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
    headers = [c.value for c in ws[1]]
    assert "SHA-256 SHA-256" not in str(headers) and "SHA-256" in texts  # said once
    # the chart counts flags: whole-number ticks from 0
    with zipfile.ZipFile(book) as z:
        chart = next(z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart"))
    assert 'formatCode="0"' in chart and re.search(r'<(c:)?majorUnit val="\d+(\.0)?"', chart)


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
    one, two = [c.row for c in ws["A"][1:] if c.value][:2]  # flag rows (a report's heading row has no id)
    ws[f"J{one}"] = "confirmed"
    ws[f"K{one}"] = "审计员甲"
    ws[f"L{one}"] = "与原始台账核对,确认错误"
    edited = tmp_path / "reviewed.xlsx"
    wb.save(edited)
    review = read_review(edited)
    first = ws[f"A{one}"].value
    assert review[first] == {"disposition": "confirmed", "reviewer": "审计员甲", "note": "与原始台账核对,确认错误"}

    ws[f"J{two}"] = "maybe"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    with pytest.raises(WorkbookError, match=rf"疑点 Flags!J{two}"):
        read_review(bad)

    ws[f"J{two}"] = "open"
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


def _sheet(book: Path, word: str):
    return next(ws for ws in openpyxl.load_workbook(book).worksheets if word in ws.title)


def test_columns_hold_numbers_with_one_meaning_per_kind(book, results) -> None:
    ws = _sheet(book, "Flags")
    rows = {row[0].value: row for row in ws.iter_rows(min_row=2) if row[0].value}
    flags = {(Path(r.report.path).name, c.rule): c for r in results for c in r.flags
             if c.kind != "change" or c.operands["current"] == 4}

    def row(report: str, rule: str):
        return rows[flags[(report, rule)].id]

    # ratio (P3): the stated percent, the computed one at the printed decimals, % shown
    r = row("songling-2023.txt", "ratio.rate")
    assert (r[5].value, r[6].value, round(r[7].value, 6)) == (97.8, 96.6, -1.2)
    assert r[5].number_format == '0.0"%"' and r[12].value == "="
    # bound (P5): the limit as a number, the relation in its own column
    r = row("linjiang-2023.docx", "catalog.hazards.major.rectified.le.found")
    assert (r[5].value, r[6].value, r[7].value, r[12].value) == (9, 11, 2, "≤")
    assert r[5].number_format == '0"项"'
    # change (P4): the nearest whole previous count and the previous figure the claim implies
    r = row("songling-2024.txt", "change.yoy")
    assert (r[5].value, r[6].value) == (5, 5.33) and r[6].number_format == '0.00"起"'
    assert r[5].number_format == '0"起"'  # the whole count printed whole: "5起", not "5.00起"
    # a fine's limit from the catalog is a whole number of 万元 per case beside the average's cents
    checks = _sheet(book, "Checks")
    fines = [row for row in checks.iter_rows(min_row=2) if row[2].value == "count_amount" and row[6].value == 500]
    assert fines and all(f[6].number_format == '0"万元/件"' and f[7].number_format == '0.00"万元/件"' for f in fines)
    # sum (P1): the stated total and the sum of the parts
    r = row("qinghe-2023.md", "sum.breakdown")
    assert (r[5].value, r[6].value, r[7].value) == (7025, 7035, 10)


def test_messages_name_their_figures(book, results) -> None:
    ws = _sheet(book, "Flags")
    messages = [row[4] for row in ws.iter_rows(min_row=2, values_only=True) if row[0]]
    assert "整改率 97.8%,但 已整改 2672项 / 排查隐患 2765项 = 96.64%" in "\n".join(messages)
    assert any("重大事故隐患已整改 11项 超过 发现重大事故隐患 9项" in m for m in messages)
    assert not any("部分" in m or "分子/分母" in m for m in messages)
    rules = _sheet(book, "Rules")
    described = {row[0].replace("\n", ""): row[1] for row in rules.iter_rows(min_row=2, values_only=True) if row[0]}
    assert described["catalog.hazards.major.rectified.le.found"].startswith("重大事故隐患已整改 ≤ 发现重大事故隐患")
    assert not any("目录规则" in d for d in described.values())
    # the tolerance is said once, under the table, not on every rule's row
    assert sum("容差" in str(c.value) for row in rules.iter_rows() for c in row) == 1


def test_figures_print_as_printed(book) -> None:
    wb = openpyxl.load_workbook(book)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert not (isinstance(c.value, str) and re.search(r"\bNone\b", c.value)), (ws.title, c.coordinate)
    metrics = _sheet(book, "Metrics")
    for row in metrics.iter_rows(min_row=2):
        printed = next(q for q in re.findall(r"[\d.]+", str(row[4].value)))
        places = len(printed.split(".")[1]) if "." in printed else 0
        assert row[4].number_format == ("0" if places == 0 else "0." + "0" * places) or isinstance(row[4].value, int)
    # a count is never shown with decimals added (7025, not 7025.00)
    assert all(".00" not in r[4].number_format for r in metrics.iter_rows(min_row=2) if isinstance(r[4].value, int))
    # a passing check has no severity on the Checks sheet
    checks = _sheet(book, "Checks")
    for row in checks.iter_rows(min_row=2, values_only=True):
        assert (row[5] in ("error", "warning")) == (row[4] == "fail"), row[:6]


def test_one_root_cause_one_group(tmp_path) -> None:
    report = tmp_path / "shares.txt"
    report.write_text("某区应急管理局2023年报告。\n全年发现隐患110项(其中:一般隐患60项,占60%;重大隐患40项,占40%)。\n"
                      "现有执法人员3人,持证2人,持证率66.6%。受理投诉举报9件,办结8件,办结率88.8%。\n", encoding="utf-8")
    book = write_workbook([toolkit.audit(report)], tmp_path / "g.xlsx")
    ws = _sheet(book, "Flags")
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    causes = [r for r in rows if r[13] and str(r[13]).startswith("G")]
    # the truncated percentages: said once, on a row of its own, the two rates linked to it
    said = [r for r in rows if not r[0] and r[3] and str(r[3]).startswith("G")]
    assert len(said) == 1 and "截断" in said[0][4] and "truncates" in said[0][4]
    group = said[0][3]
    assert sum(1 for r in rows if r[0] and str(r[13] or "").startswith(f"→ {group}")) == 2
    # the shares over a total whose parts do not add up: linked to that sum's flag
    (root,) = [r for r in rows if r[0] and r[3].replace("\n", "") == "sum.breakdown"]
    other = root[13].split("\n")[0]
    assert f"以它为分母的 2 个占比随之不符,见 {other}" in root[4]
    assert other.startswith("G") and other != group and causes
    assert sum(1 for r in rows if r[0] and str(r[13] or "").startswith(f"→ {other}")) == 2


def test_english_first_everywhere_in_the_workbook(results, tmp_path) -> None:
    path = write_workbook(results, tmp_path / "en.xlsx", language="en")
    wb = openpyxl.load_workbook(path)
    flags = next(ws for ws in wb.worksheets if ws.title.startswith("Flags"))
    assert flags["C1"].value == "Severity\n严重性"
    messages = [row[4] for row in flags.iter_rows(min_row=2, values_only=True) if row[0]]
    assert messages and all(not re.match(r"[\u4e00-\u9fff]", m) for m in messages), messages[:3]
    summary = wb.worksheets[0]
    labels = [c.value for c in summary["A"] if isinstance(c.value, str)]
    assert "Run time 运行时间" in labels and "Prepared by 编制人" in labels
    rules = next(ws for ws in wb.worksheets if ws.title.startswith("Rules"))
    assert rules["B2"].value.split("\n")[0].isascii()


def test_amounts_keep_their_decimals(book, results) -> None:
    ws = _sheet(book, "Flags")
    (fines,) = next(r for r in results if r.report.path.endswith("linjiang-2022.html")).flags
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == fines.id)
    assert (row[5].value, row[6].value) == (132.4, 130.4)
    assert row[5].number_format == '0.0"万元"' and row[7].number_format.startswith('+0.0"万元"')
