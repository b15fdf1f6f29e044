"""Funnels of processes the vocabulary did not name before (issue 15, patterns E and D): approvals
(申请 -> 同意/审核通过/符合条件 -> 分配/发放), lawsuits concluded (行政诉讼 -> 审结 -> 败诉), cases
filed on complaints by a bare clause (受理投诉举报 -> 经核查立案查处), staff holding a legal
qualification, a quota named after the people it is for, candidates chosen (拟聘用), penalty
decisions served (下达处罚决定书), two kinds side by side at one stage, a date in the later
figure's words, and a funnel beside a remainder split (其余). Sentences written for the project:
each kind has passing and failing variants and traps that must stay quiet."""

from __future__ import annotations

import pytest

from tests.test_relations_funnels_general import bounds, fails

# (text, smaller, larger): the funnel holds; the same text with the smaller figure raised above
# the larger one must fail on that pair.
FUNNELS = [
    # approvals: applications, approvals, grants
    ("全年共受理申请家庭1,420户,经审核符合条件的1,306户。", 1306, 1420),
    ("符合条件的1,306户中,已分配入住1,128户。申请家庭1,420户,经审核符合条件的1,306户,已分配入住1,128户。", 1128, 1306),
    ("网格员申请退单862件,经审核同意退单715件。", 715, 862),
    ("全年申请临时救助对象3,215人,审核通过2,940人,已发放救助金2,903人。", 2940, 3215),
    ("全年申请创业担保贷款企业216家,经审批准予贷款的189家。", 189, 216),
    ("今年申请补贴农户4,326户,核查后批准3,988户。", 3988, 4326),
    # what is put forward (申报), approved (通过评审, 获批) and granted (立项)
    ("全区申报科技项目126个,通过评审98个,获得立项86个。", 86, 98),
    ("全年申报专精特新企业64家,获批52家。", 52, 64),
    # lawsuits concluded, and lost among those concluded
    ("全年一审行政诉讼案件共64件,法院已审结58件。", 58, 64),
    ("以区政府为被告的行政诉讼案件113件,审结97件,败诉6件。", 97, 113),
    ("受理行政诉讼案件42件;已结案39件。", 39, 42),  # (新收: a closing over it is unverifiable)
    # cases filed on the complaints a clause before (a bare clause goes on with its subject)
    ("全年受理投诉举报2,346件,经核查立案查处318件。", 318, 2346),
    ("接到群众举报864件,经核实依法立案调查97件。", 97, 864),
    ("全年受理消费投诉举报4,512件,核查后立案查处612件,罚没款86.4万元。", 612, 4512),
    # staff and those of them holding a legal qualification
    ("全局在编干部职工238人,具有法律职业资格的31人。", 31, 238),
    ("支队在岗执法人员146名,持有执法证件的140名;取得法律职业资格的22名。", 22, 146),
    ("全县在编民警1,026人,通过法律职业资格考试的58人。", 58, 1026),
    # a quota named after the people it is for
    ("全市综合行政执法人员核定编制360名,实有在编331名。", 331, 360),
    ("局机关工作人员核定编制48名,在编在岗45名。", 45, 48),
    # staff who passed the qualification exam
    ("全局民警2,180人,通过基本级执法资格考试的2,104人。", 2104, 2180),
    # candidates chosen after the interview
    ("进入面试环节的186人,拟聘用62人。", 62, 186),
    ("参加面试考生420名,拟录用140名。", 140, 420),
    # penalty decisions served on the cases filed
    ("全年立案查处违法案件265件,下达行政处罚决定书248份。", 248, 265),
    ("立案调查案件97件,送达处罚决定书91份。", 91, 97),
    # two kinds at one stage, side by side, each bounded by the earlier stage
    ("全区活产新生儿6,284人,开展新生儿眼病筛查6,201人;开展新生儿心脏病筛查6,236人。", 6236, 6284),
    # a date in the later figure's words names no other thing
    ("督查中发现问题74个,截至12月31日已整改到位70个。", 70, 74),
    ("自查发现问题41个,截至年底已完成整改39个。", 39, 41),
    # a funnel beside a remainder split (其余): both are claims
    ("全年排查发现隐患1,268处,已完成整改1,230处,其余38处正在整改。", 1230, 1268),
    # an aside between a figure's name and the figure: the name is the words before it
    ("全年受理群众诉求(含热线和网站转来)9,406件,按期办结9,318件。", 9318, 9406),
    ("收到信访件（含网上信访）1,214件,已办结1,180件。", 1180, 1214),
    # the means of the later stage (经协调) names no other thing
    ("全年收到劳资类诉求3,052件,同比下降8.1%;经协调化解2,987件。", 2987, 3052),
    # a body named by a stage word (调解组织, 调解委员会) is no stage of the figure after it
    ("全镇42个人民调解组织全年排查矛盾纠纷1,318件次,受理调解纠纷1,206件。", 1206, 1318),
    ("村级调解委员会87个,全年调解纠纷2,046件,调解成功1,987件。", 1987, 2046),
]


def _raised(text: str, small: int, large: int) -> tuple[str, int]:
    """The text with the smaller figure's last printing raised above the larger one."""
    printed = f"{small:,}"
    raised = small + large
    assert printed in text
    k = text.rindex(printed)
    return text[:k] + f"{raised:,}" + text[k + len(printed):], raised


@pytest.mark.parametrize(("text", "small", "large"), FUNNELS)
def test_funnels_of_more_processes(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


QUIET = [
    # hearings attended (出庭应诉…件次) are no suits: nothing bounds the suits concluded by them
    "全区行政机关负责人出庭应诉48件次,出庭率100%;一审行政诉讼案件审结57件,败诉3件。",
    # suits won and lost, listed side by side: the lost are no later stage of the won
    "全年被提起行政诉讼14件,其中胜诉9件、败诉2件,其余3件尚未判决。",
    # cases filed named anew (违法案件) may come from inspections: not bounded by the complaints
    "全年受理投诉举报120件,立案查处各类违法案件356件。",
    # a bare noun of a list (群众举报) is one kind of what came in: the cases filed are of all of it
    "全年接收移交线索120条,其中来自巡察组30条、信访部门45条、群众举报45条,已核查完毕110条,立案查处52件。",
    # the way an application came (网上申请) and those who applied (自然人申请) are kinds, not stages
    "新收申请58件。按申请方式分,网上申请41件,信函申请12件,当面申请5件;同意公开44件。",
    # a later figure as of a date: the date may fall before the period's end, or after it
    "1-6月受理群众投诉100件。截至11月底,办结投诉180件。",
    "派发承办单位工单46,302件,截至10月8日,已办结46,318件。",
    # cases filed (立案) alone after complaints: they may come from inspections too
    "全年受理投诉举报212件,立案查处236件。",
    # a later figure naming nothing beyond its stage may hold a nearer one of its stage
    "全年受理各类诉求1,200件,直接办结400件,转办600件,办结1,150件。",
    # the material of an application (申报材料) is no application put forward
    "全年申报材料1,206份,通知补正材料1,310份。",
    # people in post more than posts set, with 超编 said
    "核定编制40名,实有在编43名,超编3名。",
]


@pytest.mark.parametrize("text", QUIET)
def test_no_funnel_where_the_words_admit_another_reading(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_the_lost_are_not_bounded_by_the_won(tmp_path) -> None:
    text = "全年被提起行政诉讼14件,其中胜诉9件、败诉2件,其余3件尚未判决。"
    assert not any(small == 2 and large == 9 for _, small, large in bounds(tmp_path, text))
    text = "全年被提起行政诉讼14件,其中胜诉2件、败诉9件,其余3件尚未判决。"
    assert not any(small == 9 and large == 2 for _, small, large in bounds(tmp_path, text))


def test_two_kinds_at_one_stage_each_bounded(tmp_path) -> None:
    text = "全年活产婴儿5,120人,开展听力筛查5,064人;开展遗传代谢病筛查5,088人。"
    got = bounds(tmp_path, text)
    assert ("pass", 5064, 5120) in got and ("pass", 5088, 5120) in got
    got = bounds(tmp_path, text.replace("5,088人", "5,188人"))
    assert ("fail", 5188, 5120) in got
    # the nearer kind never bounds the other
    assert not any(large == 5064 for _, _, large in got)


def test_a_figure_naming_nothing_more_still_holds_the_nearer_one(tmp_path) -> None:
    # "办结" after "直接办结": the closings of every kind, not a kind beside the direct ones
    text = "全年受理诉求1,200件,直接办结400件,转办600件,办结950件。"
    assert not any(small == 950 for _, small, _ in bounds(tmp_path, text))


def test_a_carry_in_keeps_the_later_stage_open(tmp_path) -> None:
    # closed may include last year's cases: no failing bound of the closed by the new
    text = "全年新收行政诉讼案件42件,加上年结转9件,已审结47件。"
    assert fails(tmp_path, text) == []
    assert not any(small == 47 and large == 42 for _, small, large in bounds(tmp_path, text))


# A 其中 opening the sentence after a sentence of changes only breaks down the levels before those
# changes (the changes speak of that sentence): the part is bounded by the level, never by a change.
AFTER_CHANGES = [
    ("全市发生火灾事故286起,直接财产损失412.6万元。同比减少31起,下降9.8%。其中,居民住宅火灾104起。", 104, 286),
    ("全年共查处交通违法行为52,318起。较上年增加4,106起。其中,酒驾醉驾1,287起。", 1287, 52318),
    ("全区发生生产安全事故38起,死亡21人。与上年相比,事故起数减少6起,死亡人数减少3人。其中,较大事故1起。", 1, 38),
]


@pytest.mark.parametrize(("text", "small", "large"), AFTER_CHANGES)
def test_a_breakdown_after_a_sentence_of_changes(tmp_path, text, small, large) -> None:
    got = bounds(tmp_path, text)
    assert ("pass", small, large) in got
    assert not any(s == small and lg != large for _, s, lg in got)  # never bounded by a change
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_a_sentence_with_a_level_of_its_own_is_the_whole(tmp_path) -> None:
    # the sentence before the 其中 states a level (投诉112件): the breakdown is of it, not of the first sentence
    text = "全年受理咨询1,240件。同比增长6.2%,受理投诉112件。其中,价格投诉48件。"
    got = bounds(tmp_path, text) + [(c[0], c[1].get("parts"), c[1].get("total")) for c in fails(tmp_path, text)]
    assert not any(lg == 1240 for _, _, lg in got)


# A 其中 piece of several measures (起 and 人) pairs each figure with the whole of its own measure,
# by the words naming it (死亡, 受伤), never the nearest figure of its unit.
MEASURES = [
    ("全年发生生产安全事故87起,死亡52人,受伤36人。其中,较大事故3起,死亡11人。", [(3, 87), (11, 52)]),
    ("全市发生道路交通事故214起,死亡96人,受伤187人。其中涉及电动自行车的58起,死亡21人,受伤49人。",
     [(58, 214), (21, 96), (49, 187)]),
    ("全县发生火灾事故63起,死亡5人,受伤9人。其中,农村火灾41起,受伤6人。", [(41, 63), (6, 9)]),
]


@pytest.mark.parametrize(("text", "pairs"), MEASURES)
def test_a_piece_of_several_measures_pairs_by_measure(tmp_path, text, pairs) -> None:
    got = bounds(tmp_path, text)
    for small, large in pairs:
        assert ("pass", small, large) in got
        assert not any(s == small and lg != large for _, s, lg in got)
    small, large = pairs[-1]
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


# The main kinds a highlight lists (主要集中在, 主要涉及) are of the figure its sentence's subject names,
# an item of a list before it -- not the nearest figure of the unit.
def test_the_highlight_is_of_the_item_its_subject_names(tmp_path) -> None:
    text = ("全年诉求最多的四个领域依次为住房保障2.46万件、医疗卫生1.87万件、生态环境1.12万件、"
            "文化旅游0.58万件。住房保障类诉求主要集中在公租房配租(0.93万件)和物业维修(0.71万件)。")
    got = bounds(tmp_path, text)
    assert ("pass", 9300, 24600) in got and ("pass", 7100, 24600) in got
    # 0.93万 and 0.71万 exceed the nearest item (0.58万): nothing may fail, nor bind them to it
    assert not any(lg == 5800 for _, _, lg in got)
    assert fails(tmp_path, text) == []
    bad = text.replace("0.93万件", "2.93万件")
    assert ("fail", 29300, 24600) in bounds(tmp_path, bad)


def test_a_highlight_naming_two_items_is_left_open(tmp_path) -> None:
    text = ("办件量居前的是社会保障类1,206件、社会救助类984件。社会保障和社会救助类事项主要涉及"
            "待遇核定(512件)、资格认定(433件)。")
    assert fails(tmp_path, text) == []
    assert not any(s in (512, 433) for _, s, _ in bounds(tmp_path, text))


# Two kinds of one thing listed under a 其中 (合法图斑/违法图斑, 重点企业/问题企业, 胜诉/败诉) are side by
# side: the second is no later stage of the first, whatever stage word names it.
SIBLINGS = [
    ("全年核查卫片图斑842个,其中合法图斑615个,违法图斑227个。", 227, 615, 842),
    ("抽查经营主体1,930户次,其中重点监管企业406户次,发现问题企业298户。", 298, 406, 1930),
    ("全年被提起行政诉讼9件,其中胜诉7件,败诉2件。", 2, 7, 9),
]


@pytest.mark.parametrize(("text", "second", "first", "whole"), SIBLINGS)
def test_kinds_side_by_side_bound_nothing_between_them(tmp_path, text, second, first, whole) -> None:
    got = bounds(tmp_path, text)
    assert not any(s == second and lg == first for _, s, lg in got)
    # even where the second exceeds the first, nothing fails
    swapped = text.replace(f"{first:,}", "X").replace(f"{second:,}", f"{first:,}").replace("X", f"{second:,}")
    assert fails(tmp_path, swapped) == []


def test_won_and_lost_are_bounded_by_the_suits(tmp_path) -> None:
    text = "全年被提起行政诉讼9件,其中胜诉7件,败诉2件。"
    assert ("pass", 2, 9) in bounds(tmp_path, text)
    assert ("fail", 12, 9) in bounds(tmp_path, text.replace("败诉2件", "败诉12件"))


def test_ladders_are_validated() -> None:
    from importlib import resources

    import yaml

    from toolkit.errors import CatalogError
    from toolkit.relations.stages import parse_stages

    data = yaml.safe_load(resources.files("toolkit").joinpath("catalog/stages.yaml").read_text(encoding="utf-8"))
    assert parse_stages(data).ladders
    bad = dict(data, ladders=[{"name": "执法资格", "grades": ["基本级"]}])
    with pytest.raises(CatalogError):
        parse_stages(bad)


# Work rated by the public (参与满意度评价) is of the work closed, stated in the sentence before or in
# the same one (all of it closed: what was closed in time need not hold every rated case -- work
# closed late is rated too); what was due (应当办结的…) is no closing.
RATED = [
    ("全年办结群众诉求4,812件。群众参与满意度评价3,906件,评价满意的3,742件。", 3906, 4812),
    ("已办结信访事项1,386件,参与满意度评价的1,102件。", 1102, 1386),
    ("在受理的投诉中,应当办结的1,520件,已办结1,498件,办结率98.6%。群众参加满意度评价1,213件。", 1213, 1498),
]


@pytest.mark.parametrize(("text", "small", "large"), RATED)
def test_work_rated_is_of_the_work_closed(tmp_path, text, small, large) -> None:
    got = bounds(tmp_path, text)
    assert ("pass", small, large) in got
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_what_was_due_is_no_closing(tmp_path) -> None:
    # 应当按期办结 (due) names no closing: nothing bounds the rated by it, nor is it one of two closings
    text = "应当按期办结的1,520件,已按期办结1,498件。群众参加满意度评价1,213件。"
    got = bounds(tmp_path, text)
    assert not any(lg == 1520 and s == 1213 for _, s, lg in got)


# Grades of a ladder where each presupposes the one below (stages.yaml ladders): among the staff
# counted first, the holders of a higher grade are no more than those of the grade below.
LADDERS = [
    ("全市民警2,806人,通过基本级执法资格考试的2,731人,通过中级执法资格考试的904人,通过高级执法资格考试的41人。",
     [(904, 2731), (41, 904)]),
    ("全局在编民警1,126名；其中取得基本级执法资格的1,098名、取得中级执法资格的352名。", [(352, 1098)]),
]


@pytest.mark.parametrize(("text", "pairs"), LADDERS)
def test_a_higher_grade_within_the_one_below(tmp_path, text, pairs) -> None:
    got = bounds(tmp_path, text)
    for small, large in pairs:
        assert ("pass", small, large) in got
    small, large = pairs[-1]
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


@pytest.mark.parametrize("text", [
    # one year's exam results: different people sat different grades
    "全年组织执法资格考试,通过基本级执法资格考试的320人,通过中级执法资格考试的412人。",
    "全局民警820人,今年通过基本级执法资格考试的30人,通过中级执法资格考试的45人。",
    "全局民警820人,通过基本级执法资格考试的780人,今年新通过中级执法资格考试的845人。",
    # no staff counted first: the grades may be of anyone
    "通过基本级执法资格考试的320人,通过中级执法资格考试的412人。",
    # grades of titles (初级/中级/高级职称) are held side by side, no ladder
    "全院职工1,206人,具有初级职称的310人,中级职称的420人,高级职称的186人。",
])
def test_grades_that_are_no_ladder_bound_nothing(tmp_path, text) -> None:
    assert not any(c[0] == "bound.ladder" for c in fails(tmp_path, text))
    assert fails(tmp_path, text) == []


# A figure totalling names listed with 、 and no figures ("确诊宫颈癌、乳腺癌共23例") is named by the
# whole clause: the stage word before the first name names it.
TOTALS_OF_NAMES = [
    ("筛查出阳性病例214例,经复查确诊高血压、糖尿病共37例。", 37, 214),
    ("全年排查出安全隐患、违法行为共1,326处,已整改1,298处。", 1298, 1326),
    ("全年受理投诉、举报合计2,418件,办结2,376件。", 2376, 2418),
]


@pytest.mark.parametrize(("text", "small", "large"), TOTALS_OF_NAMES)
def test_a_total_of_listed_names_is_named_by_its_clause(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_names_listed_with_their_own_figures_stay_items(tmp_path) -> None:
    # "来信120件、来访共80件": the names have figures of their own; the closings may be of both
    assert fails(tmp_path, "全年来信120件、来访共80件,办结190件。") == []


# Words of the present (目前, 现已) name no other thing: the later stage goes on from the figure before,
# in its sentence or the one before (over a 其中 sentence breaking the earlier figure down).
PRESENT = [
    ("全年排查安全隐患3,412处。目前已整改3,380处。", 3380, 3412),
    ("今年排查出风险点846个。其中重大风险点9个。目前已整改到位831个。", 831, 846),
    ("专项督查发现问题128个,现已整改120个。", 120, 128),
]


@pytest.mark.parametrize(("text", "small", "large"), PRESENT)
def test_words_of_the_present_name_no_other_thing(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_a_centre_of_the_jurisdiction_is_one_of_its_units(tmp_path) -> None:
    text = "全年全区受理政务服务事项48.6万件,区政务服务中心受理21.4万件。"
    assert ("pass", 214000, 486000) in bounds(tmp_path, text)
    assert ("fail", 514000, 486000) in bounds(tmp_path, text.replace("21.4万件", "51.4万件"))
    # a centre of another jurisdiction's kind (市…中心 under 全区) bounds nothing
    assert fails(tmp_path, "全年全区受理政务服务事项48.6万件,市政务服务中心受理51.4万件。") == []
