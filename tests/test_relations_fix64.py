"""Session 25, fix64: readings of unseen33's false alarms, on project sentences.

* Kinds printed under a row with the indent lost ("税收收入" over its 税种, then "非税收入", "合计") are
  found by the columns that add up; a column of bare rates or changes ("完成预算(%)", "同比(%)") is
  no evidence against them (table_nesting.kinds_under_a_row).
* Shares of one whole adding up to 200 are two breakdowns of it (城镇/乡村 then 男性/女性), each summed
  on its own (table_nesting.share_breakdowns).
* A figure of what is left ("尚有16个问题正在整改") is no restatement of a table's total (table_totals).
* A planned figure ("收入预期…") is no restatement of an achieved one ("收入完成…") (statement_years).
* A prose figure after a period ("1-8月,…") restates the row's cell in that period's column first
  (cell_measures.cell_of_period).
"""

from __future__ import annotations

from helpers import audit_text


def checks(tmp_path, text: str, rule: str) -> list:
    suffix = ".html" if "<table>" in text else ".md" if "| --- |" in text else ".txt"
    return [c for c in audit_text(tmp_path, text, suffix) if c.rule == rule]


def sums(tmp_path, text: str, rule: str) -> list[tuple]:
    return [(c.operands["total"], tuple(c.operands["parts"]), c.status) for c in checks(tmp_path, text, rule)]


# -- kinds under a row, in a table with columns of rates -------------------------------------------------

_KINDS = """上半年财政收入分项目完成情况如下:

项目\t年度预算(万元)\t1-6月执行(万元)\t执行进度(%)\t增减(%)
经营收入\t3,000\t1,600\t53.3\t4.1
门票\t1,200\t700\t58.3\t6.0
餐饮\t1,000\t500\t50.0\t-2.0
住宿\t800\t400\t50.0\t3.5
其他收入\t500\t240\t48.0\t-9.3
合计\t3,500\t1,840\t52.6\t2.8

以上数据为快报数。
"""


def test_kinds_under_a_row_with_rate_columns_are_not_summed_with_it(tmp_path) -> None:
    found = sums(tmp_path, _KINDS, "sum.table_total")
    assert (1840, (1600, 240), "pass") in found
    assert (3500, (3000, 500), "pass") in found
    assert not [f for f in found if f[2] == "fail"]


def test_kinds_under_a_row_still_fail_when_the_total_is_wrong(tmp_path) -> None:
    found = sums(tmp_path, _KINDS.replace("合计\t3,500\t1,840", "合计\t3,500\t1,940"), "sum.table_total")
    assert [f for f in found if f[0] == 1940 and f[2] == "fail"]
    assert (3500, (3000, 500), "pass") in found


# -- two breakdowns of one whole by their shares ---------------------------------------------------------

_TWO_BREAKDOWNS = """| 指标 | 人数(人) | 占比(%) |
| --- | --- | --- |
| 从业人员 | 2,000 | 100.0 |
| 　本地 | 1,200 | 60.0 |
| 　外地 | 800 | 40.0 |
| 　男 | 1,100 | 55.0 |
| 　女 | 900 | 45.0 |
"""


def test_shares_adding_up_to_two_wholes_are_two_breakdowns(tmp_path) -> None:
    found = sums(tmp_path, "某园区从业人员构成如下:\n\n" + _TWO_BREAKDOWNS, "sum.table_group")
    assert sorted(found) == [(2000, (1100, 900), "pass"), (2000, (1200, 800), "pass")]


def test_one_breakdown_of_two_that_does_not_add_up_fails(tmp_path) -> None:
    text = "某园区从业人员构成如下:\n\n" + _TWO_BREAKDOWNS.replace("| 　女 | 900 |", "| 　女 | 990 |")
    found = sums(tmp_path, text, "sum.table_group")
    assert (2000, (1200, 800), "pass") in found
    assert (2000, (1100, 990), "fail") in found


def test_shares_past_one_whole_that_split_into_no_breakdowns_are_left(tmp_path) -> None:
    text = "某园区从业人员构成如下:\n\n" + _TWO_BREAKDOWNS.replace("| 800 | 40.0 |", "| 800 | 45.0 |")
    assert not [f for f in sums(tmp_path, text, "sum.table_group") if f[2] == "fail"]


# -- what is left of a table's total is no restatement of it --------------------------------------------

_LEFT = """<p>截至年底已整改50个,尚有10个问题正在整改。</p>

<table>
<tr><th>类别</th><th>问题数(个)</th><th>已整改(个)</th></tr>
<tr><td>财政管理</td><td>25</td><td>21</td></tr>
<tr><td>专项资金</td><td>35</td><td>29</td></tr>
<tr><td>合计</td><td>60</td><td>50</td></tr>
</table>
"""


def test_a_remainder_is_no_restatement_of_the_total(tmp_path) -> None:
    found = [(tuple(c.operands["values"]), c.status) for c in checks(tmp_path, _LEFT, "equal.table_total")]
    assert not [f for f in found if 10 in f[0]]
    assert not [f for f in found if f[1] == "fail"]
    # the whole stated so is the total's restatement: checked
    text = _LEFT.replace("截至年底", "审计共发现问题66个,截至年底")
    found = [(tuple(c.operands["values"]), c.status) for c in checks(tmp_path, text, "equal.table_total")]
    assert ((66, 60), "fail") in found


# -- a plan is no restatement of what was done ----------------------------------------------------------

_PLAN = """一、2023年执行情况

全县一般公共预算收入完成52,000万元,增长4.0%。

二、2024年预算安排

全县一般公共预算收入预期55,000万元,增长5.8%。
"""


def test_a_planned_figure_is_no_restatement_of_the_outturn(tmp_path) -> None:
    assert not checks(tmp_path, _PLAN, "equal.restated")


def test_one_outturn_stated_twice_still_fails(tmp_path) -> None:
    text = _PLAN.replace("二、2024年预算安排", "二、收入分析").replace("收入预期55,000万元,增长5.8%", "收入完成55,000万元")
    found = [(tuple(c.operands["values"]), c.status) for c in checks(tmp_path, text, "equal.restated")]
    assert found == [((52000, 55000), "fail")]


# -- the cell of the period the prose names --------------------------------------------------------------

_PERIODS = """<table>
<tr><th>指标</th><th>8月</th><th>1-7月</th><th>1-8月</th><th>1-8月同比(%)</th></tr>
<tr><td>一般公共预算收入(万元)</td><td>2,100</td><td>14,300</td><td>16,400</td><td>3.9</td></tr>
<tr><td>　税收收入(万元)</td><td>1,250</td><td>8,400</td><td>9,650</td><td>6.2</td></tr>
<tr><td>　非税收入(万元)</td><td>850</td><td>5,900</td><td>6,750</td><td>0.4</td></tr>
</table>

<p>1-8月,全县一般公共预算收入16,400万元,同比增长3.9%。其中税收收入9,560万元,同比增长6.2%。</p>
"""


def test_a_prose_figure_restates_the_cell_of_its_period(tmp_path) -> None:
    found = [(tuple(c.operands["values"]), c.status) for c in checks(tmp_path, _PERIODS, "equal.restated")]
    assert [f for f in found if 9560 in f[0]] == [((9650, 9560), "fail")]
    text = _PERIODS.replace("9,560万元", "9,650万元")
    found = [(tuple(c.operands["values"]), c.status) for c in checks(tmp_path, text, "equal.restated")]
    assert [f for f in found if 9650 in f[0]] == [((9650, 9650), "pass")]


# -- a table's total restated in the paragraph that introduces it (table_totals, table_intros) ---------

_AUDITED = """<p>审计工作报告反映问题60个,截至10月底已整改52个,整改率86.7%,金额整改率80.0%。分类情况如下:</p>
<table>
<tr><th>类别</th><th>问题数(个)</th><th>已整改(个)</th><th>整改率(%)</th></tr>
<tr><td>预算执行</td><td>26</td><td>23</td><td>88.5</td></tr>
<tr><td>专项资金</td><td>34</td><td>29</td><td>85.3</td></tr>
<tr><td>合计</td><td>60</td><td>52</td><td>86.7</td></tr>
</table>
"""


def totals(tmp_path, text: str) -> list[tuple]:
    return [(tuple(c.operands["values"]), c.status) for c in checks(tmp_path, text, "equal.table_total")]


def test_a_figure_of_the_introducing_paragraph_is_timed_by_its_own_sentence(tmp_path) -> None:
    # (the paragraph is read as the table's caption: its 截至 times 52, not the 60 before it)
    found = totals(tmp_path, _AUDITED)
    assert ((60, 60), "pass") in found and ((52, 52), "pass") in found
    assert ((66, 60), "fail") in totals(tmp_path, _AUDITED.replace("问题60个", "问题66个"))


def test_a_rate_qualified_by_another_measure_is_not_the_columns_rate(tmp_path) -> None:
    found = totals(tmp_path, _AUDITED)
    assert not [f for f in found if 80 in f[0]]
    assert ((86.7, 86.7), "pass") in [((float(a), float(b)), s) for (a, b), s in found]
    # (金额整改率 alone, the column's 整改率 of counts unstated: still no restatement of it)
    text = _AUDITED.replace("截至10月底已整改52个,整改率86.7%,", "已整改52个,")
    assert not [f for f in totals(tmp_path, text) if 80 in f[0]]
    # the rate named as the column names it is its restatement: checked
    text = _AUDITED.replace("截至10月底已整改52个,整改率86.7%,金额整改率80.0%", "已整改52个,整改率88.7%")
    assert [f for f in totals(tmp_path, text) if f[1] == "fail"]


_FINAL = """关于某区2023年区级决算的报告

区级一般公共预算收入决算数为8,200万元,完成调整预算8,000万元的102.5%。

区级一般公共预算支出决算数为10,000万元,完成调整预算10,500万元的95.2%。分功能科目情况如下表:

| 项目 | 调整预算数(万元) | 决算数(万元) | 完成预算(%) |
| --- | --- | --- | --- |
| 教育支出 | 4,000 | 3,900 | 97.5 |
| 农林水支出 | 3,500 | 3,300 | 94.3 |
| 其他支出 | 3,000 | 2,800 | 93.3 |
| 合计 | 10,500 | 10,000 | 95.2 |
"""


def test_the_introducing_paragraph_states_the_whole_of_a_level_the_title_names(tmp_path) -> None:
    # (区级: the report's own scope by its title; the paragraph introducing the table states its whole,
    # the revenue's 决算数 of the paragraph before is another)
    found = totals(tmp_path, _FINAL)
    assert ((10000, 10000), "pass") in found and ((10500, 10500), "pass") in found
    found = totals(tmp_path, _FINAL.replace("决算数为10,000万元", "决算数为10,600万元"))
    assert ((10600, 10000), "fail") in found
    assert not [f for f in found if 8200 in f[0] or 8000 in f[0]]


_HALF = """<p>上半年,全县一般公共预算支出6,000万元,完成年初预算12,500万元的48.0%。各功能科目支出情况如下:</p>
<table>
<tr><th>功能科目</th><th>年初预算(万元)</th><th>1-6月(万元)</th><th>完成预算(%)</th></tr>
<tr><td>教育</td><td>5,000</td><td>2,600</td><td>52.0</td></tr>
<tr><td>卫生健康</td><td>3,500</td><td>1,500</td><td>42.9</td></tr>
<tr><td>其他</td><td>4,000</td><td>1,900</td><td>47.5</td></tr>
<tr><td>合计</td><td>12,500</td><td>6,000</td><td>48.0</td></tr>
</table>
"""


def test_a_column_of_the_reports_period_is_the_introductions_whole(tmp_path) -> None:
    assert ((6000, 6000), "pass") in totals(tmp_path, _HALF)
    # (12,500 restates the 年初预算 column's total: 6,100 is the one figure left to state the period's)
    assert ((6100, 6000), "fail") in totals(tmp_path, _HALF.replace("支出6,000万元", "支出6,100万元"))


# -- points against a period whose rate is printed in brackets after them (points) ---------------------

def points(tmp_path, text: str) -> list[tuple]:
    return [(c.operands["total"], tuple(c.operands["parts"]), c.status) for c in checks(tmp_path, text, "sum.points")]


def test_points_against_the_rate_in_brackets_after_them(tmp_path) -> None:
    text = "1-8月,全县限额以上消费品零售额同比增长6.3%,增速比1-7月加快0.5个百分点(1-7月增长5.8%)。"
    assert points(tmp_path, text) == [(6.3, (5.8, 0.5), "pass")]
    assert points(tmp_path, text.replace("加快0.5", "加快0.7")) == [(6.3, (5.8, 0.7), "fail")]
    text = "民生支出占一般公共预算支出的78.4%,比上年同期下降1.2个百分点(上年同期为79.6%)。"
    assert points(tmp_path, text) == [(79.6, (78.4, 1.2), "pass")]
    assert points(tmp_path, text.replace("79.6%", "80.6%")) == [(80.6, (78.4, 1.2), "fail")]


def test_points_against_another_period_than_the_bracket_names_are_left(tmp_path) -> None:
    # (the brackets print another period's rate than the one compared with: no reading)
    text = "1-8月,全县限额以上消费品零售额同比增长6.3%,增速比上半年加快0.5个百分点(1-7月增长5.8%)。"
    assert points(tmp_path, text) == []
    # a growth that fell, printed bare: no reading by its figure
    text = "1-8月,全县商品房销售面积同比下降6.3%,降幅比1-7月收窄0.5个百分点(1-7月下降6.8%)。"
    assert not [p for p in points(tmp_path, text) if p[2] == "fail"]


def test_points_against_a_rate_in_brackets_after_its_period(tmp_path) -> None:
    text = "高新技术产业增加值占规模以上工业的比重为41.6%,比上年同期(39.8%)提高1.8个百分点。"
    assert points(tmp_path, text) == [(41.6, (39.8, 1.8), "pass")]
    assert points(tmp_path, text.replace("提高1.8", "提高2.8")) == [(41.6, (39.8, 2.8), "fail")]


# -- a target set for the year, named after its threshold (targets; 年初 before a figure) ---------------

def bounds(tmp_path, text: str) -> list[tuple]:
    return [(c.operands["smaller"], c.operands["larger"], c.status) for c in checks(tmp_path, text, "bound.target")]


def test_a_target_set_for_the_year_named_after_its_threshold(tmp_path) -> None:
    text = "全年全县固定资产投资增长8.6%,高于年初8.0%的预期目标。"
    assert bounds(tmp_path, text) == [(8, 8.6, "pass")]
    assert bounds(tmp_path, text.replace("增长8.6%", "增长7.6%")) == [(8, 7.6, "fail")]
    text = "全年城镇新增就业6,480人,超过全年6,000人的目标任务。"
    assert bounds(tmp_path, text) == [(6000, 6480, "pass")]
