"""The batch runner: real notebooks executed by papermill on the project's kernel.

One module-scoped batch (two workers) holds an audit of one report against its previous
year, an HTML report, a comparison of four reports, a broken DOCX and a parameter file
with an unknown key; the tests read what it left behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

import toolkit
from tests.helpers import sample_project
from toolkit import runner
from toolkit.cli import main
from toolkit.compare import compare_years

ROOT = Path(__file__).resolve().parent.parent
RUN_ID = "nightly"


PARAMS = {
    "qinghe-2023.yaml": "notebook: audit_report\nreport: reports/qinghe-2023.md\n"
                        "previous_report: reports/qinghe-2022.txt\n",
    "linjiang-2022.yaml": "notebook: audit_report\nreport: reports/linjiang-2022.html\nlanguage: en\n",
    "broken.yaml": "notebook: audit_report\nreport: reports/broken.docx\n",
    "typo.yaml": "notebook: audit_report\nreport: reports/qinghe-2022.txt\nfail_onn: never\n",
    "trend.yml": "notebook: compare_reports\nname: two-bureaus\nreports:\n"
                 + "".join(f"  - reports/{n}\n" for n in ("qinghe-2022.txt", "qinghe-2023.md",
                                                          "linjiang-2022.html", "linjiang-2023.docx")),
}


def _project(base: Path) -> Path:
    """A project folder: the notebooks, the sample reports, params/ and an empty outputs/."""
    return sample_project(base, PARAMS)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = _project(tmp_path_factory.mktemp("project"))
    old = os.getcwd()
    os.chdir(base)
    try:
        result = CliRunner().invoke(main, ["run", "params", "--run-id", RUN_ID, "--workers", "2"])
    finally:
        os.chdir(old)
    run_dir = base / "outputs" / RUN_ID
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    return {"base": base, "result": result, "run_dir": run_dir, "manifest": manifest,
            "runs": {r["name"]: r for r in manifest["runs"]}}


def test_manifest_is_truthful(batch: dict[str, Any]) -> None:
    runs = batch["runs"]
    assert set(runs) == {"qinghe-2023", "linjiang-2022", "broken", "typo", "two-bureaus"}
    assert runs["qinghe-2023"]["status"] == "flags"  # the samples carry planted errors
    assert runs["linjiang-2022"]["status"] == "flags"
    assert runs["two-bureaus"]["status"] == "flags"
    assert runs["broken"]["status"] == "error"
    assert "broken.docx" in runs["broken"]["error"] and "CorruptDocumentError" in runs["broken"]["error"]
    assert runs["typo"]["status"] == "error" and "fail_onn: unknown key" in runs["typo"]["error"]
    m = batch["manifest"]
    assert m["summary"] == {"ok": 0, "flags": 3, "error": 2, "pending": 0}
    assert m["status"] == "complete" and m["engine"] == "local" and m["workers"] == 2
    assert m["run_id"] == RUN_ID and m["toolkit_version"] == toolkit.__version__
    q = runs["qinghe-2023"]
    assert [i["path"] for i in q["inputs"]] == ["reports/qinghe-2022.txt", "reports/qinghe-2023.md"]
    assert all(len(i["sha256"]) == 64 for i in q["inputs"])
    assert q["counts"]["errors"] == 2 and q["counts"]["checks"] == q["counts"]["pass"] + q["counts"]["fail"] + \
        q["counts"]["unverifiable"]
    assert q["duration_s"] > 0 and q["started"] <= q["finished"]
    for r in (q, runs["linjiang-2022"], runs["two-bureaus"]):
        assert set(r["outputs"]) == {"notebook", "html", "report_html", "workbook", "json"}
        for rel in r["outputs"].values():
            assert (batch["run_dir"] / rel).is_file(), rel


def test_cli_exit_code_and_one_line_per_bad_input(batch: dict[str, Any]) -> None:
    result = batch["result"]
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2, result.stderr
    assert any("typo.yaml" in e and "fail_onn" in e for e in errors)
    assert any("broken" in e and "broken.docx" in e for e in errors)
    assert "5 runs: 0 ok, 3 flags, 2 error" in result.stdout


def test_nothing_half_written_is_left(batch: dict[str, Any]) -> None:
    run_dir = batch["run_dir"]
    leftovers = [p for p in run_dir.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]
    assert leftovers == []
    latest = batch["base"] / "outputs" / "latest"
    assert latest.is_symlink() and latest.resolve() == run_dir.resolve()


def test_the_broken_run_keeps_its_executed_notebook_for_diagnosis(batch: dict[str, Any]) -> None:
    broken = batch["runs"]["broken"]
    assert set(broken["outputs"]) == {"notebook", "html", "report_html"}
    nb = nbformat.read(batch["run_dir"] / broken["outputs"]["notebook"], as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert errors and errors[0]["ename"] == "CorruptDocumentError"


def test_result_json_is_what_the_library_computes(batch: dict[str, Any]) -> None:
    base = batch["base"]
    data = json.loads((batch["run_dir"] / "qinghe-2023" / "result.json").read_text(encoding="utf-8"))
    assert len(data) == 1 and data[0]["report"]["path"].endswith("qinghe-2023.md")
    earlier, later = toolkit.audit(base / "reports/qinghe-2022.txt"), toolkit.audit(base / "reports/qinghe-2023.md")
    compare_years([earlier, later])
    assert [(c["id"], c["status"]) for c in data[0]["checks"]] == [(c.id, c.status) for c in later.checks]
    assert any(c["rule"] == "change.previous_report" for c in data[0]["checks"])
    assert data[0]["movements"] == later.movements


def test_workbook_and_html_show_the_flags(batch: dict[str, Any]) -> None:
    run_dir = batch["run_dir"]
    data = json.loads((run_dir / "linjiang-2022" / "result.json").read_text(encoding="utf-8"))
    flags = [c for c in data[0]["checks"] if c["status"] == "fail"]
    wb = load_workbook(run_dir / "linjiang-2022" / "audit.xlsx", read_only=True)
    try:
        sheet = wb[next(n for n in wb.sheetnames if "Flags" in n)]
        ids = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row and row[0]]
        assert sorted(ids) == sorted(c["id"] for c in flags)
        assert wb.sheetnames[0].startswith("Summary")  # language: en in this run's parameters
    finally:
        wb.close()
    html = (run_dir / "linjiang-2022" / "notebook.html").read_text(encoding="utf-8")
    assert "Flags" in html and flags[0]["message_en"].split(" ")[0] in html


def test_compare_notebook_draws_trends_and_cross_year_checks(batch: dict[str, Any]) -> None:
    run_dir = batch["run_dir"]
    data = json.loads((run_dir / "two-bureaus" / "result.json").read_text(encoding="utf-8"))
    assert len(data) == 4
    assert any(c["rule"] == "change.previous_report" for r in data for c in r["checks"])
    assert sum(bool(r["movements"]) for r in data) == 2  # the later year of each bureau
    nb = nbformat.read(run_dir / "two-bureaus" / "notebook.ipynb", as_version=4)
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if "image/png" in o.get("data", {})]
    assert len(images) == 2  # one trend chart per bureau
    wb = load_workbook(run_dir / "two-bureaus" / "audit.xlsx", read_only=True)
    try:
        assert any("Trends" in n for n in wb.sheetnames)
    finally:
        wb.close()


def test_rerunning_a_run_id_reuses_unchanged_runs(batch: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    base, run_dir = batch["base"], batch["run_dir"]
    workbook = run_dir / "qinghe-2023" / "audit.xlsx"
    before = workbook.stat().st_mtime_ns
    executed: list[str] = []

    def no_kernel(spec: runner.RunSpec, *args: Any, **kwargs: Any) -> dict[str, Any]:
        executed.append(spec.name)
        raise AssertionError("an unchanged run was executed again")

    monkeypatch.setattr(runner, "execute", no_kernel)
    monkeypatch.chdir(base)
    good = ["params/qinghe-2023.yaml", "params/linjiang-2022.yaml", "params/trend.yml"]
    result = CliRunner().invoke(main, ["run", *good, "--run-id", RUN_ID])
    assert executed == [] and result.exit_code == 1, result.output
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert {r["name"]: r["status"] for r in manifest["runs"]} == {"qinghe-2023": "flags", "linjiang-2022": "flags",
                                                                  "two-bureaus": "flags"}
    assert all(r.get("reused") for r in manifest["runs"])
    assert workbook.stat().st_mtime_ns == before
    # A changed report is executed again; the others are still re-used.
    report = base / "reports" / "linjiang-2022.html"
    original = report.read_bytes()
    try:
        report.write_bytes(original.replace(b"</body>", "<p>补充说明。</p></body>".encode()))
        result = CliRunner().invoke(main, ["run", *good, "--run-id", RUN_ID])
        assert executed == ["linjiang-2022"]
    finally:
        report.write_bytes(original)


def test_force_executes_again(batch: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    executed: list[str] = []

    def fake(spec: runner.RunSpec, workdir: Path, **kwargs: Any) -> dict[str, Any]:
        executed.append(spec.name)
        Path(workdir).mkdir(parents=True)
        (Path(workdir) / "result.json").write_text("[]", encoding="utf-8")
        return {"name": spec.name, "params_file": spec.params_file, "status": "ok", "counts": {}, "error": None,
                "digest": spec.digest, "outputs": {"json": "result.json"}}

    monkeypatch.setattr(runner, "execute", fake)
    monkeypatch.setattr(runner, "ensure_kernel", lambda: "none")
    # No kernel either: the fake execute needs none (this relied on a warm kernel left by earlier tests).
    import toolkit.warm

    monkeypatch.setattr(toolkit.warm, "prestart", lambda *args, **kwargs: None)
    base = batch["base"]
    out = tmp_path / "outputs"
    m1 = runner.run([base / "params" / "qinghe-2023.yaml"], root=base, output_root=out, run_id="f",
                    notebooks=base / "notebooks")
    m2 = runner.run([base / "params" / "qinghe-2023.yaml"], root=base, output_root=out, run_id="f",
                    notebooks=base / "notebooks")
    m3 = runner.run([base / "params" / "qinghe-2023.yaml"], root=base, output_root=out, run_id="f",
                    notebooks=base / "notebooks", force=True)
    assert executed == ["qinghe-2023", "qinghe-2023"]
    assert [r["status"] for r in (*m1.runs, *m2.runs, *m3.runs)] == ["ok"] * 3
    assert m2.runs[0].get("reused") and not m3.runs[0].get("reused")
    assert m1.exit_code == 0


def test_bad_parameter_file_is_rejected_before_any_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = _project(tmp_path)

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a kernel was started")

    monkeypatch.setattr(runner, "ensure_kernel", forbidden)
    monkeypatch.setattr(runner, "execute", forbidden)
    monkeypatch.chdir(base)
    (base / "params" / "outside.yaml").write_text(
        "notebook: audit_report\nreport: reports/qinghe-2022.txt\noutput_dir: /etc\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "params/typo.yaml", "params/outside.yaml"])
    assert result.exit_code == 2
    assert "typo.yaml" in result.stderr and "fail_onn: unknown key" in result.stderr
    assert "outside.yaml" in result.stderr and "output_dir" in result.stderr and "outside the output folder" in result.stderr
    assert "Traceback" not in result.output


def test_a_second_run_waits_for_the_lock_or_refuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = _project(tmp_path)
    monkeypatch.chdir(base)
    with runner.run_lock(base / "outputs"):
        result = CliRunner().invoke(main, ["run", "params/qinghe-2023.yaml", "--wait", "0.5"])
    assert result.exit_code == 2
    assert "holds the lock" in result.stderr and f"pid {os.getpid()}" in result.stderr
    assert "Traceback" not in result.output
    assert not (base / "outputs" / runner.default_run_id()).exists()


def test_run_id_is_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = _project(tmp_path)
    monkeypatch.chdir(base)
    result = CliRunner().invoke(main, ["run", "params/qinghe-2023.yaml", "--run-id", "../../etc"])
    assert result.exit_code == 2 and "run id" in result.stderr


def test_plain_papermill_with_a_params_file_gives_the_same_result(batch: dict[str, Any], tmp_path: Path) -> None:
    base = batch["base"]
    out = base / "outputs" / "by-hand"
    cmd = [str(Path(sys.executable).parent / "papermill"), "notebooks/audit_report.ipynb", str(tmp_path / "out.ipynb"),
           "-f", "params/qinghe-2023.yaml", "-p", "output_dir", str(out), "-k", runner.ensure_kernel(),
           "--no-progress-bar"]
    done = subprocess.run(cmd, cwd=base, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    by_hand = json.loads((out / "result.json").read_text(encoding="utf-8"))
    by_runner = json.loads((batch["run_dir"] / "qinghe-2023" / "result.json").read_text(encoding="utf-8"))
    assert [(c["id"], c["status"]) for c in by_hand[0]["checks"]] == \
        [(c["id"], c["status"]) for c in by_runner[0]["checks"]]
    assert by_hand[0]["metrics"] == by_runner[0]["metrics"]


def test_runs_record_their_checks_in_the_ledger_and_show_known_dispositions(batch: dict[str, Any]) -> None:
    from toolkit.ledger import open_ledger

    base, run_dir = batch["base"], batch["run_dir"]
    path = base / "outputs" / "ledger.sqlite"
    assert batch["manifest"]["ledger"] == str(path.resolve())
    data = json.loads((run_dir / "linjiang-2022" / "result.json").read_text(encoding="utf-8"))
    flag = next(c for c in data[0]["checks"] if c["status"] == "fail")
    with open_ledger(path) as book:
        assert {f"{RUN_ID}/{n}" for n in ("qinghe-2023", "linjiang-2022", "two-bureaus")} <= \
            {r["run_id"] for r in book.runs()}
        assert len(book.checks(f"{RUN_ID}/linjiang-2022")) == len(data[0]["checks"])
        book.set_disposition(flag["id"], "explained", reviewer="王审计", note="口径不同", source="cli")
    old = os.getcwd()
    os.chdir(base)
    try:
        result = CliRunner().invoke(main, ["run", "params/linjiang-2022.yaml", "--run-id", "next-night"])
    finally:
        os.chdir(old)
    assert result.exit_code == 1, result.output
    wb = load_workbook(base / "outputs" / "next-night" / "linjiang-2022" / "audit.xlsx", read_only=True)
    try:
        sheet = wb[next(n for n in wb.sheetnames if "Flags" in n)]
        rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True) if row and row[0]}
        assert rows[flag["id"]][9:12] == ("explained", "王审计", "口径不同")
    finally:
        wb.close()


def test_ctrl_c_cancels_cleanly_and_the_manifest_says_what_finished(tmp_path: Path) -> None:
    import signal
    import time

    base = _project(tmp_path)
    for i in range(6):
        (base / "params" / f"extra-{i}.yaml").write_text(
            "notebook: audit_report\nreport: reports/qinghe-2022.txt\n", encoding="utf-8")
    (base / "params" / "typo.yaml").unlink()
    exe = Path(sys.executable).parent / "audit-workbook"
    proc = subprocess.Popen([str(exe), "run", "params", "--run-id", "c", "--no-ledger"], cwd=base,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    manifest = base / "outputs" / "c" / "manifest.json"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            runs = json.loads(manifest.read_text(encoding="utf-8"))["runs"]
        except (OSError, ValueError):
            runs = []
        if sum(r["status"] in ("ok", "flags") for r in runs) >= 2:
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, (out, err)
    assert "Traceback" not in err and "cancelled" in err
    data = json.loads(manifest.read_text(encoding="utf-8"))
    assert data["status"] == "cancelled"
    finished = [r for r in data["runs"] if r["status"] in ("ok", "flags")]
    cancelled = [r for r in data["runs"] if r.get("error") == "cancelled before it finished"]
    assert len(finished) >= 2 and cancelled
    assert len(finished) + len(cancelled) + 1 == len(data["runs"])  # + the broken report
    for r in finished:
        assert all((base / "outputs" / "c" / f).is_file() for f in r["outputs"].values())
    for r in cancelled:
        assert not (base / "outputs" / "c" / r["name"]).exists()
    assert not (base / "outputs" / "c" / ".staging").exists()


def test_ctrl_c_waits_until_a_run_folder_and_its_manifest_entry_are_both_written() -> None:
    import os
    import signal

    before = signal.getsignal(signal.SIGINT)
    steps = []
    with pytest.raises(KeyboardInterrupt), runner.uninterrupted():
        os.kill(os.getpid(), signal.SIGINT)  # delivered now, acted on at the end of the block
        steps.append("folder installed")
        steps.append("manifest written")
    assert steps == ["folder installed", "manifest written"]
    assert signal.getsignal(signal.SIGINT) is before
    with runner.uninterrupted():
        steps.append("no signal, no interrupt")
    assert steps[-1] == "no signal, no interrupt"


def test_the_default_ledger_follows_the_output_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from toolkit.ledger import ENV_VAR

    base = _project(tmp_path)
    monkeypatch.chdir(base)
    monkeypatch.delenv(ENV_VAR, raising=False)
    seen: dict[str, str | None] = {}

    def record(todo: list[runner.RunSpec], *args: Any, **kwargs: Any) -> None:
        seen.update({spec.name: spec.ledger for spec in todo})  # where each run would be recorded

    monkeypatch.setattr(runner, "ensure_kernel", lambda: "python3")
    monkeypatch.setattr(runner, "_local", record)
    elsewhere = tmp_path / "elsewhere"
    result = CliRunner().invoke(main, ["run", "params/qinghe-2023.yaml", "--run-id", "r1", "--output-root",
                                       str(elsewhere)])
    assert "Traceback" not in result.output, result.output
    manifest = json.loads((elsewhere / "r1" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["ledger"] == str(elsewhere.resolve() / "ledger.sqlite")
    assert seen == {"qinghe-2023": str(elsewhere.resolve() / "ledger.sqlite")}
    assert not (base / "outputs" / "ledger.sqlite").exists()  # nothing of the run lands in ./outputs
    # A relative output root is under the project root; --ledger and the environment still win.
    result = CliRunner().invoke(main, ["run", "params/qinghe-2023.yaml", "--run-id", "r2", "--output-root", "out2"])
    assert json.loads((base / "out2" / "r2" / "manifest.json").read_text(encoding="utf-8"))["ledger"] == \
        str((base / "out2").resolve() / "ledger.sqlite")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite"))
    CliRunner().invoke(main, ["run", "params/qinghe-2023.yaml", "--run-id", "r3", "--output-root", "out3"])
    assert seen["qinghe-2023"] == str(tmp_path / "env.sqlite")
