"""False alarms of a fresh set (unseen24), each fixed by a general statement about how Chinese reports
state figures (helper fa48, session 21), on sentences written for the project.

Each case pairs a consistent text (no failing check, the relation read over the right figures) with a
planted twin where the text admits one reading, which must fail.
"""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str) -> list[tuple[str, str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.rule, c.status, c.operands) for c in toolkit.audit(p).checks]


def fails(tmp_path, text: str) -> list[tuple[str, dict]]:
    return [(rule, ops) for rule, status, ops in checks(tmp_path, text) if status == "fail"]


def ratios_of(tmp_path, text: str, percent: float) -> list[tuple[float, float, str]]:
    """(numerator, denominator, status) of the ratio checks of the rate or share ``percent``."""
    return [(float(ops["numerator"]), float(ops["denominator"]), status) for rule, status, ops in checks(tmp_path, text)
            if rule.startswith("ratio.") and float(ops.get("percent", -1)) == percent]


# --- a set named right before its item, with no comma: "审结案件中维持90件" --------------------------
# The words of the set (审结案件中) are the list's, not its first item's: 维持 is no 审结 figure, and the
# rate of another outcome of the set (纠错率) is over the set (审结), never over the 维持 beside it.
# The work done of work due split into done and still open ("审结180件,尚未审结20件") is a stage, not a
# kind of the work due: the base of the rates of what closing decided (not lifted to the 应审理 total).
@pytest.mark.parametrize(("text", "base"), [
    ("本年度共审结复议案件150件。审结案件中维持90件，维持率60.0%；纠错33件，纠错率22.0%。", 150),
    ("连同上年结转的10件，共应审理200件，审结180件，尚未审结20件。审结案件中维持120件，维持率66.7%；"
     "纠错36件，纠错率20.0%。", 180),
])
def test_rate_of_an_outcome_is_over_the_set_not_a_sibling_outcome(tmp_path, text, base):
    assert fails(tmp_path, text) == []
    assert ratios_of(tmp_path, text, 20.0 if base == 180 else 22.0) == [(pytest.approx(36 if base == 180 else 33), base, "pass")]
    planted = text.replace("纠错率20.0%", "纠错率23.0%").replace("纠错率22.0%", "纠错率25.0%")
    assert [ops["denominator"] for rule, ops in fails(tmp_path, planted) if rule == "ratio.rate"] == [base]


# --- the work done of a done/open split, a paragraph before the rate ---------------------------------
# "已审结450件,尚未审结30件。\n\n审结的案件中,维持…纠错70件,纠错率15.6%": of the 450 closed -- not of the
# applications received (520), nor of a per-10万 rate (每10万人口…74.3件) printed before it.
LONG = ("本年度共收到复议申请520件，受理460件，不予受理60件，受理率88.5%。全区常住人口70.0万人，"
        "每10万人口复议申请量74.3件。\n\n二、审理情况\n\n加上上年结转的20件，全年应审理480件。已审结450件，"
        "尚未审结30件。\n\n审结的案件中，维持300件，驳回40件，撤销50件，变更8件，确认违法12件，终止40件。"
        "纠错70件，纠错率15.6%。")


def test_rate_over_the_work_done_of_a_done_open_split(tmp_path):
    assert fails(tmp_path, LONG) == []
    assert ratios_of(tmp_path, LONG, 15.6) == [(70, 450, "pass")]
    assert [ops["denominator"] for rule, ops in fails(tmp_path, LONG.replace("纠错率15.6%", "纠错率17.6%"))
            if rule == "ratio.rate"] == [450]


@pytest.mark.parametrize(("label", "per_n"), [
    ("每10万人口复议申请量74.3件", True), ("每100户拥有汽车42.1辆", True), ("每万人口信访量12.3件", True),
    ("全年复议申请量74.3件", False), ("每2小时巡查1.5次", False),
])
def test_a_rate_per_n_in_digits_is_per_n(label, per_n):
    from toolkit.load import Document
    from toolkit.normalize import normalize
    from toolkit.quantities import find_quantities
    from toolkit.relations.roles import is_per_n
    from toolkit.relations.structure import _Doc

    t = normalize(Document("x.txt", f"全区常住人口70.0万人，{label}。", "txt", "utf-8", "", 0))
    d = _Doc(t, find_quantities(t), [])
    assert is_per_n(d, d.qs[-1]) is per_n


# --- items of a set opened at a sentence's head: "派发工单中,签收…;\n办结…,办结率" ---------------------
# A figure listed under a set its sentence names (派发工单中,) is an item of that set, not the base of a
# rate in the next clause (办结率 is over the 派发, not over the 签收 beside it).
def test_items_of_an_opened_set_are_no_base_of_the_next_clause(tmp_path):
    text = ("3月,全县共受理群众诉求8,500件,其中派发承办单位工单\n5,330件,热线直接办结3,170件。\n\n二、办理情况\n\n"
            "派发工单中,承办单位按时签收5,320件,签收率99.8%;\n办结5,200件,办结率97.6%。")
    assert fails(tmp_path, text) == []
    assert all(den != 5320 for _, den, _ in ratios_of(tmp_path, text, 97.6))


# --- a per-capita rate after a 分别 list of two years ----------------------------------------------
# "2022年、2023年全市信访总量分别为5,120件次、4,800件次…其中…网上信访2,500件次…每万人信访量80.0件次":
# the latest year's figure of a list of years is the report's year's whole, what the rate counts --
# not the last kind of its 其中 list.
YEARS = ("2022年、2023年全市信访总量分别为5,120件次、4,800件次，2023年同比下降6.3%。其中来信600件次、"
         "来访1,700件次、网上信访2,500件次。全市常住人口60.0万人，每万人信访量80.0件次。")


def test_per_capita_of_the_latest_year_of_a_year_list(tmp_path):
    assert fails(tmp_path, YEARS) == []
    assert [(float(ops["numerator"]), status) for rule, status, ops in checks(tmp_path, YEARS)
            if rule == "ratio.per_capita"] == [(4800, "pass")]
    planted = YEARS.replace("80.0件次。", "83.0件次。")
    assert [float(ops["numerator"]) for rule, ops in fails(tmp_path, planted) if rule == "ratio.per_capita"] == [4800]


# --- a share of a bare scope: "占全县的25.0%" ---------------------------------------------------------
# Base words naming only a scope (全县, 本市) name no measure: the share is of the scope's figure of the
# part's own measure (行政处罚), not of the first figure of another measure (行政许可) in the scope.
SCOPE = ("2023年，全县行政许可2.4万件，行政处罚6,000件，罚没款8,000.0万元，同比下降5.0%。县直部门被申请行政复议"
         "120件，被纠错18件，纠错率15.0%。其中县市场监管局行政处罚1,500件，占全县的25.0%；县生态环境局罚没款"
         "2,000.0万元，占全县罚没款的25.0%。")


def test_share_of_a_bare_scope_is_of_the_parts_measure(tmp_path):
    assert fails(tmp_path, SCOPE) == []
    assert (1500, 6000, "pass") in ratios_of(tmp_path, SCOPE, 25.0)
    planted = SCOPE.replace("占全县的25.0%", "占全县的28.0%")
    assert [float(ops["denominator"]) for rule, ops in fails(tmp_path, planted) if rule == "ratio.share"] == [6000]


# --- two breakdowns of one whole, one after the other -----------------------------------------------
# "线下…,线上…;区级…,镇街…" of one total: two ways of breaking it down, each adding up; the four
# together are no list of its parts (they add up to twice the whole).
def test_two_breakdowns_of_one_whole_are_no_single_list(tmp_path):
    text = ("2024年，全区政务服务好差评系统共收到评价32.50万条。从评价渠道看，线下窗口评价20.10万条，线上评价"
            "12.40万条；区级窗口评价22.30万条，镇街评价10.20万条。")
    assert fails(tmp_path, text) == []


# --- shares of one base from two lists adding to 100 by chance ----------------------------------------
# "个体工商户3,000件,中小微企业2,460件,规上企业540件。个体工商户、中小微企业分别占50.0%、41.0%。拖欠账款
# 占9.0%": the list of the first two shares goes on (规上企业) with no share: the shares are not all of it.
def test_a_list_that_goes_on_past_the_shared_parts():
    from toolkit.load import Document
    from toolkit.normalize import normalize
    from toolkit.quantities import find_quantities
    from toolkit.relations.share_lists import list_goes_on
    from toolkit.relations.structure import _Doc

    text = ("按诉求类型分:政务服务2,400件,拖欠账款540件,其他3,060件。按企业类型分:个体工商户3,000件,中小微企业"
            "2,460件,规上企业540件。")
    t = normalize(Document("x.txt", text, "txt", "utf-8", "", 0))
    d = _Doc(t, find_quantities(t), [])
    assert [float(q.value) for q in d.qs] == [2400, 540, 3060, 3000, 2460, 540]
    assert list_goes_on(d, [d.qs[1], d.qs[3], d.qs[4]])  # (拖欠账款 of the first list; 规上企业 left out)
    assert not list_goes_on(d, [d.qs[3], d.qs[4], d.qs[5]])  # the whole 企业类型 list
    assert not list_goes_on(d, [d.qs[0], d.qs[1], d.qs[2]])


# --- 外出 and 本地 workers are all of them --------------------------------------------------------------
# "农民工总量…其中外出农民工…,本地农民工…": the two kinds are complements (catalog/complements.yaml), the
# list is complete by its words, and a shortfall is an error, not a kind left out.
@pytest.mark.parametrize(("local", "status"), [("15.20", "pass"), ("15.10", "fail")])
def test_migrant_workers_away_and_local_are_all_of_them(tmp_path, local, status):
    text = f"2024年全市农民工总量36.50万人，比上年增加1.20万人，增长3.4%。其中外出农民工21.30万人，本地农民工{local}万人。"
    assert [st for rule, st, ops in checks(tmp_path, text) if rule == "sum.breakdown"] == [status]
