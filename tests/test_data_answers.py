"""The answer files of the development sets agree with their reports (quotes, operands, arithmetic)."""

from __future__ import annotations

import pathlib
import sys

import pytest

DATA = pathlib.Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA))
from answers import main  # noqa: E402


@pytest.mark.parametrize("name", ["unseen3", "unseen5"])
def test_answer_files_agree_with_their_reports(name: str, capsys) -> None:
    assert main(DATA / name) == 0, capsys.readouterr().out


@pytest.mark.parametrize("name", ["unseen7", "unseen8", "unseen9", "unseen10"])
def test_own_checkers_pass_on_their_sets(name: str) -> None:
    """unseen7 to unseen10 each carry their author's checker (check_answers.py, exit 0 when clean)."""
    import subprocess

    run = subprocess.run([sys.executable, str(DATA / name / "check_answers.py")], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]


@pytest.mark.parametrize("name", ["unseen11", "unseen12", "unseen13"])
def test_builder_checker_passes_on_builder_sets(name: str) -> None:
    """Sets built with tests/data/builder (unseen11 on) are checked by its check_answers.py (exit 0 when clean)."""
    import subprocess

    run = subprocess.run([sys.executable, str(DATA / "builder" / "check_answers.py"), str(DATA / name)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
