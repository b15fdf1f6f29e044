"""Equalities by meaning (issue 15), on sentences written for the project: a list of grades
adds up to what was checked, and a rate of 100% makes its figure equal its base."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def by_rule(tmp_path, text: str, rule: str) -> list[tuple[str, dict]]:
    return [(c.status, c.operands) for c in checks(tmp_path, text) if c.rule == rule]


def test_grades_add_up_to_the_checked_list(tmp_path) -> None:
    ok = by_rule(tmp_path, "全年抽查行政处罚案卷18份、行政许可案卷12份和检查记录6份,评出优秀5份、合格29份、不合格2份。",
                 "sum.graded")
    assert ok == [("pass", {"total": 36, "parts": [5, 29, 2]})]
    bad = by_rule(tmp_path, "全年抽查行政处罚案卷18份、行政许可案卷12份和检查记录6份,评出优秀5份、合格29份、不合格3份。",
                  "sum.graded")
    assert bad == [("fail", {"total": 36, "parts": [5, 29, 3]})]


def test_grades_of_one_checked_figure(tmp_path) -> None:
    assert by_rule(tmp_path, "本年度评查执法案卷52份,评定为优秀9份、合格41份、不合格2份。", "sum.graded") == [
        ("pass", {"total": 52, "parts": [9, 41, 2]})]
    assert by_rule(tmp_path, "本年度评查执法案卷52份,评定为优秀9份、合格44份、不合格2份。", "sum.graded") == [
        ("fail", {"total": 52, "parts": [9, 44, 2]})]


def test_grades_add_up_to_a_checked_total_broken_down_before_them(tmp_path) -> None:
    text = "全年共抽查案卷38份,其中行政处罚案卷26份、行政许可案卷12份;评查结果为优秀7份、良好20份、合格10份、不合格1份。"
    assert by_rule(tmp_path, text, "sum.graded") == [("pass", {"total": 38, "parts": [7, 20, 10, 1]})]
    bad = text.replace("不合格1份", "不合格3份")
    assert by_rule(tmp_path, bad, "sum.graded") == [("fail", {"total": 38, "parts": [7, 20, 10, 3]})]


def test_the_sum_of_a_list_is_shown_with_its_unit(tmp_path) -> None:
    c = next(c for c in checks(tmp_path, "抽查处罚案卷18份、许可案卷12份,评出优秀5份、合格24份、不合格1份。")
             if c.rule == "sum.graded")
    total = next(e for e in c.evidence if e.role == "total")
    assert total.printed == "30份"
    assert "抽查处罚案卷18份" in total.text


@pytest.mark.parametrize("text", [
    # no failing grade: the list may not be the whole of what was graded
    "全年抽查执法案卷40份,评出优秀案卷6份、合格30份。",
    # the grades between the best and the failing are not listed
    "全年评查案卷120份,评出优秀15份、不合格3份。",
    # 优秀 counted among 合格: no list of exclusive grades
    "全年抽查执法案卷40份,合格率100%,其中优秀案卷6份。",
    # the figure before is not a checked list
    "全年办理行政处罚案件40件,评出优秀案卷6件、合格30件、不合格1件。",
])
def test_no_graded_sum_without_an_unambiguous_reading(tmp_path, text) -> None:
    found = checks(tmp_path, text)
    assert [c for c in found if c.rule == "sum.graded"] == []
    assert [c for c in found if c.status == "fail"] == []


def test_a_full_rate_over_a_stage_and_its_base(tmp_path) -> None:
    ok = by_rule(tmp_path, "今年印发规范性文件4件,公开并解读4件,公开率和解读率均为100%。", "ratio.full")
    assert ok == [("pass", {"numerator": 4, "denominator": 4, "percent": 100})]
    bad = by_rule(tmp_path, "今年印发规范性文件5件,公开并解读4件,公开率和解读率均为100%。", "ratio.full")
    assert bad == [("fail", {"numerator": 4, "denominator": 5, "percent": 100})]
    filed = by_rule(tmp_path, "今年制定规范性文件7件,报送备案6件,备案率100%。", "ratio.full")
    assert [s for s, _ in filed] == ["fail"]


def test_a_full_rate_is_a_rounded_ratio_not_an_equality(tmp_path) -> None:
    # 199 of 200 is 99.5%, printed as 100%
    assert [s for s, _ in by_rule(tmp_path, "今年制定规范性文件200件,报送备案199件,备案率100%。", "ratio.full")] == ["pass"]


def test_a_rate_naming_more_than_the_figure_is_not_its_full_rate(tmp_path) -> None:
    # 按期公开率: of those published, the share published on time -- not 公开 over 印发
    found = checks(tmp_path, "今年印发规范性文件5件,公开4件,按期公开率100%。")
    assert [c for c in found if c.rule == "ratio.full"] == []
    assert [c for c in found if c.status == "fail"] == []


def test_a_full_rate_states_an_equality_too(tmp_path) -> None:
    ok = checks(tmp_path, "今年印发规范性文件6件,全部按要求向社会公开,同步发布解读材料6件,解读率100%。")
    assert sorted((c.rule, c.status) for c in ok if c.rule in ("ratio.full", "equal.full_rate")) == [
        ("equal.full_rate", "pass"), ("ratio.full", "pass")]
    bad = checks(tmp_path, "今年印发规范性文件6件,全部按要求向社会公开,同步发布解读材料5件,解读率100%。")
    # one error said once: the failing ratio, not its equality again (check_list.without_echoes)
    assert sorted((c.rule, c.status) for c in bad if c.rule in ("ratio.full", "equal.full_rate")) == [
        ("ratio.full", "fail")]


def test_a_full_rate_needs_a_base_that_opens_a_process(tmp_path) -> None:
    # 发布解读材料 follows 召开发布会, which opens no process: no base
    found = checks(tmp_path, "今年召开新闻发布会6次,发布解读材料5件,解读率100%。")
    assert [c for c in found if c.rule in ("ratio.full", "equal.full_rate") or c.status == "fail"] == []


def test_a_set_referred_back_to_by_its_stage(tmp_path) -> None:
    text = ("全年立案查处违法案件157件,作出行政处罚决定149件。按类型分,无证经营案件61件,超范围经营案件40件。"
            "在全年157件立案案件中,重大执法决定均经法制审核。")
    assert by_rule(tmp_path, text, "equal.back_reference") == [("pass", {"values": [157, 157]})]
    bad = text.replace("在全年157件", "在全年175件")
    assert by_rule(tmp_path, bad, "equal.back_reference") == [("fail", {"values": [157, 175]})]


def test_an_item_referred_back_to_by_its_verb(tmp_path) -> None:
    text = "全年审结行政复议案件42件,其中维持30件、撤销7件、终止5件。被撤销的7件已重新作出处理。"
    assert by_rule(tmp_path, text, "equal.back_reference") == [("pass", {"values": [7, 7]})]
    bad = text.replace("被撤销的7件", "被撤销的9件")
    assert by_rule(tmp_path, bad, "equal.back_reference") == [("fail", {"values": [7, 9]})]


@pytest.mark.parametrize("text", [
    # two figures of the stage before: which set is meant is open (62 + 90 is not 157, so the
    # 区县 figure is no part of the 157 either: relations.closings.continued_lists)
    "全年立案查处违法案件157件,其中市本级立案62件。区县立案90件。在全年157件立案案件中,重大执法决定均经法制审核。",
    # another year's set
    "2023年立案查处违法案件157件。在2022年立案的140件案件中,重大执法决定均经法制审核。",
    # a stage in progress, not a set ('审理中')
    "全年被申请行政复议3件,其中1件被撤销,2件正在复议机关审理中,尚未审结。",
    # no stage named: '在…中' alone does not say which set
    "全县共有医疗卫生机构286个。在全县12个乡镇卫生院中,9个达到基本标准。",
])
def test_no_back_reference_without_one_reading(tmp_path, text) -> None:
    found = checks(tmp_path, text)
    assert [c for c in found if c.rule == "equal.back_reference" or c.status == "fail"] == []


# --- issue 15, pattern H: more equalities by meaning -----------------------------------------


def test_grades_of_files_counted_in_several_units(tmp_path) -> None:
    # case files are counted in 份, 件, 起, 宗 or 卷: one review adds them up
    text = "全年抽查行政处罚案卷16份、行政许可案卷14份和事故调查卷4起,评出优秀7份、合格25份、不合格2份。"
    assert by_rule(tmp_path, text, "sum.graded") == [("pass", {"total": 34, "parts": [7, 25, 2]})]
    bad = text.replace("合格25份", "合格26份")
    assert by_rule(tmp_path, bad, "sum.graded") == [("fail", {"total": 34, "parts": [7, 26, 2]})]


def test_grades_named_with_their_noun_and_after_a_review(tmp_path) -> None:
    text = "组织评查行政执法案卷33件,评出优秀案卷6件、合格案卷25件、不合格案卷2件。"
    assert by_rule(tmp_path, text, "sum.graded") == [("pass", {"total": 33, "parts": [6, 25, 2]})]
    # After 经评查 the review's outcomes are a breakdown of what was reviewed (sums, 'reviews'):
    # found once, by whichever family reads it first.
    text = "本年度评查案卷41份,经评查,优秀案卷8份,良好22份,合格9份,不合格2份。"
    found = by_rule(tmp_path, text, "sum.graded") + by_rule(tmp_path, text, "sum.breakdown")
    assert found == [("pass", {"total": 41, "parts": [8, 22, 9, 2]})]
    bad = text.replace("良好22份", "良好23份")
    assert [s for s, _ in by_rule(tmp_path, bad, "sum.graded") + by_rule(tmp_path, bad, "sum.breakdown")] == ["fail"]


def test_files_and_people_do_not_add_up(tmp_path) -> None:
    # 人 is no unit of a case file: the checked list stops there, nothing is summed
    found = checks(tmp_path, "全年抽查执法人员12人、案卷30份,评出优秀6份、合格22份、不合格2份。")
    assert [c for c in found if c.rule == "sum.graded" or c.status == "fail"] == []


def test_all_of_a_figure_reached_a_later_stage_stated_in_the_next_sentence(tmp_path) -> None:
    text = "全年排查发现安全隐患264处,已全部完成整改。全年共整改隐患264处,其中重大隐患3处。"
    assert by_rule(tmp_path, text, "equal.stage") == [("pass", {"values": [264, 264]})]
    bad = text.replace("共整改隐患264处", "共整改隐患246处")
    assert by_rule(tmp_path, bad, "equal.stage") == [("fail", {"values": [264, 246]})]
    text = "今年共收到政府信息公开申请27件,均在法定期限内予以答复。全年共出具答复书27份。"
    assert by_rule(tmp_path, text, "equal.stage") == [("pass", {"values": [27, 27]})]


@pytest.mark.parametrize("text", [
    # another period: one month's rectified hazards are not the year's
    "全年排查发现安全隐患264处,已全部完成整改。其中11月份整改隐患31处。",
    # a figure of the process stands between: the later figure may follow that one
    "全年排查发现安全隐患264处,已全部完成整改。街道排查隐患120处,整改隐患118处。",
    # older work: the later stage holds what was carried over
    "今年共收到政府信息公开申请27件,均已按期答复。全年共答复申请30件,含上年结转3件。",
    # 'all' of a part named between the figure and the word, not of the figure
    "全年收到群众来信120件,对实名来信均予以答复,答复来信85件。",
    # the later stage is not printed in the paragraph; a later paragraph is another matter
    "全年排查发现安全隐患264处,已全部完成整改。\n街道整改隐患120处。",
])
def test_no_equality_from_all_without_one_reading(tmp_path, text) -> None:
    found = checks(tmp_path, text)
    assert [c for c in found if c.rule == "equal.stage" or c.status == "fail"] == []


def test_one_to_one_makes_the_two_figures_of_its_sentence_equal(tmp_path) -> None:
    text = "全年印发规范性文件9件,同步发布政策解读9篇,做到一一对应。"
    assert by_rule(tmp_path, text, "equal.one_to_one") == [("pass", {"values": [9, 9]})]
    bad = text.replace("解读9篇", "解读8篇")
    assert by_rule(tmp_path, bad, "equal.one_to_one") == [("fail", {"values": [9, 8]})]
    # three figures before the words: which two correspond is open
    three = "全年印发规范性文件9件,发布政策解读8篇,召开发布会2次,做到一一对应。"
    assert [c for c in checks(tmp_path, three) if c.rule == "equal.one_to_one" or c.status == "fail"] == []
