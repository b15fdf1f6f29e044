"""Every report of every development set is audited without an internal error.

A rule merged from one helper once recursed without end on a shape only a newer set printed
("74件(2018年为61件),增长21.3%"): the report gave no checks at all, and only its score showed it.
The scores are not tests; this is the net under them (the texts are read, not scored).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import toolkit

DATA = Path(__file__).resolve().parent / "data"
SETS = sorted(p.parent.name + "/" + p.name for p in DATA.glob("unseen*/reports*") if p.is_dir())


def test_the_sets_are_there() -> None:
    assert len(SETS) >= 20


@pytest.mark.parametrize("folder", SETS)
def test_every_report_is_audited(folder: str) -> None:
    failed = []
    for path in sorted((DATA / folder).iterdir()):
        if path.stem == "README":
            continue
        try:
            toolkit.audit(path)
        except Exception as exc:  # (any exception is the finding)
            failed.append(f"{path.name}: {type(exc).__name__}: {str(exc)[:200]}")
    assert not failed, failed
