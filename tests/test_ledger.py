"""The review ledger (SQLite): schema and migrations, runs, resolved checks, decisions and their
history, the workbook round trip, and the `review` commands through click's CliRunner."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import toolkit
from toolkit import ledger as ledger_mod
from toolkit.cli import main
from toolkit.errors import LedgerError, ToolkitError, WorkbookError
from toolkit.ledger import ENV_VAR, SCHEMA_VERSION, ledger_path, open_ledger
from toolkit.workbook import read_review, write_workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples" / "reports").iterdir())
FLAGS_SHEET = "疑点 Flags"


@pytest.fixture(scope="module")
def results():
    return toolkit.audit_many(SAMPLES)


@pytest.fixture
def led(tmp_path):
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        yield ledger


def _dicts(results) -> list[dict]:
    """The results as the JSON the CLI and the runner write, read back."""
    return json.loads(json.dumps([r.to_dict() for r in results], ensure_ascii=False))


def _flag(results, path_end: str, rule: str) -> dict:
    res = next(r for r in results if r.report.path.endswith(path_end))
    return next(c for c in res.checks if c.status == "fail" and c.rule == rule).to_dict()


# --- where, what, which version --------------------------------------------------------------------


def test_path_explicit_then_environment_then_default(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert ledger_path() == Path("outputs/ledger.sqlite")
    assert ledger_path(root="proj") == Path("proj/outputs/ledger.sqlite")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite"))
    assert ledger_path() == tmp_path / "env.sqlite"
    assert ledger_path(root="proj") == tmp_path / "env.sqlite"
    assert ledger_path("given.sqlite") == Path("given.sqlite")
    with open_ledger() as ledger:
        assert ledger.path == tmp_path / "env.sqlite"
    assert (tmp_path / "env.sqlite").is_file()
    monkeypatch.delenv(ENV_VAR)
    with open_ledger() as ledger:
        assert ledger.path == Path("outputs/ledger.sqlite")
    assert (tmp_path / "outputs" / "ledger.sqlite").is_file()


def test_new_ledger_is_wal_versioned_and_marked(tmp_path) -> None:
    path = tmp_path / "deep" / "er" / "ledger.sqlite"
    with open_ledger(path) as ledger:
        assert ledger.schema_version == SCHEMA_VERSION >= 1
        assert ledger.integrity_check() == "ok"
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # WAL is a property of the file
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert con.execute("PRAGMA application_id").fetchone()[0] == ledger_mod.APPLICATION_ID
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()
    assert {"runs", "reports", "checks", "dispositions", "disposition_history"} <= tables


def test_migrations_run_forward_and_keep_the_data(tmp_path, monkeypatch, results) -> None:
    path = tmp_path / "ledger.sqlite"
    with open_ledger(path) as ledger:
        ledger.record_run("r1", results)
        ledger.set_disposition("abc", "confirmed", reviewer="王", note="n", source="cli")
    extra = ("ALTER TABLE dispositions ADD COLUMN ticket TEXT", "UPDATE dispositions SET ticket = 'T-' || check_id")
    monkeypatch.setattr(ledger_mod, "MIGRATIONS", [*ledger_mod.MIGRATIONS, extra])
    monkeypatch.setattr(ledger_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with open_ledger(path) as ledger:
        assert ledger.schema_version == SCHEMA_VERSION + 1
        assert ledger.dispositions()["abc"]["disposition"] == "confirmed"
        assert [r["run_id"] for r in ledger.runs()] == ["r1"]
        assert ledger._read("SELECT ticket FROM dispositions")[0][0] == "T-abc"
    with open_ledger(path) as ledger:  # already migrated: nothing runs twice
        assert ledger.schema_version == SCHEMA_VERSION + 1


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch) -> None:
    path = tmp_path / "ledger.sqlite"
    open_ledger(path).close()
    bad = ("CREATE TABLE half_done (x)", "ALTER TABLE no_such_table ADD COLUMN y")
    monkeypatch.setattr(ledger_mod, "MIGRATIONS", [*ledger_mod.MIGRATIONS, bad])
    monkeypatch.setattr(ledger_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(LedgerError) as err:
        open_ledger(path)
    assert str(path) in str(err.value)
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchall()
    finally:
        con.close()


def test_newer_schema_and_foreign_files_are_refused(tmp_path) -> None:
    newer = tmp_path / "newer.sqlite"
    open_ledger(newer).close()
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    with pytest.raises(LedgerError, match="newer"):
        open_ledger(newer)

    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all, just text " * 100, encoding="utf-8")
    with pytest.raises(LedgerError) as err:
        open_ledger(text)
    assert err.value.path == str(text) and isinstance(err.value, ToolkitError)

    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE customers (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(LedgerError, match="not an audit-workbook ledger"):
        open_ledger(other)

    with pytest.raises(LedgerError, match="no ledger"):
        open_ledger(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()
    with pytest.raises(LedgerError, match="directory"):
        open_ledger(tmp_path)


# --- runs and checks ---------------------------------------------------------------------------------


def test_record_run_stores_reports_and_checks(led, results) -> None:
    led.record_run("r1", results)
    (run,) = led.runs()
    assert run["run_id"] == "r1" and run["reports"] == len(results)
    assert run["checks"] == sum(len(r.checks) for r in results)
    assert run["flags"] == sum(len(r.flags) for r in results)
    rows = led.checks("r1")
    assert len(rows) == run["checks"]
    p3 = _flag(results, "songling-2023.txt", "ratio.rate")
    row = next(r for r in rows if r["check_id"] == p3["id"])
    assert row["status"] == "fail" and row["severity"] == "error" and row["rule"] == "ratio.rate"
    assert row["report_key"] == "松岭县应急管理局|2023"
    assert row["message_en"] == p3["message_en"]
    assert {e["printed"] for e in row["evidence"]} == {"2672项", "2765项", "97.8%"}
    assert all({"line", "text", "start", "end", "role"} <= set(e) for e in row["evidence"])
    flags = led.flags()
    # songling-2024's .txt and .pdf (both in this run, through the API) share their ids: each flag listed once
    assert len(flags) == len({c.id for r in results for c in r.flags}) < run["flags"]
    assert all(f["state"] == "failing" and f["disposition"] == "open" for f in flags)


def test_recording_a_run_again_replaces_it(led, results) -> None:
    led.record_run("r1", results)
    led.record_run("r2", results)
    led.record_run("r1", _dicts(results))
    assert [r["run_id"] for r in led.runs()] == ["r1", "r2"]  # r1 keeps its place
    assert len(led.checks("r1")) == len(led.checks("r2")) == sum(len(r.checks) for r in results)


def test_objects_and_their_json_are_recorded_alike(tmp_path, results) -> None:
    with open_ledger(tmp_path / "a.sqlite") as a, open_ledger(tmp_path / "b.sqlite") as b:
        a.record_run("r", results)
        b.record_run("r", _dicts(results))
        assert a.checks("r") == b.checks("r")


def test_bad_runs_are_refused_whole(led, results) -> None:
    with pytest.raises(LedgerError, match="run id"):
        led.record_run("", results)
    with pytest.raises(LedgerError, match="result 2"):
        led.record_run("r", [results[0].to_dict(), {"foo": 1}])
    broken = _dicts(results[:1])
    del broken[0]["checks"][0]["rule"]
    with pytest.raises(LedgerError, match="'rule'"):
        led.record_run("r", broken)
    twice = _dicts(results[:1])
    twice[0]["checks"].append(twice[0]["checks"][0])
    with pytest.raises(LedgerError, match="twice"):
        led.record_run("r", twice)
    assert led.runs() == [] and led.integrity_check() == "ok"


def test_a_flag_that_goes_away_is_shown_resolved(led, results) -> None:
    led.record_run("r1", results)
    p1 = _flag(results, "qinghe-2023.md", "sum.breakdown")  # disappears in r2
    p3 = _flag(results, "songling-2023.txt", "ratio.rate")  # passes in r2
    passing = next(c for r in results for c in r.checks if c.status == "pass" and r.report.path.endswith(".md"))
    second = _dicts(results)
    for d in second:
        d["checks"] = [c for c in d["checks"] if c["id"] not in (p1["id"], passing.id)]
        for c in d["checks"]:
            if c["id"] == p3["id"]:
                c["status"] = "pass"
    led.record_run("r2", second)

    resolved = {f["check_id"]: f for f in led.flags(status="resolved")}
    assert set(resolved) == {p1["id"], p3["id"]}
    assert resolved[p1["id"]]["status"] == "resolved" and resolved[p1["id"]]["resolved_in"] == "r2"
    assert resolved[p1["id"]]["message_en"] == p1["message_en"]  # the last known evidence is kept
    assert resolved[p1["id"]]["evidence"] == [{k: e[k] for k in ("role", "printed", "text", "line", "start", "end",
                                                                 "key", "file")} for e in p1["evidence"]]
    assert resolved[p3["id"]]["status"] == "pass" and resolved[p3["id"]]["state"] == "resolved"
    assert passing.id not in {c["check_id"] for c in led.checks("r2")}  # a vanished pass is no flag to carry
    total_flags = len({c.id for r in results for c in r.flags})  # one per check id
    assert len(led.flags()) == total_flags  # nothing dropped: 2 of them resolved
    assert len(led.flags(status="open")) == total_flags - 2

    led.record_run("r3", second)  # still gone: still resolved, since r2
    again = {f["check_id"]: f for f in led.flags(status="resolved")}
    assert again[p1["id"]]["run_id"] == "r3" and again[p1["id"]]["resolved_in"] == "r2"

    led.record_run("r4", results)  # the flags come back: failing again, with the decision kept
    assert not led.flags(status="resolved")
    assert len(led.flags(status="open")) == total_flags


def test_a_run_of_other_reports_leaves_a_report_alone(led, results) -> None:
    led.record_run("r1", results)
    qinghe = [r for r in results if "qinghe" in r.report.path]
    led.record_run("r2", qinghe)
    flags = led.flags()
    assert len(flags) == len({c.id for r in results for c in r.flags})
    assert {f["run_id"] for f in flags if "qinghe" in f["report"]} == {"r2"}
    assert {f["run_id"] for f in flags if "qinghe" not in f["report"]} == {"r1"}
    assert not led.flags(status="resolved")


def test_filters(led, results) -> None:
    led.record_run("r1", results)
    md = next(r for r in results if r.report.path.endswith("qinghe-2023.md"))
    assert len(led.flags(report=md.report.path)) == len(md.flags)
    assert len(led.flags(report="青禾区应急管理局|2023")) == len(md.flags)
    assert {f["rule"] for f in led.flags(rule="ratio.rate")} == {"ratio.rate"}
    assert len(led.flags(severity="warning")) == sum(c.severity == "warning" for r in results for c in r.flags)
    with pytest.raises(LedgerError, match="status filter"):
        led.flags(status="closed")


# --- decisions -----------------------------------------------------------------------------------------


def test_decisions_and_their_history(led, results) -> None:
    led.record_run("r1", results)
    cid = _flag(results, "linjiang-2022.html", "sum.breakdown")["id"]
    assert led.set_disposition(cid, "confirmed", reviewer="王", note="罚款合计少加2万元", source="notebook")
    assert not led.set_disposition(cid, "confirmed", reviewer="李", note="罚款合计少加2万元", source="cli")
    assert led.set_disposition(cid, "explained", reviewer="李", note="  更正公告已发  ", source="cli")
    assert not led.set_disposition("other", "open", reviewer="李", source="cli")  # no decision counts as open
    d = led.dispositions()
    assert set(d) == {cid}
    assert d[cid]["disposition"] == "explained" and d[cid]["reviewer"] == "李" and d[cid]["note"] == "更正公告已发"
    assert d[cid]["source"] == "cli" and d[cid]["decided_at"].endswith("Z")
    h = led.history(cid)
    assert [(x["old_disposition"], x["new_disposition"], x["reviewer"], x["source"]) for x in h] == [
        (None, "confirmed", "王", "notebook"), ("confirmed", "explained", "李", "cli")]
    assert h[1]["old_note"] == "罚款合计少加2万元" and h[0]["decided_at"] <= h[1]["decided_at"]
    flag = next(f for f in led.flags(status="decided"))
    assert flag["check_id"] == cid and flag["disposition"] == "explained"

    for bad in [dict(disposition="maybe"), dict(source="email"), dict(check_id="")]:
        args = {"check_id": cid, "disposition": "open", "source": "cli"} | bad
        with pytest.raises(LedgerError):
            led.set_disposition(args["check_id"], args["disposition"], reviewer="x", source=args["source"])
    assert len(led.history()) == 2


def test_a_decision_follows_its_check_into_the_next_run_and_version(led, results, tmp_path) -> None:
    led.record_run("r1", results)
    cid = _flag(results, "qinghe-2022.txt", "catalog.penalties.simple_procedure.fines")["id"]
    led.set_disposition(cid, "confirmed", reviewer="王", source="notebook")
    # The next version of the report: a paragraph added on top, another file name.
    src = (ROOT / "samples/reports/qinghe-2022.txt").read_text(encoding="utf-8")
    edited = tmp_path / "qinghe-2022-v2.txt"
    edited.write_text(src.replace("区人民政府：\n", "区人民政府：\n　　本报告经局务会审议通过。\n", 1), encoding="utf-8")
    led.record_run("r2", [toolkit.audit(edited)])
    flag = next(f for f in led.flags(report=str(edited)) if f["check_id"] == cid)
    assert flag["disposition"] == "confirmed" and flag["reviewer"] == "王" and flag["state"] == "failing"


# --- the workbook round trip -----------------------------------------------------------------------------


def _review_in_excel(path: Path, rows: dict[str, tuple[str, str | None, str | None]]) -> None:
    """Do what an auditor does in Excel: set disposition, reviewer and note of some flag rows."""
    wb = openpyxl.load_workbook(path)
    ws = wb[FLAGS_SHEET]
    for row in ws.iter_rows(min_row=2):
        if row[0].value in rows:
            for cell, value in zip(row[9:12], rows[row[0].value], strict=True):
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # typed as text (openpyxl would take "=..." for a formula)
    wb.save(path)


def test_import_a_reviewed_workbook_and_export_it_again(led, results, tmp_path) -> None:
    led.record_run("r1", results)
    book = write_workbook(results, tmp_path / "audit.xlsx")
    a = _flag(results, "linjiang-2022.html", "sum.breakdown")["id"]
    b = _flag(results, "songling-2023.txt", "ratio.rate")["id"]
    c = _flag(results, "qinghe-2022.txt", "catalog.penalties.simple_procedure.fines")["id"]
    led.set_disposition(c, "explained", reviewer="赵", note="简易程序罚款另有依据", source="notebook")
    _review_in_excel(book, {a: ("confirmed", "王", "=SUM(A1) 不是公式"), b: ("false positive", None, "四舍五入")})

    assert led.import_workbook(book, reviewer="导入人") == 2
    d = led.dispositions()
    assert d[a] | {"decided_at": None} == {"disposition": "confirmed", "reviewer": "王", "note": "=SUM(A1) 不是公式",
                                           "decided_at": None, "source": "workbook"}
    assert d[b]["reviewer"] == "导入人" and d[b]["disposition"] == "false positive"
    assert d[c]["disposition"] == "explained"  # the untouched 'open' row does not undo a decision
    assert led.import_workbook(book) == 0  # importing again changes nothing
    assert [h["source"] for h in led.history(a)] == ["workbook"]

    again = write_workbook(results, tmp_path / "again.xlsx", dispositions=led.dispositions())
    review = read_review(again)
    assert review[a] == {"disposition": "confirmed", "reviewer": "王", "note": "=SUM(A1) 不是公式"}
    assert review[b]["disposition"] == "false positive" and review[c]["note"] == "简易程序罚款另有依据"
    assert sum(v["disposition"] == "open" for v in review.values()) == len(review) - 3
    ws = openpyxl.load_workbook(again)[FLAGS_SHEET]
    note_cell = next(row[11] for row in ws.iter_rows(min_row=2) if row[0].value == a)
    assert note_cell.data_type == "s" and note_cell.value == "=SUM(A1) 不是公式"  # text, never a formula


def test_export_refuses_unknown_dispositions(results, tmp_path) -> None:
    target = tmp_path / "audit.xlsx"
    with pytest.raises(WorkbookError, match="maybe"):
        write_workbook(results, target, dispositions={"x": {"disposition": "maybe"}})
    with pytest.raises(WorkbookError, match="dict"):
        write_workbook(results, target, dispositions={"x": "confirmed"})  # type: ignore[dict-item]
    assert not target.exists()


def test_import_of_a_foreign_workbook_is_a_workbook_error(led, tmp_path) -> None:
    other = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(other)
    with pytest.raises(WorkbookError, match="not an audit workbook"):
        led.import_workbook(other)
    assert led.history() == []


# --- the command line --------------------------------------------------------------------------------------


def _run(args: list[str], env: dict[str, str] | None = None):
    return CliRunner().invoke(main, args, env=env)


def test_cli_record_list_set_history(tmp_path) -> None:
    ledger = str(tmp_path / "l.sqlite")
    res = _run(["review", "record", str(ROOT / "samples" / "reports"), "--ledger", ledger, "--run-id", "night-1"])
    assert res.exit_code == 0, res.output
    # songling-2024-print.pdf is songling-2024.txt printed: one report, audited once
    assert "run night-1: 6 reports, 11 flags (11 open), 0 resolved" in res.stdout

    res = _run(["review", "list", "--ledger", ledger, "--json"])
    assert res.exit_code == 0
    flags = json.loads(res.stdout)
    assert len(flags) == 11 and {f["disposition"] for f in flags} == {"open"}
    cid = next(f["check_id"] for f in flags if f["rule"] == "sum.breakdown" and f["report"].endswith(".html"))

    res = _run(["review", "set", cid, "false positive", "--reviewer", "王", "--note", "表内合计含往年"],
               env={ENV_VAR: ledger})
    assert res.exit_code == 0 and res.stdout.strip() == f"{cid}: false positive"
    res = _run(["review", "set", cid, "false positive", "--reviewer", "王", "--note", "表内合计含往年",
                "--ledger", ledger])
    assert "(unchanged)" in res.stdout

    res = _run(["review", "list", "--ledger", ledger, "--status", "decided"])
    assert res.exit_code == 0
    assert f"{cid}  false positive (王, " in res.stdout and "note: 表内合计含往年" in res.stdout
    assert res.stdout.strip().endswith("1 flags: 0 open, 1 decided, 0 resolved")
    res = _run(["review", "list", "--ledger", ledger, "--status", "open"])
    assert res.stdout.strip().endswith("10 flags: 10 open, 0 decided, 0 resolved") and cid not in res.stdout

    res = _run(["review", "history", cid, "--ledger", ledger, "--json"])
    (h,) = json.loads(res.stdout)
    assert (h["new_disposition"], h["reviewer"], h["source"]) == ("false positive", "王", "cli")
    res = _run(["review", "history", "--ledger", ledger])
    assert "- → false positive  by 王 via cli" in res.stdout


def test_cli_import_then_record_shows_the_decisions_in_the_workbook(tmp_path) -> None:
    ledger = str(tmp_path / "l.sqlite")
    book = tmp_path / "audit.xlsx"
    reports = str(ROOT / "samples" / "reports")
    assert _run(["review", "record", reports, "--ledger", ledger, "--xlsx", str(book)]).exit_code == 0
    ids = list(read_review(book))
    _review_in_excel(book, {ids[0]: ("confirmed", "王", "核实无误"), ids[1]: ("explained", None, None)})
    res = _run(["review", "import", str(book), "--ledger", ledger, "--reviewer", "李"])
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == f"{book}: 2 decisions imported into {ledger}"

    book2 = tmp_path / "audit2.xlsx"
    res = _run(["review", "record", reports, "--xlsx", str(book2)], env={ENV_VAR: ledger})
    assert res.exit_code == 0, res.output
    assert "11 flags (9 open)" in res.stdout
    review = read_review(book2)
    assert review[ids[0]] == {"disposition": "confirmed", "reviewer": "王", "note": "核实无误"}
    assert review[ids[1]] == {"disposition": "explained", "reviewer": "李", "note": None}


def test_cli_bad_input_is_one_line_and_exit_2(tmp_path) -> None:
    ledger = tmp_path / "l.sqlite"
    res = _run(["review", "list", "--ledger", str(ledger)])
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "no ledger here" in res.stderr
    assert not ledger.exists()

    reports = str(ROOT / "samples" / "reports" / "qinghe-2022.txt")
    book = tmp_path / "audit.xlsx"
    assert _run(["review", "record", reports, "--ledger", str(ledger), "--xlsx", str(book)]).exit_code == 0
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    res = _run(["review", "import", str(junk), str(tmp_path / "missing.xlsx"), str(book), "--ledger", str(ledger)])
    assert res.exit_code == 2
    errors = res.stderr.splitlines()
    assert len(errors) == 2 and "junk.xlsx" in errors[0] and "missing.xlsx" in errors[1]
    assert f"{book}: 0 decisions imported" in res.stdout  # the good one was still done
    assert "Traceback" not in res.output

    res = _run(["review", "set", "nosuchid", "confirmed", "--reviewer", "王", "--ledger", str(ledger)])
    assert res.exit_code == 2 and "unknown check id 'nosuchid'" in res.stderr
    res = _run(["review", "set", "x", "maybe", "--reviewer", "王", "--ledger", str(ledger)])
    assert res.exit_code == 2 and "maybe" in res.stderr  # click's usage error

    notdb = tmp_path / "not.sqlite"
    notdb.write_text("hello " * 200, encoding="utf-8")
    res = _run(["review", "list", "--ledger", str(notdb)])
    assert res.exit_code == 2 and len(res.stderr.splitlines()) == 1 and str(notdb) in res.stderr

    res = _run(["review", "record", str(tmp_path / "nope.txt"), reports, "--ledger", str(ledger)])
    assert res.exit_code == 2 and "nope.txt" in res.stderr and "1 reports" in res.stdout
    res = _run(["review", "record", str(tmp_path / "nope.txt"), "--ledger", str(ledger)])
    assert res.exit_code == 2 and len(open_ledger(ledger).runs()) == 2  # nothing readable: no run recorded


def test_resolved_flags_in_the_cli_list(tmp_path) -> None:
    ledger = str(tmp_path / "l.sqlite")
    original = (ROOT / "samples/reports/songling-2023.txt").read_bytes()
    report = tmp_path / "songling-2023.txt"
    report.write_bytes(original)
    assert _run(["review", "record", str(report), "--ledger", ledger, "--run-id", "a"]).exit_code == 0
    # The corrected report: the rate now matches 2672/2765.
    fixed = original.decode("gb18030").replace("97.8%", "96.64%")
    assert fixed != original.decode("gb18030")
    report.write_bytes(fixed.encode("gb18030"))
    res = _run(["review", "record", str(report), "--ledger", ledger, "--run-id", "b"])
    assert "1 flags (1 open), 1 resolved" in res.stdout, res.output
    res = _run(["review", "list", "--ledger", ledger, "--status", "resolved"])
    assert "ratio.rate  songling-2023.txt  RESOLVED" in res.stdout
