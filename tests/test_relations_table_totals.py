"""A table's total row restated in the prose (relations/table_totals.py), on tables written for
the project: each total cell is its column's whole, so the prose figure naming that measure in
the column's unit must agree; a kind of it (民办…), a row's own figure, another time or two
figures naming the measure give nothing."""

from __future__ import annotations

import toolkit


def totals(tmp_path, text: str) -> list[tuple[str, list]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return sorted((c.status, c.operands["values"]) for c in toolkit.audit(p).checks if c.rule == "equal.table_total")


TABLE = ("表2 各街道矛盾纠纷调解情况\n"
         "|街道|受理纠纷(件)|调解成功(件)|涉及金额(万元)|\n"
         "|东湖街道|412|398|356.2|\n"
         "|西岭街道|287|270|198.4|\n"
         "|南港街道|301|295|240.9|\n"
         "|合计|1000|963|795.5|\n")


def test_the_total_row_restated(tmp_path) -> None:
    prose = "全年各街道人民调解委员会共受理纠纷1000件,调解成功963件,涉及金额795.5万元。\n"
    assert totals(tmp_path, prose + TABLE) == [("pass", [795.5, 795.5]), ("pass", [963, 963]),
                                               ("pass", [1000, 1000])]


def test_a_misprinted_restatement_fails(tmp_path) -> None:
    prose = "全年各街道人民调解委员会共受理纠纷1000件,调解成功936件,涉及金额795.5万元。\n"
    assert ("fail", [936, 963]) in totals(tmp_path, prose + TABLE)


def test_a_kind_or_a_row_is_not_the_whole(tmp_path) -> None:
    kind = "全年婚姻家庭类受理纠纷288件,调解成功279件。\n"
    assert totals(tmp_path, kind + TABLE) == []
    row = "东湖街道受理纠纷412件,调解成功398件。\n"
    assert totals(tmp_path, row + TABLE) == []


def test_another_time_or_a_narrower_set(tmp_path) -> None:
    half = "1-6月共受理纠纷486件。\n"
    assert totals(tmp_path, half + TABLE) == []
    narrow = "其中受理纠纷中涉及物业的调解成功120件。\n"
    assert totals(tmp_path, narrow + TABLE) == []


def test_two_figures_naming_the_measure_give_nothing(tmp_path) -> None:
    two = "全街道调解成功963件。全区另有行业性调解组织调解成功215件。\n"
    assert ("pass", [963, 963]) not in totals(tmp_path, two + TABLE.replace("表2 各街道矛盾纠纷调解情况", "表2"))


def test_a_later_paragraph_is_not_the_table_s(tmp_path) -> None:
    after = ("\n全年调解成功963件。\n" + TABLE + "各街道调解员队伍稳定。\n"
             "三、行业性调解\n全年行业性调解组织受理纠纷1,212件,调解成功1,180件。\n")
    assert totals(tmp_path, after) == [("pass", [963, 963])]


YEARS = ("|年度|收到申请(件)|受理(件)|审结(件)|\n"
         "|2025年|46|41|39|\n"
         "|2024年|38|35|35|\n")


def test_the_report_s_year_row(tmp_path) -> None:
    text = ("某区司法局2025年行政复议工作报告\n一、行政复议\n全年受理行政复议案件41件,审结39件。\n"
            "近两年情况如下:\n" + YEARS)
    assert totals(tmp_path, text) == [("pass", [39, 39]), ("pass", [41, 41])]
    bad = text.replace("审结39件", "审结38件")
    assert ("fail", [38, 39]) in totals(tmp_path, bad)


def test_a_bare_verb_of_another_section(tmp_path) -> None:
    text = ("某区司法局2025年行政复议工作报告\n一、投诉举报\n全年受理投诉举报293件。\n"
            "二、行政复议\n近两年情况如下:\n" + YEARS)
    assert totals(tmp_path, text) == []
