"""False alarms of table totals and restatements (helper fa13, session 13): a column of rates,
percents of each row's own base or figures per N is never summed into the total row; a prose count
restates a table cell only when the cell's row and column name the same measure in the same unit.
Each test holds the consistent variant that must not fail, a trap the engine once flagged, and
where the relation is real a planted error that still fails. Every text is written for the project."""

from __future__ import annotations

import pytest

import toolkit


def _checks(tmp_path, text: str, suffix: str = ".txt") -> list:
    p = tmp_path / f"r{suffix}"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def _fails(tmp_path, text: str, suffix: str = ".txt") -> list[tuple[str, dict]]:
    return [(c.rule, c.operands) for c in _checks(tmp_path, text, suffix) if c.status == "fail"]


def _sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in _checks(tmp_path, text) if c.rule == "sum.table_total"}


# --- a percent of each row's own base (完成预算%) adds up with nothing ------------------------------

_COMPLETION = """关于本局2024年非税收入征收情况的说明

二、各项收入完成情况
|项目|年初预算(万元)|实际完成(万元)|{head}|
|税务罚没收入|1,200|1,350|112.5|
|行政事业性收费|800|760|95.0|
|国有资源有偿使用收入|500|410|82.0|
|合计|2,500|{done}|100.8|
"""


@pytest.mark.parametrize("head", ["完成年初预算%", "完成预算(%)", "为预算的%", "预算完成进度(%)"])
def test_a_completion_percent_column_is_not_summed(tmp_path, head: str) -> None:
    text = _COMPLETION.format(head=head, done="2,520")  # 2520/2500 = 100.8%, each row its own
    sums = _sums(tmp_path, text)
    assert not _fails(tmp_path, text)
    assert not any(k[0] == 100.8 for k in sums)  # 112.5 + 95.0 + 82.0 is no 100.8: no check made
    assert sums[(2520, 1350, 760, 410)] == "pass"  # the amounts beside it are still summed


def test_an_amount_column_beside_a_percent_column_still_fails_when_it_does_not_add_up(tmp_path) -> None:
    text = _COMPLETION.format(head="完成年初预算%", done="2,530")
    assert _sums(tmp_path, text)[(2530, 1350, 760, 410)] == "fail"


def test_a_share_column_still_adds_up_to_its_hundred(tmp_path) -> None:
    table = ("某区2024年消费投诉分析\n\n二、投诉类别\n|类别|投诉量(件)|占比(%)|\n|商品质量|500|50.0|\n"
             "|售后服务|300|30.0|\n|合同纠纷|200|{c}|\n|合计|1,000|100.0|\n")
    assert _sums(tmp_path, table.format(c="20.0"))[(100, 50, 30, 20)] == "pass"
    assert _sums(tmp_path, table.format(c="25.0"))[(100, 50, 30, 25)] == "fail"


# --- a figure per N people (每万人, 每千人口, 件/万人) is the whole's own rate, no sum ----------------

_PER_N = """某区2024年投诉举报情况通报

三、各街道投诉量
|街道|常住人口(万人)|投诉量(件)|{head}|
|东城街道|4.0|1,200|300.0|
|西城街道|2.5|1,000|400.0|
|南湖街道|3.5|700|200.0|
|全区|10.0|{total}|290.0|
"""


@pytest.mark.parametrize("head", ["每万人投诉量(件)", "万人投诉量(件/万人)", "每万人口投诉件数"])
def test_a_per_n_column_is_not_summed(tmp_path, head: str) -> None:
    text = _PER_N.format(head=head, total="2,900")  # 2900 / 10.0万人 = 290 a 万人
    sums = _sums(tmp_path, text)
    assert not _fails(tmp_path, text)
    assert not any(k[0] == 290 for k in sums)
    assert sums[(2900, 1200, 1000, 700)] == "pass"
    assert sums[(10, 4, 2.5, 3.5)] == "pass"


def test_the_counts_beside_a_per_n_column_still_fail_when_they_do_not_add_up(tmp_path) -> None:
    assert _sums(tmp_path, _PER_N.format(head="每万人投诉量(件)", total="2,950"))[(2950, 1200, 1000, 700)] == "fail"


def test_a_table_of_one_per_n_column_is_no_sum(tmp_path) -> None:
    # one column only: the "one total for every figure" reading must not sum the rates either
    text = ("某市2023年卫生资源情况\n\n表3 各县区执业医师配备\n|县区|每千人口执业医师数(人)|\n"
            "|甲县|2.8|\n|乙县|3.1|\n|丙县|2.7|\n|全市|2.9|\n")
    assert not _fails(tmp_path, text)
    assert not _sums(tmp_path, text)


def test_an_average_column_is_not_summed(tmp_path) -> None:
    text = ("某县2023年教育事业统计\n\n|学段|学校数(所)|在校生(人)|校均规模(人)|\n|小学|20|9,000|450|\n"
            "|初中|8|4,800|600|\n|合计|28|13,800|493|\n")
    sums = _sums(tmp_path, text)
    assert not _fails(tmp_path, text)
    assert not any(k[0] == 493 for k in sums)
    assert sums[(13800, 9000, 4800)] == "pass"


# --- the national disclosure table's sums are still checked ----------------------------------------

def test_the_disclosure_outcome_table_is_still_summed(tmp_path) -> None:
    table = ("某街道办事处2023年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n"
             "|办理结果|自然人|法人或其他组织|总计|\n|(一)予以公开|6|2|8|\n|(二)部分公开|1|1|2|\n"
             "|(三)不予公开|0|1|1|\n|(四)总计|7|4|{t}|\n")
    assert _sums(tmp_path, table.format(t="11"))[(11, 8, 2, 1)] == "pass"
    assert _sums(tmp_path, table.format(t="12"))[(12, 8, 2, 1)] == "fail"


# --- "行政处罚信息65条" counts items published, not the row 行政处罚 of 处理决定数量 ------------------

def _permits(sentence: str) -> str:
    return ("<html><head><meta charset=\"utf-8\"><title>某县市场监督管理局2022年政府信息公开工作年度报告</title>"
            "</head><body>\n<h2>一、总体情况</h2>\n<p>(一)主动公开。" + sentence + "</p>\n"
            "<h2>二、主动公开政府信息情况</h2>\n<table border=\"1\">\n"
            "<tr><td colspan=\"2\">第二十条第(六)项</td></tr>\n"
            "<tr><td>信息内容</td><td>本年处理决定数量</td></tr>\n"
            "<tr><td>行政处罚</td><td>88</td></tr>\n<tr><td>行政强制</td><td>12</td></tr>\n"
            "</table>\n</body></html>\n")


def test_items_of_information_named_after_a_row_do_not_restate_its_decisions(tmp_path) -> None:
    text = _permits("全年主动公开政府信息540条,其中规划计划信息9条,行政处罚信息65条,行政强制信息12条,"
                    "其他信息454条。")
    got = _checks(tmp_path, text, ".html")
    assert not [c for c in got if c.status == "fail"]
    assert not any(c.kind == "equal" and 65 in c.operands["values"] for c in got)


@pytest.mark.parametrize("sentence", ["全年主动公开政府信息540条。全年作出行政处罚决定86件。",
                                      "全年主动公开政府信息540条。全年办理行政处罚86件,行政强制12件。"])
def test_the_decisions_named_as_such_are_still_checked(tmp_path, sentence: str) -> None:
    fails = _fails(tmp_path, _permits(sentence), ".html")
    assert any(rule.startswith("equal.restated") and sorted(ops["values"]) == [86, 88] for rule, ops in fails)
    assert not _fails(tmp_path, _permits(sentence.replace("86", "88")), ".html")


# --- the older 指标|单位|数量 table: a channel's row, a row of 费用 in 万元 ------------------------

def _older(published: str, requests: str) -> str:
    return f"""某县统计局2018年政府信息公开工作年度报告

一、概述
2018年,本局全年主动公开政府信息{published}条,受理依申请公开{requests}件,均在法定期限内答复。
二、政府信息公开情况统计表
|指标|单位|数量|
|一、主动公开情况| | |
|(一)主动公开政府信息数|条|240|
|(二)通过不同渠道和方式公开政府信息的情况| | |
|1.政府网站公开政府信息数|条|205|
|2.政务微信公开政府信息数|条|35|
|二、依申请公开情况| | |
|(一)收到申请数|件|9|
|(二)申请办结数|件|9|
|三、依申请公开信息收取的费用|万元|0|
|四、政府信息公开专项经费|万元|2.4|
"""


def test_a_prose_count_restates_the_whole_row_not_a_channel_nor_a_fee(tmp_path) -> None:
    got = _checks(tmp_path, _older("240", "9"))
    assert not [c for c in got if c.status == "fail"]
    pairs = [sorted(c.operands["values"]) for c in got if c.rule == "equal.restated"]
    assert [240, 240] in pairs
    assert [205, 240] not in pairs and [0, 9] not in pairs


def test_the_whole_row_still_fails_when_the_prose_differs(tmp_path) -> None:
    fails = _fails(tmp_path, _older("250", "9"))
    assert [sorted(ops["values"]) for rule, ops in fails if rule == "equal.restated"] == [[240, 250]]


def test_a_count_of_requests_is_never_checked_against_the_fee_row(tmp_path) -> None:
    got = _checks(tmp_path, _older("240", "7"))
    assert not any(c.kind == "equal" and 0 in c.operands["values"] for c in got)


_MD_DECISIONS = "\n\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 1,460 |\n| 行政强制 | 37 |\n"


def test_a_markdown_table_names_its_column_above_the_rule_line(tmp_path) -> None:
    # the column is 本年处理决定数量 (not the "| --- |" line): 决定 names it, 信息 does not
    named = "本年度依法作出行政许可决定{n}件。" + _MD_DECISIONS
    got = {tuple(c.operands["values"]): c.status for c in _checks(tmp_path, named.format(n="1,460"), ".md")
           if c.kind == "equal"}
    assert got.get((1460, 1460)) == "pass"
    assert ("fail" in {c.status for c in _checks(tmp_path, named.format(n="1,640"), ".md")
                       if c.kind == "equal" and 1640 in c.operands["values"]})
    items = "全年主动公开政府信息2,310条,其中行政许可信息980条,其他信息1,330条。" + _MD_DECISIONS
    assert not any(c.kind == "equal" and 980 in c.operands["values"] for c in _checks(tmp_path, items, ".md"))
    assert not _fails(tmp_path, items, ".md")
