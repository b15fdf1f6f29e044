"""Shares and rates of a distant or named base, per-N rates, distributive 分别 lists
(toolkit/relations/shares.py and the share modules). Project sentences."""

from __future__ import annotations

import pytest
from helpers import audit_text


def ratios(tmp_path, text: str, rule: str | None = None) -> list[tuple]:
    """(numerator, denominator, percent, status) of every ratio check, optionally of one rule."""
    return [(c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.status)
            for c in audit_text(tmp_path, text)
            if c.kind == "ratio" and (rule is None or c.rule == rule)]


def has(found: list[tuple], numerator, denominator, percent, status: str) -> bool:
    return any(float(n) == numerator and float(b) == denominator and float(p) == percent and s == status
               for n, b, p, s in found)


# -- a period spanning two years is the figure's own period, not a year compared against ---------

@pytest.mark.parametrize(("text", "numerator", "base", "percent", "status"), [
    ("2022年7月至2023年6月,本院共受理执行案件4,200件,执结3,780件,执结率90.0%。", 3780, 4200, 90.0, "pass"),
    ("2022年7月至2023年6月,本院共受理执行案件4,200件,执结3,780件,执结率92.0%。", 3780, 4200, 92.0, "fail"),
    ("2019年1月至2020年12月,全区共排查隐患860处,已整改817处,整改率95.0%。", 817, 860, 95.0, "pass"),
])
def test_a_period_spanning_two_years_is_no_previous_year(tmp_path, text, numerator, base, percent, status) -> None:
    assert has(ratios(tmp_path, text), numerator, base, percent, status)


def test_a_span_is_no_comparison_but_a_year_compared_against_is(tmp_path) -> None:
    # "2022年受理…,2023年受理…": the 2022 figure is last year's, no base of this year's rate
    found = ratios(tmp_path, "2022年受理执行案件4,200件,2023年受理执行案件4,500件,执结4,050件,执结率90.0%。")
    assert not any(float(b) == 4200 for _, b, _, _ in found)
    assert has(found, 4050, 4500, 90.0, "pass")
    found = ratios(tmp_path, "2022年1月至2023年6月受理执行案件4,500件,执结4,050件,执结率90.0%。")
    assert has(found, 4050, 4500, 90.0, "pass")


# -- a 其中 inside an aside closed before a figure lists the aside's items, not the figure ----------

@pytest.mark.parametrize(("text", "numerator", "base", "percent", "status"), [
    ("本院受理执行案件3,500件(其中新收3,100件,旧存400件),执结3,150件,执结率90.0%。\n"
     "执结案件中,执行完毕1,260件,终结本次执行程序1,134件,终结执行380件,其他376件,终本率36.0%。",
     1134, 3150, 36.0, "pass"),
    ("本院受理执行案件3,500件(其中新收3,100件,旧存400件),执结3,150件,执结率90.0%。\n"
     "执结案件中,执行完毕1,260件,终结本次执行程序1,134件,终结执行380件,其他376件,终本率38.0%。",
     1134, 3150, 38.0, "fail"),
])
def test_an_aside_list_leaves_the_figures_after_it_whole(tmp_path, text, numerator, base, percent, status) -> None:
    assert has(ratios(tmp_path, text), numerator, base, percent, status)


# -- rates listed position by position: "接访a、b,化解x、y,化解率分别为p、q" --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("县级领导、乡镇领导分别接访群众120批次、900批次,分别化解信访问题90件、810件,化解率分别为75.0%、90.0%。",
     [(90, 120, 75.0, "pass"), (810, 900, 90.0, "pass")]),
    ("县级领导、乡镇领导分别接访群众120批次、900批次,分别化解信访问题90件、810件,化解率分别为75.0%、92.0%。",
     [(90, 120, 75.0, "pass"), (810, 900, 92.0, "fail")]),
])
def test_respective_rates_may_count_in_another_counter(tmp_path, text, expected) -> None:
    found = ratios(tmp_path, text, "ratio.rate")
    assert sorted((float(n), float(b), float(p), s) for n, b, p, s in found) == expected


def test_respective_rates_need_lists_of_their_length(tmp_path) -> None:
    # three visits, two resolutions, two rates: which visit each rate is of is unclear -- and a
    # list of two of the same counter is read as before
    assert ratios(tmp_path, "三级领导分别接访群众120批次、900批次、300批次,分别化解信访问题90件、810件,"
                            "化解率分别为75.0%、92.0%。", "ratio.rate") == []
    found = ratios(tmp_path, "市、县两级分别受理诉求860件、240件,办结分别为851件、236件,办结率分别为99.0%、97.0%。")
    assert has(found, 236, 240, 97.0, "fail")
    found = ratios(tmp_path, "两级领导分别接访群众120批次、900批次,分别化解信访问题90件、810件,化解率分别为75.0%、92.0%。")
    assert has(found, 810, 900, 92.0, "fail")


# -- targets met position by position -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全年新开工安置住房4,120套,基本建成3,150套,年度目标任务分别为4,000套和3,000套,分别完成103.0%和105.0%。",
     [(3150, 3000, 105.0, "pass"), (4120, 4000, 103.0, "pass")]),
    ("全年新开工安置住房4,120套,基本建成3,150套,年度目标任务分别为4,000套和3,000套,分别完成103.0%和108.0%。",
     [(3150, 3000, 108.0, "fail"), (4120, 4000, 103.0, "pass")]),
    ("全年新开工安置住房4,120套、基本建成3,150套,分别完成年度目标任务4,000套和3,000套的103.0%和105.0%。",
     [(3150, 3000, 105.0, "pass"), (4120, 4000, 103.0, "pass")]),
])
def test_targets_met_position_by_position(tmp_path, text, expected) -> None:
    found = ratios(tmp_path, text, "ratio.target")
    assert sorted((float(n), float(b), float(p), s) for n, b, p, s in found) == expected


@pytest.mark.parametrize("text", [
    # one figure done, two targets: the lists differ in length
    "全年新开工安置住房4,120套,年度目标任务分别为4,000套和3,000套,分别完成103.0%和105.0%。",
    # targets of next year: no parts of what was done, nothing met yet
    "全年新开工安置住房4,120套,基本建成3,150套,明年目标任务分别为4,500套和3,600套。",
])
def test_targets_listed_with_a_figure_are_no_parts_of_it(tmp_path, text) -> None:
    assert not any(c.status == "fail" for c in audit_text(tmp_path, text))


# -- a rate in a later chapter over the totals of a first chapter of totals ----------------------

@pytest.mark.parametrize(("text", "numerator", "base", "percent", "status"), [
    ("某市热线二季度运行分析\n一、总体运行情况\n全季度热线共受理群众诉求12.50万件,同比增长5.0%。\n"
     "二、办理情况\n热线直接办结8.00万件,直接办结率64.0%;转派工单4.50万件。", 80000, 125000, 64.0, "pass"),
    ("某市热线二季度运行分析\n一、总体运行情况\n全季度热线共受理群众诉求12.50万件,同比增长5.0%。\n"
     "二、办理情况\n热线直接办结8.00万件,直接办结率64.8%;转派工单4.50万件。", 80000, 125000, 64.8, "fail"),
    ("某市行政复议工作报告\n一、案件收办情况\n全年共收到行政复议申请1,300件,审结1,200件。\n"
     "二、审理结果\n审结案件中,维持700件,驳回200件,撤销96件,终止204件。直接纠错96件,纠错率8.0%。", 96, 1200, 8.0, "pass"),
])
def test_a_rate_over_the_totals_of_the_first_chapter(tmp_path, text, numerator, base, percent, status) -> None:
    assert has(ratios(tmp_path, text), numerator, base, percent, status)


def test_a_rate_of_a_later_chapter_no_total_explains_is_left(tmp_path) -> None:
    # 甲县's own intake is not printed: the city's total explains nothing, no check
    text = ("某市热线二季度运行分析\n一、总体运行情况\n全季度热线共受理群众诉求12.50万件。\n"
            "二、县区情况\n甲县直接办结0.80万件,直接办结率81.0%。")
    assert not any(c.kind == "ratio" and c.status == "fail" for c in audit_text(tmp_path, text))
    assert has(ratios(tmp_path, text.replace("81.0%", "6.4%")), 8000, 125000, 6.4, "pass")


# -- per-N rate columns of a table ------------------------------------------------------------------

_PER_N_TABLE = """各地区诉求量情况如下:
| 地区 | 常住人口(万人) | 诉求量(件) | 每万人诉求量(件) |
| --- | --- | --- | --- |
| 东区 | 40.0 | 30,000 | 750.0 |
| 西区 | 25.0 | 20,000 | {west} |
| 全市 | 65.0 | 50,000 | 769.2 |
"""


def test_a_per_n_column_is_each_rows_count_over_its_population(tmp_path) -> None:
    found = ratios(tmp_path, _PER_N_TABLE.format(west="800.0"), "ratio.per_capita")
    assert sorted((float(n), float(b), float(p), s) for n, b, p, s in found) == [
        (20000, 250000, 800.0, "pass"), (30000, 400000, 750.0, "pass"), (50000, 650000, 769.2, "pass")]
    found = ratios(tmp_path, _PER_N_TABLE.format(west="880.0"), "ratio.per_capita")
    assert (20000, 250000, 880.0, "fail") in [(float(n), float(b), float(p), s) for n, b, p, s in found]


@pytest.mark.parametrize("west", ["800.0", "880.0"])
def test_a_per_n_column_without_one_population_column_is_left(tmp_path, west) -> None:
    # two population columns (常住, 户籍): which one the rate is over is not said -- and the
    # table's other relations stand as before
    text = _PER_N_TABLE.format(west=west).replace("| 常住人口(万人) |", "| 常住人口(万人) | 户籍人口(万人) |")
    text = text.replace("| --- | --- | --- | --- |", "| --- | --- | --- | --- | --- |")
    for row, extra in (("东区 | 40.0", "东区 | 40.0 | 38.0"), ("西区 | 25.0", "西区 | 25.0 | 24.0"),
                       ("全市 | 65.0", "全市 | 65.0 | 62.0")):
        text = text.replace(row, extra)
    assert ratios(tmp_path, text, "ratio.per_capita") == []
    assert not any(c.status == "fail" for c in audit_text(tmp_path, text))
    # one population column: read (so this test fails where the column is never read)
    assert ratios(tmp_path, _PER_N_TABLE.format(west=west), "ratio.per_capita")


# -- rates named by meaning: 好评率, 个人住房贷款率; a level over the budget it was set ----------------

_LOANS = ("某市住房公积金年度报告\n一、业务运行情况\n(一)缴存。年末缴存总额500.00亿元、缴存余额200.00亿元,"
          "分别比上年末增长10.0%和6.0%。\n(二)贷款。发放个人住房贷款5,000笔、30.00亿元。截至年底,"
          "个人住房贷款余额150.00亿元,个人住房贷款率{rate}%。")


@pytest.mark.parametrize(("text", "numerator", "base", "percent", "status"), [
    ("全年收到群众评价12.50万次,其中非常满意11.80万次、满意0.55万次、不满意0.15万次。满意及以上12.35万次,"
     "好评率98.8%。", 123500, 125000, 98.8, "pass"),
    ("全年收到群众评价12.50万次,其中非常满意11.80万次、满意0.55万次、不满意0.15万次。满意及以上12.35万次,"
     "好评率96.8%。", 123500, 125000, 96.8, "fail"),
    (_LOANS.format(rate="75.0"), 150, 200, 75.0, "pass"),
    (_LOANS.format(rate="57.0"), 150, 200, 57.0, "fail"),
    ("2023年,一般公共预算支出完成25.30亿元,为调整预算26.00亿元的97.3%。", 25.3, 26, 97.3, "pass"),
    ("2023年,一般公共预算支出完成25.30亿元,为调整预算26.00亿元的95.3%。", 25.3, 26, 95.3, "fail"),
])
def test_rates_named_by_meaning(tmp_path, text, numerator, base, percent, status) -> None:
    assert has(ratios(tmp_path, text), numerator, base, percent, status)


# -- per-N rates: a 分别 list of them, a slash rate named loosely, a share after a per-N rate ------

@pytest.mark.parametrize(("last", "status"), [("3.00", "pass"), ("3.30", "fail")])
def test_a_list_of_per_n_rates_position_by_position(tmp_path, last, status) -> None:
    text = ("年末全市常住人口400.0万人。卫生技术人员3.00万人,其中执业(助理)医师1.00万人、注册护士1.20万人,"
            f"每千常住人口执业(助理)医师、注册护士分别为2.50人和{last}人。")
    found = ratios(tmp_path, text, "ratio.per_capita")
    assert has(found, 10000, 4000000, 2.5, "pass")
    assert has(found, 12000, 4000000, float(last), status)


def test_a_list_of_per_n_rates_longer_than_its_names_is_left(tmp_path) -> None:
    text = ("年末全市常住人口400.0万人。卫生技术人员3.00万人,其中执业(助理)医师1.00万人、注册护士1.20万人,"
            "每千常住人口执业(助理)医师、注册护士分别为2.50人、3.00人和7.50人。")
    assert ratios(tmp_path, text, "ratio.per_capita") == []
    # two names, two figures: read
    assert ratios(tmp_path, text.replace("、3.00人和7.50人", "和3.00人"), "ratio.per_capita")


@pytest.mark.parametrize(("rate", "status"), [("168.41", "pass"), ("186.41", "fail")])
def test_a_slash_rate_over_the_population_named_loosely(tmp_path, rate, status) -> None:
    text = f"全县常住人口62.17万人。\n全年报告甲乙类法定传染病1,047例,死亡2人,报告发病率{rate}/10万。"
    assert has(ratios(tmp_path, text, "ratio.per_capita"), 1047, 621700, float(rate), status)


@pytest.mark.parametrize(("share", "status"), [("25.0", "pass"), ("27.0", "fail")])
def test_a_share_after_a_per_n_rate_is_of_the_count_before_it(tmp_path, share, status) -> None:
    text = f"全年收集药品不良反应报告1,200份,每百万人口报告数1,000份,其中新的和严重的报告300份,占{share}%。"
    found = ratios(tmp_path, text, "ratio.share")
    assert has(found, 300, 1200, float(share), status)
    assert not any(float(b) == 1000 for _, b, _, _ in found)


@pytest.mark.parametrize(("first", "status"), [("8.62", "pass"), ("6.62", "fail")])
def test_the_first_slash_rate_of_a_list(tmp_path, first, status) -> None:
    text = (f"全年全市活产数58,012人,孕产妇死亡5人、婴儿死亡140人,孕产妇死亡率和婴儿死亡率分别为{first}/10万"
            "和2.41‰。")
    assert has(ratios(tmp_path, text, "ratio.per_capita"), 5, 58012, float(first), status)


# -- a bare share of a later chapter over the totals of a first chapter of totals ----------------

_FIRES = ("某市2024年火灾情况分析\n一、全年火灾基本情况\n2024年,全市共接报火灾2,000起,死亡6人,直接财产损失1500.0万元。\n"
          "二、火灾主要特点\n(一)从起火场所看,住宅火灾900起,占45.0%;其他场所1,100起,占55.0%。\n"
          "(二)从起火原因看,全年因电气原因引发火灾760起,占{share}%;因用火不慎引发火灾500起,占{other}%。\n")


@pytest.mark.parametrize(("share", "status"), [("38.0", "pass"), ("36.0", "fail")])
def test_a_bare_share_of_a_later_chapter_over_the_first_chapters_total(tmp_path, share, status) -> None:
    # (the 500 起's share holds over the 2,000: the sentence's shares are of it, and 36.0% is off)
    found = ratios(tmp_path, _FIRES.format(share=share, other="25.0"), "ratio.share")
    assert has(found, 760, 2000, float(share), status)


@pytest.mark.parametrize(("share", "other"), [("22.4", "25.0"), ("36.0", "28.0")])
def test_a_bare_share_no_total_explains_is_left(tmp_path, share, other) -> None:
    # 22.4% is no share of the 2,000 (38.0%), nor one misprint away; 36.0% and 28.0% both off it:
    # nothing says the sentence's shares are of the report's total -- no failing check
    found = ratios(tmp_path, _FIRES.format(share=share, other=other), "ratio.share")
    assert not any(float(n) in (760, 500) and s == "fail" for n, _, _, s in found)
    assert has(ratios(tmp_path, _FIRES.format(share="38.0", other=other), "ratio.share"), 760, 2000, 38.0, "pass")


# -- parts in several measures, each a share of its measure's whole before the 其中 ---------------

@pytest.mark.parametrize(("deaths", "status"), [("60.0", "pass"), ("62.0", "fail")])
def test_shares_of_a_total_in_each_measure(tmp_path, deaths, status) -> None:
    text = f"全年发生事故50起,死亡40人。其中道路交通事故30起、死亡24人,分别占总数的60.0%和{deaths}%。"
    found = ratios(tmp_path, text, "ratio.share")
    assert has(found, 30, 50, 60.0, "pass")
    assert has(found, 24, 40, float(deaths), status)


def test_shares_of_a_total_in_each_measure_need_one_whole_each(tmp_path) -> None:
    # two counts of deaths before the 其中: which whole the share is of is unclear
    text = "全年发生事故50起,死亡40人,其中当场死亡32人。其中道路交通事故30起、死亡24人,分别占总数的60.0%和62.0%。"
    assert not any(c.status == "fail" for c in audit_text(tmp_path, text))
    found = ratios(tmp_path, "全年发生事故50起,死亡40人。其中道路交通事故30起、死亡24人,分别占总数的60.0%和62.0%。")
    assert has(found, 24, 40, 62.0, "fail")


# -- targets of a 分别 list stated in another sentence ----------------------------------------------

_JOBS = "年度目标任务为城镇新增就业5.00万人、失业人员再就业1.00万人。"
_DONE = "全年城镇新增就业5.20万人、失业人员再就业1.10万人,分别完成年度目标任务的104.0%和{b}%。"


@pytest.mark.parametrize(("text", "b", "status"), [
    (_JOBS + _DONE, "110.0", "pass"), (_JOBS + _DONE, "115.0", "fail"), (_DONE + _JOBS, "110.0", "pass")])
def test_targets_of_a_list_stated_in_another_sentence(tmp_path, text, b, status) -> None:
    found = ratios(tmp_path, text.format(b=b), "ratio.target")
    assert has(found, 52000, 50000, 104.0, "pass")
    assert has(found, 11000, 10000, float(b), status)


def test_targets_of_a_list_not_all_stated_are_left(tmp_path) -> None:
    # one target for two percents: the second percent's target is not printed -- and the first
    # percent is no share of the last figure done (the list's positions, not its nearest figure)
    text = "年度目标任务为城镇新增就业5.00万人。" + _DONE.format(b="110.0")
    assert not any(c.status == "fail" for c in audit_text(tmp_path, text))
    assert has(ratios(tmp_path, _JOBS + _DONE.format(b="110.0"), "ratio.target"), 11000, 10000, 110.0, "pass")


def test_a_per_n_column_over_a_population_printed_without_its_unit_is_left(tmp_path) -> None:
    # "常住人口|40.0": in 万 or in people? the rate cannot be read -- no failing check
    text = _PER_N_TABLE.format(west="800.0").replace("常住人口(万人)", "常住人口")
    assert ratios(tmp_path, text, "ratio.per_capita") == []
    assert ratios(tmp_path, _PER_N_TABLE.format(west="800.0"), "ratio.per_capita")


# -- 均: one rate said of each base-and-figure pair stated clause by clause ------------------------

@pytest.mark.parametrize(("done", "status"), [("120", "pass"), ("118", "fail")])
def test_one_rate_of_each_pair_stated_clause_by_clause(tmp_path, done, status) -> None:
    text = f"受理投诉120件,办结{done}件;受理举报80件,办结80件;办结率均为100%。"
    found = ratios(tmp_path, text)
    assert has(found, int(done), 120, 100, status)
    assert has(found, 80, 80, 100, "pass")


def test_one_rate_of_clauses_of_other_figures_is_left(tmp_path) -> None:
    # a clause with a third figure (退回2件): the pairs are not what the rate is said of
    text = "受理投诉120件,办结118件,退回2件;受理举报80件,办结80件;办结率均为100%。"
    assert not any(c.status == "fail" for c in audit_text(tmp_path, text))
    assert has(ratios(tmp_path, "受理投诉120件,办结118件;受理举报80件,办结80件;办结率均为100%。"), 118, 120, 100, "fail")


# -- a named base the words name by the item's own words, not the total over it -------------------

_DOCS = ("全年主动公开政府信息3,000条,较上年增加300条。按信息类型划分,政策文件类600条,工作动态类1,800条,"
         "其他类600条。围绕政策文件发布解读材料{n}篇,占主动公开政策文件数的15.0%。")


@pytest.mark.parametrize(("n", "status"), [("90", "pass"), ("96", "fail")])
def test_a_named_base_is_the_item_its_own_words_name(tmp_path, n, status) -> None:
    found = ratios(tmp_path, _DOCS.format(n=n), "ratio.share")
    assert has(found, int(n), 600, 15.0, status)
    assert not any(float(b) == 3000 for _, b, _, _ in found)


def test_a_named_base_two_items_name_alike_is_left(tmp_path) -> None:
    # two items named 政策文件 with different figures: which one is the base is unclear
    text = _DOCS.format(n="96").replace("其他类600条", "其他政策文件类300条")
    assert not any(float(n) == 96 for n, _, _, _ in ratios(tmp_path, text, "ratio.share"))
    assert has(ratios(tmp_path, _DOCS.format(n="96"), "ratio.share"), 96, 600, 15.0, "fail")
