"""A table's total-row cell restated in the prose in words of its own (session 27, helper model31):
the prose names the column's measure with words between ("查处各类城管违法行为" for 查处违法行为; a class, 各类市容类, is a narrower set), by
its noun alone ("诉求" for 诉求量), or only by the object the table classifies. The pairing is made by
words, then compared: a misprinted digit fails; two columns named as well, a figure of another
period or a kind of the measure pair with nothing."""

from __future__ import annotations

import toolkit


def equals(tmp_path, text: str, title: str = "2024年某区城市管理局工作报告") -> list[tuple[str, list[float]]]:
    p = tmp_path / "r.md"
    p.write_text(title + "\n\n" + text + "\n", encoding="utf-8")
    return [(c.status, sorted(float(x) for x in c.operands["values"]))
            for c in toolkit.audit(p).checks if c.kind == "equal"]


_QUARTERS = """
分季度查处情况：

| 季度 | 查处违法行为（件） |
| --- | --- |
| 一季度 | 320 |
| 二季度 | 365 |
| 三季度 | 388 |
| 四季度 | 353 |
| 全年 | 1,426 |
"""


def test_a_measure_named_with_words_between_restates_the_year_row(tmp_path) -> None:
    got = equals(tmp_path, "全年共查处各类城管违法行为1,426件，同比增长3.2%。\n" + _QUARTERS)
    assert ("pass", [1426.0, 1426.0]) in got


def test_a_misprinted_digit_of_the_named_whole_fails(tmp_path) -> None:
    got = equals(tmp_path, "全年共查处各类城管违法行为1,462件，同比增长3.2%。\n" + _QUARTERS)
    assert ("fail", [1426.0, 1462.0]) in got


def test_any_difference_of_the_named_whole_fails(tmp_path) -> None:
    got = equals(tmp_path, "全年共查处各类违法行为1,826件，同比增长3.2%。\n" + _QUARTERS)
    assert ("fail", [1426.0, 1826.0]) in got


_CHANNELS = """
## 二、分渠道办理情况

| 渠道 | 诉求量（件） | 办结量（件） | 办结率（%） |
| --- | --- | --- | --- |
| 电话 | 3,214 | 3,160 | 98.3 |
| 网络 | 2,870 | 2,811 | 97.9 |
| 来信 | 3,500 | 3,431 | 98.0 |
| 合计 | 9,584 | 9,402 | 98.1 |
"""


def test_a_column_named_by_its_noun_restates_its_total(tmp_path) -> None:
    got = equals(tmp_path, "## 一、总体情况\n\n本季度共受理群众诉求9,584件，办结9,402件。\n" + _CHANNELS,
                 title="某区12345热线2025年第二季度运行情况")
    assert ("pass", [9584.0, 9584.0]) in got
    assert ("pass", [9402.0, 9402.0]) in got


def test_a_section_apart_one_misprint_still_fails(tmp_path) -> None:
    # (a section between and a short measure: taken only when the figures confirm it -- one slip does)
    got = equals(tmp_path, "## 一、总体情况\n\n本季度共受理群众诉求9,584件，办结9,420件。\n" + _CHANNELS,
                 title="某区12345热线2025年第二季度运行情况")
    assert ("fail", [9402.0, 9420.0]) in got


def test_a_section_apart_another_count_pairs_with_nothing(tmp_path) -> None:
    got = equals(tmp_path, "## 一、总体情况\n\n本季度共受理群众诉求9,584件，办结8,760件。\n" + _CHANNELS,
                 title="某区12345热线2025年第二季度运行情况")
    assert ("pass", [9584.0, 9584.0]) in got
    assert not [v for _, v in got if 8760.0 in v]


_COURTS = """
各级法院收案情况如下：

| 法院 | 一审收案（件） | 二审收案（件） |
| --- | --- | --- |
| 城区法院 | 620 | 110 |
| 郊区法院 | 680 | 150 |
| 合计 | 1,300 | 260 |
"""


def test_two_columns_named_as_well_pair_with_nothing(tmp_path) -> None:
    got = equals(tmp_path, "全年行政案件收案1,300件。全年全市法院行政案件二审收案共260件。\n" + _COURTS,
                 title="2024年某市行政应诉工作报告")
    assert ("pass", [260.0, 260.0]) in got  # (二审收案 names one column)
    assert not [v for _, v in got if v in ([1300.0, 1300.0], [260.0, 1300.0])]  # (收案 names both)


_ACCIDENTS = """
1-10月分行业情况如下：

| 行业领域 | 事故起数（起） | 死亡人数（人） |
| --- | --- | --- |
| 道路运输 | 18 | 16 |
| 建筑施工 | 5 | 5 |
| 其他 | 4 | 3 |
| 合计 | 27 | 24 |
"""


def test_figures_of_the_tables_period_restate_its_totals(tmp_path) -> None:
    got = equals(tmp_path, "1-10月，全县发生生产安全事故27起、死亡24人。10月份，全县发生事故3起、死亡2人。\n" + _ACCIDENTS,
                 title="某县2025年1-10月安全生产形势通报")
    assert ("pass", [27.0, 27.0]) in got
    assert ("pass", [24.0, 24.0]) in got
    assert not [v for _, v in got if 3.0 in v or 2.0 in v]  # (one month's: another period)


def test_a_kind_of_the_measure_is_no_restatement(tmp_path) -> None:
    got = equals(tmp_path, "全年共查处各类城管违法行为1,426件。夜间查处流动摊贩违法行为412件。\n" + _QUARTERS)
    assert ("pass", [1426.0, 1426.0]) in got
    assert not [v for _, v in got if 412.0 in v]  # (夜间…: a kind of what the column counts)


_RECOVERED = """
分类别情况见下表：

| 机构类别 | 检查家数 | 追回资金（万元） |
| --- | --- | --- |
| 医院 | 12 | 862.30 |
| 零售药店 | 86 | 424.10 |
| 合计 | 98 | 1,286.40 |
"""


def test_of_figures_named_alike_the_one_the_figures_confirm_restates(tmp_path) -> None:
    text = "全年追回医保基金1,286.40万元，其中个人账户资金316.20万元。\n" + _RECOVERED
    got = equals(tmp_path, text, title="2024年某县医疗保障局工作报告")
    assert ("pass", [1286.4, 1286.4]) in got
    got = equals(tmp_path, text.replace("1,286.40万元", "1,268.40万元"), title="2024年某县医疗保障局工作报告")
    assert ("fail", [1268.4, 1286.4]) in got  # (one slip: still the one confirmed)
    got = equals(tmp_path, text.replace("1,286.40万元", "1,528.40万元"), title="2024年某县医疗保障局工作报告")
    assert not [v for _, v in got if 1528.4 in v]  # (neither confirmed: which one is meant is open)


def test_a_qualified_figure_beyond_its_rounding_is_unverifiable(tmp_path) -> None:
    p = tmp_path / "r.md"
    p.write_text("2024年某区城市管理局工作报告\n\n全年共查处各类违法行为约1,500件。\n" + _QUARTERS, encoding="utf-8")
    got = [(c.status, c.operands.get("unverifiable")) for c in toolkit.audit(p).checks
           if c.kind == "equal" and sorted(float(x) for x in c.operands["values"]) == [1426.0, 1500.0]]
    assert got == [("unverifiable", "qualified_figure")]
    assert ("fail", [1426.0, 1500.0]) in equals(tmp_path, "全年共查处各类违法行为1,500件。\n" + _QUARTERS)


_CASES = """各类案件收结情况如下：

| 案件类型 | 收案（件） | 结案（件） |
| --- | --- | --- |
| 刑事 | 420 | 405 |
| 民事 | 2,360 | 2,290 |
| 执行 | 1,150 | 1,176 |
| 合计 | 3,930 | 3,871 |

"""


def test_a_row_and_a_column_named_restate_their_cell(tmp_path) -> None:
    got = equals(tmp_path, _CASES + "执行案件执结1,176件，民事案件以调解方式结案1,020件。",
                 title="2024年某区人民法院工作报告")
    assert ("pass", [1176.0, 1176.0]) in got  # (执结: the stage 结案 in other words)
    assert not [v for _, v in got if 1020.0 in v]  # (以调解方式结案: a kind of 结案)


def test_a_misprinted_row_cell_restated_fails(tmp_path) -> None:
    got = equals(tmp_path, _CASES + "执行案件执结1,167件。", title="2024年某区人民法院工作报告")
    assert ("fail", [1167.0, 1176.0]) in got


def test_two_rows_named_restate_neither(tmp_path) -> None:
    got = equals(tmp_path, _CASES + "执行案件执结1,176件，刑事和民事案件收案2,780件。", title="2024年某区人民法院工作报告")
    assert ("pass", [1176.0, 1176.0]) in got
    assert not [v for _, v in got if 2780.0 in v]
