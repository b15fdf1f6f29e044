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
