"""Session 21 (lead, second round): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _sums(tmp_path, text: str) -> list[tuple]:
    return [(c.status, c.operands["total"], c.operands["parts"]) for c in audit_text(tmp_path, text, ".txt")
            if c.kind == "sum"]


_RECEIVED = ("2023年,县政府共收到行政复议申请146件。其中,依法受理128件,不予受理11件,告知7件。"
             "从申请人看,自然人申请{a}件,法人或者其他组织申请{b}件。")


# A list classified after a whole and its 其中 stages ("收到146件。其中,依法受理128件…。从申请人看,…")
# may break down the accepted cases as well as all received: adding up exactly to the later stage's
# figure, it is that figure's list; adding up to neither, it fails.
@pytest.mark.parametrize("a,b,status", [("121", "7", "pass"), ("139", "7", "pass"), ("120", "7", "fail")])
def test_classified_list_of_a_later_stage(tmp_path, a, b, status):
    sums = [s for s in _sums(tmp_path, _RECEIVED.format(a=a, b=b)) if int(a) in s[2]]
    assert [s[0] for s in sums] == [status], sums


def test_classified_list_with_no_stage_before_is_of_the_whole(tmp_path):
    text = "2023年,县政府共收到行政复议申请146件。从申请人看,自然人申请121件,法人或者其他组织申请7件。"
    assert _sums(tmp_path, text) == [("fail", 146, [121, 7])]
