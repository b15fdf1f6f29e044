"""False alarms found on consistent texts written for the project (session 23, helper fa53: 法治政府建设
reports of 乡镇/街道/县直部门/省厅/开发区, 行政执法 年报 and 执法数据公示, 复议/应诉, 信访, 人民调解, 法律援助,
公证, 普法). Each rule is a statement about how Chinese reports state figures, tested on sentences written
for the project, with a variant whose arithmetic is broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def passing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "pass"]


# --- a rate whose bracket names its base ("(以办结案件为基数)") is over the figure of that stage, named
# without the kind noun ("办结9,480件"); a bracket naming a base no figure carries leaves the rate unread ---

_BRACKET = ("全市仲裁机构共处理争议案件10,200件,办结9,480件,结案率92.9%。在处理的争议中,调解成功5,120件,"
            "调解成功率{r}%({b})。")


def test_a_bracket_base_is_the_stage_it_names(tmp_path) -> None:
    text = _BRACKET.format(r="54.0", b="以办结案件为基数")
    assert failing(tmp_path, text) == []
    assert any("9,480" in m for m in passing(tmp_path, text))
    assert any("5,120" in m for m in failing(tmp_path, _BRACKET.format(r="55.0", b="以办结案件为基数")))
    # a base no figure carries: the rate is not read against the intake
    assert failing(tmp_path, _BRACKET.format(r="54.0", b="以结案后回访案件为基数")) == []


# --- a named rate's base: a list's item the base words happen to name ("驳回复议申请") gives way to the
# total its list adds up to, even when that total is further back than the rate's window ---

_LONG = ("全年审结复议案件5,000件。在审结案件中,维持2,600件,驳回复议申请700件,撤销260件,变更20件,"
         "确认违法180件,责令履行90件,调解和解终止1,150件。直接纠错(撤销、变更、确认违法、责令履行)共550件,"
         "直接纠错率{r}%。")


def test_a_long_lists_item_is_no_base(tmp_path) -> None:
    assert failing(tmp_path, _LONG.format(r="11.0")) == []
    assert any("5,000" in m for m in failing(tmp_path, _LONG.format(r="12.0")))


# --- a subtotal of the items above counted by a figure ("以上6个部门合计…") inside a list, and its
# second measure, are no items of the list ---

_COUNTED = ("全县作出行政处罚决定300件,罚没款{t}万元。从执法部门看,县市场监管局120件、80.5万元,县交通运输局90件、"
            "30.2万元,县应急管理局40件、20.3万元,以上3个部门合计250件、131.0万元;其余部门50件、19.0万元。")


def test_a_counted_subtotal_is_no_item(tmp_path) -> None:
    assert failing(tmp_path, _COUNTED.format(t="150.0")) == []
    assert any("150.0" in m or "160.0" in m for m in failing(tmp_path, _COUNTED.format(t="160.0")))


# --- an item printed with its details in other measures, then ";" and the rest of the list of its kind,
# is the list's first item ("涉及讨薪…件,为…名农民工追讨欠薪…万元;涉及婚姻家庭…件、…其他…件") ---

_DETAILS = ("民事法律援助案件{t}件。民事案件中,涉及农民工讨薪420件,为515名农民工追讨欠薪862.4万元;"
            "涉及婚姻家庭230件、人身损害赔偿140件、其他60件。")


def test_an_item_with_details_joins_its_list(tmp_path) -> None:
    assert failing(tmp_path, _DETAILS.format(t="850")) == []
    assert any("850" in m or "870" in m for m in failing(tmp_path, _DETAILS.format(t="870")))


# --- an average per one ("平均每名调解员年调解纠纷6.0件") is no count a per-N rate divides ---

_PER_ONE = ("全区人民调解组织共调解矛盾纠纷7,412件。按常住人口68.2万人计算,每万人调解纠纷{r}件。全区现有人民调解员"
            "1,243名,平均每名调解员年调解纠纷6.0件。")


def test_a_per_one_average_is_no_numerator(tmp_path) -> None:
    assert failing(tmp_path, _PER_ONE.format(r="108.7")) == []
    assert any("7,412" in m for m in failing(tmp_path, _PER_ONE.format(r="118.7")))


# --- a change after a difference against a named year ("2022年比2020年增加38宗,增长21.6%") is against that
# year's level of the list over years, not the year before ---

_YEARS = "近三年立案数分别为:2020年176宗、2021年198宗、2022年214宗,2022年比2020年增加{d}宗,增长{r}%。"


def test_a_difference_names_the_year_of_its_change(tmp_path) -> None:
    assert failing(tmp_path, _YEARS.format(d="38", r="21.6")) == []
    assert failing(tmp_path, _YEARS.format(d="48", r="21.6"))
    assert failing(tmp_path, _YEARS.format(d="38", r="8.1"))


# --- a population a rate is worked out over ("按全省常住人口…万人计算") is no part of the visits before ---

_BASIS = ("全年提供公共法律服务486.2万人次,其中实体平台213.7万人次、热线平台96.4万人次、网络平台176.1万人次,"
          "按全省常住人口4712.3万人计算,每万人获得公共法律服务{r}人次。")


def test_a_population_worked_over_is_no_part(tmp_path) -> None:
    assert failing(tmp_path, _BASIS.format(r="1032")) == []
    assert failing(tmp_path, _BASIS.format(r="1132"))


# --- 全国 heading a list of ranks of a title ("全国…示范村12个、省级97个、市级386个") is a rank, no whole of
# the country a 市级 figure falls within ---

_RANKS = "全市累计建成全国民主法治示范村(社区)12个、省级97个、市级386个。"


def test_a_national_title_is_a_rank(tmp_path) -> None:
    # (a rank's count holds no other rank's: nothing to check, whatever the figures)
    assert failing(tmp_path, _RANKS) == []
    # the country's whole before a province's own figure is still its whole
    text = "全国受理行政复议申请30.2万件,其中本省受理{n}万件。"
    assert failing(tmp_path, text.format(n="1.8")) == []
    assert failing(tmp_path, text.format(n="31.8"))


# --- a share of a bare scope ("占全市的") is of the scope sentence's figure in the part's own unit that the
# part's sentence names ("全市…排查纠纷5.62万次,调解纠纷41,826件…调解纠纷数居前三位的是…": the 件 mediated,
# not the 次 screened; "行政处罚案件数居前三位的部门": the 行政处罚, not the 行政许可 before it) ---

_SCOPE = ("全市各级人民调解组织共排查矛盾纠纷5.62万次,调解矛盾纠纷41,826件,调解成功41,053件。调解纠纷数居前三位的"
          "是东港区6,124件、西林县5,387件、北陵县4,912件,三地合计16,423件,占全市的{r}%。")


def test_a_bare_scope_is_of_the_parts_unit(tmp_path) -> None:
    assert failing(tmp_path, _SCOPE.format(r="39.3")) == []
    assert any("41,826" in m for m in failing(tmp_path, _SCOPE.format(r="29.2")))


# --- a rate whose brackets say it counts another kind too ("查实率(含部分属实)") is no rate of the one
# figure its name names: it counts the kinds of the review list named so, over the list's whole ---

_VERIFIED = ("全年受理信访事项386件,已办结379件。办结的信访事项中,属实118件、部分属实96件、不属实165件,"
             "查实率(含部分属实){r}%。")


def test_a_rate_counting_another_kind_too(tmp_path) -> None:
    assert failing(tmp_path, _VERIFIED.format(r="56.5")) == []
    assert any("379" in m for m in failing(tmp_path, _VERIFIED.format(r="60.5")))


def test_a_bare_scope_among_several_measures(tmp_path) -> None:
    # (the part's sentence names its measure, 行政处罚; the scope's figure, a count of 部门, names none)
    text = ("全区32个部门共实施行政许可86,235件、行政处罚12,862件、行政强制1,268件。行政处罚案件数居前三位的部门为:"
            "甲局3,862件、乙局2,186件、丙局1,968件,合计8,016件,占全区的{r}%。")
    assert failing(tmp_path, text.format(r="62.3")) == []
    assert any("12,862" in m for m in failing(tmp_path, text.format(r="72.3")))


# --- "占接通来电的": the base is the figure of the act named before the work noun (接通), not a figure of
# another act sharing the noun (接听来电) ---

_CALLS = "12348热线全年接听来电4.62万个,接通4.51万个,接通率97.6%;其中法律咨询来电3.87万个,占接通来电的{r}%。"


def test_a_share_of_calls_answered(tmp_path) -> None:
    assert failing(tmp_path, _CALLS.format(r="85.8")) == []
    assert any("4.51" in m for m in failing(tmp_path, _CALLS.format(r="80.8")))


# --- the words after a figure that say it counts those who sat an exam (or passed) stop at its clause's
# end: "缺考16人;实考人员中合格…" -- the absentees are neither ---

_EXAM = "普法考试应考6,214人,实考6,198人,缺考16人;实考人员中合格{n}人,合格率99.8%。"


def test_absentees_are_no_takers(tmp_path) -> None:
    assert failing(tmp_path, _EXAM.format(n="6,187")) == []
    assert failing(tmp_path, _EXAM.format(n="6,287"))
