"""Session 19, helper fa40: the false alarms of unseen21 -- a ratio of two groups over a flow of the
year, a share after an aside saying what its figure holds, a share of two items joined by 和, a
rate over a count qualified by another manner, a rate named by a kind of the work, a share stated in
prose over a table with a column per period. Project sentences, written for these tests."""

from __future__ import annotations

import pytest
from helpers import audit_text


def ratio_of(tmp_path, text: str, percent: float, suffix: str = ".txt") -> list[tuple]:
    """(numerator, denominator, status) of every ratio check of the printed ``percent``."""
    return [(float(c.operands["numerator"]), float(c.operands["denominator"]), c.status)
            for c in audit_text(tmp_path, text, suffix)
            if c.kind == "ratio" and float(c.operands["percent"]) == percent]


# 1. A ratio of two groups (生师比) compares the groups as they stand: the students enrolled (在校生)
# to the teachers. The intake (招生, 招收新生) and the graduates (毕业生) of the year name the students'
# side by their characters but are flows, never its side; with no enrolled count printed, no check.
@pytest.mark.parametrize(("text", "percent", "expected"), [
    ("全县普通高中在校生3.20万人，毕业生1.05万人，专任教师2,500人，生师比12.80:1。", 12.8, [(32000, 2500, "pass")]),
    ("全县普通高中在校生3.20万人，毕业生1.05万人，专任教师2,500人，生师比13.80:1。", 13.8, [(32000, 2500, "fail")]),
    ("初中招生1.15万人，在校学生3.36万人，毕业生1.02万人；初中专任教师2,800人，生师比为12.0∶1。", 12.0,
     [(33600, 2800, "pass")]),
    ("初中招生1.15万人，在校学生3.36万人，毕业生1.02万人；初中专任教师2,800人，生师比为14.0∶1。", 14.0,
     [(33600, 2800, "fail")]),
    ("高校在校生1.85万人，招收新生0.52万人，专任教师1,120人，生师比16.5:1。", 16.5, [(18500, 1120, "pass")]),
    ("高校在校生1.85万人，招收新生0.52万人，专任教师1,120人，生师比18.5:1。", 18.5, [(18500, 1120, "fail")]),
    ("当年初中毕业生3,870人；专任教师350人，生师比11.06:1。", 11.06, []),
])
def test_student_teacher_ratio_over_the_enrolled(tmp_path, text, percent, expected):
    assert ratio_of(tmp_path, text, percent) == expected


# 2. An aside after a figure saying what it holds ("共23件(含上年结转)", "(包括上年结转件)") qualifies that
# figure: the share after it is of that figure, not of the carried-in count the aside names.
_DUE = "本年度新收到申请52件，加上上年结转的8件，需办理60件。"
_REVIEW = "全年新收复议申请140件，上年结转10件，共需审理150件。"


@pytest.mark.parametrize(("text", "percent", "expected"), [
    (_DUE + "其中自然人申请48件（含上年结转），占需办理总数的80.0%。", 80.0, [(48, 60, "pass")]),
    (_DUE + "其中自然人申请48件（含上年结转），占需办理总数的85.0%。", 85.0, [(48, 60, "fail")]),
    (_DUE + "申请人以自然人为主，共48件（包括上年结转的申请），占需办理总数的80.0%。", 80.0, [(48, 60, "pass")]),
    (_REVIEW + "审结135件（含上年结转），占需审理案件总数的90.0%。", 90.0, [(135, 150, "pass")]),
    (_REVIEW + "审结135件（含上年结转），占需审理案件总数的92.0%。", 92.0, [(135, 150, "fail")]),
    # (the base, new and carried-in together, is not printed: no check)
    ("今年新收信访事项300件，另有上年结转20件。办结310件（包括上年结转件），占全部信访事项的96.9%。", 96.9, []),
])
def test_share_after_an_aside_of_its_figure(tmp_path, text, percent, expected):
    assert ratio_of(tmp_path, text, percent) == expected


# 3. A share of items joined by 和/与/、 ("撤销和确认违法的案件占…", "予以公开与部分公开的申请占…") is the
# share of their sum, each item named in full by a figure of its own.
_CLOSED = "全年审结复议案件120件，维持78件，驳回12件，撤销18件，确认违法6件，终止6件。"


@pytest.mark.parametrize(("text", "percent", "expected"), [
    (_CLOSED + "撤销和确认违法的案件占审结总数的20.0%。", 20.0, [(24, 120, "pass")]),
    (_CLOSED + "撤销和确认违法的案件占审结总数的22.0%。", 22.0, [(24, 120, "fail")]),
    (_CLOSED + "维持和驳回的案件占审结总数的75.0%。", 75.0, [(90, 120, "pass")]),
    (_CLOSED + "维持和驳回的案件占审结总数的70.0%。", 70.0, [(90, 120, "fail")]),
    ("办结申请200件，其中予以公开120件，部分公开30件，不予公开50件，予以公开与部分公开的申请占办结总数的75.0%。", 75.0,
     [(150, 200, "pass")]),
    ("办结申请200件，其中予以公开120件，部分公开30件，不予公开50件，予以公开与部分公开的申请占办结总数的72.0%。", 72.0,
     [(150, 200, "fail")]),
])
def test_share_of_items_joined(tmp_path, text, percent, expected):
    assert ratio_of(tmp_path, text, percent) == expected


# 4. A count qualified by a manner of its stage (及时受理) is the numerator of its own rate; a rate of
# another stage (按期办结率, 按时办结率) is over the plain count of the work (应受理, 应办理, 受理) printed
# before it. The qualified count stays a reading; a misprint fails over both.
@pytest.mark.parametrize(("text", "percent", "expected"), [
    ("应办理投诉举报1,530件，及时受理1,522件，及时受理率99.5%，按时办结1,508件，按时办结率98.6%。", 98.6,
     [(1508, 1530, "pass")]),
    ("应办理投诉举报1,530件，及时受理1,522件，及时受理率99.5%，按时办结1,508件，按时办结率97.6%。", 97.6,
     [(1508, 1530, "fail")]),
    ("全年受理群众来访1,530件，及时受理1,522件，按时办结1,508件，按时办结率98.6%。", 98.6, [(1508, 1530, "pass")]),
    ("全年应受理信访事项1,250件，及时受理1,240件，及时受理率99.2%；按期办结1,225件，按期办结率97.0%。", 97.0,
     [(1225, 1250, "fail")]),
    ("本年度应受理来信来访980件，及时受理975件，及时受理率99.5%。按期办结962件，按期办结率97.2%。", 97.2,
     [(962, 980, "fail")]),
])
def test_rate_over_the_plain_stage(tmp_path, text, percent, expected):
    assert ratio_of(tmp_path, text, percent) == expected


# 5. A rate named by a kind of the work (转办工单办结率, 投诉办结率) is over the figure of that kind, not
# over all the work received, when the numerator says it is of that kind -- and a numerator misprinted
# above that figure fails over it.
_ORDERS = "本月共接收工单6,420件，其中转办工单3,150件，直办工单3,270件。"
_CALLS = "全年热线共受理群众诉求52,300件，其中投诉类诉求18,450件，咨询类33,850件。"


@pytest.mark.parametrize(("text", "percent", "expected"), [
    (_ORDERS + "转办工单办结3,090件，转办工单办结率98.1%。", 98.1, [(3090, 3150, "pass")]),
    (_ORDERS + "转办工单办结3,090件，转办工单办结率96.1%。", 96.1, [(3090, 3150, "fail")]),
    (_ORDERS + "转办工单已办结3,190件，转办工单办结率98.1%。", 98.1, [(3190, 3150, "fail")]),
    (_CALLS + "投诉类诉求已办结18,510件，投诉办结率98.7%。", 98.7, [(18510, 18450, "fail")]),
])
def test_rate_named_by_a_kind(tmp_path, text, percent, expected):
    assert ratio_of(tmp_path, text, percent) == expected


# 6. A monthly report's table prints each figure for the month and for the year to date. A share
# stated in prose is of the column whose base value its sentence prints; printing none, each period
# column is a reading (the check reports the one that holds; a misprint fails over both).
def _monthly(prose: str) -> str:
    return ("| 指标 | 单位 | 9月 | 1-9月 | 同比增长（%） |\n| --- | --- | --- | --- | --- |\n"
            "| 一般公共预算收入 | 万元 | 5,120 | 48,650 | 3.1 |\n| 其中：税收收入 | 万元 | 3,980 | 36,240 | 2.4 |\n"
            "| 一般公共预算支出 | 万元 | 11,230 | 96,410 | 5.2 |\n\n" + prose + "\n")


@pytest.mark.parametrize(("text", "percent", "expected"), [
    (_monthly("1-9月，一般公共预算收入48,650万元，税收收入占一般公共预算收入的比重为74.5%。"), 74.5,
     [(36240, 48650, "pass")]),
    (_monthly("1-9月，一般公共预算收入48,650万元，税收收入占一般公共预算收入的比重为76.5%。"), 76.5,
     [(36240, 48650, "fail")]),
    (_monthly("前三季度全县一般公共预算收入完成48,650万元；税收收入占一般公共预算收入比重74.5%。"), 74.5,
     [(36240, 48650, "pass")]),
    (_monthly("财政收入平稳，税收收入占一般公共预算收入的比重为74.5%。"), 74.5, [(36240, 48650, "pass")]),
    (_monthly("财政收入平稳，税收收入占一般公共预算收入的比重为80.5%。"), 80.5, [(3980, 5120, "fail")]),
])
def test_prose_share_over_its_table_column(tmp_path, text, percent, expected):
    assert ratio_of(tmp_path, text, percent, ".md") == expected
