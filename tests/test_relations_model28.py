"""Session 25 (model28): readings of 信访, 行政复议 and hotline reports the engine missed. Every sentence
here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "sum"}


def ratios(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["numerator"], c.operands["denominator"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "ratio"}


# -- a list of years mapped by 分别 over a long subject: the later year's figure is the current level


def test_years_list_with_a_long_subject_breaks_down_the_later_year(tmp_path) -> None:
    text = ("2022年、2023年全市信访总量分别为5,120件次、4,730件次,2023年同比下降7.6%。"
            "其中来信610件次、来访1,{v}件次、网上信访2,900件次。")
    assert sums(tmp_path, text.format(v="220"))[(4730, 610, 1220, 2900)] == "pass"
    assert sums(tmp_path, text.format(v="320"))[(4730, 610, 1320, 2900)] == "fail"


def test_years_then_two_names_leave_the_list_to_the_names(tmp_path) -> None:
    # 分别 maps the two names (投诉, 举报), not the years: no figure is taken for a year's level
    text = "2022年、2023年投诉和举报分别为320件、180件。其中来信50件、来访130件。"
    assert (180, 50, 130) not in sums(tmp_path, text)


# -- 信访 counted in 件次: letters and online petitions in 件, visits in 批(次), one measure


def test_visits_in_batches_add_up_with_letters_under_a_whole_in_jian_ci(tmp_path) -> None:
    text = "全年受理信访事项3,{t}件次,同比下降5.1%。其中来信420件次,来访905批次(1,860人次),网上信访1,985件次。"
    assert sums(tmp_path, text.format(t="310"))[(3310, 420, 905, 1985)] == "pass"
    assert sums(tmp_path, text.format(t="410"))[(3410, 420, 905, 1985)] == "fail"


def test_whole_marked_jian_pi_counts_batches_too(tmp_path) -> None:
    text = "受理信访事项1,{t}件(批),同比增长3.2%。其中,来信215件,来访468批1,302人次,网上信访842件。"
    assert sums(tmp_path, text.format(t="525"))[(1525, 215, 468, 842)] == "pass"
    assert sums(tmp_path, text.format(t="552"))[(1552, 215, 468, 842)] == "fail"


def test_whole_in_jian_ci_beside_people_keeps_the_people_apart(tmp_path) -> None:
    text = "共受理来信来访986件次、2,140人次,同比下降4.0%。其中,来信312件,来访431批次(1,520人次),网上信访243件。"
    got = sums(tmp_path, text)
    assert got[(986, 312, 431, 243)] == "pass"
    assert not [k for k in got if k[0] == 2140 and 431 in k[1:]]


def test_batches_under_a_whole_in_plain_jian_are_no_part(tmp_path) -> None:
    # a whole in 件 with no (批) mark counts items; a figure in 批次 is another measure
    text = "抽检食品1,200件,其中合格1,150件,不合格30批次。"
    assert (1200, 1150, 30) not in sums(tmp_path, text)


# -- a rate printed with both its counts in the bracket right after it


def test_rate_with_its_two_counts_in_a_bracket(tmp_path) -> None:
    text = "全年群众满意率97.5%(参评2,{b}件次,满意2,340件次)。"
    got = ratios(tmp_path, text.format(b="400"))
    assert got[(2340, 2400)] == "pass"
    assert ratios(tmp_path, text.format(b="460"))[(2340, 2460)] == "fail"
    bounds = {(c.operands["smaller"], c.operands["larger"]) for c in audit_text(tmp_path, text.format(b="400"))
              if c.kind == "bound"}
    assert (2340, 2400) in bounds


def test_rate_over_the_work_due_in_its_bracket(tmp_path) -> None:
    text = "按期办结率98.8%(到期应办结{b}件,按期办结326件)。"
    assert ratios(tmp_path, text.format(b="330"))[(326, 330)] == "pass"
    assert ratios(tmp_path, text.format(b="340"))[(326, 340)] == "fail"


def test_completion_over_the_plan_in_its_bracket_has_no_bound(tmp_path) -> None:
    text = "检查计划完成率104.0%(计划检查250家次,实际检查260家次)。"
    checks = audit_text(tmp_path, text)
    assert {(c.operands["numerator"], c.operands["denominator"]): c.status
            for c in checks if c.kind == "ratio"}[(260, 250)] == "pass"
    assert not [c for c in checks if c.kind == "bound"]


def test_bracket_naming_neither_count_as_base_is_left_alone(tmp_path) -> None:
    # two counts the rate's words do not tell apart as base and numerator: nothing read
    text = "群众满意率96.0%(满意1,200件次,基本满意50件次)。"
    assert (1200, 50) not in ratios(tmp_path, text) and (50, 1200) not in ratios(tmp_path, text)


# -- rates over the work due: 需办理的…, 应受理…


def test_closing_in_time_over_the_work_named_as_due(tmp_path) -> None:
    text = "全年需办理的信访事项1,{b}件,按期办结1,180件,按期办结率98.3%。"
    assert ratios(tmp_path, text.format(b="200"))[(1180, 1200)] == "pass"
    assert ratios(tmp_path, text.format(b="250"))[(1180, 1250)] == "fail"


def test_accepted_in_time_over_those_due_for_acceptance(tmp_path) -> None:
    text = "全年应受理信访事项{b}件,及时受理955件,及时受理率99.5%。"
    assert ratios(tmp_path, text.format(b="960"))[(955, 960)] == "pass"
    assert ratios(tmp_path, text.format(b="990"))[(955, 990)] == "fail"


def test_accepted_in_time_over_the_received_is_not_read(tmp_path) -> None:
    # what came in is not all due for acceptance (some go elsewhere): no base the words name
    text = "全年收到信访事项990件,及时受理955件,及时受理率99.5%。"
    assert (955, 990) not in ratios(tmp_path, text)


# -- an intake's other outcomes after the accepted figure open no new set


def test_acceptance_rate_after_the_referred_applications(tmp_path) -> None:
    text = "收到行政复议申请240件,受理{a}件,不予受理22件,告知向其他机关申请18件。受理率83.3%。"
    assert ratios(tmp_path, text.format(a="200"))[(200, 240)] == "pass"
    assert ratios(tmp_path, text.format(a="190"))[(190, 240)] == "fail"


def test_a_later_received_figure_still_opens_another_set(tmp_path) -> None:
    # a figure named by the base's words after the numerator, no outcome of its set: the rate is left open
    text = "收到行政复议申请240件,受理200件;收到行政诉讼应诉通知60件,受理率83.3%。"
    assert (200, 240) not in ratios(tmp_path, text)


# -- averages: 平均每所/每校 over the count whose noun ends with it; 笔均, 场均


def averages(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["numerator"], c.operands["denominator"]): c.status
            for c in audit_text(tmp_path, text) if c.rule == "ratio.average"}


def test_average_per_one_character_noun_of_the_count(tmp_path) -> None:
    text = "全县12个乡镇司法所共有工作人员{t}人,平均每所2.5人。"
    assert averages(tmp_path, text.format(t="30"))[(30, 12)] == "pass"
    assert averages(tmp_path, text.format(t="36"))[(36, 12)] == "fail"


def test_average_per_school_over_the_schools(tmp_path) -> None:
    text = "全区86所学校均配备法治副校长,共{t}名,平均每校1.20名。"
    assert averages(tmp_path, text.format(t="103"))[(103, 86)] == "pass"
    assert averages(tmp_path, text.format(t="113"))[(113, 86)] == "fail"


def test_average_per_institution_with_no_such_count_is_left_alone(tmp_path) -> None:
    # the count's noun (乡镇) does not hold 所: the institutions are not counted
    text = "全县12个乡镇共有工作人员30人,平均每所2.5人。"
    assert not averages(tmp_path, text)


def test_average_per_loan_and_per_event(tmp_path) -> None:
    assert averages(tmp_path, "发放创业担保贷款820笔、1.64亿元,笔均20.0万元。")[(16400, 820)] == "pass"
    assert averages(tmp_path, "发放创业担保贷款820笔、1.64亿元,笔均24.0万元。")[(16400, 820)] == "fail"
    assert averages(tmp_path, "开展送戏下乡演出120场,观众3.6万人次,场均300人次。")[(36000, 120)] == "pass"


def test_a_half_years_acceptance_rate_is_not_over_the_years_figures(tmp_path) -> None:
    # the rates are of each half year, whose figures the text does not print
    text = ("收到行政复议申请500件,受理400件,不予受理60件,告知向其他机关申请40件。"
            "受理率由上半年的72.0%升至下半年的88.0%。")
    assert (400, 500) not in ratios(tmp_path, text)


# -- shares of outcomes named again: the base named by 审结, not the cases not yet closed


def test_named_shares_over_the_closed_not_the_still_open(tmp_path) -> None:
    text = ("已审结300件,尚未审结40件。\n审结的案件中,维持200件,驳回{r}件,撤销30件,终止40件。纠错30件,纠错率10.0%。"
            "驳回、终止分别占审结案件的10.0%、13.3%。")
    got = {(c.operands["numerator"], c.operands["denominator"]): c.status
           for c in audit_text(tmp_path, text.format(r="30")) if c.kind == "ratio"}
    assert got[(30, 300)] == "pass" and got[(40, 300)] == "pass"
    bad = {(c.operands["numerator"], c.operands["denominator"]): c.status
           for c in audit_text(tmp_path, text.format(r="36")) if c.kind == "ratio"}
    assert bad[(36, 300)] == "fail"


# -- a rate alone on its line (a wrapped report) is of the line before


def test_rate_alone_on_its_line_reads_the_line_before(tmp_path) -> None:
    text = "全年共收到行政复议申请250件。经审查,依法受理{a}件,不予受理20件,告知向其他机关申请10件。\n受理率88.0%。\n"
    assert ratios(tmp_path, text.format(a="220"))[(220, 250)] == "pass"
    assert ratios(tmp_path, text.format(a="200"))[(200, 250)] == "fail"


def test_rate_line_after_a_heading_reads_nothing(tmp_path) -> None:
    # the line before holds no figure: nothing to read the rate over
    text = "全年共收到行政复议申请250件,依法受理220件。\n二、办理情况\n受理率88.0%。\n"
    assert (220, 250) not in ratios(tmp_path, text)


# -- a figure closing its line with a colon: the item lines below are its breakdown


def test_item_lines_after_a_figure_and_its_colon(tmp_path) -> None:
    text = ("全年出动执法人员3,120人次,检查各类经营场所{t}家次:\n1.网吧420家次;\n2.歌舞娱乐场所310家次;\n"
            "3.出版物经营单位250家次。\n")
    assert sums(tmp_path, text.format(t="980"))[(980, 420, 310, 250)] == "pass"
    assert sums(tmp_path, text.format(t="1,080"))[(1080, 420, 310, 250)] == "fail"


def test_unmarked_item_lines_closed_by_semicolons(tmp_path) -> None:
    text = "全区全年办理行政处罚案件{t}件:\n区市场监管局420件;\n区城管执法局310件;\n区交通运输局250件。\n"
    assert sums(tmp_path, text.format(t="980"))[(980, 420, 310, 250)] == "pass"
    assert sums(tmp_path, text.format(t="1,080"))[(1080, 420, 310, 250)] == "fail"


def test_lines_of_later_stages_after_a_colon_are_no_breakdown(tmp_path) -> None:
    text = "全区共受理投诉1,200件:\n1.已办结1,150件;\n2.按期办结1,100件;\n3.群众满意1,000件。\n"
    assert not [k for k in sums(tmp_path, text) if k[0] == 1200]


def test_a_change_naming_another_year_is_none_of_the_listed_years(tmp_path) -> None:
    text = "2022年、2023年全市受理信访事项分别为1,020件和1,150件,2021年下降3.2%。"
    assert not [c for c in audit_text(tmp_path, text) if c.kind == "change" and c.operands["current"] == 1150]


def test_a_bar_alone_on_its_line_is_no_rate_of_the_line_before(tmp_path) -> None:
    text = "各乡镇:开庭31件,负责人出庭27件,出庭率87.1%。\n对出庭率低于80%的单位,将予以约谈。\n"
    assert not [c for c in audit_text(tmp_path, text) if c.kind == "ratio" and c.status == "fail"]


# -- members of a counted set whose name holds an aside (set_members)


def bounds_of(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["smaller"], c.operands["larger"]): c.status for c in audit_text(tmp_path, text) if c.kind == "bound"}


def test_members_of_a_set_named_with_an_aside_inside(tmp_path) -> None:
    text = "全县18个乡镇(街道)医保服务站中,已有{m}个完成标准化建设。"
    assert bounds_of(tmp_path, text.format(m="16"))[(16, 18)] == "pass"
    assert bounds_of(tmp_path, text.format(m="19"))[(19, 18)] == "fail"


def test_one_character_noun_named_again_with_its_aside(tmp_path) -> None:
    text = "全镇12个村(社区)中,已创建县级民主法治示范村(社区){m}个。"
    assert bounds_of(tmp_path, text.format(m="9"))[(9, 12)] == "pass"
    assert not [k for k in bounds_of(tmp_path, "全镇12个村(社区)中,已建成文化广场9个。") if k == (9, 12)]
