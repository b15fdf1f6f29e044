"""Session 24 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _checks(tmp_path, text: str) -> list[tuple]:
    """(status, kind, operands) of every check."""
    return [(c.status, c.kind, c.operands) for c in audit_text(tmp_path, text, ".txt")]


# A total named with its members in a bracket before its figure ("纠错案件(变更、撤销、确认违法、责令
# 履行)共计40件"): the bracket defines what it counts, each name one outcome listed before. The rate of
# that group printed right after the count is the group's rate over the decided whole, the count
# between the list and the rate being the group's own.
_CORRECTED = ("在审结的200件案件中,决定维持的100件,驳回的40件,变更的5件,撤销的20件,确认违法的10件,责令履行的5件,"
              "终止的20件。纠错案件(变更、撤销、确认违法、责令履行){verb}{total}件,直接纠错率为{rate}%。")


@pytest.mark.parametrize("verb", ["共计", "合计", ""])
def test_a_total_whose_bracket_before_its_figure_names_its_members(tmp_path, verb):
    checks = _checks(tmp_path, _CORRECTED.format(verb=verb, total=40, rate="20.0"))
    assert ("pass", "sum", {"total": 40, "parts": [5, 20, 10, 5]}) in checks
    assert ("pass", "ratio", {"numerator": 40, "denominator": 200, "percent": 20.0}) in checks
    assert all(s != "fail" for s, _, _ in checks), checks


def test_a_bracket_defined_total_that_does_not_add_up_fails(tmp_path):
    checks = _checks(tmp_path, _CORRECTED.format(verb="共计", total=41, rate="20.0"))
    assert ("fail", "sum", {"total": 41, "parts": [5, 20, 10, 5]}) in checks


def test_the_groups_rate_after_its_count_fails_when_misprinted(tmp_path):
    checks = _checks(tmp_path, _CORRECTED.format(verb="共计", total=40, rate="21.0"))
    assert ("fail", "ratio", {"numerator": 40, "denominator": 200, "percent": 21.0}) in checks


def test_a_bracket_naming_what_no_figure_is_reads_nothing(tmp_path):
    # the bracket says what the figure is about, not what it adds up: no member is a listed outcome
    text = ("在审结的200件案件中,决定维持的100件,驳回的40件,撤销的20件,终止的40件。涉企案件(企业、个体工商户)"
            "共计70件。")
    assert all(not (k == "sum" and op["total"] == 70) for _, k, op in _checks(tmp_path, text))


# Shares of one base whose percents add up to 100 partition it; a later paragraph whose first share
# names its base again opens a list of its own, even when an earlier share (of a selection) named
# the same base: the two lists are two partitions to test, not one run over 100%.
_HANDLED = ("本月形成工单转办33,512件。\n排名前五的诉求合计30,880件,占工单总量的92.1%。\n"
            "各区县承办工单19,847件,占转办工单的59.2%;市直部门承办工单10,236件,占30.5%;公共服务企业承办工单"
            "{last}件,占10.2%。")


def test_a_paragraph_naming_its_base_again_opens_its_own_partition(tmp_path):
    checks = _checks(tmp_path, _HANDLED.format(last="3,429"))
    assert ("pass", "sum", {"total": 33512, "parts": [19847, 10236, 3429]}) in checks
    assert all(s != "fail" for s, _, _ in checks), checks


def test_its_partition_fails_when_a_part_is_misprinted(tmp_path):
    checks = _checks(tmp_path, _HANDLED.format(last="3,329"))
    assert ("fail", "sum", {"total": 33512, "parts": [19847, 10236, 3329]}) in checks


def test_a_bulleted_run_of_shares_stays_one_list(tmp_path):
    # items on lines of their own, the base named once: one partition
    text = "全年受理诉求2,000件。\n咨询类1,000件,占受理总量的50.0%;\n求助类600件,占30.0%;\n投诉类400件,占20.0%。"
    assert ("pass", "sum", {"total": 2000, "parts": [1000, 600, 400]}) in _checks(tmp_path, text)


# A rate of 100% read over the one other figure of its sentence: not across a semicolon, which closes
# one item of a run of parallel ones ("三项制度" reports list each with its own rate). The rate of the
# item after it is of that item's own set, which the text does not print.
_THREE_RULES = "全年执法全过程记录案件1,286件,记录率100%{sep}重大执法决定法制审核案件64件,审核率100%。"


def test_an_item_naming_its_act_alone_goes_on_with_the_things_before(tmp_path):
    # "…;报…备案36件,备案率100%": no object named after the act -- the documents issued before it
    text = "制发规范性文件36件,全部经过合法性审查;报市政府和县人大常委会备案{n}件,备案率100%。"
    assert ("pass", "ratio", {"numerator": 36, "denominator": 36, "percent": 100}) in _checks(tmp_path, text.format(n=36))
    assert ("fail", "ratio", {"numerator": 34, "denominator": 36, "percent": 100}) in _checks(tmp_path, text.format(n=34))


def test_a_full_rate_is_not_read_across_a_semicolon(tmp_path):
    checks = _checks(tmp_path, _THREE_RULES.format(sep=";"))
    assert all(not (k == "ratio" and op.get("numerator") == 64) for _, k, op in checks), checks


def test_a_full_rate_over_the_figure_before_it_in_its_clause_still_fails(tmp_path):
    text = "新增执法人员142人,全部参加培训,参训140人,参训率100%。"
    assert any(s == "fail" and k == "ratio" for s, k, _ in _checks(tmp_path, text))


# A total defined by the outcomes it counts (直接纠错: 撤销, 变更, 确认违法, 责令履行): an outcome the text
# does not print was not decided when the outcomes printed are items of a list adding up exactly to
# what was decided. A list that does not add up may leave outcomes out: then nothing is read.
_DECIDED = "审结203件,其中维持121件、驳回23件、撤销17件、确认违法9件、责令履行4件、终止{ended}件;直接纠错{total}件。"


def test_an_outcome_a_complete_list_does_not_print_counts_nothing(tmp_path):
    checks = _checks(tmp_path, _DECIDED.format(ended=29, total=30))
    assert ("pass", "sum", {"total": 30, "parts": [9, 17, 4]}) in checks
    assert all(s != "fail" for s, _, _ in checks), checks


def test_a_defined_total_of_a_complete_list_fails_when_misprinted(tmp_path):
    checks = _checks(tmp_path, _DECIDED.format(ended=29, total=32))
    assert any(s == "fail" and k == "sum" and op["total"] == 32 and op["parts"] == [9, 17, 4] for s, k, op in checks)


def test_an_incomplete_list_leaves_its_defined_total_unread(tmp_path):
    # 121 + 23 + 17 + 9 + 4 + 20 = 194 of 203: outcomes left out (a 变更 among them, perhaps)
    checks = _checks(tmp_path, _DECIDED.format(ended=20, total=34))
    assert all(not (k == "sum" and op.get("total") == 34) for _, k, op in checks), checks


# A share whose subject is said after its count, in the count's clause ("有7个配备了专职协管员,占36.8%"):
# the count is the part, the set it was drawn from the base.
@pytest.mark.parametrize("text", ["全县19个乡镇卫生院中,有7个配备了专职协管员,占{pct}%。",
                                  "力量不足,全县19个乡镇卫生院中仅有7个配备专职协管员,占{pct}%。"])
def test_a_share_whose_subject_follows_its_count(tmp_path, text):
    assert ("pass", "ratio", {"numerator": 7, "denominator": 19, "percent": 36.8}) in _checks(tmp_path, text.format(pct="36.8"))
    assert ("fail", "ratio", {"numerator": 7, "denominator": 19, "percent": 38.6}) in _checks(tmp_path, text.format(pct="38.6"))


# A list by class after a total broken down by 其中 in the sentence before ("共接收诉求128,736件。其中,来电
# …;网络留言…。按诉求性质分,…"): the 其中 part is no rival whole when it is short of what the list adds
# up to and no slip explains that; the total one slip away is the list's, and the slip fails.
_BY_NATURE = ("2024年,县热线共接收群众诉求128,736件,同比增长6.8%。其中,来电112,094件,占87.1%;网络留言16,642件,"
              "占12.9%。按诉求性质分,咨询类68,214件,求助类21,936件,投诉类31,478件,建议类4,105件,举报类{last}件。")


def test_a_list_one_slip_from_the_total_before_its_parts_fails(tmp_path):
    checks = _checks(tmp_path, _BY_NATURE.format(last="2,003"))
    assert ("fail", "sum", {"total": 128736, "parts": [68214, 21936, 31478, 4105, 2003]}) in checks
    assert ("pass", "sum", {"total": 128736, "parts": [68214, 21936, 31478, 4105, 3003]}) in _checks(
        tmp_path, _BY_NATURE.format(last="3,003"))


def test_two_wholes_each_one_slip_away_leave_the_list_unread(tmp_path):
    # 800 + 700 + 200 = 1,700: one slip from 2,000 (200 for 500) and from 1,500 (1,500 for 1,700)
    text = "全年收到申请2,000件。其中,依法受理1,500件,不予受理500件。按类型分,甲类800件,乙类700件,丙类200件。"
    assert all(not (s == "fail" and k == "sum") for s, k, _ in _checks(tmp_path, text))


# A counted set opened between two figures ("…;全局148名执法人员中,取得资格的27人"): the later figure
# counts members of that set, bounded by it, not a later stage of the figure before the set.
def test_a_member_of_a_set_opened_after_a_figure_is_no_stage_of_it(tmp_path):
    text = "组织执法人员参加法律知识培训8期,参训人员共计21人次;全局148名执法人员中,取得法律职业资格的27人,占18.2%。"
    checks = _checks(tmp_path, text)
    assert all(s != "fail" for s, _, _ in checks), checks
    assert ("pass", "bound", {"smaller": 27, "larger": 148}) in checks


def test_a_later_stage_in_its_own_clause_is_still_bounded(tmp_path):
    checks = _checks(tmp_path, "全年受理投诉举报200件,办结210件。")
    assert ("fail", "bound", {"smaller": 210, "larger": 200}) in checks


# Points between two rates: a semicolon closes one item of a run, so the points of the next item are of
# the two rates printed after it, whatever rates the items before printed.
_POINTS = "调解和解率为44.5%,比上年提高6.2个百分点;直接纠错率为11.3%,上年为12.0%,下降{pts}个百分点。"


def test_points_after_a_semicolon_are_of_the_rates_of_their_item(tmp_path):
    assert ("pass", "sum", {"total": 12.0, "parts": [11.3, 0.7]}) in _checks(tmp_path, _POINTS.format(pts="0.7"))
    assert ("fail", "sum", {"total": 12.0, "parts": [11.3, 0.9]}) in _checks(tmp_path, _POINTS.format(pts="0.9"))


# A base named far back by the words of a stage ("占受理总数的"): the figure named by those words
# themselves ("经审查,依法受理1,975件") is that stage's total, though it is one outcome of what came in
# (收到 = 受理 + 不予受理 + 告知); never the refused side ("不予受理").
_FAR_BASE = ("全市共收到行政复议申请2,316件。经审查,依法受理1,975件,不予受理217件,告知向其他机关提出124件。\n"
             + "".join(f"第{i}批审结的案件中,维持{10 + i}件,驳回{3 + i}件,撤销{i}件,终止{2 * i}件。\n" for i in range(1, 13))
             + "以公安机关为被申请人的案件941件,以人社部门为被申请人的案件269件,以市场监管部门为被申请人的案件207件,"
             "以上三类合计1,417件,占受理总数的{pct}%。")


def test_a_far_base_named_by_a_stage_is_the_figure_its_words_name(tmp_path):
    assert ("pass", "ratio", {"numerator": 1417, "denominator": 1975, "percent": 71.7}) in _checks(
        tmp_path, _FAR_BASE.replace("{pct}", "71.7"))
    assert ("fail", "ratio", {"numerator": 1417, "denominator": 1975, "percent": 73.7}) in _checks(
        tmp_path, _FAR_BASE.replace("{pct}", "73.7"))


# A counted set opened after a semicolon ("…;全区32个部门中有29个部门…") is a set as at a sentence's
# start (set_members._clause_start); a rate right after a member's clause whose name is not the
# member's own words is never failed (set_rates.py): it may be of something else the clause names.
_COUNSEL = "全年组织开展法治讲座32场次,受众3,600余人次;全区32个部门中有29个部门建立了法律顾问制度,覆盖率{pct}%。"


def test_a_set_opened_after_a_semicolon_bounds_its_members(tmp_path):
    checks = _checks(tmp_path, _COUNSEL.format(pct="90.6"))
    assert ("pass", "bound", {"smaller": 29, "larger": 32}) in checks
    assert all(s != "fail" for s, _, _ in checks), checks


def test_a_rate_after_a_member_that_the_figures_do_not_confirm_is_not_its_share(tmp_path):
    checks = _checks(tmp_path, _COUNSEL.format(pct="80.6"))
    assert all(not (k == "ratio" and op.get("percent") == 80.6) for _, k, op in checks), checks


def test_a_rate_inside_a_members_clause_is_their_property(tmp_path):
    text = "全市9个县(市、区)中,有7个县(市、区)负责人出庭应诉率达到100%,有3个县(市、区)实现行政复议案件零纠错。"
    assert all(k != "ratio" for _, k, _ in _checks(tmp_path, text))


# A percent compared with a base its clause names in words that name no period ("较法定时限压缩78.6%",
# "比全省平均水平提高") is no change over the year, whatever period an earlier clause compared against.
def test_a_cut_against_a_statutory_limit_is_no_change_of_the_year(tmp_path):
    text = "全年办理行政许可事项12,864件,比上年增加1,042件,增长8.8%;平均办理时限压缩至3.2个工作日,较法定时限压缩78.6%。"
    checks = _checks(tmp_path, text)
    assert all(op.get("percent") != -78.6 for _, k, op in checks if k == "change"), checks
    assert ("pass", "change", {"current": 12864, "percent": 8.8, "previous": 11822}) in checks


def test_a_change_against_last_year_in_its_clause_still_fails(tmp_path):
    checks = _checks(tmp_path, "全年办理行政许可事项12,864件,上年为11,822件,比上年增长9.8%。")
    assert any(s == "fail" and k == "change" for s, k, _ in checks), checks


# Base words naming a total ("占场所总数的") name the figure whose own words end with them (the places
# counted, "共有…宗教活动场所46处"), not one holding them ahead of an act of its own (those registered,
# "…场所法人登记41处"), which stays a reading.
_PLACES = ("全区共有依法登记的宗教活动场所46处,其中佛教19处、道教8处、天主教4处、基督教15处。已完成宗教活动场所"
           "法人登记41处,完成率89.1%。对32处场所开展财务监督检查,占场所总数的{pct}%。")


def test_a_total_is_named_by_the_figure_its_words_end_with(tmp_path):
    checks = _checks(tmp_path, _PLACES.format(pct="69.6"))
    assert ("pass", "ratio", {"numerator": 32, "denominator": 46, "percent": 69.6}) in checks
    failed = [op for s, k, op in _checks(tmp_path, _PLACES.format(pct="69.2")) if s == "fail" and k == "ratio"]
    assert failed and failed[0]["denominator"] == 46, failed


# Points said as a yearly average over several years ("由61.2%提高到64.8%,年均提高1.2个百分点") are no
# difference of the two rates; the points said plainly are.
def test_yearly_average_points_are_no_difference_of_the_rates(tmp_path):
    checks = _checks(tmp_path, "三年来,城镇化率由61.2%提高到64.8%,年均提高1.2个百分点。")
    assert all(k != "sum" for _, k, _ in checks), checks
    assert ("fail", "sum", {"total": 64.8, "parts": [61.2, 3.4]}) in _checks(
        tmp_path, "三年来,城镇化率由61.2%提高到64.8%,提高3.4个百分点。")
