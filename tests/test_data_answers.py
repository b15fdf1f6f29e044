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


@pytest.mark.parametrize("name", ["unseen7"])
def test_own_checkers_pass_on_their_sets(name: str) -> None:
    """unseen7 carries its author's checker (check_answers.py, exit 0 when clean)."""
    import subprocess

    run = subprocess.run([sys.executable, str(DATA / name / "check_answers.py")], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]


@pytest.mark.parametrize("name", ["unseen8", "unseen9", "unseen10", "unseen11", "unseen12", "unseen13", "unseen14", "unseen15", "unseen16", "unseen17", "unseen18", "unseen19", "unseen20", "unseen21", "unseen22", "unseen23", "unseen24", "unseen25", "unseen26", "unseen27", "unseen28", "unseen29", "unseen30", "unseen31", "unseen32", "unseen33", "unseen34", "unseen35", "unseen36", "unseen37", "unseen38", "unseen39"])
def test_builder_checker_passes_on_builder_sets(name: str) -> None:
    """Sets built with tests/data/builder (unseen8 on) are checked by its check_answers.py (exit 0 when clean)."""
    import subprocess

    run = subprocess.run([sys.executable, str(DATA / "builder" / "check_answers.py"), str(DATA / name)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]


@pytest.mark.parametrize("name", ["unseen8", "unseen9", "unseen10", "unseen11", "unseen12", "unseen13", "unseen14", "unseen15", "unseen16", "unseen17", "unseen18", "unseen19", "unseen20", "unseen21", "unseen22", "unseen23", "unseen24", "unseen25", "unseen26", "unseen27", "unseen28", "unseen29", "unseen30", "unseen31", "unseen32", "unseen33", "unseen34", "unseen35", "unseen36", "unseen37", "unseen38", "unseen39"])
def test_builder_rebuilds_its_sets_byte_for_byte(name: str, tmp_path: pathlib.Path) -> None:
    """One builder serves every set it built: rebuilding from source/ gives the committed files exactly."""
    import filecmp
    import shutil
    import subprocess

    shutil.copytree(DATA / name / "source", tmp_path / "source",
                    ignore=shutil.ignore_patterns("__pycache__"))
    run = subprocess.run([sys.executable, str(DATA / "builder" / "build.py"), str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    for folder in ("reports", "expected", "reports-enc", "expected-enc"):
        if not (DATA / name / folder).is_dir():
            continue
        names = sorted(p.name for p in (DATA / name / folder).iterdir())
        assert names == sorted(p.name for p in (tmp_path / folder).iterdir()), folder
        _same, mismatch, errors = filecmp.cmpfiles(DATA / name / folder, tmp_path / folder, names, shallow=False)
        assert not mismatch and not errors, (folder, mismatch, errors)
