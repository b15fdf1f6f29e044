"""False alarms of a set written blind to the engine (session 27, helper fix69). Each rule is a statement about
how Chinese reports state figures, tested on project sentences, each with a variant whose arithmetic is broken
that must still fail where the reading is unique (or a stated reason it abstains)."""

from __future__ import annotations

from helpers import operands_of

# --- a two-row HTML header: a 小计 column under a colspan group adds the group's columns only; a column
# under a cell spanning both header rows ("登记", rowspan) stands outside the group ---

GROUPED = ("<html><body><p>信访事项办理情况如下表。</p><table>"
           "<tr><th rowspan=\"2\">事项类别</th><th rowspan=\"2\">登记（件）</th><th colspan=\"4\">办理结果（件）</th></tr>"
           "<tr><th>调解</th><th>转送</th><th>不予受理</th><th>小计</th></tr>"
           "<tr><td>土地纠纷</td><td>52</td><td>20</td><td>17</td><td>9</td><td>{a}</td></tr>"
           "<tr><td>劳资纠纷</td><td>41</td><td>25</td><td>8</td><td>5</td><td>38</td></tr>"
           "<tr><td>邻里纠纷</td><td>30</td><td>18</td><td>6</td><td>4</td><td>28</td></tr>"
           "<tr><td>合计</td><td>123</td><td>63</td><td>31</td><td>18</td><td>112</td></tr>"
           "</table></body></html>")


def test_a_group_subtotal_is_no_sum_of_the_row(tmp_path) -> None:
    # 登记 stands outside the group 小计 adds; where the group sits is lost with the spans (a group
    # before a "备注" column spanning both rows reads alike): the rows' 小计 are left unchecked
    rows = operands_of(tmp_path, GROUPED.format(a=46), "sum", ".html")
    assert not [r for r in rows if r[2] == "fail"], rows
    assert (112, (46, 38, 28), "pass") in rows  # the columns still add up to the 合计 row
    # a misprinted 小计 still fails, against its column's 合计
    rows = operands_of(tmp_path, GROUPED.format(a=48), "sum", ".html")
    assert (112, (48, 38, 28), "fail") in rows
    text = GROUPED.replace("<th colspan=\"4\">办理结果（件）</th>", "<th colspan=\"4\">办理结果（件）</th><th rowspan=\"2\">备注</th>")
    text = text.replace("</td></tr>", "</td><td>3</td></tr>")
    rows = operands_of(tmp_path, text.format(a=46), "sum", ".html")
    assert not [r for r in rows if r[2] == "fail"], rows


# --- a text copy of a table laid out with spaces: a "其中" row printing no share (a label and one figure)
# between two rows is a row of the table, not prose that cuts the table in two ---

SPACED = ("二、执法数据\n\n　　全年共办理各类事项{t}件。分类别情况如下：\n\n事项类别　件数　占比（%）\n"
          "咨询  3,000  60.0\n投诉  1,000  20.0\n其中：实名投诉  700  \n　　　匿名投诉  300  \n"
          "建议  600  12.0\n求助  400  8.0\n合计  {t}  100.0\n\n　　以上事项均已按期办结。\n")


def test_a_row_without_its_share_stays_in_its_table(tmp_path) -> None:
    sums = operands_of(tmp_path, SPACED.format(t="5,000"), "sum")
    assert not [s for s in sums if s[2] == "fail"], sums
    assert (5000, (3000, 1000, 600, 400), "pass") in sums
    sums = operands_of(tmp_path, SPACED.format(t="5,100"), "sum")
    assert [s for s in sums if s[0] == 5100 and s[2] == "fail"], sums  # (failing in every reading of the 其中 rows)


# --- "每万名X拥有Y": the figure the rate counts is named by Y, what is had -- not by X, the base's noun ---

OWNED = ("全市从业劳动者96,000名，{stated}当年帮助困难劳动者就业860人。\n\n"
         "全市每万名劳动者拥有高级技工{r}人。\n")


def test_a_rate_of_what_is_had_is_not_of_the_bases_kind(tmp_path) -> None:
    # no count of 高级技工 printed: 860 (劳动者 helped) is no numerator
    assert operands_of(tmp_path, OWNED.format(stated="", r="1,250"), "ratio") == []
    stated = "高级技工12,000人，"
    assert operands_of(tmp_path, OWNED.format(stated=stated, r="1,250"), "ratio") == [(12000, 96000, 1250, "pass")]
    assert operands_of(tmp_path, OWNED.format(stated=stated, r="1,350"), "ratio") == [(12000, 96000, 1350, "fail")]


# --- kinds of a list named again and totalled after it ("撤销、确认违法合计纠错"): a subtotal of some
# parts, no further part of the list's whole ---

OUTCOMES = ("　　全年受理复议申请66件，审结的60件中，维持40件、驳回{b}件、撤销8件、确认违法2件、终止4件，"
            "撤销、确认违法合计纠错10件。\n")


def test_a_total_of_kinds_named_again_is_no_part(tmp_path) -> None:
    sums = operands_of(tmp_path, OUTCOMES.format(b=6), "sum")
    assert not [s for s in sums if s[2] == "fail"], sums
    assert (60, (40, 6, 8, 2, 4), "pass") in sums
    sums = operands_of(tmp_path, OUTCOMES.format(b=7), "sum")
    assert (60, (40, 7, 8, 2, 4), "fail") in sums


# --- how suits ended (驳回诉讼请求, 驳回起诉, 撤诉, 败诉) are siblings: a 败诉率 is over the suits decided,
# never over another outcome listed before the 败诉 ---

SUITS = ("　　全年以本单位为被告的一审行政诉讼案件收案46件，其中新收40件、上年旧存6件。46件中已结案40件：判决驳回"
         "诉讼请求22件，裁定驳回起诉8件，原告撤诉6件，判决行政机关败诉4件，败诉率{r}%。\n")


def test_a_lost_suits_rate_is_over_the_decided(tmp_path) -> None:
    rates = [r for r in operands_of(tmp_path, SUITS.format(r="10.0"), "ratio") if r[0] == 4]
    assert rates == [(4, 40, 10, "pass")], rates
    rates = [r for r in operands_of(tmp_path, SUITS.format(r="12.0"), "ratio") if r[0] == 4]
    assert rates == [(4, 40, 12, "fail")], rates


# --- a table's 全州合计 row is its total row: a 审结 cell over its row's 受理 while the 审结 column adds up
# to it is work carried in (unverifiable), not an error of its own ---

PREFECTURE = ("| 复议机关 | 受理 | 审结 |\n| --- | --- | --- |\n| 州本级 | 120 | 110 |\n| 甲县 | 60 | {a} |\n"
              "| 乙县 | 50 | 45 |\n| 全州合计 | 230 | {t} |\n")


def test_a_prefecture_total_row_shows_carried_in_work(tmp_path) -> None:
    bounds = operands_of(tmp_path, PREFECTURE.format(a=66, t=221), "bound", ".md")
    assert (66, 60, "unverifiable") in bounds, bounds
    # the 审结 column overshooting its total by the row's excess: one misprint, the bound fails
    bounds = operands_of(tmp_path, PREFECTURE.format(a=66, t=215), "bound", ".md")
    assert (66, 60, "fail") in bounds, bounds


# --- a note saying what a quoted row holds ("“其他县”含5个县") describes that row, not a 全市 figure holding
# more than the rows: the 全市 row still adds up its rows ---

NOTED = ("| 地区 | 立案 | 结案 |\n| --- | --- | --- |\n| 甲区 | 120 | 110 |\n| 乙区 | 80 | 75 |\n| 其他县 | 200 | {a} |\n"
         "| 全市 | 400 | 375 |\n\n{note}\n")


def test_a_note_on_a_rows_scope_keeps_the_total(tmp_path) -> None:
    note = "说明：“其他县”含5个县的数据。"
    sums = operands_of(tmp_path, NOTED.format(a=190, note=note), "sum", ".md")
    assert (375, (110, 75, 190), "pass") in sums, sums
    sums = operands_of(tmp_path, NOTED.format(a=195, note=note), "sum", ".md")
    assert (375, (110, 75, 195), "fail") in sums, sums
    # a note that the whole holds more than its rows: the 全市 row is no sum of them
    sums = operands_of(tmp_path, NOTED.format(a=195, note="注：全市数据含市本级。"), "sum", ".md")
    assert not [s for s in sums if s[0] == 375], sums


# --- a 全州合计 (全盟, 全旗) row is the table's total row, restated by the prose ---

RESTATED = ("全年全州各级复议机关共受理复议案件{p}件。\n\n| 复议机关 | 受理（件） | 审结（件） |\n| --- | --- | --- |\n"
            "| 州本级 | 120 | 110 |\n| 甲县 | 60 | 55 |\n| 乙县 | 50 | 45 |\n| 全州合计 | 230 | 210 |\n")


def test_a_prefecture_total_row_is_restated(tmp_path) -> None:
    assert ((230, 230), "pass") in operands_of(tmp_path, RESTATED.format(p=230), "equal", ".md")
    assert ((240, 230), "fail") in operands_of(tmp_path, RESTATED.format(p=240), "equal", ".md")
