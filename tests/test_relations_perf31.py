"""Session 21's speed changes (perf31) give the answers of the plain computations they replace."""

from __future__ import annotations

import random

from toolkit.relations.restated_prose import _TOP, _tops


def test_tops_are_the_heading_scans_starts() -> None:
    # The text's start (``^``) and every line end open a top-level heading; the scan from line end to
    # line end finds the same places as the pattern tried at every character.
    rng = random.Random(31)
    pieces = ["\n", " ", "\t", "\u3000", "#", "*", "一", "二", "十", "、", "第", "章", "节", "部分", "工作", "情况"]
    texts = ["", "一、总体情况\n二、工作\n第三章 其他", "\n一、甲\n  二、乙", "#一、甲", "十一十、x\n\n三、"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for s in texts:
        assert _tops(s) == [m.start() for m in _TOP.finditer(s)], s
