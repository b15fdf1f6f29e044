"""Funnels and lists stated in prose that the never-tuned sets 26-29 missed (session 24, helper model27):
an audit's problem money and the money of it put right, a school's places planned, students admitted
and those who came, vehicles weighed and those over the limit, a budget's 三公 expenses mapped by 分别
after their whole, and a named list after a whole followed by last year's level or a share's base."""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str, title: str = "2024年某县审计局工作报告") -> list:
    p = tmp_path / "r.txt"
    p.write_text(title + "\n" + text + "\n", encoding="utf-8")
    return toolkit.audit(p).checks


def bounds(tmp_path, text: str, title: str = "2024年某县审计局工作报告") -> list[tuple[str, float, float]]:
    return [(c.status, float(c.operands["smaller"]), float(c.operands["larger"]))
            for c in checks(tmp_path, text, title) if c.kind == "bound"]


def sums(tmp_path, text: str, title: str) -> list[tuple[str, float, list[float]]]:
    return [(c.status, float(c.operands["total"]), [float(x) for x in c.operands["parts"]])
            for c in checks(tmp_path, text, title) if c.kind == "sum"]


# --- an audit's problem money and the money of it put right -------------------------------------------

def test_money_put_right_is_bounded_by_the_money_found(tmp_path) -> None:
    got = bounds(tmp_path, "本轮审计查出问题金额5.37亿元，已整改问题金额4.95亿元。")
    assert ("pass", 4.95, 5.37) in got


def test_money_put_right_beyond_the_money_found_fails(tmp_path) -> None:
    got = bounds(tmp_path, "本轮审计查出问题金额5.37亿元，已整改5.73亿元。")
    assert ("fail", 5.73, 5.37) in got


def test_problem_money_said_after_its_problems_is_the_money_found(tmp_path) -> None:
    got = bounds(tmp_path, "上年度审计发现的问题中，涉及问题金额8,216.4万元，已整改7,905.2万元。")
    assert ("pass", 7905.2, 8216.4) in got


def test_money_in_two_units_is_compared_by_nothing(tmp_path) -> None:
    got = bounds(tmp_path, "本轮审计查出问题金额5.37亿元，已整改4,950万元。")
    assert not [b for b in got if 4950 in b[1:]]


def test_money_of_other_work_names_no_stage(tmp_path) -> None:
    text = "全年受理消费投诉1,264件，办结1,240件，为消费者挽回经济损失312.5万元，整改商家286.0万元。"
    assert not [b for b in bounds(tmp_path, text, "2024年某县市场监管局工作报告") if 312.5 in b[1:] or 286.0 in b[1:]]


# --- a school's places planned, students admitted and those who came -----------------------------------

_SCHOOL = "2024年某职业技术学院信息公开年度报告"


def test_places_planned_admitted_and_registered(tmp_path) -> None:
    got = bounds(tmp_path, "今年计划招生2,600人，实际录取2,548人，新生报到2,471人。", _SCHOOL)
    assert ("pass", 2548, 2600) in got
    assert ("pass", 2471, 2548) in got


def test_more_registered_than_admitted_fails(tmp_path) -> None:
    got = bounds(tmp_path, "今年录取新生2,548人，报到2,584人。", _SCHOOL)
    assert ("fail", 2584, 2548) in got


def test_students_admitted_beyond_the_plan_fail(tmp_path) -> None:
    got = bounds(tmp_path, "今年计划招生960人，实际招收新生996人。", _SCHOOL)
    assert ("fail", 996, 960) in got


def test_candidates_are_no_places(tmp_path) -> None:
    got = bounds(tmp_path, "今年计划招生2,600人，报名考生9,812人。", _SCHOOL)
    assert not [b for b in got if b[0] == "fail"]


# --- vehicles weighed and those over the limit ----------------------------------------------------------

_ROADS = "2024年某县交通运输局法治政府建设情况报告"


def test_vehicles_over_the_limit_are_among_those_weighed(tmp_path) -> None:
    got = bounds(tmp_path, "全年检测过往货车15.2万辆次，查处超限超载车辆2,104辆次。", _ROADS)
    assert ("pass", 2104, 152000) in got


def test_more_vehicles_over_the_limit_than_weighed_fails(tmp_path) -> None:
    got = bounds(tmp_path, "全年检测过往货车1,520车次，查处超限运输车辆2,104车次。", _ROADS)
    assert ("fail", 2104, 1520) in got


# --- a budget's 三公 expenses mapped by 分别 after their whole ------------------------------------------

_BUDGET = "某局2023年度部门决算公开说明"
_THREE = "“三公”经费支出26.38万元，比上年减少2.10万元。因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、18.50万元和{x}万元。"


def test_the_three_expenses_make_their_whole(tmp_path) -> None:
    assert ("pass", 26.38, [0, 18.5, 7.88]) in sums(tmp_path, _THREE.format(x="7.88"), _BUDGET)


def test_a_typed_expense_fails_the_whole(tmp_path) -> None:
    assert ("fail", 26.38, [0, 18.5, 8.78]) in sums(tmp_path, _THREE.format(x="8.78"), _BUDGET)


def test_a_budgeted_whole_is_no_whole_of_a_list_that_may_be_the_outturn(tmp_path) -> None:
    text = "“三公”经费预算30.00万元。因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、18.50万元和7.88万元。"
    assert not sums(tmp_path, text, _BUDGET)


def test_a_whole_not_defined_by_its_parts_needs_them_to_add_up(tmp_path) -> None:
    text = "办公经费支出26.38万元。印刷费、水电费、差旅费分别为3.20万元、14.50万元和7.88万元。"
    assert not sums(tmp_path, text, _BUDGET)


# --- a named list after a whole followed by last year's level or a share's base ------------------------

_REVIEW = "2024年某市行政复议工作报告"


def test_last_years_level_is_no_second_whole(tmp_path) -> None:
    text = "全年共收到行政复议申请512件，较2023年的498件增长2.8%。自然人、法人或其他组织分别申请473件、39件。"
    assert ("pass", 512, [473, 39]) in sums(tmp_path, text, _REVIEW)


def test_a_list_that_does_not_add_up_is_left_alone(tmp_path) -> None:
    text = "全年共收到行政复议申请512件，较上年的468件增长9.4%。自然人、法人或其他组织分别申请437件、39件。"
    assert not [s for s in sums(tmp_path, text, _REVIEW) if s[1] == 512]


def test_a_shares_base_is_no_second_whole(tmp_path) -> None:
    text = "全年支出决算42.36万元，完成预算48.00万元的88.3%。办公费、印刷费分别为30.12万元和12.24万元。"
    assert ("pass", 42.36, [30.12, 12.24]) in sums(tmp_path, text, _BUDGET)


# --- a rate of the members of a counted set, named by what they have ----------------------------------

def ratios(tmp_path, text: str, title: str = "2024年某县司法局法治政府建设情况报告") -> list[tuple[str, float, float, float]]:
    return [(c.status, float(c.operands["numerator"]), float(c.operands["denominator"]), float(c.operands["percent"]))
            for c in checks(tmp_path, text, title) if c.kind == "ratio"]


def test_a_coverage_of_a_counted_set_confirmed_by_its_figures(tmp_path) -> None:
    text = "全县214个村（社区）中，已有187个建成法律服务站点，覆盖率87.4%。"
    assert ("pass", 187, 214, 87.4) in ratios(tmp_path, text)


def test_a_rate_not_named_by_the_members_words_is_read_only_when_it_holds(tmp_path) -> None:
    text = "全县214个村（社区）中，已有187个建成法律服务站点，覆盖率78.4%。"
    assert not [r for r in ratios(tmp_path, text) if r[1:3] == (187, 214)]


def test_a_rate_named_by_the_words_after_the_members_may_fail(tmp_path) -> None:
    title = "2024年某区上半年经济运行情况"
    assert ("pass", 23, 37, 62.2) in ratios(tmp_path, "37个工业行业大类中有23个行业实现增长，增长面达62.2%。", title)
    assert ("fail", 23, 37, 26.2) in ratios(tmp_path, "37个工业行业大类中有23个行业实现增长，增长面达26.2%。", title)


# --- a colon right after a figure opens its items -------------------------------------------------------

_SCHOOLS = "2024年某县教育事业统计公报"


def test_items_after_a_colon_make_the_figure_before_it(tmp_path) -> None:
    text = "在校学生5.64万人：小学2.95万人，初中1.62万人，高中1.07万人。"
    assert ("pass", 56400, [29500, 16200, 10700]) in sums(tmp_path, text, _SCHOOLS)


def test_long_item_names_after_a_colon(tmp_path) -> None:
    text = "全年完成审计项目52个：预算执行和决算草案审计9个，经济责任审计15个，政策落实跟踪审计17个，专项资金审计11个。"
    assert ("pass", 52, [9, 15, 17, 11]) in sums(tmp_path, text, "2024年某县审计局工作报告")


def test_items_after_a_colon_that_do_not_add_up_are_left_alone(tmp_path) -> None:
    text = "在校学生5.64万人：小学2.95万人，初中1.62万人，高中1.70万人。"
    assert not [s for s in sums(tmp_path, text, _SCHOOLS) if s[1] == 56400]
