"""Tables: "|" rows from the loaders and tab-separated rows of plain text, as rows of cells."""

from __future__ import annotations

from pathlib import Path

import toolkit
from tests.helpers import audit_text, norm, quantities
from toolkit.tables import find_tables

TAB_TABLE = """二、收到和处理政府信息公开申请情况
\t自然人\t法人或其他组织\t总计
本年新收申请数量\t39\t8\t47
上年结转申请数量\t2\t0\t2
（一）予以公开\t15\t3\t18
本机关全年收到申请49件。
"""


def _tables(text: str):
    return find_tables(norm(text).text, quantities(text))


def test_tab_separated_rows_are_a_table() -> None:
    t = norm(TAB_TABLE)
    assert "|本年新收申请数量|39|8|47|" in t.text.split("\n")
    assert "||自然人|法人或其他组织|总计|" in t.text.split("\n")  # a leading tab: an empty first cell
    [table] = _tables(TAB_TABLE)
    assert [[c.text for c in r.cells] for r in table.rows][1] == ["本年新收申请数量", "39", "8", "47"]
    assert [c.quantity.plain for c in table.rows[1].cells[1:]] == [39, 8, 47]
    # The "|" stand where the tabs were: every cell maps back to its own characters.
    row = table.rows[1]
    for c in row.cells:
        o = t.original_offset(c.start)
        assert t.original[o : o + len(c.text)] == c.text
    # The prose after the table is prose.
    assert "本机关全年收到申请49件。" in t.text.split("\n")


def test_tabs_as_indentation_are_not_tables() -> None:
    text = ("一、\t基本情况\n\t本机关全年收到申请12件,办结11件。\n1.\t本机关全年共检查企业120家。\n"
            "2.\t发现隐患30项。\n检查企业\t1,234家\n")
    t = norm(text)
    assert "|" not in t.text
    assert not _tables(text)
    assert "本机关全年收到申请12件,办结11件。" in t.text


def test_a_single_tabbed_line_or_a_table_of_words_is_not_a_table() -> None:
    assert "|" not in norm("检查企业\t1,234\n其他说明。").text
    assert "|" not in norm("单位\t名称\n应急局\t执法大队\n").text


def test_a_tab_separated_disclosure_table_is_audited_as_its_pipe_copy(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parent / "data" / "unseen" / "reports" / "yunxi-gov-disclosure-2023.txt"
    lines = []
    for line in src.read_text(encoding="utf-8").split("\n"):
        if line.startswith("|") and line.endswith("|"):
            line = line[1:-1].replace("|", "\t")
        lines.append(line)
    assert sum("\t" in line for line in lines) >= 20
    tabbed = tmp_path / src.name
    tabbed.write_text("\n".join(lines), encoding="utf-8")

    def summary(result):
        return (sorted(str((c.kind, c.operands, c.status)) for c in result.checks),
                sorted(str((m["key"], m["value"])) for m in result.metrics))

    assert summary(toolkit.audit(tabbed)) == summary(toolkit.audit(src))


def test_a_share_column_with_a_row_out_of_its_columns_checks_nothing_of_that_group(tmp_path: Path) -> None:
    # Two cells run together ("建议及其他 2574" in one cell): its percent falls under the count
    # column, and the group's sum would miss a part. Neither that row nor the sum is checked;
    # the rows that line up still are.
    text = ("类别\t数量(件)\t占比\n咨询\t20114\t43.0%\n投诉\t15227\t32.5%\n求助\t8906\t19.0%\n"
            "建议及其他 2574\t5.5%\n合计\t46821\t100%\n")
    checks = audit_text(tmp_path, text)
    assert not [c for c in checks if c.status == "fail"], [(c.rule, c.operands) for c in checks]
    assert not [c for c in checks if c.rule == "sum.table_group"]
    assert len([c for c in checks if c.rule == "ratio.table_share"]) == 3
    whole = text.replace("建议及其他 2574\t5.5%", "建议及其他\t2574\t5.5%")
    assert [c.status for c in audit_text(tmp_path, whole) if c.rule == "sum.table_group"] == ["pass"]


SPACED = """某县交通运输局2023年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况

本年新收政府信息公开申请数量    12    3    0    0    0    0    15
上年结转政府信息公开申请数量    1     0    0    0    0    0    1
三、本年度办理结果
（一）予以公开                  6     1    0    0    0    0    7
（二）部分公开                  2     0    0    0    0    0    2
（三）不予公开                  1     0    0    0    0    0    1
（四）无法提供 3 1 0 0 0 0 4
（五）不予处理 0 0 0 0 0 0 0
（六）其他处理                  1     0    0    0    0    0    1
（七）总计                      13    2    0    0    0    0    15
四、结转下年度继续办理          0     1    0    0    0    0    1

本年度共收到政府信息公开申请15件,上年结转1件,办结15件,结转下年度1件。
"""


def test_a_table_laid_out_with_spaces_is_a_table(tmp_path: Path) -> None:
    # A text copy of a printed table: cells two or more spaces apart, or a label and single-
    # spaced figures. Its ordinal total is checked column by column.
    lines = norm(SPACED).text.split("\n")
    assert "|本年新收政府信息公开申请数量|12|3|0|0|0|0|15|" in lines
    assert "|(四)无法提供|3|1|0|0|0|0|4|" in lines
    assert "|三、本年度办理结果||" in lines and lines[-1].startswith("本年度共收到")
    checks = audit_text(tmp_path, SPACED)
    totals = [c for c in checks if c.rule == "sum.table_total"]
    assert len(totals) == 7 and all(c.status == "pass" for c in totals)
    # The prose restates the rows; without a header naming a total column, a row's label may
    # name its first figure or its last: the check holds by either and fails by neither.
    assert not [c for c in checks if c.status == "fail"]
    typo = audit_text(tmp_path, SPACED.replace("收到政府信息公开申请15件", "收到政府信息公开申请16件"))
    assert [c.operands["values"] for c in typo if c.status == "fail" and c.rule == "equal.restated"] == [[12, 16]]
    broken = audit_text(tmp_path, SPACED.replace("（三）不予公开                  1", "（三）不予公开                  2"))
    # (the last column adds up every other row: the figures name it the total column, so the row
    # with the misprinted cell fails too)
    assert sorted(c.rule for c in broken if c.status == "fail") == ["sum.table_row", "sum.table_total"]


def test_prose_with_double_spaces_is_not_a_table() -> None:
    text = "全年受理投诉举报5632件,  已办结5518件,  办结率98.0%。\n开展双随机抽查1248户次,  发现问题86户次。\n"
    assert "|" not in norm(text).text


def test_a_table_of_contents_is_no_table() -> None:
    contents = "目录\n一、总体情况\t1\n二、主动公开情况\t2\n三、收到和处理申请情况\t3\n四、存在的问题\t5\n"
    assert "|" not in norm(contents).text
    # two columns whose figures go down, or headings with figures of their own, stay a table
    assert "|" in norm(contents.replace("\t5", "\t1")).text
    assert "|" in norm(contents.replace("三、收到和处理申请情况", "三、收到申请2件")).text


def test_sentences_laid_out_with_spaces_are_not_table_rows(tmp_path: Path) -> None:
    # spaces around every figure (a PDF's text copy) in lines that are sentences: read as rows,
    # the 118 办结 of the last line was summed over a column holding 同比增加 10 (a false failure)
    text = ("一季度  收到申请  52  件，办结  50  件。\n二季度  收到申请  40  件，办结  38  件。\n"
            "三季度  收到申请  30  件，同比增加  10  件。\n合计  收到申请  122  件，办结  118  件。\n")
    assert "|" not in norm(text).text
    assert not [c for c in audit_text(tmp_path, text) if c.status == "fail"]
    # a clause that says one sentence's figures add up is still checked as prose
    prose = "2023年，全区共收到申请  52  件，上年结转  3  件，合计  55  件。\n本年办结  50  件，结转下年度  5  件。\n"
    sums = [c for c in audit_text(tmp_path, prose) if c.rule.startswith("sum.")]
    assert sums and all(c.status == "pass" for c in sums)


def test_a_spaced_table_under_a_header_of_several_lines_checks_its_rows(tmp_path: Path) -> None:
    head = ("三、收到和处理政府信息公开申请情况\n\n"
            "                              自然人    法人或其他组织                          总计\n"
            "                                        商业企业  科研机构  社会公益组织  其他\n")
    rows = [("一、本年新收政府信息公开申请数量", [21, 4, 0, 1, 0]), ("二、上年结转政府信息公开申请数量", [2, 0, 0, 0, 0]),
            ("三、本年度办理结果", None), ("（一）予以公开", [9, 2, 0, 1, 0]), ("（二）部分公开", [3, 0, 0, 0, 0]),
            ("（三）无法提供", [9, 2, 0, 0, 0]), ("（四）其他处理", [2, 0, 0, 0, 0]), ("（五）总计", [23, 4, 0, 1, 0])]
    def table(rows: list) -> str:
        return head + "".join(f"{label}\n" if cells is None else
                              f"{label:<20}" + "".join(f"{c:<8}" for c in cells) + f"{sum(cells)}\n"
                              for label, cells in rows)

    checks = audit_text(tmp_path, table(rows))
    assert len([c for c in checks if c.rule == "sum.table_row"]) == 7  # every row with figures
    assert len([c for c in checks if c.rule == "sum.table_total"]) == 6  # every column of the outcomes
    assert not [c for c in checks if c.status == "fail"]
    text = table(rows).replace("（二）部分公开" + " " * 13 + "3", "（二）部分公开" + " " * 13 + "4")
    assert text != table(rows)
    wrong = audit_text(tmp_path, text)
    assert sorted(c.rule for c in wrong if c.status == "fail") == ["sum.table_row", "sum.table_total"]


def _disclosure(rows: dict[str, list[int]]) -> str:
    head = "|(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)|申请人情况||||\n|||自然人|法人或其他组织|总计|\n"
    body = "".join(f"|{label}|{'|'.join(map(str, cells))}|{sum(cells)}|\n" for label, cells in rows.items())
    return "三、收到和处理政府信息公开申请情况\n" + head + body


BALANCED = {"一、本年新收政府信息公开申请数量": [21, 4], "二、上年结转政府信息公开申请数量": [0, 1],
            "三、本年度办理结果": [], "(一)予以公开": [12, 3], "(二)无法提供": [7, 1], "(三)总计": [19, 4],
            "四、结转下年度继续办理": [2, 1]}


def test_the_disclosure_tables_own_identity(tmp_path: Path) -> None:
    # new + carried in = outcomes + carried forward, per column: a sum where one carry row is 0
    # (自然人: 21 = 19 + 2; 法人: 4 = 4 + 1 - 1 has both carry rows, left to the other sums).
    rows = {k: v for k, v in BALANCED.items() if v}
    checks = audit_text(tmp_path, _disclosure(rows))
    balance = [c for c in checks if c.rule == "sum.table_balance"]
    assert [(c.operands["total"], c.operands["parts"], c.status) for c in balance] == [(21, [19, 2], "pass")]
    # 结转下年度 3 instead of 2 in its cell and its row total: the row still adds up, only the
    # identity says the table does not balance.
    wrong = dict(rows, **{"四、结转下年度继续办理": [3, 1]})
    failed = [c.rule for c in audit_text(tmp_path, _disclosure(wrong)) if c.status == "fail"]
    assert failed == ["sum.table_balance"]
    # no carry-in at all: the total column balances too, the other way round when nothing goes forward
    none_in = dict(rows, **{"二、上年结转政府信息公开申请数量": [0, 0], "四、结转下年度继续办理": [2, 0]})
    assert len([c for c in audit_text(tmp_path, _disclosure(none_in)) if c.rule == "sum.table_balance"
                and c.status == "pass"]) == 3


YEARS = """表1 主要指标完成情况

| 指标 | 2022年 | 2023年 | 增减(%) |
| --- | --- | --- | --- |
| 生产安全事故起数(起) | 25 | 30 | {a} |
| 检查企业(家次) | 4,812 | 5,306 | {b} |
| 死亡人数(人) | 16 | 12 | {c} |
| 直接经济损失(万元) | 386.5 | 412.4 | 3.1 |
| 安全生产培训合格率(%) | 92.1 | 95.3 | 3.2 |
"""


def test_a_change_column_against_two_years(tmp_path: Path) -> None:
    checks = audit_text(tmp_path, YEARS.format(a="20.0", b="10.3", c="-25.0"))
    changes = [(c.operands["previous"], c.operands["current"], c.operands["percent"], c.status)
               for c in checks if c.rule == "change.table"]
    # counts checked; an amount may grow at comparable prices (read, never failing: tab22), a rate
    # changes in points; a fall is printed with its minus sign
    assert changes == [(25, 30, 20, "pass"), (4812, 5306, 10.3, "pass"), (16, 12, -25, "pass"),
                       (386.5, 412.4, 3.1, "unverifiable")]
    assert not [c for c in checks if c.status == "fail"]
    bad = [c.operands["percent"] for c in audit_text(tmp_path, YEARS.format(a="20.0", b="10.8", c="25.0"))
           if c.rule == "change.table" and c.status == "fail"]
    assert bad == [10.8, 25]  # a fall printed as a rise fails too
    # not this year against the last: nothing
    assert not [c for c in audit_text(tmp_path, YEARS.format(a="20.0", b="10.3", c="-25.0").replace("2022年", "2020年"))
                if c.rule == "change.table"]


def test_a_change_column_leaves_scores_alone(tmp_path: Path) -> None:
    # a score with decimals (no 率 or % in its name) may have its change printed in points in
    # a column headed 增减(%): 96.3 - 95.1 = 1.2 is no percent change, and no error
    text = YEARS.format(a="20.0", b="10.3", c="-25.0") + "| 群众满意度 | 95.1 | 96.3 | 1.2 |\n"
    checks = audit_text(tmp_path, text)
    # (the money row 412.4 is read too, never failing: tab22)
    assert [c.operands["current"] for c in checks if c.rule == "change.table"] == [30, 5306, 12, 412.4]
    assert not [c for c in checks if c.status == "fail"]


RATE_TABLE = ("（二）分街道办理情况\n街道\t受理\t办结\t办结率\n东城街道\t1,240\t1,218\t98.23%\n"
              "西城街道\t865\t842\t97.34%\n南湖街道\t512\t498\t97.27%\n合计\t2,617\t2,558\t97.75%\n")


def test_a_rate_column_is_each_rows_count_over_the_count_its_base_column_names(tmp_path: Path) -> None:
    rates = [(c.operands["numerator"], c.operands["denominator"], c.status) for c in audit_text(tmp_path, RATE_TABLE)
             if c.rule == "ratio.table_rate"]
    assert rates == [(1218, 1240, "pass"), (842, 865, "pass"), (498, 512, "pass"), (2558, 2617, "pass")]
    bad = audit_text(tmp_path, RATE_TABLE.replace("97.34%", "98.34%"))
    assert [(c.operands["numerator"], c.status) for c in bad if c.rule == "ratio.table_rate" and c.status != "pass"] \
        == [(842, "fail")]


def test_a_rate_column_whose_columns_name_no_single_base_is_not_read(tmp_path: Path) -> None:
    # two columns the base's words name (收到 and 受理): which one the rate is over is unknown
    text = ("街道\t收到\t受理\t办结\t办结率\n东城街道\t1,260\t1,240\t1,218\t98.23%\n"
            "西城街道\t880\t865\t842\t97.34%\n合计\t2,140\t2,105\t2,060\t97.86%\n")
    # ... unless the figures say it: every row's rate is 办结 over 受理 (1,218 / 1,240 = 98.23%)
    assert [(c.operands["denominator"], c.status) for c in audit_text(tmp_path, text)
            if c.rule == "ratio.table_rate"] == [(1240, "pass"), (865, "pass"), (2105, "pass")]
    # a misprinted rate leaves two rows of three: the words and the figures both leave it open
    typo = text.replace("98.23%", "97.00%")
    assert [c for c in audit_text(tmp_path, typo) if c.rule == "ratio.table_rate"] == []
    assert len([c for c in audit_text(tmp_path, text.replace("\t收到", "\t登记")) if c.rule == "ratio.table_rate"]) == 3


def _flat_header_table(cells: dict[str, list[int]]) -> str:
    # a copy that lost the header's cell gaps (自然人法人或其他组织总计 on one line): no column is named
    head = "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 其他\n"
    return head + "".join(f"{label} " + " ".join(map(str, v)) + f" {sum(v)}\n" for label, v in cells.items())


FLAT = {"一、本年新收政府信息公开申请数量": [31, 4, 0, 2], "二、上年结转政府信息公开申请数量": [3, 0, 0, 0],
        "三、本年度办理结果 （一）予以公开": [14, 2, 0, 1], "（二）部分公开": [6, 1, 0, 0],
        "（三）本机关不掌握相关政府信息": [9, 1, 0, 1], "（四）其他处理": [2, 0, 0, 0], "（五）总计": [31, 4, 0, 2],
        "四、结转下年度继续办理": [3, 0, 0, 0]}


def test_a_last_column_that_is_every_rows_sum_is_the_total_column(tmp_path: Path) -> None:
    checks = audit_text(tmp_path, _flat_header_table(FLAT))
    assert len([c for c in checks if c.rule == "sum.table_row"]) == 8
    # "(一)" after the group's label in one cell still opens the items of the "(五)总计" row
    assert len([c for c in checks if c.rule == "sum.table_total"]) == 5
    assert not [c for c in checks if c.status == "fail"]
    # one cell misprinted: its row's sum and its column's total both fail
    text = _flat_header_table(FLAT).replace("（二）部分公开 6 1 0 0 7", "（二）部分公开 6 1 0 0 8")
    assert sorted(c.rule for c in audit_text(tmp_path, text) if c.status == "fail") == ["sum.table_row",
                                                                                   "sum.table_total"]


def test_a_last_column_that_is_the_sum_in_two_rows_or_fewer_is_no_total(tmp_path: Path) -> None:
    rows = {"甲": [3, 4, 7], "乙": [2, 5, 7], "丙": [1, 1, 9], "丁": [4, 4, 1]}
    text = "表1\n" + "".join(f"{k} " + " ".join(map(str, v)) + "\n" for k, v in rows.items())
    assert not [c for c in audit_text(tmp_path, text) if c.rule == "sum.table_row"]


_DISTRICTS = """二、各区办理情况

| 区 | 派单量 | 按时完成 | 完成占比 |
| --- | --- | --- | --- |
| 甲区 | 5,210 | 5,104 | {a} |
| 乙区 | 4,386 | 4,311 | 98.3% |
| 丙区 | 3,902 | 3,798 | 97.3% |
| 丁区 | 2,615 | 2,590 | 99.0% |
"""


def test_a_percent_column_that_is_one_column_over_another_in_every_row_is_their_rate(tmp_path: Path) -> None:
    # no vocabulary reads 完成占比 over 派单量: the figures do (5,104 / 5,210 = 97.97%)
    rates = [(c.operands["numerator"], c.operands["denominator"], c.status)
             for c in audit_text(tmp_path, _DISTRICTS.format(a="98.0%")) if c.rule == "ratio.table_rate"]
    assert rates == [(5104, 5210, "pass"), (4311, 4386, "pass"), (3798, 3902, "pass"), (2590, 2615, "pass")]
    wrong = audit_text(tmp_path, _DISTRICTS.format(a="96.0%"))
    assert [(c.operands["numerator"], c.status) for c in wrong if c.status == "fail"] == [(5104, "fail")]


def test_a_percent_column_the_figures_do_not_tie_to_one_pair_is_left_alone(tmp_path: Path) -> None:
    # two rows of three fit: too few to say what the column is
    two = _DISTRICTS.format(a="91.0%").replace("97.3%", "95.0%")
    assert not [c for c in audit_text(tmp_path, two) if c.rule == "ratio.table_rate"]


def test_a_rate_column_whose_header_prints_the_percent_sign_once(tmp_path: Path) -> None:
    text = ("表2 各乡镇整改情况\n乡镇|排查户数(户)|问题户数(户)|已整改(户)|完成比例(%)\n"
            "东溪镇|520|64|61|95.3\n西岭乡|388|45|44|97.8\n南河镇|610|72|70|97.2\n合计|1518|181|175|{t}\n")
    got = [(c.operands["numerator"], c.operands["denominator"], c.status)
           for c in audit_text(tmp_path, text.format(t="96.7")) if c.rule == "ratio.table_rate"]
    assert got == [(61, 64, "pass"), (44, 45, "pass"), (70, 72, "pass"), (175, 181, "pass")]
    assert (175, 181, "fail") in [(c.operands["numerator"], c.operands["denominator"], c.status)
                                  for c in audit_text(tmp_path, text.format(t="98.7")) if c.rule == "ratio.table_rate"]


_REVIEWS = """四、政府信息公开行政复议、行政诉讼情况

                 行政复议                           行政诉讼
                                       未经复议直接起诉               复议后起诉
结果维持 结果纠正 其他结果 尚未审结 总计  结果维持 结果纠正 其他结果 尚未审结 总计  结果维持 结果纠正 其他结果 尚未审结 总计
   2        1        0        1      {t}      1        0        0        1      2      0        0        0        0      0

    五、存在的主要问题及改进情况
"""


def test_one_row_of_figures_under_a_single_spaced_header_of_as_many_words_is_a_table(tmp_path: Path) -> None:
    lines = norm(_REVIEWS.format(t=4)).text.split("\n")
    assert "|2|1|0|1|4|1|0|0|1|2|0|0|0|0|0|" in lines
    assert "|结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|" in lines
    rows = [(c.operands["total"], c.status) for c in audit_text(tmp_path, _REVIEWS.format(t=4)) if c.rule == "sum.table_row"]
    assert rows == [(4, "pass"), (2, "pass"), (0, "pass")]
    assert (5, "fail") in [(c.operands["total"], c.status) for c in audit_text(tmp_path, _REVIEWS.format(t=5))
                           if c.rule == "sum.table_row"]


def test_a_line_of_words_over_a_line_of_fewer_figures_stays_prose() -> None:
    text = "结果维持 结果纠正 其他结果 尚未审结 总计\n   2        1        0        1\n"
    assert "|" not in norm(text).text


# -- single-spaced tables: a header of short names, rows of a name and two figures, a 全市 row --------

_YEARS = ("表2 行政执法主要指标\n项目 2024年 2023年 同比增减\n检查次数 4,512 4,106 9.9%\n"
          "立案数 386 342 {p}%\n罚没款(万元) 1,462.8 1,318.5 10.9%\n")


def test_a_single_spaced_header_of_years_and_a_change_column_checks_each_count(tmp_path: Path) -> None:
    assert "|项目|2024年|2023年|同比增减|" in norm(_YEARS.format(p="12.9")).text.split("\n")
    changes = {c.operands["current"]: c.status for c in audit_text(tmp_path, _YEARS.format(p="12.9"))
               if c.rule == "change.table"}
    # (the amount in 万元 is read too, never failing: growth of amounts may be at comparable prices -- tab22)
    assert changes == {4512: "pass", 386: "pass", 1462.8: "pass"}
    wrong = {c.operands["current"]: c.status for c in audit_text(tmp_path, _YEARS.format(p="21.9"))
             if c.rule == "change.table"}
    assert wrong == {4512: "pass", 386: "fail", 1462.8: "pass"}


def test_a_change_head_over_counts_is_no_change_column(tmp_path: Path) -> None:
    # "同比增减" over counts (44, not 9.9%): an absolute change, not the percent the reading checks
    text = "项目 2024年 2023年 同比增减\n检查次数 4,512 4,106 406\n立案数 386 342 44\n"
    assert not [c for c in audit_text(tmp_path, text) if c.rule == "change.table"]


_COUNTIES = "各县区事故情况\n县区 事故起数 死亡人数\n甲县 12 9\n乙县 8 7\n丙区 15 {d}\n全市 35 27\n"


def test_rows_of_a_name_and_two_figures_under_a_jurisdiction_row(tmp_path: Path) -> None:
    assert "|全市|35|27|" in norm(_COUNTIES.format(d=11)).text.split("\n")
    sums = {c.operands["total"]: c.status for c in audit_text(tmp_path, _COUNTIES.format(d=11))
            if c.rule == "sum.table_total"}
    assert sums == {35: "pass", 27: "pass"}
    sums = {c.operands["total"]: c.status for c in audit_text(tmp_path, _COUNTIES.format(d=13))
            if c.rule == "sum.table_total"}
    assert sums == {35: "pass", 27: "fail"}


def test_two_lines_of_a_name_and_two_figures_stay_prose() -> None:
    text = "甲县 12 9\n乙县 8 7\n全年工作总结如下。"
    assert "|" not in norm(text).text


def test_a_jurisdiction_row_above_the_counties_is_not_read_as_their_total_row(tmp_path: Path) -> None:
    # the whole first, then its parts: not a last "全市" row (the leading-total reading is another rule's)
    text = "县区 事故起数 死亡人数\n全市 35 27\n甲县 12 9\n乙县 8 7\n丙区 15 11\n"
    assert not [c for c in audit_text(tmp_path, text) if c.status == "fail"]


_CARRIED_TABLE = ("全市收到行政复议申请1,538件,受理1,402件。{carry}全年审结1,420件。\n表1 各地办理情况\n"
                  "|地区|收到申请|受理|审结|纠错|\n|甲区|812|736|751|88|\n|乙县|726|666|669|71|\n"
                  "|合计|1,538|1,402|1,420|159|\n")


def test_a_closing_column_over_the_intake_column_is_no_error_when_work_was_carried_in(tmp_path: Path) -> None:
    # 审结 751 > 受理 736: the prose says cases were carried in from last year, which 审结 holds
    carried = audit_text(tmp_path, _CARRIED_TABLE.format(carry="加上年结转的46件,"))
    assert not [c for c in carried if c.status == "fail"]
    # the bounds carried-in work does not touch stay (受理 <= 收到, 纠错 <= 审结)
    stages = {(c.operands["smaller"], c.operands["larger"]) for c in carried if c.rule == "bound.stage"}
    assert (736, 812) in stages and (88, 751) in stages and (751, 736) not in stages
    # with nothing said of carried work, a row's 审结 over its 受理 may hold older cases: unverifiable
    # (session 18, fa37: closings beside intake in a table), never a fail
    plain = audit_text(tmp_path, _CARRIED_TABLE.format(carry=""))
    rows = {(c.operands["smaller"], c.operands["larger"]): c.status for c in plain if c.rule == "bound.stage"}
    assert rows[(751, 736)] == "unverifiable" and rows[(669, 666)] == "unverifiable"
    # when the text says nothing was carried in, 审结 over 受理 is an error of the table
    none_in = audit_text(tmp_path, _CARRIED_TABLE.format(carry="上年无结转,"))
    assert {(c.operands["smaller"], c.operands["larger"]) for c in none_in
            if c.rule == "bound.stage" and c.status == "fail"} >= {(751, 736), (669, 666)}


def test_a_prose_group_named_after_deng_is_not_its_first_kinds_row(tmp_path: Path) -> None:
    # "本机关不掌握相关政府信息等无法提供的9件" counts the whole 无法提供 group (7 + 2), not its first row
    text = ("本年度办结申请40件。予以公开25件,本机关不掌握相关政府信息等无法提供的9件,不予处理6件。\n"
            "|办理结果|总计|\n|(一)予以公开|25|\n|(四)无法提供 1.本机关不掌握相关政府信息|7|\n"
            "|2.没有现成信息需要另行制作|2|\n|(五)不予处理|6|\n")
    found = [c for c in audit_text(tmp_path, text) if c.rule == "equal.restated_table"]
    assert not [c for c in found if c.status == "fail"]
    assert [c.operands["values"] for c in found if c.operands["values"][0] == 25] == [[25, 25]]


def test_a_top_n_total_row_sums_the_ranked_rows_above_it(tmp_path: Path) -> None:
    # a rank column (位次) and a share column are no figures of the total; 前三位合计 adds the rows
    html = ("<table><tr><th>位次</th><th>诉求类别</th><th>数量(件)</th><th>占比</th></tr>"
            "<tr><td>1</td><td>物业管理</td><td>3,216</td><td>21.4%</td></tr>"
            "<tr><td>2</td><td>市政设施</td><td>2,405</td><td>16.0%</td></tr>"
            "<tr><td>3</td><td>交通出行</td><td>{c}</td><td>12.2%</td></tr>"
            "<tr><td></td><td>前三位合计</td><td>7,453</td><td>49.6%</td></tr></table>")
    p = tmp_path / "t.html"
    for c, status in (("1,832", "pass"), ("1,823", "fail")):
        p.write_text(html.format(c=c), encoding="utf-8")
        totals = [(ch.status, ch.operands["parts"]) for ch in toolkit.audit(p).checks if ch.rule == "sum.table_total"]
        assert [st for st, _ in totals] == [status] and 1 not in totals[0][1]
