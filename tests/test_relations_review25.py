"""Session 25, review25: readings the session's review found to misread consistent texts.

* An item's number at the head of a line or sentence ("1. 5件予以公开") is no decimal point: the space
  after it is kept, so that the item's figure is 5件, not 1.5件 (normalize._item_spaces; a figure a PDF
  spaced out letter by letter after the number, "1. 3 1 2件", is still joined).
* "比年初5,280亿元增加…": the level at the start of the year is the level compared against (roles._PREVIOUS;
  since fix64 read 年初 before a figure as no lunar 初, it was read as a current level of a yoy change).
* "咨询类诉求…、求助类诉求…,其中…占该类诉求的": two sets of the kind before the part, the anaphor names
  neither (anaphoric_bases took the nearest).
* A sentence opening with another time ("2023年同期,全市完成…", "2023年1-8月,…") restates no cell of the
  report's period table (period_cells: the compared words and years were looked for in the clause alone).
* Changes named in a sentence of their own speak of the figures of the sentence before only when they
  name no scope or time those figures lack ("一季度立案800起…。全年立案数…分别增长": named_changes).
* Item lines below a figure ("…1,926家次:\n1.网吧800家次,责令整改50家次;\n2.…") holding a count in a
  clause after the item's own are no breakdown to sum: which are parts is open (structure._list_lines_end;
  the session's colon-lines rule, nested_lists.lines_after_a_figure, fed it more texts).
"""

from __future__ import annotations

from helpers import audit_text, norm


def checks(tmp_path, text: str, kind: str = "") -> list:
    return [c for c in audit_text(tmp_path, text, ".txt") if not kind or c.kind == kind]


# -- an item's number before the item's figure ------------------------------------------------------------

_ITEMS = "全年受理申请12件,办理结果如下:\n1. 7件予以公开,占{a}%;\n2. 5件不予公开,占41.7%。"


def test_an_items_number_is_no_decimal_point(tmp_path):
    found = checks(tmp_path, _ITEMS.format(a="58.3"))
    assert not [c for c in found if c.status == "fail"]
    assert any(c.kind == "ratio" and c.operands["numerator"] == 7 and c.status == "pass" for c in found)


def test_an_items_wrong_share_still_fails(tmp_path):
    found = checks(tmp_path, _ITEMS.format(a="68.3"), "ratio")
    assert [c.operands["numerator"] for c in found if c.status == "fail"] == [7]


def test_an_items_number_and_a_letter_spaced_figure():
    assert norm("办理结果如下:1. 3 1 2件予以公开").text == "办理结果如下:1. 312件予以公开"
    assert norm("立案查处 3 1 2件,增长 9. 5%").text == "立案查处312件,增长9.5%"


# -- a level at the start of the year, compared against ---------------------------------------------------

_START = "年末各项存款余额5,600亿元,{cmp}5,280亿元增加320亿元,增长{p}%。"


def test_the_level_at_the_start_of_the_year_is_the_previous_one(tmp_path):
    found = checks(tmp_path, _START.format(cmp="比年初", p="6.1"), "change")
    assert [(c.operands["current"], c.operands["previous"], c.status) for c in found] == [(5600, 5280, "pass")]


def test_a_wrong_change_against_the_start_of_the_year_still_fails(tmp_path):
    found = checks(tmp_path, _START.format(cmp="较年初的", p="7.1"), "change")
    assert [(c.operands["current"], c.operands["previous"], c.status) for c in found] == [(5600, 5280, "fail")]


# -- an anaphoric base after two sets of its kind ---------------------------------------------------------


def test_an_anaphor_after_two_sets_of_its_kind_names_neither(tmp_path):
    text = "全年受理咨询类诉求27,640件、求助类诉求6,215件,其中涉及物业管理问题2,846件,占该类诉求的10.3%。"
    assert not [c for c in checks(tmp_path, text, "ratio") if c.status == "fail"]


def test_an_anaphor_after_one_set_of_its_kind_names_it(tmp_path):
    found = checks(tmp_path, "城乡建设类诉求6,215件,其中物业管理问题2,846件,占该类诉求的55.8%。", "ratio")
    assert [(c.operands["denominator"], c.status) for c in found] == [(6215, "fail")]


# -- a period's cell restated: a sentence opening with another year ---------------------------------------

_PERIODS = """# 2024年8月全市交通运输主要指标

| 指标 | 单位 | 8月 | 1-7月 | 1-8月 | 1-8月同比增长(%) |
| --- | --- | --- | --- | --- | --- |
| 公路客运量 | 万人次 | 86.4 | 542.8 | 629.2 | 5.3 |
| 公路货运量 | 万吨 | 120.5 | 800.0 | 920.5 | 2.1 |

1-8月,全市完成公路客运量629.2万人次,同比增长5.3%。{s}。
"""


def restated(tmp_path, sentence: str) -> list[tuple]:
    found = audit_text(tmp_path, _PERIODS.format(s=sentence), ".md")
    return sorted((c.operands["values"][0], c.status) for c in found if c.rule == "equal.restated_table")


def test_a_sentence_of_another_year_restates_no_cell(tmp_path):
    assert restated(tmp_path, "2023年同期,全市完成公路客运量597.5万人次") == [(6292000, "pass")]
    assert restated(tmp_path, "2023年1-8月,全市完成公路客运量597.5万人次") == [(6292000, "pass")]


def test_a_sentence_of_the_reports_year_still_restates_its_cell(tmp_path):
    assert restated(tmp_path, "2024年1-8月,全市完成公路客运量639.2万人次") == [(6292000, "pass"), (6392000, "fail")]


# -- changes named in the sentence after their figures -----------------------------------------------------


def changes(tmp_path, text: str) -> list[tuple]:
    return sorted((c.operands["current"], c.status) for c in checks(tmp_path, text, "change"))


def test_changes_of_another_period_name_no_figure_before(tmp_path):
    text = "一季度立案800起,罚款150.00万元。全年立案数和罚款金额比上年分别增长8.9%、12.4%。"
    assert not [c for c in checks(tmp_path, text) if c.status == "fail"]


def test_changes_of_the_figures_before_are_still_read(tmp_path):
    text = "全年立案1,538起,罚款286.42万元。与上年相比,立案数和罚款金额分别增加126起、31.58万元,分别增长8.9%、{p}%。"
    assert changes(tmp_path, text.format(p="12.4")) == [(286.42, "pass"), (1538, "pass")]
    assert changes(tmp_path, text.format(p="14.4")) == [(286.42, "fail"), (1538, "pass")]


# -- item lines under a figure: an item's count and what came of it ----------------------------------------

_LINES = "全年检查各类文化经营场所1,926家次{opener}\n1.网吧800家次,{rest};\n2.歌舞娱乐场所600家次;\n3.印刷企业{n}家次。"


def test_an_item_line_with_a_second_count_opens_no_breakdown(tmp_path):
    for opener in (":", ",其中:"):
        text = _LINES.format(opener=opener, rest="责令整改50家次", n="526")
        assert not [c for c in checks(tmp_path, text, "sum") if c.status == "fail"]


def test_item_lines_with_a_share_still_add_up(tmp_path):
    found = checks(tmp_path, _LINES.format(opener=":", rest="占41.5%", n="536"), "sum")
    assert [(tuple(c.operands["parts"]), c.status) for c in found] == [((800, 600, 536), "fail")]
