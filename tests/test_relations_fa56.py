"""False alarms and a wrong status found on consistent texts written blind to the engine (session 23,
helper fa56: 统计公报, 预算执行, 部门决算, 政府信息公开, 抽检 quarterlies, 教育公报). Each rule is a statement
about how Chinese reports state figures, tested on project sentences, with a variant whose arithmetic is
broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def rules(tmp_path, text: str, suffix: str = ".txt") -> list[tuple[str, str]]:
    """(rule, status) of every check of ``text``."""
    return [(c.rule, c.status) for c in audit_text(tmp_path, text, suffix)]


# --- "X,完成年度预算Y的N%,其中A…,占M%": the budget measured against is no whole the 其中 breaks down ---

_BUDGET = "全县一般公共预算收入32.40亿元,完成年度预算40.0亿元的81.0%,其中税收收入24.30亿元,占{p}%。"


def test_a_budget_measured_against_is_no_whole_of_the_breakdown(tmp_path) -> None:
    assert failing(tmp_path, _BUDGET.format(p="75.0")) == []
    assert ("ratio.share", "pass") in rules(tmp_path, _BUDGET.format(p="75.0"))
    # the share of the revenue misprinted still fails
    assert failing(tmp_path, _BUDGET.format(p="65.0"))


# --- "上年收到申请25件、办结24件": the next figure of a 上年 clause is last year's too ---

_LAST_YEAR = """## 一、总体情况

本年共收到政府信息公开申请30件,上年结转2件。合计办结{closed}件,结转下年度2件。{last}本年收到申请数比上年增长20.0%。

## 三、收到和处理政府信息公开申请情况

| 项目 | 自然人 | 商业企业 | 总计 |
|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 28 | 2 | 30 |
| 二、上年结转政府信息公开申请数量 | 2 | 0 | 2 |
| （一）予以公开 | 10 | 1 | 11 |
| （二）部分公开 | 5 | 0 | 5 |
| （三）不予公开 | 4 | 0 | 4 |
| （四）无法提供 | 7 | 1 | 8 |
| （五）不予处理 | 2 | 0 | 2 |
| （六）其他处理 | 0 | 0 | 0 |
| （七）总计 | 28 | 2 | 30 |
| 四、结转下年度继续办理 | 2 | 0 | 2 |
"""


def test_a_last_year_clause_goes_on_with_another_verb(tmp_path) -> None:
    text = _LAST_YEAR.format(closed="30", last="上年收到申请25件、办结24件,")
    assert failing(tmp_path, text, ".md") == []
    # this year's closing misprinted still fails against the table's 总计
    assert failing(tmp_path, _LAST_YEAR.format(closed="29", last="上年收到申请25件、办结24件,"), ".md")


# --- "支出总计…,其中本年支出…、年末结转和结余…": the balance carried out is inside the spending total ---

_ACCOUNT = ("2023年度收入总计5,000.00万元,其中本年收入合计4,800.00万元、年初结转和结余200.00万元;"
            "支出总计5,000.00万元,其中本年支出合计4,700.00万元、年末结转和结余{c}万元。")


def test_a_balance_listed_under_the_spending_total_is_a_part_of_it(tmp_path) -> None:
    assert failing(tmp_path, _ACCOUNT.format(c="300.00")) == []
    # the spending total's breakdown misprinted still fails
    assert failing(tmp_path, _ACCOUNT.format(c="350.00"))
    # printed after the spending total with no 其中, the balance carried out is left out of it
    apart = "收入总计62.31亿元;支出总计60.85亿元。收支相抵,结转下年支出{c}亿元。"
    assert failing(tmp_path, apart.format(c="1.46")) == []
    assert failing(tmp_path, apart.format(c="1.64"))
    # a 其中 breaking the spending total down in its own sentence leaves the balance after it out
    split = ("收入总计5,000.00万元。支出总计4,700.00万元,其中基本支出3,000.00万元,项目支出1,700.00万元。"
             "收支相抵,年末结转和结余{c}万元。")
    assert ("sum.account_totals", "pass") in rules(tmp_path, split.format(c="300.00"))
    assert failing(tmp_path, split.format(c="350.00"))


# --- "…累计完成全年任务X的N%": what is done so far is the 累计 figure, not the last period listed ---

_CUMULATIVE = ("1-6月累计检查企业2,000家次,一季度、二季度分别检查900家次、1,100家次,"
               "累计完成全年检查任务5,000家次的{p}%。")


def test_cumulative_completion_is_of_the_cumulative_figure(tmp_path) -> None:
    assert failing(tmp_path, _CUMULATIVE.format(p="40.0")) == []
    assert ("ratio.target", "pass") in rules(tmp_path, _CUMULATIVE.format(p="40.0"))
    assert failing(tmp_path, _CUMULATIVE.format(p="45.0"))


# --- "大班额(56人以上)比例…": a bound in brackets defines a class, it counts nothing ---

_THRESHOLD = ("全县中小学在校生52,000人,其中小学36,000人、初中16,000人。"
              "全县小学、初中大班额(56人以上)比例均降至1.0%以下。")


def test_a_bracketed_threshold_is_no_numerator(tmp_path) -> None:
    assert failing(tmp_path, _THRESHOLD) == []
    # a count in the same place is still a part with its share
    counted = "全县中小学在校生52,000人,其中大班额学生(共520人)占{p}%。"
    assert failing(tmp_path, counted.format(p="1.0")) == []


# --- "年末数|比年初增加(亿元)|比年初增长(%)": the percent is of the level less the printed change ---

_DELTA_TABLE = """| 指标 | 年末数(亿元) | 比年初增加(亿元) | 比年初增长(%) |
| --- | --- | --- | --- |
| 各项存款余额 | 2,400.00 | 200.00 | 9.1 |
| 其中:住户存款 | 1,500.00 | 100.00 | {p} |
"""


def test_a_delta_column_gives_the_previous_level(tmp_path) -> None:
    assert failing(tmp_path, _DELTA_TABLE.format(p="7.1"), ".md") == []
    # 100 over 1,400 is 7.1%: a percent that some implied previous level would give still fails
    assert failing(tmp_path, _DELTA_TABLE.format(p="6.5"), ".md")
    # a value added's column ("增加值(亿元)") is a level, no change beside it
    added = _DELTA_TABLE.replace("年末数(亿元) | 比年初增加(亿元)", "增加值(亿元) | 比重(%)")
    assert ("change.table", "pass") in rules(tmp_path, added.format(p="6.5"), ".md")


# --- "季度|当季|累计": each row's 累计 is the row above's 累计 plus its own period's figure ---

_RUNNING = """| 季度 | 当季(亿元) | 累计(亿元) |
| --- | --- | --- |
| 一季度 | 100.50 | 100.50 |
| 二季度 | 120.25 | 220.75 |
| 三季度 | 130.00 | {c} |
"""


def test_running_total_rows(tmp_path) -> None:
    checks = rules(tmp_path, _RUNNING.format(c="350.75"), ".md")
    assert ("sum.period_columns", "pass") in checks and ("equal.running_first", "pass") in checks
    assert failing(tmp_path, _RUNNING.format(c="350.75"), ".md") == []
    assert failing(tmp_path, _RUNNING.format(c="350.57"), ".md")
    # rows that add up in no row are no running totals (rates printed without %)
    rates = _RUNNING.replace("当季(亿元)", "当季").format(c="9.9").replace("100.50 | 100.50", "5.1 | 5.1")
    assert not [r for r, _ in rules(tmp_path, rates, ".md") if r == "sum.period_columns"]


# --- "分季度看,一季度发生事故12起、死亡14人" over a month table: the column counted as the figure is,
# and a figure listed after the first shares its period ---

_MONTHS = """上半年全县共发生生产安全事故30起、死亡33人。分月情况如下:

月份　事故起数(起)　死亡人数(人)　直接经济损失(万元)
1月  4  5  60.2
2月  3  3  40.1
3月  5  6  80.0
4月  6  6  90.5
5月  5  6  70.3
6月  7  7  99.9
上半年  30  33  441.0

分季度看,一季度发生事故12起、死亡{d}人;二季度发生事故18起、死亡19人。
"""


def test_quarters_in_prose_over_a_month_table_by_unit(tmp_path) -> None:
    checks = rules(tmp_path, _MONTHS.format(d="14"))
    assert checks.count(("sum.period_rows", "pass")) == 4
    assert failing(tmp_path, _MONTHS.format(d="14")) == []
    assert failing(tmp_path, _MONTHS.format(d="15"))


def test_running_total_rows_under_a_paragraph_with_a_growth(tmp_path) -> None:
    # (the paragraph before the table prints a growth of its own; the table's title is its last sentence)
    text = "前三季度全县生产总值350.75亿元,同比增长5.3%。分季度情况见下表。\n\n" + _RUNNING
    assert ("sum.period_columns", "pass") in rules(tmp_path, text.format(c="350.75"), ".md")
    assert failing(tmp_path, text.format(c="350.57"), ".md")
