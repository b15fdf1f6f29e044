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
