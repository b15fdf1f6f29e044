"""Atomic output: write to a temporary file beside the target, then rename over it.

An interrupted run never leaves half a file where the last good one was. A process killed
mid-write (kill -9) leaves its temporary file behind; the next write to the same target
removes such leftovers once their writer is gone.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ORPHAN_AGE_S = 60  # a leftover younger than this may belong to a writer on another host of a shared folder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def remove_orphans(path: Path) -> list[Path]:
    """Remove the temporary files of earlier writes of ``path`` whose writing process is gone."""
    removed = []
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.(\d+)\.[^.]+\.tmp$")
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return removed
    now = time.time()
    for f in siblings:
        m = pattern.match(f.name)
        if not m or int(m.group(1)) == os.getpid() or _alive(int(m.group(1))):
            continue
        try:
            if now - f.stat().st_mtime >= ORPHAN_AGE_S:
                f.unlink()
                removed.append(f)
        except OSError:  # gone already, or not ours to remove
            continue
    return removed


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path`` in one rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_orphans(path)
    # The writer's pid in the name tells a later write whether this file is an orphan.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes files readable by the owner only; give the output the usual mode.
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: str | Path, data: str) -> None:
    """Write ``data`` (UTF-8) to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(data, encoding="utf-8")
