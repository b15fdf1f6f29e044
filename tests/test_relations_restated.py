"""Prose figures restated in a table (toolkit/relations/restated.py). Project texts."""

from __future__ import annotations

from pathlib import Path

import toolkit

TABLE = """（二）依申请公开。全年新收政府信息公开申请{new}件。办结的29件中,予以公开20件,无法提供8件(均为本机关不掌握相关政府信息),不予处理1件。
|信息内容|自然人|法人|总计|
|一、本年新收政府信息公开申请数量|40|2|42|
|三、本年度办理结果|（一）予以公开|18|2|20|
|（四）无法提供|1.本机关不掌握相关政府信息|7|1|8|
"""


def restated(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    # A restatement the metric catalog already pairs (equal.restated) is said once, by either rule.
    return sorted((tuple(c.operands["values"]), c.status) for c in toolkit.audit(p).checks
                  if c.rule in ("equal.restated_table", "equal.restated"))


def test_prose_and_table_agree_or_the_check_fails(tmp_path) -> None:
    assert restated(tmp_path, TABLE.format(new=42)) == [((20, 20), "pass"), ((42, 42), "pass")]
    assert ((41, 42), "fail") in restated(tmp_path, TABLE.format(new=41))


def test_an_aside_belongs_to_the_figure_before_it(tmp_path) -> None:
    # "不予处理1件" follows "(均为本机关不掌握相关政府信息)": it does not restate that row.
    assert [v for v, _ in restated(tmp_path, TABLE.format(new=42)) if 1 in v] == []


def test_a_row_restated_differently_fails(tmp_path) -> None:
    text = TABLE.format(new=42).replace("予以公开20件,无法提供8件", "予以公开19件,无法提供9件")
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    assert [(c.operands["values"], c.status) for c in toolkit.audit(p).checks
            if c.rule == "equal.restated_table"] == [([19, 20], "fail")]


def test_every_rule_the_engine_emits_is_described_in_words(tmp_path) -> None:
    # The workbook's Rules sheet describes each rule by RULE_TEXT; a new rule needs its words.
    from toolkit.messages import RULE_TEXT

    root = Path(__file__).parent / "data"
    rules = {c.rule for p in [*(root / "consistent").glob("*.txt"), *(root / "unseen2" / "reports").iterdir()]
             for c in toolkit.audit(p).checks}
    assert sorted(r for r in rules if r not in RULE_TEXT and not r.startswith("catalog.")) == []


LISTED = """（二）依申请公开。全年新收政府信息公开申请36件。办理结果中,予以公开{shown}件、部分公开{part}件、不予公开3件。
|信息内容|自然人|法人|总计|
|一、本年新收政府信息公开申请数量|30|6|36|
|三、本年度办理结果|（一）予以公开|14|2|16|
|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|4|1|5|
"""


def test_a_row_label_without_its_aside_and_list_items_each_their_own(tmp_path) -> None:
    # the row "（二）部分公开（区分处理的…）" is named by 部分公开; "予以公开16件、部分公开5件":
    # the words after 16 (部分公开) name the next item, not 16
    got = restated(tmp_path, LISTED.format(shown=16, part=5))
    assert ((5, 5), "pass") in got and ((16, 16), "pass") in got
    bad = restated(tmp_path, LISTED.format(shown=16, part=6))
    assert ((6, 5), "fail") in bad or ((5, 6), "fail") in bad
    assert ((16, 16), "pass") in bad


COLUMNS = """（三）政府信息管理。全年制发行政规范性文件{issued}件,废止{repealed}件,现行有效{valid}件。
|信息内容|本年制发件数|本年废止件数|现行有效件数|
|规章|0|0|0|
|行政规范性文件|7|2|38|
"""


def test_a_cell_under_a_column_header_restated_in_the_prose(tmp_path) -> None:
    # the prose figure's own words name the column (废止), its sentence names the row
    assert restated(tmp_path, COLUMNS.format(issued=7, repealed=2, valid=38)) == [
        ((2, 2), "pass"), ((7, 7), "pass"), ((38, 38), "pass")]
    bad = restated(tmp_path, COLUMNS.format(issued=7, repealed=3, valid=38))
    assert ((3, 2), "fail") in bad


def test_a_sentence_of_another_time_does_not_restate_this_years_column(tmp_path) -> None:
    text = COLUMNS.format(issued=7, repealed=2, valid=38).replace(
        "现行有效38件。", "现行有效38件。对2020年底前制发的行政规范性文件开展清理,废止11件。")
    got = restated(tmp_path, text)
    assert [v for v, _ in got if 11 in v] == []
    assert ((2, 2), "pass") in got  # the year's figure is still the one restated
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    assert [c for c in toolkit.audit(p).checks if c.status == "fail"] == []


CARRIED = """（二）依申请公开。全年新收政府信息公开申请44件,上年结转{carried}件。
|信息内容|自然人|法人|总计|
|一、本年新收政府信息公开申请数量|40|4|44|
|二、上年结转政府信息公开申请数量|2|0|2|
"""


def test_a_row_named_by_its_own_words_only(tmp_path) -> None:
    # "上年结转2件" shares with its row only the words no other row has (上年结转)
    assert restated(tmp_path, CARRIED.format(carried=2)) == [((2, 2), "pass"), ((44, 44), "pass")]
    assert ((3, 2), "fail") in restated(tmp_path, CARRIED.format(carried=3))


def test_own_words_said_by_two_figures_pair_neither(tmp_path) -> None:
    text = CARRIED.format(carried=2).replace("上年结转2件。", "上年结转2件。另有上年结转复议案件5件。")
    assert [v for v, _ in restated(tmp_path, text) if 2 in v or 5 in v] == []


OUTCOMES = """（二）依申请公开。全年新收政府信息公开申请30件,全年办结{closed}件,结转下年度继续办理2件。
|信息内容|自然人|法人|总计|
|一、本年新收政府信息公开申请数量|26|4|30|
|三、本年度办理结果|（一）予以公开|15|2|17|
|（二）不予公开|9|2|11|
|（七）总计|24|4|28|
"""


def test_the_total_of_outcomes_is_what_was_closed(tmp_path) -> None:
    # "（七）总计" under "三、本年度办理结果" counts the requests closed: "全年办结28件"
    assert ((28, 28), "pass") in restated(tmp_path, OUTCOMES.format(closed=28))
    assert ((27, 28), "fail") in restated(tmp_path, OUTCOMES.format(closed=27))
    # two figures that name the closing alone: which one is meant is open
    two = OUTCOMES.format(closed=28).replace("结转下年度继续办理2件。", "结转下年度继续办理2件。本年度共办结申请31件。")
    assert [v for v, _ in restated(tmp_path, two) if 28 in v and 30 not in v] == []
    # a figure of another period names no competitor
    half = OUTCOMES.format(closed=28).replace("结转下年度继续办理2件。", "结转下年度继续办理2件。上半年办结12件。")
    assert ((28, 28), "pass") in restated(tmp_path, half)


def test_a_prose_figure_sharing_only_the_reports_theme_restates_no_row(tmp_path) -> None:
    # "因政府信息公开被申请行政复议2件" shares 政府信息公开 with the 新收 row, but names 行政复议
    text = ("全年因政府信息公开被申请行政复议2件、被提起行政诉讼1件。\n|信息内容|自然人|法人|总计|\n"
            "|一、本年新收政府信息公开申请数量|40|2|42|\n")
    assert [v for v, _ in restated(tmp_path, text) if 2 in v] == []
