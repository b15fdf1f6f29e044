"""Texts written for the project whose figures are consistent: no check may fail on them
(each failing check they once produced was a false alarm, see tests/data/consistent/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

import toolkit

TEXTS = sorted(p for p in (Path(__file__).parent / "data" / "consistent").iterdir()
               if p.suffix in {".txt", ".md", ".html", ".docx", ".pdf"} and p.name != "README.md")


def test_the_set_is_there() -> None:
    assert len(TEXTS) >= 20
    assert {p.suffix for p in TEXTS} >= {".txt", ".md", ".html", ".docx"}


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_no_false_alarm(path: Path) -> None:
    result = toolkit.audit(path)
    assert [(c.rule, c.operands, c.message_zh) for c in result.checks if c.status == "fail"] == []


def test_the_texts_are_checked_at_all() -> None:
    # A guard that audits nothing guards nothing: together the texts give many passing checks.
    assert sum(1 for p in TEXTS for c in toolkit.audit(p).checks if c.status == "pass") >= 100
