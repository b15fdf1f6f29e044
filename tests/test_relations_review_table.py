"""The national 行政复议/行政诉讼 table of a 政府信息公开 report restated in the prose
(relations/review_table.py): 被申请行政复议 is the 复议 总计 cell, 被提起行政诉讼 the two 诉讼 总计
cells together, 复议被纠正 the 结果纠正 cell."""

from __future__ import annotations

import toolkit

HEAD = ("四、政府信息公开行政复议、行政诉讼情况\n"
        "|行政复议|||||行政诉讼||||||||||\n"
        "|结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉结果维持|结果纠正|其他结果|尚未审结|总计|"
        "复议后起诉结果维持|结果纠正|其他结果|尚未审结|总计|\n")


def review(tmp_path, row: str, prose: str) -> list[tuple[str, str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(HEAD + row + "\n" + prose + "\n", encoding="utf-8")
    return sorted(((c.status, c.rule, c.operands) for c in toolkit.audit(p).checks if "review_table" in c.rule),
                  key=repr)


ROW = "|3|2|0|1|6|1|1|0|0|2|1|0|0|0|1|"


def test_the_prose_states_the_table(tmp_path) -> None:
    prose = "本年度因政府信息公开工作被申请行政复议6件、被提起行政诉讼3件,其中行政复议被纠正2件。"
    assert review(tmp_path, ROW, prose) == [
        ("pass", "equal.review_table", {"values": [2, 2]}),
        ("pass", "equal.review_table", {"values": [6, 6]}),
        ("pass", "sum.review_table", {"total": 3, "parts": [2, 1]})]


def test_a_misprint_fails(tmp_path) -> None:
    prose = "本年度因政府信息公开工作被申请行政复议5件、被提起行政诉讼3件。"
    assert ("fail", "equal.review_table", {"values": [5, 6]}) in review(tmp_path, ROW, prose)


def test_one_litigation_total_is_an_equality(tmp_path) -> None:
    row = "|3|2|0|1|6|1|1|0|0|2|0|0|0|0|0|"
    prose = "本年度因政府信息公开工作被提起行政诉讼2件。"
    assert review(tmp_path, row, prose) == [("pass", "equal.review_table", {"values": [2, 2]})]


def test_last_year_s_figure_is_not_the_table(tmp_path) -> None:
    prose = "上年被申请行政复议4件。"
    assert review(tmp_path, ROW, prose) == []
