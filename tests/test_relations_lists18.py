"""Lists that partition a whole by meaning, mapped by 分别 or item by item, and 其中 lists under the
totals of the sentence before (issue 15, patterns B, F and H; helper lists18).

Every sentence is written for the project: consistent variants that must pass, variants with a
planted error that must fail, and traps (partial lists, other jurisdictions, other periods, lists
of unequal length) that must read nothing."""

from __future__ import annotations

import pytest

from tests.test_relations_list_phrasings import checks, sums


def failing(tmp_path, text: str) -> list[tuple[str, dict]]:
    return [(rule, o) for st, rule, o in checks(tmp_path, text) if st == "fail"]


# -- B: levels of a jurisdiction mapped by 分别 onto their figures --------------------------------

@pytest.mark.parametrize(("text", "total", "parts"), [
    ("全年共受理行政复议申请520件。市本级、各县区分别受理186件、334件。", 520, (186, 334)),
    ("全年共受理行政复议申请520件。市本级和各县区分别受理186件和334件。", 520, (186, 334)),
    ("全县共办结信访事项1,260件次，其中按期办结1,231件次。县直部门、乡镇分别办结520件次、740件次。", 1260, (520, 740)),
    ("本年度全市共立案查处违法案件2,315件，同比增长4.1%。\n二、分级情况\n市直部门、各区县分别立案查处618件、1,697件。",
     2315, (618, 1697)),
    ("全区各级行政机关共作出行政许可决定9,840件。区本级与各街道分别作出6,120件、3,720件。", 9840, (6120, 3720)),
    ("市、县两级政府共审结行政复议案件1,380件。其中市政府、县（市、区）政府分别审结412件、968件。", 1380, (412, 968)),
])
def test_levels_mapped_by_respectively_add_up_to_the_whole(tmp_path, text, total, parts) -> None:
    assert sums(tmp_path, text).get((total, *parts)) == "pass"


@pytest.mark.parametrize("text", [
    "全年共受理行政复议申请520件。市本级、各县区分别受理186件、344件。",
    "全县共办结信访事项1,260件次。县直部门、乡镇（街道）分别办结520件次、750件次。",
])
def test_levels_that_fall_short_or_overshoot_fail(tmp_path, text) -> None:
    assert [r for r, o in failing(tmp_path, text) if r == "sum.breakdown"]


def test_a_second_respectively_reuses_the_names_and_its_whole_may_follow(tmp_path) -> None:
    text = "全年共审结案件1,380件。其中市政府、区政府分别审结案件412件、968件，分别纠错37件、85件。全年纠错122件。"
    assert sums(tmp_path, text) == {(1380, 412, 968): "pass", (122, 37, 85): "pass"}
    bad = text.replace("全年纠错122件", "全年纠错132件")
    assert sums(tmp_path, bad)[(132, 37, 85)] == "fail"


def test_a_whole_closing_the_levels_in_the_next_sentence(tmp_path) -> None:
    text = "县直部门、乡镇分别按期办结1,516件次、2,241件次。全县按期办结3,757件次。"
    assert sums(tmp_path, text) == {(3757, 1516, 2241): "pass"}
    assert sums(tmp_path, text.replace("3,757", "3,775")) == {(3775, 1516, 2241): "fail"}


@pytest.mark.parametrize("text", [
    # another jurisdiction's whole: the province's figure is not the city's levels
    "全省共受理行政复议申请5,200件。市本级、各县区分别受理186件、334件。",
    # two places are not the levels of a jurisdiction
    "全市共受理行政复议申请520件。东城区、西城区分别受理186件、134件。",
    # as many names as figures, or nothing
    "全年共受理行政复议申请520件。市本级、各县区分别受理186件、134件、52件。",
    # another act
    "全年共受理行政复议申请520件。市本级、各县区分别审结150件、300件。",
    # another noun of the same act
    "全年共受理政府信息公开申请520件。市本级、各县区分别受理行政复议申请186件、134件。",
])
def test_lists_that_are_not_the_levels_of_the_whole_read_nothing(tmp_path, text) -> None:
    assert not [o for st, r, o in checks(tmp_path, text, "sum") if st == "fail"]
    assert not [o for st, r, o in checks(tmp_path, text, "sum") if 186 in o["parts"] and len(o["parts"]) == 2
                and o["total"] in (520, 5200)]


# -- B: periods of the report mapped by 分别 ---------------------------------------------------

@pytest.mark.parametrize(("text", "total", "parts"), [
    ("全年累计受理投诉举报8,460件。第一季度至第四季度分别受理1,980件、2,105件、2,230件、2,145件。",
     8460, (1980, 2105, 2230, 2145)),
    ("今年热线共接听来电36,200个。一季度至四季度分别接听8,100个、9,050个、9,870个、9,180个。",
     36200, (8100, 9050, 9870, 9180)),
    ("1-6月共立案查处环境违法案件96件，一季度、二季度分别立案41件、55件。", 96, (41, 55)),
    ("城南区行政复议工作通报\n（2025年1-9月）\n全区共收到行政复议申请412件，同比增长18.4%。前三个季度分别收到申请118件、139件、155件。",
     412, (118, 139, 155)),
    ("全年共调解矛盾纠纷2,480件。上半年和下半年分别调解1,160件、1,320件。", 2480, (1160, 1320)),
])
def test_periods_mapped_by_respectively_add_up_to_the_whole_period(tmp_path, text, total, parts) -> None:
    assert sums(tmp_path, text).get((total, *parts)) == "pass"


def test_periods_that_do_not_add_up_fail(tmp_path) -> None:
    text = "全年累计受理投诉举报8,460件。第一季度至第四季度分别受理1,980件、2,105件、2,230件、2,245件。"
    assert sums(tmp_path, text)[(8460, 1980, 2105, 2230, 2245)] == "fail"


@pytest.mark.parametrize("text", [
    # three quarters are not the year
    "全年共收到行政复议申请560件。前三个季度分别收到申请118件、139件、155件。",
    "全年共收到行政复议申请560件。一季度、二季度、三季度分别收到申请118件、139件、155件。",
    # quarters out of order
    "全年共受理投诉480件。二季度、一季度分别受理130件、110件。",
])
def test_periods_that_are_not_the_whole_period_read_nothing(tmp_path, text) -> None:
    assert not [o for st, r, o in checks(tmp_path, text, "sum") if o["total"] in (560, 480)]


# -- F: items each opened by a level -------------------------------------------------------------

@pytest.mark.parametrize("sep", ["，", "。", "；"])
def test_items_opened_by_levels_add_up_to_the_whole(tmp_path, sep) -> None:
    text = f"全年查处各类违法案件1,248件。市本级查处386件{sep}各区县查处862件。"
    assert sums(tmp_path, text) == {(1248, 386, 862): "pass"}
    assert sums(tmp_path, text.replace("862", "872")) == {(1248, 386, 872): "fail"}


def test_items_opened_by_levels_with_a_closing_total(tmp_path) -> None:
    text = "市级共办理审批事项2,310件，县级共办理审批事项5,620件，全市合计7,930件。"
    assert sums(tmp_path, text) == {(7930, 2310, 5620): "pass"}
    assert sums(tmp_path, text.replace("7,930", "7,390")) == {(7390, 2310, 5620): "fail"}


@pytest.mark.parametrize("text", [
    # a third level follows: the two are not all of it
    "全年查处各类违法案件1,248件。市本级查处386件，各区县查处662件，乡镇查处200件。",
    # levels of another act than the whole's
    "全年查处各类违法案件1,248件。市本级办结386件，各区县办结802件。",
])
def test_level_items_that_are_not_the_whole_are_not_flagged(tmp_path, text) -> None:
    assert not [o for st, r, o in checks(tmp_path, text, "sum") if st == "fail"]


# -- 其中 under the list of the sentence before ----------------------------------------------------

def test_a_sentence_opening_with_qizhong_breaks_down_each_total_of_the_list_before(tmp_path) -> None:
    text = ("本年度受理工伤认定申请1,320件、劳动人事争议仲裁案件2,850件，结案率分别为96.2%和94.8%。"
            "其中工伤认定结案1,270件，仲裁结案2,702件。")
    found = checks(tmp_path, text)
    assert not [c for c in found if c[0] == "fail"]
    assert not [c for c in found if c[1].startswith("sum")]  # never 1,270 + 2,702 = 1,320
    bad = checks(tmp_path, text.replace("2,702", "2,902"))
    assert [o for st, r, o in bad if st == "fail"] == [{"smaller": 2902, "larger": 2850}] or [
        o for st, r, o in bad if st == "fail" and o.get("smaller") == 2902]


# -- B: 分别 over lists of unequal length guesses nothing ------------------------------------------

@pytest.mark.parametrize("text", [
    "交通、水利、建设领域分别查处违法案件126件、58件、97件，同比分别增长5%、8%。",
    "全年受理咨询1,200件、投诉860件、举报240件，同比分别增长6.0%和4.5%。",
])
def test_fewer_percents_than_the_list_they_distribute_over_pair_nothing(tmp_path, text) -> None:
    assert not checks(tmp_path, text, "change")


def test_as_many_percents_as_the_list_pair_in_order(tmp_path) -> None:
    found = {(o["current"], o["percent"]): st for st, _, o in checks(
        tmp_path, "交通、水利、建设领域分别查处违法案件126件、81件、99件，同比分别增长5%、8%和10%。", "change")}
    assert found == {(126, 5): "pass", (81, 8): "pass", (99, 10): "pass"}


# -- F: a heading over item lines, its whole in the section above ----------------------------------

_WAYS = "全年累计受理群众诉求86,420件，同比增长3.2%。\n二、办理情况\n（一）办理方式\n▪ 即时答复{a}件；\n▪ 转派承办单位办理{b}件。"


def test_lines_under_a_heading_add_up_to_the_whole_of_the_section_above(tmp_path) -> None:
    assert sums(tmp_path, _WAYS.format(a="51,230", b="35,190")) == {(86420, 51230, 35190): "pass"}


def test_lines_under_a_heading_naming_only_kinds_that_miss_are_no_reading(tmp_path) -> None:
    # nothing but the figures ties the lines to the whole above: lines that miss it are not read
    assert sums(tmp_path, _WAYS.format(a="51,230", b="36,190")) == {}


def test_lines_under_a_heading_that_are_another_list_read_nothing(tmp_path) -> None:
    # far from the whole: not its list (a slip does not explain the gap)
    assert not sums(tmp_path, _WAYS.format(a="21,230", b="15,190"))


# -- F: the main kinds closed by their rest are all of the whole -----------------------------------

@pytest.mark.parametrize("text", [
    "全年受理信访事项9,860件次。从反映问题看，排在前三位的分别是城乡建设类3,120件次、劳动社保类2,240件次、"
    "农业农村类1,460件次，其余各类3,040件次。",
    "全年受理信访事项9,860件次。反映问题排在前三位的是城乡建设类3,120件次、劳动社保类2,240件次、"
    "农业农村类1,460件次，其余各类共3,040件次。",
    "全年受理信访事项9,860件次。\n三、反映问题\n从反映问题看，排在前三位的分别是：\n- 城乡建设类3,120件次\n"
    "- 劳动社保类2,240件次\n- 农业农村类1,460件次\n其余各类3,040件次",
])
def test_main_kinds_closed_by_the_rest_add_up(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {(9860, 3120, 2240, 1460, 3040): "pass"}
    bad = text.replace("3,040", "3,140")
    assert sums(tmp_path, bad) == {(9860, 3120, 2240, 1460, 3140): "fail"}


def test_main_kinds_without_their_rest_stay_bounds(tmp_path) -> None:
    text = ("全年受理信访事项9,860件次。反映问题排在前三位的是城乡建设类3,120件次、劳动社保类2,240件次、"
            "农业农村类1,460件次。")
    found = checks(tmp_path, text)
    assert not [c for c in found if c[1].startswith("sum")]
    assert {c[1] for c in found} == {"bound.part"} and all(c[0] == "pass" for c in found)


# -- F: a breakdown in a section of its own, of the headline whole ---------------------------------

_REGIONS = ("1-6月，全市共发生各类生产安全事故126起，死亡97人。\n二、事故特点\n（一）分行业情况\n"
            "道路运输事故占比最高。\n（二）分区域情况\n从发生地看，河东区32起，河西区27起，北山县25起，"
            "南湖县21起，其余3个区县合计{rest}起。")


def test_a_breakdown_under_its_own_heading_adds_up_to_the_headline_whole(tmp_path) -> None:
    assert sums(tmp_path, _REGIONS.format(rest=21)) == {(126, 32, 27, 25, 21, 21): "pass"}


def test_a_breakdown_under_its_own_heading_far_from_any_whole_reads_no_sum(tmp_path) -> None:
    # 32+27+25+21+5 = 110: no slip of one digit makes 126, and no other whole is named
    assert not [o for st, r, o in checks(tmp_path, _REGIONS.format(rest=5), "sum") if st == "fail"]


def test_a_figure_of_a_later_act_on_the_same_items_is_no_whole_of_the_periods(tmp_path) -> None:
    text = ("受理投诉举报15,862件，按时办结15,704件；对办结件回访12,936件，回访满意12,318件。"
            "一、二、三、四季度分别办结3,612件、4,108件、4,376件、3,608件。")
    assert sums(tmp_path, text) == {(15704, 3612, 4108, 4376, 3608): "pass"}


# -- F: a decision and its outcomes listed right after it ------------------------------------------

@pytest.mark.parametrize(("text", "key"), [
    ("审结行政复议案件9件：维持6件，撤销2件，申请人撤回1件。", (9, 6, 2, 1)),
    ("本年度被申请行政复议8件，复议机关维持5件、确认违法2件，申请人撤回申请终止1件。", (8, 5, 2, 1)),
    ("受理食品经营许可申请425件，准予许可401件，不予许可24件。", (425, 401, 24)),
    ("重大行政执法决定法制审核156件，直接审核通过141件，提出修改意见后通过15件。", (156, 141, 15)),
    ("受理信访复查申请62件，复查后维持原处理意见55件、撤销或变更7件。", (62, 55, 7)),
])
def test_outcomes_right_after_the_decision_add_up(tmp_path, text, key) -> None:
    assert sums(tmp_path, text).get(key) == "pass"


@pytest.mark.parametrize(("text", "key"), [
    ("审结行政复议案件9件：维持6件，撤销3件，申请人撤回1件。", (9, 6, 3, 1)),          # over
    ("受理食品经营许可申请425件，准予许可401件，不予许可14件。", (425, 401, 14)),       # complements short
    ("重大行政执法决定法制审核156件，直接审核通过141件，提出修改意见后通过13件。", (156, 141, 13)),
])
def test_outcomes_that_miss_the_decision_fail(tmp_path, text, key) -> None:
    assert sums(tmp_path, text).get(key) == "fail"


@pytest.mark.parametrize("text", [
    # two outcomes that leave much of the decided cases unsaid (驳回, 终止…): bounds only
    "全年审结行政复议案件120件，维持80件，撤销10件。",
    # the outcomes are of the set a clause of its own names, not of the figure before the ";"
    "受理复查申请52件、复核申请9件；复查申请中，维持原处理意见44件，撤销或者变更6件，尚在办理2件。",
    # one outcome and a rate: no list
    "审结行政复议案件96件，维持62件，纠错率12.5%。",
])
def test_outcomes_that_are_not_all_of_the_decision_are_not_flagged(tmp_path, text) -> None:
    assert not [o for st, r, o in checks(tmp_path, text) if st == "fail"]


# -- B: a 分别 list closed by its total right after it -------------------------------------------

def test_a_respective_list_of_two_measures_closed_by_its_totals(tmp_path) -> None:
    text = "全县城市、农村特困供养对象分别为412户506人、1,308户1,655人，合计1,720户2,161人。"
    assert sums(tmp_path, text) == {(1720, 412, 1308): "pass", (2161, 506, 1655): "pass"}
    bad = text.replace("2,161", "2,116")
    assert sums(tmp_path, bad) == {(1720, 412, 1308): "pass", (2116, 506, 1655): "fail"}


def test_a_respective_list_closed_by_a_cumulative_total(tmp_path) -> None:
    text = "全年向城市、农村困难群众分别发放临时救助金312.6万元、587.4万元，累计发放900.0万元。"
    assert sums(tmp_path, text) == {(900, 312.6, 587.4): "pass"}
    assert sums(tmp_path, text.replace("900.0", "910.0")) == {(910, 312.6, 587.4): "fail"}


@pytest.mark.parametrize("text", [
    # the total closes another measure than the items'
    "城市、农村低保对象分别为3,126户、1,872户，合计发放低保金4,998万元。",
    # fewer figures than names: which is whose is open
    "城市、农村、集镇低保对象分别为3,126户、1,872户，合计4,998户。",
])
def test_closing_totals_of_another_list_read_no_sum(tmp_path, text) -> None:
    assert not [o for st, r, o in checks(tmp_path, text, "sum") if st == "fail"]


# -- B: 分别 naming figures stated before it ---------------------------------------------------

_KINDS = ("全年查办各类案件612件。从案件领域看，药品类208件，医疗器械类96件，化妆品类57件，其他类251件。"
          "其中药品类、化妆品类案件分别比上年增加{d1}件、{d2}件，分别增长{p1}%、{p2}%。")


def test_deltas_and_percents_of_figures_named_before(tmp_path) -> None:
    found = {(o["current"], o["percent"]): st for st, _, o in checks(
        tmp_path, _KINDS.format(d1=48, d2=12, p1="30.0", p2="26.7"), "change")}
    assert found == {(208, 30): "pass", (57, 26.7): "pass"}  # 48/160, 12/45


def test_a_percent_off_its_delta_fails(tmp_path) -> None:
    found = {(o["current"], o["percent"]): st for st, _, o in checks(
        tmp_path, _KINDS.format(d1=48, d2=12, p1="30.0", p2="21.1"), "change")}
    assert found == {(208, 30): "pass", (57, 21.1): "fail"}


def test_respective_deltas_are_never_a_total_of_the_names(tmp_path) -> None:
    # 48 is the 药品类 delta, not 药品类 + 化妆品类
    assert not [o for o in sums(tmp_path, _KINDS.format(d1=48, d2=12, p1="30.0", p2="26.7")) if o[0] == 48]


def test_percents_only_of_kinds_named_before(tmp_path) -> None:
    text = ("全年受理咨询类诉求6,240件，投诉类诉求3,180件，求助类诉求1,560件。"
            "其中咨询类、求助类诉求同比分别增长4.0%、下降2.5%。")
    found = {(o["current"], o["percent"]) for _, _, o in checks(tmp_path, text, "change")}
    assert found == {(6240, 4), (1560, -2.5)}


@pytest.mark.parametrize("text", [
    # a name that names no figure before: no guess
    "全年受理咨询类诉求6,240件，投诉类诉求3,180件。其中咨询类、求助类诉求同比分别增长4.0%、下降2.5%。",
    # fewer percents than names
    "全年受理咨询类诉求6,240件，投诉类诉求3,180件，求助类诉求1,560件。其中咨询类、投诉类、求助类诉求同比分别增长4.0%、2.5%。",
])
def test_names_that_do_not_map_onto_figures_read_nothing(tmp_path, text) -> None:
    assert not checks(tmp_path, text, "change")


# -- H: a total defined by the outcomes it counts ----------------------------------------------

_CORRECTED = ("本年度审结行政复议案件386件，其中确认违法52件，撤销47件，变更6件，责令履行职责21件，驳回88件，"
              "维持172件。纠错{n}件，纠错率{r}%。")


def test_corrections_are_the_four_correcting_outcomes(tmp_path) -> None:
    found = {(o["total"], *o["parts"]): st for st, rule, o in checks(tmp_path, _CORRECTED.format(n=126, r="32.6"), "sum")
             if rule == "sum.named_partition"}
    assert found == {(126, 52, 47, 6, 21): "pass"}


def test_corrections_without_the_order_to_perform_are_a_reading(tmp_path) -> None:
    # some reports count 纠错 without 责令履行: 52 + 47 + 6 = 105
    found = [st for st, rule, o in checks(tmp_path, _CORRECTED.format(n=105, r="27.2"), "sum")
             if rule == "sum.named_partition"]
    assert found == ["pass"]


def test_corrections_that_match_no_reading_fail(tmp_path) -> None:
    found = [st for st, rule, o in checks(tmp_path, _CORRECTED.format(n=136, r="35.2"), "sum")
             if rule == "sum.named_partition"]
    assert found == ["fail"]


def test_no_correction_total_unless_each_outcome_is_printed_once(tmp_path) -> None:
    text = "本年度审结行政复议案件386件，其中确认违法52件，撤销47件，驳回88件。纠错126件。"
    assert not [o for st, rule, o in checks(tmp_path, text, "sum") if rule == "sum.named_partition"]


# -- B: a named rate mapped by 分别 onto names that each name a base and a numerator ---------------

_FEED = ("全年抽检饲料和兽药产品410批次，其中饲料230批次、兽药180批次；检出不合格产品18批次。"
         "不合格产品中，饲料{a}批次、兽药{b}批次，饲料、兽药的抽检不合格率分别为{p}%、{q}%。")


def test_rates_of_named_items_over_their_own_base(tmp_path) -> None:
    found = {(o["numerator"], o["denominator"], o["percent"]): st for st, rule, o in checks(
        tmp_path, _FEED.format(a=8, b=10, p="3.5", q="5.6"), "ratio") if o["denominator"] in (230, 180)}
    assert found == {(8, 230, 3.5): "pass", (10, 180, 5.6): "pass"}


def test_a_rate_of_a_named_item_off_its_figures_fails(tmp_path) -> None:
    found = {(o["numerator"], o["denominator"], o["percent"]): st for st, rule, o in checks(
        tmp_path, _FEED.format(a=8, b=10, p="3.5", q="6.5"), "ratio") if o["denominator"] in (230, 180)}
    assert found == {(8, 230, 3.5): "pass", (10, 180, 6.5): "fail"}


def test_rates_of_names_printed_once_only_read_nothing(tmp_path) -> None:
    text = "全年抽检饲料230批次、兽药180批次，饲料、兽药的抽检不合格率分别为3.5%、5.6%。"
    assert not [o for st, r, o in checks(tmp_path, text, "ratio") if o["denominator"] in (230, 180)]


# -- F: an opener with the items' units in brackets; 加上 adding to the intake ----------------------

_TYPES = ("全年查处城管案件1,840件，罚没款962.4万元。按违法类型分（件／万元）：违法建设520件／486.0万元，"
          "占道经营706件／158.3万元，其他{n}件／318.1万元。")


def test_an_opener_with_the_units_in_brackets_reads_each_measure(tmp_path) -> None:
    assert sums(tmp_path, _TYPES.format(n=614)) == {(1840, 520, 706, 614): "pass",
                                                    (962.4, 486.0, 158.3, 318.1): "pass"}
    assert sums(tmp_path, _TYPES.format(n=641))[(1840, 520, 706, 641)] == "fail"


@pytest.mark.parametrize(("text", "key", "status"), [
    ("全年新受理行政复议申请168件，受理率92.3%；加上上年结转的12件，本年应审理案件合计180件。", (180, 168, 12), "pass"),
    ("全年受理劳动争议案件2,046件，涉及劳动者2,713人。加上年结转的118件，应结案件2,164件。", (2164, 2046, 118), "pass"),
    ("全年受理劳动争议案件2,046件，涉及劳动者2,713人。加上年结转的118件，应结案件2,146件。", (2146, 2046, 118), "fail"),
])
def test_what_jiashang_adds_to_the_intake_makes_the_total(tmp_path, text, key, status) -> None:
    assert sums(tmp_path, text).get(key) == status


def test_jiashang_after_a_figure_that_is_no_intake_reads_nothing(tmp_path) -> None:
    text = "全年办结劳动争议案件2,046件。加上年结转的118件，应结案件2,164件。"
    assert not [o for o in sums(tmp_path, text) if o[0] == 2164]


# -- H: a set viewed again by 从…看 is the set stated before ----------------------------------------

@pytest.mark.parametrize(("n", "status"), [("2,764", "pass"), ("2,746", "fail")])
def test_a_set_viewed_again_restates_its_figure(tmp_path, n, status) -> None:
    text = f"全年共受理信访事项2,764件次，同比下降3.1%。从全年受理的{n}件次信访事项来看，反映拖欠工资的诉求较多。"
    found = [(o["values"], st) for st, rule, o in checks(tmp_path, text, "equal")]
    assert found == [([2764, int(n.replace(",", ""))], status)]


def test_a_view_of_a_narrower_set_is_not_the_whole(tmp_path) -> None:
    text = "全年共受理群众来信来访2,764件次。从网上受理的1,246件次信访事项看，反映拖欠工资的诉求较多。"
    assert not [o for st, r, o in checks(tmp_path, text, "equal") if st == "fail"]


@pytest.mark.parametrize("text", [
    "全市共受理行政复议申请860件。市本级受理186件，县级受理534件，另有乡镇转来140件。",
    "全市共受理行政复议申请860件。市本级、各县区分别受理186件、534件，其余140件由省级机关受理。",
    "全市共受理行政复议申请860件。市本级、各县区分别受理186件、534件。另有140件由省级机关受理。",
    "2024年共受理投诉1,200件。上半年和下半年分别受理520件、640件，另有40件为跨年度转办。",
])
def test_levels_or_periods_followed_by_more_of_the_act_are_not_all_of_it(tmp_path, text) -> None:
    assert not [o for st, r, o in checks(tmp_path, text, "sum") if st == "fail"]


def test_a_correction_total_by_some_ways_among_others_is_no_definition(tmp_path) -> None:
    text = ("本年度审结行政复议案件386件，其中确认违法52件，撤销47件，变更6件，责令履行职责21件，驳回88件。"
            "通过确认违法、撤销、变更、责令履行等方式纠错131件。")
    assert not [o for st, rule, o in checks(tmp_path, text, "sum") if rule == "sum.named_partition"]
