"""Session 18 (review18): false alarms of the lead's session-18 rules, found on passages written
for the review (rates from A to B, trade identities, 纠错率, counted totals). Each test pairs a
consistent passage (no failure) with a planted variant whose reading is unique (still a failure)."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _rule(tmp_path, text: str, rule: str) -> list[str]:
    """The statuses of every check of ``rule`` found in ``text``."""
    return [c.status for c in audit_text(tmp_path, text, ".txt") if c.rule == rule]


# Points after a rate "from A to B" are of the two rates only when they say nothing else: not
# against an average or target, not over another year, not of a rate named in other words.
@pytest.mark.parametrize("text,planted", [
    ("全市城镇化率由58.2%提高到59.6%，户籍人口城镇化率提高0.8个百分点。",
     "全市城镇化率由58.2%提高到59.6%，城镇化率提高1.9个百分点。"),
    ("森林覆盖率由2020年的42.1%提高到43.5%，比全省平均高出3.4个百分点。",
     "森林覆盖率由2020年的42.1%提高到43.5%，提高2.4个百分点。"),
    ("网上办理率由2023年的61.4%增加到68.0%，较2022年提高12.3个百分点。",
     "网上办理率由2023年的61.4%增加到68.0%，较2023年提高7.6个百分点。"),
    ("案件办结率由95.1%提高到98.3%，其中按期办结率提高4.2个百分点。",
     "案件办结率由95.1%提高到98.3%，提高4.2个百分点。"),
    ("办结率为98.3%，较上年的95.1%提高3.2个百分点，其中按期办结率提高4.2个百分点。",
     "办结率为98.3%，较上年的95.1%提高4.2个百分点，其中按期办结率提高4.2个百分点。"),
    ("第三产业增加值占比由上年的52.1%上升至53.0%，比全省平均高出1.9个百分点。",
     "第三产业增加值占比由上年的52.1%上升至53.0%，同比上升1.9个百分点。"),
])
def test_points_said_of_something_else(tmp_path, text, planted):
    assert "fail" not in _rule(tmp_path, text, "sum.points")
    assert _rule(tmp_path, planted, "sum.points") == ["fail"]


# Trade: a side or balance named for a part or another scope (a market, a month, a kind of goods,
# services) is not the whole's.
@pytest.mark.parametrize("text,planted", [
    ("全年对“一带一路”沿线国家出口326.5亿元，进口211.6亿元；全市贸易顺差243.2亿元。",
     "全年出口326.5亿元，进口211.6亿元；全市贸易顺差243.2亿元。"),
    ("全年出口856.3亿元，进口430.2亿元，其中12月份贸易顺差40.1亿元。",
     "全年出口856.3亿元，进口430.2亿元，贸易顺差40.1亿元。"),
    ("全年高新技术产品出口126.5亿元，机电产品进口98.3亿元，全市贸易顺差243.2亿元。",
     "全年出口126.5亿元，进口98.3亿元，全市贸易顺差243.2亿元。"),
    ("全年出口856.3亿元，进口430.2亿元。对东盟贸易顺差120.5亿元。",
     "全年出口856.3亿元，进口430.2亿元。贸易顺差120.5亿元。"),
    ("1-11月出口780.2亿元，进口392.1亿元；全年贸易顺差426.1亿元。",
     "全年货物出口780.2亿元，进口392.1亿元；全年贸易顺差426.1亿元。"),
    ("全年出口856.3亿元，进口430.2亿元，贸易顺差426.1亿元，服务贸易逆差35.6亿元。",
     "全年出口856.3亿元，进口430.2亿元，贸易顺差436.1亿元，服务贸易逆差35.6亿元。"),
])
def test_trade_balance_of_another_scope(tmp_path, text, planted):
    assert "fail" not in _rule(tmp_path, text, "sum.identity")
    assert _rule(tmp_path, planted, "sum.identity") == ["fail"]


# 纠正 counts toward 纠错率 only when that is all its figure's words say: an order to correct, a
# correction of what inspections found or one the agency made itself is no decision of the review.
@pytest.mark.parametrize("text,planted", [
    ("全年受理行政复议申请350件，审结320件，发现问题后责令相关单位予以纠正26件，复议纠错率为12.5%。",
     "全年受理行政复议申请350件，审结320件，其中被纠正26件，复议纠错率为12.5%。"),
    ("全年审结行政复议案件320件，对发现的不规范执法行为予以纠正62件，纠错率15.0%。",
     "全年审结行政复议案件320件，依法予以纠正62件，纠错率15.0%。"),
    ("全年审结复议案件320件，撤销、变更、确认违法等纠错48件，经复议后行政机关自行予以纠正12件，纠错率15.0%。",
     "全年审结复议案件320件，撤销、变更、确认违法等纠错48件，纠错率17.0%。"),
])
def test_corrections_not_by_the_review(tmp_path, text, planted):
    assert "fail" not in _rule(tmp_path, text, "ratio.rate")
    assert _rule(tmp_path, planted, "ratio.rate") == ["fail"]


# A counted total of another period ("2023年同期以上三类合计", "以上三类上年同期合计") is the items'
# earlier total, not the sum of the figures listed.
@pytest.mark.parametrize("text,planted", [
    ("全年食品类投诉1,208件，药品类356件，特种设备类128件；2023年同期以上三类合计1,580件。",
     "全年食品类投诉1,208件，药品类356件，特种设备类128件；以上三类合计1,580件。"),
    ("全年食品类投诉1,208件，药品类356件，特种设备类128件。以上三类上年同期合计1,580件。",
     "全年食品类投诉1,208件，药品类356件，特种设备类128件。以上三类合计1,580件。"),
])
def test_a_counted_total_of_another_period(tmp_path, text, planted):
    assert "fail" not in _rule(tmp_path, text, "sum.breakdown")
    assert _rule(tmp_path, planted, "sum.breakdown") == ["fail"]


# Closings of last year's work said by the closing's own list ("其中结上年案件18件") may outnumber
# this year's filings: no bound.
def test_closings_of_last_years_cases(tmp_path):
    assert "fail" not in _rule(tmp_path, "全年立案120件，结案125件，其中结上年案件18件。", "bound.stage")
    assert _rule(tmp_path, "全年立案120件，结案125件。", "bound.stage") == ["fail"]
