"""Session 28 (review): false alarms of the session's new readings on consistent texts, as rules."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _averages(tmp_path, text: str) -> list[tuple]:
    """(status, numerator, denominator, average) of every daily average."""
    return [(c.status, c.operands["numerator"], c.operands["denominator"], c.operands["percent"])
            for c in audit_text(tmp_path, text, ".txt") if c.rule == "ratio.average"]


_HOTLINE = "2024年12345热线工作报告\n\n{body}\n"


@pytest.mark.parametrize("body", [
    # the average of a part (a channel, a time of day), after the whole's total: not the total over the days
    "全年受理诉求73,200件,网络渠道日均受理80件。",
    "全年受理诉求73,200件,其中夜间时段日均受理30件。",
    # a total over years, since a start, or over a holiday: its days are not the year's
    "近三年累计受理诉求219,000件,日均受理200件。",
    "热线自10月开通以来,共受理诉求18,400件,日均受理200件。",
    "国庆假期受理诉求5,600件,日均受理800件。",
])
def test_a_daily_average_of_a_part_or_of_another_span_is_not_read(tmp_path, body):
    assert not [a for a in _averages(tmp_path, _HOTLINE.format(body=body)) if a[0] == "fail"]


@pytest.mark.parametrize("body", ["全年受理诉求73,200件,日均受理100件。", "热线共受理诉求73,200件,热线日均受理100件。"])
def test_a_daily_average_of_the_totals_own_subject_still_fails_when_misprinted(tmp_path, body):
    assert ("fail", 73200, 366, 100) in _averages(tmp_path, _HOTLINE.format(body=body))


def test_a_daily_average_of_the_year_passes(tmp_path):
    assert ("pass", 73200, 366, 200) in _averages(tmp_path, _HOTLINE.format(body="热线共受理诉求73,200件,日均受理200件。"))


def _rates(tmp_path, text: str) -> list[tuple]:
    return [(c.status, c.operands["numerator"], c.operands["denominator"], c.operands["percent"])
            for c in audit_text(tmp_path, text, ".txt") if c.kind == "ratio"]


@pytest.mark.parametrize("body", [
    "受理投诉860件,办结851件;受理举报240件,办结236件,按期办结率分别为98%、97.5%。",
    "受理投诉860件、举报240件,办结851件、236件,按期办结率分别为98%、97.5%。",
])
def test_rates_naming_how_the_work_was_done_are_not_of_the_plain_counts(tmp_path, body):
    # (what was closed on time is not printed: the run is of counts the text does not give)
    assert _rates(tmp_path, _HOTLINE.format(body=body)) == []


def test_rates_naming_how_the_work_was_done_are_of_counts_named_so(tmp_path):
    body = "受理投诉860件、举报240件,按期办结{n}件、236件,按期办结率分别为99.0%、98.3%。"
    assert ("pass", 851, 860, 99) in _rates(tmp_path, _HOTLINE.format(body=body.format(n=851)))
    assert ("fail", 840, 860, 99) in _rates(tmp_path, _HOTLINE.format(body=body.format(n=840)))


_CENTRE = ("# 2024年某区政务服务工作总结\n\n{prose}\n\n区政务服务中心各窗口受理情况\n\n"
           "| 窗口 | 受理事项（件） | 办结事项（件） |\n| --- | --- | --- |\n| 社保窗口 | 30,000 | 29,800 |\n"
           "| 不动产窗口 | 25,000 | 24,900 |\n| 市场监管窗口 | 15,000 | 14,950 |\n| 合计 | 70,000 | 69,650 |\n")


def _equal_fails(tmp_path, text: str) -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text, ".md") if c.kind == "equal" and c.status == "fail"]


def test_a_caption_naming_one_body_unnumbered_is_no_table_of_the_whole_place(tmp_path):
    # (the centre's windows are part of what the whole district handled: 96,000 is no misprint of 70,000)
    assert _equal_fails(tmp_path, _CENTRE.format(prose="全年全区共受理政务服务事项96,000件,办结95,200件。")) == []


def test_the_body_the_caption_names_restates_its_tables_total(tmp_path):
    text = _CENTRE.format(prose="区政务服务中心全年受理政务服务事项71,000件,办结69,650件。")
    assert [m for m in _equal_fails(tmp_path, text) if "71,000" in m and "70,000" in m]


_QUARTERS = ("# 2024年某区12345热线工作总结\n\n{prose}\n\n各季度受理情况\n\n"
             "| 季度 | 受理群众诉求（件） | 办结（件） |\n| --- | --- | --- |\n| 一季度 | 2,000 | 1,950 |\n"
             "| 二季度 | 2,300 | 2,250 |\n| 三季度 | 2,400 | 2,350 |\n| 四季度 | 2,300 | 2,200 |\n| 合计 | 9,000 | 8,750 |\n")


def test_a_figure_of_the_whole_sentence_still_restates_the_total(tmp_path):
    fails = _equal_fails(tmp_path, _QUARTERS.format(prose="全年受理群众诉求9,000件,办结8,760件。"))
    assert [m for m in fails if "8,760" in m and "8,750" in m]


_STREETS = ("# 2024年某区12345热线工作总结\n\n{prose}\n\n各街道受理情况\n\n"
            "| 街道 | 受理诉求（件） | 办结（件） |\n| --- | --- | --- |\n| 东湖街道 | 4,200 | 4,100 |\n"
            "| 西湖街道 | 3,100 | 3,000 |\n| 南湖街道 | 1,700 | 1,650 |\n| 合计 | 9,000 | 8,750 |\n")


def test_a_channels_figure_is_no_restatement_of_a_cell_or_a_total(tmp_path):
    # (one digit apart, 3,200 against 4,200 and 3,000 against 9,000, is no sign the two are one figure:
    # the calls are a part of the row's and the table's requests)
    assert _equal_fails(tmp_path, _STREETS.format(prose="东湖街道来电受理诉求3,200件。")) == []
    assert _equal_fails(tmp_path, _QUARTERS.format(prose="来电受理群众诉求3,000件。")) == []


def test_a_rows_figure_named_without_a_channel_still_fails(tmp_path):
    assert [m for m in _equal_fails(tmp_path, _STREETS.format(prose="东湖街道受理诉求4,300件。")) if "4,300" in m]
