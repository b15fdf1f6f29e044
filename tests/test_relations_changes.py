"""Changes: a level with its absolute and relative change, 分别 lists, named measures.

Every sentence here is written for the project. Each rule has a consistent variant (the check
passes) and an inconsistent one (the check fails); readings the text leaves open give no check.
"""

from __future__ import annotations

import pytest

import toolkit


def changes(tmp_path, text: str) -> list[tuple[float, float, str]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return sorted((c.operands["current"], c.operands["percent"], c.status)
                  for c in toolkit.audit(p).checks if c.kind == "change")


@pytest.mark.parametrize(("text", "expected"), [
    # 38 - 3 = 35 before; 3 / 35 = 8.57% -> 8.6%. The delta (3起) is not the current level.
    ("全年发生生产安全事故38起,同比增加3起、上升8.6%。", [(38, 8.6, "pass")]),
    ("全年发生生产安全事故38起,同比增加3起、上升9.6%。", [(38, 9.6, "fail")]),
    ("全年发生生产安全事故38起,同比事故起数增加3起,上升8.6%。", [(38, 8.6, "pass")]),
    # A change noun: 增幅 / 降幅. 2140 - 215 = 1925; 215 / 1925 = 11.169%.
    ("新收行政复议申请2140件,比上年增加215件,增幅为11.17%。", [(2140, 11.17, "pass")]),
    ("新收行政复议申请2140件,比上年增加215件,增幅为12.17%。", [(2140, 12.17, "fail")]),
    ("办理信访事项450件,较上年减少50件,降幅为10%。", [(450, -10, "pass")]),
    # A money delta in another unit: 3.5万元 - 5000元 = 3万元; +16.67%.
    ("罚没款3.5万元,比上年增加5000元,增长16.67%。", [(3.5, 16.67, "pass")]),
])
def test_absolute_and_relative_change_together(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 分别 maps the percents onto the list of deltas, each delta onto the level of its unit.
    ("全区发生事故20起、死亡9人,同比减少5起、3人,分别下降20%、25%。", [(9, -25, "pass"), (20, -20, "pass")]),
    ("全区发生事故20起、死亡9人,同比减少5起、3人,分别下降20%、30%。", [(9, -30, "fail"), (20, -20, "pass")]),
    # Position by position, with or without a separator between the percents.
    ("全年共发生各类事故96起、死亡72人、受伤22人,同比分别下降12.7%、18.2%、26.7%。",
     [(22, -26.7, "pass"), (72, -18.2, "pass"), (96, -12.7, "pass")]),
    ("全年共发生各类事故96起、死亡72人、受伤22人,同比分别下降12.7%18.2%26.7%。",
     [(22, -26.7, "pass"), (72, -18.2, "pass"), (96, -12.7, "pass")]),
    ("全年共发生各类事故96起、死亡72人、受伤22人,同比分别下降12.7%、18.2%、30.2%。",
     [(22, -30.2, "fail"), (72, -18.2, "pass"), (96, -12.7, "pass")]),
])
def test_respectively_maps_position_by_position(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


def test_named_measures_choose_their_figures(tmp_path) -> None:
    # 事故起数 -> 39起 (46 before: -15.2%), 受伤人数 -> 15人 (20 before: -25%); not 28人 by position.
    text = "全年共发生事故39起、死亡28人、受伤15人,同比事故起数和受伤人数分别下降15.2%、25%。"
    assert changes(tmp_path, text) == [(15, -25, "pass"), (39, -15.2, "pass")]
    text = "全年共发生事故39起、死亡28人、受伤15人,同比事故起数和受伤人数分别下降15.2%、45%。"
    assert changes(tmp_path, text) == [(15, -45, "fail"), (39, -15.2, "pass")]
    # A third percent naming its own measure after the 分别 list.
    text = "本月发生事故23起、死亡20人、受伤6人,同比事故起数和死亡人数分别下降28.1%、31.0%、受伤人数上升20%。"
    assert changes(tmp_path, text) == [(6, 20, "pass"), (20, -31, "pass"), (23, -28.1, "pass")]


@pytest.mark.parametrize(("text", "current"), [
    ("全年接待群众来访1,852批次、4,366人次,批次同比下降10.4%。", 1852),
    ("全年接待群众来访1,852批次、4,366人次,人次同比下降10.4%。", 4366),
    ("全年接待群众来访1,852批、4,366人次,批次同比下降10.4%。", 1852),
    ("全年检查企业1,204家次、发现隐患3,116处,家次同比增长6.2%。", 1204),
])
def test_a_unit_named_as_the_measure_chooses_its_figure(tmp_path, text, current) -> None:
    # "批次同比…": the change of the figure counted in 批次, not of the one printed last
    assert [c for c, _, _ in changes(tmp_path, text)] == [current]


def test_names_that_fit_no_figure_give_no_check(tmp_path) -> None:
    # "受伤人数" is not stated: the two percents cannot be placed, whatever the positions say.
    assert changes(tmp_path, "全年共发生事故39起、死亡28人,同比事故起数和受伤人数分别下降15.2%、35%。") == []
    # More percents than figures.
    assert changes(tmp_path, "全年共发生事故39起,同比分别下降15.2%、35%。") == []


def test_a_level_reached_is_not_a_delta(tmp_path) -> None:
    # "增加到120件" is the new level: 100 before, +20%.
    assert changes(tmp_path, "受理投诉举报比上年增加到120件,增长20%。") == [(120, 20, "pass")]


def test_parallel_lists_of_levels_and_deltas(tmp_path) -> None:
    # 120起、死亡90人、受伤40人 fell by 15起、10人、5人: 135, 100 and 45 before.
    text = "上半年累计发生事故120起、死亡90人、受伤40人,同比减少15起、10人、5人,分别下降11.1%、10%、11.1%。"
    assert changes(tmp_path, text) == [(40, -11.1, "pass"), (90, -10, "pass"), (120, -11.1, "pass")]
    text = text.replace("、10%、", "、12%、")
    assert changes(tmp_path, text) == [(40, -11.1, "pass"), (90, -12, "fail"), (120, -11.1, "pass")]


def test_the_reference_period_may_be_set_once_for_the_paragraph(tmp_path) -> None:
    # 统计公报: "比上年" in the first sentence; "分别增长" after it compares with the same year.
    text = ("全年地区生产总值200.00亿元,比上年增长5.0%。其中,第一产业增加值30.00亿元,"
            "第二产业增加值70.00亿元,第三产业增加值100.00亿元,分别增长3.8%、5.6%、6.1%。\n")
    got = changes(tmp_path, text)
    assert [(c, p) for c, p, _ in got] == [(30, 3.8), (70, 5.6), (100, 6.1), (200, 5)]
    # Without a reference period anywhere in the paragraph, "增长" is no year-over-year claim.
    assert changes(tmp_path, "第一产业增加值30.00亿元,第二产业增加值70.00亿元,分别增长3.8%、5.6%。\n") == []


def test_a_count_delta_says_whose_change_it_is_across_a_line_end(tmp_path) -> None:
    # The ";" ends a line of a PDF copy; the rate between does not own the change: the delta is of 败诉 cases.
    text = "审结1106件,其中行政机关败诉87件,败诉率7.87%;\n败诉案件较上年减少14件,下降13.9%。\n"
    assert (87, -13.9, "pass") in changes(tmp_path, text)
    # Without a delta the percent after a rate may be the rate's own change: no check.
    assert changes(tmp_path, "受理投诉100件,办结率为98.5%;\n同比提高1.2%。\n") == []


def test_an_average_is_not_the_subject_beside_a_total(tmp_path) -> None:
    assert changes(tmp_path, "全年受理群众诉求52.6万件,日均1441件,同比增长18.3%。") == [(526000, 18.3, "pass")]


def test_a_delta_after_a_semicolon_keeps_the_paragraphs_reference(tmp_path) -> None:
    # "与上年相比" governs both clauses: 0.6万件 is a decrease, not a level.
    assert changes(tmp_path, "与上年相比,投诉类增加2.3万件,增长19.3%;求助类减少0.6万件,下降5.8%。\n") == []


def test_each_percent_after_a_delta_is_that_deltas_change(tmp_path) -> None:
    # Two deltas with their percents after a ';': 1586 - 212 = 1374 (+15.4%), 236.5 + 31.2 = 267.7 (-11.7%).
    text = ("全年共检查企业1586家次,立案查处违法行为86起,罚款236.5万元;与2022年相比,检查企业数增加212家次,"
            "增长15.4%,罚款金额减少31.2万元,下降11.7%。")
    assert changes(tmp_path, text) == [(236.5, -11.7, "pass"), (1586, 15.4, "pass")]
    assert (236.5, -13.7, "fail") in changes(tmp_path, text.replace("下降11.7%", "下降13.7%"))


def test_years_named_in_the_text_tell_previous_from_current(tmp_path) -> None:
    # In a 2023 report "2022年…28.6亿元" is the previous level and "2023年为31.2亿元" the current one.
    text = "2023年工作报告\n2022年全县一般公共预算支出28.6亿元,2023年为31.2亿元,增长9.1%。\n"
    assert changes(tmp_path, text) == [(31.2, 9.1, "pass")]
    assert changes(tmp_path, text.replace("9.1%", "8.1%")) == [(31.2, 8.1, "fail")]


def test_more_verbs_of_a_delta(tmp_path) -> None:
    # 增收 is a delta: 18.65 - 1.56 = 17.09 before; 1.56 / 17.09 = 9.13%.
    assert changes(tmp_path, "全年税收收入完成18.65亿元,比上年增收1.56亿元,增长9.1%。") == [(18.65, 9.1, "pass")]


def test_fenbie_distributes_over_the_list_right_before_it(tmp_path) -> None:
    # 1200家次 stands before the "、" list of 96起 and 72人 that the two percents belong to.
    text = "全年检查企业1200家次,发生事故96起、死亡72人,同比分别下降12.7%、18.2%。"
    assert changes(tmp_path, text) == [(72, -18.2, "pass"), (96, -12.7, "pass")]


def test_an_unclear_alignment_is_a_reading_not_a_verdict(tmp_path) -> None:
    # Four figures, three percents, nothing naming them: position 1-3 or 2-4. 10起 -> -50% holds only
    # when the last three are meant (20 before); it is not called wrong.
    text = "全年检查企业500家次,立案查处40起,事故10起,死亡12人,同比分别下降20%、50%、20%。"
    got = changes(tmp_path, text)
    assert all(status != "fail" for _, _, status in got), got


def test_the_reports_own_year_opening_a_sentence_is_no_previous_year(tmp_path) -> None:
    text = "2023年,全市热线共受理群众诉求52.6万件,同比增长18.3%。\n力争2024年直接办结率达到60%以上,2024年满意率保持在90%以上。\n"
    assert changes(tmp_path, text) == [(526000, 18.3, "pass")]


def test_a_change_noun_before_fenbie(tmp_path) -> None:
    text = "全年第一产业增加值30.00亿元、第二产业增加值70.00亿元,比上年增速分别为3.8%、5.6%。"
    assert [(c, p) for c, p, _ in changes(tmp_path, text)] == [(30, 3.8), (70, 5.6)]


@pytest.mark.parametrize(("text", "expected"), [
    # 分别 over a list that rises and falls: each percent keeps the verb printed before it.
    # 132 / 1.1 = 120; 36 / 0.9 = 40.
    ("全年受理行政复议申请132件、行政诉讼案件36件,同比分别增长10%和下降10%。",
     [(36, -10, "pass"), (132, 10, "pass")]),
    ("全年受理行政复议申请132件、行政诉讼案件36件,同比分别上升10%、下降10%。",
     [(36, -10, "pass"), (132, 10, "pass")]),
    ("本年查处案件60起、罚没款36万元,分别同比增长20%、减少10%。", [(36, -10, "pass"), (60, 20, "pass")]),
    # Inconsistent: 36 / 0.85 is no whole number of cases.
    ("全年受理行政复议申请132件、行政诉讼案件36件,同比分别增长10%和下降15%。",
     [(36, -15, "fail"), (132, 10, "pass")]),
])
def test_a_respectively_list_may_mix_rises_and_falls(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Previous levels printed as a list: each is the previous of the figure in the same position.
    ("全年受理申请150件、办结140件,上年同期分别为120件、120件,分别增长25%、16.7%。",
     [(140, 16.7, "pass"), (150, 25, "pass")]),
    ("全年受理申请150件、办结140件,上年同期分别为120件、120件,分别增长25%、26.7%。",
     [(140, 26.7, "fail"), (150, 25, "pass")]),
    # The level a change starts from and the one it reaches.
    ("受理申请和办结件数分别由上年的120件、120件增加到150件、140件,分别增长25%、16.7%。",
     [(140, 16.7, "pass"), (150, 25, "pass")]),
    ("全年受理申请由上年的120件增加到150件,增长25%。", [(150, 25, "pass")]),
    ("全年办理提案从80件增至100件,增幅25%。", [(100, 25, "pass")]),
    ("全年办理提案从80件增至100件,增幅20%。", [(100, 20, "fail")]),
    ("安全事故由50起下降到40起,下降20%。", [(40, -20, "pass")]),
])
def test_previous_levels_printed_in_the_sentence(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The measures named before 同比/较上年: 受伤人数 is 12人, not 30人 in the second position.
    ("全年共发生事故40起、死亡30人、受伤12人,事故起数、受伤人数同比分别下降20%、25%。",
     [(12, -25, "pass"), (40, -20, "pass")]),
    ("全年共发生事故40起、死亡30人、受伤12人,事故起数和受伤人数较上年分别下降20%、25%。",
     [(12, -25, "pass"), (40, -20, "pass")]),
    ("全年共发生事故40起、死亡30人、受伤12人,事故起数、受伤人数同比分别下降20%、35%。",
     [(12, -35, "fail"), (40, -20, "pass")]),
    # The measures named in the sentence after the figures.
    ("全年共发生事故40起、死亡30人、受伤12人。与上年相比,受伤人数和死亡人数分别下降20%、25%。",
     [(12, -20, "pass"), (30, -25, "pass")]),
    ("全年共发生事故40起、死亡30人、受伤12人。同比,事故起数和死亡人数分别下降20%、28%。",
     [(30, -28, "fail"), (40, -20, "pass")]),
    # 均 over the two figures named, not over every figure of the list.
    ("全年共发生事故40起、死亡30人、受伤12人,事故起数和受伤人数同比均下降20%。",
     [(12, -20, "pass"), (40, -20, "pass")]),
    # 12 / 0.75 = 16; 40 / 0.75 = 53.3 (53 -> -24.5%, 54 -> -25.9%).
    ("全年共发生事故40起、死亡30人、受伤12人。与上年相比,事故起数和受伤人数均下降25.0%。",
     [(12, -25, "pass"), (40, -25, "fail")]),
])
def test_named_measures_before_the_reference_or_in_the_sentence_before(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


def test_figures_in_the_sentence_before_need_names(tmp_path) -> None:
    # No measure named: the percents are not carried back over the 。.
    assert changes(tmp_path, "全年共发生事故40起、死亡30人。两项指标同比分别下降20%、25%。") == []


def test_names_that_share_words_are_told_apart_by_elimination(tmp_path) -> None:
    # "重点人群签约人数" fits only 6000人, so "签约人数" is the other figure. 12000/1.2, 6000/1.2.
    text = "全年签约服务12000人,其中重点人群签约6000人,签约人数和重点人群签约人数同比均增长20%。"
    assert changes(tmp_path, text) == [(6000, 20, "pass"), (12000, 20, "pass")]


@pytest.mark.parametrize(("text", "expected"), [
    # "增长-6.25%" is a fall: 150 / 0.9375 = 160; 140 / 1.25 = 112.
    ("全年受理申请150件、办结140件,同比分别增长-6.25%、25%。", [(140, 25, "pass"), (150, -6.25, "pass")]),
    ("全年地区生产总值200亿元,其中第一产业30亿元、第二产业70亿元,分别比上年增长20%、-12.5%。",
     [(30, 20, "pass"), (70, -12.5, "pass")]),
    # Read as a rise, 150 / 1.0625 = 141.2 would fail: the pass above shows the sign. 150 / 0.9275 = 161.7.
    ("全年受理申请150件、办结140件,同比分别增长-7.25%、25%。", [(140, 25, "pass"), (150, -7.25, "fail")]),
])
def test_a_minus_inside_a_respectively_list_is_a_fall(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


def test_jun_applies_to_the_list_right_before_it(tmp_path) -> None:
    # 510家次 stands before the "、" list; 均增长8.0% is said of 27件 and 54件 only (510 / 1.08 = 472.2).
    text = "全年检查企业510家次,办理人大代表建议27件、政协提案54件,同比均增长8.0%。"
    assert changes(tmp_path, text) == [(27, 8, "pass"), (54, 8, "pass")]
    assert changes(tmp_path, text.replace("54件", "56件")) == [(27, 8, "pass"), (56, 8, "fail")]


@pytest.mark.parametrize(("text", "expected"), [
    # "受理量和回访量": the names pick 1200件 and 500件, not the first two figures by position.
    ("全年受理诉求1200件、办结1100件、回访500件,受理量和回访量同比分别增长20%、25%。",
     [(500, 25, "pass"), (1200, 20, "pass")]),
    # 500 / 1.255 = 398.4: 398 -> +25.6%, 399 -> +25.3%.
    ("全年受理诉求1200件、办结1100件、回访500件,受理量、回访量同比分别增长20%、25.5%。",
     [(500, 25.5, "fail"), (1200, 20, "pass")]),
    ("全年受理诉求1200件、办结1100件、回访500件,受理量和回访量同比均增长25%。",
     [(500, 25, "pass"), (1200, 25, "pass")]),
])
def test_measures_named_by_liang(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


def test_a_list_of_deltas_that_rise_and_fall(tmp_path) -> None:
    # 150 - 30 = 120 (+25%); 70 + 10 = 80 (-12.5%).
    text = "全年受理申请150件、办结70件,同比分别增加30件、减少10件,分别增长25%、下降12.5%。"
    assert changes(tmp_path, text) == [(70, -12.5, "pass"), (150, 25, "pass")]
    assert changes(tmp_path, text.replace("下降12.5%", "下降14.5%")) == [(70, -14.5, "fail"), (150, 25, "pass")]


def test_named_measures_reach_the_sentence_ending_the_line_before(tmp_path) -> None:
    text = "全年共发生事故40起、死亡30人、受伤12人。\n与上年相比,事故起数和受伤人数分别下降20%、20%。\n"
    assert changes(tmp_path, text) == [(12, -20, "pass"), (40, -20, "pass")]
    assert changes(tmp_path, text.replace("、20%。", "、28%。")) == [(12, -28, "fail"), (40, -20, "pass")]
    # A heading line between: the figures are of another part of the report, not reached.
    text = "全年共发生事故40起、死亡30人、受伤12人。\n二、同比情况\n与上年相比,事故起数和受伤人数分别下降20%、20%。\n"
    assert changes(tmp_path, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # 环比 against the month before, its levels printed as a list (上月分别为) or with 较上月的.
    ("本月受理投诉220件、举报90件,上月分别为200件、80件,环比分别增长10%、12.5%。",
     [(90, 12.5, "pass"), (220, 10, "pass")]),
    ("本月受理投诉220件、举报90件,上月分别为200件、80件,环比分别增长10%、15.5%。",
     [(90, 15.5, "fail"), (220, 10, "pass")]),
    ("本月受理投诉220件,较上月的200件增长10%。", [(220, 10, "pass")]),
    ("本月受理投诉220件,较上月的200件增长12%。", [(220, 12, "fail")]),
])
def test_previous_month_levels(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A change noun with 均 (增幅均为, 降幅均达): one percent for each figure of the list.
    ("全年办理人大代表建议27件、政协提案54件,同比增幅均为8%。", [(27, 8, "pass"), (54, 8, "pass")]),
    ("全年办理人大代表建议27件、政协提案54件,同比降幅均达10%。", [(27, -10, "pass"), (54, -10, "pass")]),
    ("全年办理人大代表建议27件、政协提案54件,同比增幅均为9%。", [(27, 9, "fail"), (54, 9, "fail")]),
])
def test_a_change_noun_with_jun(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A sentence of 分别/均 with no figure distributes over the list closing the sentence before.
    ("全年共发生事故40起、死亡30人、受伤12人。同比分别下降20%、25%、20%。",
     [(12, -20, "pass"), (30, -25, "pass"), (40, -20, "pass")]),
    ("全年共发生事故40起、死亡30人、受伤12人。同比分别下降20%、25%、30%。",
     [(12, -30, "fail"), (30, -25, "pass"), (40, -20, "pass")]),
    ("全年共发生事故40起、死亡32人、受伤12人。同比均下降20%。",
     [(12, -20, "pass"), (32, -20, "pass"), (40, -20, "pass")]),
    # As many percents as figures only; a figure of another kind closing the sentence breaks it.
    ("全年共发生事故40起、死亡30人、受伤12人。同比分别下降20%、25%。", []),
    ("全年共发生事故40起、死亡30人、受伤12人,直接经济损失500万元。同比分别下降20%、25%、20%。", []),
])
def test_a_respectively_sentence_after_the_list(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


def test_an_aside_after_a_percent_does_not_end_the_list(tmp_path) -> None:
    # 150 / 1.25 = 120 and 140 / 1.2 = 116.7: read with 140, the 25% would be a wrong pairing.
    text = "全年受理申请150件、办结144件,同比分别增长25%(增加30件)、20%(增加24件)。"
    assert changes(tmp_path, text) == [(144, 20, "pass"), (150, 25, "pass")]
    assert changes(tmp_path, text.replace("、20%", "、22.5%")) == [(144, 22.5, "fail"), (150, 25, "pass")]


def test_a_long_list_of_previous_levels_is_read_without_recursion(tmp_path) -> None:
    import sys

    text = "全年受理申请150件,上年同期分别为" + "、".join(f"{i + 1}件" for i in range(3000)) + ",增长25%。"
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(300)
    try:
        changes(tmp_path, text)  # a list continues its head: settled in order, not by recursion
    finally:
        sys.setrecursionlimit(limit)


def _all(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def test_a_change_naming_its_level_by_the_words_of_a_figure_before(tmp_path) -> None:
    # the change's own sentence prints no level: "营业收入" names the 45.60亿元 of the sentence before
    text = "全年实现营业收入45.60亿元,其中主营业务收入41.20亿元。营业收入比上年增加3.20亿元,增长7.55%。"
    got = [(c.operands["current"], c.operands.get("previous"), c.status) for c in _all(tmp_path, text)
           if c.kind == "change"]
    assert got == [(45.6, 42.4, "pass")]
    bad = [(c.operands["current"], c.status) for c in _all(tmp_path, text.replace("7.55%", "8.55%")) if c.kind == "change"]
    assert bad == [(45.6, "fail")]
    # words that name two figures before, or none, leave it unread
    two = "全年实现营业收入45.60亿元,上年营业收入42.40亿元。营业收入比上年增加3.20亿元,增长7.55%。"
    assert [c.operands["current"] for c in _all(tmp_path, two) if c.kind == "change"] in ([], [45.6])


@pytest.mark.parametrize(("third", "status"), [("8.0%", "pass"), ("9.0%", "fail")])
def test_month_on_month_changes_over_a_list_of_periods(tmp_path, third, status) -> None:
    # 7月250件、8月275件、9月297件: 8月 +10.0% on 7月, 9月 +8.0% on 8月 (297 / 275 = 1.08)
    text = f"7月、8月、9月分别受理投诉250件、275件、297件,8月、9月环比分别增长10.0%、{third}。"
    got = sorted((c.operands["current"], c.operands.get("previous"), c.status) for c in _all(tmp_path, text)
                 if c.kind == "change")
    assert got == [(275, 250, "pass"), (297, 275, status)]


@pytest.mark.parametrize("sep", [",", "、"])
def test_deltas_each_naming_its_measure_reach_the_levels_of_the_sentence_before(tmp_path, sep) -> None:
    # 96 - (-16) = 112 before: 16 / 112 = 14.3%; 71 + 9 = 80: 9 / 80 = 11.3%
    text = (f"全年共发生生产安全事故96起,死亡71人,受伤30人。与上年相比,事故起数减少16起{sep}死亡人数减少9人,"
            "分别下降14.3%和11.3%。")
    assert changes(tmp_path, text) == [(71, -11.3, "pass"), (96, -14.3, "pass")]
    assert changes(tmp_path, text.replace("11.3%", "13.3%")) == [(71, -13.3, "fail"), (96, -14.3, "pass")]


def test_a_delta_naming_a_measure_no_level_is_of_gives_no_change(tmp_path) -> None:
    # 受伤 is not printed before: the 71 deaths are not what decreased by 9
    text = "全年共发生生产安全事故96起,死亡71人。与上年相比,事故起数减少16起,受伤人数减少9人,分别下降14.3%和11.3%。"
    assert (71, -11.3, "pass") not in changes(tmp_path, text)
    assert not [c for c in changes(tmp_path, text) if c[0] == 71]
