"""Review of session 16's rules for false alarms (helper review16). Project sentences."""

from __future__ import annotations

from helpers import audit_text


def _yoy(tmp_path, text: str) -> list[str]:
    return [c.status for c in audit_text(tmp_path, text) if c.kind == "change"]


def test_bracketed_year_is_the_previous_only_in_the_next_years_report(tmp_path) -> None:
    # 比上年 compares against the year before the report's; a bracketed year two back is no previous level
    text = "2024年,全市经济平稳运行。全年完成固定资产投资1200亿元(2022年为1000亿元),比上年增长8.0%。"
    assert "fail" not in _yoy(tmp_path, text)
    # the report of the next year: the bracket holds the previous level, and a misprint still fails
    text = "2023年,全市经济平稳运行。全年完成固定资产投资1200亿元(2022年为1000亿元),比上年增长8.0%。"
    assert "fail" in _yoy(tmp_path, text)
