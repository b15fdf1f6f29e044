"""A cross-year flag names its figure in words and both years' numbers (issue 13)."""

from __future__ import annotations

from pathlib import Path

import toolkit
from toolkit.compare import compare_years

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "reports"


def test_a_cross_year_flag_says_what_and_both_years() -> None:
    results = [toolkit.audit(SAMPLES / "songling-2023.txt"), toolkit.audit(SAMPLES / "songling-2024.txt")]
    compare_years(results)
    (flag,) = [c for c in results[1].checks if c.rule == "change.previous_report" and c.status == "fail"]
    assert flag.message_zh == "生产安全事故起数 2024年 4起,同比 -25%;2023年报告为 5起,算得 -20%,不符"
    assert flag.message_en.startswith("work-safety accidents 4起 in 2024, stated -25% on last year")
