"""Session 26 (lead, at merge): misreadings a fresh-eyed review found in the session's new rules, on
sentences written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def _checks(tmp_path, text: str) -> list[tuple]:
    return [(c.status, c.kind, c.operands) for c in audit_text(tmp_path, text, ".txt")]


def _fails(tmp_path, text: str) -> list[tuple]:
    return [(k, op) for s, k, op in _checks(tmp_path, text) if s == "fail"]


# A quarter's share of "the year": the year the quarters add up to only when the base names their measure
# or nothing more than the year; a year's figure of that measure printed before leaves two readings.
def test_a_quarters_share_of_the_years_other_measure_is_not_over_the_quarters_sum(tmp_path):
    text = ("全年受理群众诉求100万件,办结90万件。各季度办结量分别为18万件、25万件、25万件、22万件,"
            "第三季度办结量占全年受理量的25.0%。")
    assert _fails(tmp_path, text) == []


def test_a_quarters_share_of_the_year_with_a_years_figure_printed_before_is_not_over_their_sum(tmp_path):
    text = "全年受理群众诉求120万件。各季度受理量分别为18万件、25万件、32.2万件、24.8万件,第三季度受理量占全年的26.8%。"
    assert _fails(tmp_path, text) == []


def test_a_quarters_share_of_the_bare_year_is_over_their_sum(tmp_path):
    text = "各季度受理量分别为180,000件、250,000件、322,000件、248,000件,其中第三季度受理量最多,占全年的{p}%。"
    assert [s for s, k, _ in _checks(tmp_path, text.format(p="32.2")) if k == "ratio"] == ["pass"]
    assert [s for s, k, _ in _checks(tmp_path, text.format(p="33.2")) if k == "ratio"] == ["fail"]


# A rate stated as a bound ("95%以上", "超过95%", after fa64 also "不低于95%" and "5%以下") holds however far
# on its side, and fails only past the bound.
_BOUND = "受理政府信息公开申请200件,按期答复{n}件,按期答复率{rate}。"


def test_a_rate_stated_as_a_lower_bound_holds_above_it(tmp_path):
    for rate in ("95%以上", "超过95%"):
        assert [s for s, k, _ in _checks(tmp_path, _BOUND.format(n=199, rate=rate)) if k == "ratio"] == ["pass"]


def test_a_rate_stated_as_a_lower_bound_fails_below_it(tmp_path):
    assert [s for s, k, _ in _checks(tmp_path, _BOUND.format(n=180, rate="95%以上")) if k == "ratio"] == ["fail"]


def test_one_percent_after_three_listed_items_reads_no_change(tmp_path):
    # (of the last item or of their sum, unprinted: nothing decides)
    text = "全年共办结申请45件,其中予以公开30件,部分公开10件,不予公开5件,同比增长12.0%。"
    assert [k for _, k, _ in _checks(tmp_path, text) if k == "change"] == []
    assert _fails(tmp_path, text) == []


# A numbered total line closes the numbered lines above it only when they are items side by side: not
# when a line is a part of another ("(三)其中…") nor when the lines are stages of one process.
def test_numbered_lines_with_a_part_line_are_no_partition(tmp_path):
    text = "二、复议诉讼情况:\n(一)行政复议案件52件;\n(二)行政诉讼案件30件;\n(三)其中败诉案件3件;\n(四)合计82件。"
    assert _fails(tmp_path, text) == []


def test_numbered_lines_of_stages_are_no_partition(tmp_path):
    text = "二、申请办理情况:\n(一)收到申请52件;\n(二)受理45件;\n(三)审结40件;\n(四)合计办理52件。"
    assert _fails(tmp_path, text) == []


def test_numbered_outcome_lines_still_sum_to_their_total_line(tmp_path):
    text = ("三、本年度办理结果:\n(一)予以公开25件;\n(二)部分公开5件;\n(三)不予公开1件;\n(四)无法提供10件;\n"
            "(五)不予处理4件;\n(六)其他处理1件;\n(七)总计办结{n}件。")
    assert ("pass", "sum", {"total": 46, "parts": [25, 5, 1, 10, 4, 1]}) in _checks(tmp_path, text.format(n=46))
    assert ("fail", "sum", {"total": 47, "parts": [25, 5, 1, 10, 4, 1]}) in _checks(tmp_path, text.format(n=47))


def test_a_rate_stated_as_an_upper_bound_holds_below_it(tmp_path):
    text = "全市行政执法部门共办理行政处罚案件200件,其中超期办理{n}件,超期率不超过5%。"
    assert [s for s, k, _ in _checks(tmp_path, text.format(n=6)) if k == "ratio"] == ["pass"]
    assert [s for s, k, _ in _checks(tmp_path, text.format(n=16)) if k == "ratio"] == ["fail"]


# Outcomes listed in the sentence after a closed figure (model30): not last year's, nor one outcome by channel.
def test_last_years_outcomes_after_a_closed_figure_are_no_breakdown_of_it(tmp_path):
    assert _fails(tmp_path, "全年审结行政复议案件52件。上年同期维持30件,驳回10件,撤销15件。") == []


def test_one_outcome_by_channel_after_a_closed_figure_is_no_breakdown_of_it(tmp_path):
    text = "全年办结58件。网上申请予以公开30件,信函申请予以公开10件,当面申请予以公开25件。"
    assert _fails(tmp_path, text) == []


def test_outcomes_after_a_closed_figure_still_sum_to_it(tmp_path):
    text = "全年办结{n}件。予以公开22件,占43.1%;部分公开3件;不予公开4件;无法提供18件;不予处理4件。"
    assert ("pass", "sum", {"total": 51, "parts": [22, 3, 4, 18, 4]}) in _checks(tmp_path, text.format(n=51))
    assert ("fail", "sum", {"total": 50, "parts": [22, 3, 4, 18, 4]}) in _checks(tmp_path, text.format(n=50))


def test_teachers_of_another_level_after_a_semicolon_are_no_later_stage_of_the_staff(tmp_path):
    text = "全县共有幼儿园36所,在园幼儿8,600人,教职工1,120人;小学15所,专任教师1,860人。"
    assert _fails(tmp_path, text) == []


# A 分别 list's closing word before a change, or counting other than its items, is no total of it.
def test_a_closing_word_before_a_change_is_no_total_of_the_list(tmp_path):
    text = "2019年至2021年,全省分别受理信访事项25.84万件、23.06万件、21.37万件,两年累计下降4.47万件。"
    assert _fails(tmp_path, text) == []
    text = "2022年至2024年,全县分别受理信访事项1,215件、1,086件、962件,两年累计3,263件。"
    assert [k for _, k, _ in _checks(tmp_path, text) if k == "sum"] == []


# (fix66's "measures must come back" applies to a list in one piece; pieces split by ";" keep their measures)
def test_an_opened_set_after_a_paragraph_is_no_item_of_the_intake(tmp_path):
    text = ("全年共收到行政复议申请1,024件。经审查,依法受理936件;不予受理47件,告知申请人向有管辖权的机关申请29件,"
            "申请人在受理前撤回申请12件。\n\n二、审理方式。受理的936件案件中,适用简易程序审理412件,适用普通程序审理524件;"
            "普通程序案件中当面听取意见317件,组织听证24件。")
    assert _fails(tmp_path, text) == []


# A closing reading at a date goes on from a fixed set of findings (整改), not from work still flowing in.
def test_closings_to_a_later_date_are_no_later_stage_of_the_dispatched(tmp_path):
    assert _fails(tmp_path, "派发承办单位工单46,302件,截至10月8日,已办结46,318件。") == []
