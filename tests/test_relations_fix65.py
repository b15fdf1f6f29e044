"""Session 26, fix65: readings of unseen34's false alarms, on project sentences.

* Every major decision is reviewed by law -- unless the text says some were not or prints a review
  rate under 100% (catalog rule major.decisions.reviewed, its ``unless``).
"""

from __future__ import annotations

from helpers import audit_text


def checks(tmp_path, text: str, rule: str) -> list:
    suffix = ".html" if "<table>" in text else ".md" if "| --- |" in text else ".txt"
    return [c for c in audit_text(tmp_path, text, suffix) if c.rule == rule]


# -- major decisions not all reviewed --------------------------------------------------------------------

_REVIEWED = "本年度全镇作出重大行政执法决定58件,经法制审核57件;未经审核的1件已责令补正。"


def test_major_decisions_said_unreviewed_are_not_equated(tmp_path) -> None:
    assert not checks(tmp_path, _REVIEWED, "catalog.major.decisions.reviewed")


def test_major_decisions_all_reviewed_still_fail_when_they_differ(tmp_path) -> None:
    text = "本年度全镇作出重大行政执法决定58件,全部经过法制审核,经法制审核57件。"
    found = checks(tmp_path, text, "catalog.major.decisions.reviewed")
    assert [c for c in found if c.status == "fail"]
