"""Breakdowns without 其中 and parts that are not parts (issue 15, session 14, patterns F and D).

A set named by "X中," far from its whole or at the head of a ";" clause; a stage named with its noun
("审结案件中,") naming the figure named by the stage alone.

Every text is written for the project: passing, failing (a planted error) and consistent variants,
and traps that must not produce a failing sum."""

from __future__ import annotations

import pytest

import toolkit
from tests.test_relations_list_phrasings import checks, sums


def _bounds(tmp_path, text: str) -> dict[tuple, str]:
    """{(smaller, larger): status} of the text's bounds."""
    return {(o["smaller"], o["larger"]): st for st, _, o in checks(tmp_path, text, "bound")}


# -- a set named by "X中," at the head of a ";" clause -------------------------------------------

@pytest.mark.parametrize("old, status", [("260", "pass"), ("206", "fail")])
def test_a_clause_opened_by_a_set_name_breaks_down_the_figure_so_named(tmp_path, old, status) -> None:
    # 3,480 + 260 = 3,740: new intake and carried-in work make up all the cases on hand
    text = (f"全年共受理各类案件3,740件,同比增长2.6%,审结3,512件,结案率93.9%;受理案件中,"
            f"新收3,480件,旧存{old}件。")
    assert sums(tmp_path, text)[(3740, 3480, int(old))] == status


def test_two_clauses_each_opened_by_its_set_name(tmp_path) -> None:
    text = ("全年办理行政复议案件14件,行政诉讼案件9件。行政复议案件中,维持8件,撤销2件,终止4件;"
            "行政诉讼案件中,驳回原告诉讼请求6件,原告撤诉2件,尚未判决1件。")
    found = sums(tmp_path, text)
    assert found[(14, 8, 2, 4)] == "pass"
    assert found[(9, 6, 2, 1)] == "pass"


def test_a_clause_set_name_naming_no_figure_checks_nothing(tmp_path) -> None:
    # "调解案件" names none of the figures before: the clause's list is of no stated whole; the same
    # list under "受理案件中," is of the 3,740 received
    text = "全年共受理各类案件3,740件,审结3,512件;{name}中,新收3,480件,旧存260件。"
    assert not checks(tmp_path, text.format(name="调解案件"), "sum")
    assert sums(tmp_path, text.format(name="受理案件"))[(3740, 3480, 260)] == "pass"


# -- a set named paragraphs after its whole ------------------------------------------------------

def test_a_stage_and_its_noun_name_the_figure_of_the_bare_stage(tmp_path) -> None:
    # "审结案件中," names "审结1,264件" (the figure leaves the noun out); the outcomes add up to it
    text = ("一、基本情况\n全年应审理1,380件,审结1,264件,结案率91.6%。\n二、审理结果\n"
            "审结案件中,维持702件,驳回申请281件,撤销96件,确认违法35件,调解和解104件,终止46件。")
    assert sums(tmp_path, text)[(1264, 702, 281, 96, 35, 104, 46)] == "pass"


def test_named_outcomes_that_fall_short_are_bounded_not_summed(tmp_path) -> None:
    # the same outcomes, one of them mistyped short: a named set far back may leave kinds out
    text = ("一、基本情况\n全年应审理1,380件,审结1,264件,结案率91.6%。\n二、审理结果\n"
            "审结案件中,维持702件,驳回申请218件,撤销96件,确认违法35件,调解和解104件,终止46件。")
    assert not [c for c in checks(tmp_path, text, "sum") if c[2]["total"] == 1264]
    assert _bounds(tmp_path, text)[(702, 1264)] == "pass"


def test_money_named_again_adds_up_to_its_whole(tmp_path) -> None:
    text = ("全年立案查处各类违法案件312件,罚没款合计845.20万元。按案件类型分:食品类88件、药品类21件。"
            "罚没款中,没收违法所得120.40万元,罚款724.80万元。")
    assert sums(tmp_path, text)[(845.2, 120.4, 724.8)] == "pass"


def test_two_figures_named_by_the_bare_stage_leave_the_set_open(tmp_path) -> None:
    # 一审 and 二审 closings are both "审结…": which one "审结案件中" means is open, and a list adding up
    # to neither fails nothing; named by the bare stage once, the list adding up is its sum
    text = "{first}。\n二、审理结果\n审结案件中,维持702件,驳回申请281件,撤销96件,终止31件。"
    assert not [c for c in checks(tmp_path, text.format(first="一审审结1,120件,二审审结264件")) if c[0] == "fail"]
    assert sums(tmp_path, text.format(first="全年依法审结1,110件"))[(1110, 702, 281, 96, 31)] == "pass"


# -- a total closing its list under a name of its own ------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("全县小学在校生21.46万人、初中在校生9.82万人,义务教育阶段在校生共31.28万人。", (312800, 214600, 98200)),
    # another measure of an item between the parts ("…案件9件、罚款…") is passed over
    ("全年土地违法案件罚没款205.5万元,查处非法采矿案件9件、罚款46.4万元,土地矿产违法罚没款合计251.9万元。",
     (251.9, 205.5, 46.4)),
    ("全区一般公共预算收入42.58亿元,加上级补助收入11.35亿元、债务转贷收入6.38亿元,收入总计60.31亿元。",
     (60.31, 42.58, 11.35, 6.38)),
])
def test_a_named_total_after_its_list_is_its_sum_when_the_figures_add_up(tmp_path, text, key) -> None:
    assert sums(tmp_path, text)[key] == "pass"


@pytest.mark.parametrize("text", [
    # the name may hold kinds the sentence does not list (高中): a shortfall is no error
    "全县小学在校生21.46万人、初中在校生9.82万人,全县各类学校在校生共38.75万人。",
    "全县小学在校生21.46万人、初中在校生9.82万人,义务教育阶段在校生共31.82万人。",
])
def test_a_named_total_its_figures_do_not_reach_is_no_error(tmp_path, text) -> None:
    assert not [c for c in checks(tmp_path, text, "sum") if c[0] == "fail"]
    # (the same sentence adding up is summed: the figures decide)
    assert sums(tmp_path, text.replace("38.75", "31.28").replace("31.82", "31.28"))[(312800, 214600, 98200)] == "pass"


@pytest.mark.parametrize("total, status", [("26.05", "pass"), ("26.50", "fail")])
def test_a_total_after_items_with_bracketed_figures(tmp_path, total, status) -> None:
    text = (f"诉求量居前三位的是城乡建设(13.16万件)、市场监管(7.84万件)、交通运输(5.05万件),"
            f"合计{total}万件。")
    assert sums(tmp_path, text)[(float(total) * 10000, 131600, 78400, 50500)] == status


# -- the statuses of what was found -----------------------------------------------------------

@pytest.mark.parametrize("text, key, status", [
    ("2023年审计指出问题183个,已整改156个,正在整改27个。", (183, 156, 27), "pass"),
    # statuses exclude each other: adding up past the problems found is an error
    ("2023年审计指出问题183个,已整改156个,正在整改29个。", (183, 156, 29), "fail"),
    # the done part beside its complement is all of it
    ("全年排查安全隐患420处,已整改到位398处,尚未整改12处。", (420, 398, 12), "fail"),
    ("上年审计工作报告反映的4个方面96个问题,截至9月底,已完成整改81个,部分整改10个,正在整改5个,整改率84.4%。",
     (96, 81, 10, 5), "pass"),
])
def test_statuses_of_the_problems_found_add_up_to_them(tmp_path, text, key, status) -> None:
    assert sums(tmp_path, text)[key] == status


def test_done_and_in_progress_short_of_the_found_is_no_error(tmp_path) -> None:
    # some problems may not be taken up yet: a shortfall of 已整改 + 正在整改 fails nothing
    text = "2023年审计指出问题183个,已整改156个,正在整改20个。"
    assert not checks(tmp_path, text, "sum")
    assert sums(tmp_path, text.replace("20个", "27个"))[(183, 156, 27)] == "pass"


# -- a review's outcomes end at the ";" where they add up --------------------------------------

def test_a_review_list_that_adds_up_by_its_semicolon_ends_there(tmp_path) -> None:
    text = ("全年共受理审查逮捕各类犯罪嫌疑人1,950人,经审查批准逮捕1,310人,不批准逮捕640人,不捕率32.8%;"
            "受理审查起诉3,420人,提起公诉2,870人。")
    assert sums(tmp_path, text)[(1950, 1310, 640)] == "pass"


# -- points counted off after a figure and its colon ------------------------------------------

POINTS = ("审计发现预算管理方面问题资金{total}万元:一是部分单位预算编制不细化,年初未细化到具体项目的资金3,268万元;"
          "二是部分项目资金下达不及时,超过规定时限下达1,915万元;三是存量资金清理盘活不到位,结余两年以上未收回1,407万元。")


def test_points_counted_off_that_add_up_are_the_sum(tmp_path) -> None:
    assert sums(tmp_path, POINTS.format(total="6,590"))[(6590, 3268, 1915, 1407)] == "pass"


def test_points_short_of_their_figure_are_each_bounded_and_never_summed(tmp_path) -> None:
    text = POINTS.format(total="7,590")
    assert not checks(tmp_path, text, "sum")
    found = {k: v for k, v in _bounds(tmp_path, text).items() if k[1] == 7590}
    assert found == {(3268, 7590): "pass", (1915, 7590): "pass", (1407, 7590): "pass"}


def test_points_over_their_figure_check_nothing(tmp_path) -> None:
    # the points may state other money than the figure before the colon: no sum, no failing bound
    text = POINTS.format(total="5,590")
    assert not [c for c in checks(tmp_path, text) if c[0] == "fail"]
    assert sums(tmp_path, POINTS.format(total="6,590"))[(6590, 3268, 1915, 1407)] == "pass"


# -- parts that are not parts: one bound per part ---------------------------------------------

def test_a_single_qizhong_part_after_two_figures_of_its_unit_is_bounded_by_the_nearest(tmp_path) -> None:
    text = "全年稽查立案184户,结案171户,结案率92.93%,查补税款3.12亿元。其中,对涉嫌虚开发票等犯罪的9户依法移送公安机关。"
    assert _bounds(tmp_path, text)[(9, 171)] == "pass"


def test_qizhong_parts_named_like_two_different_figures_are_not_bounded_by_one(tmp_path) -> None:
    # 立案 and 破案 parts pair with the 立案 and 破案 figures: no bound of both under the nearest
    text = "全年立案侦办经济犯罪案件140起,破案131起,挽回经济损失1.1亿元;其中电信网络诈骗案件立案92起,破案85起。"
    assert (92, 131) not in _bounds(tmp_path, text)
    one = "全年共检查定点医药机构2,310家,查处违法违规机构804家,追回医保基金5,210.4万元。其中,暂停医保服务协议36家,解除医保服务协议9家。"
    assert _bounds(tmp_path, one)[(9, 804)] == "pass"


def test_a_classified_list_short_of_the_one_whole_before_is_bounded(tmp_path) -> None:
    text = ("全年受理行政复议案件1,640件。从被申请人看,以公安机关为被申请人的522件,以自然资源部门为被申请人的231件,"
            "以人力资源社会保障部门为被申请人的147件。")
    found = _bounds(tmp_path, text)
    assert found[(522, 1640)] == "pass" and found[(147, 1640)] == "pass"
    assert not checks(tmp_path, text, "sum")


# -- a set named without its generic noun; a class naming what it classifies -------------------

ACCIDENTS = ("从行业领域看:道路运输事故52起、死亡38人;工矿商贸事故17起、死亡13人;火灾事故4起、死亡3人。"
             "道路运输事故中,涉及货车的21起、涉及电动自行车的17起。工矿商贸领域中,建筑施工事故8起、死亡{a}人,"
             "工贸行业事故5起、死亡5人,其他行业4起、死亡2人。")


@pytest.mark.parametrize("a, status", [("6", "pass"), ("7", "fail")])
def test_a_set_named_without_its_noun_takes_each_measure_of_its_whole(tmp_path, a, status) -> None:
    # "工矿商贸领域中," names "工矿商贸事故17起、死亡13人": deaths 6 + 5 + 2 = 13 (其他行业 closes the list)
    assert sums(tmp_path, ACCIDENTS.format(a=a))[(13, int(a), 5, 2)] == status


CASES = ("全年受理各类案件486件,同比下降6.1%,审结455件,结案率93.6%;其中调解撤诉262件。"
         "从案件类型看,民间借贷纠纷118件,婚姻家庭纠纷142件,土地承包经营纠纷39件,其他纠纷{rest}件。")


def test_a_class_naming_what_it_classifies_names_the_whole(tmp_path) -> None:
    # "案件类型" classifies the 案件: the one figure so named (486), the list closed by 其他 -- also
    # when it does not add up (the figures alone confirmed it before)
    assert sums(tmp_path, CASES.format(rest="196"))[(486, 118, 142, 39, 196)] == "fail"
    assert sums(tmp_path, CASES.format(rest="187"))[(486, 118, 142, 39, 187)] == "pass"


def test_a_class_naming_two_figures_leaves_a_short_list_unchecked(tmp_path) -> None:
    # two figures named 案件 with different values: the whole is open, nothing fails
    text = ("全年受理民事案件486件,审结民事案件455件。从案件类型看,民间借贷纠纷118件,婚姻家庭纠纷142件,"
            "土地承包经营纠纷39件,其他纠纷96件。")
    assert not [c for c in checks(tmp_path, text) if c[0] == "fail"]
    assert sums(tmp_path, CASES.format(rest="196"))[(486, 118, 142, 39, 196)] == "fail"


# -- item lines under a line ending with a colon ------------------------------------------------

def _md_sums(tmp_path, text: str) -> dict[tuple, str]:
    """{(total, parts...): status} of a markdown report's sums (its lines kept as written)."""
    p = tmp_path / "r.md"
    p.write_text(text + "\n", encoding="utf-8")
    return {(c.operands["total"], *c.operands["parts"]): c.status for c in toolkit.audit(p).checks if c.kind == "sum"}


def test_the_first_figures_of_item_lines_add_up_to_the_whole_above(tmp_path) -> None:
    # each line states several measures of its stage; the first ones are the students
    text = ("全区在校生(含在园幼儿)10.52万人,比上年增加0.21万人。分学段情况如下:\n\n"
            "- 学前教育:在园幼儿1.86万人,专任教师1,204人\n- 小学:在校生4.73万人,招生0.81万人,毕业生0.76万人\n"
            "- 初中:在校生2.35万人\n- 普通高中:在校生1.02万人\n- 中等职业教育:在校生0.56万人\n\n## 二、教师队伍\n")
    assert _md_sums(tmp_path, text)[(105200, 18600, 47300, 23500, 10200, 5600)] == "pass"


def test_item_lines_that_do_not_add_up_assert_nothing(tmp_path) -> None:
    text = ("全年下达行政处罚决定书{n}份,罚款金额合计512.4万元。\n\n**按违法类型分:**\n\n- 大气污染类:31件,罚款204.6万元\n"
            "- 水污染类:22件,罚款160.3万元\n- 固体废物类:14件,罚款98.1万元\n- 噪声及其他:9件,罚款49.4万元\n\n## 三、其他\n")
    assert not [k for k in _md_sums(tmp_path, text.format(n="78")) if k[0] == 78]
    assert _md_sums(tmp_path, text.format(n="76"))[(76, 31, 22, 14, 9)] == "pass"


# -- outcomes right after their whole, confirmed by their figures -------------------------------

def test_a_review_whole_stated_before_it_in_its_sentence_is_confirmed_by_the_figures(tmp_path) -> None:
    text = ("2023年度卫片执法监督检查下发图斑{n}个,经实地核查,属于违法用地的图斑174个,涉及面积41.2公顷;"
            "合法用地图斑862个;其他情形96个。")
    assert sums(tmp_path, text.format(n="1,132"))[(1132, 174, 862, 96)] == "pass"
    assert not [c for c in checks(tmp_path, text.format(n="1,123")) if c[0] == "fail"]


def test_clauses_of_outcomes_after_their_whole_add_up_to_it(tmp_path) -> None:
    text = "开展规范性文件清理,共梳理文件{n}件,继续有效148件,修改17件,废止12件。"
    assert sums(tmp_path, text.format(n="177"))[(177, 148, 17, 12)] == "pass"
    # not adding up: no word says the clauses are all of it
    assert not checks(tmp_path, text.format(n="179"), "sum")
    # a previous level and a change after a whole are no parts of it
    assert not checks(tmp_path, "全年新收行政复议案件118件,上年同期78件,同比增加40件。", "sum") or \
        all(c[1] != "sum.breakdown" for c in checks(tmp_path, "全年新收行政复议案件118件,上年同期78件,同比增加40件。", "sum"))


def test_the_state_of_answers_opens_the_outcome_list_of_the_whole(tmp_path) -> None:
    # "答复情况为:" opens the outcomes as "办理结果为:" does; they add up to the 52 received (all answered)
    text = ("全年共受理政府信息公开申请52件,比上年减少9件,其中当面申请7件、网络申请33件、信函申请12件。"
            "申请已全部按期办结,答复情况为:同意公开24件,同意部分公开7件,不同意公开4件,信息不存在10件,"
            "非本机关职责范围4件,申请内容不明确3件。")
    assert sums(tmp_path, text)[(52, 24, 7, 4, 10, 4, 3)] == "pass"


@pytest.mark.parametrize("batches, status", [("43", "pass"), ("1,143", "fail")])
def test_batches_are_counted_alike_in_pi_and_pici(tmp_path, batches, status) -> None:
    # 集体访 counted in 批 is a part of the visits counted in 批次
    text = f"全年来信612件,来访1,047批次,网上信访1,759件。来访中,集体访{batches}批、涉及群众1,215人次。"
    assert _bounds(tmp_path, text)[(int(batches.replace(",", "")), 1047)] == status
