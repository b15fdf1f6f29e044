"""Relations found in small texts, and how checks evaluate them."""

from __future__ import annotations

from decimal import Decimal

import pytest

import toolkit
from toolkit.checks import _rounds_to


def audit_text(tmp_path, text: str):
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p)


def by_kind(result, kind: str):
    return [c for c in result.checks if c.kind == kind]


def test_sum_passes_and_fails(tmp_path) -> None:
    ok = audit_text(tmp_path, "发现隐患4998项(其中:生产安全隐患1200项,消防安全隐患3000项,其他隐患798项)。")
    (c,) = by_kind(ok, "sum")
    assert c.status == "pass" and c.operands == {"total": 4998, "parts": [1200, 3000, 798]}
    bad = audit_text(tmp_path, "发现隐患4998项(其中:生产安全隐患1200项,消防安全隐患3000项,其他隐患799项)。")
    (c,) = by_kind(bad, "sum")
    assert c.status == "fail" and c.severity == "error"
    assert c.difference == 1
    assert c.evidence and all(e.line == 1 for e in c.evidence)
    # The message names the total and every part, by its words and as printed.
    assert c.message_zh == "发现隐患 4998项,但 生产安全隐患 1200项 + 消防安全隐患 3000项 + 其他隐患 799项 = 4999项(差 +1项)"
    assert c.message_en.startswith("hazards found 4998项, but") and "= 4999项 (difference +1项)" in c.message_en


def test_money_breakdown_after_a_sentence(tmp_path) -> None:
    r = audit_text(tmp_path, "行政处罚决定8起,处罚金额为74万元。其中,重大行政处罚决定2起,处罚金额为64万元;"
                             "一般行政处罚决定6起,处罚金额为10万元。")
    sums = {tuple(c.operands["parts"]): c.status for c in by_kind(r, "sum")}
    assert sums[(64, 10)] == "pass" and sums[(2, 6)] == "pass"


def test_list_of_kinds_with_a_total(tmp_path) -> None:
    r = audit_text(tmp_path, "目前,269个重点监管单位清单已初步成型,其中,消防领域103家、建筑施工领域46家、重点场所120家。")
    (c,) = by_kind(r, "sum")
    assert c.operands == {"total": 269, "parts": [103, 46, 120]} and c.status == "pass"


def test_partial_list_gives_bounds_not_a_failing_sum(tmp_path) -> None:
    r = audit_text(tmp_path, "全年共刊登新闻144条,其中《中国税务报》7条、《羊城晚报》2条、人民网4条。")
    assert not by_kind(r, "sum")
    assert {(c.operands["smaller"], c.status) for c in by_kind(r, "bound")} == {(7, "pass"), (2, "pass"), (4, "pass")}


@pytest.mark.parametrize(("percent", "status"), [("96.52", "pass"), ("96.53", "fail"), ("96.5", "pass"), ("97", "pass"),
                                                 ("96.51", "fail")])
def test_rate_rounding(tmp_path, percent: str, status: str) -> None:
    # 48248 / 49988 = 96.5192…
    r = audit_text(tmp_path, f"发现隐患49988项,完成隐患整改48248项,整改率{percent}%。")
    (c,) = by_kind(r, "ratio")
    assert c.operands["numerator"] == 48248 and c.operands["denominator"] == 49988
    assert c.status == status


def test_rounding_half_up_and_half_even() -> None:
    assert _rounds_to(Decimal("90.625"), Decimal("90.63"), 2)  # half-up
    assert _rounds_to(Decimal("90.625"), Decimal("90.62"), 2)  # half-even
    assert not _rounds_to(Decimal("90.625"), Decimal("90.61"), 2)


def test_share_of_the_breakdown_total(tmp_path) -> None:
    r = audit_text(tmp_path, "共受理诉求2000件。其中,咨询类诉求1200件,占60%;求助类诉求800件,占40.1%。")
    ratios = {c.operands["numerator"]: (c.operands["denominator"], c.status) for c in by_kind(r, "ratio")}
    assert ratios[1200] == (2000, "pass")
    assert ratios[800] == (2000, "fail")


def test_change_needs_a_whole_previous_count(tmp_path) -> None:
    r = audit_text(tmp_path, "全年发生生产安全事故4起,亡4人,事故起数与死亡人数同比均下降25%。")
    changes = by_kind(r, "change")
    assert len(changes) == 2 and all(c.status == "fail" for c in changes)
    r = audit_text(tmp_path, "全年发生生产安全事故4起,同比下降20%。")
    (c,) = by_kind(r, "change")
    assert c.status == "pass"


def test_change_against_a_printed_previous_figure(tmp_path) -> None:
    r = audit_text(tmp_path, "共收到信息公开申请22起,比2022年(31起)下降29%。")
    (c,) = by_kind(r, "change")
    assert c.operands["previous"] == 31 and c.status == "pass"
    r = audit_text(tmp_path, "受理行政许可申请212件,较上年的186件增长15.2%。")
    (c,) = [c for c in by_kind(r, "change")]
    assert c.status == "fail"


def test_change_of_an_amount_is_not_held_to_whole_numbers(tmp_path) -> None:
    r = audit_text(tmp_path, "行政处罚罚款金额共计74万元,同比增长51.95%。")
    (c,) = by_kind(r, "change")
    assert c.status == "pass"


def test_respectively(tmp_path) -> None:
    r = audit_text(tmp_path, "1-12月,全市共发生各类事故301起、死亡279人、受伤110人,同比分别下降14.0%、6.4%、16.0%。")
    pairs = {(c.operands["current"], c.operands["percent"]) for c in by_kind(r, "change")}
    assert pairs == {(301, -14), (279, -6.4), (110, -16)}


def test_bound_and_includes(tmp_path) -> None:
    r = audit_text(tmp_path, "共发生亡人道路交通事故20起(含25起生产安全事故)。")
    (c,) = by_kind(r, "bound")
    assert c.status == "fail" and c.operands == {"smaller": 25, "larger": 20}


def test_catalog_rule_rectified_not_above_found(tmp_path) -> None:
    r = audit_text(tmp_path, "排查发现重大事故隐患9项。\n全年已整改重大事故隐患11项。")
    flags = [c for c in r.flags if c.rule == "catalog.hazards.major.rectified.le.found"]
    assert len(flags) == 1 and flags[0].operands == {"smaller": 11, "larger": 9}


def test_zero_cases_with_fines(tmp_path) -> None:
    r = audit_text(tmp_path, "适用一般程序35件,罚款86.1万元;适用简易程序0件,罚款0.4万元。")
    flags = [c for c in r.flags if c.kind == "count_amount"]
    assert len(flags) == 1 and flags[0].severity == "error"


def test_a_listed_kinds_count_and_the_wholes_amount_are_no_pair(tmp_path) -> None:
    # The amount is all cases'; the count after 其中 is one kind's: no average fine of 772万元 a case.
    r = audit_text(tmp_path, "全年共查处环境违法案件156件;罚没款金额2,316.5万元。其中,按日连续处罚案件3件,"
                             "查封扣押案件27件,限产停产案件5件。")
    assert not [c for c in r.checks if c.rule.startswith("catalog.penalties")]
    # a kind's count and amount listed together after 其中 are a pair; a list closed by ";" no longer holds
    r = audit_text(tmp_path, "作出行政处罚决定8起,罚款74万元。其中,重大行政处罚2起,罚款64万元;一般行政处罚6起,罚款10万元。")
    assert {c.rule for c in r.checks if c.kind == "count_amount"} >= {
        "catalog.penalties.fines", "catalog.penalties.major.fines"}
    r = audit_text(tmp_path, "作出行政执法决定38起,其中重大6起、一般32起;按类别分,行政处罚决定35起、行政强制决定3起。"
                             "行政处罚罚款金额合计86.5万元。")
    assert [c.rule for c in r.checks if c.kind == "count_amount"] == ["catalog.penalties.fines"]


def test_approximate_figures_use_intervals(tmp_path) -> None:
    r = audit_text(tmp_path, "发放资料3000余份,其中宣传册2000份,折页1500份。")
    (c,) = by_kind(r, "sum")
    assert c.approx and c.status in ("pass", "unverifiable")
    r = audit_text(tmp_path, "发放资料3000余份,其中宣传册2000份,折页2500份。")
    (c,) = by_kind(r, "sum")
    assert c.status == "fail"  # 4500 cannot be 3000-4000


def test_check_ids_are_stable_when_unrelated_text_changes(tmp_path) -> None:
    body = ("全区共检查企业2600家,发现隐患4998项,完成隐患整改4800项,整改率96.04%。\n"
            "全年发生生产安全事故4起,同比下降20%。\n")
    a = audit_text(tmp_path, "普陀区应急管理局2022年度法治政府建设情况报告\n" + body + "组织培训12次。\n")
    # A paragraph inserted above, another figure edited, the line breaks of the title moved.
    b = audit_text(tmp_path, "普陀区应急管理局2022年度\n法治政府建设情况报告\n今年以来,我局认真开展各项工作,"
                             "召开会议8次。\n" + body + "组织培训15次。\n")
    assert a.report.agency == b.report.agency and a.report.year == b.report.year == 2022
    assert sorted(c.id for c in a.checks) == sorted(c.id for c in b.checks)
    assert len({c.id for c in a.checks}) == len(a.checks)


def test_frames_and_json(tmp_path) -> None:
    r = audit_text(tmp_path, "发现隐患4998项(其中:生产安全隐患1200项,其他隐患3799项)。")
    frames = r.to_frames()
    assert set(frames) >= {"metrics", "quantities", "checks", "flags"}
    assert len(frames["flags"]) == 1
    assert '"status": "fail"' in r.to_json()


def test_change_of_a_rounded_count_is_not_held_to_whole_numbers(tmp_path) -> None:
    # 3.2万 is itself rounded (31,500-32,500): many whole previous counts fit +4.5%.
    r = audit_text(tmp_path, "卫生技术人员3.2万人,比上年增长4.5%。")
    (c,) = by_kind(r, "change")
    assert c.status == "pass"


def test_breakdown_after_a_semicolon_belongs_to_the_sentence_total(tmp_path) -> None:
    r = audit_text(tmp_path, "全年办理法律援助案件3560件,同比增长12.3%;其中民事案件2100件,刑事案件1300件,行政案件160件。")
    (c,) = by_kind(r, "sum")
    assert c.operands == {"total": 3560, "parts": [2100, 1300, 160]} and c.status == "pass"


# Sentences from a review, each with arithmetic that holds (or cannot be decided): no flag.
HOLDING = {
"A1":"地区生产总值2,345.6亿元,其中第一产业增加值123.4亿元,第二产业增加值1,000.1亿元,第三产业增加值1,222.2亿元。",
"A2":"户籍人口1256.3万人,其中城镇人口897.6万人,乡村人口358.8万人。",
"A3":"户籍人口156.8万人,其中男性79.2万人,占50.6%。",
"B1":"受理信访事项5万件,同比增长3.2%。",
"B2":"受理群众诉求12.62万件,同比增长9.33%。",
"C":"发生事故0起,死亡0人,同比下降100%。",
"D1":"罚款金额1.2亿元,比上年的10000万元增长20%。",
"D2":"收入3.5万元,比上年增加5000元,增长16.7%。",
"E":"地区生产总值1.2万亿元,同比增长6%。",
"G1":"发现隐患100处,已整改95处,未整改5处,整改率95%。",
"G2":"受理案件1,000件,其中一般程序600件,简易程序400件;办结率为99.5%。",
"G3":"已整改隐患95处,共发现隐患100处,整改率95%。",
"G4":"办结案件95件,受理案件100件,办结率95%。",
"H1":"男性79.2万人,女性77.6万人,男性占50.5%。",
"H2":"一般程序60件,简易程序40件,一般程序案件占比60%。",
"H3":"建议38件、政协提案20件,分别占65.5%、34.5%。",
"I1":"全市共有企业1万余家,其中国有企业200家,外资企业300家。",
"I2":"学校120所,在校学生8.5万人,专任教师6000人,其中小学80所、学生5万人、教师3500人。",
"I3":"收到申请45件,上年结转2件。\n本年度办理结果中,予以公开20件,占44.44%;部分公开10件,占22.22%;不予公开5件,占11.11%;无法提供10件,占22.22%;其他2件。",
"J":"受理100件,已办结90件,正在办理8件,转交其他部门2件。",
"K1":"受理申请83件,上年为100件,同比下降17.0%。",
"K2":"受理投诉100件,办结率为98.5%,同比提高1.2%。",
"K3":"检查企业120家,发现隐患300项,分别增长20%、下降20%。",
"L1":"表1\n|项目|数量|\n|A|10|\n|B|20|\n|合计|30|\n\n表2\n|项目|数量|\n|C|100|\n|D|200|\n|合计|300|",
"L2":"表\n|项目|数量|\n|A|-5|\n|B|10|\n|C|3|\n|合计|8|",
"L3":"表\n|类别|一月|二月|合计|\n|受理|5|2|3|—|",
"L4":"表\n|类别|数量|金额|\n|A类|10|100|\n|20|200|\n|合计|30|300|",
}


@pytest.mark.parametrize("key", sorted(HOLDING))
def test_no_false_alarm_on_consistent_text(tmp_path, key: str) -> None:
    r = audit_text(tmp_path, HOLDING[key])
    assert [(c.rule, c.operands) for c in r.flags] == []
