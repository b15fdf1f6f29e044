"""False alarms found on consistent texts written for the project (session 26, helper fa64: 法治政府建设
reports of 区县 bureaus and 乡镇/街道, 信访 reports, 审计工作报告, 财政决算/预算执行 reports and 行政应诉
通报). Each rule is a statement about how Chinese reports state figures, tested on project sentences, with a
variant whose arithmetic is broken that must still fail where the reading is unique (or the reason it
abstains)."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def passing(tmp_path, text: str) -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text, ".txt") if c.status == "pass"]


# --- a policy's name holding a numeral and a measure word ("中央八项规定精神", "三项制度") is no count:
# an item line "1.违反中央八项规定精神82个;" states one figure, and the lines close by their total ---

_NAMED = ("审计发现的主要问题包括:\n1.违反中央八项规定精神{a}个;\n2.违规发放津补贴27个;\n"
          "3.资产管理不规范52个;\n以上共计161个。")


def test_a_numbered_policy_name_is_no_count(tmp_path) -> None:
    assert failing(tmp_path, _NAMED.format(a=82)) == []
    assert any("161" in m for m in passing(tmp_path, _NAMED.format(a=82)))
    broken = failing(tmp_path, _NAMED.format(a=83))
    assert broken and "161" in broken[0]
    # "制定完善制度三项" is a count still; only the names are spared
    text = "全年制定完善制度{n}项，其中财务管理制度一项、资产管理制度两项。"
    assert failing(tmp_path, text.format(n="三")) == []
    assert failing(tmp_path, text.format(n="四"))


# --- a subtotal of some items named again with 、 after a 分别 list ("…分别为42、37、36、61件,自然资源、
# 房屋征收类案件合计79件") ends the list: no seventh part ---

_SUBTOTAL = ("全市一审行政诉讼案件176件。从案件类型看，自然资源、房屋征收、公安、其他类案件分别为42、37、36、{o}件，"
             "自然资源、房屋征收类案件合计79件，占44.9%。")


def test_a_subtotal_named_with_a_dun_comma_ends_a_list(tmp_path) -> None:
    assert failing(tmp_path, _SUBTOTAL.format(o=61)) == []
    broken = failing(tmp_path, _SUBTOTAL.format(o=62))
    assert broken and "177" in broken[0] and "79件 =" not in broken[0]
    text = "全年受理投诉举报1200件，按类型分，食品、药品、价格、其他分别为500、300、250、{o}件，食品、药品两类合计800件。"
    assert failing(tmp_path, text.format(o=150)) == []
    assert failing(tmp_path, text.format(o=160))


# --- two 分别 runs of one list after a classification ("分属地看,A、B、C分别受理…件,办结…件"): one list per
# run, each with its own whole -- not one list of both runs and the closing total ---

_RUNS = ("全年受理信访事项900件。分属地看，城东街道、城西街道、城南街道分别受理{a}、300、200件，办结{b}、300、199件，"
         "全区合计办结897件，办结率99.67%。")


def test_two_respective_runs_are_two_lists(tmp_path) -> None:
    assert failing(tmp_path, _RUNS.format(a=400, b=398)) == []
    assert sorted(passing(tmp_path, _RUNS.format(a=400, b=398)))  # the sums are read
    wrong_intake = failing(tmp_path, _RUNS.format(a=401, b=398))
    assert len(wrong_intake) == 1 and "901" in wrong_intake[0]
    wrong_closed = failing(tmp_path, _RUNS.format(a=400, b=397))
    assert len(wrong_closed) == 1 and "896" in wrong_closed[0] and "897" in wrong_closed[0]


# --- a table of one level's bodies ("各镇(街道)…情况") under a 全县 figure: the county's own departments
# count in the figure and in no row, so its 合计 restates the figure only when a column agrees exactly ---

_LEVEL = ("全年全县受理信访事项{n}件，办结{m}件。\n\n各镇（街道）信访事项办理情况如下：\n\n"
          "| 镇（街道） | 受理（件） | 办结（件） |\n| --- | --- | --- |\n| 城东街道 | 300 | 295 |\n"
          "| 城西街道 | 250 | 245 |\n| 河西镇 | 150 | 148 |\n| 合计 | 700 | 688 |\n\n县直部门受理{r}件。\n")


def test_a_table_of_one_level_is_no_restatement_of_the_whole(tmp_path) -> None:
    assert failing(tmp_path, _LEVEL.format(n=950, m=930, r=250), ".md") == []
    assert failing(tmp_path, _LEVEL.format(n=900, m=880, r=200), ".md") == []  # (900 is no misprint of 700)
    # one column restating its figure exactly shows the table covers the place: the other is checked
    broken = failing(tmp_path, _LEVEL.format(n=700, m=868, r=0), ".md")
    assert broken and "868" in broken[0]


# --- a share stated as a bound ("占比不低于30%", "30%以上"): any share past it holds. "不低于/不少于/不小于"
# qualify the figure as 以上 does (and 不高于/不超过 as 不到): a share past the bound is no failure, one short of
# it is; and a base found far off (another section, another measure) is not believed on a slip of its digits ---

_BOUND = "全年开展抽查200次，其中部门联合抽查{n}次，联合抽查占比{b}。"


def test_a_share_stated_as_a_bound_holds_past_it(tmp_path) -> None:
    for bound in ("不低于30%", "不少于30%", "达30%以上"):
        assert failing(tmp_path, _BOUND.format(n=70, b=bound)) == []
        assert failing(tmp_path, _BOUND.format(n=50, b=bound))
    # (on its side the bound holds: the check passes -- merge26's bound_stated reading)
    statuses = [c.status for c in audit_text(tmp_path, _BOUND.format(n=70, b="不低于30%")) if c.kind == "ratio"]
    assert statuses == ["pass"]
    # a ceiling the same way ("不超过40%": 35% is under it, 45% is not), and a target so stated still bounds
    assert failing(tmp_path, _BOUND.format(n=70, b="不超过40%")) == []
    assert failing(tmp_path, _BOUND.format(n=90, b="不超过40%"))
    target = "全年受理来电5000件，重复来电410件，重复来电率8.2%，考核要求重复来电率不高于{t}%。"
    assert failing(tmp_path, target.format(t=10)) == []
    assert failing(tmp_path, target.format(t=8))


_FAR = ("上述5个方面共179个问题，已整改136个。对尚未完成整改的43个问题，均已制定整改计划。\n"
        "全年随机抽查市场主体1446户，发现问题277户，问题发现率19.2%；牵头开展部门联合抽查33次，联合抽查占比{b}。\n")


def test_a_far_base_is_not_believed_for_a_bound(tmp_path) -> None:
    for bound in ("不低于30%", "达30%以上"):
        assert failing(tmp_path, _FAR.format(b=bound)) == []


# --- the cases a body decided ("办理行政复议案件") and those it answered as respondent ("被申请行政复议
# 案件") are two wholes, however alike their words: no restatement across sections ---

_ROLES = ("一、执法情况\n全年{a}行政复议案件48件，其中维持30件、撤销10件。\n"
          "二、争议化解\n全年被申请行政复议案件28件，上年结转2件，审结30件。\n")


def test_a_respondents_cases_are_not_the_cases_decided(tmp_path) -> None:
    assert failing(tmp_path, _ROLES.format(a="办理")) == []
    # the same role in both sections is one whole stated twice: they must agree
    assert failing(tmp_path, _ROLES.format(a="被申请"))


# --- last year's levels beside this year's: a clause opened by 上年 names last year's figures even when its
# verb and object run long ("上年完成审计项目36个、查出问题金额3.85亿元"), and a bracket right after
# "与上年相比" holds the compared year's levels ("与上年相比(上年来信401件、来访702批)") ---

_LAST_YEAR = ("全局共完成审计项目40个，查出问题金额4.74亿元；上年完成审计项目36个、查出问题金额3.85亿元，"
              "项目数增加4个，增长{a}%，查出问题金额增长{b}%。")


def test_a_long_clause_of_last_year_names_previous_levels(tmp_path) -> None:
    assert failing(tmp_path, _LAST_YEAR.format(a="11.1", b="23.0")) == []
    got = passing(tmp_path, _LAST_YEAR.format(a="11.1", b="23.0"))
    assert any("40个" in m and "11.1%" in m for m in got) and any("4.74亿元" in m and "23%" in m for m in got)
    broken = failing(tmp_path, _LAST_YEAR.format(a="12.1", b="23.0"))
    assert broken and "40个" in broken[0]
    # a set named by last year's act with 的 is a whole this year's work goes on with
    for found in ("上年巡察发现的120个问题，目前已整改到位114个，整改率{p}%。",
                  "上年巡察反馈问题整改事项120个，目前已整改到位114个，整改率{p}%。"):  # (no change after it)
        assert any("114个" in m and "120个" in m for m in passing(tmp_path, found.format(p="95.0")))
        assert failing(tmp_path, found.format(p="96.0"))


_BRACKET = ("全年信访总量2416件次。其中，来信312件，占12.9%；来访586批1437人次，占24.3%；网上信访1518件，占62.8%。"
            "与上年相比（上年来信401件、来访702批、网上信访1585件），来信、来访、网上信访分别下降{a}%、16.5%和4.2%。")


def test_a_bracket_after_the_comparison_holds_last_years_levels(tmp_path) -> None:
    assert failing(tmp_path, _BRACKET.format(a="22.2")) == []
    broken = failing(tmp_path, _BRACKET.format(a="12.2"))
    assert broken and "312" in broken[0] and "401" not in broken[0].split("下降")[0]


# --- a revenue's shortfall or excess over its budget (短收, 超收) is a gap to the budget, and the budget
# completed ("完成预算11.00亿元的84.9%") a plan: neither is the level nor the difference of a change on last year ---

_GAP = "政府性基金预算收入9.34亿元，完成预算11.00亿元的84.9%，短收1.66亿元，同比下降{p}%（上年11.90亿元）。"


def test_a_gap_to_the_budget_is_no_change_on_last_year(tmp_path) -> None:
    assert failing(tmp_path, _GAP.format(p="21.5")) == []
    assert any("9.34亿元" in m and "-21.51%" in m for m in passing(tmp_path, _GAP.format(p="21.5")))
    broken = failing(tmp_path, _GAP.format(p="12.5"))
    assert broken and "9.34亿元" in broken[0]
