"""Relations stated by meaning as other authors state them (session 19, model19): an overview's
total restated by the 合计 row of a table in a later section; what was done to a backlog within
the backlog; households no more than the people in them. Project sentences."""

from __future__ import annotations

import pytest
from helpers import audit_text


def checks(tmp_path, text: str, rule: str, suffix: str = ".txt") -> list[tuple]:
    out = []
    for c in audit_text(tmp_path, text, suffix):
        if c.rule != rule:
            continue
        ops = c.operands
        vals = sorted(ops["values"]) if ops.get("values") else [ops.get("smaller"), ops.get("larger")]
        out.append((*(float(v) for v in vals), c.status))
    return sorted(out)


# --- an overview's total, the 合计 row of a table after a heading ------------------------------

_MD = "| {h} | {m}（件） | 占比（%） |\n| --- | --- | --- |\n| 甲类 | {a} | {pa} |\n| 乙类 | {b} | {pb} |\n| 合计 | {t} | 100.0 |\n"


def _md(measure: str, a: int, b: int, total: int, head: str = "类别") -> str:
    pa, pb = round(100 * a / (a + b), 1), round(100 * b / (a + b), 1)
    return _MD.format(h=head, m=measure, a=a, b=b, t=total, pa=pa, pb=pb)


@pytest.mark.parametrize(("text", "values"), [
    # the measure named by its verb alone, the table under a section heading
    ("一、总体情况\n全年依法受理行政复议申请312件，同比增长5.1%。\n二、分类情况\n" + _md("受理", 200, 112, 312),
     (312, 312)),
    ("## 一、基本情况\n\n受理286件，审结270件，结转下年16件。\n\n## 二、按被申请人分\n\n"
     + _md("审结", 150, 120, 270, "被申请人"), (270, 270)),
    ("一、收案情况\n本年度共办结群众信访事项1,046件。\n二、各乡镇办理情况\n"
     + _md("办结", 600, 446, 1046, "乡镇"), (1046, 1046)),
    ("一、执法情况\n全年立案查处各类案件518起。\n三、分领域情况\n"
     + _md("立案", 300, 218, 518, "领域").replace("（件）", "（起）"), (518, 518)),
    ("一、总体情况\n复议机关审结案件中，维持164件。\n二、按案件类别统计\n"
     + _md("维持", 100, 64, 164), (164, 164)),
    # plain text tables (full-width spaces), the heading numbered otherwise
    ("第一部分 总体情况\n全年受理投诉举报2,430件，办结2,398件。\n第二部分 分区情况\n区县　受理（件）　办结（件）\n"
     "东区  1,230  1,210\n西区  1,200  1,188\n合计  2,430  2,398\n", (2398, 2398)),
    # html, the heading a paragraph of its own
    ("<p>一、总体情况</p><p>全年共受理诉求8,216件，办结8,104件。</p><p>二、各承办单位情况</p><table>"
     "<tr><th>承办单位</th><th>受理（件）</th></tr><tr><td>甲局</td><td>5,000</td></tr>"
     "<tr><td>乙局</td><td>3,216</td></tr><tr><td>合计</td><td>8,216</td></tr></table>", (8216, 8216)),
])
def test_an_overview_total_restated_by_a_later_sections_total_row(tmp_path, text, values) -> None:
    suffix = ".html" if text.startswith("<p>") else ".txt" if "　" in text else ".md"
    assert (*map(float, values), "pass") in checks(tmp_path, text, "equal.table_total", suffix)


@pytest.mark.parametrize(("text", "values"), [
    # one misprint apart (digits swapped, one digit off): the same whole printed twice, once wrong
    ("一、总体情况\n全年依法受理行政复议申请321件。\n二、分类情况\n" + _md("受理", 200, 112, 312), (321, 312)),
    ("## 一、基本情况\n\n受理286件，审结280件。\n\n## 二、按被申请人分\n\n" + _md("审结", 150, 120, 270, "被申请人"),
     (280, 270)),
])
def test_a_misprinted_overview_total_fails(tmp_path, text, values) -> None:
    assert (*sorted(map(float, values)), "fail") in checks(tmp_path, text, "equal.table_total", ".md")


@pytest.mark.parametrize("text", [
    # across a heading, a short measure that does not agree: maybe another set (受理 of 举报, not 复议)
    "一、总体情况\n全年受理投诉举报590件。\n二、行政复议情况\n" + _md("受理", 200, 112, 312),
    # a narrower set than the column's whole (其中城区)
    "一、总体情况\n其中城区受理310件。\n二、分类情况\n" + _md("受理", 200, 112, 312),
    # another period
    "一、总体情况\n上半年受理150件。\n二、分类情况\n" + _md("受理", 200, 112, 312),
])
def test_no_total_row_equality_across_a_heading_without_agreement(tmp_path, text) -> None:
    assert [c for c in checks(tmp_path, text, "equal.table_total", ".md") if c[-1] == "fail"] == []


# --- a backlog and what was done to it -----------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("全年排查信访积案85件，已化解79件。", (79, 85)),
    ("全年排查信访积案64件，化解58件，化解率90.6%。", (58, 64)),
    ("梳理信访积案56件，已化解销号50件。", (50, 56)),
    ("摸排信访积案30件，化解27件。", (27, 30)),
    ("排查出信访积案85件，截至年底化解79件。", (79, 85)),
    ("信访积案化解方面，排查积案85件，化解79件，化解率92.9%。", (79, 85)),
    ("全年排查存量矛盾纠纷312件，化解298件。", (298, 312)),
    ("交办信访积案120件，已办结113件。", (113, 120)),
])
def test_what_was_done_to_a_backlog_is_within_it(tmp_path, text, pair) -> None:
    assert (*map(float, pair), "pass") in checks(tmp_path, text, "bound.stage")


@pytest.mark.parametrize(("text", "pair"), [
    ("全年排查信访积案85件，已化解89件。", (89, 85)),
    ("梳理信访积案56件，已化解销号65件。", (65, 56)),
])
def test_more_settled_than_the_backlog_fails(tmp_path, text, pair) -> None:
    assert (*map(float, pair), "fail") in checks(tmp_path, text, "bound.stage")


@pytest.mark.parametrize("text", [
    # a kind of the backlog found, closed in part: no part of what was settled
    "全年排查信访积案47件，已化解41件；其中历年积案28件，化解24件。",
    # the backlog named by the later figure only: this year's intake is no bound on it
    "全年受理信访事项1,200件，化解信访积案85件。",
    # older work held by the intake, said apart from the backlog
    "受理信访事项300件，上年结转积案40件，办结320件。",
])
def test_no_backlog_bound_where_older_work_is_outside_the_larger(tmp_path, text) -> None:
    assert [c for c in checks(tmp_path, text, "bound.stage") if c[-1] == "fail"] == []


# --- households and the people in them -----------------------------------------------------------

@pytest.mark.parametrize(("text", "pairs"), [
    ("全镇纳入农村低保的有412户、896人。", [(412, 896)]),
    ("年末享受最低生活保障612户1,037人，其中城镇48户79人，农村564户958人。", [(48, 79), (564, 958), (612, 1037)]),
    ("公示低保对象四百六十二户八百九十一人。", [(462, 891)]),
    ("完成易地扶贫搬迁312户（1,046人）。", [(312, 1046)]),
    ("走访慰问困难群众共计120户、计356人。", [(120, 356)]),
    ("征收涉及农户1,236户3,512人。", [(1236, 3512)]),
    ("搬迁群众1,200户5,000余人。", [(1200, 5000)]),
    ("截至年底，全县共有城乡低保对象3,216户，5,874人。", [(3216, 5874)]),
])
def test_households_are_no_more_than_their_people(tmp_path, text, pairs) -> None:
    assert checks(tmp_path, text, "bound.households") == [(*map(float, p), "pass") for p in pairs]


def test_more_households_than_people_fails(tmp_path) -> None:
    assert checks(tmp_path, "全镇特困供养对象63户、58人。", "bound.households") == [(63.0, 58.0, "fail")]


@pytest.mark.parametrize("text", [
    "低保对象比上年减少12户、5人。",  # two deltas
    "临时救助187户次、526人次。",  # visits, not members
    "新登记个体工商户1,200户，从业人员860人。",  # another set named between
    "帮扶脱贫户300户，派驻帮扶干部120人。",
])
def test_no_household_bound_without_one_set(tmp_path, text) -> None:
    assert checks(tmp_path, text, "bound.households") == []


# --- a month within the year to date -------------------------------------------------------------

@pytest.mark.parametrize(("text", "pairs"), [
    ("10月，全区发生生产安全事故3起、死亡3人。1-10月，全区累计发生生产安全事故27起、死亡24人。",
     [(3, 27), (3, 24)]),
    ("1-5月，全市实现社会消费品零售总额317.46亿元，同比下降8.7%。5月份实现社会消费品零售总额71.38亿元。",
     [(71.38, 317.46)]),
    ("前三季度，全市进出口总额52.64亿元。9月份，全市进出口总额6.1亿元。", [(6.1, 52.64)]),
    ("1-6月，规模以上工业增加值123.5亿元。6月当月，规模以上工业增加值25.2亿元。", [(25.2, 123.5)]),
    ("三季度受理诉求2,917件；1-9月累计受理诉求8,624件。", [(2917, 8624)]),
    ("1月份受理工单1,200件，1-3月累计受理工单3,100件，2月份受理工单900件。", [(900, 3100), (1200, 3100)]),
    ("1至8月，全县办理不动产登记12,416件。8月办理不动产登记1,702件。", [(1702, 12416)]),
])
def test_a_month_is_within_the_year_to_date(tmp_path, text, pairs) -> None:
    assert checks(tmp_path, text, "bound.to_date") == sorted((*map(float, p), "pass") for p in pairs)


def test_a_month_larger_than_the_year_to_date_fails(tmp_path) -> None:
    text = "1-10月，全区累计发生生产安全事故27起。10月，全区发生生产安全事故31起。"
    assert checks(tmp_path, text, "bound.to_date") == [(31.0, 27.0, "fail")]


@pytest.mark.parametrize("text", [
    "1-5月，全市规模以上工业企业实现利润12.3亿元。5月份实现利润13.1亿元。",  # may be negative: a loss
    "5月末，全市存款余额1,200亿元。1-5月，全市新增存款80亿元。",  # a stock
    "2023年1-10月累计发生生产安全事故27起。2024年10月发生生产安全事故31起。",  # another year
    "1-4月受理工单3,100件。5月份受理工单3,400件。",  # a month outside the range
])
def test_no_year_to_date_bound_without_one_sum(tmp_path, text) -> None:
    assert checks(tmp_path, text, "bound.to_date") == []
