"""Session 18, helper fa36: the false alarms of unseen18 -- a duration cut (缩短, 压减) is a fall; a set
named by a stage alone is the nearest figure of that stage; 确认无效 is one of the 纠错 outcomes; the
year's additions after the kinds of a stock; a level compared against another quarter; a count of
places is no whole of their work; a group beside a 分别 list closed by its own 合计; the level a per-N
rate reached; a table column counted in another unit; the Chinese numeral 十 in a list; a target's
done figure is no change; a 合计 of the last kinds listed; a rate's base printed in a bracket after it.
Project sentences, written for these tests."""

from __future__ import annotations

import pytest
from helpers import audit_text


def checks(tmp_path, text: str, suffix: str = ".txt") -> list[tuple[str, str]]:
    """(rule, status) of every check of ``text``."""
    return [(c.rule, c.status) for c in audit_text(tmp_path, text, suffix)]


def of_kind(tmp_path, text: str, kind: str, suffix: str = ".txt") -> list:
    return [c for c in audit_text(tmp_path, text, suffix) if c.kind == kind]


def fails(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    return [rule for rule, status in checks(tmp_path, text, suffix) if status == "fail"]


# A duration cut (缩短, 压减, 压缩 of days) is a fall: the level before is the current plus the cut.
@pytest.mark.parametrize(("text", "status"), [
    ("平均办理时长3.6天,较上年缩短0.8天,缩短18.2%。", "pass"),
    ("平均办理时长3.6天,较上年缩短0.8天,下降18.2%。", "pass"),
    ("平均审批时间12天,同比压缩4天,下降25%。", "pass"),
    ("审批时限压减至5个工作日,比上年压减3个工作日,压减37.5%。", "pass"),
    ("平均结案周期45天,比上年缩短15天,缩短25%。", "pass"),
    ("平均办理时长3.6天,较上年缩短0.8天,缩短22.2%。", "fail"),
    ("平均审批时间12天,同比压缩4天,下降20%。", "fail"),
    ("平均结案周期45天,比上年缩短15天,缩短35%。", "fail"),
])
def test_a_duration_cut_is_a_fall(tmp_path, text, status) -> None:
    assert [c.status for c in of_kind(tmp_path, text, "change")] == [status]


# "受理案件中," after "…受理278件…": the set is the nearest figure named by the stage alone -- not a
# figure further back named by the stage with more words (another body's 受理行政诉讼案件).
@pytest.mark.parametrize(("text", "base", "status"), [
    ("同期全县法院受理行政诉讼一审案件173件。\n全年收到复议申请312件,经审查,受理278件,不予受理34件。"
     "受理案件中,适用简易程序审理102件,占36.7%;适用普通程序审理176件。", 278, "pass"),
    ("同期全县法院受理行政诉讼一审案件173件。\n全年收到复议申请312件,经审查,受理278件,不予受理34件。"
     "受理案件中,适用简易程序审理102件,占38.7%;适用普通程序审理176件。", 278, "fail"),
    ("全年法院受理一审行政案件95件。\n本机关收到申请140件,依法受理120件,不予受理20件。受理案件中,简易程序45件,"
     "占37.5%;普通程序75件。", 120, "pass"),
    ("全年法院受理一审行政案件95件。\n本机关收到申请140件,依法受理120件,不予受理20件。受理案件中,简易程序45件,"
     "占35.5%;普通程序75件。", 120, "fail"),
])
def test_a_stage_set_is_the_nearest_figure_of_the_stage(tmp_path, text, base, status) -> None:
    shares = [c for c in of_kind(tmp_path, text, "ratio") if c.rule == "ratio.share"]
    assert [(c.operands["denominator"], c.status) for c in shares] == [(base, status)]
    assert [r for r in fails(tmp_path, text) if r != "ratio.share"] == []


# 确认无效 is one of the outcomes a 纠错 total counts (reports that leave it out are a reading too).
@pytest.mark.parametrize(("text", "status"), [
    ("审结案件中:维持143件,驳回21件,确认违法18件,撤销22件,变更3件,责令履行7件,确认无效1件,终止46件。直接纠错51件。", "pass"),
    ("审结案件中:维持60件,驳回8件,撤销9件,确认违法4件,变更2件,确认无效2件,责令履行3件,终止7件。纠错案件20件。", "pass"),
    ("审结案件中:维持60件,驳回8件,撤销9件,确认违法4件,变更2件,确认无效2件,责令履行3件,终止7件。纠错案件18件。", "pass"),
    ("审结案件中:维持60件,驳回8件,撤销9件,确认违法4件,变更2件,确认无效2件,责令履行3件,终止7件。纠错案件23件。", "fail"),
    ("审结案件中:维持143件,驳回21件,确认违法18件,撤销22件,变更3件,责令履行7件,确认无效1件,终止46件。直接纠错53件。", "fail"),
])
def test_confirmed_void_is_a_correction(tmp_path, text, status) -> None:
    assert [c.status for c in of_kind(tmp_path, text, "sum") if c.rule == "sum.named_partition"] == [status]


# After the kinds of a stock ("现有…,其中A、B、C"), a clause of what the year added (新增, 新设立) is
# no more kind of it (unless the whole is an addition too).
@pytest.mark.parametrize(("text", "status"), [
    ("全局现有执法人员250名,其中具有高级资格的30名、中级资格120名、初级资格100名,全年新增取得资格28名。", "pass"),
    ("全县现有律师事务所45家,其中合伙所30家、个人所12家、国资所3家,本年新设立5家。", "pass"),
    ("全县现有律师事务所45家,其中合伙所30家、个人所12家、国资所4家,本年新设立5家。", "fail"),
    ("全市现有人民调解委员会610个,其中村级480个、社区级96个、行业性专业性34个,年内新建12个。", "pass"),
    ("全市现有人民调解委员会610个,其中村级480个、社区级96个、行业性专业性36个,年内新建12个。", "fail"),
    ("支队现有队员300名,其中一级50名、二级120名、三级110名,年内新增取得二级资格25名。", None),
    # (a whole that is itself an addition has additions for parts)
    ("全年新增减税降费及退税缓费共计12.5亿元,其中留抵退税7.2亿元,新增减税降费3.1亿元,缓税缓费2.2亿元。", "pass"),
    ("全年新增减税降费及退税缓费共计12.5亿元,其中留抵退税7.2亿元,新增减税降费3.1亿元,缓税缓费3.2亿元。", "fail"),
    ("本年新建各类学校共计24所,其中小学12所,新建幼儿园9所,初中3所。", "pass"),
])
def test_the_years_additions_are_no_kind_of_a_stock(tmp_path, text, status) -> None:
    sums = [c for c in of_kind(tmp_path, text, "sum") if c.rule == "sum.breakdown"]
    if status is None:
        assert not fails(tmp_path, text)
    else:
        assert [c.status for c in sums] == [status]
        assert all(c.operands["parts"][-1] not in (28, 5, 12) for c in sums)


# "较一季度的127件", "比上半年的1,000件": the level of another quarter or half compared against.
@pytest.mark.parametrize(("text", "status"), [
    ("超期办理工单83件,较一季度的127件减少44件,下降34.6%。", "pass"),
    ("超期办理工单83件,比一季度127件减少44件,下降34.6%。", "pass"),
    ("二季度受理投诉1,250件,比一季度的1,000件增加250件,增长25%。", "pass"),
    ("下半年办结960件,较上半年的800件增加160件,增长20%。", "pass"),
    ("超期办理工单83件,较一季度的127件减少44件,下降35.6%。", "fail"),
    ("下半年办结960件,较上半年的800件增加160件,增长22%。", "fail"),
])
def test_a_level_of_another_quarter_is_the_one_compared_against(tmp_path, text, status) -> None:
    assert [c.status for c in of_kind(tmp_path, text, "change")] == [status]
    assert [c.status for c in of_kind(tmp_path, text, "sum")] == ["pass"]


# A count of places or bodies ("18个乡镇", "46个县直单位") is no whole of the work any of them did.
@pytest.mark.parametrize("text", [
    "全县18个乡镇(街道)和46个县直单位、公共服务企业承接转办工单。受理量居前三位的是县城管局1,842件、县住建局1,317件、"
    "城关镇1,206件。",
    "全县18个乡镇承接转办工单。受理量居前三位的是县城管局1,842件、县住建局1,317件、城关镇1,206件。",
    "全市12个街道和30个市直部门参与办理。工单量较多的是市城管局980件、市住建局760件、市交通局412件。",
    "全区9个镇街承接工单。工单量最多的是区城管局322件、区住建局215件。",
])
def test_a_count_of_places_bounds_no_work(tmp_path, text) -> None:
    assert [c for c in of_kind(tmp_path, text, "bound") if c.rule == "bound.level"] == []


# A group named before a closing word after a 分别 list ("区直部门合计3,102件") is a sibling of the
# items, its own total; a count of them, "二者", "各类", a jurisdiction, a period or nothing closes the list.
@pytest.mark.parametrize(("text", "status"), [
    ("工单量居前两位的东港街道、西港街道分别为1,862件、1,537件,区直部门合计3,102件。", None),
    ("城区、郊区分别受理620件、480件,市直部门合计1,350件。", None),
    ("甲镇、乙镇分别调解纠纷86件、64件,其余乡镇合计210件。", None),
    ("东港街道、西港街道分别为1,862件、1,537件,两街道合计3,399件。", "pass"),
    ("东港街道、西港街道分别为1,862件、1,537件,两街道合计3,499件。", "fail"),
    ("东港街道、西港街道分别受理1,862件、1,537件,二者合计3,499件。", "fail"),
    ("城市、农村低保对象分别为3,126户、1,872户,合计4,998户。", "pass"),
    ("城市、农村低保对象分别为3,126户、1,872户,合计4,898户。", "fail"),
    ("城区、郊区分别受理620件、480件,全年合计1,100件。", "pass"),
    ("城区、郊区分别受理620件、480件,各类合计1,200件。", "fail"),
    ("一、二季度分别受理620件、480件,上半年合计1,100件。", "pass"),
])
def test_a_sibling_group_closes_no_list(tmp_path, text, status) -> None:
    sums = [c.status for c in of_kind(tmp_path, text, "sum")]
    assert sums == ([] if status is None else [status])


# "每10万人中…由6,384人上升为11,366人": the rate of the year is the level reached.
@pytest.mark.parametrize(("text", "shown", "status"), [
    ("全县常住人口为512,386人。全县拥有大学文化程度的人口为58,237人。与2010年相比,每10万人中拥有大学文化程度的"
     "由6,384人上升为11,366人。", 11366, "pass"),
    ("全县常住人口为512,386人。全县拥有大学文化程度的人口为58,237人。与2010年相比,每10万人中拥有大学文化程度的"
     "由6,384人上升到11,366人。", 11366, "pass"),
    ("全县常住人口为512,386人。全县拥有大学文化程度的人口为58,237人。与2010年相比,每10万人中拥有大学文化程度的"
     "由6,384人上升为12,366人。", 12366, "fail"),
    ("全市常住人口为1,250,000人。拥有大学文化程度的人口为187,500人。与2010年相比,每10万人中拥有大学文化程度的"
     "由9,120人上升为15,000人。", 15000, "pass"),
    ("全市常住人口为1,250,000人。拥有大学文化程度的人口为187,500人。与2010年相比,每10万人中拥有大学文化程度的"
     "由9,120人上升为16,000人。", 16000, "fail"),
])
def test_a_per_n_rate_is_the_level_reached(tmp_path, text, shown, status) -> None:
    rates = [c for c in of_kind(tmp_path, text, "ratio") if c.rule == "ratio.per_capita"]
    assert [(c.operands["percent"], c.status) for c in rates] == [(shown, status)]


_TABLE = ("年末全市医疗卫生机构1,420个,其中:医院48个,基层医疗卫生机构1,336个,专业公共卫生机构30个,其他机构6个。\n\n"
          "| 机构类别 | {head} | 比上年增长(%) |\n| --- | --- | --- |\n| 医院 | 712.5 | 5.2 |\n"
          "| 基层医疗卫生机构 | 906.3 | 2.1 |\n| 专业公共卫生机构 | {cell} | -1.4 |\n")


# A table cell counted in the unit its column's header names (万人次) restates no prose figure of
# another unit (个), whatever the row's name.
@pytest.mark.parametrize(("head", "cell", "expected"), [
    ("诊疗人次(万人次)", "41.8", []),
    ("诊疗人次(万人次)", "30.0", []),
    ("门诊量(万人次)", "41.8", []),
    ("床位数(张)", "41", []),
    ("机构数(个)", "30", ["pass"]),
    ("机构数(个)", "32", ["fail"]),
])
def test_a_column_of_another_unit_restates_nothing(tmp_path, head, cell, expected) -> None:
    text = _TABLE.format(head=head, cell=cell)
    equal = [c.status for c in of_kind(tmp_path, text, "equal", ".md") if c.rule == "equal.restated_table"]
    assert equal == expected


# The Chinese numeral 十 is a count in a list of counts, as 一 is ("驳回十件、撤销九件").
@pytest.mark.parametrize(("text", "status"), [
    ("全年审结三十五件,其中维持十件、撤销八件、终止十七件。", "pass"),
    ("全年审结三十五件,其中维持十件、撤销八件、终止十八件。", "fail"),
    ("全年审结五十件,其中维持三十件、驳回十件、撤销六件、终止四件。", "pass"),
    ("全年审结五十件,其中维持三十件、驳回十件、撤销六件、终止五件。", "fail"),
    ("全年受理二十五件,其中行政许可类十件、行政处罚类十五件。", "pass"),
])
def test_ten_in_a_list_is_a_count(tmp_path, text, status) -> None:
    assert [c.status for c in of_kind(tmp_path, text, "sum")] == [status]


# What was done over a target is a level, never the change over last year printed before the target.
@pytest.mark.parametrize(("text", "status"), [
    ("全年征收排污费860万元,比上年增加60万元,完成年度任务800万元的107.5%。", "pass"),
    ("全年征收排污费860万元,比上年增加60万元,增长7.5%,完成年度任务800万元的107.5%。", "pass"),
    ("全年新增就业12,846人,较上年多846人,完成年度目标任务12,000人的107.1%。", "pass"),
    ("全年征收排污费860万元,比上年增加60万元,完成年度任务800万元的108.5%。", "fail"),
    ("全年完成造林3.2万亩,比上年减少0.4万亩,完成年度计划3万亩的106.7%。", "pass"),
])
def test_a_target_is_done_by_the_level(tmp_path, text, status) -> None:
    assert [c.status for c in of_kind(tmp_path, text, "ratio") if c.rule == "ratio.target"] == [status]


# A 合计 of the last kinds listed ("…撤销9件,确认违法6件,责令履行3件,纠错案件合计18件") is their
# subtotal, not one more part of the whole's list.
@pytest.mark.parametrize(("text", "status"), [
    ("全年审结案件120件,维持80件,驳回10件,终止12件,撤销9件,确认违法6件,责令履行3件,纠错案件合计18件。", "pass"),
    ("全年审结案件120件,维持81件,驳回10件,终止12件,撤销9件,确认违法6件,责令履行3件,纠错案件合计18件。", "fail"),
    ("全年审结案件120件,其中维持80件、驳回10件、终止12件、撤销9件、确认违法6件、责令履行3件,纠错合计18件。", "pass"),
    ("共办结投诉500件,其中退赔类180件、维修类120件、更换类80件,售后类合计200件,其他120件。", "pass"),
])
def test_a_subtotal_of_the_last_kinds_is_no_part(tmp_path, text, status) -> None:
    sums = [c for c in of_kind(tmp_path, text, "sum") if c.operands["total"] in (120, 500)]
    assert [c.status for c in sums] == [status]


# A bracket right after a rate holding one figure named as a total is the rate's base.
@pytest.mark.parametrize(("text", "base", "status"), [
    ("重复信访事项157件。全年化解信访积案64件,化解率91.4%(列入攻坚的积案总数70件)。", 70, "pass"),
    ("重复信访事项157件。全年化解信访积案64件,化解率81.4%(列入攻坚的积案总数70件)。", 70, "fail"),
    ("受理矛盾纠纷320件。全年化解积案45件,化解率90%(积案总数50件)。", 50, "pass"),
    ("受理矛盾纠纷320件。全年化解积案45件,化解率80%(积案总数50件)。", 50, "fail"),
])
def test_a_bracketed_total_is_the_rates_base(tmp_path, text, base, status) -> None:
    rates = [c for c in of_kind(tmp_path, text, "ratio") if c.rule == "ratio.rate"]
    assert [(c.operands["denominator"], c.status) for c in rates] == [(base, status)]
