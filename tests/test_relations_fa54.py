"""False alarms found on consistent texts written for the project (session 23, helper fa54: 统计公报 of
counties, cities and districts, sector bulletins, 月报 and quarterly analyses, 预算/决算, 审计, 政府信息公开
of schools, hospitals, 国企 and 乡镇, 12345 and 政务服务 reports). Each rule is a statement about how
Chinese reports state figures, tested on project sentences, with a variant whose arithmetic is broken
that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


# --- a header of two rows (the month and the year to date spanning two columns each, over 绝对数|同比):
# the lower row heads the figure columns only, so it is lined up from the right, and a share said of the
# year to date is read over that column, not over the month's ---

_TWO_ROW_HEAD = """<html><body><table border="1">
<tr><th rowspan="2">指标</th><th colspan="2">8月</th><th colspan="2">1—8月</th></tr>
<tr><th>绝对数</th><th>同比(%)</th><th>绝对数</th><th>同比(%)</th></tr>
<tr><td>工业用电量(亿千瓦时)</td><td>3.40</td><td>5.1</td><td>26.72</td><td>4.6</td></tr>
<tr><td>全社会用电量(亿千瓦时)</td><td>5.96</td><td>3.9</td><td>44.18</td><td>4.2</td></tr>
<tr><td>居民生活用电量(亿千瓦时)</td><td>1.27</td><td>2.4</td><td>8.35</td><td>3.3</td></tr>
</table>
<p>1—8月，工业用电量占全社会用电量的{share}%。</p>
</body></html>
"""


def test_lower_header_row_heads_the_figure_columns(tmp_path) -> None:
    # 26.72 / 44.18 = 60.48%: of the 1—8月 column (3.40 / 5.96 = 57.05% is the month's)
    assert failing(tmp_path, _TWO_ROW_HEAD.format(share="60.5"), ".html") == []
    # a share that holds over no period column still fails
    assert failing(tmp_path, _TWO_ROW_HEAD.format(share="66.5"), ".html")


# --- a share of a plan named only as such (占年度预算的, 完成全年计划的) is of the part's own measure's plan:
# another measure's budget stated in another sentence is none of it; the same measure's is ---

_PLANS = ("1—6月，全区一般公共预算收入完成18.64亿元，占年度预算35.20亿元的{a}%。"
          "{fund}1—6月，政府性基金预算收入完成6.47亿元，占年度预算的{b}%，同比下降31.6%。")


def test_a_plan_base_is_the_parts_own_measures(tmp_path) -> None:
    # 6.47 / 35.20 = 18.4%: the general budget's plan is not the fund's
    assert failing(tmp_path, _PLANS.format(a="53.0", fund="", b="28.1")) == []
    # the printed plan beside its own measure still fails when misprinted
    assert failing(tmp_path, _PLANS.format(a="58.0", fund="", b="28.1"))
    # the fund's own plan, stated in a sentence before, is its base: 6.47 / 23.00 = 28.1%
    fund = "政府性基金预算收入年度预算为23.00亿元。"
    assert failing(tmp_path, _PLANS.format(a="53.0", fund=fund, b="28.1")) == []
    assert failing(tmp_path, _PLANS.format(a="53.0", fund=fund, b="38.1"))


# --- a share whose bracket right after it names its one figure by the share's base words again
# ("占年度预算的46.8%(年度预算58.40亿元)") is over that figure ---

_BRACKET_AFTER = ("1—6月，全区一般公共预算收入完成18.64亿元，占年度预算35.20亿元的53.0%。"
                  "一般公共预算支出完成27.36亿元，占年度预算的{b}%（年度预算58.40亿元），同比增长5.1%。")


def test_a_share_over_the_plan_its_bracket_prints(tmp_path) -> None:
    assert failing(tmp_path, _BRACKET_AFTER.format(b="46.8")) == []
    assert failing(tmp_path, _BRACKET_AFTER.format(b="56.8"))


# --- a 信息公开 report's summary (收到申请28件,办结29件) over the national table whose 上年结转 row
# holds a figure: what was closed may hold last year's work, wherever the table stands ---

_CARRIED_TABLE = """## 一、总体情况

全年受理信息公开申请28件，本年度办理完毕{done}件。

## 三、收到和处理政府信息公开申请情况

| 项目 | 自然人 | 法人或其他组织 | 总计 |
|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 25 | 3 | 28 |
| 二、上年结转政府信息公开申请数量 | {carry} | 0 | {carry} |
| 三、本年度办理结果 （一）予以公开 | 14 | 2 | 16 |
| （二）部分公开 | 3 | 1 | 4 |
| （三）无法提供 | {u} | 0 | {u} |
| （四）总计 | {t} | 3 | {done} |
| 四、结转下年度继续办理 | 1 | 0 | 1 |
"""


def test_closings_beside_a_table_of_carried_in_work(tmp_path) -> None:
    assert failing(tmp_path, _CARRIED_TABLE.format(done=29, carry=2, u=9, t=26), ".md") == []
    # nothing carried in: more closed than received is an error
    assert failing(tmp_path, _CARRIED_TABLE.format(done=29, carry=0, u=9, t=26), ".md")


# --- "热点诉求前三位依次为:供水供电(2,164件,同比增长28.7%)": 前三位 counts the ranking's first items (no level
# a change is of); the change inside the bracket is of the one level before it in that bracket ---

_TOP = "本月热点诉求前三位依次为：供水供电（2,164件，同比增长{g}%），物业管理（1,873件），交通出行（1,426件）。"


def test_a_ranking_count_is_no_level_of_a_change(tmp_path) -> None:
    assert failing(tmp_path, _TOP.format(g="28.7")) == []
    # the bracket's own level and its change: 2,164 / 1.287 = 1,681.4 (a whole previous count fits);
    # a change no whole previous count gives fails
    assert failing(tmp_path, "本季度受理量最多的是供水供电（12件，同比增长28.7%），其次是物业管理（9件）。")
    assert failing(tmp_path, "本季度受理量最多的是供水供电（12件，同比增长33.3%），其次是物业管理（9件）。") == []


# --- "…全年合计354,779件,下半年比上半年增加17,925件,增长10.6%": the delta's clause opens with the period it
# compares; the year's total before it is no level of that comparison ---

_HALVES = ("全年热线受理量1—6月为168,427件，7—12月为186,352件，全年合计354,779件，"
           "下半年比上半年增加17,925件，增长{g}%。")


def test_a_comparison_of_two_periods_is_not_of_the_total(tmp_path) -> None:
    assert failing(tmp_path, _HALVES.format(g="10.6")) == []
    # a level named by the period compared is its level: 3,600 over 3,000 is +20.0%, not +30.0%
    assert failing(tmp_path, "三季度受理诉求3,600件，三季度比二季度增加600件，增长30.0%。")
    assert failing(tmp_path, "三季度受理诉求3,600件，三季度比二季度增加600件，增长20.0%。") == []


# --- "全县专任教师中,女性教师…占68.8%": a set named with its whole scope is the figure named by the set's
# name alone (专任教师17,706人), not a nearer one a qualifier narrows to a part (幼儿园专任教师4,128人) ---

_WHOLE_SET = ("2023年，全县共有各级各类学校698所，在校生242,112人，专任教师17,706人。\n"
              "学前教育在园幼儿52,316人，幼儿园专任教师4,128人，幼师比为12.7:1。\n"
              "全县专任教师中，女性教师12,186人，占{a}%。")


def test_a_set_named_with_its_whole_scope(tmp_path) -> None:
    assert failing(tmp_path, _WHOLE_SET.format(a="68.8")) == []
    assert failing(tmp_path, _WHOLE_SET.format(a="78.8"))


# --- "医院中,公立医院…床位9,326张,占医院床位的85.9%": the base words qualify the measure (医院床位) with a
# set the nearer figure's sentence never names (全市医疗卫生机构…床位13,284张): that figure is not the base ---

_QUALIFIED = ("2024年末，全市医疗卫生机构1,370个，床位13,284张。"
              "医院中，公立医院19个，床位9,326张，占{base}床位的{a}%；民营医院29个，床位1,536张。")


def test_a_base_qualified_by_a_set_its_figure_does_not_name(tmp_path) -> None:
    assert failing(tmp_path, _QUALIFIED.format(base="医院", a="85.9")) == []
    # the base the words name with the figure's own set still fails: 9,326 / 13,284 = 70.2%
    assert failing(tmp_path, _QUALIFIED.format(base="全市医疗卫生机构", a="85.9"))


# --- "行政村186个,其中通硬化路的186个,通客车的182个": a part already all of the whole, with more parts after it,
# is no partition -- the parts are attributes (overlapping), each only bounded; complements still add up ---


def test_a_part_that_is_all_of_the_whole_opens_attributes(tmp_path) -> None:
    assert failing(tmp_path, "全县共有行政村186个，其中通硬化路的186个，通客车的182个，通客车率97.8%。") == []
    # an attribute past its whole still fails
    assert failing(tmp_path, "全县共有行政村186个，其中通硬化路的186个，通客车的192个。")
    # complements are a partition: one of them all of the whole leaves the other none
    assert failing(tmp_path, "全县共有职工186人，其中男性186人，女性182人。")


# --- "五个区县中三个区县诉求量上升…;乙区、丁县分别下降2.8%和4.8%": a change naming its items before 分别 is of the
# figures those names name, never of counts of places before it ---

_NAMED_ITEMS = "从环比看，五个区县中三个区县诉求量上升，其中丙区上升最快；乙区、丁县分别下降{a}%和4.8%。"


def test_a_change_naming_its_items_is_not_of_counts_of_places(tmp_path) -> None:
    assert failing(tmp_path, _NAMED_ITEMS.format(a="2.8")) == []
    # the items' own figures, named so, are still their levels
    named = "二季度乙区受理1,900件，丁县受理952件，乙区、丁县分别下降2.8%和4.8%。"
    changes = [c for c in audit_text(tmp_path, named, ".txt") if c.rule == "change.yoy" and c.status == "pass"]
    assert sorted(c.operands["current"] for c in changes) == [952, 1900]
