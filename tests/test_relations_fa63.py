"""False alarms found on consistent texts written for the project (session 26, helper fa63: 县区
统计公报 and 统计月报, 12345 hotline quarterly/annual analyses, 政府信息公开 reports in prose and tables,
行政执法 statistics with the 三项制度, 行政复议 statistics in the 2024 law's wording). Each rule is a
statement about how Chinese reports state figures, tested on project sentences, with a variant whose
arithmetic is broken that must still fail (or the reason it abstains)."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def passing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "pass"]


# --- a list of outcomes run on over a ";" (the decisions, then the ways a case ends otherwise) is one
# list of the whole: the rest its second piece names ("因其他原因终止") is the rest of the whole list ---

_DECIDED = ("某县2024年行政复议工作报告。全年审结行政复议案件{t}件。审结案件中，作出维持决定{k}件，驳回复议请求30件，"
            "撤销20件，变更2件，确认违法10件，责令履行3件；以调解方式结案52件，当事人和解后终止审理20件，因其他原因终止7件。")


def test_an_outcome_list_runs_over_a_semicolon(tmp_path) -> None:
    assert failing(tmp_path, _DECIDED.format(t=344, k=200)) == []
    assert any("344件 = " in m for m in passing(tmp_path, _DECIDED.format(t=344, k=200)))
    # a list that does not add up still fails
    assert failing(tmp_path, _DECIDED.format(t=344, k=210))
    # two breakdowns of one whole, each adding up by itself, stay two lists
    two = "某区2023年人口公报。年末常住人口1000人，其中城镇600人、乡村400人；男性510人、女性490人。"
    assert failing(tmp_path, two) == []
    assert any(m.endswith("= 城镇 600人 + 乡村 400人") for m in passing(tmp_path, two))


# --- the open rest of an intake may be dated first ("截至年底尚在补正或审查期内4件"): it is still the
# intake's rest, and the outcomes add up to the intake with it ---

_INTAKE = ("某区2024年行政复议工作报告。全年共收到行政复议申请169件，经审查，依法受理{a}件，不予受理9件，"
           "告知申请人向有关机关提出0件，截至年底尚在补正或审查期内4件。")


def test_a_dated_open_rest_of_an_intake_is_a_part(tmp_path) -> None:
    assert failing(tmp_path, _INTAKE.format(a=156)) == []
    broken = failing(tmp_path, _INTAKE.format(a=150))
    assert broken and any("截至年底" in m for m in broken)


# --- a row a statistical table marks with "#" is a part of the row above (#65岁及以上 under 60岁及以上),
# no item of the breakdown the rows make ---

_AGES = ("表1　年末常住人口数及其构成\n\n| 指标 | 年末数（人） | 比重（%） |\n|---|---|---|\n"
         "| 常住人口 | 702116 | 100.0 |\n| 其中：城镇 | 521504 | 74.3 |\n| 乡村 | 180612 | 25.7 |\n"
         "| 其中：0—14岁 | 119913 | 17.1 |\n| 15—59岁 | {m} | 56.6 |\n| 60岁及以上 | 184548 | 26.3 |\n"
         "| #65岁及以上 | 125211 | 17.8 |\n")


def test_a_hash_row_is_a_part_of_the_row_above(tmp_path) -> None:
    assert failing(tmp_path, _AGES.format(m=397655), ".md") == []
    assert any("702116 = " in m and "184548" in m for m in passing(tmp_path, _AGES.format(m=397655), ".md"))
    assert failing(tmp_path, _AGES.format(m=397755), ".md")  # (and its share, 56.65% for 56.6)


# --- a 分别 list opened by "各季度" names the four quarters in order; "其中第三季度…最多,占全年的" is the third
# over the year they make (the figure they add up to, printed or not), never another 全年 figure ---

_QUARTERS = ("某市12345热线2024年度分析。全年热线共受理诉求1000000件。全年热线话务员直接解答办结492052件，"
             "直接办结率49.2%；形成转办工单507948件。\n{far}各季度受理量分别为180000件、250000件、322000件、248000件，"
             "其中第三季度受理量最多，占全年的{p}%。")


def test_a_quarter_is_a_share_of_the_year_its_list_makes(tmp_path) -> None:
    for far in ("", "二、办理情况\n" + "承办单位按期办结率保持稳定。\n" * 12):
        assert failing(tmp_path, _QUARTERS.format(far=far, p="32.2")) == []
        broken = failing(tmp_path, _QUARTERS.format(far=far, p="33.2"))
        assert broken and all("492052" not in m for m in broken) and any("322000" in m for m in broken)


# --- work handed on again ("被重新交办的工单", "二次派单") is no dispatch stage of all the work: what the
# receivers asked to hand back is not bounded by it ---

_AGAIN = ("某区12345热线第二季度分析。本季度因办理不到位被重新交办的工单265件，承办单位申请退回工单988件，"
          "审核同意退回{a}件，退回审核通过率60.7%。")


def test_work_handed_on_again_is_no_dispatch_stage(tmp_path) -> None:
    assert failing(tmp_path, _AGAIN.format(a=600)) == []
    assert failing(tmp_path, _AGAIN.format(a=1000))  # more approved than asked for
    # the dispatch of all the work still bounds what was asked back
    assert failing(tmp_path, "某区12345热线第二季度分析。本季度转办工单800件，承办单位申请退回工单988件，审核同意退回600件。")


# --- a value a statistical release grows at comparable prices, named right before its verb with no
# period word ("规模以上工业增加值增长5.6%"), is a measure of its own: no change of the count of firms
# before it that shares its words ---

_VALUE = ("某镇2021年统计公报。年末全镇规模以上工业企业23家，全年实现规模以上工业产值26.74亿元，比上年增长9.3%；"
          "规模以上工业增加值增长5.6%。")


def test_a_value_named_before_its_growth_is_its_own_measure(tmp_path) -> None:
    assert failing(tmp_path, _VALUE) == []
    # the count's own change, said of it, is still read
    assert failing(tmp_path, _VALUE.replace("企业23家，", "企业23家，比上年增加2家，增长5.6%，"))  # (2 of 21: 9.5%)
    assert failing(tmp_path, _VALUE.replace("企业23家，", "企业23家，比上年增加2家，增长9.5%，")) == []


# --- work still open ("尚在办理161件", "仍在办理") is no stage of the work: it bounds nothing later ---

_OPEN = ("- 流转办理的6108件诉求中，已办结5947件，办结率97.4%；按期办结5863件，占已办结的98.6%。\n"
         "- 尚在办理161件，均在办理时限内。\n"
         "- 回访已办结诉求{v}件，满意3871件、基本满意187件、不满意62件，满意率（含基本满意）为98.5%。\n")


def test_work_still_open_is_no_stage(tmp_path) -> None:
    assert failing(tmp_path, _OPEN.format(v=4120), ".md") == []
    # a broken count of what was called back still fails (its grades add up to 4120)
    assert failing(tmp_path, _OPEN.format(v=6120).replace("98.5%", "66.3%"), ".md")


# --- a closing rate over the intake may count the work carried in that the intake's paragraph states
# ("收到申请188件,…上年结转2件。\n已办结182件,办结率95.8%": 182 / 190): unverifiable, never a failure ---

_CARRIED = ("二、依申请公开\n全年共收到政府信息公开申请188件，比上年增加4件。其中，自然人申请165件，占87.8%；"
            "法人或其他组织申请23件，占12.2%。上年结转2件。\n已办结182件，办结率{r}%。\n")


def test_the_intakes_carried_in_work_may_be_in_a_closing_rate(tmp_path) -> None:
    assert failing(tmp_path, _CARRIED.format(r="95.8")) == []  # (over 188 + 2)
    assert failing(tmp_path, _CARRIED.format(r="96.8")) == []  # (over 188)
    assert failing(tmp_path, _CARRIED.format(r="93.8"))  # (over neither)


# --- a later part named by an earlier part's kind with a word of time or flow ("新开工亿元以上项目" after
# "亿元以上项目") is another measure of it, no sibling: the list is no partition of its whole ---

_PROJECTS = "二、固定资产投资\n全区在库项目138个，其中亿元以上项目69个，{x}亿元以上项目63个。\n"


def test_a_flow_of_a_part_is_no_sibling(tmp_path) -> None:
    assert failing(tmp_path, _PROJECTS.format(x="新开工")) == []
    assert failing(tmp_path, _PROJECTS.format(x="新开工").replace("138个", "58个"))  # (a part over its whole)
    # siblings named otherwise still add up to their whole: the same shortfall fails as before
    assert failing(tmp_path, _PROJECTS.format(x="5000万元至1").replace("亿元以上项目63个", "亿元项目63个"))


# --- a figure opened by a set of cases with no comma ("普通程序案件中当面…听取意见317件") is a member of that
# set: a share "占普通程序案件的" is of the set's own figure (适用普通程序审理524件), not of the member ---

_HEARD = ("二、审理方式。受理的936件案件中，适用简易程序审理412件，适用普通程序审理524件；普通程序案件中当面或者"
          "通过互联网、电话等方式听取意见317件，组织听证24件，听证案件占普通程序案件的{p}%。")


def test_a_member_of_a_set_opened_without_a_comma_is_no_base(tmp_path) -> None:
    assert failing(tmp_path, _HEARD.format(p="4.6")) == []
    broken = failing(tmp_path, _HEARD.format(p="6.4"))
    assert broken and all("317" not in m for m in broken)
