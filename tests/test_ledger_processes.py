"""The ledger under real processes: two writers at once lose nothing; kill -9 in the middle of
recording a run or writing the workbook leaves the ledger consistent and the previous workbook
intact, and the next run completes."""

from __future__ import annotations

import hashlib
import itertools
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import toolkit
from toolkit.ledger import SCHEMA_VERSION, open_ledger
from toolkit.workbook import read_review, write_workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples" / "reports").iterdir())
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")

SAVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from toolkit.ledger import open_ledger

    path, tag, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    with open_ledger(path) as ledger:
        print("ready", flush=True)
        while not go.exists():
            time.sleep(0.002)
        for i in range(500):
            # even saves: this process's own checks; odd saves: 20 checks both processes decide
            check = f"{tag}-{i:03d}" if i % 2 == 0 else f"shared-{(i // 2) % 20:02d}"
            changed = ledger.set_disposition(check, ("confirmed", "explained", "false positive")[i % 3],
                                             reviewer=tag, note=f"{tag} save {i}", source="notebook")
            assert changed, (tag, i)
            time.sleep(0.002)  # a reviewer's pace, not a loop's: the other process gets its turns
    print("done", flush=True)
""")


def _child(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)


def _wait_for(proc: subprocess.Popen, word: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.strip() == word:
            return
        if not line and proc.poll() is not None:
            raise AssertionError(f"child ended ({proc.returncode}) before {word!r}: {proc.stderr.read()}")
    raise AssertionError(f"no {word!r} from the child within {timeout}s")


def _start_together(procs: list[subprocess.Popen], go: Path, timeout: float) -> list[tuple[str, str]]:
    """Let children that printed "ready" go at once (by creating ``go``); their (stdout, stderr)."""
    try:
        for p in procs:
            _wait_for(p, "ready")
        go.touch()
        return [p.communicate(timeout=timeout) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()


def _kill_at(code: str, arg: object, word: str) -> str:
    """Start a child, SIGKILL it when it prints ``word``; return what it printed on stdout."""
    proc = _child(code, arg)
    try:
        _wait_for(proc, word)
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    return out


def test_two_processes_saving_500_decisions_each_lose_none(tmp_path) -> None:
    path = tmp_path / "ledger.sqlite"  # created and migrated by the two racing processes
    go = tmp_path / "go"
    procs = [_child(SAVER, path, tag, go) for tag in ("alice", "bob")]
    outs = _start_together(procs, go, timeout=300)
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0 and out.strip() == "done", err

    with open_ledger(path) as ledger:
        assert ledger.integrity_check() == "ok"
        history = ledger.history()
        assert len(history) == 1000
        assert sum(h["reviewer"] == "alice" for h in history) == sum(h["reviewer"] == "bob" for h in history) == 500
        switches = sum(a["reviewer"] != b["reviewer"] for a, b in itertools.pairwise(history))
        assert switches >= 10, "the two processes did not write at the same time"
        decided = ledger.dispositions()
        assert len(decided) == 250 + 250 + 20
        for tag in ("alice", "bob"):
            for i in range(0, 500, 2):
                d = decided[f"{tag}-{i:03d}"]
                assert d["note"] == f"{tag} save {i}" and d["reviewer"] == tag
        # Each shared check's current decision is the last one in its history.
        for n in range(20):
            last = [h for h in history if h["check_id"] == f"shared-{n:02d}"][-1]
            assert decided[f"shared-{n:02d}"]["note"] == last["note"]
        # The history chains: every change starts from what the previous change left.
        chains = [[h for h in history if h["check_id"] == f"shared-{n:02d}"] for n in range(20)]
        assert sum(map(len, chains)) == 500
        for chain in chains:
            assert {h["reviewer"] for h in chain} == {"alice", "bob"}
            for before, after in itertools.pairwise(chain):
                assert after["old_note"] == before["note"]


RECORDER = textwrap.dedent("""
    import sys, time
    from toolkit.ledger import open_ledger

    def big_run(n_reports, n_checks):
        return [{"report": {"path": f"/data/r{i:03d}.txt", "agency": f"测试局{i}", "year": 2023},
                 "checks": [{"id": f"{i:03d}-{j:06d}", "kind": "sum", "rule": "sum.breakdown", "severity": "error",
                             "status": "fail" if j % 7 == 0 else "pass", "message_zh": "分项之和不等于合计",
                             "message_en": "parts do not add up", "expected": j, "observed": j + 1, "difference": 1,
                             "evidence": [{"role": "total", "printed": f"{j}项", "text": "全年发现隐患" * 20,
                                           "line": j, "start": 10 * j, "end": 10 * j + 4}]}
                            for j in range(n_checks)]}
                for i in range(n_reports)]

    data = big_run(10, 3000)
    ledger = open_ledger(sys.argv[1])
    inserted = []

    def trace(sql):
        # SQLite calls this for every row executemany inserts: halfway through the run's
        # transaction, say so and wait for the kill.
        if sql.startswith("INSERT INTO checks"):
            inserted.append(1)
            if len(inserted) == 15000:
                print("inserting", flush=True)
                time.sleep(600)

    ledger._conn.set_trace_callback(trace)
    ledger.record_run("big", data)
    print("recorded", flush=True)
""")

WRITER = textwrap.dedent("""
    import sys, time, zipfile
    from pathlib import Path
    import toolkit
    from toolkit.workbook import write_workbook

    results = toolkit.audit_many(sorted(Path("samples/reports").iterdir()))
    for r in results:
        r.quantities = r.quantities * 20  # thousands of rows
    entries = []
    writestr = zipfile.ZipFile.writestr

    def slow_writestr(self, *args, **kwargs):
        # The zip of the workbook is being written: after a few of its parts, wait for the kill.
        writestr(self, *args, **kwargs)
        entries.append(1)
        if len(entries) == 5:
            self.fp.flush()
            print("writing", flush=True)
            time.sleep(600)

    zipfile.ZipFile.writestr = slow_writestr
    write_workbook(results, sys.argv[1])
    print("written", flush=True)
""")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kill_9_while_recording_or_writing_leaves_everything_usable(tmp_path) -> None:
    ledger_file = tmp_path / "ledger.sqlite"
    book = tmp_path / "audit.xlsx"
    results = toolkit.audit_many(SAMPLES)
    with open_ledger(ledger_file) as ledger:
        ledger.record_run("r1", results)
        cid = results[0].flags[0].id
        ledger.set_disposition(cid, "confirmed", reviewer="王", note="核实", source="notebook")
        write_workbook(results, book, dispositions=ledger.dispositions())
        checks_before = ledger.checks("r1")
    book_sha, review_before = _sha(book), read_review(book)
    assert review_before[cid]["disposition"] == "confirmed"

    # 1. kill -9 in the middle of recording a big run (inside its transaction)
    assert "recorded" not in _kill_at(RECORDER, ledger_file, "inserting")

    # 2. kill -9 in the middle of writing the workbook over the previous one
    assert "written" not in _kill_at(WRITER, book, "writing")
    orphans = list(tmp_path.glob(".audit.xlsx.*.tmp"))
    assert len(orphans) == 1  # the killed writer's temporary file

    assert _sha(book) == book_sha  # the previous workbook, byte for byte
    assert read_review(book) == review_before
    with open_ledger(ledger_file) as ledger:
        assert ledger.integrity_check() == "ok"
        assert [r["run_id"] for r in ledger.runs()] == ["r1"]  # the killed run left nothing behind
        assert ledger.checks("big") == [] and ledger.checks("r1") == checks_before
        assert ledger.dispositions()[cid]["note"] == "核实"
        # 3. the next run completes
        ledger.record_run("r2", results)
        assert [r["run_id"] for r in ledger.runs()] == ["r1", "r2"]
        assert next(f for f in ledger.flags() if f["check_id"] == cid)["disposition"] == "confirmed"
        past = time.time() - 3600  # old enough that no writer on another host can still own it
        os.utime(orphans[0], (past, past))
        write_workbook(results, book, dispositions=ledger.dispositions())
    assert read_review(book)[cid] == {"disposition": "confirmed", "reviewer": "王", "note": "核实"}
    assert not list(tmp_path.glob(".audit.xlsx.*.tmp"))  # the next write removed the orphan


OPENER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from toolkit.ledger import open_ledger

    go = Path(sys.argv[2])
    print("ready", flush=True)
    while not go.exists():
        pass  # spin, not sleep: the openers must hit the new file within microseconds of each other
    with open_ledger(sys.argv[1]) as ledger:
        print(ledger.schema_version, flush=True)
""")


def test_many_processes_creating_one_new_ledger_at_once_all_open_it(tmp_path) -> None:
    # SQLite answers 'database is locked' without waiting when a file is switched to WAL while
    # another process creates it; every opener must still get a migrated ledger.
    for trial in range(4):
        path, go = tmp_path / f"ledger{trial}.sqlite", tmp_path / f"go{trial}"
        procs = [_child(OPENER, path, go) for _ in range(8)]
        outs = _start_together(procs, go, timeout=120)
        for p, (out, err) in zip(procs, outs, strict=True):
            assert p.returncode == 0, err
            assert out.split()[-1] == str(SCHEMA_VERSION)
