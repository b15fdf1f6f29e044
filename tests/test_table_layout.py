"""toolkit.table_layout: tables laid out one cell a line, regrouped as "|" rows."""

from __future__ import annotations

import toolkit
from toolkit.load import Document
from toolkit.normalize import normalize

ONE_CELL_A_LINE = """表1 执法检查情况统计表
项目
2023年
2022年
增减

检查企业(家次)
1,860
1,620
240
发现隐患(项)
4,312
3,980
332
立案(起)
96
88
8
全年共检查企业1,860家次。
"""


def _doc(raw: str) -> Document:
    return Document(path="r.txt", text=raw, format="txt", encoding="utf-8", sha256="", size=len(raw))


def _text(raw: str) -> str:
    return normalize(_doc(raw)).text


def test_a_table_printed_one_cell_a_line_becomes_rows():
    text = _text(ONE_CELL_A_LINE)
    assert "|项目|2023年|2022年|增减|" in text
    assert "|发现隐患(项)|4,312|3,980|332|" in text
    assert "|立案(起)|96|88|8|" in text
    assert text.startswith("表1")  # the caption is no cell
    assert text.rstrip().endswith("全年共检查企业1,860家次。")


def test_each_cell_keeps_its_origin():
    t = normalize(_doc(ONE_CELL_A_LINE))
    i = t.text.index("4,312")
    a, b = t.original_span(i, i + 5)
    assert ONE_CELL_A_LINE[a:b] == "4,312"


def test_one_row_under_a_header_is_no_table():
    raw = "项目\n2023年\n2022年\n检查企业\n1,860\n1,620\n全年检查企业1,860家次。\n"
    assert "|" not in _text(raw)


def test_short_lines_of_prose_are_left_alone():
    raw = "一、工作成效\n全年办理案件\n120\n件\n二、存在问题\n基层力量薄弱\n"
    assert "|" not in _text(raw)


def test_rows_of_a_table_one_cell_a_line_are_checked(tmp_path):
    raw = """表2 各镇调解情况
镇名
受理
调解成功
成功率(%)
青山镇
120
114
95.0
白水镇
80
76
95.0
石桥镇
50
{x}
90.0
河口镇
40
38
95.0
"""
    p = tmp_path / "r.txt"
    p.write_text(raw.format(x=45), encoding="utf-8")
    good = [c.status for c in toolkit.audit(p).checks if c.rule.startswith("ratio.table")]
    assert good == ["pass"] * 4
    p.write_text(raw.format(x=48), encoding="utf-8")
    bad = [c.status for c in toolkit.audit(p).checks if c.rule.startswith("ratio.table")]
    assert bad.count("fail") == 1


NATIONAL_ONE_CELL = """三、收到和处理政府信息公开申请情况
申请人情况
自然人
法人或其他组织
总计
一、本年新收政府信息公开申请数量
30
4
34
二、上年结转政府信息公开申请数量
1
0
1
三、本年度办理结果
（一）予以公开
20
2
22
（二）部分公开（区分处理的，只计这一情形，不计其他情形）
5
1
6
（三）不予公开
1.属于国家秘密
0
0
0
四、政府信息公开行政复议、行政诉讼情况
行政复议
行政诉讼
结果维持
结果纠正
其他结果
尚未审结
总计
未经复议直接起诉
复议后起诉
结果维持
结果纠正
其他结果
尚未审结
总计
结果维持
结果纠正
其他结果
尚未审结
总计
2
1
0
0
3
0
0
0
1
1
0
0
0
0
0
本年度被申请行政复议3件。
"""


def test_group_labels_between_rows_keep_the_table_going():
    text = _text(NATIONAL_ONE_CELL)
    assert "|三、本年度办理结果||" in text
    assert "|（一）予以公开|20|2|22|" in text or "|(一)予以公开|20|2|22|" in text
    # a label whose aside holds commas is one cell
    assert "|5|1|6|" in text and "不计其他情形)|5|1|6|" in text


def test_words_a_table_repeats_are_no_running_header():
    text = _text(NATIONAL_ONE_CELL)
    assert "|自然人|法人或其他组织|总计|" in text  # "总计" recurs four times, and stays


def test_one_row_of_figures_under_repeated_blocks_of_heads():
    text = _text(NATIONAL_ONE_CELL)
    heads = "|结果维持|结果纠正|其他结果|尚未审结|总计|" * 3
    assert heads.replace("||", "|") in text
    assert "|2|1|0|0|3|0|0|0|1|1|0|0|0|0|0|" in text
    # the group heads come before the header, so the two rows are one table
    i = text.index("|结果维持")
    assert text[i:].split("\n")[1] == "|2|1|0|0|3|0|0|0|1|1|0|0|0|0|0|"


def test_the_national_table_printed_one_cell_a_line_is_checked(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(NATIONAL_ONE_CELL.replace("20\n2\n22", "20\n2\n25"), encoding="utf-8")
    failing = [c.operands for c in toolkit.audit(p).checks if c.status == "fail" and c.rule == "sum.table_row"]
    assert failing == [{"total": 25, "parts": [20, 2]}]


def test_a_label_wrapped_over_two_lines_is_one_cell():
    raw = NATIONAL_ONE_CELL.replace("1.属于国家秘密\n", "1.属于国家秘密或者其他法律行政法规禁止公开的政府信\n息\n")
    text = _text(raw)
    assert "|1.属于国家秘密或者其他法律行政法规禁止公开的政府信息|0|0|0|" in text


def test_outcome_rows_under_group_labels_add_up_to_the_total_row(tmp_path):
    html = """<html><body><table>
<tr><td>办理结果</td><td>自然人</td><td>法人</td><td>总计</td></tr>
<tr><td>（一）予以公开</td><td>17</td><td>1</td><td>18</td></tr>
<tr><td colspan="4">（三）不予公开</td></tr>
<tr><td>1.属于国家秘密</td><td>1</td><td>0</td><td>1</td></tr>
<tr><td colspan="4">（四）无法提供</td></tr>
<tr><td>1.本机关不掌握相关政府信息</td><td>11</td><td>1</td><td>12</td></tr>
<tr><td>（七）总计</td><td>29</td><td>2</td><td>{x}</td></tr>
</table></body></html>"""
    p = tmp_path / "r.html"
    p.write_text(html.format(x=31), encoding="utf-8")
    sums = [(c.operands["total"], c.operands["parts"], c.status) for c in toolkit.audit(p).checks
            if c.rule == "sum.table_total"]
    assert (29, [17, 1, 11], "pass") in sums and (31, [18, 1, 12], "pass") in sums
    p.write_text(html.format(x=33), encoding="utf-8")
    assert 33 in [c.operands["total"] for c in toolkit.audit(p).checks if c.status == "fail"]
