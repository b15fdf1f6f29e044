"""False alarms of a set written blind to the engine (session 27, helper fix70). Each rule is a statement about
how Chinese reports state figures, tested on project sentences, each with a variant whose arithmetic is broken that
must still fail where the reading is unique (or a stated reason it abstains)."""

from __future__ import annotations

from helpers import operands_of

from toolkit.relations.kinds import narrows_the_whole

# --- a base named as a whole (受理总量, 投诉总数) is no figure narrowed to a part of it: a quarter or month of
# the span, or what was done in time (按期受理, 按时办结) -- the whole named further back is the base ---

_QUARTER = ("全年，区便民热线共受理诉求50,000件（来电40,000件、网络10,000件）。\n"
            "各季度受理量以三季度最高。\n"
            "二季度受理14,000件，较一季度有所增加。教育类和医疗类诉求分别为{a}件和3,000件，分别占受理总量的8.0%和6.0%。\n")

_TIMELY = ("全年全区投诉总数1,250件，同比下降3.0%。\n"
           + "区消费者协会坚持依法履职，畅通投诉渠道，加强部门协同，推动纠纷就地化解。" * 12 + "\n"
           "一、办理情况\n"
           "全区投诉事项按期办结1,200件，按期办结率96.0%。涉及噪声的{a}件，占投诉总数的20.0%。\n")


def test_a_quarter_is_no_whole_named_as_a_total(tmp_path) -> None:
    ratios = operands_of(tmp_path, _QUARTER.format(a="4,000"), "ratio")
    assert (4000, 50000, 8.0, "pass") in ratios and (3000, 50000, 6.0, "pass") in ratios
    assert not [r for r in ratios if r[1] == 14000]
    # a misprinted part still fails against the year's total
    ratios = operands_of(tmp_path, _QUARTER.format(a="4,600"), "ratio")
    assert (4600, 50000, 8.0, "fail") in ratios


def test_what_was_done_in_time_is_no_whole_named_as_a_total(tmp_path) -> None:
    ratios = operands_of(tmp_path, _TIMELY.format(a="250"), "ratio")
    assert (250, 1250, 20.0, "pass") in ratios
    assert not [r for r in ratios if r[0] == 250 and r[1] == 1200]
    ratios = operands_of(tmp_path, _TIMELY.format(a="280"), "ratio")
    assert (280, 1250, 20.0, "fail") in ratios


def test_a_whole_of_its_own_span_stays_a_base() -> None:
    assert narrows_the_whole("三季度受理", "受理总量") and narrows_the_whole("事项按期受理", "信访总量")
    # a label saying a whole itself is the whole of the report's span; words naming no whole narrow nothing
    assert not narrows_the_whole("上半年共受理", "受理总量")
    assert not narrows_the_whole("三季度受理", "三季度受理量")
    assert not narrows_the_whole("按期办结", "办结量")


# --- a table column headed 占…(%) holds each row's rate over the row above, never stage counts: no funnel
# bound runs down it (the count column beside it still bounds each stage by the one before) ---

_STAGE_TABLE = ("区政务热线2024年工单流转情况\n\n"
                "| 流转环节 | 数量（件） | 占上一环节（%） |\n|---|---|---|\n"
                "| 受理 | 20,000 | — |\n| 派单 | 8,000 | 40.0 |\n| 签收 | {sign} | 99.0 |\n"
                "| 办结 | 7,500 | 94.7 |\n\n全年工单流转总体顺畅。\n")


def test_a_column_of_rates_over_the_row_above_bounds_no_stage(tmp_path) -> None:
    bounds = operands_of(tmp_path, _STAGE_TABLE.format(sign="7,920"), "bound", ".md")
    assert not [b for b in bounds if b[2] == "fail"]
    assert not [b for b in bounds if b[0] < 100 or b[1] < 100]
    assert (7920, 8000, "pass") in bounds
    # a count column whose later stage exceeds the earlier one still fails
    bounds = operands_of(tmp_path, _STAGE_TABLE.format(sign="8,920"), "bound", ".md")
    assert (8920, 8000, "fail") in bounds


def test_requests_named_by_their_noun_bound_those_resolved(tmp_path) -> None:
    # (the intake named by its noun, no verb, bounds what of it was resolved)
    text = "全年初信初访{a}件次，占信访总量的60.0%，一次性化解760件次。\n"
    assert (760, 800, "pass") in operands_of(tmp_path, text.format(a="800"), "bound")
    assert (760, 700, "fail") in operands_of(tmp_path, text.format(a="700"), "bound")


def test_a_period_the_title_names_is_the_reports_own_whole(tmp_path) -> None:
    # (a monthly report: its month's intake is the whole, though a month names a part of a year)
    text = ("某市12345热线2023年9月运行简报\n9月，12345热线受理诉求8,000件，环比增长2.0%。\n"
            "涉及供水的诉求{a}件，占受理总量的10.0%。\n")
    assert (800, 8000, 10.0, "pass") in operands_of(tmp_path, text.format(a="800"), "ratio")
    assert (880, 8000, 10.0, "fail") in operands_of(tmp_path, text.format(a="880"), "ratio")
    assert narrows_the_whole("3月受理", "受理总量", "2023年一季度简报") and not narrows_the_whole("3月受理", "受理总量", "2023年3月简报")
