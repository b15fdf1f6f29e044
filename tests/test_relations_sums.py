"""Sums and breakdowns (toolkit/relations/sums.py): scope counts, parts of another total,
breakdowns opened by 按…分 / 从…看 / 分…看. Sentences written for these tests."""

from __future__ import annotations

import pytest

import toolkit
from toolkit.errors import CatalogError
from toolkit.relations.scopes import compile_words


def checks(tmp_path, text: str, kind: str | None = None):
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [c for c in toolkit.audit(p).checks if kind is None or c.kind == kind]


def sums(tmp_path, text: str) -> dict[tuple, str]:
    """{(total, parts...): status} of the sum checks."""
    return {(c.operands["total"], *c.operands["parts"]): c.status for c in checks(tmp_path, text, "sum")}


def failing(tmp_path, text: str) -> list:
    return [c for c in checks(tmp_path, text) if c.status == "fail"]


# --- scope counts -------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("全市共有差评工单1200个,其中11个县区差评工单940个,市直部门差评工单260个。", (1200, 940, 260)),
    ("全年开展检查120次,其中3个乡镇开展检查45次,其余乡镇开展检查75次。", (120, 45, 75)),
    ("4家医院收治患者300人、6家社区医院收治患者200人,共计500人。", (500, 300, 200)),
])
def test_a_count_of_places_qualifies_the_next_figure(tmp_path, text, expected) -> None:
    assert sums(tmp_path, text) == {expected: "pass"}


def test_a_scope_count_does_not_hide_a_wrong_part(tmp_path) -> None:
    got = sums(tmp_path, "全市共有差评工单1200个,其中11个县区差评工单950个,市直部门差评工单260个。")
    assert got == {(1200, 950, 260): "fail"}


def test_a_count_of_places_closing_its_clause_is_a_figure(tmp_path) -> None:
    # "涉及5个乡镇," is not followed by a figure it qualifies: it stays a figure of its own.
    got = sums(tmp_path, "全年共检查单位30个,其中乡镇单位12个,部门单位18个。")
    assert got == {(30, 12, 18): "pass"}


# --- parts of another total -----------------------------------------------------------


def test_parts_named_after_an_earlier_figure_belong_to_it(tmp_path) -> None:
    text = "本年度共办理行政复议案件12件、行政应诉案件8件,其中复议维持9件,纠错3件。"
    assert sums(tmp_path, text) == {(12, 9, 3): "pass"}
    bad = text.replace("纠错3件", "纠错4件")
    assert sums(tmp_path, bad) == {(12, 9, 4): "fail"}


def test_parts_far_over_the_nearest_figure_are_not_summed_into_it(tmp_path) -> None:
    # 10 + 2 + 3 are the outcomes of the 15 复议 cases, not of the 6 诉讼 cases.
    text = "全年收到行政复议申请15件,行政诉讼案件6件,其中维持10件,撤销2件,确认违法3件。"
    assert sums(tmp_path, text) == {(15, 10, 2, 3): "pass"}
    # A typo there leaves two readings (neither total fits): nothing is flagged.
    assert not failing(tmp_path, text.replace("确认违法3件", "确认违法4件"))


def test_a_small_overshoot_is_still_a_failing_breakdown(tmp_path) -> None:
    got = sums(tmp_path, "全年收到申请20件,办结15件,其中维持10件,撤销2件,确认违法4件。")
    assert got == {(15, 10, 2, 4): "fail"}


# --- the vocabulary file --------------------------------------------------------------


def test_the_vocabulary_is_validated() -> None:
    good = {"scope_nouns": ["县区"], "not_classes": ["全年"], "wholes": ["全年"], "not_additive": ["均"],
            "highlights": ["主要是"], "reviews": ["审查"], "review_manners": ["逐一"], "generic_totals": ["总数"], "open_ends": ["涉及"],
            "set_nouns": ["信息"], "figure_tails": ["共"], "overlaps": ["多级"], "channels": ["网站"],
            "includes": ["含"], "involved_values": ["涉案金额"], "stage_leads": ["全年"]}
    assert compile_words(good)["scope_nouns"].match("县区差评")
    with pytest.raises(CatalogError):
        compile_words({**good, "wholes": []})
    with pytest.raises(CatalogError):
        compile_words({**good, "extra": ["x"]})
    with pytest.raises(CatalogError):
        compile_words(["not", "a", "mapping"])


# --- breakdowns opened by 按…分 / 从…看 / 分…看 ------------------------------------------

ACCIDENTS = ("全年共发生事故77起,死亡56人,受伤25人。从类别上看,道路运输共发生事故58起、死亡41人、受伤17人;"
             "工矿商贸共发生事故19起、死亡15人、受伤8人。")


def test_one_sum_per_measure_of_a_classified_list(tmp_path) -> None:
    assert sums(tmp_path, ACCIDENTS) == {(77, 58, 19): "pass", (56, 41, 15): "pass", (25, 17, 8): "pass"}


def test_a_wrong_figure_in_one_measure_fails_that_measure_only(tmp_path) -> None:
    got = sums(tmp_path, ACCIDENTS.replace("受伤8人", "受伤9人"))
    assert got == {(77, 58, 19): "pass", (56, 41, 15): "pass", (25, 17, 9): "fail"}


@pytest.mark.parametrize("text", [
    "全市社会消费品零售总额268.46亿元。按经营单位所在地分,城镇消费品零售额211.40亿元;乡村消费品零售额57.06亿元。",
    "按经营单位所在地分,城镇消费品零售额211.40亿元;乡村消费品零售额57.06亿元。全市社会消费品零售总额268.46亿元。",
    "全市社会消费品零售总额268.46亿元,按经营单位所在地分,城镇211.40亿元,增长5.1%;乡村57.06亿元,增长3.2%。",
])
def test_the_whole_before_or_after_the_list(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {(268.46, 211.4, 57.06): "pass"}
    assert sums(tmp_path, text.replace("57.06", "57.16")) == {(268.46, 211.4, 57.16): "fail"}


def test_a_list_on_the_lines_under_an_opener(tmp_path) -> None:
    text = "全年受理案件120件。\n按案件类型分:\n行政许可类50件;\n行政处罚类40件;\n其他类30件。\n"
    assert sums(tmp_path, text) == {(120, 50, 40, 30): "pass"}
    assert sums(tmp_path, text.replace("其他类30件", "其他类31件")) == {(120, 50, 40, 31): "fail"}


def test_the_whole_is_the_figure_the_parts_words_name(tmp_path) -> None:
    text = "全年受理投诉120件,办结110件。按投诉类型分,质量投诉70件,价格投诉50件。"
    assert sums(tmp_path, text) == {(120, 70, 50): "pass"}


@pytest.mark.parametrize("text", [
    # a view of the whole or a time series: not a partition
    "全年共发生事故77起。从全年看,道路运输事故58起,工矿商贸事故20起。",
    "全年共发生事故77起。从总量上看,道路运输事故58起,工矿商贸事故20起。",
    # (the four quarters of the year are a partition of it: see test_relations_list_phrasings; figures
    # cumulative to the end of a quarter are not)
    "全年共发生事故77起。分季度看,一季度发生事故20起,上半年累计发生事故39起,前三季度累计发生事故57起。",
    # averages do not add up
    "全体居民人均可支配收入40000元。按常住地分,城镇居民人均可支配收入52000元,农村居民人均可支配收入21000元。",
    # a whole before and another after: two readings
    "全年受理投诉120件。按投诉类型分,质量投诉70件,价格投诉51件。全年共办结投诉118件。",
    # a list covering clearly less than the whole, naming no rest: bounds only
    "全年共发生事故77起。从类别上看,道路运输事故40起,工矿商贸事故10起。",
    # a list of the main kinds only
    "全年共办理各类案件300件。从案件类型看,主要是行政处罚案件120件,行政许可案件80件,行政强制案件45件。",
])
def test_no_failing_check_where_the_text_admits_another_reading(tmp_path, text) -> None:
    assert not failing(tmp_path, text)
    assert not [c for c in checks(tmp_path, text, "sum") if c.rule == "sum.breakdown"]


# --- a later list that names its rest ---------------------------------------------------

REQUESTS = ("本年度共收到政府信息公开申请16件,其中网上申请12件,信函申请4件;"
            "予以公开5件,部分公开2件,本机关不掌握相关信息7件,其他处理2件。")


def test_a_list_naming_its_rest_breaks_down_the_sentences_whole(tmp_path) -> None:
    assert sums(tmp_path, REQUESTS) == {(16, 12, 4): "pass", (16, 5, 2, 7, 2): "pass"}
    got = sums(tmp_path, REQUESTS.replace("其他处理2件", "其他处理3件"))
    assert got[(16, 5, 2, 7, 3)] == "fail"


@pytest.mark.parametrize("text", [
    # a second figure of the unit that is not a breakdown of the whole: the list may be its own
    "本年度共收到政府信息公开申请16件,办结14件;予以公开5件,部分公开2件,本机关不掌握相关信息5件,其他处理3件。",
    # the sentence names no whole
    "收到政府信息公开申请16件;予以公开5件,部分公开2件,本机关不掌握相关信息5件,其他处理3件。",
])
def test_no_rest_list_sum_without_a_single_whole(tmp_path, text) -> None:
    assert not [c for c in checks(tmp_path, text, "sum") if len(c.operands["parts"]) == 4]


# --- sibling sections under headings ---------------------------------------------------

SCHOOLS = ("全县普通高中学校12所,比上年增加2所。在校学生2.45万人;专任教师1980人。\n\n"
           "――公办学校。校数9所,比上年增加1所;在校学生1.90万人,生均经费1.2万元;专任教师1560人。\n\n"
           "――民办学校。校数3所,比上年增加1所;在校学生0.55万人;专任教师420人。\n")


def test_sections_under_headings_break_down_the_paragraph_before(tmp_path) -> None:
    assert sums(tmp_path, SCHOOLS) == {(12, 9, 3): "pass", (2, 1, 1): "pass", (24500, 19000, 5500): "pass",
                                       (1980, 1560, 420): "pass"}


def test_a_wrong_figure_in_one_section_fails_its_measure(tmp_path) -> None:
    got = sums(tmp_path, SCHOOLS.replace("专任教师420人", "专任教师430人"))
    assert got[(1980, 1560, 430)] == "fail" and got[(12, 9, 3)] == "pass"


def test_sections_that_do_not_partition_the_whole_give_no_sum(tmp_path) -> None:
    # Two of several kinds of school: no measure adds up, the sections are not the whole.
    text = SCHOOLS.replace("校数3所", "校数2所").replace("0.55万人", "0.35万人").replace("420人", "300人")
    assert sums(tmp_path, text) == {}


def test_a_difference_that_falls_is_not_added_to_one_that_rises(tmp_path) -> None:
    text = SCHOOLS.replace("校数3所,比上年增加1所", "校数3所,比上年减少1所")
    assert (2, 1, 1) not in sums(tmp_path, text)


# --- counts and deaths, 复议 and 诉讼: one sum per measure, never one across them -------------

def test_deaths_are_summed_apart_from_accident_counts(tmp_path) -> None:
    text = ("全年发生生产安全事故12起,死亡10人。其中,道路交通事故8起,死亡7人;火灾2起,死亡1人;"
            "其他事故2起,死亡2人。")
    assert sums(tmp_path, text) == {(12, 8, 2, 2): "pass", (10, 7, 1, 2): "pass"}
    assert sums(tmp_path, text.replace("死亡2人。", "死亡3人。")) == {(12, 8, 2, 2): "pass", (10, 7, 1, 3): "fail"}


def test_review_and_litigation_outcomes_go_to_their_own_totals(tmp_path) -> None:
    text = "全年办理行政复议案件15件,行政诉讼案件9件。其中,复议维持10件,撤销5件;诉讼胜诉8件,败诉1件。"
    assert sums(tmp_path, text) == {(15, 10, 5): "pass", (9, 8, 1): "pass"}
    assert not failing(tmp_path, text)


def test_a_rest_list_is_checked_against_a_whole_its_first_list_does_not_fill(tmp_path) -> None:
    # The whole misprinted (61 for 16): the 其中 list leaves it short, the rest list cannot add up.
    got = sums(tmp_path, REQUESTS.replace("申请16件", "申请61件"))
    assert got[(61, 5, 2, 7, 2)] == "fail"
    # A figure that is no part of the 其中 list (办结) stands between: the rest list may be its own.
    text = "本年度共收到政府信息公开申请16件,其中网上申请12件,办结14件;予以公开5件,部分公开2件,不掌握5件,其他处理2件。"
    assert not [c for c in checks(tmp_path, text, "sum") if len(c.operands["parts"]) == 4]


def test_a_list_ends_at_the_first_part_not_naming_the_totals_noun(tmp_path) -> None:
    text = "全年共发布信息2300条,更新发布政策解读106条,其中解读材料65条,解读产品41条,发布本系统动态信息500条。"
    assert sums(tmp_path, text) == {(106, 65, 41): "pass"}
    assert sums(tmp_path, text.replace("解读106条", "解读102条")) == {(102, 65, 41): "fail"}


def test_a_flat_list_of_outcomes_is_summed_into_the_figure_it_adds_up_to(tmp_path) -> None:
    text = ("全年共收到申请30件,上年结转2件。本年度办结30件,结转下年度2件。从办理结果看,予以公开12件,"
            "部分公开5件,不予公开3件,无法提供6件,其他处理4件。")
    assert sums(tmp_path, text)[(30, 12, 5, 3, 6, 4)] == "pass"
    # Its words name no measure: when it adds up to no figure, which whole it is of stays open.
    assert not failing(tmp_path, text.replace("其他处理4件", "其他处理5件"))


def test_two_measures_of_one_unit_in_one_item_are_not_summed(tmp_path) -> None:
    text = "全年共发生事故20起,死亡56人。从类别上看,道路运输事故死亡41人、受伤17人。"
    assert sums(tmp_path, text) == {}


def test_two_wholes_the_words_do_not_decide_between_are_readings(tmp_path) -> None:
    text = "全年受理投诉120件。按投诉类型分,质量投诉70件,其他投诉50件。全年共办结投诉118件。"
    assert sums(tmp_path, text)[(120, 70, 50)] == "pass"
    assert sums(tmp_path, text.replace("质量投诉70件", "质量投诉68件"))[(118, 68, 50)] == "pass"
    # A list whole by its words (其他) that adds up to neither reading fails.
    bad = [c for c in failing(tmp_path, text.replace("其他投诉50件", "其他投诉53件")) if c.kind == "sum"]
    assert len(bad) == 1 and bad[0].operands["parts"] == [70, 53]


# --- parallel items restating the sentence before, with no breakdown word -------------------

RESTATED = ("全年共发生事故77起,死亡56人,受伤25人。道路运输事故58起,死亡41人,受伤17人;"
            "工矿商贸事故19起,死亡15人,受伤8人。")


def test_items_restating_the_measures_before_are_summed_when_the_figures_confirm_it(tmp_path) -> None:
    assert sums(tmp_path, RESTATED) == {(77, 58, 19): "pass", (56, 41, 15): "pass", (25, 17, 8): "pass"}
    # Two measures confirm the reading: the third, misprinted, fails.
    assert sums(tmp_path, RESTATED.replace("受伤8人", "受伤9人"))[(25, 17, 9)] == "fail"


def test_restated_items_the_figures_do_not_confirm_give_no_sum(tmp_path) -> None:
    # Only one of three measures adds up: the items may be two kinds among others.
    text = RESTATED.replace("58起", "48起").replace("死亡41人", "死亡31人")
    assert sums(tmp_path, text) == {}


def test_one_restated_measure_is_summed_only_when_it_adds_up(tmp_path) -> None:
    text = "全市外来务工人员随迁子女在校生28.63万人。在小学就读的随迁子女19.84万人;在初中就读的随迁子女8.79万人。"
    assert sums(tmp_path, text) == {(286300, 198400, 87900): "pass"}
    # a gap no one slip explains: the sentence is not read as this whole's breakdown
    assert not failing(tmp_path, text.replace("8.79万人", "6.52万人"))
    # one slip of one figure (8.79 printed 7.79) is confirmation enough (misprints.within_one_slip)
    assert sums(tmp_path, text.replace("8.79万人", "7.79万人")) == {(286300, 198400, 77900): "fail"}


# --- a consistent statistical text in several styles, and typos planted in it -------------------

BULLETIN = """\
2023年全区地区生产总值达到512.3亿元,按可比价格计算,比上年增长6.1%。分产业看,第一产业增加值20.5亿元,增长3.2%;第二产业增加值210.4亿元,增长5.8%;第三产业增加值281.4亿元,增长6.7%。

全年社会消费品零售总额185.6亿元,增长7.2%。按经营地分,城镇消费品零售额160.2亿元,增长7.0%;乡村消费品零售额25.4亿元,增长8.5%。按消费类型分,商品零售166.1亿元,增长6.8%;餐饮收入19.5亿元,增长10.2%。

年末全区户籍人口48.6万人,其中男性24.9万人,女性23.7万人。全年出生人口3120人,死亡人口3480人。

全年城镇居民人均可支配收入52310元,增长5.1%;农村居民人均可支配收入28650元,增长7.3%。

全年共受理行政复议申请86件,其中依法受理78件,不予受理8件。从被申请人看,区政府部门42件,街道办事处36件。从审结情况看,维持45件,撤销6件,确认违法3件,驳回12件,终止8件,其他4件。

全年共办理人大代表建议65件、政协委员提案48件,办复率均为100%。

全年共检查生产经营单位2350家次,发现一般隐患6820项,整改6790项,整改率99.6%。从行业领域看,工贸企业检查1200家次,危化企业检查350家次,建筑施工检查800家次。

全区12个街道共排查隐患3200处,其中8个街道完成整改2900处。

本年度共收到政府信息公开申请156件,较上年增加12件。从申请主体看,自然人申请140件,法人或其他组织申请16件。从办理结果看,予以公开62件,部分公开18件,不予公开9件,无法提供41件,不予处理12件,其他处理8件,结转下年度继续办理6件。

全市共有医疗卫生机构1280个,其中医院45个,基层医疗卫生机构1210个,专业公共卫生机构25个。每千人口医疗卫生机构床位6.8张。全市常住人口185.2万人,床位12594张。
"""


def test_a_consistent_bulletin_has_no_failing_check_and_its_breakdowns_are_found(tmp_path) -> None:
    assert not failing(tmp_path, BULLETIN)
    found = sums(tmp_path, BULLETIN)
    for key in [(185.6, 160.2, 25.4), (185.6, 166.1, 19.5), (78, 42, 36), (78, 45, 6, 3, 12, 8, 4),
                (2350, 1200, 350, 800),
                (156, 62, 18, 9, 41, 12, 8, 6)]:
        assert found[key] == "pass", key


@pytest.mark.parametrize("typo, was", [
    ("乡村消费品零售额26.4亿元", "乡村消费品零售额25.4亿元"),   # 按经营地分: the parts name the measure
    ("危化企业检查450家次", "危化企业检查350家次"),             # 从行业领域看
    ("餐饮收入19.7亿元", "餐饮收入19.5亿元"),                   # a second 按…分 of the same whole
    ("女性23.9万人", "女性23.7万人"),                           # 其中 男性/女性
])
def test_a_typo_in_a_bulletin_breakdown_fails(tmp_path, typo, was) -> None:
    assert was in BULLETIN
    assert [c for c in failing(tmp_path, BULLETIN.replace(was, typo)) if c.kind == "sum"]


@pytest.mark.parametrize("typo, was", [
    ("街道办事处37件", "街道办事处36件"),   # 从被申请人看: of 86 received or 78 accepted?
    ("驳回13件", "驳回12件"),               # 从审结情况看
    ("其他处理9件", "其他处理8件"),         # 从办理结果看: of 156 received, or with last year's carried over?
])
def test_a_typo_in_a_list_naming_no_measure_is_left_open(tmp_path, typo, was) -> None:
    # The list's words name no measure and its figures add up to nothing stated: which whole it
    # breaks down is open (another reading may be a figure the report does not print).
    assert was in BULLETIN
    assert not failing(tmp_path, BULLETIN.replace(was, typo))


# --- a 其中 list of several measures -------------------------------------------------------------

def test_a_qizhong_list_of_counts_deaths_and_injuries_gives_one_sum_per_measure(tmp_path) -> None:
    text = ("全年共发生事故77起,死亡56人,受伤25人。其中,道路运输事故58起、死亡41人、受伤17人;"
            "工矿商贸事故19起、死亡15人、受伤8人。")
    assert sums(tmp_path, text) == {(77, 58, 19): "pass", (56, 41, 15): "pass", (25, 17, 8): "pass"}
    got = sums(tmp_path, text.replace("受伤8人", "受伤9人"))
    assert got[(25, 17, 9)] == "fail" and got[(56, 41, 15)] == "pass"


def test_parts_named_like_the_words_of_another_total_stay_with_the_one_the_list_names(tmp_path) -> None:
    # 投诉 and 举报 end the words of the 受理 figure, but the list is of what was closed (在办结件中).
    text = "全年受理消费者投诉举报1358件,办结1341件。在办结件中,投诉904件;举报321件;咨询116件。"
    assert sums(tmp_path, text) == {(1341, 904, 321, 116): "pass"}


def test_parts_ending_with_the_class_noun_do_not_take_a_figure_sharing_it(tmp_path) -> None:
    # 适用一般程序/适用简易程序 end with 程序, the opener's class (按适用程序分): 程序 names the kinds,
    # so "纠正程序瑕疵1件" is no whole of theirs.
    text = ("全年作出行政处罚决定35起,纠正程序瑕疵1件。按适用程序分,适用一般程序33件,"
            "罚款86.1万元;适用简易程序2件,罚款0.4万元。")
    assert (1, 33, 2) not in sums(tmp_path, text)
    assert not failing(tmp_path, text)


def test_a_pair_named_in_parallel_after_qizhong_is_meant_whole(tmp_path) -> None:
    # "其中解读材料…,解读产品…": the same words open both labels once 其中 is set aside.
    text = "全年更新发布政策解读106条,其中解读材料65条,解读产品41条。"
    assert sums(tmp_path, text) == {(106, 65, 41): "pass"}
    assert sums(tmp_path, text.replace("65条", "45条")) == {(106, 45, 41): "fail"}


def test_a_rest_list_with_carried_over_work_nearby_is_not_summed_into_the_new_intake(tmp_path) -> None:
    # The outcomes may cover last year's 3 carried-over requests too: 16 is not their whole.
    text = ("上年结转申请3件。本年度共收到政府信息公开申请16件,其中网上申请12件,信函申请4件;"
            "予以公开6件,部分公开2件,本机关不掌握相关信息8件,其他处理3件。")
    assert not failing(tmp_path, text)


@pytest.mark.parametrize("marker, total", [("在办结件中", 1341), ("在受理的件中", 1358)])
def test_the_words_before_zhong_name_the_total_broken_down(tmp_path, marker, total) -> None:
    parts = (904, 321, 116) if total == 1341 else (914, 321, 123)
    text = (f"全年受理消费者投诉举报1358件,办结1341件。{marker},投诉{parts[0]}件;举报{parts[1]}件;"
            f"咨询{parts[2]}件。")
    assert sums(tmp_path, text) == {(total, *parts): "pass"}
    typo = text.replace(f"咨询{parts[2]}件", f"咨询{parts[2] + 1}件")
    assert sums(tmp_path, typo) == {(total, parts[0], parts[1], parts[2] + 1): "fail"}


def test_words_before_zhong_that_name_no_figure_leave_the_total_open(tmp_path) -> None:
    # "办理结果中" shares 办理 with "继续办理4件" but names no figure: not summed into 4.
    text = ("全年办结57件,结转下年度继续办理4件。办理结果中,予以公开21件;部分公开8件;不予公开4件;"
            "无法提供17件;不予处理5件;其他处理2件。")
    assert (4, 21, 8, 4, 17, 5, 2) not in sums(tmp_path, text)
    assert not failing(tmp_path, text)


# --- breakdowns without 其中 over lines and between two wholes (issue 15, pattern F) --------------

CASES = ("全年查处各类违法案件640件,作出处罚决定610件,罚没款88.40万元。从违法领域看:\n"
         "占道经营类320件,罚没21.30万元;噪声扰民类180件,罚没30.60万元;其他类140件,罚没36.50万元。\n")


def test_an_opener_closing_its_line_governs_the_sentence_below(tmp_path) -> None:
    # One long line of items under the opener: a sentence, not a list of short lines.
    assert sums(tmp_path, CASES) == {(640, 320, 180, 140): "pass", (88.4, 21.3, 30.6, 36.5): "pass"}
    assert sums(tmp_path, CASES.replace("罚没30.60万元", "罚没31.60万元"))[(88.4, 21.3, 31.6, 36.5)] == "fail"


def test_two_figures_of_the_unit_before_the_list_are_two_readings_of_its_whole(tmp_path) -> None:
    # The parts may break down the cases filed (640) or the decisions made (610): either holds.
    assert sums(tmp_path, CASES.replace("其他类140件", "其他类110件"))[(610, 320, 180, 110)] == "pass"
    # Adding up to neither, a list naming its rest (其他类) fails.
    bad = [c for c in failing(tmp_path, CASES.replace("其他类140件", "其他类150件")) if c.kind == "sum"]
    assert len(bad) == 1 and bad[0].operands["parts"] == [320, 180, 150]


FINES = ("全年立案查处案件305件,作出行政处罚决定296件,罚没款1250.6万元。{opener},消防类案件150件,罚款610.2万元;\n"
         "燃气类案件90件,罚款400.1万元;\n其他类案件56件,罚款240.3万元。\n")


@pytest.mark.parametrize("opener", ["按违法类型分", "分违法类型看", "按违法类型划分", "从违法类型看"])
def test_a_classified_sentence_runs_on_over_lines_ending_with_a_semicolon(tmp_path, opener) -> None:
    text = FINES.format(opener=opener)
    # The words name 案件 for both figures before: the one the parts add up to (296) is the whole;
    # the money parts (罚款) name the whole (罚没款) in short.
    assert sums(tmp_path, text) == {(296, 150, 90, 56): "pass", (1250.6, 610.2, 400.1, 240.3): "pass"}
    assert not failing(tmp_path, text)
    assert sums(tmp_path, text.replace("燃气类案件90件", "燃气类案件95件"))[(305, 150, 95, 56)] == "fail"
    assert sums(tmp_path, text.replace("罚款240.3万元", "罚款250.3万元"))[(1250.6, 610.2, 400.1, 250.3)] == "fail"


def test_a_list_does_not_run_on_into_the_next_heading(tmp_path) -> None:
    text = ("全年受理投诉120件。按投诉类型分,质量投诉70件,价格投诉50件;\n(二)举报办理\n"
            "全年受理举报40件。\n")
    assert sums(tmp_path, text) == {(120, 70, 50): "pass"}


@pytest.mark.parametrize("text", [
    "全年受理行政复议案件300件,分为行政处罚类180件、行政许可类70件、其他类50件。",
    "全年受理行政复议案件300件。案件分为三类:行政处罚类180件,行政许可类70件,其他类50件。",
    "全年受理行政复议案件300件,划分为行政处罚类180件、行政许可类70件、其他类50件。",
])
def test_a_list_opened_by_fen_wei_breaks_down_the_figure_before(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {(300, 180, 70, 50): "pass"}
    # The list names its rest (其他类): whole by its words, a misprint fails.
    assert sums(tmp_path, text.replace("其他类50件", "其他类51件")) == {(300, 180, 70, 51): "fail"}


def test_fen_wei_after_a_place_is_no_breakdown(tmp_path) -> None:
    text = "全年检查企业500家。全市分为12个网格,各网格检查企业40家。"
    assert sums(tmp_path, text) == {}


def test_a_measure_named_by_its_verb_finds_the_whole_with_its_object(tmp_path) -> None:
    text = "全年受理投诉200件,办结195件。按区域分,城区受理120件,办结118件;郊区受理80件,办结77件。"
    assert sums(tmp_path, text) == {(200, 120, 80): "pass", (195, 118, 77): "pass"}
    # 195 is the whole of 办结: no reading of 受理's whole.
    assert sums(tmp_path, text.replace("郊区受理80件", "郊区受理75件"))[(200, 120, 75)] == "fail"


@pytest.mark.parametrize("head", ["(二)按区域分布\n", "(二)从区域分布看:\n"])
def test_a_section_headed_by_an_opener_breaks_down_the_whole_it_adds_up_to(tmp_path, head) -> None:
    text = "一、总体情况\n全年共受理投诉200件。\n" + head + "城区:120件;\n郊区:80件。\n"
    assert sums(tmp_path, text) == {(200, 120, 80): "pass"}
    # Across a heading only the figures decide: a list adding up to nothing there is left open.
    assert not failing(tmp_path, text.replace("郊区:80件", "郊区:81件"))


def test_across_a_heading_two_parts_need_a_whole_named_so(tmp_path) -> None:
    text = "一、总体情况\n受理投诉200件。\n(二)按区域分布\n城区:120件;\n郊区:80件。\n"
    assert sums(tmp_path, text) == {}


def test_a_list_naming_its_rest_with_two_wholes_before_it_has_two_readings(tmp_path) -> None:
    text = "全年受理行政复议案件300件,办结290件。案件分为三类:行政处罚类180件,行政许可类70件,其他类40件。"
    assert sums(tmp_path, text) == {(290, 180, 70, 40): "pass"}
    got = [c for c in failing(tmp_path, text.replace("其他类40件", "其他类51件")) if c.kind == "sum"]
    assert len(got) == 1 and {r["total"] for r in got[0].operands["readings"]} == {290, 300}


def test_parts_sharing_a_verb_are_no_breakdown_of_a_figure_without_it(tmp_path) -> None:
    # Both parts hold 收到: the 410 closed is not what they break down.
    text = "全年办结申请410件。从层级看,县本级收到申请168件;乡镇和部门收到252件。"
    assert sums(tmp_path, text) == {}
    text = "全年收到申请420件,办结申请410件。从层级看,县本级收到申请168件;乡镇和部门收到252件。"
    assert sums(tmp_path, text) == {(420, 168, 252): "pass"}
    assert sums(tmp_path, text.replace("252件", "262件")) == {(420, 168, 262): "fail"}


def test_a_sentence_end_before_a_line_break_is_one_boundary(tmp_path) -> None:
    # "。\n" must not count as two sentences: the whole three sentences back is still in reach.
    text = ("全年共受理市民诉求8,000件,较上年增加600件。\n按诉求类型分,咨询类4,800件,投诉类3,200件。\n"
            "全年办结市民诉求7,920件,办结率99.0%。\n按办理区域分,城区受理4,800件,办结4,760件;郊区受理3,200件,办结3,160件。\n")
    got = sums(tmp_path, text)
    assert got[(8000, 4800, 3200)] == "pass" and got[(7920, 4760, 3160)] == "pass"
    assert sums(tmp_path, text.replace("郊区受理3,200件", "郊区受理3,300件"))[(8000, 4800, 3300)] == "fail"


# --- the outcomes of a review (经审查, 经清理…) partition what was reviewed ----------------------

@pytest.mark.parametrize("text, key", [
    ("对本单位现行有效的42件规范性文件开展全面清理,经清理继续有效30件,修改8件,废止4件。", (42, 30, 8, 4)),
    ("全年新收行政复议申请640件,较上年增加35件。经审查,受理590件,不予受理38件,告知向其他机关申请12件。",
     (640, 590, 38, 12)),
    ("全年共排查隐患500处。经排查,已整改480处,其余20处正在整改。", (500, 480, 20)),
])
def test_the_outcomes_of_a_review_add_up_to_what_was_reviewed(tmp_path, text, key) -> None:
    assert sums(tmp_path, text) == {key: "pass"}


@pytest.mark.parametrize("text, typo, key", [
    # The list names its rest (继续有效, 其余): whole by its words, a misprint fails.
    ("对本单位现行有效的42件规范性文件开展全面清理,经清理继续有效30件,修改8件,废止4件。", ("废止4件", "废止5件"),
     (42, 30, 8, 5)),
    ("全年共排查隐患500处。经排查,已整改480处,其余20处正在整改。", ("其余20处", "其余21处"), (500, 480, 21)),
])
def test_a_misprinted_outcome_of_a_review_naming_its_rest_fails(tmp_path, text, typo, key) -> None:
    assert sums(tmp_path, text.replace(*typo)) == {key: "fail"}


@pytest.mark.parametrize("text", [
    # Outcomes that need not be all of them, adding up to nothing: left open.
    "全年共受理举报200件。经核查,属实120件,部分属实30件。",
    "全年新收行政复议申请640件。经审查,受理590件,不予受理38件。",
    # 已经 is "already", not a review opening a list.
    "全年共受理举报200件,已经核查180件,属实120件。",
])
def test_a_review_list_that_does_not_add_up_and_names_no_rest_is_not_checked(tmp_path, text) -> None:
    assert not failing(tmp_path, text)
    assert not [k for k in sums(tmp_path, text) if k[0] == 200 or k[0] == 640]


# --- a total after its list that names its measure ------------------------------------------------

@pytest.mark.parametrize("text", [
    "从区域分布看,城区受理投诉120件,郊区受理投诉80件,全年合计受理投诉200件。",
    "城区受理投诉120件,郊区受理投诉80件。全年合计受理投诉200件。",
    "城区受理投诉120件、郊区受理投诉80件,共计受理投诉200件。",
])
def test_a_total_naming_its_measure_closes_the_list_before_it(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {(200, 120, 80): "pass"}
    assert sums(tmp_path, text.replace("200件", "210件")) == {(210, 120, 80): "fail"}


def test_a_named_total_sums_only_parts_of_its_measure(tmp_path) -> None:
    # 办结 is not 受理投诉: no list of two parts before the total.
    assert sums(tmp_path, "城区受理投诉120件,办结110件,全年合计受理投诉200件。") == {}
    # Across a sentence end only the sentence right before: not two sentences back.
    assert sums(tmp_path, "城区受理投诉120件。郊区受理投诉80件。全年合计受理投诉200件。") == {}


RETAIL = ("全年社会消费品零售总额268.46亿元,增长4.5%。按经营地分,城镇消费品零售额211.40亿元,增长5.1%。"
          "乡村消费品零售额{b}亿元,增长3.2%。")


def test_a_classified_list_may_run_on_into_a_parallel_sentence_when_it_adds_up(tmp_path) -> None:
    assert sums(tmp_path, RETAIL.format(b="57.06")) == {(268.46, 211.4, 57.06): "pass"}
    # The words alone do not close a list across sentences: a list that does not add up is left open.
    assert sums(tmp_path, RETAIL.format(b="57.16")) == {}


def test_a_sentence_of_another_measure_does_not_join_the_list(tmp_path) -> None:
    text = ("全年社会消费品零售总额268.46亿元。按经营地分,城镇消费品零售额211.40亿元,乡村消费品零售额57.06亿元。"
            "全年网上零售额30.5亿元。")
    assert sums(tmp_path, text) == {(268.46, 211.4, 57.06): "pass"}


@pytest.mark.parametrize("text, expected", [
    # the total says how many items it adds up: the list after the opener, of that length
    ("全年共查处环境违法案件156件,其中按日连续处罚案件3件,查封扣押案件27件,限产停产案件5件,"
     "移送行政拘留案件11件,移送涉嫌环境污染犯罪案件4件,五类案件共计{t}件。", ([3, 27, 5, 11, 4], 50)),
    ("受理投诉120件、举报80件、咨询46件,以上三类合计{t}件。", ([120, 80, 46], 246)),
    ("检查发现问题18项、9项和4项,上述3项共{t}项。", ([18, 9, 4], 31)),
])
def test_a_total_that_counts_its_items(tmp_path, text, expected) -> None:
    parts, total = expected
    for t, status in ((total, "pass"), (total + 2, "fail")):
        (p := tmp_path / "r.txt").write_text(text.format(t=t), encoding="utf-8")
        sums = [c for c in toolkit.audit(p).checks if c.kind == "sum" and c.operands["total"] == t]
        assert [(c.operands["parts"], c.status) for c in sums] == [(parts, status)]


def test_a_count_of_items_that_does_not_match_the_list_says_nothing(tmp_path) -> None:
    # "以上两类" after three items: which two is not said
    (p := tmp_path / "r.txt").write_text("受理投诉120件、举报80件、咨询46件,以上两类合计200件。", encoding="utf-8")
    assert not [c for c in toolkit.audit(p).checks if c.kind == "sum"]


# --- totals that name their parts, and totals right after their list ---------------------------

@pytest.mark.parametrize(("text", "total", "parts"), [
    ("维持41件,确认违法6件,撤销9件,责令履行4件。纠错(确认违法、撤销、责令履行)合计19件,纠错率15.2%。", 19, (6, 9, 4)),
    ("确认违法6件,撤销9件,责令履行4件,终止12件。确认违法、撤销、责令履行三类直接纠错19件。", 19, (6, 9, 4)),
    ("予以公开52件,部分公开13件,二者合计65件,占62.5%。", 65, (52, 13)),
    ("全年新收申请96件,上年结转7件,需办理的申请共103件。", 103, (96, 7)),
])
def test_a_total_that_names_or_counts_its_parts(tmp_path, text, total, parts) -> None:
    assert sums(tmp_path, text) == {(total, *parts): "pass"}
    first = str(parts[0]) + "件"
    bad = text.replace(first, str(parts[0] + 3) + "件", 1)
    assert sums(tmp_path, bad) == {(total, parts[0] + 3, *parts[1:]): "fail"}


def test_a_total_counting_fewer_names_than_it_lists_is_not_read(tmp_path) -> None:
    text = "确认违法6件,撤销9件,责令履行4件。确认违法、撤销、责令履行两类纠错15件。"
    assert sums(tmp_path, text) == {}
