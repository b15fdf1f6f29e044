"""Session 24 (model26): per-unit averages, equalities by meaning (patterns G and H), on sentences
written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _rule(tmp_path, text: str, rule: str) -> list[str]:
    """The statuses of every check of ``rule`` found in ``text``."""
    return [c.status for c in audit_text(tmp_path, text, ".txt") if c.rule == rule]


# An average in a closing chapter weighs the staff against the year's work stated chapters before:
# the total is the one figure the average's words name; found only so far off it may be another
# set of that name, so the average cannot fail. A set named twice with two values is left.
@pytest.mark.parametrize("text,statuses", [
    ("一、工作情况\n全年受理行政复议申请402件，审结行政复议案件361件，其中维持182件。截至年底，尚未审结案件27件。\n"
     "二、存在的问题\n县行政复议办公室现有专职人员6名，人均审结案件60.2件。", ["pass"]),
    ("一、工作情况\n全年检查生产经营单位2,417家次，较上年增长8.7%。\n"
     "二、存在的不足\n一是监督执法人员仅8名，人均检查单位302家次。", ["pass"]),
    ("一、工作情况\n全年受理行政复议申请402件，审结行政复议案件361件，其中维持182件。\n"
     "二、存在的问题\n县行政复议办公室现有专职人员6名，人均审结案件64.2件。", ["unverifiable"]),
    # two sets of the name: which one the average is over the words do not say
    ("一、工作情况\n审结行政复议案件361件。审结行政诉讼案件88件。\n"
     "二、存在的问题\n现有专职人员6名，人均审结案件60.2件。", []),
    # a name too short to be found chapters away
    ("一、工作情况\n立案查处违法行为86起，结案81起。\n二、存在的问题\n执法队员14名，人均办案6.1起。", []),
])
def test_an_average_over_a_total_named_chapters_before(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "ratio.average") == statuses


# 平均每个 + a noun of one character ("平均每个村"): the count is of that noun, printed before.
@pytest.mark.parametrize("text,statuses", [
    ("全乡12个村(居)均配备了法律顾问。\n(五)开展普法宣传。全年开展法治宣传活动60场次,平均每个村(居)5场次。", ["pass"]),
    ("全乡12个村(居)均配备了法律顾问。\n(五)开展普法宣传。全年开展法治宣传活动60场次,平均每个村(居)6场次。", ["fail"]),
    ("全镇共开展巡查96次,平均每个村8次。", []),  # no count of the villages printed
])
def test_an_average_per_place_of_one_character(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "ratio.average") == statuses
