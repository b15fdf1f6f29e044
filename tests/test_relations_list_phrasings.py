"""Breakdowns, equalities and distributive lists in phrasings the engine was not tuned on (issue 15,
patterns F, H and B): totals closing several measures at once, grades that stop short of the failing
grade, periods that partition a year, headings over item lines, lists of previous levels after 分别.

Every sentence is written for the project: passing, failing (a planted error) and consistent
variants, and traps that must not be summed."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str, kind: str | None = None) -> list[tuple[str, str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(text + "\n", encoding="utf-8")
    return [(c.status, c.rule, c.operands) for c in toolkit.audit(p).checks if kind is None or c.kind == kind]


def sums(tmp_path, text: str) -> dict[tuple, str]:
    """{(total, parts...): status} of the text's sums."""
    return {(o["total"], *o["parts"]): st for st, _, o in checks(tmp_path, text, "sum")}


# -- grades that stop before the failing grade -------------------------------------------------

@pytest.mark.parametrize("text", [
    "评查行政处罚案卷240卷,其中优秀86卷、良好102卷、合格47卷。",
    "年内评查执法案卷180份,其中评为优秀的52份,良好的77份,合格的44份。",
])
def test_grades_without_the_failing_grade_are_bounds_not_a_sum(tmp_path, text) -> None:
    # the files graded 不合格 are not mentioned: the shortfall is what the text leaves unsaid
    found = checks(tmp_path, text)
    assert not [c for c in found if c[1].startswith("sum")]
    assert {c[1] for c in found} == {"bound.part"} and all(c[0] == "pass" for c in found)


def test_grades_that_reach_the_failing_grade_add_up(tmp_path) -> None:
    assert sums(tmp_path, "评查行政处罚案卷240卷,其中优秀86卷、良好102卷、合格47卷、不合格5卷。") == {
        (240, 86, 102, 47, 5): "pass"}
    assert sums(tmp_path, "评查行政处罚案卷240卷,其中优秀86卷、良好102卷、合格47卷、不合格7卷。") == {
        (240, 86, 102, 47, 7): "fail"}


def test_grades_that_overshoot_their_total_still_fail(tmp_path) -> None:
    # more graded files than were reviewed is an error whichever grades are left out
    assert sums(tmp_path, "评查行政处罚案卷240卷,其中优秀86卷、良好122卷、合格47卷。") == {(240, 86, 122, 47): "fail"}


# -- a total after its parts, over a count of items, several measures at once ---------------------

_STREETS = ("东城街道检查企业120家、发现隐患341处;西城街道检查企业95家、发现隐患266处;"
            "南城街道检查企业88家、发现隐患{c}处。{head}共计检查企业303家、发现隐患804处。")


@pytest.mark.parametrize("head", ["", "三个街道", "以上"])
def test_a_closing_total_of_several_measures_gives_one_sum_each(tmp_path, head) -> None:
    assert sums(tmp_path, _STREETS.format(c=197, head=head)) == {
        (303, 120, 95, 88): "pass", (804, 341, 266, 197): "pass"}


def test_a_wrong_item_fails_its_own_measure_only(tmp_path) -> None:
    assert sums(tmp_path, _STREETS.format(c=179, head="三个街道")) == {
        (303, 120, 95, 88): "pass", (804, 341, 266, 179): "fail"}


def test_a_count_of_items_that_is_not_the_lists_length_gives_no_sum(tmp_path) -> None:
    # four streets listed, "三个街道" totals some other three: no reading picks them
    text = ("甲街道办理案件40件,乙街道办理案件35件,丙街道办理案件25件,丁街道办理案件30件,"
            "三个街道合计办理案件100件。")
    assert sums(tmp_path, text) == {}


def test_a_one_measure_closing_over_a_count_of_items(tmp_path) -> None:
    text = "城关镇调解纠纷126件,河口镇调解纠纷98件,青石乡调解纠纷57件,三个乡镇共计调解纠纷281件。"
    assert sums(tmp_path, text) == {(281, 126, 98, 57): "pass"}
    assert sums(tmp_path, text.replace("281件", "271件")) == {(271, 126, 98, 57): "fail"}


# -- periods that partition a year: quarters, halves ---------------------------------------------

_QUARTERS = "全年窗口共办理不动产登记业务26480件。第一季度办理5124件。第二季度办理6873件。第三季度办理{q3}件。第四季度办理7019件。"


def test_the_quarters_of_a_year_add_up_to_the_year(tmp_path) -> None:
    assert sums(tmp_path, _QUARTERS.format(q3=7464)) == {(26480, 5124, 6873, 7464, 7019): "pass"}
    assert sums(tmp_path, _QUARTERS.format(q3=7644)) == {(26480, 5124, 6873, 7644, 7019): "fail"}


def test_quarters_in_one_sentence_naming_the_measure_once(tmp_path) -> None:
    text = "2025年共接待来访群众3150人次,一季度接待702人次,二季度815人次,三季度861人次,四季度772人次。"
    assert sums(tmp_path, text) == {(3150, 702, 815, 861, 772): "pass"}


def test_quarter_lines_with_two_measures_give_a_sum_each(tmp_path) -> None:
    text = ("全年全县共发生道路交通事故96起,造成直接经济损失215.6万元。\n"
            "第一季度:事故21起,直接经济损失48.2万元;\n第二季度:事故25起,直接经济损失51.9万元;\n"
            "第三季度:事故27起,直接经济损失63.0万元;\n第四季度:事故23起,直接经济损失52.5万元。\n")
    assert sums(tmp_path, text) == {(96, 21, 25, 27, 23): "pass", (215.6, 48.2, 51.9, 63.0, 52.5): "pass"}


def test_the_halves_of_a_year_and_the_quarters_of_a_half(tmp_path) -> None:
    assert sums(tmp_path, "全年共审批建设项目环评文件318件。上半年审批141件。下半年审批177件。") == {
        (318, 141, 177): "pass"}
    assert sums(tmp_path, "上半年全局共立案查处违法案件73件。一季度立案31件,二季度立案42件。") == {
        (73, 31, 42): "pass"}


@pytest.mark.parametrize("text", [
    # three quarters of four: the year is not covered
    "全年窗口共办理业务26480件。第一季度办理5124件,第二季度办理6873件,第三季度办理7464件。",
    # the quarters of last year
    "全年窗口共办理业务26480件。上年第一季度办理5124件,第二季度办理6873件,第三季度办理7464件,第四季度办理7019件。",
    # a cumulative figure in place of a quarter
    "全年受理申请400件。一季度受理90件,截至二季度末累计受理200件,三季度受理100件,四季度受理110件。",
    # the quarters name no measure and the year states two figures of their unit
    "全年受理申请400件,办结380件。一季度90件,二季度110件,三季度100件,四季度100件。",
])
def test_no_period_sum_unless_the_partition_is_whole_and_its_whole_is_one(tmp_path, text) -> None:
    assert not [k for k in sums(tmp_path, text) if len(k) >= 3 and k[0] in (26480, 400)]


# -- a heading over item lines: a colon, bullets, numbers; a heading naming the kinds ------------

_CHANNELS = "全年共接收群众来信来访2316件次。\n{head}\n{m}来信:684件次\n{m}来访:903件次\n{m}网上信访:{web}件次\n"


@pytest.mark.parametrize(("head", "mark"), [("各渠道受理情况:", "- "), ("(二)各渠道分布", ""), ("分渠道情况", "● ")])
def test_a_heading_naming_the_kinds_over_lines_that_add_up(tmp_path, head, mark) -> None:
    assert sums(tmp_path, _CHANNELS.format(head=head, m=mark, web=729)) == {(2316, 684, 903, 729): "pass"}


def test_a_heading_over_numbered_lines_naming_the_measure(tmp_path) -> None:
    text = "本年度共收到行政许可申请152件。\n申请方式:\n1.窗口申请23件;\n2.邮寄申请41件;\n3.网上申请{n}件。\n"
    assert sums(tmp_path, text.format(n=88)) == {(152, 23, 41, 88): "pass"}
    assert sums(tmp_path, text.format(n=86)) == {(152, 23, 41, 86): "fail"}


def test_a_heading_naming_only_kinds_is_read_only_when_the_lines_add_up(tmp_path) -> None:
    # nothing names the 2316 but the figures: lines that miss it are no reading of it
    assert sums(tmp_path, _CHANNELS.format(head="(二)各渠道分布", m="", web=792)) == {}


# -- a list right after its whole, with no opener: the figures or the shares say it is whole ---------

_KINDS = "全年共受理群众诉求1800件,咨询类{a}件、投诉类720件、求助类{c}件{tail}。"


def test_a_list_after_its_whole_that_adds_up(tmp_path) -> None:
    assert sums(tmp_path, _KINDS.format(a=810, c=270, tail="")) == {(1800, 810, 720, 270): "pass"}


def test_a_list_after_its_whole_whose_shares_make_100_percent_can_fail(tmp_path) -> None:
    text = _KINDS.format(a=810, c=207, tail=",分别占45%、40%、15%")
    assert sums(tmp_path, text) == {(1800, 810, 720, 207): "fail"}
    text = _KINDS.format(a=810, c=270, tail=",占比分别为45%40%15%")
    assert sums(tmp_path, text) == {(1800, 810, 720, 270): "pass"}


@pytest.mark.parametrize("text", [
    _KINDS.format(a=810, c=207, tail=""),                       # short, and nothing says it is whole
    _KINDS.format(a=610, c=270, tail=",分别占33.9%、40%、15%"),  # shares of 88.9%: highlights only
])
def test_no_sum_for_a_list_after_a_figure_that_nothing_calls_whole(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {}


# -- previous levels listed after 分别/均 ----------------------------------------------------------

@pytest.mark.parametrize(("p2", "status"), [("7.2%", "pass"), ("9.2%", "fail")])
def test_previous_levels_after_the_percents_map_position_by_position(tmp_path, p2, status) -> None:
    text = f"全年受理行政复议申请580件、审结552件,同比分别增长8.0%、{p2},上年分别为537件、515件。"
    got = {o["current"]: (st, o.get("previous")) for st, _, o in checks(tmp_path, text, "change")}
    assert got == {580: ("pass", 537), 552: (status, 515)}


def test_one_percent_for_both_with_their_previous_levels_after(tmp_path) -> None:
    text = "全年办理人大代表建议120件、政协提案150件,同比均增长20%,上年分别为100件、120件。"
    got = {o["current"]: (st, o.get("previous")) for st, _, o in checks(tmp_path, text, "change")}
    assert got == {120: ("pass", 100), 150: ("fail", 120)}


# -- classifications in other words; a whole after its parts; 具体为 ------------------------------

@pytest.mark.parametrize("opener", ["以投诉渠道划分,", "就投诉渠道而言,", "分渠道统计,", "从渠道分析,", "按渠道归类,",
                                    "依投诉来源分为:", "按照来源进行分类,"])
def test_a_classification_in_other_words_opens_a_list(tmp_path, opener) -> None:
    text = f"全年共受理消费投诉2960件。{opener}热线转办1530件,网络平台1105件,来信来访{{c}}件。"
    assert sums(tmp_path, text.format(c=325)) == {(2960, 1530, 1105, 325): "pass"}
    assert sums(tmp_path, text.format(c=352)) == {(2960, 1530, 1105, 352): "fail"}


def test_a_specific_list_after_ju_ti_wei(tmp_path) -> None:
    assert sums(tmp_path, "全年受理消费投诉2960件,具体为:热线转办1530件,网络平台1105件,来信来访325件。") == {
        (2960, 1530, 1105, 325): "pass"}


@pytest.mark.parametrize("text", [
    "东片区调处纠纷412件,西片区调处纠纷286件,北片区调处纠纷{c}件。全县共调处纠纷853件。",
    "东片区调处纠纷412件,西片区调处纠纷286件,北片区调处纠纷{c}件,全县调处纠纷853件。",
])
def test_a_whole_named_by_its_scope_after_its_parts_only_when_they_add_up(tmp_path, text) -> None:
    assert sums(tmp_path, text.format(c=155)) == {(853, 412, 286, 155): "pass"}
    # "全县共调处…" may as well open a list of its own: a list that misses it is no reading of it
    assert sums(tmp_path, text.format(c=165)) == {}


def test_quarters_under_a_view_by_quarter_are_a_partition_of_the_year(tmp_path) -> None:
    # "分季度看" is a view over time, but four quarters of levels still make up the year
    text = "全年共发生生产安全事故{y}起。分季度看,一季度发生事故20起,二季度发生事故19起,三季度发生事故18起,四季度发生事故21起。"
    assert sums(tmp_path, text.format(y=78)) == {(78, 20, 19, 18, 21): "pass"}
    assert sums(tmp_path, text.format(y=77)) == {(77, 20, 19, 18, 21): "fail"}


def test_a_list_of_kinds_short_of_its_whole_by_no_misprint_is_left_open(tmp_path) -> None:
    # 25 short: another channel the report does not list may hold them
    text = "全年共受理消费投诉2960件。按渠道分,热线转办1530件,网络平台1105件,来信来访300件。"
    assert [st for st, rule, _ in checks(tmp_path, text, "sum")] == ["unverifiable"]


def test_a_list_of_kinds_with_a_rival_whole_before_is_not_read(tmp_path) -> None:
    # of the 2960 received or of the 2890 accepted? nothing says
    text = "全年共收到消费投诉2960件,其中受理2890件。按渠道分,热线转办1530件,网络平台1105件,来信来访352件。"
    assert not [c for c in checks(tmp_path, text) if c[0] == "fail"]


# -- names mapped by 分别 onto figures, with shares that make 100% -----------------------------------

def test_a_named_list_whose_shares_make_100_percent_is_the_whole_before(tmp_path) -> None:
    text = "全年共收到政府信息公开申请640件。自然人、法人或其他组织分别申请{a}件、96件,分别占85%、15%。"
    assert sums(tmp_path, text.format(a=544)) == {(640, 544, 96): "pass"}
    assert sums(tmp_path, text.format(a=554)) == {(640, 554, 96): "fail"}


@pytest.mark.parametrize("text", [
    # shares of 90%: a third kind of applicant is left out
    "全年共收到政府信息公开申请640件。自然人、法人分别申请480件、96件,分别占75%、15%。",
    # two figures before as large as the parts, neither of which they add up to: received or answered?
    "全年共收到政府信息公开申请640件,答复620件。自然人、法人或其他组织分别申请534件、96件,分别占85%、15%。",
])
def test_no_sum_for_a_named_list_that_is_not_shown_whole_of_one_figure(tmp_path, text) -> None:
    assert not [k for k in sums(tmp_path, text) if k[0] in (640, 620)]


def test_a_named_list_adding_up_exactly_to_one_of_two_figures_is_its_whole(tmp_path) -> None:
    # The figures decide: 544 + 96 is the 640 received, not the 620 answered -- a sum that holds.
    text = "全年共收到政府信息公开申请640件,答复620件。自然人、法人或其他组织分别申请544件、96件,分别占85%、15%。"
    assert sums(tmp_path, text) == {(640, 544, 96): "pass"}


# -- a heading naming a classification inline; a count of items spelled before the total ------------

_SECTIONS = ("二、仲裁办案情况\n(一)办案数量。全年共审结劳动人事争议案件3,618件,结案率96.2%。\n"
             "(二)争议类型。劳动报酬争议1,742件,解除劳动合同争议{b}件,社会保险争议585件,其他争议366件。\n")


def test_an_inline_heading_naming_a_classification_opens_its_list(tmp_path) -> None:
    assert sums(tmp_path, _SECTIONS.format(b="925")) == {(3618, 1742, 925, 585, 366): "pass"}


def test_an_inline_heading_list_that_misses_the_whole_before_the_heading_is_not_read(tmp_path) -> None:
    # across a heading only the figures tie the list to the whole: exactly, or but for one slip of
    # one figure (952 for 925, misprints.within_one_slip), which then fails
    assert sums(tmp_path, _SECTIONS.format(b="990")) == {}
    assert sums(tmp_path, _SECTIONS.format(b="952")) == {(3618, 1742, 952, 585, 366): "fail"}


@pytest.mark.parametrize("head", ["三区合计", "以上三区共计", "三个城区合计"])
def test_a_count_of_items_spelled_before_the_total(tmp_path, head) -> None:
    text = f"从区域看,东湖区受理12,306件、西湖区受理10,854件、南湖区受理9,702件,{head}32,862件。"
    assert sums(tmp_path, text) == {(32862, 12306, 10854, 9702): "pass"}
    assert sums(tmp_path, text.replace("9,702", "9,720")) == {(32862, 12306, 10854, 9720): "fail"}
    # two districts listed, three counted: another list
    assert sums(tmp_path, text.replace("、南湖区受理9,702件", "")) == {}


# -- 均/分别 over a list counted by a small number: the count is no level --------------------------

@pytest.mark.parametrize("words", ["三项指标同比均下降20%", "上述三项同比均下降20%", "三项同比分别下降20%、20%、20%"])
def test_a_count_of_the_listed_measures_gets_no_change_of_its_own(tmp_path, words) -> None:
    text = f"全年共发生生产安全事故48起、死亡36人、受伤44人,{words}。"
    got = {o["current"]: st for st, _, o in checks(tmp_path, text, "change")}
    assert got == {48: "pass", 36: "pass", 44: "pass"}


def test_shares_listed_in_order_with_yi_ci(tmp_path) -> None:
    text = "全年共受理群众诉求1800件,咨询类810件、投诉类540件、求助类{c}件,占比依次为45%、30%、25%。"
    assert sums(tmp_path, text.format(c=450)) == {(1800, 810, 540, 450): "pass"}
    assert sums(tmp_path, text.format(c=405)) == {(1800, 810, 540, 405): "fail"}


# -- a full rate over a figure named by no stage: the base is the figure that opens the process -------

@pytest.mark.parametrize(("n", "status"), [(11, "pass"), (10, "fail")])
def test_a_full_rate_over_the_issued_documents_across_a_stage_between(tmp_path, n, status) -> None:
    text = f"全年共印发行政规范性文件11件,均已公开,公开11件,发布政策解读{n}件,解读率100%。"
    got = [(st, rule, o["values"]) for st, rule, o in checks(tmp_path, text, "equal") if rule != "equal.all_restated"]
    # (failing, the equality is the failing ratio's error again: said once, by the ratio)
    assert got == ([(status, "equal.full_rate", [11, n])] if status == "pass" else [])
    assert status in {st for st, _, _ in checks(tmp_path, text, "ratio")}
    # (均已公开,公开11件: the 'all' clause restated -- an equality of its own, all_repeated.py)
    assert ("pass", "equal.all_restated", [11, 11]) in [(st, rule, o["values"]) for st, rule, o in checks(tmp_path, text, "equal")]


def test_no_full_rate_when_a_figure_between_differs_from_the_opening_one(tmp_path) -> None:
    # 11 issued, 10 published: is 解读率 over the issued or the published? nothing says
    text = "全年共印发行政规范性文件11件,公开10件,发布政策解读10件,解读率100%。"
    assert not [c for c in checks(tmp_path, text) if c[1] in ("equal.full_rate", "ratio.full")]


# -- parts in sentences or lines of their own --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "全年共调处矛盾纠纷2140件。东片区调处纠纷1126件。西片区调处纠纷702件。北片区调处纠纷312件。",
    "全年共调处矛盾纠纷2140件。\n一是婚姻家庭纠纷1126件。\n二是邻里纠纷702件。\n三是合同纠纷312件。\n",
])
def test_parts_in_sentences_of_their_own_that_add_up(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {(2140, 1126, 702, 312): "pass"}


@pytest.mark.parametrize("text", [
    # they miss the whole: nothing but the figures could say they are its parts
    "全年共调处矛盾纠纷2140件。东片区调处纠纷1126件。西片区调处纠纷702件。北片区调处纠纷321件。",
    # named unlike one another: three statements, not a list
    "全年共调处矛盾纠纷2140件。调解成功1126件。涉及金额702件。回访群众312件。",
])
def test_no_sum_for_sentences_after_a_whole_unless_alike_and_adding_up(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {}


def test_an_opener_over_lines_that_are_sentences_of_their_own(tmp_path) -> None:
    text = ("全年共受理投诉3480件。\n从区域看:\n城区受理投诉1865件,同比增长5.2%。\n"
            "郊区受理投诉1240件,同比增长3.1%。\n农村受理投诉{c}件,同比下降2.1%。\n")
    assert sums(tmp_path, text.format(c=375)) == {(3480, 1865, 1240, 375): "pass"}
    # past its first sentence only the figures carry the list: one that misses is not read on
    assert sums(tmp_path, text.format(c=357)) == {}


def test_parts_naming_their_measure_in_other_words_than_the_whole(tmp_path) -> None:
    # 增加值 of each industry under 地区生产总值: only the figures tie them
    text = ("全年全县实现地区生产总值142.6亿元,比上年增长5.3%。分产业看,第一产业增加值21.4亿元,增长3.6%;"
            "第二产业增加值{b}亿元,增长5.9%;第三产业增加值68.7亿元,增长5.4%。")
    assert sums(tmp_path, text.format(b="52.5")) == {(142.6, 21.4, 52.5, 68.7): "pass"}
    assert sums(tmp_path, text.format(b="55.2")) == {}


def test_fen_bie_over_figures_in_parallel_clauses_split_by_semicolons(tmp_path) -> None:
    text = "全年受理消费投诉1440件;受理举报{r}件;同比分别增长20.0%、25.0%。"
    got = {o["current"]: st for st, _, o in checks(tmp_path, text.format(r=300), "change")}
    assert got == {1440: "pass", 300: "pass"}
    # 302 件 after a rise of 25.0%: no whole previous level (241.6)
    got = {o["current"]: st for st, _, o in checks(tmp_path, text.format(r=302), "change")}
    assert got == {1440: "pass", 302: "fail"}


def test_satisfaction_levels_without_the_dissatisfied_are_bounds(tmp_path) -> None:
    text = "全年回访办件群众860人,其中非常满意512人、满意246人、基本满意95人{rest}。"
    assert {rule for _, rule, _ in checks(tmp_path, text.format(rest=""))} == {"bound.part"}
    assert sums(tmp_path, text.format(rest="、不满意7人")) == {(860, 512, 246, 95, 7): "pass"}
    assert sums(tmp_path, text.format(rest="、不满意9人")) == {(860, 512, 246, 95, 9): "fail"}


_CLAUSES = "全年共发生生产安全事故77起、死亡56人、受伤31人{sep}道路运输事故58起、死亡41人、受伤{h}人;工矿商贸事故19起、死亡15人、受伤9人。"


@pytest.mark.parametrize("sep", [";", ":"])
def test_items_after_the_wholes_clause_in_one_sentence_give_one_sum_per_measure(tmp_path, sep) -> None:
    assert sums(tmp_path, _CLAUSES.format(sep=sep, h=22)) == {
        (77, 58, 19): "pass", (56, 41, 15): "pass", (31, 22, 9): "pass"}
    # two measures confirm the reading: the third fails
    assert sums(tmp_path, _CLAUSES.format(sep=sep, h=21)) == {
        (77, 58, 19): "pass", (56, 41, 15): "pass", (31, 21, 9): "fail"}


# -- one whole stated twice in different paragraphs --------------------------------------------------

_TWICE = "一、总体情况\n2025年,全市各级行政复议机关共收到行政复议申请1,356件。\n二、受理情况\n{second}\n"


def test_a_whole_restated_in_another_paragraph_must_agree(tmp_path) -> None:
    ok = checks(tmp_path, _TWICE.format(second="全年收到行政复议申请1,356件,依法受理1,208件。"), "equal")
    assert [(st, o["values"]) for st, _, o in ok] == [("pass", [1356, 1356])]
    bad = checks(tmp_path, _TWICE.format(second="全年收到行政复议申请1,365件,依法受理1,208件。"), "equal")
    assert [(st, o["values"]) for st, _, o in bad] == [("fail", [1356, 1365])]


@pytest.mark.parametrize("second", [
    "市本级共收到行政复议申请365件,依法受理331件。",               # one level of the whole
    "全年共收到行政复议申请1,365件(含上年结转9件),依法受理1,208件。",  # qualified in brackets
    "上年全市共收到行政复议申请1,290件。",                           # another year
])
def test_no_restatement_between_a_whole_and_a_narrower_figure(tmp_path, second) -> None:
    assert not [c for c in checks(tmp_path, _TWICE.format(second=second)) if c[0] == "fail"]


def test_two_wholes_with_no_heading_between_are_not_one_figure(tmp_path) -> None:
    # lines of their own, no section between: two statements, not a summary and its section
    text = "全年收到行政复议申请87件,受理79件。\n全年收到行政复议申请45件、诉讼12件。\n"
    assert not [c for c in checks(tmp_path, text) if c[0] == "fail"]


@pytest.mark.parametrize("names", ["行政处罚、行政强制、信息公开类案件分别为", "行政处罚、行政强制、信息公开三类案件分别为",
                                   "行政处罚、行政强制、信息公开三类申请分别为"])
def test_names_mapped_onto_figures_after_the_whole(tmp_path, names) -> None:
    text = f"全年共受理行政复议申请312件。{names}156件、62件、{{c}}件。"
    assert sums(tmp_path, text.format(c=94)) == {(312, 156, 62, 94): "pass"}
    # counted (三类) and counting what the whole counts (申请), the names are the whole: a wrong figure
    # fails; uncounted, or counting another noun (案件), only figures that add up tie them
    expected = {(312, 156, 62, 49): "fail"} if "三类申请" in names else {}
    assert sums(tmp_path, text.format(c=49)) == expected


def test_a_whole_of_several_measures_after_its_parts(tmp_path) -> None:
    text = "城区发生事故20起、死亡8人,郊区发生事故15起、死亡9人,全年共发生事故35起、死亡{n}人。"
    assert sums(tmp_path, text.format(n=17)) == {(35, 20, 15): "pass", (17, 8, 9): "pass"}
    # named by its scope only (全年共): the figures must add up
    assert sums(tmp_path, text.format(n=18)) == {(35, 20, 15): "pass"}


@pytest.mark.parametrize("total", ["总计:4130.2万元", "合计 4130.2万元"])
def test_a_total_line_closes_the_item_lines_above_it(tmp_path, total) -> None:
    text = f"(三)罚没款情况\n市本级:罚没款1256.3万元;\n县(市、区):罚没款{{c}}万元;\n{total}\n"
    assert sums(tmp_path, text.format(c="2873.9")) == {(4130.2, 1256.3, 2873.9): "pass"}
    assert sums(tmp_path, text.format(c="2837.9")) == {(4130.2, 1256.3, 2837.9): "fail"}


# -- the rest of a list is one item; a heading 分…情况; a whole the figures confirm ---------------------

def test_the_rest_counted_and_totalled_is_one_item_not_a_total(tmp_path) -> None:
    text = "全年共发生事故143起。从发生地看,江北区31起,城东区26起,临川县24起,枫林县22起,石门县19起,其余4个区县合计21起。"
    assert sums(tmp_path, text) == {(143, 31, 26, 24, 22, 19, 21): "pass"}
    assert not [c for c in checks(tmp_path, "从发生地看,江北区31起,城东区26起,其余四县合计21起。") if c[0] == "fail"]


_SUMMARY = ("一、总体情况\n1-9月,全市共发生生产安全事故143起,死亡118人。\n二、事故特点\n(一)分行业领域情况\n"
            "- 道路运输:发生事故96起,死亡79人;\n- 建筑施工:发生事故17起,死亡14人;\n- 工矿商贸:发生事故{c}起,死亡19人;\n"
            "- 水上交通:发生事故5起,死亡{d}人;\n- 渔业船舶:发生事故3起,死亡3人。\n")


def test_a_list_under_a_sub_heading_adds_up_to_the_summary_above(tmp_path) -> None:
    assert sums(tmp_path, _SUMMARY.format(c=22, d=3)) == {(143, 96, 17, 22, 5, 3): "pass", (118, 79, 14, 19, 3, 3): "pass"}
    # a list that misses every whole above is no reading of any: only the confirmed measure stands
    assert sums(tmp_path, _SUMMARY.format(c=23, d=4)) == {}


def test_a_whole_that_is_a_part_of_an_earlier_list_when_the_figures_confirm_it(tmp_path) -> None:
    text = ("全年共收到仲裁申请5,318件。经审查,立案受理4,962件,不予受理356件。\n"
            "按争议类型分:劳动报酬争议2,476件,解除劳动合同争议1,318件,社会保险争议587件,工伤争议341件,其他争议240件。\n")
    assert sums(tmp_path, text)[(4962, 2476, 1318, 587, 341, 240)] == "pass"


@pytest.mark.parametrize(("m3", "status"), [("154,808", "pass"), ("145,808", "fail")])
def test_the_months_of_a_quarter_add_up_to_it(tmp_path, m3, status) -> None:
    text = f"一季度累计受理群众来电412,673件,同比增长5.3%。1月136,518件,2月121,347件,3月{m3}件。"
    assert sums(tmp_path, text) == {(412673, 136518, 121347, int(m3.replace(",", ""))): status}


def test_days_of_months_are_no_months(tmp_path) -> None:
    text = "一季度累计受理群众来电412,673件。1月5日受理1,200件,2月8日受理3,400件,3月1日受理2,100件。"
    assert sums(tmp_path, text) == {}


@pytest.mark.parametrize("sep", [",", "。与上年相比,"])
@pytest.mark.parametrize(("p2", "status"), [("11.1%", "pass"), ("12.1%", "fail")])
def test_deltas_that_name_their_measures_carry_the_percents_after_them(tmp_path, sep, p2, status) -> None:
    text = (f"全年共发生生产安全事故212起、死亡104人、受伤131人{sep}事故起数和死亡人数同比分别减少24起、13人,"
            f"分别下降10.2%、{p2}。")
    got = {o["current"]: (st, o.get("previous")) for st, _, o in checks(tmp_path, text, "change")}
    assert got == {212: ("pass", 236), 104: (status, 117)}


_INSTITUTIONS = ("全区医疗卫生机构总数1,426个,比上年增加18个。医院52个,其中公立医院21个、民营医院31个。"
                 "基层医疗卫生机构1,311个。专业公共卫生机构49个。{last}医疗卫生机构{n}个。")


def test_sentences_after_the_whole_closed_by_the_rest(tmp_path) -> None:
    assert sums(tmp_path, _INSTITUTIONS.format(last="其他", n=14))[(1426, 52, 1311, 49, 14)] == "pass"
    assert sums(tmp_path, _INSTITUTIONS.format(last="其他", n=41))[(1426, 52, 1311, 49, 41)] == "fail"
    # not closed by the rest and not adding up: no reading
    assert (1426, 52, 1311, 49, 41) not in sums(tmp_path, _INSTITUTIONS.format(last="民营", n=41))
