"""Equalities by meaning, distributive lists and changes (issue 15, patterns H, B, A), session 11.
Sentences written for the project: each rule has passing and failing variants and consistent
variants that must not be flagged."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def kinds(tmp_path, text: str, kind: str) -> list[tuple[str, dict]]:
    return [(c.status, c.operands) for c in checks(tmp_path, text) if c.kind == kind]


def equal_values(tmp_path, text: str) -> list[tuple[str, list[float]]]:
    return [(s, sorted(float(v) for v in ops["values"])) for s, ops in kinds(tmp_path, text, "equal")]


def failing(tmp_path, text: str) -> list:
    return [c for c in checks(tmp_path, text) if c.status == "fail"]


# --- a later stage printed with the count of the earlier one: every one went on ------------------

PRINTED_ALIKE = [
    ("全年受理群众来信215件，办结215件。", 215),
    ("区税务局受理纳税人投诉58件,按期办结58件,满意率98%。", 58),
    ("全年排查一般事故隐患1,206处，整改1,206处。", 1206),
    ("收到行政复议申请31件，审结31件。", 31),
    ("市场监管局受理消费者投诉4,512件，办结4,512件。", 4512),
    ("今年共受理政府信息公开申请76件，全部按时答复76件。", 76),
]


@pytest.mark.parametrize("text,value", PRINTED_ALIKE)
def test_a_stage_printed_alike_is_an_equality_and_still_a_bound(tmp_path, text, value):
    assert ("pass", [value, value]) in equal_values(tmp_path, text)
    assert not failing(tmp_path, text)


@pytest.mark.parametrize("text", [
    "全年受理群众来信215件，办结216件。",       # the later stage larger: the bound fails
    "收到行政复议申请31件，审结38件。",
])
def test_a_later_stage_larger_fails_as_a_bound(tmp_path, text):
    assert [c.kind for c in failing(tmp_path, text)] == ["bound"]
    assert not equal_values(tmp_path, text)


@pytest.mark.parametrize("text", [
    "全年受理群众来信215件，办结209件。",       # fewer closed: ordinary, no equality, nothing fails
    "收到行政复议申请约30件，审结30件。",       # an approximate earlier stage: no equality read
    "共受理举报线索42条，查实42条以上。",
])
def test_no_equality_unless_printed_alike_and_exact(tmp_path, text):
    got = checks(tmp_path, text)
    assert not [c for c in got if c.rule == "equal.stage_alike"]
    assert not [c for c in got if c.status == "fail"]


# --- a set named again as the object of an act over all of it -----------------------------------

OBJECT_AGAIN = [
    ("全县现有养老机构46家。年内对46家养老机构全部开展消防安全检查。",
     "全县现有养老机构46家。年内对64家养老机构全部开展消防安全检查。", [46, 46], [46, 64]),
    ("辖区共有加油站38座。\n二、执法检查\n全年对38座加油站开展专项检查，实现全覆盖。",
     "辖区共有加油站38座。\n二、执法检查\n全年对83座加油站开展专项检查，实现全覆盖。", [38, 38], [38, 83]),
    ("经排查，属地学校112所、民办培训机构40所、幼儿园75所。对40所民办培训机构逐一下达整改意见书。",
     "经排查，属地学校112所、民办培训机构40所、幼儿园75所。对45所民办培训机构逐一下达整改意见书。", [40, 40], [40, 45]),
    ("全市共有农村留守儿童3,214人。今年为3,214名农村留守儿童建立关爱档案，做到应建尽建。",
     "全市共有农村留守儿童3,214人。今年为3,241名农村留守儿童建立关爱档案，做到应建尽建。", [3214, 3214], [3214, 3241]),
]


@pytest.mark.parametrize("good,bad,same,differ", OBJECT_AGAIN)
def test_a_set_named_again_as_the_object_of_an_act_over_all_of_it(tmp_path, good, bad, same, differ):
    assert ("pass", same) in equal_values(tmp_path, good)
    assert not failing(tmp_path, good)
    assert ("fail", differ) in equal_values(tmp_path, bad)


@pytest.mark.parametrize("text", [
    "检查企业200家，对15家企业均处以罚款。",                       # a subset: the noun names no set stated
    "全区有在建工地58个。对35个在建工地开展抽查。",                 # no 'all' word: some of them
    "全区有在建工地58个，其中重点工地21个。对21个在建工地均进行了夜间巡查。",  # the 21 restated, not the 58
    "全区登记在册的危险化学品企业37家。上半年对30家危险化学品企业全部完成复查。",  # a part of the year
    "辖区共有物业企业96家，其中区本级监管42家。全年对42家物业企业逐一开展考核。",
    "2022年全区有失能老人1,820人。全年为1,905名失能老人发放护理补贴，做到应发尽发。",  # another year's count
    "全市共有定点药店860家、定点诊所860家。对860家定点药店全部开展飞行检查。",
])
def test_no_restatement_fails_where_another_set_may_be_meant(tmp_path, text):
    assert not failing(tmp_path, text)


def test_an_object_printed_alike_whose_set_is_named_with_more_words_still_reads(tmp_path):
    text = "年末全区80周岁及以上高龄老人2.36万人。全年为2.36万名高龄老人按月发放津贴，实现应发尽发。"
    assert ("pass", [23600, 23600]) in equal_values(tmp_path, text)


# --- 分别 over measures named by a bare 数 or 款 ("立案数和罚没款同比分别增长…") ------------------

NAMED_BY_NUMBER_WORDS = [
    ("全年监督检查各类单位8,916户次，立案214件，作出行政处罚207件，罚没款86.3万元，立案数和罚没款同比分别增长12.6%和9.8%。",
     {(214.0, 12.6), (86.3, 9.8)}),
    ("全年检查企业1,230家次，立案查处案件86件，结案79件，立案数和结案数同比分别增长7.5%、5.3%。",
     {(86.0, 7.5), (79.0, 5.3)}),
    ("本年度受理复议申请412件，审结398件，收缴罚款1,260万元，审结数和罚款同比分别下降4.1%、12.0%。",
     {(398.0, -4.1), (1260.0, -12.0)}),
]


@pytest.mark.parametrize("text,pairs", NAMED_BY_NUMBER_WORDS)
def test_respective_changes_go_to_the_figures_their_names_name(tmp_path, text, pairs):
    got = {(float(ops["current"]), float(ops["percent"])) for s, ops in kinds(tmp_path, text, "change")}
    assert pairs <= got
    assert not any(float(ops["current"]) in (8916.0, 1230.0) for _, ops in kinds(tmp_path, text, "change"))


def test_a_respective_change_named_by_its_number_word_fails_on_a_misprint(tmp_path):
    text = "全年立案23件，结案20件，立案数和结案数同比分别增长15.0%、11.8%。"  # 20/17.9: no whole previous
    got = {(float(ops["current"]), s) for s, ops in kinds(tmp_path, text, "change")}
    assert (23.0, "pass") in got and (20.0, "fail") in got


# --- opinions issued on a list of reviewed items, one each ----------------------------------------

OPINIONS = [
    ("全年审核重大行政决策事项6项、合同协议31份，出具法律审核意见37份。",
     "全年审核重大行政决策事项6项、合同协议31份，出具法律审核意见38份。", 37, [6, 31]),
    ("为镇政府重大决策事项9项、招商合同22份和规范性文件4件进行合法性审查，出具法律意见书35份。",
     "为镇政府重大决策事项9项、招商合同22份和规范性文件4件进行合法性审查，出具法律意见书53份。", 35, [4, 9, 22]),
    ("法律顾问全年出具法律意见书61份，涵盖重大行政决策17项、行政协议44份。",
     "法律顾问全年出具法律意见书61份，涵盖重大行政决策17项、行政协议41份。", 61, [17, 44]),
    ("局法制科审查行政处罚案卷120件、行政许可决定36件，提出审核意见156份。",
     "局法制科审查行政处罚案卷120件、行政许可决定36件，提出审核意见165份。", 156, [36, 120]),
]


def sums(tmp_path, text: str) -> list[tuple[str, float, list[float]]]:
    return [(s, float(ops["total"]), sorted(float(x) for x in ops["parts"])) for s, ops in kinds(tmp_path, text, "sum")]


@pytest.mark.parametrize("good,bad,total,parts", OPINIONS)
def test_opinions_add_up_to_the_items_reviewed(tmp_path, good, bad, total, parts):
    assert ("pass", total, parts) in sums(tmp_path, good)
    assert not failing(tmp_path, good)
    assert [s for s in sums(tmp_path, bad) if s[0] == "fail"]


@pytest.mark.parametrize("text", [
    "审查规范性文件12件、合同8份，提出修改意见46条。",            # points raised, not one opinion each
    "审核重大行政决策事项6项、合同协议31份。全年出具法律意见书52份。",  # another sentence: other work too
    "审核重大行政决策事项6项，出具法律审核意见9份。",             # no list: one item's opinions
    "受理信访事项120件、来访46批次，出具答复意见书166份。",        # no review of the items
])
def test_no_opinion_sum_without_a_reviewed_list_in_its_sentence(tmp_path, text):
    assert not [c for c in checks(tmp_path, text) if c.rule == "sum.opinions"]


# --- a rate of 100% whose verb the stages vocabulary does not order ---------------------------------

FULL_RATES_BY_WORDS = [
    ("市本级审查行政规范性文件26件，全部报送备案，报备26件，报备率100%。",
     "市本级审查行政规范性文件26件，全部报送备案，报备23件，报备率100%。", [26, 26]),
    ("全年新增行政执法人员142人，全部参加岗前培训，参训142人，参训率100%。",
     "全年新增行政执法人员142人，全部参加岗前培训，参训124人，参训率100%。", [142, 142]),
    ("排查出问题线索38条，核查38条，核查率100%。", "排查出问题线索38条，核查36条，核查率100%。", [38, 38]),
]


def test_a_full_rate_the_catalog_names_is_its_ratio(tmp_path):
    # 化解率 is a catalog rate (rates.yaml: resolved) since session 13: its ratio says it all
    good = "年初交办信访积案38件，全部化解，化解38件，化解率100%。"
    bad = "年初交办信访积案38件，全部化解，化解33件，化解率100%。"
    assert any(s == "pass" and float(o["percent"]) == 100 for s, o in kinds(tmp_path, good, "ratio"))
    assert not failing(tmp_path, good)
    assert any(s == "fail" for s, _ in kinds(tmp_path, bad, "ratio"))


@pytest.mark.parametrize("good,bad,values", FULL_RATES_BY_WORDS)
def test_a_full_rate_named_by_its_own_words_is_over_the_one_figure_before(tmp_path, good, bad, values):
    assert ("pass", values) in equal_values(tmp_path, good)
    assert any(s == "pass" and float(o["percent"]) == 100 for s, o in kinds(tmp_path, good, "ratio"))
    assert not failing(tmp_path, good)
    assert any(s == "fail" for s, _ in kinds(tmp_path, bad, "ratio"))


@pytest.mark.parametrize("text", [
    "全年新增行政执法人员142人、辅助人员60人，参训60人，参训率100%。",  # two figures before: two bases
    "全年新增行政执法人员142人，其中辅助人员60人，参训60人，参训率100%。",
    "全年审查文件26件，报备率100%。",                              # no figure named by the rate
])
def test_no_full_rate_by_words_when_the_base_is_not_unique(tmp_path, text):
    assert not failing(tmp_path, text)


# --- an 'all' clause after a list: the stage figure after it counts the whole list -------------------

ALL_OF_A_LIST_NEXT_SENTENCE = [
    ("承办人大代表建议48件、政协委员提案63件，全部按期办结。全年共办结建议提案111件。",
     "承办人大代表建议48件、政协委员提案63件，全部按期办结。全年共办结建议提案113件。", 111, [48, 63]),
    ("受理群众来信312件、网上信访186件，均已按期办结。全年办结信访事项498件。",
     "受理群众来信312件、网上信访186件，均已按期办结。全年办结信访事项489件。", 498, [186, 312]),
    ("排查出一般隐患1,206处和重大隐患14处，已全部整改。全年共整改隐患1,220处。",
     "排查出一般隐患1,206处和重大隐患14处，已全部整改。全年共整改隐患1,202处。", 1220, [14, 1206]),
]


@pytest.mark.parametrize("good,bad,total,parts", ALL_OF_A_LIST_NEXT_SENTENCE)
def test_the_stage_figure_opening_the_next_sentence_counts_the_whole_list(tmp_path, good, bad, total, parts):
    assert ("pass", total, parts) in sums(tmp_path, good)
    assert not failing(tmp_path, good)
    assert [s for s in sums(tmp_path, bad) if s[0] == "fail" and s[2] == parts]


@pytest.mark.parametrize("text", [
    "收到人大代表建议48件，另有政协委员提案63件，全部按期办结。全年共办结建议提案120件。",  # not one list
    "承办人大代表建议48件、政协委员提案63件，全部按期办结。其中办结重点建议12件。",        # a part of it
    "承办人大代表建议48件、政协委员提案63件，全部按期办结。\n全年共办结各类事项186件。",   # another paragraph
    "受理群众来信312件、来访186批次，均已按期办结，办结498件。",   # all of a list in two counts: no equality
])
def test_no_list_total_across_sentences_where_another_set_may_be_meant(tmp_path, text):
    assert not failing(tmp_path, text)


# --- 其中分别 after a 分别 list: two lists position by position, no sum ------------------------------

@pytest.mark.parametrize("text,bounds", [
    ("两个中心分别受理申请860件、540件，办结率分别为97.2%、98.5%，其中分别办结836件、532件。", None),
    ("两个中心分别受理申请860件、540件，其中，分别办结836件、532件。", {(836.0, 860.0), (532.0, 540.0)}),
    ("甲乙两所分别收治患者1,206人、988人，其中分别治愈1,150人、940人。", None),
])
def test_a_respective_list_under_another_is_not_a_sum(tmp_path, text, bounds):
    assert not [c for c in checks(tmp_path, text) if c.kind == "sum"]
    assert not failing(tmp_path, text)
    if bounds:
        got = {(float(o["smaller"]), float(o["larger"])) for s, o in kinds(tmp_path, text, "bound") if s == "pass"}
        assert bounds <= got


# --- a count of units naming an item of a list (12个司法所) is no part of it -------------------------

@pytest.mark.parametrize("text,total,parts", [
    ("全年受理调解案件1,500件，其中区调解中心560件、12个司法所940件。", 1500, [560, 940]),
    ("全年办理法律援助案件2,046件，其中援助中心720件，9个司法所1,326件。", 2046, [720, 1326]),
    ("全年受理治安案件3,216起，其中城区4个派出所1,820起、郊区6个派出所1,396起。", 3216, [1396, 1820]),
])
def test_a_count_of_units_is_not_a_part(tmp_path, text, total, parts):
    assert ("pass", total, parts) in sums(tmp_path, text)
    assert not failing(tmp_path, text)


# --- one rate said of each pair of two respective lists (办结率均为100%) ---------------------------

EACH_RATE = [
    ("受理建议52件、提案61件，分别办结52件、61件，办结率均为100%。",
     "受理建议52件、提案61件，分别办结52件、60件，办结率均为100%。", {(52.0, 52.0), (61.0, 61.0)}),
    ("城区、郊区分别受理投诉400件、250件，分别按期办结392件、245件，按期办结率均为98.0%。",
     "城区、郊区分别受理投诉400件、250件，分别按期办结392件、236件，按期办结率均为98.0%。", {(392.0, 400.0), (245.0, 250.0)}),
    ("两个窗口共接收申请1,200件和800件，分别答复1,140件、760件，答复率均达到95.0%。",
     "两个窗口共接收申请1,200件和800件，分别答复1,140件、706件，答复率均达到95.0%。", {(1140.0, 1200.0), (760.0, 800.0)}),
]


@pytest.mark.parametrize("good,bad,pairs", EACH_RATE)
def test_one_rate_of_each_pair_of_two_lists(tmp_path, good, bad, pairs):
    got = {(float(o["numerator"]), float(o["denominator"])) for s, o in kinds(tmp_path, good, "ratio") if s == "pass"}
    assert pairs <= got
    assert not failing(tmp_path, good)
    assert [s for s, o in kinds(tmp_path, bad, "ratio") if s == "fail"]


@pytest.mark.parametrize("text", [
    "受理建议52件、提案61件、来信30件，分别办结52件、61件，办结率均为100%。",  # lists of different lengths
    "受理建议52件、提案61件，办结率均为100%。",                             # one list only
    "受理建议52件、提案61件，分别办结48件、55件，满意率均为100%。",          # the rate names neither list
])
def test_no_each_rate_without_two_lists_of_its_verb(tmp_path, text):
    assert not failing(tmp_path, text)


# --- graded lists: more verbs of review, and a check word right before the first grade --------------

GRADED = [
    ("全年抽查行政处罚案卷45份、行政许可案卷30份，评查出优秀22份、良好38份、合格12份、不合格3份。",
     "全年抽查行政处罚案卷45份、行政许可案卷30份，评查出优秀22份、良好38份、合格12份、不合格4份。", 75, [3, 12, 22, 38]),
    ("抽查执法案卷150卷，评查合格142卷，不合格8卷。", "抽查执法案卷150卷，评查合格142卷，不合格6卷。", 150, [8, 142]),
    ("全年评审重大项目82个，评审合格76个，不合格6个。", "全年评审重大项目82个，评审合格76个，不合格9个。", 82, [6, 76]),
    ("对全市32个单位开展法治建设考核，考核优秀10个、合格20个、不合格2个。",
     "对全市32个单位开展法治建设考核，考核优秀10个、合格20个、不合格3个。", 32, [2, 10, 20]),
]


@pytest.mark.parametrize("good,bad,total,parts", GRADED)
def test_grades_add_up_to_what_was_reviewed(tmp_path, good, bad, total, parts):
    assert ("pass", total, parts) in sums(tmp_path, good)
    assert not failing(tmp_path, good)
    assert [s for s in sums(tmp_path, bad) if s[0] == "fail"]


@pytest.mark.parametrize("text", [
    "抽查执法案卷150卷，评查优秀40卷、不合格8卷。",                      # grades between not listed
    "抽查执法案卷150卷，评查合格142卷，另有5卷未评定等次，不合格3卷。",    # not all graded
])
def test_no_graded_sum_when_the_grades_are_not_all_of_it(tmp_path, text):
    assert not failing(tmp_path, text)


# --- a set named again opening its clause ("38起事故中,") or by "VERB的NOUN N件中," ----------------

NAMED_AGAIN = [
    ("一、总体情况\n本年度全县共发生生产安全事故38起，死亡12人。\n二、事故分析\n从行业看，38起事故中，道路运输21起、建筑施工9起、工矿商贸8起。",
     "一、总体情况\n本年度全县共发生生产安全事故38起，死亡12人。\n二、事故分析\n从行业看，36起事故中，道路运输19起、建筑施工9起、工矿商贸8起。",
     [38, 38], [36, 38]),
    ("一、概况\n全年共立案查处违法案件1,206件。\n二、分类\n全年立案查处的违法案件1,206件中，一般程序412件、简易程序794件。",
     "一、概况\n全年共立案查处违法案件1,206件。\n二、分类\n全年立案查处的违法案件1,260件中，一般程序412件、简易程序848件。",
     [1206, 1206], [1206, 1260]),
]


@pytest.mark.parametrize("good,bad,same,differ", NAMED_AGAIN)
def test_a_set_named_again_opening_its_clause(tmp_path, good, bad, same, differ):
    assert ("pass", same) in equal_values(tmp_path, good)
    assert not failing(tmp_path, good)
    assert ("fail", differ) in equal_values(tmp_path, bad)


@pytest.mark.parametrize("text", [
    "全年受理投诉1,240件，其中网上投诉560件。560件投诉中，办结548件。",   # the part's count restated
    "全年发生事故38起，上年发生事故42起。42起事故中，道路运输25起。",     # last year's count restated
    "1-6月发生事故18起。全年发生事故38起。18起事故中，道路运输9起。",
    "全年查处违法案件1,206件，其中一般程序412件。412件案件中，罚款案件380件。",
])
def test_a_set_named_again_is_not_paired_past_a_figure_of_its_count(tmp_path, text):
    assert not failing(tmp_path, text)


# --- rates named by 分别: a name the vocabulary lacks is read by its stem over the listed base ---------

NAMED_RATES = [
    ("审结320件，其中维持186件、撤销42件，维持率、撤销率分别为58.1%、13.1%。",
     "审结320件，其中维持186件、撤销42件，维持率、撤销率分别为58.1%、31.1%。", {(186.0, 320.0), (42.0, 320.0)}),
    ("全年审结行政复议案件240件，其中维持150件、撤销36件、确认违法12件，维持率、撤销率和确认违法率分别为62.5%、15.0%、5.0%。",
     "全年审结行政复议案件240件，其中维持150件、撤销36件、确认违法12件，维持率、撤销率和确认违法率分别为62.5%、15.0%、6.0%。",
     {(150.0, 240.0), (36.0, 240.0), (12.0, 240.0)}),
]


@pytest.mark.parametrize("good,bad,pairs", NAMED_RATES)
def test_rates_named_by_position_take_the_listed_base(tmp_path, good, bad, pairs):
    got = {(float(o["numerator"]), float(o["denominator"])) for s, o in kinds(tmp_path, good, "ratio") if s == "pass"}
    assert pairs <= got
    assert not failing(tmp_path, good)
    assert [s for s, _ in kinds(tmp_path, bad, "ratio") if s == "fail"]


@pytest.mark.parametrize("text", [
    # the figure 调解结案 is the narrower rate's, not 结案率's
    "受理劳动争议案件1,200件，结案1,150件，其中调解结案690件，结案率和调解率分别为95.8%和60.0%。",
    # both names in one label: the stem's own figure only
    "审结案件320件，其中维持、撤销案件分别为186件、42件，维持率和撤销率分别为58.1%和13.1%。",
    "审结320件，其中维持186件、驳回42件，维持率、撤销率分别为58.1%、13.1%。",  # no 撤销 figure
])
def test_no_named_rate_on_another_rates_figure(tmp_path, text):
    assert not failing(tmp_path, text)


# --- a table's total row restated in the prose, its measure named with a qualifier inside -------------

_TABLE = "各区受理情况如下表：\n|区域|受理投诉（件）|\n|---|---|\n|东区|520|\n|西区|410|\n|南区|310|\n|合计|1,240|"


@pytest.mark.parametrize("prose,status", [
    ("全年共受理消费者投诉1,240件。", "pass"),
    ("全年共受理消费者投诉1,204件。", "fail"),
    ("全年共受理群众投诉1,240件。", "pass"),
])
def test_the_prose_restates_the_tables_total_row(tmp_path, prose, status):
    got = [(s, sorted(v)) for s, v in equal_values(tmp_path, prose + _TABLE)]
    assert (status, sorted([1240.0, float(prose.split("投诉")[1][:5].replace(",", ""))])) in got


def test_a_measure_qualified_at_length_is_another_set(tmp_path):
    assert not failing(tmp_path, "全年受理消费维权举报投诉1,204件。" + _TABLE)


# --- a bare rise or fall right after a level, in a report comparing with the year before -----------

_YEAR_BEFORE = "全年地区生产总值860.4亿元，比上年增长5.6%。\n"


@pytest.mark.parametrize("text,current,percent,status", [
    ("全年一般公共预算收入128.46亿元，增长6.4%。", 128.46, 6.4, "pass"),
    ("全年受理投诉860件，增长6.2%。", 860, 6.2, "pass"),
    ("全年受理投诉23件，增长15.0%。", 23, 15.0, "pass"),
    ("全年受理投诉23件，增长16.0%。", 23, 16.0, "fail"),       # no whole previous count gives 16.0%
    ("全年粮食产量38.6万吨，下降0.8%。", 386000, -0.8, "pass"),
    ("全年预算收入128.46亿元，增幅6.4%。", 128.46, 6.4, "pass"),
    ("年末户籍人口58.26万人，下降0.8%。", 582600, -0.8, "pass"),
    ("全年受理投诉23件，增速为16.0%。", 23, 16.0, "fail"),
])
def test_a_bare_change_right_after_its_level_is_over_the_year(tmp_path, text, current, percent, status):
    got = {(float(o["current"]), float(o["percent"]), s) for s, o in kinds(tmp_path, _YEAR_BEFORE + text, "change")}
    assert (float(current), float(percent), status) in got


@pytest.mark.parametrize("text", [
    "全年受理投诉23件，增长16.0%。",                            # no year compared anywhere in the report
    _YEAR_BEFORE + "全年受理投诉23件，年均增长16.0%。",          # an average over years
    _YEAR_BEFORE + "全年受理投诉23件，较计划任务增长16.0%。",     # against a plan
    _YEAR_BEFORE + "累计受理投诉23件，增长16.0%。",              # a cumulative figure
    _YEAR_BEFORE + "“十三五”末受理投诉23件，增长16.0%。",          # the end of a plan period
])
def test_no_bare_change_without_the_year_or_against_another_base(tmp_path, text):
    assert not [c for c in checks(tmp_path, text) if c.kind == "change" and float(c.operands["current"]) == 23]


# --- shares across a sentence break: the list before, named again by its count ---------------------

@pytest.mark.parametrize("good,bad,pairs", [
    ("全年共受理信访事项2,316件。其中来信486件、来访612件、网上信访1,218件。三者分别占21.0%、26.4%、52.6%。",
     "全年共受理信访事项2,316件。其中来信486件、来访612件、网上信访1,218件。三者分别占21.0%、26.4%、25.6%。",
     {(486.0, 2316.0), (612.0, 2316.0), (1218.0, 2316.0)}),
    ("全年受理诉求8,000件，其中咨询5,200件、投诉2,800件。两者分别占65.0%和35.0%。",
     "全年受理诉求8,000件，其中咨询5,200件、投诉2,400件。两者分别占65.0%和35.0%。",
     {(5200.0, 8000.0), (2800.0, 8000.0)}),
])
def test_shares_of_the_list_closing_the_sentence_before(tmp_path, good, bad, pairs):
    got = {(float(o["numerator"]), float(o["denominator"])) for s, o in kinds(tmp_path, good, "ratio") if s == "pass"}
    assert pairs <= got
    assert not failing(tmp_path, good)
    assert [s for s, _ in kinds(tmp_path, bad, "ratio") if s == "fail"]


@pytest.mark.parametrize("text", [
    "全年受理诉求8,000件，其中咨询5,200件、投诉2,800件。三者分别占65.0%和35.0%。",  # the count is not the list's
    "全年受理诉求8,000件，其中咨询5,200件，投诉2,400件。两者分别占65.0%和35.0%。",  # no list joined by 、
])
def test_no_shares_across_the_break_unless_the_count_names_the_list(tmp_path, text):
    assert not failing(tmp_path, text)


# --- rates 分别 printed between their bases and their figures --------------------------------------

@pytest.mark.parametrize("good,bad,pairs", [
    ("两县受理投诉分别为820件、640件，办结率分别为98.2%、97.5%，分别办结805件、624件。",
     "两县受理投诉分别为820件、640件，办结率分别为98.2%、97.5%，分别办结805件、642件。",
     {(805.0, 820.0), (624.0, 640.0)}),
    ("城乡两级分别收到申请1,500件、900件，答复率分别为96.0%和95.0%，分别答复1,440件和855件。",
     "城乡两级分别收到申请1,500件、900件，答复率分别为96.0%和95.0%，分别答复1,404件和855件。",
     {(1440.0, 1500.0), (855.0, 900.0)}),
])
def test_rates_printed_before_their_figures(tmp_path, good, bad, pairs):
    got = {(float(o["numerator"]), float(o["denominator"])) for s, o in kinds(tmp_path, good, "ratio") if s == "pass"}
    assert pairs <= got
    assert not failing(tmp_path, good)
    assert [s for s, _ in kinds(tmp_path, bad, "ratio") if s == "fail"]


@pytest.mark.parametrize("text", [
    "受理投诉820件、举报640件，办结率分别为98.2%、97.5%，分别办结805件、624件、来信30件。",  # three figures after
    "两县受理投诉分别为820件、640件，办结率分别为98.2%、97.5%，满意度分别为96.0%、95.1%。",  # no figures after
    "两县受理投诉分别为820件、640件，办结率分别为98.2%、97.5%，分别回访605件、524件。",    # another verb
])
def test_no_rates_before_figures_unless_both_lists_fit(tmp_path, text):
    assert not [c for c in checks(tmp_path, text) if c.rule == "ratio.each"]
