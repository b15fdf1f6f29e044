"""Rates named by meaning that reports word in more ways: 优秀率, 受理率, 即办率 / 直接解答率,
调解和解结案率. Every sentence here is written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import ratios

CASES = [
    ("共抽查行政执法案卷180卷,评查结果为优秀72卷、良好80卷、合格28卷,优秀率{p}%。", (72, 180), "40.0", "44.0"),
    ("全年共收到行政复议申请520件。\n经审查,依法受理468件,受理率{p}%。", (468, 520), "90.0", "96.0"),
    ("全年办理不动产登记业务4.80万件,其中即时办结的3.12万件,即办率为{p}%。", (31200, 48000), "65.0", "56.0"),
    ("受理咨询类诉求52,000件,由话务员直接解答的47,320件,直接解答率{p}%。", (47320, 52000), "91.0", "19.0"),
    ("在审结的640件案件中,维持410件,以调解、和解方式结案的160件,调解和解结案率为{p}%。", (160, 640), "25.0", "52.0"),
]


@pytest.mark.parametrize(("text", "pair", "good", "bad"), CASES)
def test_named_rates(tmp_path, text: str, pair: tuple, good: str, bad: str) -> None:
    num, den = pair
    assert (num, den, float(good), "pass") in ratios(tmp_path, text.format(p=good))
    # off over every reading the rate has: it fails (the check may name another reading first)
    assert [r[3] for r in ratios(tmp_path, text.format(p=bad)) if r[0] == num and r[2] == float(bad)] == ["fail"]


def test_a_rate_of_a_turned_down_share_is_not_the_accepted_rate(tmp_path) -> None:
    # 不予受理率 is no 受理率: the 52 turned down over the 520 received, never the 468 accepted.
    text = "全年共收到行政复议申请520件,依法受理468件,不予受理52件,不予受理率10.0%。"
    assert [r for r in ratios(tmp_path, text) if r[3] == "fail"] == []


def test_a_rate_of_one_grade_leaves_the_graded_list_a_sum(tmp_path) -> None:
    from tests.helpers import audit_text

    text = "共抽查行政执法案卷{n}卷,评查结果为优秀72卷、良好80卷、合格24卷、不合格4卷,优秀率40.0%。"
    got = {(c.operands["total"], *c.operands["parts"]): c.status for c in audit_text(tmp_path, text.format(n="180"))
           if c.kind == "sum"}
    assert got[(180, 72, 80, 24, 4)] == "pass"
    bad = {(c.operands["total"], *c.operands["parts"]): c.status for c in audit_text(tmp_path, text.format(n="190"))
           if c.kind == "sum"}
    assert bad[(190, 72, 80, 24, 4)] == "fail"
