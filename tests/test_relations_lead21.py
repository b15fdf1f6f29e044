"""Session 21 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _checks(tmp_path, text: str, rule: str) -> list:
    return [c for c in audit_text(tmp_path, text, ".txt") if c.rule == rule]


def _found(tmp_path, text: str, kind: str) -> list[tuple]:
    """(status, operands) of every check of ``kind``."""
    return [(c.status, c.operands) for c in audit_text(tmp_path, text, ".txt") if c.kind == kind]


_HOTLINE = ("第三季度,热线共受理群众诉求216,438件。受理诉求中,热线直接办结128,355件;转承办单位办理88,083件。"
            "转办件已办结85,472件,办结率{rate}%。对已办结诉求回访{called}件,群众满意和基本满意{happy}件,满意率{sat}%。")


# A figure saying it goes on from the closed ("对已办结诉求回访…") counts what was closed in all: a figure
# of the closed qualified by a kind the referring words do not name ("转办件已办结…") is a part of it,
# no bound of those called back -- and the stage is still stated, so no earlier stage's figure is either.
def test_called_back_of_all_closed_is_not_bounded_by_the_handed_on(tmp_path):
    text = _HOTLINE.format(rate="97.0", called="163,208", happy="160,741", sat="98.5")
    bounds = _found(tmp_path, text, "bound")
    assert all(op["smaller"] != 163208 for _, op in bounds), bounds
    assert all(status != "fail" for status, _ in bounds)


def test_called_back_of_the_handed_on_closed_is_bounded_by_them(tmp_path):
    text = ("热线共受理群众诉求216,438件,其中转承办单位办理88,083件。转办件已办结85,472件。"
            "对已办结的转办件回访91,208件,满意90,741件。")
    assert ("fail", {"smaller": 91208, "larger": 85472}) in _found(tmp_path, text, "bound")


# A rate whose numerator is named by a shortened subject ("转办件已办结") is of the figure that subject
# abbreviates ("转承办单位办理88,083件"), not of the whole intake stated first.
@pytest.mark.parametrize("rate,status", [("97.0", "pass"), ("96.0", "fail")])
def test_rate_of_a_shortened_subject(tmp_path, rate, status):
    text = _HOTLINE.format(rate=rate, called="63,208", happy="60,741", sat="96.1")
    rates = [(c.status, c.operands["denominator"]) for c in _checks(tmp_path, text, "ratio.rate")
             if c.operands["numerator"] == 85472]
    assert rates == [(status, 88083)]


_DUE = ("加上2021年结转的21件,全年应审结案件280件,实际审结251件,{rest}。审结案件中,维持原行政行为142件,"
        "驳回复议申请31件,纠错{fixed}件,终止40件。")


# "审结案件中," names the cases concluded, never the work due ("应审结案件280件" holds the 29 still open,
# and 审结案件 is in its words only as the noun after 应): the outcomes add up to the 251 concluded.
@pytest.mark.parametrize("fixed,status", [("38", "pass"), ("36", "fail")])
def test_concluded_set_is_not_the_work_due(tmp_path, fixed, status):
    sums = _found(tmp_path, _DUE.format(rest="尚有29件正在审理中", fixed=fixed), "sum")
    assert (status, {"total": 251, "parts": [142, 31, int(fixed), 40]}) in sums
    assert not any(op.get("total") == 280 and 142 in op.get("parts", []) for _, op in sums)


# Work due (应审结…) splits into what was concluded and the rest still open, whatever words name the
# rest (尚有/其余/bare) and though carried work is named before: the due work holds it.
@pytest.mark.parametrize("rest,open_", [("尚有29件正在审理中", 29), ("其余29件正在审理中", 29),
                                        ("尚有28件正在审理中", 28)])
def test_work_due_splits_into_concluded_and_open(tmp_path, rest, open_):
    sums = _found(tmp_path, _DUE.format(rest=rest, fixed="38"), "sum")
    status = "pass" if open_ == 29 else "fail"
    assert (status, {"total": 280, "parts": [251, open_]}) in sums


def test_intake_with_carried_work_is_no_split_of_the_open_rest(tmp_path):
    # (not due work: what is open may be last year's carried cases, so no sum of the intake)
    text = "上年结转21件。全年受理案件259件,审结251件,尚有29件正在审理中。"
    assert not any(op.get("total") == 259 for _, op in _found(tmp_path, text, "sum"))


# A 其中 inside an item's bracket breaks that item down; it opens no list the closing total ends.
@pytest.mark.parametrize("other,status", [("4", "pass"), ("5", "fail")])
def test_bracketed_breakdown_inside_a_closed_list(tmp_path, other, status):
    text = ("本年度办理结果中,予以公开31件,部分公开18件,不予公开6件(其中属于国家秘密的1件、危及“三安全一稳定”的2件、"
            f"属于三类内部事务信息的3件),无法提供17件,不予处理5件,其他处理{other}件,总计81件。")
    sums = _found(tmp_path, text, "sum")
    assert (status, {"total": 81, "parts": [31, 18, 6, 17, 5, int(other)]}) in sums
    assert not any(op["total"] == 81 and len(op["parts"]) == 3 for _, op in sums)


# 全程网办率 counts what was handled online from end to end: over a figure merely filed or received
# online it is believed only when it holds (or would but for one slip of the rate or the numerator).
@pytest.mark.parametrize("text,statuses", [
    ("全年受理政务服务事项1,286,415件,办结1,279,862件。网上申报事项1,034,287件,网上可办率98.6%,全程网办率87.2%。", []),
    ("全年共受理各类办件62.87万件;办结62.41万件。其中网上受理48.36万件,全程网办率76.9%。", ["pass"]),
    ("全年共受理各类办件62.87万件;办结62.41万件。其中网上受理48.36万件,全程网办率79.6%。", ["fail"]),
    ("全年受理政务服务事项52,300件,其中全程网办41,840件,全程网办率81.0%。", ["fail"]),
])
def test_end_to_end_online_rate(tmp_path, text, statuses):
    got = [c.status for c in audit_text(tmp_path, text, ".txt") if c.kind == "ratio" and "网办率" in c.message]
    assert got == statuses


# A named rate whose base the bracket after it prints ("化解率91.6%(共排查积案95件)") is of that figure.
@pytest.mark.parametrize("text,status", [
    ("化解信访积案87件,化解率91.6%(共排查积案95件)。", "pass"),
    ("化解信访积案87件,化解率92.6%(共排查积案95件)。", "fail"),
    ("整改问题87个,整改率91.6%(共发现问题95个)。", "pass"),
])
def test_rate_with_its_base_in_the_bracket_after(tmp_path, text, status):
    assert [(c.status, c.operands["denominator"]) for c in _checks(tmp_path, text, "ratio.rate")] == [(status, 95)]


def test_bracket_after_a_rate_with_no_base_reads_nothing(tmp_path):
    assert _checks(tmp_path, "整改问题87个,整改率91.6%(比上年提高2个百分点)。", "ratio.rate") == []


# Work still under way named before its figure ("…;尚在办理209件", "正在审理的6件") is the rest of the
# whole the closed came from -- past a 其中 breaking the closed down ("其中按时办结…"), which holds
# no part of what is open.
@pytest.mark.parametrize("open_,status", [("209", "pass"), ("219", "fail")])
def test_work_under_way_after_a_breakdown_of_the_closed(tmp_path, open_, status):
    text = ("派发承办单位17,071件。截至10月31日,派发工单已办结16,862件,办结率98.8%,其中按时办结16,705件,"
            f"按时办结率99.1%;尚在办理{open_}件。")
    assert (status, {"total": 17071, "parts": [16862, int(open_)]}) in _found(tmp_path, text, "sum")


def test_the_others_after_a_breakdown_stay_unread(tmp_path):
    # (其余 "the others" after a 其中 list may be that list's own rest: no split of the whole)
    text = "受理108件;审结102件,其中维持68件,纠错28件,其余6件正在审理。"
    assert not any(op["total"] == 108 for _, op in _found(tmp_path, text, "sum"))


# A 其中 list closed by its own counted total ("三项合计19.56亿元") is highlights with their sum, no
# breakdown of the whole before it: nothing summed over that whole, not even as unverifiable.
def test_counted_own_total_closes_the_highlights(tmp_path):
    text = ("一般公共预算支出41.28亿元,增长3.4%。其中,教育支出8.96亿元,社会保障和就业支出6.42亿元,"
            "卫生健康支出4.18亿元,三项合计19.56亿元,占一般公共预算支出的47.4%。")
    sums = _found(tmp_path, text, "sum")
    assert sums == [("pass", {"total": 19.56, "parts": [8.96, 6.42, 4.18]})]


# Messages name a month's figure by its month and a rest by the words that say it is left.
def test_messages_keep_month_digits_and_the_rest_word(tmp_path):
    text = ("第三季度,热线共受理群众诉求216,438件。7月受理68,215件,8月受理75,904件,9月受理72,319件。"
            "全年应审结案件280件,审结251件,尚有29件正在审理中。")
    messages = [c.message for c in audit_text(tmp_path, text, ".txt") if c.kind == "sum"]
    assert any("7月受理 68,215件 + 8月受理 75,904件 + 9月受理 72,319件" in m for m in messages), messages
    assert any("尚有 29件" in m for m in messages), messages
