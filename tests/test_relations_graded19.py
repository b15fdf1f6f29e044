"""Graded lists (issue 15, pattern H): the grades of a review add up to what was checked, the check
named after the figure ("对80份案卷进行评查,评出…"), and the satisfaction grades of a survey add up to
its count with no word such as 评出 before them ("回访群众1,200人次,非常满意…,不满意…"). Sentences
written for the project: passing, failing, and lists that are not the whole of what was checked."""

from __future__ import annotations

import pytest

import toolkit


def graded(tmp_path, text: str) -> list[tuple[str, float, list[float]]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.status, float(c.operands["total"]), sorted(float(x) for x in c.operands["parts"]))
            for c in toolkit.audit(p).checks if c.rule == "sum.graded"]


CASES = [
    # the check named after the figure
    ("对80份行政处罚案卷进行评查，评出优秀案卷18份、合格案卷59份、不合格案卷{x}份。", 80, [3, 18, 59]),
    ("市司法局对我委45卷执法案卷开展交叉评查，评定优秀9卷，合格34卷，不合格{x}卷。", 45, [2, 9, 34]),
    # a survey's count and its satisfaction grades, one clause on
    ("回访群众1,200人次，非常满意860人次，满意302人次，基本满意28人次，不满意{x}人次。", 1200, [10, 28, 302, 860]),
    ("对办结工单开展电话回访3,600件；非常满意2,950件；满意560件；基本满意62件；不满意{x}件。", 3600, [28, 62, 560, 2950]),
    ("开展群众满意度测评526人次，很满意410人次、比较满意82人次、基本满意24人次、不满意{x}人次。", 526, [10, 24, 82, 410]),
]


@pytest.mark.parametrize("text,total,parts", CASES)
def test_grades_add_up_to_what_was_checked(tmp_path, text, total, parts):
    low = min(parts)
    assert ("pass", total, parts) in graded(tmp_path, text.format(x=low))
    wrong = sorted([p for p in parts if p != low] + [low + 2])
    assert ("fail", total, wrong) in graded(tmp_path, text.format(x=low + 2))


NOT_THE_WHOLE = [
    # no failing grade listed, or none just above it: the list may leave grades out
    "回访群众1,200人次，非常满意860人次，满意302人次。",
    "开展群众满意度测评526人次，很满意410人次、比较满意98人次、不满意20人次。",
    # a figure of another measure between the survey and the grades
    "回访群众1,200人次、企业200家次，非常满意860人次，满意302人次，基本满意28人次，不满意12人次。",
    # the grades open a sentence of their own, no survey word: another count may be meant
    "全年办结工单1,200件。非常满意860件，满意302件，基本满意28件，不满意12件。",
    # checked after the figure, but part of the files left ungraded
    "对80份行政处罚案卷进行评查，评出优秀案卷18份、合格案卷50份、不合格案卷3份，其余9份未评定等次。",
]


@pytest.mark.parametrize("text", NOT_THE_WHOLE)
def test_grades_that_need_not_be_the_whole_are_no_sum(tmp_path, text):
    assert not graded(tmp_path, text)
