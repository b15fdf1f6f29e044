"""Session 18 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _rule(tmp_path, text: str, rule: str) -> list[str]:
    """The statuses of every check of ``rule`` found in ``text``."""
    return [c.status for c in audit_text(tmp_path, text, ".txt") if c.rule == rule]


# A rate "from A to B" changing by C points: B = A ± C (the rate after 由/从 is the earlier one).
@pytest.mark.parametrize("text,status", [
    ("与上年相比，初信初访一次性化解率由86.4%提高到91.7%，提高5.3个百分点。", "pass"),
    ("城镇化率由58.2%提高到59.6%，提高1.4个百分点。", "pass"),
    ("城镇化率由58.2%提高到59.6%，提高1.9个百分点。", "fail"),
    ("行政机关负责人出庭应诉率从87.5%提升至96.3%，提升8.8个百分点。", "pass"),
    ("行政败诉率从12.5%降至9.8%，下降2.7个百分点。", "pass"),
    ("行政败诉率从12.5%降至9.8%，下降3.7个百分点。", "fail"),
    ("第三产业增加值占比由上年的52.1%上升至53.0%，上升0.9个百分点。", "pass"),
    ("网上申报率由2023年的61.4%增加到68.0%，增加6.6个百分点。", "pass"),
    ("网上申报率由2023年的61.4%增加到68.0%，增加7.6个百分点。", "fail"),
])
def test_points_from_one_rate_to_another(tmp_path, text, status):
    assert _rule(tmp_path, text, "sum.points") == [status]


@pytest.mark.parametrize("text", [
    # two measures: the points are of another rate
    "优良天数比例由80.1%提高到85.3%，细颗粒物浓度下降4.2个百分点。",
    # no "to": the second rate is not said to be the later one
    "满意率由92.0%、办结率98.1%，分别提高1.2个百分点。",
])
def test_points_not_of_the_two_rates(tmp_path, text):
    assert _rule(tmp_path, text, "sum.points") == []


# One change percent after a list of figures joined by "、" that it does not name may be the
# change of any of them: it fails only when no figure of the list fits.
@pytest.mark.parametrize("text,status", [
    ("全年越级上访86批次、203人次，同比下降23.2%。", "pass"),   # 86 (of 112) fits, 203 does not
    ("全年集体访42批次、1,214人次，同比下降10.6%。", "pass"),
    ("全年越级上访86批次、203人次，同比下降10.1%。", "fail"),   # neither fits
    ("全年越级上访203人次，同比下降23.2%。", "fail"),           # one figure: one reading
])
def test_one_change_after_a_list_of_figures(tmp_path, text, status):
    assert _rule(tmp_path, text, "change.yoy") == [status]


def test_a_named_measure_keeps_its_figure(tmp_path):
    # "人次" named: the percent is of 203 only, which does not fit
    text = "全年越级上访86批次、203人次，人次同比下降23.2%。"
    assert _rule(tmp_path, text, "change.yoy") == ["fail"]


# "驳回复议申请" holds the characters 回复 (answered) by accident: a rejection is no stage of
# answering, and the corrections listed after it are not among the rejected.
@pytest.mark.parametrize("text", [
    "全年审结1,598件。在审结的案件中，维持原行政行为862件；驳回复议申请173件；纠错案件241件；终止审理322件。",
    "审结复查案件120件，其中驳回复查申请40件，撤销原处理意见56件，维持24件。",
    "审结行政复议案件96件，驳回复议请求31件，确认违法或撤销42件，其余23件终止审理。",
])
def test_a_rejection_is_no_answer(tmp_path, text):
    checks = audit_text(tmp_path, text, ".txt")
    assert [c for c in checks if c.rule == "bound.stage"] == []
    assert "fail" not in [c.status for c in checks]


def test_outcomes_of_concluded_reviews_add_up(tmp_path):
    ok = "全年实际审结1,598件。在审结的案件中，维持原行政行为862件；驳回复议申请173件；纠错案件241件；终止审理322件。"
    bad = ok.replace("322件", "332件")
    assert _rule(tmp_path, ok, "sum.breakdown") == ["pass"]
    assert _rule(tmp_path, bad, "sum.breakdown") == ["fail"]


# The work due (应审结, 需办理) is what came in plus what was carried in, and what was closed of it
# plus the rest carried on to the next year.
@pytest.mark.parametrize("text,statuses", [
    ("全年受理复议申请1,621件，加上上年结转的96件，全年应审结案件1,717件，实际审结1,598件，其余119件结转至2026年办理。",
     {"sum.breakdown": ["pass"], "sum.rest": ["pass"]}),
    ("全年受理复议申请1,621件，加上上年结转的96件，全年应审结案件1,727件，实际审结1,598件，其余119件结转至2026年办理。",
     {"sum.breakdown": ["fail"], "sum.rest": ["fail"]}),
    ("全年共受理1,621件，加上上年结转96件，共需办理1,717件，已办结1,598件，其余129件结转下年度继续办理。",
     {"sum.breakdown": ["pass"], "sum.rest": ["fail"]}),
    ("全年应审结案件1,717件，实际审结1,598件，其余119件结转至2026年办理。", {"sum.rest": ["pass"]}),
    # what was closed of the intake and the carried work is no sum of them
    ("新收212件，加上年结转9件，共审结205件。", {"sum.breakdown": [], "sum.rest": []}),
])
def test_work_due_and_its_rest(tmp_path, text, statuses):
    checks = audit_text(tmp_path, text, ".txt")
    for rule, want in statuses.items():
        assert [c.status for c in checks if c.rule == rule] == want, rule


# 自然增长率 is a rate (births less deaths), no change over the year: it makes the identity
# 出生率 = 死亡率 + 自然增长率 also after a level and its change.
@pytest.mark.parametrize("text,status", [
    ("年末户籍总人口58.76万人，比上年末减少0.42万人。全年出生人口3,812人，出生率6.48‰；死亡人口4,926人，"
     "死亡率8.37‰；人口自然增长率为-1.89‰。", "pass"),
    ("年末户籍总人口58.76万人，比上年末减少0.42万人。全年出生人口3,812人，出生率6.48‰；死亡人口4,926人，"
     "死亡率8.37‰；人口自然增长率为-1.99‰。", "fail"),
    ("年末常住人口312.4万人，比上年末增加1.2万人。全年出生率为7.21‰，死亡率为6.35‰，自然增长率为0.86‰。", "pass"),
])
def test_natural_growth_rate_after_a_change(tmp_path, text, status):
    assert _rule(tmp_path, text, "sum.identity") == [status]


def test_a_negative_natural_growth_is_printed_with_its_sign(tmp_path):
    text = "全年出生率为6.48‰，死亡率为8.37‰，人口自然增长率为-1.89‰。"
    (c,) = [c for c in audit_text(tmp_path, text, ".txt") if c.rule == "sum.identity"]
    assert "-1.89‰" in c.message_zh


# A total that counts its items ("五项合计", "以上三类合计") may open the sentence after its list, and
# the items' own changes (环比下降4.3%) are no items.
@pytest.mark.parametrize("text,status", [
    ("诉求量排名前五的事项为：物业管理12,406件，环比下降4.3%；劳动保障9,871件，环比增长11.2%；城市管理8,652件；"
     "交通出行7,134件；供水供电6,319件。五项合计44,382件，占派发工单总量的26.2%。", "pass"),
    ("诉求量排名前五的事项为：物业管理12,406件，环比下降4.3%；劳动保障9,871件，环比增长11.2%；城市管理8,652件；"
     "交通出行7,134件；供水供电6,319件。五项合计45,382件。", "fail"),
    ("物业管理12,406件；劳动保障9,871件；城市管理8,652件。以上三类合计30,929件。", "pass"),
    ("物业管理12,406件；劳动保障9,871件；城市管理8,652件。以上三类合计30,939件。", "fail"),
    ("查处无证经营案件46件、超范围经营案件23件、虚假宣传案件18件，同比分别增长9.5%、4.5%和12.5%。上述三类案件合计87件。",
     "pass"),
])
def test_a_counted_total_after_its_list(tmp_path, text, status):
    assert _rule(tmp_path, text, "sum.breakdown") == [status]


@pytest.mark.parametrize("text", [
    # the count is not the list's length: which items it adds is not said
    "物业管理12,406件；劳动保障9,871件；城市管理8,652件。以上两类合计22,277件。",
    # the list is two sentences back
    "物业管理12,406件；劳动保障9,871件。全年受理投诉1,200件。以上两类合计22,277件。",
])
def test_a_counted_total_needs_its_list(tmp_path, text):
    assert _rule(tmp_path, text, "sum.breakdown") == []


# Trade: exports less imports is the surplus, imports less exports the deficit.
@pytest.mark.parametrize("text,status", [
    ("货物进出口总额4,862.5亿元，比上年增长3.7%。其中，出口3,126.8亿元，增长5.2%；进口1,735.7亿元，增长1.1%。"
     "贸易顺差1,391.1亿元。", "pass"),
    ("货物进出口总额4,862.5亿元。其中，出口3,126.8亿元；进口1,735.7亿元。贸易顺差1,491.1亿元。", "fail"),
    ("全年货物进出口总额386.2亿元。其中出口额142.6亿元，进口额243.6亿元，贸易逆差101.0亿元。", "pass"),
    ("全年货物进出口总额386.2亿元。其中出口额142.6亿元，进口额243.6亿元，贸易逆差111.0亿元。", "fail"),
])
def test_trade_balance(tmp_path, text, status):
    assert _rule(tmp_path, text, "sum.identity") == [status]


@pytest.mark.parametrize("text", [
    "全年出口1,126.4亿元，增长6.1%；进口812.3亿元。实现贸易顺差比上年扩大84.2亿元。",  # the surplus's change
    "全年出口1,126.4亿元；进口812.3万美元，贸易顺差314.1亿元。",  # two units of money
    "全年货物进出口1,938.7亿元，进口812.3亿元，贸易顺差314.1亿元。",  # 进出口 is neither side
])
def test_no_trade_balance(tmp_path, text):
    assert _rule(tmp_path, text, "sum.identity") == []


# Rates named by meaning: corrections said 被纠正, licences granted of those accepted, loss-making firms.
@pytest.mark.parametrize("text,status", [
    ("已审结13件，其中被纠正3件，纠错率为23.1%。", "pass"),
    ("已审结13件，其中被纠正3件，纠错率为33.1%。", "fail"),
    ("受理行政许可申请16,482件，作出准予许可决定16,215件，不予许可决定87件，其余180件尚在办理中。准予许可率98.4%。", "pass"),
    ("受理行政许可申请16,482件，作出准予许可决定16,215件。准予许可率96.4%。", "fail"),
    ("全市规模以上工业企业1,846家，其中亏损企业312家，亏损面16.9%。", "pass"),
    ("全市规模以上工业企业1,846家，其中亏损企业312家，亏损面18.9%。", "fail"),
])
def test_rates_named_by_meaning(tmp_path, text, status):
    assert _rule(tmp_path, text, "ratio.rate") == [status]


_ENFORCEMENT_TABLE = """全区28个行政执法部门共实施行政许可41,362件；实施行政处罚{p}件，下降4.6%；开展行政检查{c}次。

二、分部门情况

| 执法部门 | 行政许可(件) | 行政处罚(件) | 行政检查(次) |
|---|---|---|---|
| 区市场监管局 | 12,406 | 2,135 | 6,218 |
| 其他部门 | 28,956 | 4,692 | 17,372 |
| 合计 | 41,362 | 6,827 | 23,590 |
"""


# The verb a measure is done by (实施, 开展, 办理, 作出) names no kind of it: "实施行政处罚6,827件" is the
# whole of the table's 行政处罚 column, as "共实施行政许可…" is.
@pytest.mark.parametrize("p,c,statuses", [
    ("6,827", "23,590", ["pass", "pass", "pass"]),
    ("6,872", "23,590", ["fail", "pass", "pass"]),
    ("6,827", "23,950", ["pass", "fail", "pass"]),
])
def test_a_measure_after_its_verb_restates_the_total_row(tmp_path, p, c, statuses):
    checks = audit_text(tmp_path, _ENFORCEMENT_TABLE.format(p=p, c=c), ".md")
    got = {c.operands["values"][1]: c.status for c in checks if c.rule == "equal.table_total"}
    assert [got.get(6827), got.get(23590), got.get(41362)] == statuses


# Funnels stated in other words: a police bureau's 行政案件 taken and dealt with; cases 查处 and
# closed; bodies registered, inspected each year and passing; bodies inspected and found with a
# kind of problem (the unit says bodies were counted).
@pytest.mark.parametrize("text,status", [
    ("全年受理行政案件7,416起，查处6,983起。", "pass"),
    ("全年受理行政案件7,416起，查处7,683起。", "fail"),
    ("查处水事违法案件29件，结案27件，罚款18.6万元。", "pass"),
    ("查处水事违法案件29件，结案32件，罚款18.6万元。", "fail"),
    ("全年参加年检468家，年检合格451家。", "pass"),
    ("全年参加年检468家，年检合格481家。", "fail"),
    ("全年抽查企业219家次，发现环境问题26家次。", "pass"),
    ("全年抽查企业219家次，发现环境问题260家次。", "fail"),
])
def test_funnels_in_other_words(tmp_path, text, status):
    assert _rule(tmp_path, text, "bound.stage") == [status]


@pytest.mark.parametrize("text", [
    "全年受理行政复议案件74件，查处违法案件81起。",          # a review's cases are not the ones dealt with
    "全年抽查企业219家次，发现环境问题326个。",              # problems counted, not bodies
    "全年抽查企业219家次，发现问题线索326家次。",            # leads, another count
])
def test_no_funnel_across_measures(tmp_path, text):
    assert _rule(tmp_path, text, "bound.stage") == []


# Problems found are counted by themselves (个, 处, 项, 条): one file or case inspected may hold several,
# so they are no later stage of the files counted in 件/起/卷 -- unless counted in the same unit.
@pytest.mark.parametrize("text,status", [
    ("全年抽查执法案卷120件，发现问题236个。", []),
    ("全年抽查执法案件120起，发现执法问题236个。", []),
    ("全年评查行政处罚案卷86卷，发现各类问题132条。", []),
    ("全年检查企业120家次，发现安全问题236家次。", ["fail"]),   # bodies counted: the unit says so
    ("全年检查企业120家次，发现安全问题36家次。", ["pass"]),
])
def test_problems_counted_by_themselves(tmp_path, text, status):
    assert _rule(tmp_path, text, "bound.stage") == status


# A set opening its sentence ("转派工单中,") holds every clause of it: the rates after a ";" are of it too.
@pytest.mark.parametrize("text,statuses", [
    ("全年共受理群众诉求71,264件。直接答复办结38,617件，转派承办单位32,647件。转派工单中，按时签收32,519件，"
     "签收率99.6%；已办结31,980件，办结率98.0%。", ["pass", "pass"]),   # 98.0 fails over the 71,264
    ("全年共受理群众诉求71,264件。直接答复办结38,617件，转派承办单位32,647件。转派工单中，按时签收32,519件，"
     "签收率99.6%；已办结31,980件，办结率96.0%。", ["pass", "fail"]),
    ("全年共受理群众诉求71,264件，转派承办单位32,647件。在转派的工单中，已办结31,980件，办结率98.0%。", ["pass"]),
])
def test_a_set_opening_its_sentence_is_the_base(tmp_path, text, statuses):
    assert sorted(_rule(tmp_path, text, "ratio.rate")) == sorted(statuses)


# "二次办结", "三次产业": a Chinese numeral with 次 before what it qualifies is an ordinal, no count.
@pytest.mark.parametrize("text,printed", [
    ("对不满意工单重新办理1,304件，其中二次办结后满意的856件。", ["1,304件", "856件"]),
    ("推动三次产业协调发展，第三产业增加值192.97亿元。", ["192.97亿元"]),
    ("全年召开常务会议十二次，研究涉法议题三十次。", ["十二次", "三十次"]),
])
def test_an_ordinal_times_is_no_count(tmp_path, text, printed):
    from tests.helpers import engine_doc
    assert [q.printed for q in engine_doc(text).qs] == printed


# A stock's change since the year's start (比年初增加986.2亿元) and a percent with no reference of its
# own beside a parallel clause saying 同比: the percent is year on year, not of the year-start level.
@pytest.mark.parametrize("text,status", [
    ("10月末，各项存款余额12,486.3亿元，比年初增加1,027.5亿元，同比增长9.4%；各项贷款余额11,302.8亿元，"
     "比年初增加986.2亿元，增长10.2%。", "pass"),
    ("10月末，各项贷款余额11,302.8亿元，比年初增加986.2亿元，增长9.6%。", "pass"),
    ("10月末，各项贷款余额11,302.8亿元，比年初增加986.2亿元，增长10.6%。", "fail"),  # no 同比: of the year start
])
def test_a_change_since_the_year_start_beside_a_yoy(tmp_path, text, status):
    assert _rule(tmp_path, text, "change.yoy")[-1] == status


# A group rate over grades the equalities read (评为优秀的98卷、良好184卷…): the list is its base too,
# and its numerator is named by the grades it adds.
@pytest.mark.parametrize("rate,status", [("78.3", "pass"), ("73.3", "fail")])
def test_a_group_rate_over_graded_files(tmp_path, rate, status):
    text = f"全县行政执法案卷评查共抽查案卷360卷，评为优秀的98卷、良好184卷、合格71卷、不合格7卷，优良率{rate}%。"
    (c,) = [c for c in audit_text(tmp_path, text, ".txt") if c.rule == "ratio.group_rate"]
    assert c.status == status
    assert "良好 282卷" in c.message_zh and "分子" not in c.message_zh


# One outcome of a list its sentence opens ("从审结方式看,维持212件,…,调解结案35件") is no stage total:
# the corrections counted after the list are bounded by the whole, not by that outcome.
@pytest.mark.parametrize("text,status", [
    ("全年审结418件。从审结方式看，维持212件，驳回复议申请41件，撤销48件，变更3件，确认违法14件，责令履行3件，"
     "调解结案35件，终止审理62件。直接纠错68件，直接纠错率16.3%。", []),
    ("全年审结418件。从审结方式看，维持212件，撤销48件。直接纠错468件。", ["fail"]),
])
def test_an_outcome_of_a_list_bounds_nothing(tmp_path, text, status):
    assert _rule(tmp_path, text, "bound.stage") == status


def test_an_item_named_again_is_still_a_stage(tmp_path):
    # the later figure names the item (转派): the item bounds it
    text = ("3月份，热线共受理群众诉求46,821件。受理的诉求中，直接办结21,305件，转派办理25,516件。"
            "转派工单按期办结24,987件，按期办结率97.9%。")
    assert "fail" not in [c.status for c in audit_text(tmp_path, text, ".txt")]
    bad = text.replace("24,987件", "25,987件")
    assert "fail" in [c.status for c in audit_text(tmp_path, bad, ".txt") if c.rule.startswith("bound")]


def test_an_annual_inspection_keeps_its_name(tmp_path):
    (c,) = [c for c in audit_text(tmp_path, "全年参加年检468家，年检合格451家。", ".txt") if c.rule == "bound.stage"]
    assert "年检合格 451家" in c.message_zh
