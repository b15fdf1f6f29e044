"""False alarms found on consistent texts written for the project (session 25, helper fa61: 法治政府建设
年度报告 of district and county governments and bureaus of 西北, 西南, 东北 and 中部 provinces, 2022-2025,
with 三项制度, 行政处罚/许可/强制/检查, 复议 under the 2024 law, 应诉, 信访 and 12345, 普法 and 人员 figures).
Each rule is a statement about how Chinese reports state figures, tested on project sentences, with a
variant whose arithmetic is broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def passing(tmp_path, text: str) -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text, ".txt") if c.status == "pass"]


# --- under a whole that is itself decided work (审结), an item "作出维持决定…件" names an outcome of it, not a
# later stage of the process: the list runs on over it (and over the first item, closed by its own share) ---

_DECIDED = ("某县2024年法治政府建设年度报告。县政府全年审结行政复议案件{total}件。其中，经调解、和解后终止审理{med}件，"
            "占审结数的{share}%；作出维持决定54件、驳回复议请求21件；作出撤销、变更、确认违法等纠错决定{corr}件，纠错率{rate}%。")


def test_outcomes_named_with_their_decision_under_a_decided_whole(tmp_path) -> None:
    # 130 = 30 + 54 + 21 + 25; 30 / 130 = 23.1%; 25 / 130 = 19.2%
    assert failing(tmp_path, _DECIDED.format(total=130, med=30, share="23.1", corr=25, rate="19.2")) == []
    # the outcomes fall short of the whole: the whole list is summed, and fails
    assert failing(tmp_path, _DECIDED.format(total=136, med=30, share="22.1", corr=25, rate="18.4"))


# --- an outcome of decided work is a sibling of another outcome, never the base of its rate: "驳回复议请求"
# holds the base's word 复议, "维持" stands before the numerator at least as large, yet the 纠错率 is of the
# cases decided ---

_SIBLING = ("某区司法局2025年工作报告。区政府全年审结行政复议案件{total}件。其中，作出维持决定{kept}件、"
            "驳回复议请求{rej}件；撤销、变更、确认违法、责令履行等纠错决定{corr}件，纠错率{rate}%。")


def test_an_outcome_beside_the_numerator_is_no_base_of_its_rate(tmp_path) -> None:
    # 61 / 205 = 29.8% (not 61 / 70 over the 驳回复议请求, nor 61 / 83 over the 维持)
    text = _SIBLING.format(total=205, kept=74, rej=70, corr=61, rate="29.8")
    assert failing(tmp_path, text) == []
    assert any("29.8" in m for m in passing(tmp_path, text))
    assert failing(tmp_path, _SIBLING.format(total=205, kept=83, rej=61, corr=61, rate="29.8")) == []
    # a rate no base explains still fails
    assert failing(tmp_path, _SIBLING.format(total=205, kept=74, rej=70, corr=61, rate="32.8"))
    # a figure naming what was asked to be put right (纠正意见) is no sibling outcome: the base of the 纠正率
    text = "某区检察院2023年报告。对违法情形提出书面纠正意见180件次，已纠正171件次，纠正率{}%。"
    assert failing(tmp_path, text.format("95.0")) == []
    assert failing(tmp_path, text.format("97.5"))


# --- a total whose words list names of figures stated before is their sum only when what it counts is
# what they count: names of places or units ("区直部门和镇街") may count any measure, and a total whose
# last name runs on with a measure the parts' sentence never names counts something else ---

_NAMES = ("某区2023年法治政府建设情况报告。全区持证执法人员1434人，按所属单位分，区直部门507人、镇街208人、"
          "其他执法单位719人。区政府聘请法律顾问4名，{tail}")


def test_names_listed_with_another_measure_are_no_sum(tmp_path) -> None:
    assert failing(tmp_path, _NAMES.format(tail="区直部门和镇街聘请法律顾问46名，法律顾问共计50名。")) == []
    # the same names with the parts' own measure are their sum still
    assert failing(tmp_path, _NAMES.format(tail="区直部门和镇街合计725人。"))
    assert failing(tmp_path, _NAMES.format(tail="区直部门和镇街合计715人。")) == []


# --- a list item counted in a unit of its own (来访…批) is a kind of the whole the items in the whole's unit
# leave out: their shortfall is its figure, so no sum in 件 holds -- each is bounded ---

_BATCHES = "某县信访局2022年工作报告。全年受理群众信访事项{total}件，其中来信176件、来访{visits}批40人次、网上信访2004件。"


def test_an_item_counted_in_batches_is_left_out_of_the_sum(tmp_path) -> None:
    assert failing(tmp_path, _BATCHES.format(total=2190, visits=10)) == []
    # the items in 件 alone exceeding the whole still fail
    assert failing(tmp_path, _BATCHES.format(total=2150, visits=10))
    # items each counted in two measures ("…户…人") are no item left out: the list in 人 is summed
    assert failing(tmp_path, "某区民政局2023年报告。全区低保对象3,120户5,260人，其中城镇低保410户700人，农村低保2,710户4,580人。")
    # without an item in another unit the list is summed as before
    assert failing(tmp_path, "某县信访局2022年工作报告。全年受理群众信访事项2190件，其中来信176件、网上信访2004件。")


# --- a share is never over a whole smaller than its part: a set named "X中," whose figure is not the one
# before (the sentence before counts other things) leaves the share's base unprinted ---

_SMALLER = ("某县市场监督管理局2022年法治政府建设年度报告。我局现有在编在岗人员163人，其中取得执法证件的135人，"
            "持证率82.8%。全年培训10期、490人次，新申领执法证7人，注销执法证4人。执法人员中，具有法学专业背景的46人，"
            "占{share}%。")


def test_share_over_a_whole_smaller_than_its_part_is_unread(tmp_path) -> None:
    assert failing(tmp_path, _SMALLER.format(share="34.1")) == []
    assert failing(tmp_path, _SMALLER.format(share="28.2")) == []  # (46 / 163: the text names no base)


# --- a full rate of a narrower base than the figure its words name ("出庭应诉率" of the hearings held, read
# over the suits received) is believed over that figure only when it holds: a slip of one digit of the
# numerator "explains" any full rate over a figure a few cases larger ---

_FULL = "某县2024年法治政府建设年度报告。全年一审行政诉讼案件{suits}件，其中败诉4件；{heard}行政机关负责人出庭应诉83件，出庭应诉率100%。"


def test_full_rate_over_a_wider_figure_is_unread(tmp_path) -> None:
    assert failing(tmp_path, _FULL.format(suits=86, heard="")) == []
    # over the hearings held, named so, it still fails
    assert failing(tmp_path, _FULL.format(suits=86, heard="开庭审理84件，"))


# --- "上述案件中," names the whole stated above: a part counted alike is of it, not of one of the kinds the
# whole's own 其中 lists, however a generic word (违法) the two names share ---

_AFORE = ("某区综合行政执法局2023年报告。全年办理行政处罚案件{total}件，其中市容环境274件、违法建设73件、市政公用552件。"
          "上述案件中，警告75件，罚款217件，没收违法所得{conf}件。")


def test_aforesaid_part_is_of_the_whole_not_of_its_kinds(tmp_path) -> None:
    assert failing(tmp_path, _AFORE.format(total=899, conf=607)) == []
    # a part larger than the whole itself still fails
    assert failing(tmp_path, _AFORE.format(total=899, conf=907))


# --- a list whose whole is stated in its own section, ahead of it, is no list of a figure above the section's
# heading -- however one slip of a digit brings that figure near the list's sum ---

_OWN_SECTION = ("某县卫生健康局2024年度法治政府建设工作报告\n\n一、主要工作和成效\n（二）行政执法“三项制度”\n"
                "全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。2024年公示行政执法信息2353条"
                "（事前1164条、事后1189条）；配备执法记录仪185台，音像记录4104次、文字记录1512次，合计全过程记录5616次；"
                "重大执法决定法制审核{far}件，审核率100%，审核中提出意见建议122条，采纳114条。\n\n"
                "（三）行政处罚\n我局立案查处违法案件{near}件，同比增长14.8%，上年同期为210件。各领域办案数分别为：公共场所卫生20件，"
                "传染病防治199件，生活饮用水22件；罚没款合计1100.92万元。按办案程序分，适用简易程序54件、普通程序187件。\n")


def test_list_is_not_read_across_a_heading_over_its_own_sections_whole(tmp_path) -> None:
    assert failing(tmp_path, _OWN_SECTION.format(far=291, near=241)) == []
    # the section's own list of fields still adds up to its whole
    assert failing(tmp_path, _OWN_SECTION.format(far=291, near=251))


# --- a change between two levels printed rounded (亿元 to two decimals) is the change of the figures they
# round: it fails only when no figures within half a unit of each level's last digit give the stated percent ---

_ROUNDED = "某县2024年报告。全年罚没款3.97亿元，增长{pct}%（上年2.86亿元）；受理投诉{now}件，增长38.6%（上年2860件）。"


def test_change_between_rounded_levels(tmp_path) -> None:
    # (3.97 - 2.86) / 2.86 = 38.8%, but 3.9650 / 2.8650 - 1 = 38.4%: the unrounded figures may give 38.6%
    assert failing(tmp_path, _ROUNDED.format(pct="38.6", now=3964)) == []
    assert failing(tmp_path, _ROUNDED.format(pct="40.6", now=3964))  # beyond any rounding of the levels
    assert failing(tmp_path, _ROUNDED.format(pct="38.6", now=3974))  # counts are exact: 38.95%


# --- "申请听证28件,均依法组织听证,听证率100%": 均 after the figure, past its comma, says all of those 28 -- a
# rate of the figure over itself, not over the cases told of their right before it ---

_HEARD = "某区市场监管局2023年报告。依法告知当事人听证权利的案件40件，当事人申请听证28件，{all}依法组织听证，听证率{pct}%。"


def test_full_rate_of_a_figure_all_of_which_went_on(tmp_path) -> None:
    assert failing(tmp_path, _HEARD.format(all="均", pct="100")) == []
    assert any("100" in m for m in passing(tmp_path, _HEARD.format(all="均", pct="100")))


# --- the words after a figure name it only up to the next item: past a 、 that opens the next figure's clause
# they are that figure's label ("胜诉19件、败诉2件": 19 is no count of lost suits) ---

def test_words_after_a_list_separator_name_the_next_figure(tmp_path) -> None:
    text = "某县2023年报告。全县一审行政诉讼案件{n}件，其中胜诉19件、败诉2件、撤诉2件，败诉率{r}%。"
    assert not any("败诉案件数 19件" in m for m in passing(tmp_path, text.format(n=23, r="8.7")))
    assert failing(tmp_path, text.format(n=23, r="8.7")) == []
    assert failing(tmp_path, text.format(n=24, r="8.7"))


# --- a part of an intake split (受理 of 收到 = 受理 + 不予受理 + 告知) named by a rate's base words stays a reading
# of the rate's base, though the split's total is taken first ---

def test_accepted_part_of_an_intake_split_is_a_reading_of_the_base(tmp_path) -> None:
    text = "某县2024年报告。县政府全年收到复议申请74件，受理68件，不予受理4件，告知2件。审结65件，结案率{}%。审结案件中，维持29件。"
    assert failing(tmp_path, text.format("95.6")) == []  # 65 / 68
    assert failing(tmp_path, text.format("93.6"))  # neither 65 / 74 nor 65 / 68
