"""False alarms found on consistent texts written blind to the engine (session 16, helper fa28).
Each rule is a statement about how Chinese reports state figures; project sentences, each with a
variant whose arithmetic is broken that must still fail where the reading is unique."""

from __future__ import annotations

import pytest
from helpers import audit_text


def statuses(tmp_path, text: str, rule: str | None = None) -> list[tuple[str, str]]:
    return [(c.rule, c.status) for c in audit_text(tmp_path, text) if rule is None or c.rule.startswith(rule)]


def failing(tmp_path, text: str) -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text) if c.status == "fail"]


# --- subtotal rows named by their group, heading the rows they add up ("城区小计" over its items) ---

_GROUPED = """| 区域 | 火灾起数(起) | 直接损失(万元) |
| --- | --- | --- |
| 城区街道小计 | 486 | 862.4 |
| 东城街道 | 186 | 312.6 |
| 西城街道 | 168 | 286.5 |
| 南城街道 | 132 | 263.3 |
| 乡镇小计 | 618 | 1264.8 |
| 甲镇 | 214 | 428.6 |
| 乙镇 | 187 | 396.2 |
| 丙镇 | 217 | 440.0 |
| 全县合计 | 1104 | 2127.2 |
"""

_TRAILING = """| 单位 | 受理(件) | 办结(件) |
| --- | --- | --- |
| 一中队 | 120 | 118 |
| 二中队 | 95 | 95 |
| 城区小计 | 215 | 213 |
| 三中队 | 60 | 58 |
| 四中队 | 44 | 44 |
| 郊区小计 | 104 | 102 |
| 合计 | 319 | 315 |
"""


@pytest.mark.parametrize(("table", "old", "new"), [
    (_GROUPED, "| 西城街道 | 168 |", "| 西城街道 | 198 |"),  # an item off: its subtotal fails
    (_GROUPED, "| 全县合计 | 1104 |", "| 全县合计 | 1114 |"),  # the total off: the sum of subtotals fails
    (_TRAILING, "| 三中队 | 60 |", "| 三中队 | 66 |"),
])
def test_a_subtotal_named_by_its_group_is_no_item_of_the_total(tmp_path, table, old, new) -> None:
    found = statuses(tmp_path, table, "sum.table_total")
    assert len(found) == 6 and all(s == "pass" for _, s in found)
    # a slip still fails, once
    assert [s for _, s in statuses(tmp_path, table.replace(old, new), "sum.table_total")].count("fail") == 1


# --- a bracketed level of a named earlier year right after a change is the level compared against ---

@pytest.mark.parametrize(("text", "total", "off"), [
    ("本年度共新收政府信息公开申请195件,同比增长18.2%(2022年165件);加上上年结转13件,共需办理208件。", "208件", "218件"),
    ("全年新收复议申请412件,比上年增长9.9%(2022年为375件);加上上年结转的36件,共需审理448件。", "448件", "458件"),
    ("受理投诉1,260件,同比下降4.5%(2021年同期1,319件),加上年初结存40件,合计应处理1,300件。", "1,300件", "1,310件"),
])
def test_last_years_level_in_brackets_is_no_addend(tmp_path, text, total, off) -> None:
    assert failing(tmp_path, text) == []
    assert len(failing(tmp_path, text.replace(total, off))) == 1  # the work due still adds this year's intake


# --- a bound that names a group ("超过50万元的村", "20万至50万元的村") is no amount of a list ---

_VILLAGES = "全县共有行政村{}个,其中集体经济收入超过50万元的村5个,20万至50万元的村4个,10万至20万元的村3个。"


@pytest.mark.parametrize("text", [
    "村集体经济收入全部超过10万元,其中超过50万元的村5个,20万至50万元的村4个,10万至20万元的村3个。",
    "全县企业营业收入均在500万元以上,其中高于1亿元的企业6家,5000万元到1亿元的企业14家。",
    "罚没款总额6128.5万元,其中罚没款100万元以上的案件12件,10万元至100万元的案件87件,不足10万元的案件1,764件。",
])
def test_a_groups_bound_is_no_part(tmp_path, text) -> None:
    assert [c for c in audit_text(tmp_path, text) if c.rule.startswith(("sum.", "bound.part"))] == []
    # the groups counted still add up to their whole, or fail to
    assert statuses(tmp_path, _VILLAGES.format(12), "sum.breakdown") == [("sum.breakdown", "pass")]
    assert statuses(tmp_path, _VILLAGES.format(13), "sum.breakdown") == [("sum.breakdown", "fail")]


# --- 'all' answered, then the list of answers: the first answer is no restatement of the intake ---

@pytest.mark.parametrize("text", [
    "全年收到依申请公开12件,均在法定期限内答复。答复结果:予以公开5件,部分公开2件,本机关不掌握相关政府信息3件,不予处理2件。",
    "全年收到依申请公开12件,全部为自然人申请,均在法定期限内答复。答复结果:予以公开5件,部分公开2件,无法提供5件。",
])
def test_the_first_outcome_after_all_answered_is_no_equality(tmp_path, text) -> None:
    assert [r for r, _ in statuses(tmp_path, text)].count("equal.stage") == 0
    assert failing(tmp_path, text) == []
    # a single figure of the stage still restates the intake, and fails when it does not
    assert statuses(tmp_path, "全年收到依申请公开12件,均已按期答复,答复12件。", "equal.stage") == [("equal.stage", "pass")]
    assert statuses(tmp_path, "全年收到依申请公开12件,均已按期答复,答复11件。", "equal.stage") == [("equal.stage", "fail")]


# --- an amount's own rate beside another account: over a base the report need not print ---

@pytest.mark.parametrize("text", [
    "业务收入9.86亿元,业务支出5.12亿元,增值收益4.74亿元,增值收益率1.49%。",
    "业务支出5.12亿元,增值收益4.74亿元,增值收益率1.49%。",
])
def test_an_amounts_rate_takes_no_account_beside_it_as_base(tmp_path, text) -> None:
    assert failing(tmp_path, text) == []
    # a rate over the amount of the stage before it still holds, or fails
    assert [s for _, s in statuses(tmp_path, "下达资金1.2亿元,已拨付1.08亿元,拨付率90%。", "ratio.")] == ["pass"]
    assert [s for _, s in statuses(tmp_path, "下达资金1.2亿元,已拨付1.08亿元,拨付率95%。", "ratio.")] == ["fail"]
    assert [s for _, s in statuses(tmp_path, "专项资金预算1.2亿元,执行1.08亿元,执行率80.0%。", "ratio.")] == ["fail"]


# --- a plan's figure in a clause of its own is no level of the change after it ---

@pytest.mark.parametrize(("text", "pct", "off"), [
    ("三公经费财政拨款支出决算为18.63万元,全年预算为30.00万元,完成预算的62.1%,比2021年减少4.27万元,下降18.6%。",
     "18.6%", "28.6%"),
    ("一般公共预算收入完成15.24亿元,年初预算为15.00亿元,完成预算的101.6%,比上年增加0.70亿元,增长4.8%。", "4.8%", "5.8%"),
])
def test_a_plans_figure_is_no_level_of_the_change(tmp_path, text, pct, off) -> None:
    assert failing(tmp_path, text) == []
    changes = [c for c in audit_text(tmp_path, text.replace(pct, off)) if c.rule == "change.yoy"]
    assert [c.status for c in changes] == ["fail"] and changes[0].operands["current"] in (18.63, 15.24)


# --- a base qualified otherwise (一审…) is not a figure its stage word qualifies (审结…) ---

@pytest.mark.parametrize("text", [
    "审结民商事案件98436件,标的额326.8亿元。诉前调解成功案件36412件,占一审民商事案件的38.2%。",
    "审结民商事案件98436件。诉前调解成功案件36412件,占一审案件的38.2%。",
    "全年办结投诉1,150件,其中网络投诉600件,占网络渠道受理投诉的62.4%。",
])
def test_a_base_qualified_otherwise_is_not_the_staged_figure(tmp_path, text) -> None:
    assert failing(tmp_path, text) == []
    # a base named as printed is still found, and fails when off
    for share, status in (("37.0%", "pass"), ("38.2%", "fail")):
        named = f"审结民商事案件98436件,其中调解撤诉36412件,占审结民商事案件的{share}。"
        assert ("ratio.share", status) in statuses(tmp_path, named, "ratio.share")
    staged = "受理投诉1200件,办结投诉1150件,其中网络投诉600件,占受理投诉的55.0%。"
    assert ("ratio.share", "fail") in statuses(tmp_path, staged, "ratio.share")


# --- "分别占投诉总量的…": the total of 投诉 is the figure named 投诉, not what was closed ---

_COMPLAINTS = ("全年受理消费者投诉举报咨询28637件,其中投诉12416件、举报3827件、咨询12394件。办结投诉12438件(含上年结转),"
               "为消费者挽回经济损失618.5万元。投诉热点前三位为:食品类2864件、餐饮服务类1976件、服装鞋帽类1213件,"
               "分别占投诉总量的{}%、15.9%和9.8%。")


@pytest.mark.parametrize(("pct", "status"), [("23.1", "pass"), ("25.1", "fail")])
def test_shares_of_a_named_total_are_of_the_item_so_named(tmp_path, pct, status) -> None:
    checks = [c for c in audit_text(tmp_path, _COMPLAINTS.format(pct)) if c.rule == "ratio.share"]
    assert {c.operands["denominator"] for c in checks} == {12416}
    assert [c.status for c in checks] == [status, "pass", "pass"]


def test_a_total_of_the_year_is_no_count_closed(tmp_path) -> None:
    # no figure named 投诉 alone: the received one, not the closed one (which may hold older work)
    text = ("受理投诉12416件,办结投诉12438件(含上年结转)。投诉热点前三位为:食品类2864件、餐饮服务类1976件、"
            "服装鞋帽类1213件,分别占投诉总量的23.1%、15.9%和9.8%。")
    checks = [c for c in audit_text(tmp_path, text) if c.rule == "ratio.share"]
    assert checks and {c.operands["denominator"] for c in checks} == {12416}
    assert all(c.status == "pass" for c in checks)


# --- a base qualified by words of its own (择期…) is not a figure qualified by others (住院…) ---

@pytest.mark.parametrize("text", [
    "住院手术3.12万台次,其中三四级手术2.06万台次,占66.0%。日间手术4862台次,占择期手术的21.4%。",
    "全年一般公共预算支出71.35亿元。教育支出8.6亿元,占民生支出的14.6%。",
    "全市户籍人口61.25万人。60岁以上人口14.2万人,占常住人口的26.5%。",
])
def test_a_base_qualified_by_other_words_is_not_the_figure(tmp_path, text) -> None:
    assert failing(tmp_path, text) == []
    # the base named as printed is still found, and fails when off
    named = "一般公共预算支出71.35亿元,其中民生支出58.92亿元,占82.6%。教育支出8.6亿元,占民生支出的{}。"
    assert ("ratio.share", "pass") in statuses(tmp_path, named.format("14.6%"), "ratio.share")
    assert ("ratio.share", "fail") in statuses(tmp_path, named.format("16.4%"), "ratio.share")


# --- 其中 after a funnel's rate and its ";": a part of either stage ---

@pytest.mark.parametrize("text", [
    "市政务服务中心共受理各类办件286.4万件,办结285.9万件,办结率99.8%;其中即办件193.6万件,占67.6%。",
    "全年受理投诉举报3,000件,办结2,900件,办结率96.7%;其中食品类投诉1,200件,占40.0%。",
])
def test_a_part_after_a_funnels_rate_may_be_of_the_intake(tmp_path, text) -> None:
    assert failing(tmp_path, text) == []
    off = text.replace("占67.6%", "占60.6%").replace("占40.0%", "占45.0%")
    assert [s for _, s in statuses(tmp_path, off, "ratio.share")] == ["fail"]


# --- a rate named by its base's words pairs two counters, never a measure with a count of events ---

@pytest.mark.parametrize("text", [
    "全年发生森林火灾3起,受害森林面积1.2公顷,森林火灾受害率0.002‰。",
    "今年共发生森林火灾5起,受害森林面积3.6公顷,森林火灾受害率0.005‰,低于0.9‰的控制指标。",
])
def test_a_measure_is_no_part_of_a_count_of_events(tmp_path, text) -> None:
    assert failing(tmp_path, text) == []
    # beds over residents: two counters of things, still paired
    beds = "全区养老机构床位3860张,入住老人2146人,床位入住率{}。"
    assert statuses(tmp_path, beds.format("55.6%"), "ratio.") == [("ratio.own_name", "pass")]
    assert statuses(tmp_path, beds.format("65.6%"), "ratio.") == [("ratio.own_name", "fail")]


# --- a count in 个 counts the noun right after it: parts all named by another noun are not its parts ---

_PROJECTS = "其中,农村厕所改造项目32个,投资6800万元;生活污水治理项目28个,投资1.12亿元;村庄清洁行动项目26个,投资1.06亿元。"


@pytest.mark.parametrize("lead", [
    "项目涉及全县14个乡镇126个行政村,受益农户3.86万户、12.6万人,户均投入7409元。",
    "全年共走访了52个社区,发放宣传资料3.2万份。",
])
def test_parts_counting_another_noun_are_no_breakdown(tmp_path, lead) -> None:
    assert failing(tmp_path, lead + _PROJECTS) == []
    # the projects' own total still adds them up, and fails when off
    whole = "全年实施项目{}个,其中农村厕所改造项目32个、生活污水治理项目28个、村庄清洁行动项目26个。"
    assert statuses(tmp_path, whole.format(86), "sum.breakdown") == [("sum.breakdown", "pass")]
    assert statuses(tmp_path, whole.format(87), "sum.breakdown") == [("sum.breakdown", "fail")]


# --- "分别占<base>N件的X%和Y%": shares of a list, no share of the figure before the base ---

@pytest.mark.parametrize("text", [
    "城区、郊区分别受理诉求12600件和8600件,合计21200件,分别占全市受理总量21500件的58.6%和40.0%。",
    "城区、郊区分别受理诉求12600件和8600件,分别占全市受理总量21500件的58.6%和40.0%。",
])
def test_respective_shares_of_a_printed_base_pair_no_single_figure(tmp_path, text) -> None:
    assert failing(tmp_path, text) == []
    one = "罚没款3862.47万元,占全省罚没款总额(56802.6万元)的{}。"
    assert statuses(tmp_path, one.format("6.8%"), "ratio.") == [("ratio.share", "pass")]
    assert statuses(tmp_path, one.format("8.6%"), "ratio.") == [("ratio.share", "fail")]
