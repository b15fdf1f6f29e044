"""Relations by meaning (issue 15, patterns E and H), session 16 (model26): advice a prosecutor or court
sends and what was done with it; protests (抗诉) and the court's outcome; filings a prosecutor asked for;
work due and done (应受理/按期受理); people involved and held to account; the new within a running total
(新增…累计); the rest of a whole named by what it has not yet gone through (尚有/另有…正在, 未完成整改的);
a table's whole-year row under its quarters; the national review table with flattened headers. Sentences
written for the project, each stated several ways: passing and failing variants, and traps that must
stay quiet (carry-over named, another set, another level)."""

from __future__ import annotations

import re

import pytest

from tests.test_relations_funnels_general import bounds, checks, fails

# --- advice sent and what the body that got it did with it --------------------------------------

# (text, the later figure, the earlier figure, the later figure raised above the earlier)
ADVICE = [
    ("全年向行政机关发出检察建议86件,被采纳79件。", 79, 86, 96),
    ("共制发社会治理类检察建议42件,相关单位均已回复,采纳38件。", 38, 42, 48),
    ("提出诉前检察建议128份,行政机关已整改到位121份。", 121, 128, 131),
    ("本院向有关单位发出司法建议15件,已被采纳13件。", 13, 15, 17),
    ("对侦查活动中的违法情形提出书面纠正意见312件次,已纠正298件次,纠正率95.5%。", 298, 312, 322),
    ("发出纠正违法通知书74份,已纠正70份。", 70, 74, 84),
    ("发出检察建议二十件,被采纳十八件。", 18, 20, 22),
]


def _raise(text: str, small: int, raised: int) -> str:
    for printed, new in ((f"{small:,}", f"{raised:,}"), ("十八件", "二十二件")):
        if printed in text:
            k = text.rindex(printed)
            return text[:k] + new + text[k + len(printed):]
    raise AssertionError(text)


@pytest.mark.parametrize(("text", "small", "large", "raised"), ADVICE)
def test_advice_sent_bounds_what_was_done_with_it(tmp_path, text, small, large, raised) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert ("fail", raised, large) in bounds(tmp_path, _raise(text, small, raised))


def test_advice_carried_over_or_of_another_body_is_no_funnel(tmp_path) -> None:
    # the same figures read as a funnel ...
    assert ("fail", 45, 40) in bounds(tmp_path, "发出检察建议40件,采纳45件。")
    # ... not when the adopted ones may be of last year's advice
    assert bounds(tmp_path, "发出检察建议40件,连同上年结转的检察建议,共采纳45件。") == []


PROTESTS = [
    ("对确有错误的刑事判决提出抗诉15件,法院已审结12件,其中改判和发回重审9件。", 12, 15),
    ("提请抗诉21件,法院已审结17件。", 17, 21),
    ("全年对民事生效裁判提出抗诉23件,法院改判19件。", 19, 23),
]


@pytest.mark.parametrize(("text", "small", "large"), PROTESTS)
def test_protests_bound_what_the_court_made_of_them(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    raised = large + 3
    assert ("fail", raised, large) in bounds(tmp_path, text.replace(f"{small}件", f"{raised}件", 1))


def test_filings_a_prosecutor_asked_for(tmp_path) -> None:
    for text in ("监督公安机关立案56件,公安机关已立案52件。",
                 "监督公安机关立案一百二十四件,公安机关已立案118件。",
                 "要求侦查机关说明不立案理由后通知立案31件,侦查机关已立案29件。"):
        got = bounds(tmp_path, text)
        small = 52 if "56" in text else 118 if "118" in text else 29
        assert any(s == "pass" and float(a) == small for s, a, _ in got), (text, got)
    assert ("fail", 60, 56) in bounds(tmp_path, "监督公安机关立案56件,公安机关已立案60件。")
    # the drops (撤案) after the filings are another set: no item of them
    assert not fails(tmp_path, "监督公安机关立案12件,公安机关已立案10件、撤案15件。")
    assert ("pass", 10, 12) in bounds(tmp_path, "监督公安机关立案12件,公安机关已立案10件、撤案15件。")


# --- work due and done ------------------------------------------------------------------------------

DUE = [
    ("应受理信访事项1,406件,按期受理1,398件。", 1398, 1406),
    ("全年应结案事故36起,已结案33起。", 33, 36),
    ("重大执法决定应法制审核58件,已审核55件。", 55, 58),
    ("应当办结的网上信访件612件,实际办结605件。", 605, 612),
]


@pytest.mark.parametrize(("text", "small", "large"), DUE)
def test_work_done_is_no_more_than_work_due(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    raised = large + 5
    bad = text.replace(f"{small:,}", f"{raised:,}")
    assert ("fail", raised, large) in bounds(tmp_path, bad)


# --- other stage words --------------------------------------------------------------------------

STAGES = [
    ("共有执法队员236人,持证上岗231人。", 231, 236),
    ("专项行动查处问题隐患3,120项,整改3,050项。", 3050, 3120),
    ("调解成功1,487件,调解成功的案件自动履行1,204件。", 1204, 1487),
    ("对审计移送的5宗违纪违法问题线索,纪检监察机关已立案3宗。", 3, 5),
    ("审计发现的问题涉及人员23人,已追责问责19人。", 19, 23),
    ("涉及责任人员41名,已依规依纪处理38名。", 38, 41),
]


@pytest.mark.parametrize(("text", "small", "large"), STAGES)
def test_stage_words_other_authors_use(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    raised = large + 4
    bad = text.replace(f"{small:,}", f"{raised:,}")
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_people_involved_bound_no_visits(tmp_path) -> None:
    # counted in 人次 the handling is no set of the people involved; counted alike, it is
    assert ("fail", 32, 23) in bounds(tmp_path, "涉及人员23人,已处理32人。")
    assert bounds(tmp_path, "涉及人员23人,约谈提醒32人次。") == []


# --- the new within the running total ------------------------------------------------------------

CUMULATIVE = [
    ("新增依法治校示范校9所,累计达到46所。", 9, 46),
    ("今年新建城市书房5个,总数达到32个。", 5, 32),
    ("新认定高新技术企业36家,全市高新技术企业总数达到412家。", 36, 412),
    ("全年新增绿色社区12个,累计建成绿色社区86个。", 12, 86),
    ("年内新培育家庭农场140家,累计培育家庭农场1,126家。", 140, 1126),
]


@pytest.mark.parametrize(("text", "small", "large"), CUMULATIVE)
def test_the_new_is_within_the_running_total(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    low = small - 1
    bad = text.replace(f"{large:,}", f"{low:,}")
    assert ("fail", small, low) in bounds(tmp_path, bad)


def test_a_running_total_of_another_thing_bounds_nothing(tmp_path) -> None:
    assert ("fail", 9, 6) in bounds(tmp_path, "新增示范校9所,累计达到6所。")  # (the rule, and its traps:)
    for text in ("新增就业1.2万人,累计帮扶3,000人。",
                 "年内新培育省级示范合作社8家,市级示范合作社累计达到6家。",
                 "新增贷款12.5亿元,贷款余额累计达到8.3亿元。"):
        assert not fails(tmp_path, text), text


# --- the rest named by what it has not yet gone through ----------------------------------------

def _sums(tmp_path, text: str) -> list[tuple[str, float, list[float]]]:
    return [(c.status, float(c.operands["total"]), sorted(float(p) for p in c.operands["parts"]))
            for c in checks(tmp_path, text) if c.kind == "sum"]


REST = [
    ("排查安全隐患1,206处,已整改1,180处,尚有26处正在整改。", 1206, [26, 1180]),
    ("全年收到转办工单2,316件,已办结2,290件,尚有26件正在办理。", 2316, [26, 2290]),
    ("巡察反馈问题52个,截至年底已整改46个,未完成整改的6个问题已制定整改计划。", 52, [6, 46]),
    ("受理行政复议申请41件,审结38件,另有3件尚在审理中。", 41, [3, 38]),
    ("收到政府信息公开申请47件,办结44件,另有3件结转下年度继续办理。", 47, [3, 44]),
]


@pytest.mark.parametrize(("text", "whole", "parts"), REST)
def test_a_rest_still_open_completes_its_whole(tmp_path, text, whole, parts) -> None:
    assert ("pass", whole, parts) in _sums(tmp_path, text)
    bad = re.sub(rf"(?<![\d,]){parts[0]}(?=[个件处])", f"{parts[0] + 4}", text, count=1)
    assert any(s == "fail" and t == whole for s, t, _ in _sums(tmp_path, bad))


def test_a_rest_of_older_work_or_another_kind_is_no_rest(tmp_path) -> None:
    assert _sums(tmp_path, "受理投诉218件,办结205件,另有13件正在核查。")  # (the rule, and its traps:)
    assert _sums(tmp_path, "受理投诉218件,办结205件,另有13件不予受理。") == []
    assert _sums(tmp_path, "全年新收申请47件(上年结转5件),办结42件,另有10件结转下年度继续办理。") == []


# --- a table's whole-year row ----------------------------------------------------------------------

QUARTERS = """全年共受理矛盾纠纷{total}件,调解成功1,087件。

| 季度 | 受理纠纷(件) | 调解成功(件) |
| --- | --- | --- |
| 一季度 | 248 | 241 |
| 二季度 | 276 | 268 |
| 三季度 | 305 | 291 |
| 四季度 | 297 | 287 |
| {name} | 1,126 | 1,087 |
"""


@pytest.mark.parametrize("name", ["全年", "全年合计", "年度合计"])
def test_the_whole_year_row_is_the_quarters_total(tmp_path, name) -> None:
    got = checks(tmp_path, QUARTERS.format(total="1,126", name=name))
    sums = [(c.status, float(c.operands["total"])) for c in got if c.rule == "sum.table_total"]
    assert ("pass", 1126) in sums and ("pass", 1087) in sums, sums
    equal = [c for c in got if c.rule == "equal.table_total"]
    assert {float(v) for c in equal for v in c.operands["values"]} >= {1126, 1087}, equal
    # a quarter misprinted: the year's row is no sum of them
    bad = QUARTERS.format(total="1,126", name=name).replace("| 305 |", "| 350 |")
    assert any(c.rule == "sum.table_total" and c.status == "fail" for c in checks(tmp_path, bad))
    # the prose whole misprinted
    bad = QUARTERS.format(total="1,162", name=name)
    assert any(c.rule == "equal.table_total" and c.status == "fail" for c in checks(tmp_path, bad))


def test_one_column_of_quarters_too_but_not_rows_of_other_kinds(tmp_path) -> None:
    months = ("| 季度 | 查处(件) |\n| --- | --- |\n| 第一季度 | 380 |\n| 第二季度 | 400 |\n| 第三季度 | 360 |\n"
              "| 第四季度 | 380 |\n| 全年合计 | 1,520 |\n")
    assert any(c.rule == "sum.table_total" and c.status == "pass" for c in checks(tmp_path, months))
    # rows of kinds, then 全年: the year's row may hold kinds not listed -- nothing is read
    kinds = ("| 类别 | 查处(件) |\n| --- | --- |\n| 道路运输 | 380 |\n| 水路运输 | 400 |\n| 全年 | 1,520 |\n")
    assert not any(c.rule == "sum.table_total" for c in checks(tmp_path, kinds))


# --- the national review table ------------------------------------------------------------------

REVIEW = """四、政府信息公开行政复议、行政诉讼情况

| 复议维持 | 复议纠正 | 复议其他 | 复议尚未审结 | 复议总计 | 直诉维持 | 直诉纠正 | 直诉其他 | 直诉尚未审结 | 直诉总计 | 复议后诉维持 | 复议后诉纠正 | 复议后诉其他 | 复议后诉尚未审结 | 复议后诉总计 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 3 | 2 | 0 | 1 | 6 | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |

{prose}
"""


@pytest.mark.parametrize(("prose", "value"), [
    ("本年度因政府信息公开被申请行政复议6件,被提起行政诉讼2件。", 6),
    ("全年被申请行政复议6宗,其中2宗被纠正。", 2),
    ("被申请行政复议6件,其中2件被纠正,1件尚未审结。", 2),
    ("全年被直接提起行政诉讼1件,复议纠错2件。", 1),
])
def test_the_review_table_with_headers_in_one_row(tmp_path, prose, value) -> None:
    got = [c for c in checks(tmp_path, REVIEW.format(prose=prose)) if c.rule.endswith("review_table")]
    assert any(c.status == "pass" and value in {float(v) for v in c.operands.get("values", [])} for c in got), got
    bad = prose.replace(f"{value}件", f"{value + 3}件").replace(f"{value}宗", f"{value + 3}宗")
    got = [c for c in checks(tmp_path, REVIEW.format(prose=bad)) if c.rule.endswith("review_table")]
    assert any(c.status == "fail" for c in got), got


# --- a later stage among a set named by its earlier stage, sentences or sections apart ------------

NAMED_SETS = [
    ("热线全年受理群众诉求12.6万件,其中直接答复办结4.1万件,转派承办单位8.5万件。截至年底,转派工单中已办结8.3万件。",
     83000, 85000),
    ("全年转办工单15.82万件。\n\n二、办理情况\n\n转办件办结15.61万件,按期办结率98.1%。", 156100, 158200),
    ("全年受理消费者投诉3,216件,转交属地市场监管所处理2,108件。\n\n二、处理情况\n\n转交件中,已办结2,064件。", 2064, 2108),
]


@pytest.mark.parametrize(("text", "small", "large"), NAMED_SETS)
def test_a_later_stage_among_a_set_named_by_its_earlier_stage(tmp_path, text, small, large) -> None:
    got = [(c.status, float(c.operands["smaller"]), float(c.operands["larger"]))
           for c in checks(tmp_path, text) if c.rule == "bound.named_set"]
    assert ("pass", small, large) in got, got
    printed = {83000: "8.3万", 156100: "15.61万", 2064: "2,064"}[small]
    raised = {83000: "8.9万", 156100: "15.91万", 2064: "2,164"}[small]
    bad = text.replace(printed, raised)
    assert any(c.rule == "bound.named_set" and c.status == "fail" for c in checks(tmp_path, bad))


def test_a_set_named_after_a_part_or_with_older_work_is_no_bound(tmp_path) -> None:
    # the nearest figure of the set's stage is a part (其中…): which set is named is open
    text = "全年接到群众举报1,046条,其中转办区县612条。转办线索已办结698条。"
    assert not any(c.rule == "bound.named_set" for c in checks(tmp_path, text))
    # work carried over named between: the closed may be of it
    text = "全年转办工单1,500件,加上上年结转的120件。\n转办件办结1,580件。"
    assert not any(c.rule == "bound.named_set" for c in checks(tmp_path, text))
    # (the rule itself, for the same figures)
    text = "全年转办工单1,500件。\n转办件办结1,580件。"
    assert any(c.rule == "bound.named_set" and c.status == "fail" for c in checks(tmp_path, text))


# --- identities of a review of costs, a purchase and the state capital budget ---------------------

FLOWS = [
    "全年完成财政投资评审项目126个,送审金额29.85亿元,审定金额27.06亿元,审减金额2.79亿元。",
    "结算审计送审总额8.64亿元,审定总额7.92亿元,核减金额0.72亿元,核减率8.3%。",
    "全年政府采购预算金额5.68亿元,实际采购金额5.34亿元,节约资金0.34亿元。",
    "国有资本经营预算收入8,650万元,支出5,120万元,调出资金3,530万元。",
]


@pytest.mark.parametrize("text", FLOWS)
def test_identities_of_costs_purchases_and_the_capital_budget(tmp_path, text) -> None:
    # (read as a flow, or as a breakdown of the first figure: one sum of the three)
    got = [c for c in checks(tmp_path, text) if c.kind == "sum"]
    assert [c.status for c in got] == ["pass"], got
    bad = text.replace("0.72亿元", "0.27亿元").replace("0.34亿元", "0.43亿元").replace("3,530万元", "3,350万元") \
        .replace("2.79亿元", "2.97亿元")
    assert [c.status for c in checks(tmp_path, bad) if c.kind == "sum"] == ["fail"]


def test_a_term_named_beside_the_parts_voids_the_identity(tmp_path) -> None:
    assert any(c.rule == "sum.flow" for c in checks(tmp_path, "送审金额12.6亿元,审定金额11.4亿元,审减金额1.2亿元。"))
    for text in ("送审金额12.6亿元,审定金额11.8亿元,审减金额1.2亿元,审增金额0.4亿元。",
                 "国有资本经营预算收入8,650万元,支出5,120万元,调出资金2,530万元,结转下年1,000万元。"):
        assert not any(c.rule == "sum.flow" for c in checks(tmp_path, text)), text


# --- a part within the base printed inside the words of 占 ----------------------------------------

SHARE_BASES = [
    ("全县持有行政执法证件的人员1,126名,占在编执法人员1,208名的93.2%。", 1126, 1208),
    ("完成承包地确权登记,确权面积38,426亩,占应确权面积39,113亩的98.2%。", 38426, 39113),
    ("取得行政执法证件的人员1,372人,比上年增加86人,占全区行政执法岗位人员1,451人的94.6%。", 1372, 1451),
    ("罚没款386.47万元,占全省罚没款总额3,194.2万元的12.1%。", 386.47, 3194.2),
]


@pytest.mark.parametrize(("text", "small", "large"), SHARE_BASES)
def test_a_share_of_a_printed_base_is_within_it(tmp_path, text, small, large) -> None:
    got = [(c.status, float(c.operands["smaller"]), float(c.operands["larger"]))
           for c in checks(tmp_path, text) if c.rule == "bound.share_base"]
    assert got == [("pass", small, large)], got


def test_a_share_above_the_whole_or_of_an_unprinted_base_bounds_nothing(tmp_path) -> None:
    assert any(c.rule == "bound.share_base" for c in checks(tmp_path, "确权面积38,426亩,占应确权面积39,113亩的98.2%。"))
    # the part misprinted above its base: the bound fails (as the share does)
    assert any(c.rule == "bound.share_base" and c.status == "fail"
               for c in checks(tmp_path, "确权面积39,426亩,占应确权面积39,113亩的98.2%。"))
    for text in ("实际支出1,260万元,占年初预算1,200万元的105.0%。",  # (over 100%: no part)
                 "确权面积38,426亩,占应确权面积的98.2%。"):
        assert not any(c.rule == "bound.share_base" for c in checks(tmp_path, text)), text


# --- leads filed counted in the leads' own measure; a channel followed by what came through it ----

def test_leads_filed_in_their_own_measure(tmp_path) -> None:
    assert ("pass", 31, 48) in bounds(tmp_path, "共发现问题线索48条,已立案查处31条。")
    assert ("fail", 51, 48) in bounds(tmp_path, "共发现问题线索48条,已立案查处51条。")
    assert ("pass", 12, 15) in bounds(tmp_path, "收到纪检监察机关移交的问题线索15条,经初核立案12条。")
    # cases counted in 件 may come from inspections too: no bound by the leads
    assert not fails(tmp_path, "共受理举报线索120条,立案查处违法案件136件。")


def test_a_channel_followed_by_what_came_through_it_counts_that(tmp_path) -> None:
    assert ("pass", 2410, 2416) in bounds(tmp_path, "全年共接收市长信箱来信2,416件,按时回复2,410件。")
    assert ("fail", 2461, 2416) in bounds(tmp_path, "全年共接收市长信箱来信2,416件,按时回复2,461件。")
    # the channel itself counted: no stage ("设置受理窗口12个")
    assert not fails(tmp_path, "设置受理窗口12个,受理申请10件。")
