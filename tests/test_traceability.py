"""What the auditor sees (issue 13): every flag traceable to its own file, one report once,
the Excel round trip complete, command-line output that a log file keeps intact."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

import toolkit
from toolkit import display
from toolkit.cli import main
from toolkit.ledger import open_ledger
from toolkit.widgets import ReviewPanel

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "samples" / "reports"
Q22, Q23 = str(REPORTS / "qinghe-2022.txt"), str(REPORTS / "qinghe-2023.md")


def _run(args: list[str]) -> object:
    return CliRunner().invoke(main, args, catch_exceptions=False)


def _cross(results: list) -> object:
    return next(c for r in results for c in r.flags if c.rule == "change.previous_report")


# --- evidence names its own file -------------------------------------------------------------------


def test_a_previous_years_sentence_names_the_previous_years_file_everywhere(tmp_path: Path) -> None:
    results = toolkit.audit_many([Q22, Q23])
    check = _cross(results)
    prev = next(e for e in check.evidence if e.role == "previous")
    assert prev.file == Q22 and {e.file for e in check.evidence if e.role != "previous"} == {Q23}
    (line,) = {prev.line}
    wanted = f"qinghe-2022.txt L{line}: "

    # the data the workbook and the JSON read
    assert check.to_dict()["evidence"][-1]["file"] == Q22
    # the notebook's flags table and the checks frame
    flags = display.flags_frame(results)
    row = flags[flags["rule"] == "change.previous_report"].iloc[0]
    assert wanted in row["evidence"] and f"qinghe-2023.md L{line}" not in row["evidence"]
    assert wanted in display.checks_frame(results).set_index("id").loc[check.id, "evidence"]
    # the command line
    res = _run(["check", Q22, Q23])
    assert any(ln.strip().startswith(wanted) for ln in res.stdout.splitlines()), res.stdout
    # the ledger, as `review list --json` gives it, and the review panel
    with open_ledger(tmp_path / "l.sqlite") as led:
        led.record_run("r1", results)
        (row,) = [f for f in led.flags() if f["check_id"] == check.id]
        assert [e["file"] for e in row["evidence"] if e["role"] == "previous"] == [Q22]
        panel = ReviewPanel(led, results)
        panel.select(check.id)
        assert f">qinghe-2022.txt L{line}</code>" in panel.detail.value
        # the neighbouring lines of the previous year's sentence come from the previous year's file
        prev_text = Path(Q22).read_text(encoding="utf-8").split("\n")[line - 1].strip()[:12]
        assert prev_text in panel.detail.value


# --- one report, one identity ------------------------------------------------------------------------


def test_a_report_present_twice_is_audited_once_with_one_warning(tmp_path: Path) -> None:
    res = _run(["check", str(REPORTS), "--json"])
    data = json.loads(res.stdout)
    names = [Path(d["report"]["path"]).name for d in data]
    assert "songling-2024.txt" in names and "songling-2024-print.pdf" not in names
    warnings = [ln for ln in res.stderr.splitlines() if "songling-2024-print.pdf" in ln]
    assert len(warnings) == 1 and "audited songling-2024.txt only" in warnings[0]
    ids = [c["id"] for d in data for c in d["checks"]]
    assert len(ids) == len(set(ids))
    songling = next(d for d in data if d["report"]["path"].endswith("songling-2024.txt"))
    assert any(c["rule"] == "change.previous_report" for c in songling["checks"])

    ledger = str(tmp_path / "l.sqlite")
    assert _run(["review", "record", str(REPORTS), "--ledger", ledger]).exit_code == 0
    flags = json.loads(_run(["review", "list", "--ledger", ledger, "--json"]).stdout)
    assert len(flags) == len({f["check_id"] for f in flags}) > 0


def test_both_copies_of_a_report_get_the_cross_year_checks() -> None:
    """The library keeps every file it is given; each copy of a year is compared with the year before."""
    results = toolkit.audit_many([REPORTS / "songling-2023.txt", REPORTS / "songling-2024.txt",
                                  REPORTS / "songling-2024-print.pdf"])
    cross = [sorted(c.id for c in r.checks if c.rule == "change.previous_report") for r in results[1:]]
    assert cross[0] and cross[0] == cross[1]


# --- the Excel round trip ----------------------------------------------------------------------------


def _decide(book: Path, reviewer: str = "李") -> str:
    wb = load_workbook(book)
    ws = wb[next(n for n in wb.sheetnames if "Flags" in n)]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value)
    row[9].value, row[10].value, row[11].value = "confirmed", reviewer, "核对原件"
    wb.save(book)
    return str(row[0].value)


def test_check_xlsx_then_import_shows_the_decision_in_review_list(tmp_path: Path) -> None:
    book, ledger = tmp_path / "a.xlsx", str(tmp_path / "l.sqlite")
    assert _run(["check", str(REPORTS / "songling-2023.txt"), "--xlsx", str(book)]).exit_code == 1
    cid = _decide(book)
    res = _run(["review", "import", str(book), "--ledger", ledger])
    assert res.exit_code == 0 and "1 decision imported" in res.stdout
    res = _run(["review", "list", "--ledger", ledger, "--status", "decided"])
    assert cid in res.stdout and "confirmed (李" in res.stdout
    assert res.stdout.strip().endswith("1 flags: 0 open, 1 decided, 0 resolved")
    # importing it again records nothing twice
    res = _run(["review", "import", str(book), "--ledger", ledger])
    assert "recorded its checks" not in res.stdout
    with open_ledger(ledger) as led:
        assert len(led.runs()) == 1
    # `review set` accepts the same id the import accepted
    res = _run(["review", "set", cid, "explained", "--reviewer", "王", "--ledger", ledger])
    assert res.exit_code == 0, res.output


def test_import_refuses_the_ids_set_refuses(tmp_path: Path) -> None:
    book, ledger = tmp_path / "a.xlsx", str(tmp_path / "l.sqlite")
    _run(["check", str(REPORTS / "songling-2023.txt"), "--xlsx", str(book)])
    wb = load_workbook(book)
    if "_aw_checks" in wb.sheetnames:
        del wb["_aw_checks"]  # a workbook from before workbooks carried their checks
    wb.save(book)
    cid = _decide(book)
    assert _run(["review", "record", str(REPORTS / "qinghe-2022.txt"), "--ledger", ledger]).exit_code == 0
    set_res = _run(["review", "set", cid, "confirmed", "--reviewer", "李", "--ledger", ledger])
    imp_res = _run(["review", "import", str(book), "--ledger", ledger])
    assert set_res.exit_code == imp_res.exit_code == 2
    assert cid in imp_res.stderr and "0 decisions imported" in imp_res.stdout


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (make system-deps)")
def test_the_checks_survive_a_libreoffice_save(tmp_path: Path) -> None:
    book, ledger = tmp_path / "a.xlsx", str(tmp_path / "l.sqlite")
    _run(["check", str(REPORTS / "songling-2023.txt"), "--xlsx", str(book)])
    cid = _decide(book)
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "xlsx", "--outdir", str(out), str(book)], check=True, capture_output=True, timeout=180)
    res = _run(["review", "import", str(out / "a.xlsx"), "--ledger", ledger])
    assert res.exit_code == 0 and "1 decision imported" in res.stdout
    assert cid in _run(["review", "list", "--ledger", ledger, "--status", "decided"]).stdout


# --- the command line --------------------------------------------------------------------------------


def test_output_to_a_pipe_is_not_wrapped_at_80_columns() -> None:
    res = _run(["check", str(REPORTS / "qinghe-2023.md")])
    lines = res.stdout.splitlines()
    evidence = [ln for ln in lines if ln.startswith("    qinghe-2023.md L")]
    assert evidence and all(len(ln.split(": ", 1)[1]) > 10 for ln in evidence)
    assert max(len(ln) for ln in lines) > 80  # long lines kept whole
    res = _run(["extract", str(REPORTS / "qinghe-2023.md")])
    assert max(len(ln) for ln in res.stdout.splitlines()) > 80


def test_a_readme_in_a_folder_is_skipped_with_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(REPORTS / "qinghe-2022.txt", folder)
    (folder / "README.md").write_text("# 说明\n\n本文件夹收录 1 份报告,第 2 版,共 3 页。\n", encoding="utf-8")
    for verb in ("check", "extract"):
        res = _run([verb, str(folder), "--json"])
        assert [Path(d["report"]["path"]).name for d in json.loads(res.stdout)] == ["qinghe-2022.txt"], verb
        notes = [ln for ln in res.stderr.splitlines() if "README.md" in ln]
        assert len(notes) == 1 and notes[0].startswith("note:") and "skipped" in notes[0]
    # named on the command line, a file is audited whatever it holds
    res = _run(["check", str(folder / "README.md"), "--json"])
    assert len(json.loads(res.stdout)) == 1


def test_a_readme_quoting_years_and_figures_is_skipped_by_its_name(tmp_path: Path) -> None:
    # A corpus README describes its reports: years, agencies and figures, so only its name says
    # it is no report. A report whose name merely contains "readme" is kept.
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(REPORTS / "qinghe-2022.txt", folder / "readme-notes-2022.txt")
    text = "# 样本说明\n\n清河区司法局2022年报告:共受理行政复议案件12件,其中维持8件、撤销5件。\n"
    (folder / "README.md").write_text(text, encoding="utf-8")
    (folder / "CHANGELOG.txt").write_text(text, encoding="utf-8")
    res = _run(["check", str(folder), "--json"])
    assert [Path(d["report"]["path"]).name for d in json.loads(res.stdout)] == ["readme-notes-2022.txt"]
    assert sorted(ln.split(":")[1].strip().rsplit("/", 1)[-1] for ln in res.stderr.splitlines()
                  if ln.startswith("note:")) == ["CHANGELOG.txt", "README.md"]


def test_a_bad_parameter_file_is_said_once_with_did_you_mean(tmp_path: Path) -> None:
    params = tmp_path / "bad.yaml"
    params.write_text(f"notebook: audit_report\nreport: {Q23}\nprevious_reprot: {Q22}\n", encoding="utf-8")
    res = _run(["run", str(params), "--output-root", str(tmp_path / "out"), "--no-ledger"])
    assert res.exit_code == 2
    assert res.output.count("previous_reprot") == 1, res.output
    assert "did you mean 'previous_report'?" in res.stderr


def test_language_en_prints_english_first() -> None:
    zh = _run(["check", str(REPORTS / "songling-2023.txt")]).stdout.splitlines()
    en = _run(["check", str(REPORTS / "songling-2023.txt"), "--language", "en"]).stdout.splitlines()
    first_zh = next(ln for ln in zh if ln.startswith("ERROR "))
    first_en = next(ln for ln in en if ln.startswith("ERROR "))
    assert "整改率" in first_zh and "rectification rate" in first_en and "整改率" not in first_en


def test_a_ledger_run_holding_both_copies_lists_each_flag_once(tmp_path: Path) -> None:
    results = toolkit.audit_many([REPORTS / "songling-2023.txt", REPORTS / "songling-2024.txt",
                                  REPORTS / "songling-2024-print.pdf"])  # the API keeps both copies
    with open_ledger(tmp_path / "l.sqlite") as led:
        led.record_run("r1", results)
        ids = [f["check_id"] for f in led.flags()]
        assert ids and len(ids) == len(set(ids))
        panel = ReviewPanel(led)
        assert len(panel.items) == len(ids)
