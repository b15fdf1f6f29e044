"""Phrasings the engine was not tuned on (issue 15, session 12): rates whose names are listed before
分别, siblings of a rate's measure that are neither its numerator nor its base, and a plain rate
after a 其中 kind of its stage.

Every text is written for the project: passing, failing (a planted error) and consistent variants,
and traps that must not be checked."""

from __future__ import annotations

import pytest

from tests.test_relations_list_phrasings import checks, sums


def _ratios(tmp_path, text: str) -> dict[tuple, str]:
    """{(numerator, denominator, percent): status} of the text's ratios (readings aside)."""
    return {(o["numerator"], o["denominator"], o["percent"]): st for st, _, o in checks(tmp_path, text, "ratio")}


# -- rates named in a list before 分别 -----------------------------------------------------------

@pytest.mark.parametrize("names, sep", [
    ("新生儿死亡率{j}婴儿死亡率", "和"), ("新生儿死亡率{j}婴儿死亡率", "、"), ("新生儿死亡率{j}婴儿死亡率", "及"),
])
@pytest.mark.parametrize("second, status", [("4.80", "pass"), ("4.08", "fail")])
def test_rates_listed_before_fenbie_each_take_their_own_numerator(tmp_path, names, sep, second, status) -> None:
    # 12/5000 = 2.40‰, 24/5000 = 4.80‰: each listed rate is its own measure over the live births
    text = (f"2023年全市活产5,000人,新生儿死亡12人,婴儿死亡24人,"
            f"{names.format(j=sep)}分别为2.40‰和{second}‰。")
    found = _ratios(tmp_path, text)
    assert found[(12, 5000, 2.4)] == "pass"
    assert found[(24, 5000, float(second))] == status


def test_listed_rate_names_may_hold_digits_and_a_rate_per_n(tmp_path) -> None:
    # "5岁以下" belongs to the second name; the first rate is per 100,000 (left to its own family)
    text = ("全县活产3,750人,孕产妇死亡1人、婴儿死亡9人、5岁以下儿童死亡12人,"
            "孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别为26.67/10万、2.40‰和3.20‰。")
    found = _ratios(tmp_path, text)
    assert found[(9, 3750, 2.4)] == "pass"
    assert found[(12, 3750, 3.2)] == "pass"
    planted = _ratios(tmp_path, text.replace("3.20‰", "3.02‰"))
    assert planted[(12, 3750, 3.02)] == "fail"


def test_as_many_names_as_rates_or_nothing(tmp_path) -> None:
    # two names, three percents: which rate is which cannot be told
    text = ("全县活产3,750人,新生儿死亡6人,婴儿死亡9人,"
            "新生儿死亡率和婴儿死亡率分别为1.60‰、2.40‰、3.00‰。")
    assert not [c for c in checks(tmp_path, text, "ratio") if c[2]["percent"] == 3.0]


# -- a sibling of the rate's measure is no base ---------------------------------------------------

@pytest.mark.parametrize("siblings", [
    "孕产妇死亡2人,", "孕产妇死亡0人,", "死胎4例,孕产妇死亡2人,",
])
def test_a_smaller_sibling_measure_does_not_block_the_base(tmp_path, siblings) -> None:
    text = f"全区活产数8,000人,{siblings}婴儿死亡20人,婴儿死亡率2.50‰。"
    assert _ratios(tmp_path, text) == {(20, 8000, 2.5): "pass"}
    assert _ratios(tmp_path, text.replace("2.50‰", "2.05‰")) == {(20, 8000, 2.05): "fail"}


def test_a_sibling_listed_beside_the_numerator_is_passed_over(tmp_path) -> None:
    text = "全区活产数8,000人,婴儿死亡20人、5岁以下儿童死亡28人,5岁以下儿童死亡率3.50‰。"
    assert _ratios(tmp_path, text)[(28, 8000, 3.5)] == "pass"


def test_a_figure_of_the_measure_naming_as_much_still_blocks(tmp_path) -> None:
    # two figures of the very measure (before and after a reform?): which is meant is unclear
    text = "全区活产数8,000人,上半年婴儿死亡8人,婴儿死亡20人,婴儿死亡率2.50‰。"
    found = checks(tmp_path, text, "ratio")
    assert all(c[0] == "pass" for c in found)


# -- a plain rate is not of a 其中 kind of its stage ----------------------------------------------

@pytest.mark.parametrize("text", [
    "全年立案查处案件500件,结案480件,其中适用简易程序结案200件,结案率96%。",
    "共受理行政复议申请500件,审结480件,其中听证审理结案60件,结案率为96.0%。",
    "今年以来立案500起,已结案480起,其中快速办理结案300起,结案率96%。",
])
def test_a_plain_rate_after_a_kind_of_its_stage_is_of_the_whole_stage(tmp_path, text) -> None:
    found = _ratios(tmp_path, text)
    assert set(found.values()) == {"pass"}
    planted = _ratios(tmp_path, text.replace("96", "86"))
    assert "fail" in planted.values()


def test_a_rate_naming_the_kind_stays_the_kinds(tmp_path) -> None:
    text = "全年审结案件120件,其中调解结案48件,调解结案率40%。"
    assert _ratios(tmp_path, text)[(48, 120, 40)] == "pass"


# -- a base with a refused intake inside it --------------------------------------------------------

@pytest.mark.parametrize("text, base", [
    ("区政府全年收到行政复议申请86件,其中不予受理4件,审结79件,审结率96.3%。", 86),
    ("全年共收到消费投诉1,250件,其中不予受理50件,已办结1,176件,办结率98.0%。", 1250),
    ("市监局接收举报线索640条,其中不予立案的40条,办结582条,办结率97.0%。", 640),
])
def test_a_rate_may_leave_the_refused_intake_out_of_its_base(tmp_path, text, base) -> None:
    found = checks(tmp_path, text, "ratio")
    assert found and all(st == "pass" for st, _, _ in found)
    # the printed base and the base without the refused part are both readings
    wrong = text.replace("96.3%", "90.3%").replace("98.0%", "93.0%").replace("97.0%", "93.0%")
    failed = [o for st, _, o in checks(tmp_path, wrong, "ratio") if st == "fail"]
    assert failed and {r["denominator"] for r in failed[0]["readings"]} >= {base}


def test_a_part_not_named_as_refused_changes_no_base(tmp_path) -> None:
    # 其中 a kind received (not one refused): the rate is of all that was received
    text = "全年共收到消费投诉1,250件,其中网络投诉500件,已办结1,176件,办结率98.0%。"
    assert [st for st, _, o in checks(tmp_path, text, "ratio") if o["numerator"] == 1176] == ["fail"]


# -- a closing rate over this year's and last year's work ------------------------------------------

@pytest.mark.parametrize("text", [
    "本年度新收行政诉讼案件132件,上年结转18件,审结141件,结案率94.0%。",
    "旧存案件18件,新收132件,全年审结141件,结案率为94.0%。",
    "全年新收复议申请132件,加上年结转的18件,共审结141件,审结率94.0%。",
])
def test_a_closing_rate_is_over_the_intake_and_the_work_carried_in(tmp_path, text) -> None:
    assert _ratios(tmp_path, text) == {(141, 150, 94.0): "pass"}
    assert _ratios(tmp_path, text.replace("94.0%", "92.0%")) == {(141, 150, 92.0): "fail"}


def test_closed_within_the_intake_may_be_over_the_intake_alone(tmp_path) -> None:
    # 120/132 = 90.9%: closed no more than received, the rate may leave the carried-in work out
    text = "本年度新收案件132件,上年结转18件,审结120件,结案率90.9%。"
    assert set(_ratios(tmp_path, text).values()) == {"pass"}


def test_two_carried_in_figures_leave_the_rate_unread(tmp_path) -> None:
    text = "新收案件132件,上年结转18件,前年结转未结4件转入,审结141件,结案率94.0%。"
    assert not [c for c in checks(tmp_path, text, "ratio") if c[1] == "ratio.carried_in"]


# -- a closing total sums the list its opener opens, not the whole before it -----------------------

@pytest.mark.parametrize("text", [
    "本年度收到信息公开申请263件,其中予以公开102件、部分公开36件、不予公开21件,合计159件。",
    "全年收到申请263件,上年结转8件,本年度办理结果中予以公开102件、部分公开36件、不予公开21件,合计159件。",
    "共受理举报线索263条,包括属实102条、部分属实36条、不属实21条,共计159条。",
    "全年办理申请263件,答复情况为:予以公开102件、部分公开36件、不予公开21件,合计159件。",
])
def test_a_total_closing_a_list_stops_at_its_opener(tmp_path, text) -> None:
    found = sums(tmp_path, text)
    assert found.get((159, 102, 36, 21)) == "pass"
    assert not [k for k in found if 263 in k[1:]]
    planted = sums(tmp_path, text.replace("159", "169"))
    assert planted.get((169, 102, 36, 21)) == "fail"


# -- names mapped by 分别 may hold counts of places -------------------------------------------------

@pytest.mark.parametrize("names", ["区法律援助中心和12个司法所", "3个街道和5个乡镇", "市中心、9个分中心及46家工作站"])
def test_names_holding_counts_of_places_still_name_a_whole(tmp_path, names) -> None:
    k = names.count("和") + names.count("、") + names.count("及") + 1
    parts = [318, 1155] if k == 2 else [318, 655, 500]
    text = f"全年办理法律援助案件1,473件。{names}分别办理{'、'.join(f'{p:,}件' for p in parts)}。"
    assert sums(tmp_path, text) == {(1473, *parts): "pass"}


def test_a_figure_of_the_kind_before_the_names_reads_nothing(tmp_path) -> None:
    text = "全年办理法律援助案件1,473件。其中12件由中心和司法所分别办理318件、1,155件。"
    assert (1473, 318, 1155) not in sums(tmp_path, text)


# -- a table's header counting bodies by their measure word ----------------------------------------

@pytest.mark.parametrize("head", ["检查家数|查处家数", "检查户数|处理户数", "抽查家次|查处家次"])
def test_bodies_found_at_fault_are_bounded_by_those_inspected_row_by_row(tmp_path, head) -> None:
    rows = [("药店", 420, 96), ("诊所", 310, 41), ("医院", 88, 23)]
    text = ("表 各类机构检查情况\n|机构类型|" + head + "|\n|---|---|---|\n"
            + "\n".join(f"|{n}|{a}|{b}|" for n, a, b in rows))
    bounds = {(o["smaller"], o["larger"]): st for st, r, o in checks(tmp_path, text, "bound")}
    assert bounds == {(96, 420): "pass", (41, 310): "pass", (23, 88): "pass"}
    planted = text.replace("|41|", "|341|")
    assert {(o["smaller"], o["larger"]): st for st, r, o in checks(tmp_path, planted, "bound")}[(341, 310)] == "fail"


# -- a heading between two tables laid out with spaces ---------------------------------------------

def test_a_heading_between_two_spaced_tables_starts_the_second(tmp_path) -> None:
    first = "\n".join(f"{name}　　　　      {a}       {b}       {c}       {a + b + c}"
                      for name, a, b, c in [("（一）予以公开", 12, 3, 1), ("（二）部分公开", 4, 0, 1),
                                            ("（三）不予公开", 2, 1, 0)])
    second = "\n".join(f"{name}　　　　       {a}       {b}       {c}       {d}       {a + b + c + d}"
                       for name, a, b, c, d in [("行政复议", 1, 0, 0, 1), ("行政诉讼", 0, 1, 0, 1)])
    text = (f"三、办理结果\n{first}\n四、行政复议、行政诉讼情况\n"
            f"项目　　　　　　    结果维持    结果纠正    其他结果    尚未审结      总计\n{second}\n五、其他\n无。")
    found = sums(tmp_path, text)
    assert found.get((2, 1, 0, 0, 1)) == "pass"
    assert found.get((2, 0, 1, 0, 1)) == "pass"
    assert found.get((16, 12, 3, 1)) == "pass"
    planted = sums(tmp_path, text.replace("0       1       2\n行政诉讼", "0       1       3\n行政诉讼"))
    assert planted.get((3, 1, 0, 0, 1)) == "fail"


# -- a rate of a kind of the work done, in a set opened before the work done ------------------------

_SET = ("一、受理情况\n全年受理诉求30,000件,其中即时办结18,000件,转办交办12,000件。\n"
        "二、办理情况\n转办工单中,已办结11,880件,其中按期办结{on_time}件,办结率和按期办结率分别为99.00%和{rate}%。")


def test_a_kind_of_the_work_done_is_over_the_set_the_sentence_opens(tmp_path) -> None:
    # 11,700 / 12,000 = 97.50% (the dispatched work, an item of the intake's breakdown)
    found = _ratios(tmp_path, _SET.format(on_time="11,700", rate="97.50"))
    assert found[(11700, 12000, 97.5)] == "pass"
    planted = checks(tmp_path, _SET.format(on_time="11,700", rate="95.70"), "ratio")
    assert [st for st, _, o in planted if o["numerator"] == 11700] == ["fail"]


# -- a share of a generic total (总额, 合计, 总和…) far from its base ----------------------------------

@pytest.mark.parametrize("word", ["总额", "总量", "总数", "全部总额"])
def test_a_share_of_a_generic_total_is_of_the_report_whole(tmp_path, word) -> None:
    text = ("一、总体情况\n全年累计为企业减免房租2.40亿元。\n"
            "二、分类情况\n分行业看,餐饮业减免0.62亿元,批发零售业减免0.95亿元。"
            f"分规模看,小微企业减免1.56亿元,占{word}的65.0%,惠及商户2,310户。")
    assert _ratios(tmp_path, text)[(1.56, 2.4, 65.0)] == "pass"
    # believed only where it explains the share (or one slip does): a share nothing explains is left
    assert (1.56, 2.4, 48.0) not in _ratios(tmp_path, text.replace("65.0%", "48.0%"))
    assert _ratios(tmp_path, text.replace("65.0%", "56.0%"))[(1.56, 2.4, 56.0)] == "fail"  # digits swapped


# -- a set named "X的Y中" with no comma ------------------------------------------------------------

_INTAKE = "全年受理消费者诉求52,000件,其中投诉30,000件、举报8,000件、咨询14,000件。\n二、办理情况\n"


@pytest.mark.parametrize("opener", ["受理的投诉中", "受理的投诉中,", "接收的投诉中"])
def test_a_rate_in_a_set_named_by_its_intake_is_over_the_set(tmp_path, opener) -> None:
    text = _INTAKE + f"{opener}已办结29,400件,办结率98.0%。"
    assert _ratios(tmp_path, text)[(29400, 30000, 98.0)] == "pass"
    assert _ratios(tmp_path, text.replace("98.0%", "96.0%"))[(29400, 30000, 96.0)] == "fail"


@pytest.mark.parametrize("opener", ["在办结的投诉中", "在办结的投诉中,"])
def test_a_set_named_by_a_later_stage_is_not_all_of_its_noun(tmp_path, opener) -> None:
    # 19,600 / 29,400 = 66.7%: of the complaints closed, not of all 30,000
    text = _INTAKE + f"投诉办结29,400件;{opener}调解成功19,600件,调解成功率66.7%。"
    found = _ratios(tmp_path, text)
    assert (19600, 30000, 66.7) not in found
    assert found.get((19600, 29400, 66.7), "pass") == "pass"


# -- a rate's base among the report's totals stated before its first chapter ------------------------

_PREAMBLE = ("7月,全市12345热线共受理群众诉求98,500件,环比增长3.1%。\n一、受理情况\n"
             "按渠道分,电话渠道61,200件,网络渠道30,100件,其他渠道7,200件。其中咨询类40,300件,"
             "投诉类29,800件,求助类28,400件。\n二、办理情况\n热线座席直接答复{n}件,直办率{r}%。")


def test_a_rate_in_a_later_chapter_is_over_the_preamble_total(tmp_path) -> None:
    # 52,010 / 98,500 = 52.80%
    assert _ratios(tmp_path, _PREAMBLE.format(n="52,010", r="52.80"))[(52010, 98500, 52.8)] == "pass"
    # far from its rate, the base is believed only where it explains the rate, or one slip does
    assert _ratios(tmp_path, _PREAMBLE.format(n="52,010", r="52.08"))[(52010, 98500, 52.08)] == "fail"
    assert (52010, 98500, 61.3) not in _ratios(tmp_path, _PREAMBLE.format(n="52,010", r="61.3"))


def test_no_preamble_no_far_base(tmp_path) -> None:
    text = _PREAMBLE.format(n="52,010", r="52.80").replace("7月,全市12345热线共受理群众诉求98,500件,环比增长3.1%。\n", "")
    assert not [o for st, _, o in checks(tmp_path, text, "ratio") if o["numerator"] == 52010]


# -- items named again with 分别 at a later stage -------------------------------------------------

@pytest.mark.parametrize("text", [
    "全年新收行政诉讼案件57件,其中以区政府为被告的14件、区直部门35件、街道办事处8件。"
    "区政府和区直部门的案件分别审结{a}件和{b}件。",
    "全年受理投诉1,200件。从区域看,城区820件、郊区380件。\n城区、郊区分别办结{a}件、{b}件。",
    "全年区政府作为被告的行政诉讼案件57件。从被告看,区政府14件、区直部门35件、街道办事处8件。"
    "区政府和区直部门的案件分别审结{a}件和{b}件,街道办事处的案件均已审结。",
])
def test_items_named_again_at_a_later_stage_are_bounded_by_their_own(tmp_path, text) -> None:
    def bounds(t: str) -> dict:
        return {(o["smaller"], o["larger"]): st for st, r, o in checks(tmp_path, t, "bound") if r == "bound.stage"}

    first = 14 if "14" in text else 820
    second = 35 if "35" in text else 380
    found = bounds(text.format(a=first - 2, b=second - 3))
    assert found[(first - 2, first)] == "pass" and found[(second - 3, second)] == "pass"
    assert bounds(text.format(a=first - 2, b=second + 3))[(second + 3, second)] == "fail"


def test_names_not_at_an_earlier_stage_are_not_bounded(tmp_path) -> None:
    # 审结 then 受理 in that order is no funnel; nor are names no earlier figure answers to
    text = "全年审结案件57件,其中区政府14件、区直部门35件。区政府和区直部门分别受理10件和30件。"
    assert not [c for c in checks(tmp_path, text, "bound") if c[2]["larger"] in (14, 35) and c[2]["smaller"] in (10, 30)]
    text = "全年新收案件57件。区政府和区直部门的案件分别审结9件和25件。"
    assert not [c for c in checks(tmp_path, text, "bound") if c[2]["smaller"] in (9, 25)]


# -- numbered item lines end at the first line that is no numbered item -----------------------------

def test_a_numbered_list_ends_before_a_sentence_after_it(tmp_path) -> None:
    text = ("全年立案查处案件1,510件,同比增长6.2%。结案1,470件,结案率97.4%。按类别分:\n"
            "1.市容环境类610件\n2.违法建设类280件\n3.园林绿化类140件\n4.其他类480件\n"
            "立案查处的案件中,涉及占道经营的300件,涉及噪声扰民的120件。")
    found = sums(tmp_path, text)
    assert found.get((1510, 610, 280, 140, 480)) == "pass"
    assert not [k for k in found if 300 in k[1:] or 120 in k[1:]]


# -- a lesser degree last in a list may be left out of the rate ------------------------------------

@pytest.mark.parametrize("rate, status", [("95.0", "pass"), ("99.0", "pass"), ("92.0", "fail")])
def test_a_satisfaction_rate_with_or_without_the_lesser_degree(tmp_path, rate, status) -> None:
    # 1,900 / 2,000 = 95.0% (非常满意、满意), 1,980 / 2,000 = 99.0% (with 基本满意)
    text = f"共收集评价2,000条,其中非常满意、满意1,900条,基本满意80条,不满意20条,满意率{rate}%。"
    found = [(st, o) for st, _, o in checks(tmp_path, text, "ratio")]
    assert [st for st, _ in found] == [status]
    assert found[0][1]["numerator"] != 80  # the lesser degree alone is no reading shown first


# -- kinds by what they concern, one holding a count in its words ----------------------------------

@pytest.mark.parametrize("last", ["同时涉及两类问题的6户", "涉及上述2类问题的6户"])
def test_concerned_kinds_overshooting_their_whole_are_bounds(tmp_path, last) -> None:
    text = f"全年立案检查42户,结案39户。立案检查户中,涉及虚开发票的17户,涉及隐匿收入的21户,{last}。"
    found = checks(tmp_path, text)
    assert not [c for c in found if c[1].startswith("sum")]
    assert {(o["smaller"], o["larger"]) for st, r, o in found if r == "bound.part" and st == "pass"} >= {
        (17, 42), (21, 42), (6, 42)}


# -- a base named by a later stage is not a figure of another stage --------------------------------

_STAGED = ("全年共新收信息公开申请{new}件,加上上年结转的12件,共需办理{need}件。其中,予以公开和部分公开合计{part}件,"
           "占已办结申请的{pct}%;不予公开10件。截至年底已办结{done}件,结转下年度继续办理{carry}件。")


def test_a_base_named_by_a_later_stage_is_that_stage_s_figure(tmp_path) -> None:
    # 120 / 300 = 40.0% of the closed, 120 / 310 = 38.7% of the received
    text = _STAGED.format(new="310", need="322", part="120", pct="40.0", done="300", carry="22")
    assert _ratios(tmp_path, text)[(120, 300, 40.0)] == "pass"
    assert (120, 310, 40.0) not in _ratios(tmp_path, text)
    planted = _STAGED.format(new="310", need="322", part="120", pct="38.7", done="300", carry="22")
    assert _ratios(tmp_path, planted)[(120, 300, 38.7)] == "fail"


def test_a_base_named_by_its_noun_takes_the_intake(tmp_path) -> None:
    # 诉求总量 names what came in by its noun: the figure accepted is it
    text = "全年共受理消费者诉求6,000件。其中投诉3,600件,举报900件,咨询1,500件;投诉占诉求总量的60.0%。"
    assert _ratios(tmp_path, text)[(3600, 6000, 60.0)] == "pass"


# -- a list under one category ends at the category's sibling -------------------------------------

def test_reasons_under_one_outcome_end_at_the_next_outcome(tmp_path) -> None:
    text = ("全年办结申请180件。其中,予以公开80件;不予公开的40件中,属于国家秘密的12件、属于行政执法案卷的20件;"
            "无法提供35件;不予处理15件;其他处理10件。")
    found = checks(tmp_path, text)
    assert not [c for c in found if c[1].startswith("sum") and c[2]["total"] == 40]
    assert {(o["smaller"], o["larger"]) for st, r, o in found if r == "bound.part"} >= {(12, 40), (20, 40)}
    # reasons that do not reach their whole are bounded; a reason worded "不同意公开" is no sibling
    text = "不予公开的21件中,属于国家秘密的3件,属于第三方不同意公开的18件。"
    assert sums(tmp_path, "全年办结申请180件。" + text).get((21, 3, 18)) == "pass"


# -- a catalog bound across sentences needs the two figures to count one thing ---------------------

def test_two_licences_in_two_sentences_bound_nothing(tmp_path) -> None:
    text = ("一、行政审批\n全年办理林木采伐许可证1,286份,审批采伐蓄积8.6万立方米。"
            "受理使用林地审核审批申请64件,审核同意58件,不予许可4件。")
    assert not [c for c in checks(tmp_path, text, "bound") if c[2]["smaller"] == 1286]


def test_a_licence_and_its_applications_in_two_sentences_still_bound(tmp_path) -> None:
    text = "一、行政审批\n全年受理林木采伐许可申请1,320件。全年办理林木采伐许可证1,286份。"
    found = [c for c in checks(tmp_path, text, "bound") if c[2]["smaller"] == 1286]
    assert [c[0] for c in found] == ["pass"]
    planted = [c for c in checks(tmp_path, text.replace("1,320", "1,230"), "bound") if c[2]["smaller"] == 1286]
    assert [c[0] for c in planted] == ["fail"]


# -- numbered rows under a "(一)" row -------------------------------------------------------------

_FORM = ("附表:政府信息公开情况统计表\n|指标|单位|数量|\n|一、依申请公开情况||\n|(一)收到申请数|件|{total}|\n"
         "|1.当面申请数|件|5|\n|2.传真申请数|件|0|\n|3.网络申请数|件|18|\n|4.信函申请数|件|3|\n"
         "|(二)申请办结数|件|26|\n|1.按时办结数|件|25|\n|2.延期办结数|件|1|\n")


def test_numbered_rows_add_up_to_the_row_above_them(tmp_path) -> None:
    found = sums(tmp_path, _FORM.format(total=26))
    assert found.get((26, 5, 0, 18, 3)) == "pass" and found.get((26, 25, 1)) == "pass"
    assert sums(tmp_path, _FORM.format(total=27)).get((27, 5, 0, 18, 3)) == "fail"


def test_numbering_that_starts_again_means_a_parent_row_was_lost(tmp_path) -> None:
    rows = ("|(二)部分公开|4|0|4|\n|1.属于国家秘密|1|0|1|\n|2.属于行政执法案卷|2|1|3|\n"
            "|1.本机关不掌握相关政府信息|6|1|7|\n|2.没有现成信息需要另行制作|1|0|1|\n")
    text = "|项目|自然人|法人|总计|\n|(一)予以公开|9|2|11|\n" + rows
    found = sums(tmp_path, text)
    assert (4, 1, 2) not in found and (4, 1, 3) not in found and found.get((4, 4, 0)) == "pass"


# -- measures named by other words than their figures' ----------------------------------------------

def _changes(tmp_path, text: str) -> dict:
    return {(o["current"], o["percent"]): st for st, _, o in checks(tmp_path, text, "change")}


@pytest.mark.parametrize("text", [
    "全年下达行政处罚决定书312份,罚款金额1,845.6万元,处罚案件数和罚款金额同比分别增长{a}%和{b}%。",
    "全年受理群众来电8.6万个,派发工单3.2万件,来电量、工单量同比分别增长{a}%、{b}%。",
])
def test_changes_of_measures_named_in_other_words_map_in_order(tmp_path, text) -> None:
    found = _changes(tmp_path, text.format(a="6.5", b="9.1"))
    assert len(found) == 2 and set(found.values()) == {"pass"}


def test_names_that_fit_the_other_figure_better_map_nothing(tmp_path) -> None:
    # the first name fits the second figure as well: which change is whose is unclear
    text = "全年罚款金额1,845.6万元,下达处罚决定书312份,处罚决定书和罚款同比分别增长6.5%和9.1%。"
    assert (1845.6, 6.5) not in _changes(tmp_path, text)


# -- a ratio A:1 after the sentence stating its two figures ----------------------------------------

@pytest.mark.parametrize("colon", ["∶", ":", "："])
def test_a_ratio_in_a_sentence_of_its_own_reads_the_two_figures_before(tmp_path, colon) -> None:
    text = ("全体居民人均可支配收入36,120元。城镇居民人均可支配收入45,860元,增长5.0%;农村居民人均可支配收入"
            f"21,730元,增长7.1%。城乡居民收入比为{{r}}{colon}1。")
    assert _ratios(tmp_path, text.format(r="2.11")) == {(45860, 21730, 2.11): "pass"}
    assert _ratios(tmp_path, text.format(r="2.21")) == {(45860, 21730, 2.21): "fail"}


# -- a base named by its stage and its noun, the noun in the sentence before ------------------------

@pytest.mark.parametrize("pct, status", [("60.9", "pass"), ("69.0", "fail")])
def test_a_base_printed_with_its_stage_only_goes_on_with_the_subject_before(tmp_path, pct, status) -> None:
    text = ("全年共收到政府信息公开申请23件。已答复23件,其中同意公开11件,同意部分公开3件,信息不存在9件。"
            f"同意公开和同意部分公开的共14件,占已答复申请的{pct}%。")
    assert _ratios(tmp_path, text) == {(14, 23, float(pct)): status}


# -- an overview chapter states the report's totals; the longest rate name decides -------------------

_OVERVIEW = ("一、总体情况\n全年热线共受理群众诉求92.40万件,同比增长8.1%。其中电话渠道70.10万件,网络渠道22.30万件。\n"
             "二、诉求构成\n按类型分,咨询类50.20万件、求助类22.10万件、投诉类20.10万件。\n"
             "三、办理情况\n热线直接答复{n}万件,直接办结率{r}%;转派承办单位36.00万件。")


@pytest.mark.parametrize("r, status", [("61.0", "pass"), ("16.0", "fail")])
def test_a_rate_in_a_later_chapter_is_over_the_overview_total(tmp_path, r, status) -> None:
    # 56.36 / 92.40 = 61.0%
    assert _ratios(tmp_path, _OVERVIEW.format(n="56.36", r=r)).get((563600, 924000, float(r))) == status


# -- blocks of columns each closed by a total column named for its block ----------------------------

def test_blocks_closed_by_totals_named_for_their_block(tmp_path) -> None:
    head = "|复议维持|复议纠正|复议其他|复议尚未审结|复议总计|直诉维持|直诉纠正|直诉其他|直诉尚未审结|直诉总计|"
    row = "|2|1|0|1|{a}|1|0|0|1|2|"
    text = f"四、行政复议、行政诉讼情况\n{head}\n|---|---|---|---|---|---|---|---|---|---|\n{row}\n五、其他\n无。"
    assert sums(tmp_path, text.format(a=4)) == {(4, 2, 1, 0, 1): "pass", (2, 1, 0, 0, 1): "pass"}
    assert sums(tmp_path, text.format(a=5))[(5, 2, 1, 0, 1)] == "fail"


# -- a graded kind of hazard is no count of all hazards --------------------------------------------

def test_general_hazards_do_not_bound_the_major_ones(tmp_path) -> None:
    text = "全年检查各类生产经营单位86家次,发现一般隐患10项,重大隐患12项,均已整改完毕。"
    assert not [c for c in checks(tmp_path, text) if c[0] == "fail"]
    text = "全年检查各类生产经营单位86家次,共发现隐患10项,其中重大隐患12项。"
    assert [c[0] for c in checks(tmp_path, text) if c[2].get("smaller") == 12] == ["fail"]


# -- a birth rate over the population printed beside it ----------------------------------------------

@pytest.mark.parametrize("rate, status", [("5.62", "pass"), ("5.72", "unverifiable"), ("6.62", "fail")])
def test_a_birth_rate_over_the_population_printed_before_it(tmp_path, rate, status) -> None:
    # 2,318 / 412,600 = 5.62‰; within 2% it may be over the year's average population (unverifiable)
    text = f"全县户籍人口41.26万人,全年出生人口2,318人,出生率{rate}‰。"
    assert [st for st, _, _ in checks(tmp_path, text, "ratio")] == [status]


# -- a share in a sentence opened by a set with no comma ---------------------------------------------

@pytest.mark.parametrize("pct, status", [("45.1", "pass"), ("54.1", "fail")])
def test_a_share_of_the_set_its_sentence_opens_with(tmp_path, pct, status) -> None:
    # 186 / 412 = 45.1% of the awards, not of the 1,024 cases decided
    text = f"全年审结1,024件。审结案件中,调解撤诉612件,裁决412件。裁决案件中终局裁决186件,占{pct}%。"
    assert _ratios(tmp_path, text) == {(186, 412, float(pct)): status}


def test_a_set_no_figure_is_named_by_reads_nothing(tmp_path) -> None:
    text = "全年审结1,024件,其中调解撤诉612件。仲裁案件中终局裁决186件,占45.1%。"
    assert not [o for st, _, o in checks(tmp_path, text, "ratio") if o["numerator"] == 186]
