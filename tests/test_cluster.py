"""The Dask engine: same results as the local engine; a real scheduler and workers; a worker killed mid-batch."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.helpers import sample_project
from toolkit import cluster, runner
from toolkit.errors import RunError

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _project(base: Path, extra: int = 0) -> Path:
    params = {
        "qinghe-2023.yaml": "notebook: audit_report\nreport: reports/qinghe-2023.md\n"
                            "previous_report: reports/qinghe-2022.txt\n",
        "linjiang-2023.yaml": "notebook: audit_report\nreport: reports/linjiang-2023.docx\n"
                              "previous_report: reports/linjiang-2022.html\n",
        "broken.yaml": "notebook: audit_report\nreport: reports/broken.docx\n",
        "both.yaml": "notebook: compare_reports\nreports: [reports/songling-2023.txt, reports/songling-2024.txt]\n",
    }
    for i in range(extra):
        params[f"extra-{i:02d}.yaml"] = \
            f"notebook: audit_report\nreport: reports/{['qinghe-2022.txt', 'songling-2024.txt'][i % 2]}\n"
    return sample_project(base, params)


def _results(run_dir: Path, manifest: runner.Manifest) -> dict[str, Any]:
    out = {}
    for r in manifest.runs:
        if "json" in r.get("outputs", {}):
            data = json.loads((run_dir / r["outputs"]["json"]).read_text(encoding="utf-8"))
            out[r["name"]] = [(c["id"], c["status"], c["rule"], c["severity"]) for rep in data for c in rep["checks"]]
    return out


def test_dask_local_cluster_gives_what_the_local_engine_gives(tmp_path: Path) -> None:
    base = _project(tmp_path)
    out = base / "outputs"
    local = runner.run([base / "params"], root=base, output_root=out, run_id="local", workers=2, ledger=False)
    dask = runner.run([base / "params"], root=base, output_root=out, run_id="dask", workers=2, ledger=False,
                      engine="dask")
    assert {r["name"]: r["status"] for r in dask.runs} == {r["name"]: r["status"] for r in local.runs} == {
        "qinghe-2023": "flags", "linjiang-2023": "flags", "broken": "error", "both": "flags"}
    assert _results(out / "dask", dask) == _results(out / "local", local)
    for name in ("qinghe-2023", "linjiang-2023", "both"):  # the whole JSON, byte for byte
        assert (out / "dask" / name / "result.json").read_bytes() == (out / "local" / name / "result.json").read_bytes()
    assert dask.engine == "dask" and dask.scheduler.startswith("tcp://127.0.0.1:")
    assert all(r["worker"].startswith("tcp://") for r in dask.runs if r["status"] != "error" or "CorruptDocument"
               in r["error"])
    broken = next(r for r in dask.runs if r["name"] == "broken")
    assert "CorruptDocumentError" in broken["error"] and "reports/broken.docx" in broken["error"]
    data = json.loads((out / "dask" / "manifest.json").read_text(encoding="utf-8"))
    assert data["engine"] == "dask" and data["scheduler"] == dask.scheduler and data["status"] == "complete"


class _FakeClient:
    def __init__(self, identities: dict[str, tuple[str, str]]) -> None:
        self.identities = identities

    def run(self, fn: Any) -> dict[str, tuple[str, str]]:
        return self.identities


def test_workers_with_another_toolkit_are_refused() -> None:
    mine = cluster.worker_identity()
    assert cluster._check_workers(_FakeClient({"tcp://a:1": mine, "tcp://b:1": mine})) == ["tcp://a:1", "tcp://b:1"]
    with pytest.raises(RunError, match=r"tcp://b:1 has toolkit 0\.0\.9"):
        cluster._check_workers(_FakeClient({"tcp://a:1": mine, "tcp://b:1": ("0.0.9", "abc")}))
    with pytest.raises(RunError, match="no workers"):
        cluster._check_workers(_FakeClient({}))


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    base = _project(tmp_path)
    port = _free_port()
    done = subprocess.run([str(BIN / "audit-workbook"), "run", "params/qinghe-2023.yaml", "--engine", "dask",
                           "--scheduler", f"tcp://127.0.0.1:{port}", "--no-ledger"],
                          cwd=base, capture_output=True, text=True, timeout=180)
    assert done.returncode == 2
    assert "cannot use the Dask scheduler" in done.stderr and "Traceback" not in done.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(cmd: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(cmd, stdout=log.open("w"), stderr=subprocess.STDOUT, env=env, start_new_session=True)


def test_a_worker_killed_mid_batch_loses_no_run(tmp_path: Path) -> None:
    base = _project(tmp_path, extra=8)
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    # allowed-failures 0: the scheduler gives up on a task at the first dead worker, so the
    # client's --retries is what brings the run back.
    env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    procs: list[subprocess.Popen] = []
    try:
        procs.append(_start([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                             "--no-dashboard"], tmp_path / "scheduler.log", env))
        workers = []
        for i in range(2):
            w = _start([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--nworkers", "1",
                        "--no-dashboard", "--host", "127.0.0.1", "--name", f"w{i}"], tmp_path / f"w{i}.log", env)
            procs.append(w)
            workers.append(w)
        batch = subprocess.Popen([str(BIN / "audit-workbook"), "run", "params", "--run-id", "k", "--engine", "dask",
                                  "--scheduler", address, "--retries", "1", "--no-ledger"], cwd=base,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        manifest = base / "outputs" / "k" / "manifest.json"
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and batch.poll() is None:
            try:
                runs = json.loads(manifest.read_text(encoding="utf-8"))["runs"]
            except (OSError, ValueError):
                runs = []
            if sum(r["status"] in ("ok", "flags") for r in runs) >= 2:
                break
            time.sleep(0.1)
        assert batch.poll() is None, "the batch ended before a worker could be killed"
        os.killpg(workers[0].pid, signal.SIGKILL)  # the nanny and its worker process, without warning
        _out, err = batch.communicate(timeout=600)
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
            p.wait()
    assert batch.returncode in (1, 2), err
    assert "Traceback" not in err
    data = json.loads(manifest.read_text(encoding="utf-8"))
    names = {p.stem for p in (base / "params").glob("*.yaml")}
    assert {r["name"] for r in data["runs"]} == names  # every run accounted for
    assert data["status"] == "complete" and data["summary"]["pending"] == 0
    for r in data["runs"]:
        if r["name"] == "broken":
            assert r["status"] == "error" and "CorruptDocumentError" in r["error"]
        elif r["status"] == "error":  # only a run whose worker died twice may be lost, and it says where
            assert "died" in r["error"] and r["worker"], r
        else:
            assert r["worker"].startswith("tcp://127.0.0.1:")
            for rel in r["outputs"].values():
                assert (base / "outputs" / "k" / rel).is_file()
            json.loads((base / "outputs" / "k" / r["outputs"]["json"]).read_text(encoding="utf-8"))
            load_workbook(base / "outputs" / "k" / r["outputs"]["workbook"], read_only=True).close()
    done = [r for r in data["runs"] if r["status"] in ("ok", "flags")]
    assert len(done) >= len(names) - 2
    # The killed worker was running a run: it came back on the other worker, or says it died.
    hit = [r for r in data["runs"] if r.get("lost_workers") or "died" in (r.get("error") or "")]
    assert hit, data["runs"]
    survivors = {r["worker"] for r in done} - {w for r in hit for w in r.get("lost_workers", [])}
    assert all(r["worker"] in survivors for r in hit if r.get("lost_workers") and r["status"] != "error")
    leftovers = [p for p in (base / "outputs" / "k").rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]
    assert leftovers == []
