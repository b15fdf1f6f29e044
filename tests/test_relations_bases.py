"""Shares of a distant or named base, lists of shares that partition a total, completion of a
stated target, and rates per N of a named base. Every sentence here is written for the project."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str, kind: str = "ratio") -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    out = []
    for c in toolkit.audit(p).checks:
        if c.kind != kind:
            continue
        if kind == "ratio":
            out.append((c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.status))
        else:
            out.append((c.operands["total"], sorted(c.operands["parts"]), c.status))
    return sorted(out)


def failing(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.rule, c.operands) for c in toolkit.audit(p).checks if c.status == "fail"]


# --- a list of parts with bare shares: of the total the list partitions -----------------------

ANSWERED = ("本年度共收到申请{received}件,按期答复812件,结转48件。予以公开301件,占{a}%;部分公开44件,占5.4%;"
            "不予公开67件,占8.3%;无法提供400件,占49.3%。")


def test_bare_shares_are_of_the_total_the_list_adds_up_to(tmp_path) -> None:
    # 301 + 44 + 67 + 400 = 812 answered: not the 860 received the paragraph opens with.
    assert checks(tmp_path, ANSWERED.format(received=860, a="37.1")) == [
        (44, 812, 5.4, "pass"), (67, 812, 8.3, "pass"), (301, 812, 37.1, "pass"), (400, 812, 49.3, "pass")]
    assert checks(tmp_path, ANSWERED.format(received=860, a="37.1"), "sum") == [(812, [44, 67, 301, 400], "pass")]


def test_a_wrong_share_in_a_partitioned_list_fails_alone(tmp_path) -> None:
    bad = checks(tmp_path, ANSWERED.format(received=860, a="39.1"))
    assert [r for r in bad if r[3] != "pass"] == [(301, 812, 39.1, "fail")]


def test_a_mistyped_part_fails_over_every_whole_it_could_be_of(tmp_path) -> None:
    # 391 + 44 + 67 + 400 = 902 is no stated figure; the shares still add up to 100%, so the list
    # is a partition of 812 or of 860: 391 is 48.2% or 45.5% of them, never 37.1%.
    text = ANSWERED.format(received=860, a="37.1").replace("予以公开301件", "予以公开391件")
    assert [r for r in checks(tmp_path, text) if r[0] == 391] == [(391, 812, 37.1, "fail")]
    assert [r for r in checks(tmp_path, text) if r[0] == 44] == [(44, 812, 5.4, "pass")]


def test_items_on_lines_of_their_own(tmp_path) -> None:
    text = "全年共受理群众诉求42,615件。\n咨询类19,870件,占46.6%。\n投诉类13,402件,占31.4%。\n求助类9,343件,占21.9%。\n"
    assert checks(tmp_path, text) == [(9343, 42615, 21.9, "pass"), (13402, 42615, 31.4, "pass"),
                                      (19870, 42615, 46.6, "pass")]
    assert failing(tmp_path, text.replace("31.4%", "34.1%")) == [
        ("ratio.share", {"numerator": 13402, "denominator": 42615, "percent": 34.1})]


def test_bare_shares_in_a_paragraph_after_their_base(tmp_path) -> None:
    text = ("本年度新收申请205件,上年结转6件,本年度办结198件,结转下年度13件。\n"
            "予以公开92件,占比46.5%;部分公开31件,占比15.7%;不予公开12件,占比6.1%;无法提供47件,占比23.7%;"
            "不予处理11件,占比5.6%;其他处理5件,占比2.5%。")
    assert {r[1] for r in checks(tmp_path, text)} == {198}
    assert failing(tmp_path, text) == []
    assert failing(tmp_path, text.replace("46.5%", "44.9%")) == [
        ("ratio.share", {"numerator": 92, "denominator": 198, "percent": 44.9})]


def test_bracketed_shares_closed_by_their_total(tmp_path) -> None:
    text = "办理结果:予以公开301件(37.1%)、部分公开44件(5.4%)、不予公开67件(8.3%)、无法提供400件(49.3%),合计812件。"
    assert checks(tmp_path, text) == [(44, 812, 5.4, "pass"), (67, 812, 8.3, "pass"),
                                      (301, 812, 37.1, "pass"), (400, 812, 49.3, "pass")]
    assert [r for r in checks(tmp_path, text.replace("(8.3%)", "(8.8%)")) if r[3] == "fail"] == [
        (67, 812, 8.8, "fail")]


def test_a_partial_list_of_bare_shares_names_no_partition(tmp_path) -> None:
    # Two kinds out of many (the shares add up to 40%): nothing says they partition 812; the
    # paragraph's figures are not read as their base by the partition rule.
    text = "本年度共收到申请860件,按期答复812件。予以公开301件,占35.0%;部分公开44件,占5.1%。"
    assert [r for r in checks(tmp_path, text) if r[1] == 812] == []


# --- a base the words name --------------------------------------------------------------------

def test_a_base_named_by_its_sentence_subject_and_its_own_measure(tmp_path) -> None:
    text = ("全市共发生生产安全事故47起、死亡39人。\n"
            "道路运输事故29起,占全市事故起数的61.7%;死亡24人,占全市事故死亡人数的{p}%。")
    assert checks(tmp_path, text.format(p="61.5")) == [(24, 39, 61.5, "pass"), (29, 47, 61.7, "pass")]
    assert [r for r in checks(tmp_path, text.format(p="65.1")) if r[3] == "fail"] == [(24, 39, 65.1, "fail")]


@pytest.mark.parametrize("text, good, bad, part, base", [
    # a money base in another unit (亿元 against 万元)
    ("全年医保基金支出45.62亿元。\n全年共追回医保基金及违约金3,218.6万元,占医保基金支出的{p}%。",
     "0.71", "0.17", 3218.6, 45.62),
    # a base named by its amount (追回总金额)
    ("全年追回医保基金及违约金3,218.6万元。其中,追回医保基金2,754.3万元,占追回总金额的{p}%。",
     "85.6", "58.6", 2754.3, 3218.6),
    # 刑事法律援助案件 is the base's noun with 刑事: the part is the 刑事 item, not the whole
    ("全年办理法律援助案件3,412件,其中刑事案件1,286件,民事案件2,031件,行政案件95件。"
     "刑事法律援助案件占全部法律援助案件的{p}%。", "37.7", "33.7", 1286, 3412),
    # an item named as the subject is the part
    ("上半年共受理投诉举报咨询28,642件。其中,投诉16,208件,举报4,316件,咨询8,118件,投诉占比{p}%。",
     "56.6", "65.6", 16208, 28642),
], ids=["money-unit", "named-amount", "qualified-subject", "item-subject"])
def test_a_named_base(tmp_path, text, good, bad, part, base) -> None:
    assert checks(tmp_path, text.format(p=good)) == [(part, base, float(good), "pass")]
    assert checks(tmp_path, text.format(p=bad)) == [(part, base, float(bad), "fail")]


def test_a_named_base_of_another_jurisdiction_is_not_checked(tmp_path) -> None:
    # 全省 is named and not printed: the city's own total is not its base.
    assert checks(tmp_path, "全市新收行政复议申请2,417件,其中市本级受理806件,占全省总数的10.1%。") == []


# --- completion of a stated target ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "年度目标任务为新增就业30,000人。全年城镇新增就业38,652人,完成年度目标任务的{p}%。",
    "全年城镇新增就业38,652人,完成省下达目标任务的{p}%。省下达目标任务为30,000人。",
    "全年城镇新增就业38,652人,为年度目标任务30,000人的{p}%。",
])
def test_completion_of_a_target_stated_elsewhere(tmp_path, text) -> None:
    assert checks(tmp_path, text.format(p="128.8")) == [(38652, 30000, 128.8, "pass")]
    assert checks(tmp_path, text.format(p="118.8")) == [(38652, 30000, 118.8, "fail")]


def test_a_target_not_printed_gives_no_check(tmp_path) -> None:
    assert checks(tmp_path, "全年城镇新增就业38,652人,完成年度目标任务的128.8%。全年发放创业担保贷款1,204笔。") == []


# --- rates per N of a named base --------------------------------------------------------------

def per_n(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.operands["per"], c.status)
            for c in toolkit.audit(p).checks if c.rule == "ratio.per_capita"]


@pytest.mark.parametrize("text, good, bad, expected", [
    ("年末全县户籍人口62.4万人。全年发生刑事案件1,025起,每10万人刑事案件发案数{r}起。", "164.3", "174.3",
     (1025, 624000, 100000)),
    ("全市60岁及以上老年人口106.6万人。全市共有养老床位3.86万张,每千名老年人拥有养老床位{r}张。", "36.2", "32.6",
     (38600, 1066000, 1000)),
    ("全市在校中小学生38.6万人,配备专职心理健康教师412人,每万名学生配备心理健康教师{r}人。", "10.7", "17.0",
     (412, 386000, 10000)),
    ("年末全市机动车保有量205.3万辆。全年道路交通事故死亡312人,万车死亡率{r}人。", "1.52", "1.25",
     (312, 2053000, 10000)),
])
def test_rates_per_n_of_a_named_base(tmp_path, text, good, bad, expected) -> None:
    num, den, per = expected
    assert per_n(tmp_path, text.format(r=good)) == [(num, den, float(good), per, "pass")]
    assert per_n(tmp_path, text.format(r=bad)) == [(num, den, float(bad), per, "fail")]


def test_a_per_n_rate_whose_base_is_not_printed_gives_no_check(tmp_path) -> None:
    assert per_n(tmp_path, "全市共有养老床位3.86万张,每千名老年人拥有养老床位36.2张。") == []


def test_a_named_base_in_an_earlier_section_over_the_items_of_an_opener(tmp_path) -> None:
    # "在审结案件中," opens a list: 1,502 (维持) is an item, not the 审结总数 the share names.
    text = ("二、审理情况\n全年审结行政复议案件2,716件,审结率94.5%。\n三、结果分析\n"
            "在审结案件中,维持1,502件,驳回428件,确认违法186件,撤销231件,变更12件,责令履行47件,终止310件。"
            "其中撤销案件占审结总数的{p}%。")
    assert [r for r in checks(tmp_path, text.format(p="8.5")) if r[0] == 231] == [(231, 2716, 8.5, "pass")]
    assert [r for r in checks(tmp_path, text.format(p="5.8")) if r[0] == 231] == [(231, 2716, 5.8, "fail")]


def test_a_share_printed_before_its_bracketed_part(tmp_path) -> None:
    # Each share's part is the bracketed count after it, not the previous item's count.
    text = "全年共受理群众诉求42,615件。其中,咨询类占46.6%(19,870件),投诉类占{p}%(13,402件),求助类占21.9%(9,343件)。"
    assert checks(tmp_path, text.format(p="31.4")) == [(9343, 42615, 21.9, "pass"), (13402, 42615, 31.4, "pass"),
                                                       (19870, 42615, 46.6, "pass")]
    assert [r for r in checks(tmp_path, text.format(p="34.1")) if r[3] == "fail"] == [(13402, 42615, 34.1, "fail")]


def test_a_base_named_with_a_measure_word(tmp_path) -> None:
    text = "全年共收到申请312件,办结309件,予以公开142件,占办结量的{p}%,部分公开37件,占12.0%。"
    assert checks(tmp_path, text.format(p="46.0")) == [(37, 309, 12.0, "pass"), (142, 309, 46.0, "pass")]
    assert [r for r in checks(tmp_path, text.format(p="45.5")) if r[3] == "fail"] == [(142, 309, 45.5, "fail")]


def test_a_named_base_stated_after_the_shares(tmp_path) -> None:
    text = "按案件类型分,市容环境类案件742件,占立案总数的{p}%;违法建设类案件516件,占28.0%。全年共立案1,846件。"
    assert checks(tmp_path, text.format(p="40.2")) == [(516, 1846, 28.0, "pass"), (742, 1846, 40.2, "pass")]
    assert [r for r in checks(tmp_path, text.format(p="42.0")) if r[3] == "fail"] == [(742, 1846, 42.0, "fail")]


def test_shares_of_two_measures_of_a_named_whole(tmp_path) -> None:
    text = "2023年,全市共发生生产安全事故47起、死亡39人。\n道路运输事故29起、死亡24人,分别占全市的61.7%和{p}%。"
    assert checks(tmp_path, text.format(p="61.5")) == [(24, 39, 61.5, "pass"), (29, 47, 61.7, "pass")]
    assert [r for r in checks(tmp_path, text.format(p="51.6")) if r[3] == "fail"] == [(24, 39, 51.6, "fail")]


def test_the_highest_share_names_no_base(tmp_path) -> None:
    text = "全年受理诉求42,615件,投诉类诉求占比最高,达{p}%,共13,402件。"
    assert checks(tmp_path, text.format(p="31.4")) == [(13402, 42615, 31.4, "pass")]
    assert checks(tmp_path, text.format(p="33.4")) == [(13402, 42615, 33.4, "fail")]


@pytest.mark.parametrize("rate, status", [("98.67", "pass"), ("98.76", "fail")])
def test_what_was_due_is_the_base_of_a_rate(tmp_path, rate, status) -> None:
    # 应办结 names the base (the work orders due), not a numerator of 办结率.
    text = f"全年应办结工单98,765件,按期办结97,452件,按期办结率{rate}%。"
    assert checks(tmp_path, text) == [(97452, 98765, float(rate), status)]


def test_a_per_n_rate_whose_numerator_opens_the_next_paragraph(tmp_path) -> None:
    text = ("(一)执法检查。全年检查企业5,230家次,每千家次检查立案{r}件。\n"
            "(二)案件查处。全年立案查处环境违法案件314件,作出行政处罚决定296件。")
    assert per_n(tmp_path, text.format(r="60.0")) == [(314, 5230, 60.0, 1000, "pass")]
    assert per_n(tmp_path, text.format(r="66.0")) == [(314, 5230, 66.0, 1000, "fail")]


@pytest.mark.parametrize("share, status", [("57.9", "pass"), ("55.9", "fail")])
def test_a_share_of_two_named_parts_together(tmp_path, share, status) -> None:
    # 142 + 37 = 179 of the 309 answered.
    text = ("全年共答复309件。予以公开142件,部分公开37件,不予公开19件,无法提供88件,不予处理15件,其他处理8件。"
            f"予以公开和部分公开合计占答复总数的{share}%。")
    assert checks(tmp_path, text) == [(179, 309, float(share), status)]


def test_a_joined_subject_with_a_name_not_printed_gives_no_joined_check(tmp_path) -> None:
    text = "全年共答复309件。予以公开142件,不予公开19件。予以公开和部分公开合计占答复总数的57.9%。"
    assert [r for r in checks(tmp_path, text) if r[2] == 57.9] == []


def test_a_partial_list_of_bare_shares_reads_every_whole_of_the_sentence_before(tmp_path) -> None:
    # Two outcomes only (their shares add up to 45.4%): of the 860 received or of the 812
    # answered, the text does not say; the shares hold over the 812, so nothing fails.
    text = "本年度收到申请860件,按期答复812件。予以公开301件,占{a}%;不予公开67件,占8.3%。"
    assert failing(tmp_path, text.format(a="37.1")) == []
    # 39.1% is 301 of neither (35.0% of 860, 37.1% of 812): it fails, over both readings.
    assert [(r, o["numerator"], o["percent"]) for r, o in failing(tmp_path, text.format(a="39.1"))] == [
        ("ratio.share", 301, 39.1)]


@pytest.mark.parametrize("text, expected", [
    ("咨询类诉求19,870件,占全年受理总量42,615件的{p}%。", (19870, 42615, "46.6", "48.6")),
    ("甲县受理行政复议申请412件,占全市3,126件的{p}%。", (412, 3126, "13.2", "14.2")),
    ("全年民营经济增加值106.3亿元,占地区生产总值186.45亿元的比重为{p}%。", (106.3, 186.45, "57.0", "55.0")),
])
def test_a_base_printed_inside_the_words_of_zhan(tmp_path, text, expected) -> None:
    num, den, good, bad = expected
    assert checks(tmp_path, text.format(p=good)) == [(num, den, float(good), "pass")]
    assert checks(tmp_path, text.format(p=bad)) == [(num, den, float(bad), "fail")]


def test_next_years_target_is_not_the_one_completed(tmp_path) -> None:
    text = "全年城镇新增就业38,652人,完成年度目标任务的128.8%。明年力争实现新增就业目标35,000人。"
    assert checks(tmp_path, text) == []


def test_a_partition_of_a_whole_the_report_does_not_print(tmp_path) -> None:
    # 860 received includes 48 carried over; the 812 the outcomes add up to is never printed.
    text = ("本年度共收到申请860件(含上年结转48件)。予以公开301件,占37.1%;部分公开44件,占5.4%;"
            "不予公开67件,占8.3%;无法提供400件,占49.3%。")
    assert failing(tmp_path, text) == []
    assert {r[1] for r in checks(tmp_path, text)} == {812}


@pytest.mark.parametrize("share, status", [("11.1", "pass"), ("12.1", "fail")])
def test_a_base_named_by_its_short_name(tmp_path, share, status) -> None:
    text = f"全年全县地区生产总值218.64亿元。\n全年数字经济核心产业增加值24.31亿元,占GDP比重为{share}%。"
    assert checks(tmp_path, text) == [(24.31, 218.64, float(share), status)]


def test_a_correction_rate_over_an_unprinted_base_gives_no_check(tmp_path) -> None:
    # 纠错率 is commonly of the cases decided on the merits (审结 less 终止), which the text does
    # not print; the 审结 total seven items back is not read as its base.
    text = ("全年审结行政复议案件1,240件,其中维持702件、驳回131件、确认违法41件、撤销63件、变更9件、责令履行24件、"
            "终止270件。综合纠错137件,纠错率为14.1%。")
    assert [r for r in checks(tmp_path, text) if r[0] == 137] == []


# --- "X中," opens a clause about members of X: the figure after it is not X ----------------------

AMONG = ("全季度受理来电5,200件,直接答复2,700件,转交部门办理2,500件。转交部门办理中,按时签收2,480件;"
         "已办结2,300件。从来电内容看,供水类900件,供电类700件,燃气类400件,前三类合计2,000件,占转交部门办理的{p}%。")


@pytest.mark.parametrize(("share", "status"), [("80.0", "pass"), ("80.6", "fail")])
def test_a_named_base_is_the_set_not_a_member_after_its_among_opener(tmp_path, share, status) -> None:
    # 2,000 / 2,500 = 80.0%; the 2,480 signed for after "转交部门办理中," is one of the 2,500, not them.
    rows = [r for r in checks(tmp_path, AMONG.format(p=share)) if r[0] == 2000]
    assert rows == [(2000, 2500, float(share), status)]
