"""Session 22, helper fa52: the false alarms and misses of unseen27 -- a closing of other work beside
the application table, a plan figure inside a breakdown, the set an item of a 分别 list names, a
closing column beside an intake column. Project sentences, written for these tests."""

from __future__ import annotations

import pytest
from helpers import audit_text, operands_of

found = operands_of  # (operands by the kind's roles, status)


def rules(tmp_path, text: str, rule: str, suffix: str = ".txt") -> list[tuple]:
    """(status, operands) of every check of ``rule``."""
    return [(c.status, c.operands) for c in audit_text(tmp_path, text, suffix) if c.rule == rule]


# 1. A sentence about other work than requests (投诉, 咨询, 来电) gives its own closing ("受理群众投诉
# 64件,办结60件"): that figure is no restatement of the application table's total of outcomes. A
# closing of requests ("收到申请…,办结…") still restates it, and a misprint there still fails.
def _form(closed: int) -> str:
    rows = [("一、本年新收政府信息公开申请数量", 12), ("二、上年结转政府信息公开申请数量", 0),
            ("（一）予以公开", 7), ("（二）部分公开", 2), ("（三）不予公开", 1), ("（四）无法提供", 1),
            ("（五）不予处理", 0), ("（六）其他处理", 0), ("（七）总计", closed), ("四、结转下年度继续办理", 1)]
    body = "".join(f"| {n} | {v} |\n" for n, v in rows)
    return "\n\n| 项目 | 总计 |\n| --- | --- |\n" + body


@pytest.mark.parametrize(("prose", "expected"), [
    ("本中心全年受理群众投诉64件，办结60件，办结率93.8%。", []),
    ("全年接听咨询电话1,320个，办结1,296个。", []),
    ("全年共收到政府信息公开申请12件，办结11件，结转下年度1件。", ["pass"]),
    ("全年共收到政府信息公开申请12件，办结13件，结转下年度1件。", ["fail"]),
])
def test_a_closing_of_other_work_restates_no_table(tmp_path, prose, expected) -> None:
    checks = rules(tmp_path, prose + _form(11), "equal.restated_table", ".md")
    assert [s for s, _ in checks] == expected


# 2. A plan figure inside a breakdown, measured by the completion rate right after it ("计划巡查
# 1,500次,计划完成率…"), is no part of what was done: the parts are the actual figures only.
@pytest.mark.parametrize(("text", "expected"), [
    ("全年共开展巡查1,863次。其中，按年度巡查计划开展1,452次，计划巡查1,500次，计划完成率96.8%；"
     "专项巡查411次。", [(1863, (1452, 411), "pass")]),
    ("全年共开展巡查1,873次。其中，按年度巡查计划开展1,452次，计划巡查1,500次，计划完成率96.8%；"
     "专项巡查411次。", [(1873, (1452, 411), "fail")]),
    ("全年共检查企业960家次。其中，按计划检查610家次，目标任务600家次，完成计划的101.7%；"
     "双随机抽查350家次。", [(960, (610, 350), "pass")]),
])
def test_a_plan_before_its_completion_rate_is_no_part(tmp_path, text, expected) -> None:
    assert found(tmp_path, text, "sum") == expected


def test_a_kind_named_planned_without_a_rate_stays_a_part(tmp_path) -> None:
    # ("计划检查" with no completion rate after it: a kind of inspection done, a part like the others)
    text = "全年共检查企业960家次。其中，计划检查610家次，双随机抽查350家次。"
    assert found(tmp_path, text, "sum") == [(960, (610, 350), "pass")]


# 3. "第二季度中," opening a sentence after a 分别 list of the quarters names the quarter's figure:
# the months listed break that figure down, not the first figure of the list.
_QUARTERS = "全年共受理举报312起。一季度、二季度、三季度、四季度分别受理举报64起、91起、80起、77起。"


@pytest.mark.parametrize(("text", "expected"), [
    (_QUARTERS + "第二季度中，4月、5月、6月分别受理举报27起、30起、34起。", (91, (27, 30, 34), "pass")),
    (_QUARTERS + "第二季度中，4月、5月、6月分别受理举报27起、30起、43起。", (91, (27, 30, 43), "fail")),
    (_QUARTERS + "三季度中，7月、8月、9月分别受理举报22起、31起、27起。", (80, (22, 31, 27), "pass")),
])
def test_the_months_of_a_quarter_named_in_a_list(tmp_path, text, expected) -> None:
    sums = found(tmp_path, text, "sum")
    assert expected in sums
    assert not [s for s in sums if s[0] == 64 and s[2] == "fail"]


# 4. A closing column beside an intake column, by quarter, with a 全年 row: a quarter closing more than
# it opened is no stated bound (cases opened in the quarters before close in it); a misprint there
# misses the column's total, and the column's sum is the check that fails. Rows of bodies or fields
# of the whole year keep their bound where the column's total points at the cell (fa37).
def _quarters(closed3: int, total: int = 1238) -> str:
    rows = [("第一季度", 286, 270), ("第二季度", 331, 318), ("第三季度", 342, closed3), ("第四季度", 317, 311)]
    body = "".join(f"| {n} | {a} | {b} |\n" for n, a, b in rows)
    return "| 季度 | 立案（件） | 结案（件） |\n| --- | --- | --- |\n" + body + f"| 全年 | 1276 | {total} |\n"


@pytest.mark.parametrize(("closed3", "total", "bound", "column"), [
    (339, 1238, [], "pass"),
    (393, 1238, ["unverifiable"], "fail"),  # 339 typed 393: the column misses its total by 54
    (351, 1250, ["unverifiable"], "pass"),  # more closed than opened, and the column adds up
])
def test_a_quarter_closing_more_than_it_opened(tmp_path, closed3, total, bound, column) -> None:
    text = "本支队2024年各季度执法办案情况如下。\n\n" + _quarters(closed3, total)
    over = [s for small, large, s in found(tmp_path, text, "bound", ".md") if small > large]
    assert over == bound
    sums = [s for t, _, s in found(tmp_path, text, "sum", ".md") if t == total]
    assert sums == [column]


# 5. A table by month closed by a row of the months so far ("1-5月"): that row is the months' total,
# as a 全年 row under the quarters is. Not when a month is missing or out of order.
def _months(rows: list[tuple[str, str]], last: str = "1-5月 ") -> str:
    body = "".join(f"{n}  {v}  3.{k}0\n" for k, (n, v) in enumerate(rows))
    spent = sum(3 + k / 10 for k in range(len(rows)))
    return ("各月财政收支情况如下：\n\n月份　税收收入（亿元）　民生支出（亿元）\n" + body
            + f"{last} 18.60  {spent:.2f}\n\n以上数据为快报数。\n")


_FIVE_MONTHS = [("1月", "4.12"), ("2月", "2.86"), ("3月", "3.94"), ("4月", "3.61"), ("5月", "4.07")]


@pytest.mark.parametrize(("rows", "expected"), [
    (_FIVE_MONTHS, ["pass"]),
    ([*_FIVE_MONTHS[:4], ("5月", "4.70")], ["fail"]),
    ([_FIVE_MONTHS[0], _FIVE_MONTHS[2], _FIVE_MONTHS[1], *_FIVE_MONTHS[3:]], []),  # out of order: no reading
    (_FIVE_MONTHS[:4], []),  # "1-5月" under four months: not their total
])
def test_a_row_of_the_months_so_far(tmp_path, rows, expected) -> None:
    sums = [s for t, _, s in found(tmp_path, _months(rows), "sum") if t == 18.6]
    assert sums == expected


# 6. Columns of periods: "1-8月" beside "1-7月" and "8月" is their sum in each row; "上半年" beside
# "一季度" and "二季度" likewise. A row of growth rates adds nothing; a 上年 column is no period of it.
def _running(head: str, rows: list[tuple[str, str, str, str]]) -> str:
    body = "".join(f"| {n} | {a} | {b} | {c} |\n" for n, a, b, c in rows)
    return f"# 主要指标\n\n| 指标 | {head} |\n| --- | --- | --- | --- |\n" + body


_ROWS = [("地区生产总值（亿元）", "412.56", "360.12", "52.44"), ("货物进出口（亿元）", "63.80", "55.27", "8.53"),
         ("地区生产总值增速（%）", "5.8", "5.6", "6.9")]


@pytest.mark.parametrize(("head", "rows", "expected"), [
    ("1-8月 | 1-7月 | 8月", _ROWS, [(412.56, (360.12, 52.44), "pass"), (63.8, (55.27, 8.53), "pass")]),
    ("1-8月 | 1-7月 | 8月", [_ROWS[0], ("货物进出口（亿元）", "63.80", "55.72", "8.53")],
     [(412.56, (360.12, 52.44), "pass"), (63.8, (55.72, 8.53), "fail")]),
    ("上半年 | 一季度 | 二季度", _ROWS[:2], [(412.56, (360.12, 52.44), "pass"), (63.8, (55.27, 8.53), "pass")]),
    ("1-8月 | 上年1-7月 | 8月", _ROWS[:2], []),
    ("1-8月 | 1-6月 | 8月", _ROWS[:2], []),  # the months do not tile the total
])
def test_columns_of_periods_add_up(tmp_path, head, rows, expected) -> None:
    sums = [c for c in audit_text(tmp_path, _running(head, rows), ".md") if c.rule == "sum.period_columns"]
    assert [(c.operands["total"], tuple(c.operands["parts"]), c.status) for c in sums] == expected


# 7. A budget table's "完成预算%" column prints its percents bare under the header's sign: the outturn
# column over the budget column, row by row.
def _budget(cells: tuple[str, str, str]) -> str:
    return ("表2 一般公共预算支出执行情况（单位：万元）\n\n| 项目 | 预算数 | 执行数 | 完成预算% |\n| --- | --- | --- | --- |\n"
            f"| 教育支出 | 52400 | 51268 | {cells[0]} |\n| 卫生健康支出 | 31600 | 32015 | {cells[1]} |\n"
            f"| 合计 | 84000 | 83283 | {cells[2]} |\n")


@pytest.mark.parametrize(("cells", "expected"), [
    (("97.8", "101.3", "99.1"), ["pass", "pass", "pass"]),
    (("97.8", "103.1", "99.1"), ["pass", "fail", "pass"]),
])
def test_a_budget_completion_column(tmp_path, cells, expected) -> None:
    rates = [c.status for c in audit_text(tmp_path, _budget(cells), ".md") if c.rule == "ratio.table_rate"]
    assert rates == expected


# 8. A table grouped by a rowspan category, each group closed by its 小计 row, then a 总计 row: the
# rows a flattened rowspan left one cell short line up from the right; each 小计 adds up its group's
# rows, the 总计 its 小计 rows -- a misprinted 小计 fails both where it does.
def _grouped(sub2: str, grand: str) -> str:
    groups = [("生产安全", [("危化品", "52", "86.0"), ("工贸", "75", "121.5")], ("127", "207.5")),
              ("消防安全", [("高层建筑", "41", "30.2"), ("人员密集场所", "63", "58.4"), ("仓储", "20", "12.1")],
               ("124", sub2))]
    rows = ""
    for name, items, sub in groups:
        rows += f'<tr><td rowspan="{len(items) + 1}">{name}</td><td>{items[0][0]}</td><td>{items[0][1]}</td><td>{items[0][2]}</td></tr>'
        rows += "".join(f"<tr><td>{n}</td><td>{a}</td><td>{b}</td></tr>" for n, a, b in items[1:])
        rows += f"<tr><td>小计</td><td>{sub[0]}</td><td>{sub[1]}</td></tr>"
    return ("<html><body><p>全年各类执法案件分布如下。</p><table><tr><th>类别</th><th>领域</th><th>案件数（件）</th>"
            f"<th>罚款（万元）</th></tr>{rows}<tr><td colspan=\"2\">总计</td><td>251</td><td>{grand}</td></tr>"
            "</table></body></html>")


@pytest.mark.parametrize(("sub2", "grand", "expected"), [
    ("100.7", "308.2", {(124.0, "pass"), (100.7, "pass"), (308.2, "pass"), (251.0, "pass")}),
    ("107.0", "314.5", {(124.0, "pass"), (107.0, "fail"), (314.5, "pass"), (251.0, "pass")}),
    ("107.0", "308.2", {(124.0, "pass"), (107.0, "fail"), (308.2, "fail"), (251.0, "pass")}),
])
def test_groups_closed_by_subtotals_under_a_rowspan(tmp_path, sub2, grand, expected) -> None:
    sums = {(float(t), s) for t, _, s in found(tmp_path, _grouped(sub2, grand), "sum", ".html")}
    assert expected <= sums


# 9. Work due stated between where it came from and what became of it: "新收…,上年结转…,应办…;办结…,
# 结转下年…" -- the due figure is the new and carried-in work right before it, and the closed and
# carried-out work right after it. Listed after it ("办理…,包括新收…、上年结转…"), the same.
@pytest.mark.parametrize(("text", "expected"), [
    ("本年度新收信息公开申请31件，上年结转4件，应办理35件；年内办结33件，结转下年度2件。",
     [(35, (31, 4), "pass"), (35, (33, 2), "pass")]),
    ("本年度新收信息公开申请31件，上年结转4件，应办理36件；年内办结33件，结转下年度2件。",
     [(36, (31, 4), "fail"), (36, (33, 2), "fail")]),
    ("全年办理信息公开申请35件，包括新收31件、上年结转4件。截至年底，已答复33件，正在办理2件。",
     [(35, (33, 2), "pass")]),
    ("全年办理信息公开申请35件，包括新收31件、上年结转4件。截至年底，已答复32件，正在办理2件。",
     [(35, (32, 2), "fail")]),
])
def test_work_due_between_its_sources_and_its_outcomes(tmp_path, text, expected) -> None:
    flows = [c for c in audit_text(tmp_path, text) if c.rule in ("sum.flow", "sum.due")]  # (due_totals reads the sources first)
    assert [(c.operands["total"], tuple(c.operands["parts"]), c.status) for c in flows] == expected


def test_work_due_read_only_where_laid_out_so(tmp_path) -> None:
    # (the figures after the due one are no closing: its sources only)
    text = "本年度新收信息公开申请31件，上年结转4件，应办理35件；其中予以公开20件，部分公开5件。"
    flows = [c for c in audit_text(tmp_path, text) if c.rule in ("sum.flow", "sum.due")]  # (due_totals reads the sources first)
    assert [(c.operands["total"], tuple(c.operands["parts"]), c.status) for c in flows] == [(35, (31, 4), "pass")]


def test_a_field_closing_more_than_it_opened_still_fails(tmp_path) -> None:
    text = ("本局2024年各领域执法办案情况如下。\n\n| 领域 | 立案（件） | 结案（件） |\n| --- | --- | --- |\n"
            "| 食品 | 286 | 270 |\n| 药品 | 331 | 318 |\n| 特种设备 | 342 | 393 |\n| 合计 | 959 | 927 |\n")
    over = [s for small, large, s in found(tmp_path, text, "bound", ".md") if small > large]
    assert over == ["fail"]


def test_one_column_of_groups_closed_by_subtotals(tmp_path) -> None:
    # (a table of one figure column: the 合计 adds up the 小计 rows, not every figure above it)
    rows = ('<tr><td rowspan="3">窗口</td><td>现场</td><td>1,204</td></tr><tr><td>自助</td><td>386</td></tr>'
            '<tr><td>小计</td><td>1,590</td></tr><tr><td rowspan="3">网上</td><td>网站</td><td>2,310</td></tr>'
            '<tr><td>移动端</td><td>1,475</td></tr><tr><td>小计</td><td>3,785</td></tr>')
    text = (f"<html><body><p>全年办件情况如下。</p><table><tr><th>渠道</th><th>方式</th><th>件数</th></tr>{rows}"
            '<tr><td colspan="2">合计</td><td>5,375</td></tr></table></body></html>')
    sums = {(t, p, s) for t, p, s in found(tmp_path, text, "sum", ".html")}
    assert (5375, (1590, 3785), "pass") in sums
    assert not [x for x in sums if x[2] == "fail"]
