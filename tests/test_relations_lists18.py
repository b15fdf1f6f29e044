"""Lists that partition a whole by meaning, mapped by 分别 or item by item, and 其中 lists under the
totals of the sentence before (issue 15, patterns B, F and H; helper lists18).

Every sentence is written for the project: consistent variants that must pass, variants with a
planted error that must fail, and traps (partial lists, other jurisdictions, other periods, lists
of unequal length) that must read nothing."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str, kind: str | None = None) -> list[tuple[str, str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(text + "\n", encoding="utf-8")
    return [(c.status, c.rule, c.operands) for c in toolkit.audit(p).checks if kind is None or c.kind == kind]


def sums(tmp_path, text: str) -> dict[tuple, str]:
    """{(total, parts...): status} of the text's sums."""
    return {(o["total"], *o["parts"]): st for st, _, o in checks(tmp_path, text, "sum")}


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
