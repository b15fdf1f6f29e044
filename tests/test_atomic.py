"""Atomic writes: the target is replaced in one rename; leftovers of killed writers are removed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from toolkit.atomic import ORPHAN_AGE_S, atomic_path, remove_orphans, write_text_atomic


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _old(path: Path) -> Path:
    past = time.time() - ORPHAN_AGE_S - 5
    os.utime(path, (past, past))
    return path


def test_write_replaces_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_text_atomic(target, "one")
    write_text_atomic(target, "two")
    assert target.read_text(encoding="utf-8") == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_text_atomic(target, "good")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_only_old_leftovers_of_dead_writers_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "audit.xlsx"
    dead = _dead_pid()
    orphan = tmp_path / f".audit.xlsx.{dead}.abc123.tmp"
    orphan.write_bytes(b"half")
    _old(orphan)
    young = tmp_path / f".audit.xlsx.{dead}.young1.tmp"  # may be a writer's on another host
    young.write_bytes(b"x")
    live = tmp_path / f".audit.xlsx.{os.getppid()}.live99.tmp"  # its writer still runs
    live.write_bytes(b"x")
    _old(live)
    other = tmp_path / f".other.xlsx.{dead}.abc123.tmp"  # another target's
    other.write_bytes(b"x")
    _old(other)
    assert remove_orphans(target) == [orphan]
    write_text_atomic(target, "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["audit.xlsx", young.name, live.name, other.name])
