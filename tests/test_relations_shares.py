"""Shares of the right base: the total a list partitions, or the base the words name.

Every sentence here is written for the project.
"""

from __future__ import annotations

import pytest

import toolkit


def ratios(tmp_path, text: str) -> list[tuple[float, float, float, str]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return sorted((c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.status)
                  for c in toolkit.audit(p).checks if c.kind == "ratio")


OUTCOMES = ("全年收到政府信息公开申请860件,按期答复812件(另有48件结转下年度)。其中,予以公开301件,占{a}%;"
            "部分公开44件,占5.4%;不予公开67件,占8.3%;无法提供400件,占49.3%。")


def test_shares_of_a_list_are_of_the_total_it_adds_up_to(tmp_path) -> None:
    # 301 + 44 + 67 + 400 = 812: the shares are of the 812 answered, not of the 860 received.
    assert ratios(tmp_path, OUTCOMES.format(a="37.1")) == [
        (44, 812, 5.4, "pass"), (67, 812, 8.3, "pass"), (301, 812, 37.1, "pass"), (400, 812, 49.3, "pass")]
    # 301 / 812 = 37.07%: a printed 37.6% fails, and only that share.
    assert [r for r in ratios(tmp_path, OUTCOMES.format(a="37.6")) if r[3] != "pass"] == [(301, 812, 37.6, "fail")]


def test_a_named_base_the_report_does_not_state_gives_no_check(tmp_path) -> None:
    assert ratios(tmp_path, "甲市收到行政复议申请1310件,占全省新收行政复议申请总数的38.52%。") == []
    # The figure printed before is not the named base (全省…总数): no check rather than a wrong one.
    text = "全市受理投诉举报1200件,其中甲区受理300件,占全省投诉举报总数的5%。"
    assert [r for r in ratios(tmp_path, text) if r[1] == 1200] == []


def test_a_named_base_the_report_states(tmp_path) -> None:
    text = "全省新收行政复议申请3401件。甲市收到行政复议申请1310件,占全省新收行政复议申请总数的38.52%。"
    assert ratios(tmp_path, text) == [(1310, 3401, 38.52, "pass")]
    text = "全省新收行政复议申请3401件。甲市收到行政复议申请1310件,占全省新收行政复议申请总数的36.52%。"
    assert ratios(tmp_path, text) == [(1310, 3401, 36.52, "fail")]


def test_rates_named_by_meaning_come_from_the_catalog(tmp_path) -> None:
    assert ratios(tmp_path, "12345热线转办工单1865件,办结1850件,办结率99.2%。") == [(1850, 1865, 99.2, "pass")]
    assert ratios(tmp_path, "12345热线转办工单1865件,办结1850件,办结率98.2%。") == [(1850, 1865, 98.2, "fail")]
    # 不合格率 is of the failed batches, not of the passed ones (合格率 must not claim it).
    assert ratios(tmp_path, "抽检食品320批次,合格312批次,不合格8批次,不合格率2.5%。") == [(8, 320, 2.5, "pass")]
    assert ratios(tmp_path, "回访群众1200人次,满意1164人次,满意率97%。") == [(1164, 1200, 97, "pass")]
    # what inspections found, over what was inspected
    assert ratios(tmp_path, "抽查排污单位1,024家次,其中重点排污单位312家次,发现问题单位87家次,问题发现率8.5%。") \
        == [(87, 1024, 8.5, "pass")]
    assert ratios(tmp_path, "抽查排污单位1,024家次,发现问题单位87家次,问题发现率9.5%。") == [(87, 1024, 9.5, "fail")]


def test_answers_may_outnumber_requests_when_some_were_carried_over(tmp_path) -> None:
    p = tmp_path / "r.txt"
    p.write_text("本年度共收到政府信息公开申请86件,上年结转4件。本年度办结88件,结转下年度2件。", encoding="utf-8")
    assert [c for c in toolkit.audit(p).checks if c.status == "fail"] == []


def test_a_bad_rate_vocabulary_is_a_catalog_error(monkeypatch) -> None:
    import pytest
    from helpers import broken_catalog

    from toolkit.errors import CatalogError
    from toolkit.relations import shares

    shares.rate_vocabulary.cache_clear()
    broken_catalog(monkeypatch, "rates:\n  - id: x\n    rate: '(unclosed'\n    numerator: a\n    denominator: b\n")
    with pytest.raises(CatalogError):
        shares.rate_vocabulary()
    monkeypatch.undo()
    shares.rate_vocabulary.cache_clear()
    assert shares.rate_vocabulary()


def test_more_bases_by_meaning(tmp_path) -> None:
    assert ratios(tmp_path, "有监督员42人,39人持有行政执法证件,持证率92.9%。") == [(39, 42, 92.9, "pass")]
    text = "全市因政府信息公开被申请行政复议16件、被提起行政诉讼9件,其中复议被纠错2件,诉讼败诉1件,复议纠错率12.5%。"
    assert (2, 16, 12.5, "pass") in ratios(tmp_path, text)


def test_shares_listed_with_fenbie(tmp_path) -> None:
    text = "全年受理群众诉求5000件,其中咨询类2000件、投诉类1500件、求助类1500件,分别占40%、30%、30%。"
    assert ratios(tmp_path, text) == [(1500, 5000, 30, "pass"), (1500, 5000, 30, "pass"), (2000, 5000, 40, "pass")]
    assert (1500, 5000, 35, "fail") in ratios(tmp_path, text.replace("30%、30%", "35%、30%"))
    # A named base, stated in the sentence before.
    text = "全年受理群众诉求5000件。咨询类2000件、投诉类1600件、求助类1400件,分别占受理总量的40%、32%、28%。"
    assert len(ratios(tmp_path, text)) == 3
    # The words find only a figure smaller than the parts: no reading to check.
    text = "单日最高受理量1126件。咨询类2000件、投诉类1600件,分别占受理总量的40%、32%。"
    assert ratios(tmp_path, text) == []


def test_the_base_of_a_rate_is_the_whole_not_a_part_of_it(tmp_path) -> None:
    text = ("全年受理群众诉求52.6万件,其中电话渠道受理41.2万件,网络渠道受理11.4万件。"
            "全年直接办结28.4万件,直接办结率54.0%。")
    assert (284000, 526000, 54.0, "pass") in ratios(tmp_path, text)
    assert [r for r in ratios(tmp_path, text) if r[1] == 114000] == []


def test_a_sibling_is_not_a_base(tmp_path) -> None:
    # 物业 and 拖欠工资 are two kinds of one total: 1.6万 is not a share of 3.8万.
    text = "全年涉及物业管理诉求3.8万件,占诉求总量的7.2%;涉及拖欠工资诉求1.6万件,占3.0%。"
    assert [r for r in ratios(tmp_path, text) if r[1] == 38000] == []
    # "总量" is never an item listed after a classification opener.
    text = "按诉求类型分,咨询类23.5万件、投诉类14.2万件。全年涉及物业管理诉求3.8万件,占诉求总量的7.2%。"
    assert ratios(tmp_path, text) == []


def test_a_bracketed_base_after_a_change(tmp_path) -> None:
    text = "新收行政复议申请1876件,比上年增加263件,增幅为16.31%,占全省新收行政复议申请总数(19542件)的9.6%。"
    assert (1876, 19542, 9.6, "pass") in ratios(tmp_path, text)


def test_a_cumulative_group_is_no_single_figure(tmp_path) -> None:
    # 本科及以上 = 研究生 36 + 本科 212 = 248 of 286 = 86.7%: 212 alone is not its numerator.
    text = "全局在编人员286人,其中执法人员248人;研究生学历36人,本科学历212人,本科及以上学历人员占86.7%。"
    assert [r for r in ratios(tmp_path, text) if r[0] == 212] == []
    text = "全局在编人员286人,其中本科及以上学历248人,占86.7%。"
    assert ratios(tmp_path, text) == [(248, 286, 86.7, "pass")]


def test_a_rate_over_the_total_of_the_list_its_base_words_name(tmp_path) -> None:
    # 立案 names the 35 of the first item, but the list adds up to 共计40: the rate is over the 40.
    text = "全年立案查处土地违法案件35件、矿产违法案件5件,共计40件;结案38件,结案率95%。"
    assert ratios(tmp_path, text) == [(38, 40, 95, "pass")]


def test_a_share_stated_before_its_count(tmp_path) -> None:
    assert ratios(tmp_path, "全年共收到群众来信300件,其中网上来信占比达到70%,共210件。") == [(210, 300, 70, "pass")]
    assert ratios(tmp_path, "全年共收到群众来信300件,其中网上来信占比达到75%,共210件。") == [(210, 300, 75, "fail")]
    assert ratios(tmp_path, "全年一般公共预算支出50.00亿元,民生支出占比80%,达40.00亿元。") == [(40, 50, 80, "pass")]
    # A rate before the count it is of.
    assert ratios(tmp_path, "全年审结案件1000件,调解撤诉率为40%,调解撤诉400件。") == [(400, 1000, 40, "pass")]


def test_shares_that_add_up_to_less_than_the_whole_mark_the_list_incomplete(tmp_path) -> None:
    # 40% + 30%: the two kinds are not all the requests, so 2000 + 1500 against 5000 is no error,
    # and each share is of the total the list stands under.
    p = tmp_path / "r.txt"
    p.write_text("全年受理诉求5000件,其中咨询2000件、投诉1500件,占比分别为40%、30%。", encoding="utf-8")
    checks = toolkit.audit(p).checks
    assert [c for c in checks if c.status == "fail"] == []
    assert sorted((c.operands["numerator"], c.operands["denominator"]) for c in checks if c.kind == "ratio") == [
        (1500, 5000), (2000, 5000)]


def test_items_of_a_list_are_not_the_base_of_a_rate_or_a_later_share(tmp_path) -> None:
    text = ("全年审结行政复议案件1000件。\n在审结的案件中,维持600件,占审结总数的60%;驳回150件,占15%;"
            "确认违法、撤销等纠错案件140件,纠错率14%。\n")
    got = ratios(tmp_path, text)
    assert (600, 1000, 60, "pass") in got and (150, 1000, 15, "pass") in got
    assert [r for r in got if r[1] == 600] == []  # 维持600件 is an item, not the 纠错率's base


# --- shares of a distant or named base, and shares that partition it (issue 15, pattern C) -------

def sums_of(tmp_path, text: str) -> dict[tuple, str]:
    p = tmp_path / "s.txt"
    p.write_text(text, encoding="utf-8")
    return {(c.operands["total"], *c.operands["parts"]): c.status for c in toolkit.audit(p).checks
            if c.kind == "sum"}


FILLER = "我局坚持以人民为中心,持续完善工作机制,强化部门协同联动,推动服务质量持续提升,群众满意度稳步提高。" * 4

FAR = ("一、总体情况\n全市全年共收到政府信息公开申请2,400件,较上年增长5.2%。" + FILLER + "\n二、办理情况\n"
       + FILLER + "\n从层级看,市本级收到申请960件,占全市申请总量的{a}%;区县收到1,440件,占60.0%。\n")


def test_a_named_base_stated_in_an_earlier_section(tmp_path) -> None:
    assert ratios(tmp_path, FAR.format(a="40.0")) == [(960, 2400, 40, "pass"), (1440, 2400, 60, "pass")]
    assert (960, 2400, 41, "fail") in ratios(tmp_path, FAR.format(a="41.0"))


def test_a_far_base_is_a_whole_of_the_same_scope_not_an_item(tmp_path) -> None:
    # 全省 named: the city's figure far before is not it; nothing to check.
    text = ("全市全年共收到申请2,400件。" + FILLER + "\n市本级收到申请960件,占全省申请总量的4.0%。\n")
    assert ratios(tmp_path, text) == []
    # The base named as a total is no item of a list ("其中…收到申请1,200件").
    text = ("全年共收到申请2,400件,其中网上收到申请1,200件。" + FILLER + "\n市本级收到申请960件,占申请总量的40.0%。\n")
    assert ratios(tmp_path, text) == [(960, 2400, 40, "pass")]


RESPECTIVE = ("全年共受理群众诉求5,000件,较上年增加320件。按渠道分,电话渠道受理3,600件,网络渠道受理1,400件。"
              "单日最高受理量210件。{opener},咨询类2,000件、投诉类1,500件,分别占受理总量的40.0%、30.0%;"
              "求助类1,000件,占20.0%;建议类500件,占{d}%。")


def test_respective_shares_of_a_total_named_base_skip_smaller_figures_and_items(tmp_path) -> None:
    # 受理总量: not the 210 of one day, not the 3,600 by telephone (an item of the channel list).
    got = ratios(tmp_path, RESPECTIVE.format(opener="从诉求类型看", d="10.0"))
    assert got == [(500, 5000, 10, "pass"), (1000, 5000, 20, "pass"), (1500, 5000, 30, "pass"),
                   (2000, 5000, 40, "pass")]


def test_shares_adding_up_to_the_whole_base_make_a_sum(tmp_path) -> None:
    text = RESPECTIVE.format(opener="从诉求类型看", d="10.0")
    assert sums_of(tmp_path, text)[(5000, 2000, 1500, 1000, 500)] == "pass"
    # A misprinted part fails its share and the sum.
    bad = text.replace("建议类500件", "建议类550件")
    assert sums_of(tmp_path, bad)[(5000, 2000, 1500, 1000, 550)] == "fail"
    # Shares adding up to less than 100% whose parts fall short of the base: the list may leave
    # kinds out, no sum.
    short = text.replace("建议类500件", "建议类250件").replace("占10.0%", "占5.0%")
    assert (5000, 2000, 1500, 1000, 250) not in sums_of(tmp_path, short)
    # Parts that add up to the base exactly are all of it, whatever one share's slip: the sum holds.
    assert sums_of(tmp_path, text.replace("占10.0%", "占5.0%"))[(5000, 2000, 1500, 1000, 500)] == "pass"


def test_a_qizhong_after_a_sentence_of_other_units_takes_the_paragraphs_whole(tmp_path) -> None:
    text = ("全年共受理诉求4,000件。热线运行平稳,平均通话时长3.5分钟,回访群众2,600人次。"
            "其中,涉及物业管理的诉求1,000件,占{p}%。")
    assert ratios(tmp_path, text.format(p="25.0")) == [(1000, 4000, 25, "pass")]
    assert ratios(tmp_path, text.format(p="35.0")) == [(1000, 4000, 35, "fail")]


def test_shares_listed_after_a_classified_list_are_of_its_whole(tmp_path) -> None:
    text = ("全年共受理诉求4,000件,办结3,900件。按诉求类型分,咨询类1,600件、投诉类1,200件、求助类1,200件,"
            "占比分别为40.0%、30.0%、30.0%。")
    assert [r for r in ratios(tmp_path, text) if r[1] == 4000 and r[0] != 3900] == [
        (1200, 4000, 30, "pass"), (1200, 4000, 30, "pass"), (1600, 4000, 40, "pass")]
    assert sums_of(tmp_path, text)[(4000, 1600, 1200, 1200)] == "pass"


@pytest.mark.parametrize("sep", ["。\n(一)分类情况\n", "。"])
def test_an_item_with_its_own_share_is_not_the_total_a_siblings_share_names(tmp_path, sep) -> None:
    text = ("全年受理投诉3,600件" + sep + "食品类投诉1,080件,占投诉总量的30.0%;药品类投诉720件,占投诉总量的{b}%;"
            "其他投诉1,800件,占投诉总量的50.0%。")
    assert ratios(tmp_path, text.format(b="20.0")) == [(720, 3600, 20, "pass"), (1080, 3600, 30, "pass"),
                                                      (1800, 3600, 50, "pass")]
    assert (720, 3600, 25, "fail") in ratios(tmp_path, text.format(b="25.0"))


@pytest.mark.parametrize("text, pair", [
    ("全年应办结工单98,765件,按期办结97,452件,按期办结率{}%。", (97452, 98765)),
    ("全年按期办结工单97,452件,应办结98,765件,按期办结率{}%。", (97452, 98765)),
    ("排查出的隐患中应整改隐患1,320处,已整改1,296处,整改率{}%。", (1296, 1320)),
])
def test_the_work_due_is_the_base_of_the_rate_of_work_done(tmp_path, text, pair) -> None:
    # "应办结" names what was due: the base of 办结率, never its numerator, whatever the order.
    good = round(100 * pair[0] / pair[1], 2)
    for pct, status in ((good, "pass"), (round(good + 0.09, 2), "fail")):
        (p := tmp_path / "r.txt").write_text(text.format(pct), encoding="utf-8")
        (c,) = [c for c in toolkit.audit(p).checks if c.rule == "ratio.rate"]
        assert (c.operands["numerator"], c.operands["denominator"], c.status) == (*pair, status)
