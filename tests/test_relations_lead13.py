"""Phrasings the engine was not tuned on (issue 15, session 13): shares of a base named by its
stage's verb, figures joined to another by 连同/加上, and a share whose sentence opens with the name
of an item listed before.

Every text is written for the project: passing, failing (a planted error) and consistent variants,
and traps that must not be checked."""

from __future__ import annotations

import pytest

from tests.test_relations_list_phrasings import checks


def _ratios(tmp_path, text: str) -> dict[tuple, str]:
    """{(numerator, denominator, percent): status} of the text's ratios (readings aside)."""
    return {(o["numerator"], o["denominator"], o["percent"]): st for st, _, o in checks(tmp_path, text, "ratio")}


# -- a base named by its stage's verb, in an earlier section ------------------------------------

@pytest.mark.parametrize("verb", ["受理", "立案", "办结"])
@pytest.mark.parametrize("pct, status", [("35.3", "pass"), ("37.5", "fail")])
def test_a_base_named_by_its_stage_verb_is_the_figure_that_verb_counts(tmp_path, verb, pct, status) -> None:
    # 300 / 850 = 35.29%
    text = (f"一、总体情况\n全年共收到各类申请980件,全年依法{verb}850件。\n"
            "从事项看,涉及行政强制的300件,涉及行政许可的200件,其他350件。\n"
            f"二、主要特点\n行政强制类案件数量最多,占{verb}案件总数的{pct}%。")
    assert _ratios(tmp_path, text).get((300, 850, float(pct))) == status


@pytest.mark.parametrize("negated", ["不予受理", "未受理"])
def test_a_negated_stage_is_never_the_base_its_verb_names(tmp_path, negated) -> None:
    # the only figure whose words end in 受理 is what was NOT accepted: no base
    text = (f"一、总体情况\n全年共收到各类申请980件,{negated}130件。\n"
            "从事项看,涉及行政强制的300件,涉及行政许可的200件,其他480件。\n"
            "二、主要特点\n行政强制类案件数量最多,占受理案件总数的35.3%。")
    assert not [k for k in _ratios(tmp_path, text) if k[1] == 130]


# -- a figure joined to another by 连同 / 加上 --------------------------------------------------

@pytest.mark.parametrize("joiner", ["连同", "加上"])
def test_a_joined_figure_is_not_the_base_named_before_its_joiner(tmp_path, joiner) -> None:
    # "受理案件连同上年结转的50件,共需审理900件": neither the 50 nor the 900 is the 受理 total
    text = (f"(二)受理。依法受理850件,受理率86.7%。受理案件{joiner}上年结转的50件,本年度共需审理900件。\n"
            "(三)事项。从申请事项看,涉及行政强制的300件,涉及行政许可的200件,其他350件。"
            "行政强制类案件数量最多,占受理案件总数的35.3%。")
    found = _ratios(tmp_path, text)
    assert not [k for k, st in found.items() if k[1] in (50, 900)]
    assert "fail" not in found.values()


# -- a share whose sentence opens with a listed item's name and its change -----------------------

@pytest.mark.parametrize("change", ["同比增长8.0%", "比上年增加8.0%", "较上年上升8.0%"])
@pytest.mark.parametrize("pct, status", [("36.8", "pass"), ("38.6", "fail")])
def test_a_share_after_an_items_change_is_of_that_item(tmp_path, change, pct, status) -> None:
    # 460 / 1,250 = 36.80%
    text = ("全年共查处违法案件1,250件。按案件类型分:环境污染案件460件、生态破坏案件310件、其他案件480件。"
            f"环境污染案件{change},占案件总数的{pct}%。")
    assert _ratios(tmp_path, text).get((460, 1250, float(pct))) == status


def test_a_share_after_a_change_of_something_unlisted_is_not_checked(tmp_path) -> None:
    # the sentence is about a kind no figure was printed for: no numerator, no check
    text = ("全年共查处违法案件1,250件。按案件类型分:环境污染案件460件、生态破坏案件310件、其他案件480件。"
            "噪声污染案件同比增长8.0%,占案件总数的12.5%。")
    assert not [k for k in _ratios(tmp_path, text) if k[2] == 12.5]


def test_a_share_after_a_change_in_a_later_clause_keeps_its_own_subject(tmp_path) -> None:
    # the first clause names the subject and its change; a second clause with its own name is not it
    text = ("全年共查处违法案件1,250件。按案件类型分:环境污染案件460件、生态破坏案件310件、其他案件480件。"
            "环境污染案件同比增长8.0%,生态破坏案件占案件总数的24.8%。")
    assert _ratios(tmp_path, text).get((310, 1250, 24.8)) == "pass"


# -- a rate of a qualified stage whose clause opens with the set it is of ------------------------

@pytest.mark.parametrize("opener", ["网上信访事项中,", "在网上信访事项中,"])
@pytest.mark.parametrize("pct, status", [("99.0", "pass"), ("96.0", "fail")])
def test_a_qualified_rate_is_of_the_set_its_clause_opens_with(tmp_path, opener, pct, status) -> None:
    # 5,150 / 5,200 = 99.04%: the set is counted in visits (件次), the part in 件
    text = ("全年共登记信访事项8,000件次。按形式分,网上信访5,200件次,来信1,300件次,来访1,500件次。\n"
            f"四、办理质效\n{opener}及时受理5,150件,及时受理率{pct}%。")
    assert _ratios(tmp_path, text).get((5150, 5200, float(pct))) == status


def test_a_qualified_rate_without_a_set_names_no_base(tmp_path) -> None:
    # "及时受理率" alone: of what should have been accepted, which the text does not print
    text = ("全年共登记信访事项8,000件次,其中网上信访5,200件次。\n"
            "及时受理5,150件,及时受理率96.0%。")
    assert not [k for k in _ratios(tmp_path, text) if k[0] == 5150]


def test_a_set_in_another_measure_is_no_base(tmp_path) -> None:
    # the set is counted in people (人次), the part in cases: no base
    text = ("全年接待来访群众5,200人次。\n四、办理质效\n来访群众中,及时受理5,150件,及时受理率99.0%。")
    assert not [k for k in _ratios(tmp_path, text) if k[0] == 5150]


# -- a rate named by a qualifier: the qualified figure over the same figure unqualified ----------

@pytest.mark.parametrize("text, key", [
    ("全市共有幼儿园412所,在园幼儿6.40万人,其中公办园在园幼儿3.10万人。普惠性幼儿园在园幼儿5.60万人,"
     "普惠性幼儿园覆盖率{p}%。", (56000, 64000)),
    ("全县幼儿园在园幼儿12,500人。普惠性幼儿园在园幼儿11,000人,普惠性幼儿园覆盖率达到{p}%。", (11000, 12500)),
    ("全区企业职工2,400人;持证上岗职工2,100人,持证上岗率为{p}%。", (2100, 2400)),
])
@pytest.mark.parametrize("ok", [True, False])
def test_a_rate_named_by_its_qualifier_is_of_the_unqualified_figure(tmp_path, text, key, ok) -> None:
    pct = round(100 * key[0] / key[1], 1) + (0 if ok else 1.5)
    found = _ratios(tmp_path, text.format(p=f"{pct:.1f}"))
    assert found.get((*key, pct)) == ("pass" if ok else "fail")


@pytest.mark.parametrize("text", [
    # no unqualified figure of the noun: no base
    "普惠性幼儿园在园幼儿5.60万人,普惠性幼儿园覆盖率87.5%。",
    # the rate's name ends with the figure's whole name: of schools or of children? no reading
    "全市共有幼儿园412所,其中普惠性幼儿园360所,普惠性幼儿园覆盖率87.4%。",
    # the unqualified figure is last year's
    "上年在园幼儿6.40万人。普惠性幼儿园在园幼儿5.60万人,普惠性幼儿园覆盖率87.5%。",
    # another qualified group is no whole
    "公办园在园幼儿6.40万人。普惠性幼儿园在园幼儿5.60万人,普惠性幼儿园覆盖率87.5%。",
    # a change rate is no share
    "在园幼儿6.40万人。普惠性幼儿园在园幼儿5.60万人,普惠性幼儿园在园幼儿增长率87.5%。",
])
def test_a_qualified_rate_without_its_unqualified_whole_is_not_checked(tmp_path, text) -> None:
    assert not [k for k in _ratios(tmp_path, text) if k[2] in (87.5, 87.4)]


# -- 网办率: what was handled online of all that was handled --------------------------------------

@pytest.mark.parametrize("text, key", [
    ("全年受理政务服务事项52,000件,办结51,800件,办结率99.6%。其中线上受理36,400件,线下受理15,600件,网办率{p}%。",
     (36400, 52000)),
    ("全区政务服务中心全年办件8.40万件,其中区级部门办件3.10万件。全年网上办件6.30万件,网办率为{p}%。",
     (63000, 84000)),
    ("办理行政确认520件,其中网上办理390件,网上办理率{p}%。", (390, 520)),
])
@pytest.mark.parametrize("ok", [True, False])
def test_the_online_rate_is_of_all_that_was_handled(tmp_path, text, key, ok) -> None:
    pct = round(100 * key[0] / key[1], 1) + (0 if ok else 2.0)
    assert _ratios(tmp_path, text.format(p=f"{pct:.1f}")).get((*key, pct)) == ("pass" if ok else "fail")


def test_an_intake_of_another_set_after_the_numerator_still_opens_a_new_set(tmp_path) -> None:
    # the figure after the numerator starts another set (抽检化妆品), not a sibling kind: no base
    text = "抽检药品600批次,其中合格590批次;抽检化妆品200批次,合格率97.5%。"
    assert not [k for k in _ratios(tmp_path, text) if k[2] == 97.5 and k[1] == 600]


def _sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(o["total"], tuple(o["parts"])): st for st, _, o in checks(tmp_path, text, "sum")}


# -- a 其中 list after the total's own comparison with last year ---------------------------------

@pytest.mark.parametrize("compare", ["较上年的5件增加3件", "比上年的5件多3件", "比2022年的5件增加3件"])
@pytest.mark.parametrize("last, status", [(1, "pass"), (2, "fail")])
def test_a_breakdown_after_the_totals_comparison_is_of_the_total(tmp_path, compare, last, status) -> None:
    text = (f"本机关全年收到政府信息公开申请8件,{compare},均已在法定期限内办结,"
            f"其中予以公开5件、无法提供2件、不予处理{last}件。")
    assert _sums(tmp_path, text).get((8, (5, 2, last))) == status


def test_a_long_aside_without_a_comparison_still_parts_the_total_from_its_list(tmp_path) -> None:
    # 16+ characters of other matter between the figure and 其中: not its breakdown
    text = ("本机关全年收到政府信息公开申请8件,相关工作按照上级部署有序推进并接受社会各界广泛监督,"
            "其中予以公开5件、无法提供2件、不予处理2件。")
    assert not [k for k in _sums(tmp_path, text) if k[0] == 8]


# -- a 其中 list whose parts name a stage is of that stage's figure -----------------------------

@pytest.mark.parametrize("verb", ["受理", "办理"])
@pytest.mark.parametrize("offline, status", [("15,600", "pass"), ("16,500", "fail")])
def test_parts_naming_a_stage_break_down_the_figure_of_that_stage(tmp_path, verb, offline, status) -> None:
    text = (f"全年{verb}各类政务服务事项52,000件,办结51,800件,办结率99.6%。"
            f"其中线上{verb}36,400件,线下{verb}{offline}件。")
    total = 52000 if verb == "受理" else None
    found = _sums(tmp_path, text)
    if total is not None:
        assert found.get((52000, (36400, int(offline.replace(",", ""))))) == status
    assert not [k for k, st in found.items() if k[0] == 51800 and st == "fail"]


def test_parts_naming_the_nearest_figures_stage_stay_with_it(tmp_path) -> None:
    # the parts name 办结: they break down the 51,800 closed, not the intake
    text = "全年受理各类政务服务事项52,000件,办结51,800件。其中按期办结51,000件,超期办结800件。"
    assert _sums(tmp_path, text).get((51800, (51000, 800))) == "pass"


def test_a_qualified_rate_over_the_figure_its_qizhong_breaks_down(tmp_path) -> None:
    # the whole carries a scope of its own (学前教育): still the figure the 其中 breaks down
    for pct, status in (("90.0", "pass"), ("92.0", "fail")):
        text = f"学前教育在园幼儿14.30万人,其中普惠性幼儿园在园幼儿12.87万人,普惠性幼儿园覆盖率{pct}%。"
        assert _ratios(tmp_path, text).get((128700, 143000, float(pct))) == status


# -- the work due, named with its qualifier (应当按期办结的) ----------------------------------------

@pytest.mark.parametrize("due", ["应当按期办结的", "应按期办结", "应按时办结的"])
@pytest.mark.parametrize("pct, status", [("98.5", "pass"), ("97.5", "fail")])
def test_a_qualified_rate_is_of_the_work_due_so(tmp_path, due, pct, status) -> None:
    # 2,941 / 2,986 = 98.49%
    text = f"在依法受理的信访事项中,{due}2,986件,已按期办结2,941件,按期办结率{pct}%。"
    assert _ratios(tmp_path, text).get((2941, 2986, float(pct))) == status


# -- a change whose clause names one item of the list before -----------------------------------

def _changes(tmp_path, text: str) -> dict[float, tuple]:
    return {o["percent"]: (o["current"], st) for st, _, o in checks(tmp_path, text, "change")}


@pytest.mark.parametrize("name, current", [("投诉", 412), ("咨询", 714)])
def test_a_change_named_by_an_item_is_of_that_item(tmp_path, name, current) -> None:
    text = (f"全年受理旅游诉求1,126件,其中投诉412件、咨询714件,{name}较上年增长34.2%,投诉办结率100%。")
    assert _changes(tmp_path, text)[34.2][0] == current


def test_a_change_named_by_the_whole_stays_with_the_whole(tmp_path) -> None:
    text = "全年受理旅游投诉咨询1,126件,其中投诉412件、咨询714件,投诉咨询较上年增长34.2%。"
    assert _changes(tmp_path, text)[34.2][0] == 1126


# -- 化解率: resolved of what was received, visited or listed ------------------------------------

@pytest.mark.parametrize("text, key", [
    ("全年初信初访2,400件次,一次性化解2,112件次,化解率{p}%。", (2112, 2400)),
    ("排查梳理矛盾纠纷560件,已化解532件,化解率为{p}%。", (532, 560)),
    ("年初交办信访积案80件,年底已化解72件,化解率达到{p}%。", (72, 80)),
])
@pytest.mark.parametrize("ok", [True, False])
def test_the_resolution_rate_is_of_what_was_received(tmp_path, text, key, ok) -> None:
    pct = round(100 * key[0] / key[1], 1) + (0 if ok else 3.0)
    assert _ratios(tmp_path, text.format(p=f"{pct:.1f}")).get((*key, pct)) == ("pass" if ok else "fail")


def test_what_was_not_resolved_is_no_numerator(tmp_path) -> None:
    text = "排查梳理矛盾纠纷560件,未化解28件,化解率95.0%。"
    assert not [k for k in _ratios(tmp_path, text) if k[0] == 28]


def test_a_qualified_rate_is_not_of_the_plain_figure_of_its_set(tmp_path) -> None:
    # what was closed on time is not printed: 已办结 over 转办 is another rate (办结率)
    text = "坐席直接答复办结19,600件,转办承办单位工单28,700件。转办工单中,已办结27,900件,按时办结率98.6%。"
    assert not [k for k in _ratios(tmp_path, text) if k[2] == 98.6]


# -- a named base is the figure named so exactly, not a qualified one of the same words ---------

_POPULATION = ("年末全市户籍人口310.20万人,常住人口296.00万人,其中城镇常住人口192.40万人,常住人口城镇化率65.0%。\n"
               "年末常住人口中,0-15岁人口44.40万人,占常住人口的15.0%;16-59岁人口180.56万人,占{a}%;"
               "60岁及以上人口71.04万人,占24.0%,其中65岁及以上人口53.28万人,占{b}%。")


def test_a_named_base_is_the_figure_named_exactly_and_its_bare_shares_follow(tmp_path) -> None:
    # 44.40 / 296.00 = 15.0%, 180.56 / 296.00 = 61.0%, 71.04 / 296.00 = 24.0%, 53.28 / 296.00 = 18.0%
    found = _ratios(tmp_path, _POPULATION.format(a="61.0", b="18.0"))
    assert found[(444000, 2960000, 15.0)] == "pass"
    assert found[(1805600, 2960000, 61.0)] == "pass"
    assert "fail" not in found.values()


def test_a_bare_share_after_the_named_base_still_fails_on_a_misprint(tmp_path) -> None:
    found = _ratios(tmp_path, _POPULATION.format(a="66.0", b="18.0"))
    assert found[(1805600, 2960000, 66.0)] == "fail"


def test_a_qizhong_part_after_a_named_share_may_be_of_either_whole(tmp_path) -> None:
    # 53.28 / 71.04 = 75.0% (of its 其中 whole) or 53.28 / 296.00 = 18.0% (of the base named): both hold
    for b in ("18.0", "75.0"):
        found = _ratios(tmp_path, _POPULATION.format(a="61.0", b=b))
        assert "fail" not in found.values(), (b, found)
    found = _ratios(tmp_path, _POPULATION.format(a="61.0", b="21.0"))
    assert "fail" in found.values()


@pytest.mark.parametrize("rng", ["5%—12%", "5%-12%", "5%至12%", "5—12%"])
def test_a_range_of_percents_is_no_share(tmp_path, rng) -> None:
    text = f"累计缴存总额836.42亿元,缴存余额312.57亿元。\n三、其他事项\n单位和职工缴存比例为{rng}。"
    assert not [k for k in _ratios(tmp_path, text) if k[2] in (5, 12)]


# -- a rate per N: its 其中 is a count, and it is no base of a share ------------------------------

def test_a_count_under_a_rate_per_n_is_no_rate_nor_a_share_of_it(tmp_path) -> None:
    text = ("全区常住人口80.0万人。全年收集药品不良反应报告960份,每百万人口报告数1,200份,"
            "其中新的和严重的报告288份,占30.0%。")
    found = _ratios(tmp_path, text)
    assert found.get((960, 800000, 1200)) == "pass"
    assert not [k for k in found if k[2] in (288, 30.0) and k[1] in (800000, 1200)]


# -- the total of one listed kind is that item, not a whole naming it among others ---------------

@pytest.mark.parametrize("pct, status", [("6.8", "pass"), ("8.6", "fail")])
def test_a_total_named_by_one_item_is_that_item(tmp_path, pct, status) -> None:
    # 217 / 3,214 = 6.75%
    text = ("全年通过平台共接收投诉举报咨询2.46万件,其中投诉9,873件、举报3,214件、咨询11,513件。"
            f"举报经核查转立案217件,占举报总量的{pct}%。")
    found = _ratios(tmp_path, text)
    assert found.get((217, 3214, float(pct))) == status
    assert not [k for k in found if k[1] == 24600]


# -- a classified list's whole: the total the class names, before a nearer figure ---------------

@pytest.mark.parametrize("last, status", [("63.25", "pass"), ("63.70", "fail")])
def test_a_class_names_its_total_before_a_nearer_figure(tmp_path, last, status) -> None:
    text = ("全市行政事业性国有资产总额612.93亿元,负债总额58.93亿元,净资产554.00亿元。"
            f"按资产类别分:固定资产168.72亿元,在建工程96.35亿元,公共基础设施284.61亿元,其他资产{last}亿元。")
    found = _sums(tmp_path, text)
    assert found.get((612.93, (168.72, 96.35, 284.61, float(last)))) == status


# -- a figure a completion rate measures against is no whole of the 其中 after it ------------------

@pytest.mark.parametrize("first, status", [("2.22", "pass"), ("2.31", "fail")])
def test_a_plan_measured_against_is_not_the_qizhong_whole(tmp_path, first, status) -> None:
    text = (f"全年完成水利投资6.74亿元,为年度计划5.90亿元的114.2%,其中中央和省级资金{first}亿元,"
            "区级财政资金1.87亿元,社会资本2.65亿元。")
    found = _sums(tmp_path, text)
    assert found.get((6.74, (float(first), 1.87, 2.65))) == status
    assert not [k for k in found if k[0] == 5.9]


# -- A:1 compares two groups, never a whole and its 其中 part ------------------------------------

def test_a_ratio_expression_is_not_a_whole_over_its_part(tmp_path) -> None:
    text = "全县共有专任教师7,862人,其中本科及以上学历5,931人,占75.4%。小学生师比为16.8∶1。"
    assert not [k for k in _ratios(tmp_path, text) if k[2] == 16.8]


@pytest.mark.parametrize("ratio, status", [("105.25", "pass"), ("107.25", "fail")])
def test_a_ratio_expression_of_two_groups_is_still_checked(tmp_path, ratio, status) -> None:
    text = f"年末常住人口中,男性52.10万人,女性49.50万人,性别比为{ratio}:100。"
    assert _ratios(tmp_path, text).get((521000, 495000, float(ratio))) == status


# -- a highlight word naming a cause, its clause closed with no figure, lists nothing -----------

def test_a_cause_closed_by_a_semicolon_lists_no_kinds(tmp_path) -> None:
    text = ("全区政府性基金预算收入15.73亿元,下降21.4%,主要是国有土地使用权出让收入减少;"
            "政府性基金预算支出17.06亿元,其中专项债券安排的支出9.85亿元。")
    found = [(st, o) for st, _, o in checks(tmp_path, text, "bound")]
    assert not [o for st, o in found if o.get("larger") == 15.73]
    assert ("pass", {"smaller": 9.85, "larger": 17.06}) in [(st, {k: o[k] for k in ("smaller", "larger")}) for st, o in found]


def test_highlighted_kinds_after_a_colon_and_semicolons_are_still_bounded(tmp_path) -> None:
    text = "全年受理投诉4,826件,主要集中在:预付式消费1,236件;食品安全862件;房屋装修5,120件。"
    found = [(st, o) for st, _, o in checks(tmp_path, text, "bound")]
    assert ("fail", 5120) in [(st, o.get("smaller")) for st, o in found]


# -- "证据不足4件": 不足 after the noun it says is lacking is no "fewer than" -------------------------

@pytest.mark.parametrize("last, status", [(3, "pass"), (2, "fail")])
def test_a_lacking_noun_before_a_count_keeps_the_count_exact(tmp_path, last, status) -> None:
    text = f"行政机关败诉12件。败诉案件中,程序违法5件,事实不清、证据不足4件,适用法律错误{last}件。"
    assert _sums(tmp_path, text).get((12, (5, 4, last))) == status


# -- a whole that counts its kinds: a list of that many is all of it --------------------------------

@pytest.mark.parametrize("last, status", [("3.71", "pass"), ("3.26", "fail")])
def test_a_whole_counting_its_kinds_is_all_of_a_list_of_that_many(tmp_path, last, status) -> None:
    # 38.62 + 9.84 + 14.27 + 2.91 + 3.71 = 69.35
    text = ("全年五项社会保险基金总收入69.35亿元。按险种分:\n- 企业职工基本养老保险基金收入38.62亿元;\n"
            "- 城乡居民基本养老保险基金收入9.84亿元;\n- 机关事业单位养老保险基金收入14.27亿元;\n"
            f"- 失业保险基金收入2.91亿元;\n- 工伤保险基金收入{last}亿元。")
    assert _sums(tmp_path, text).get((69.35, (38.62, 9.84, 14.27, 2.91, float(last)))) == status


def test_a_whole_counting_more_kinds_than_listed_leaves_a_shortfall_open(tmp_path) -> None:
    text = ("全年六项社会保险基金总收入69.35亿元。按险种分:\n- 企业职工基本养老保险基金收入38.62亿元;\n"
            "- 城乡居民基本养老保险基金收入9.84亿元;\n- 机关事业单位养老保险基金收入14.27亿元;\n"
            "- 失业保险基金收入2.91亿元;\n- 工伤保险基金收入3.26亿元。")
    assert _sums(tmp_path, text).get((69.35, (38.62, 9.84, 14.27, 2.91, 3.26))) != "fail"


# -- "按常住人口计算,每千人口…": the sentence says which population a rate per N is of --------------

@pytest.mark.parametrize("rate, status", [("3.43", "pass"), ("3.24", "fail")])
def test_a_rate_per_n_of_the_population_its_sentence_names(tmp_path, rate, status) -> None:
    # 0.93万 / 271.45万 = 3.43 per thousand; over the 286.73万 registered it would be 3.24
    text = ("年末全市户籍人口286.73万人,常住人口271.45万人。\n三、卫生\n年末全市卫生技术人员2.41万人,"
            f"其中执业(助理)医师0.93万人。按常住人口计算,每千人口执业(助理)医师{rate}人。")
    found = _ratios(tmp_path, text)
    assert found.get((9300, 2714500, float(rate))) == status
    assert not [k for k in found if k[1] == 2867300]


# -- rates of courts, prosecutors and state assets by meaning (catalog rates.yaml) ----------------

@pytest.mark.parametrize("text, key", [
    ("受理审查逮捕犯罪嫌疑人1,250人,经审查批准逮捕900人,不批准逮捕350人,不捕率{p}%。", (350, 1250)),
    ("提出抗诉20件,法院已审结16件,其中改判和发回重审12件,改变率{p}%。", (12, 16)),
    ("全年共受理执行案件4,000件(其中新收3,600件,旧存400件),执结3,600件,执结率{p}%。", (3600, 4000)),
    ("执结3,600件。执结案件中,执行完毕1,800件,终结本次执行程序1,200件,终结执行600件,终本率{p}%。", (1200, 3600)),
    ("年末县属国有企业资产总额160.0亿元,负债总额96.0亿元,资产负债率{p}%。", (96.0, 160.0)),
])
@pytest.mark.parametrize("ok", [True, False])
def test_rates_of_courts_prosecutors_and_assets(tmp_path, text, key, ok) -> None:
    pct = round(100 * key[0] / key[1], 1) + (0 if ok else 4.0)
    assert _ratios(tmp_path, text.format(p=f"{pct:.1f}")).get((*key, pct)) == ("pass" if ok else "fail")


def test_an_average_debt_ratio_is_no_ratio_of_the_totals(tmp_path) -> None:
    # the average of the firms' own ratios need not be the ratio of the sums
    text = "年末县属国有企业资产总额160.0亿元,负债总额96.0亿元,平均资产负债率58.2%。"
    assert not [k for k in _ratios(tmp_path, text) if k[2] == 58.2]


# -- concentrations, and a change after the level's ratio to its plan -----------------------------

@pytest.mark.parametrize("text, current, pct", [
    ("PM2.5平均浓度31微克/立方米,同比下降6.1%。", 31, -6.1),
    ("全区一般公共预算收入32.58亿元,完成预算的101.6%,同比增长4.9%。", 32.58, 4.9),
    ("县本级一般公共预算收入完成18.46亿元,为调整预算18.05亿元的102.3%,同比增长7.1%。", 18.46, 7.1),
    ("全年城镇新增就业30,308人,完成年度目标任务的75.8%,同比下降1.3%。", 30308, -1.3),
])
def test_a_change_after_a_ratio_to_the_plan_is_the_levels(tmp_path, text, current, pct) -> None:
    assert _changes(tmp_path, text)[pct][0] == current


def test_a_change_after_a_rate_of_the_level_stays_unread(tmp_path) -> None:
    # "办结率…同比提高1.2%": the change may be the rate's
    assert 1.2 not in _changes(tmp_path, "受理100件,办结率为98.5%,同比提高1.2%。")


@pytest.mark.parametrize("text, key", [
    ("全年办理各类涉税事项12.80万件,其中网上办理11.20万件,网上办税率{p}%。", (112000, 128000)),
    ("全年受理各类社保经办业务40.00万件,其中“一网通办”36.00万件,网办率{p}%。", (360000, 400000)),
])
@pytest.mark.parametrize("ok", [True, False])
def test_more_names_of_the_online_rate(tmp_path, text, key, ok) -> None:
    pct = round(100 * key[0] / key[1], 1) + (0 if ok else 2.0)
    assert _ratios(tmp_path, text.format(p=f"{pct:.1f}")).get((*key, pct)) == ("pass" if ok else "fail")


@pytest.mark.parametrize("text, current, pct", [
    ("县本级一般公共预算收入完成18.46亿元,为调整预算18.05亿元的102.3%,增长7.1%。税收收入同比增长3.2%。", 18.46, 7.1),
    ("全区一般公共预算收入32.58亿元,完成预算的101.6%,增长4.9%。税收收入同比增长3.2%。", 32.58, 4.9),
])
def test_a_bare_rise_after_a_ratio_to_the_plan_is_the_levels(tmp_path, text, current, pct) -> None:
    assert _changes(tmp_path, text)[pct][0] == current


def test_a_bare_rise_after_a_share_stays_unread(tmp_path) -> None:
    text = "全区一般公共预算收入32.58亿元,占全市的11.6%,增长4.9%。税收收入同比增长3.2%。"
    assert 4.9 not in _changes(tmp_path, text)


# -- names before 分别 that leave out the measure's word or share one noun --------------------------

@pytest.mark.parametrize("text, currents", [
    ("办理公证事项4,100件,其中涉外公证1,025件;办理法律援助案件800件。公证事项、法律援助案件数同比分别增长2.5%和6.7%。",
     (4100, 800)),
    ("受援人员中,农民工400人、未成年人100人、老年人200人;农民工、未成年人受援人数同比分别增长2.6%和4.2%。", (400, 100)),
    ("全年立案查处各类违法案件600件,结案580件,罚没款合计800.00万元,案件数和罚没款同比分别增长2.6%和6.7%。",
     (600, 800)),
    ("全区共发生火灾480起,死亡2人,直接财产损失380.0万元,与上年相比,火灾起数、直接财产损失分别下降4.0%、5.0%。",
     (480, 380)),
    ("小学在校生4.00万人,初中在校生2.00万人。小学、初中在校生分别比上年减少2.4%和4.8%。", (40000, 20000)),
])
def test_names_before_fenbie_find_their_figures(tmp_path, text, currents) -> None:
    found = _changes(tmp_path, text)
    got = tuple(cur for _, (cur, _) in sorted(found.items(), key=lambda kv: abs(kv[0])))
    assert set(currents) <= {cur for cur, _ in found.values()}, (found, got)


def test_a_name_naming_two_figures_reads_none(tmp_path) -> None:
    # "公证" ends two clauses (办理公证, 其中涉外公证): which one is open
    text = "办理公证4,100件,其中涉外公证1,025件;办理法律援助案件800件。公证、法律援助案件数同比分别增长2.5%和6.7%。"
    assert 2.5 not in _changes(tmp_path, text)


# -- tables: a rate column headed "完成预算%", a change column with a signed fall --------------------

_BUDGET = ("表1 一般公共预算支出执行情况(单位:亿元)\n\n| 项目 | 预算数 | 执行数 | 完成预算% |\n| --- | --- | --- | --- |\n"
           "| 一般公共服务支出 | 6.82 | 6.57 | 96.3 |\n| 教育支出 | 10.40 | 10.29 | 98.9 |\n"
           "| 社会保障和就业支出 | 9.76 | 9.93 | 101.7 |\n| 卫生健康支出 | 5.38 | 5.12 | {p} |\n")


@pytest.mark.parametrize("p, status", [("95.2", "pass"), ("97.2", "fail")])
def test_a_rate_column_headed_with_a_bare_percent_sign(tmp_path, p, status) -> None:
    path = tmp_path / "t.md"
    path.write_text(_BUDGET.format(p=p), encoding="utf-8")
    from toolkit import audit
    got = {(c.operands["numerator"], c.operands["denominator"]): c.status for c in audit(path).checks
           if c.rule == "ratio.table_rate"}
    assert got[(5.12, 5.38)] == status
    assert got[(6.57, 6.82)] == "pass"


@pytest.mark.parametrize("fall, status", [("-22.0%", "pass"), ("-12.0%", "fail")])
def test_a_change_column_with_a_signed_fall(tmp_path, fall, status) -> None:
    text = ("| 指标 | 2023年 | 2022年 | 增长 |\n| --- | --- | --- | --- |\n"
            "| 受理审批服务事项(件) | 48,362 | 43,917 | 10.1% |\n| 办结(件) | 48,105 | 43,602 | 10.3% |\n"
            f"| 退回补正(件) | 390 | 500 | {fall} |\n")
    path = tmp_path / "t.md"
    path.write_text(text, encoding="utf-8")
    from toolkit import audit
    got = {c.operands["current"]: c.status for c in audit(path).checks if c.rule == "change.table"}
    assert got[48362] == "pass"
    assert got[390] == status


# -- outcome lists: the intake's open rest, and an outcome that names the application -----------

@pytest.mark.parametrize("open_part, status", [("23", "pass"), ("32", "fail")])
def test_an_intakes_open_rest_closes_its_outcome_list(tmp_path, open_part, status) -> None:
    text = (f"全年共收到行政复议申请1,846件;经审查,受理1,592件,不予受理163件,告知向其他机关申请68件,"
            f"尚在审查期限内{open_part}件。")
    found = _sums(tmp_path, text)
    assert found.get((1846, (1592, 163, 68, int(open_part)))) == status
    assert (1846, (1592, 163, 68)) not in found


def test_an_outcome_naming_the_application_is_an_item_not_a_whole(tmp_path) -> None:
    text = "审结案件中,维持683件,驳回申请312件,撤销97件,变更18件,确认违法42件,责令履行19件,调解和解226件,终止131件。"
    assert not [k for k in _sums(tmp_path, text) if k[0] == 312]


# -- stage words of audits and prosecutors (stages.yaml) ---------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("审计指出问题42个,已整改{n}个。", (42, "个")),
    ("巡察指出问题31个,已整改{n}个。", (31, "个")),
    ("受理审查起诉4,107人,提起公诉{n}人。", (4107, "人")),
    ("受理审查逮捕2,316人,经审查批准逮捕{n}人。", (2316, "人")),
])
@pytest.mark.parametrize("ok", [True, False])
def test_stages_of_audits_and_prosecutors(tmp_path, text, pair, ok) -> None:
    larger = pair[0]
    smaller = larger - 3 if ok else larger + 3
    found = {(o["smaller"], o["larger"]): st for st, _, o in checks(tmp_path, text.format(n=f"{smaller:,}"), "bound")}
    assert found.get((smaller, larger)) == ("pass" if ok else "fail")


def test_arrests_refused_are_no_later_stage(tmp_path) -> None:
    text = "受理审查逮捕2,316人,不批准逮捕834人。"
    assert not [o for _, rule, o in checks(tmp_path, text, "bound") if rule == "bound.stage" and o.get("smaller") == 834]
