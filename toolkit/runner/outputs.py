"""The batch's outputs: the manifest, the run lock, installing finished runs, re-using unchanged ones."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..atomic import write_text_atomic
from ..errors import RunLockedError, ToolkitError
from .notebook import _iso
from .planning import LOCK, STATUSES, RunSpec

# --- the batch ------------------------------------------------------------------------------


@dataclass
class Manifest:
    """What ``outputs/<run-id>/manifest.json`` holds."""

    run_id: str
    path: str
    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    ledger: str | None = None
    toolkit_version: str = __version__
    started: str = ""
    finished: str | None = None
    duration_s: float | None = None
    status: str = "running"
    summary: dict[str, int] = field(default_factory=dict)
    runs: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("path")
        d["schema"] = 1
        return d

    def write(self) -> None:
        self.summary = {s: sum(r["status"] == s for r in self.runs) for s in (*STATUSES, "pending")}
        write_text_atomic(Path(self.path), json.dumps(self.to_dict(), ensure_ascii=False, indent=1))

    @property
    def exit_code(self) -> int:
        """0 clean, 1 a run has flags at or above its fail-on, 2 a run failed."""
        statuses = {r["status"] for r in self.runs}
        return 2 if statuses - {"ok", "flags"} else 1 if "flags" in statuses else 0


@contextlib.contextmanager
def run_lock(output_root: Path, *, wait_s: float = 0) -> Iterator[None]:
    """Hold the output folder's lock; a second run waits up to ``wait_s`` seconds, then refuses."""
    import fcntl

    output_root.mkdir(parents=True, exist_ok=True)
    path = output_root / LOCK
    f = path.open("a+")
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    f.seek(0)
                    holder = f.read().strip() or "another process"
                    raise RunLockedError(f"another audit-workbook run holds the lock ({holder}); "
                                         f"wait for it to finish or pass --wait SECONDS", path=path) from None
                time.sleep(0.2)
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()} on {socket.gethostname()} since {_iso(time.time())}\n")
        f.flush()
        yield
    finally:
        f.close()  # closing releases the lock


def _install(staging: Path, final: Path) -> None:
    """Replace ``final`` by the complete ``staging`` folder: two renames, never a half-written file."""
    old = final.with_name(f".{final.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)


def _point_latest(output_root: Path, run_id: str) -> None:
    link = output_root / "latest"
    tmp = output_root / f".latest.{os.getpid()}"
    try:
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(run_id, target_is_directory=True)
        os.replace(tmp, link)
    except OSError:  # no symlinks here (some file systems): a pointer file instead
        tmp.unlink(missing_ok=True)
        write_text_atomic(output_root / "latest.txt", run_id + "\n")


def default_run_id() -> str:
    """Today's date: a nightly schedule gets one run folder a day, and a re-run the same day re-uses it."""
    return datetime.now().strftime("%Y-%m-%d")


ENGINES = ("local", "dask")
DISPOSITIONS_FILE = "dispositions.json"


def _snapshot_dispositions(todo: list[RunSpec], staging_root: Path) -> None:
    """Each ledger's dispositions as a JSON file the notebooks read (they may run elsewhere)."""
    snapshots: dict[str, str] = {}
    for spec in todo:
        if not spec.ledger or not Path(spec.ledger).is_file():
            continue
        if spec.ledger not in snapshots:
            from ..ledger import open_ledger

            with open_ledger(spec.ledger, create=False) as book:
                known = book.dispositions()
            target = staging_root / f"{len(snapshots)}-{DISPOSITIONS_FILE}"
            write_text_atomic(target, json.dumps(known, ensure_ascii=False, default=str))
            snapshots[spec.ledger] = str(target)
        spec.parameters["dispositions"] = snapshots[spec.ledger]


def _record(spec: RunSpec, entry: dict[str, Any], run_dir: Path, run_id: str) -> None:
    """Record a finished run's checks in its ledger; a ledger problem is a warning, not a lost run."""
    from ..ledger import open_ledger

    try:
        data = json.loads((run_dir / entry["outputs"]["json"]).read_text(encoding="utf-8"))
        with open_ledger(spec.ledger) as book:
            book.record_run(f"{run_id}/{spec.name}", data)
    except (ToolkitError, OSError, ValueError, KeyError) as exc:
        entry.setdefault("warnings", []).append(f"not recorded in the ledger {spec.ledger}: {exc}")


def _previous_runs(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {r["name"]: r for r in data.get("runs", []) if isinstance(r, dict) and "name" in r}
    except (OSError, ValueError, AttributeError):
        return {}


def _reusable(old: dict[str, Any] | None, spec: RunSpec, run_dir: Path) -> bool:
    if not old or old.get("status") not in ("ok", "flags") or old.get("digest") != spec.digest:
        return False
    outputs = old.get("outputs", {})
    return "json" in outputs and all((run_dir / f).is_file() for f in outputs.values())


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """Hold Ctrl-C until the block ends, so that a run's folder and its manifest entry change
    together (a cancelled batch never shows a complete folder whose entry says "cancelled")."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


def _finish(spec: RunSpec, entry: dict[str, Any], staging: Path, run_dir: Path) -> dict[str, Any]:
    """Move a finished run's files into place and make its output paths relative to the run folder."""
    final = run_dir / spec.name
    _install(staging, final)
    entry["outputs"] = {k: f"{spec.name}/{v}" for k, v in entry.get("outputs", {}).items()}
    return entry


