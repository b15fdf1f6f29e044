"""Session 26, fix65: readings of unseen34's false alarms, on project sentences.

* Every major decision is reviewed by law -- unless the text says some were not or prints a review
  rate under 100% (catalog rule major.decisions.reviewed, its ``unless``).
* A figure right after a difference verb ("…案件增加22件") is a change, no level of a metric: it does not
  restate the level cell of a table of two years (metrics.words.TAIL).
* 刑事 is a kind of matter (stages.yaml ``matters``): a criminal case filed is no earlier stage of an
  administrative penalty, in the prose (matters.another_matter) or down a table's rows
  (table_funnels._two_matters); rows adding up to a 合计 row are kinds side by side, no stages.
* A weight in a scoring scheme ("权重占15%") is a share of points, of no counted figure
  (share_subjects.of_another_measure).
* A 其中 part over its total, named by another measure, beside a later part named by the total's own
  measure (结案) is a scope that part narrows: no breakdown of the total (misprints.scope_inside).
* 不予受理 is a refusal, no acceptance: an application's list "不予受理…,告知…,受理…" goes on to the
  accepted figure (outcome_lists._ACCEPTED).
* A 小计 row that adds up the rows above it in one column closes them in every column: where it misses
  in another, the 小计 and the total over the subtotals fail, never a sum of the items and the 小计
  together (table_groups._closes_elsewhere).
* A change whose clause names the whole year (全年…较上年减少…,下降…) is no change of a level named by a
  part of the year (三季度…) (ref_years.whole_year_of_a_part).
* A cell printed with a plus ("+22") is a rise, read as its figure: a signed 增减 column gives each row's
  difference (tables._PLUS_CELL); a 同比 column beside it is the change of the levels, not the difference
  over the earlier level again (table_figures.rate_columns_by_figures).
"""

from __future__ import annotations

from helpers import audit_text


def checks(tmp_path, text: str, rule: str) -> list:
    suffix = ".html" if "<table>" in text else ".md" if "| --- |" in text else ".txt"
    return [c for c in audit_text(tmp_path, text, suffix) if c.rule == rule]


# -- major decisions not all reviewed --------------------------------------------------------------------

_REVIEWED = "本年度全镇作出重大行政执法决定58件,经法制审核57件;未经审核的1件已责令补正。"


def test_major_decisions_said_unreviewed_are_not_equated(tmp_path) -> None:
    assert not checks(tmp_path, _REVIEWED, "catalog.major.decisions.reviewed")


def test_major_decisions_all_reviewed_still_fail_when_they_differ(tmp_path) -> None:
    text = "本年度全镇作出重大行政执法决定58件,全部经过法制审核,经法制审核57件。"
    found = checks(tmp_path, text, "catalog.major.decisions.reviewed")
    assert [c for c in found if c.status == "fail"]


# -- a change after a difference verb, beside a table of two years ---------------------------------------

_TWO_YEARS = """全年办理的执法案件按类别统计如下:

| 类别 | 2023年(件) | 2022年(件) | 增减(件) |
| --- | --- | --- | --- |
| 行政处罚 | 212 | 190 | +22 |
| 行政强制 | 31 | 40 | -9 |
| 行政检查 | 517 | 480 | +37 |
| 合计 | 760 | 710 | +50 |

执法案件总数同比增加50件。行政处罚案件增加22件,行政检查仍占多数。
"""


def test_a_change_after_its_verb_restates_no_level_cell(tmp_path) -> None:
    assert not [c for c in checks(tmp_path, _TWO_YEARS, "equal.restated") if c.status == "fail"]


def test_a_level_in_the_prose_still_fails_against_its_cell(tmp_path) -> None:
    text = _TWO_YEARS.replace("行政处罚案件增加22件", "全年行政处罚案件221件")
    assert [c for c in checks(tmp_path, text, "equal.restated") if c.status == "fail"]


# -- criminal cases filed and penalties decided are two matters, not one funnel --------------------------

_TWO_MATTERS = """全年办理各类案件3,150件。其中刑事案件立案640起,同比减少12起;行政处罚决定1,350件,同比增加40件。

| 类别 | 2023年(件) | 2022年(件) |
| --- | --- | --- |
| 刑事案件立案 | 640 | 652 |
| 行政处罚决定 | 1350 | 1310 |
| 行政强制措施 | 210 | 198 |
"""

_ONE_MATTER = """全年受理刑事案件640起,立案700起。

| 类别 | 2023年(件) | 2022年(件) |
| --- | --- | --- |
| 受理刑事案件 | 640 | 652 |
| 刑事案件立案 | 700 | 610 |
| 行政强制措施 | 210 | 198 |
"""

_SUMMED_ROWS = """全年案件办理情况如下:

| 类别 | 2023年(件) | 2022年(件) |
| --- | --- | --- |
| 行政处罚立案 | 1300 | 1290 |
| 行政处罚决定 | 1350 | 1280 |
| 行政强制措施 | 210 | 198 |
| 合计 | 2860 | 2768 |
"""


def test_criminal_filings_bound_no_penalties(tmp_path) -> None:
    assert not checks(tmp_path, _TWO_MATTERS, "bound.stage")


def test_criminal_filings_still_bounded_by_criminal_cases_received(tmp_path) -> None:
    found = [c for c in checks(tmp_path, _ONE_MATTER, "bound.stage") if c.status == "fail"]
    assert {c.operands["smaller"] for c in found} == {700}
    assert len(found) == 2  # the prose and the table's row


def test_rows_adding_up_to_a_total_row_are_no_funnel(tmp_path) -> None:
    assert not checks(tmp_path, _SUMMED_ROWS, "bound.stage")


# -- a weight's share ------------------------------------------------------------------------------------


def test_a_weight_is_no_share_of_the_counts_before_it(tmp_path) -> None:
    text = "镇党委召开专题会议8次,主要领导带头讲法3次,将依法行政纳入村居年度考核,权重占15%。"
    assert not checks(tmp_path, text, "ratio.share")


def test_a_share_of_the_counts_still_fails(tmp_path) -> None:
    text = "镇党委召开专题会议8次,其中研究法治建设议题3次,占15%。"
    assert [c for c in checks(tmp_path, text, "ratio.share") if c.status == "fail"]


# -- a scope over the total, narrowed by the part after it -----------------------------------------------


def sums(tmp_path, text: str) -> list[tuple]:
    return [(c.operands["total"], tuple(c.operands["parts"]), c.status) for c in checks(tmp_path, text, "sum.breakdown")]


def test_a_scope_narrowed_by_the_next_part_is_no_breakdown(tmp_path) -> None:
    text = "全年以调解、和解方式结案30件,占审结案件的20.0%。其中涉企案件41件,调解和解结案12件。"
    assert not sums(tmp_path, text)


def test_a_sibling_over_the_total_after_the_measures_part_still_fails(tmp_path) -> None:
    text = "全年共处理处分42人,其中给予政务处分15人、组织处理72人。"
    assert (42, (15, 72), "fail") in sums(tmp_path, text)


def test_siblings_over_the_total_still_fail(tmp_path) -> None:
    text = "全年以调解、和解方式结案30件,占审结案件的20.0%。其中简易程序结案41件,普通程序结案12件。"
    assert (30, (41, 12), "fail") in sums(tmp_path, text)


# -- an application's refused, referred and accepted parts ------------------------------------------------

_APPLIED = "全年收到政府信息公开申请210件,同比增加21件;经审查,不予受理12件,告知向其他机关申请8件,受理190件。"


def test_the_accepted_part_closes_the_applications_list(tmp_path) -> None:
    assert sums(tmp_path, _APPLIED) == [(210, (12, 8, 190), "pass")]


def test_the_applications_list_still_fails_when_it_misses(tmp_path) -> None:
    assert sums(tmp_path, _APPLIED.replace("受理190件", "受理180件")) == [(210, (12, 8, 180), "fail")]


# -- a 小计 row closes its group in every column ------------------------------------------------------------

_SUBTOTAL = """全镇各类矛盾纠纷调处情况如下:

纠纷类型  受理(件)  调解成功(件)
土地承包  12  11
宅基地  9  8
林地山界  6  5
农村土地小计  27  24
婚姻家庭  15  14
邻里纠纷  21  20
合计  63  58

以上数据截至12月31日。
"""


def table_sums(tmp_path, text: str) -> set[tuple]:
    return {(c.operands["total"], tuple(c.operands["parts"]), c.status) for c in checks(tmp_path, text, "sum.table_total")}


def test_a_subtotal_row_adding_up_passes(tmp_path) -> None:
    assert {f[2] for f in table_sums(tmp_path, _SUBTOTAL)} == {"pass"}


def test_a_subtotal_missing_in_one_column_fails_as_a_subtotal(tmp_path) -> None:
    found = table_sums(tmp_path, _SUBTOTAL.replace("农村土地小计  27  24", "农村土地小计  29  24"))
    assert {f for f in found if f[2] == "fail"} == {(29, (12, 9, 6), "fail"), (63, (29, 15, 21), "fail")}


# -- the year's change after a quarter's figure ------------------------------------------------------------

_QUARTER = "二季度受理投诉45件,环比一季度增加5件、增长12.5%;全年受理投诉数较上年减少12件,下降7.5%。"


def changes(tmp_path, text: str) -> set[tuple]:
    return {(c.operands["current"], c.operands["percent"], c.status) for c in checks(tmp_path, text, "change.yoy")}


def test_the_years_change_is_not_the_quarters(tmp_path) -> None:
    assert changes(tmp_path, _QUARTER) == {(45, 12.5, "pass")}


def test_the_quarters_own_change_still_fails(tmp_path) -> None:
    found = changes(tmp_path, _QUARTER.replace("全年受理投诉数较上年减少", "二季度受理投诉数较上年同期减少"))
    assert (45, -7.5, "fail") in found


# -- a signed difference column --------------------------------------------------------------------------

_SIGNED = """| 类别 | 2023年(件) | 2022年(件) | 增减(件) | 同比(%) |
| --- | --- | --- | --- | --- |
| 行政处罚 | 212 | 190 | +22 | 11.6 |
| 行政强制 | 31 | 40 | -9 | -22.5 |
| 行政检查 | 517 | 480 | +37 | 7.7 |
| 行政许可 | 88 | 80 | +8 | 10.0 |
| 合计 | 848 | 790 | +58 | 7.3 |
"""


def differences(tmp_path, text: str) -> set[tuple]:
    return {(c.operands["total"], tuple(c.operands["parts"]), c.status) for c in checks(tmp_path, text, "sum.difference")}


def test_a_rise_printed_with_a_plus_is_read(tmp_path) -> None:
    found = differences(tmp_path, _SIGNED)
    assert (212, (190, 22), "pass") in found and (848, (790, 58), "pass") in found
    assert {f[2] for f in found} == {"pass"}


def test_a_wrong_rise_fails_once(tmp_path) -> None:
    text = _SIGNED.replace("| +37 |", "| +47 |")
    assert (517, (480, 47), "fail") in differences(tmp_path, text)
    assert not [c for c in checks(tmp_path, text, "ratio.table_rate") if c.status == "fail"]
