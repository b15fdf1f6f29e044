"""Session 26 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def _checks(tmp_path, text: str) -> list[tuple]:
    """(status, kind, operands) of every check."""
    return [(c.status, c.kind, c.operands) for c in audit_text(tmp_path, text, ".txt")]


def _changes(tmp_path, text: str) -> list[tuple]:
    return [(s, op["current"], op.get("previous")) for s, k, op in _checks(tmp_path, text) if k == "change"]


# A difference and a percent printed after the last item of a 其中 list: of the item or of the whole the
# list breaks down. An item smaller than its own increase never grew by a percent: the whole's reading.
_AFTER_LIST = ("本机关共收到政府信息公开申请126件,其中自然人提出{a}件,法人或其他组织提出{b}件,"
               "较上年增加18件,增长{pct}%。")


def test_a_change_after_a_list_whose_last_item_is_smaller_than_the_increase_is_the_wholes(tmp_path):
    assert _changes(tmp_path, _AFTER_LIST.format(a=123, b=3, pct="16.7")) == [("pass", 126, 108)]


def test_the_wholes_change_that_misses_still_fails(tmp_path):
    assert _changes(tmp_path, _AFTER_LIST.format(a=123, b=3, pct="18.7")) == [("fail", 126, 108)]


def test_a_change_after_a_list_holds_over_the_whole_or_the_item(tmp_path):
    # (26 - 18 = 8 would be the item's previous level: both readings stand, the whole's holds)
    assert _changes(tmp_path, _AFTER_LIST.format(a=100, b=26, pct="16.7")) == [("pass", 126, 108)]
    # the item's own reading holding passes too: 26 over 8 is +225%
    assert [s for s, _, _ in _changes(tmp_path, _AFTER_LIST.format(a=100, b=26, pct="225.0"))] == ["pass"]


def test_a_change_after_a_list_fails_only_when_both_readings_fail(tmp_path):
    assert [s for s, _, _ in _changes(tmp_path, _AFTER_LIST.format(a=100, b=26, pct="18.7"))] == ["fail"]


def test_a_lone_count_smaller_than_its_increase_reads_no_change(tmp_path):
    text = "法人或其他组织提出申请3件,较上年增加18件,增长16.7%。"
    assert _changes(tmp_path, text) == []


# A 100% rate whose numerator names, before its act, a set of its own: the rate is over that set, not
# over a figure of another act before it.
def _full(tmp_path, text: str) -> list[tuple]:
    return [(s, op["numerator"], op["denominator"]) for s, k, op in _checks(tmp_path, text) if k == "ratio"]


def test_a_full_rate_of_a_set_named_by_the_numerator_is_not_read_over_another_acts_figure(tmp_path):
    text = "执法全过程记录执法案件1,136件,重大执法决定法制审核48件,审核率100%。"
    assert _full(tmp_path, text) == []


def test_a_full_rate_over_the_set_the_numerator_names_still_fails(tmp_path):
    text = "全年作出重大执法决定52件,重大执法决定法制审核50件,审核率100%。"
    assert _full(tmp_path, text) == [("fail", 50, 52)]


def test_a_full_rate_of_the_bare_act_is_still_read(tmp_path):
    assert _full(tmp_path, "全年受理行政许可申请320件,依法审核318件,审核率100%。") == [("fail", 318, 320)]
    assert _full(tmp_path, "全年印发行政规范性文件12件,全部报送备案12件,备案率100%。") == [("pass", 12, 12)]


# A 分别 list whose names are the years of the clause before it ("2022年至2024年,全县分别受理…"), closed
# by its total: one sum, its parts named by their years.
_YEARS = "{years},全县分别受理信访事项1,215件、1,086件、962件,三年累计{total}件。"


def test_a_list_of_the_years_named_in_the_clause_before_sums_to_its_closing_total(tmp_path):
    for years in ("2022年至2024年", "2022年、2023年和2024年"):
        assert ("pass", "sum", {"total": 3263, "parts": [1215, 1086, 962]}) in _checks(
            tmp_path, _YEARS.format(years=years, total="3,263"))


def test_a_list_of_the_years_before_that_misses_fails_and_names_each_year(tmp_path):
    from toolkit.messages import render

    checks = audit_text(tmp_path, _YEARS.format(years="2022年至2024年", total="3,363"), ".txt")
    bad = [c for c in checks if c.kind == "sum"]
    assert [c.status for c in bad] == ["fail"]
    assert "2022年 1,215件 + 2023年 1,086件 + 2024年 962件" in render(bad[0])[0]


def test_years_that_are_not_as_many_as_the_figures_name_no_list(tmp_path):
    text = _YEARS.format(years="2022年至2025年", total="3,263")
    assert all(k != "sum" for _, k, _ in _checks(tmp_path, text))


# The level a printed difference was measured from, in brackets after the difference ("比上年增加7件(上年
# 18件)"), is the current figure's previous level: the change and the difference are read over it.
_DELTA_BRACKET = "2023年,本街道新收政府信息公开申请25件,比上年增加{delta}件(上年18件),增长{pct}%。"


def test_a_previous_level_bracketed_after_the_difference_is_the_changes(tmp_path):
    checks = _checks(tmp_path, _DELTA_BRACKET.format(delta=7, pct="38.9"))
    assert ("pass", "change", {"current": 25, "percent": 38.9, "previous": 18}) in checks
    assert ("pass", "sum", {"total": 25, "parts": [18, 7]}) in checks


def test_a_previous_level_bracketed_after_the_difference_catches_a_misprint(tmp_path):
    assert ("fail", "change", {"current": 25, "percent": 28.9, "previous": 18}) in _checks(
        tmp_path, _DELTA_BRACKET.format(delta=7, pct="28.9"))
    assert ("fail", "sum", {"total": 25, "parts": [18, 6]}) in _checks(
        tmp_path, _DELTA_BRACKET.format(delta=6, pct="38.9"))


def test_a_full_rate_whose_numerator_names_whom_it_went_to_is_still_read(tmp_path):
    # (报市政府: to whom the act went, no set of its own)
    text = "发布管委会规范性文件9件,报市政府备案{n}件,备案率100%。"
    assert _full(tmp_path, text.format(n=9)) == [("pass", 9, 9)]
    assert _full(tmp_path, text.format(n=8)) == [("fail", 8, 9)]


# A change in the sentence after its level, naming the level's measure with a count word ("立案数") and
# printing its difference: the level is the one figure whose own words end with the act (立案).
_NAMED_AFTER = "全年各镇街立案764件,结案737件,罚款175.6万元。{name}同比增加58件,增长{pct}%。"


def test_a_change_naming_its_measure_by_a_count_word_is_of_the_figure_before(tmp_path):
    assert _changes(tmp_path, _NAMED_AFTER.format(name="立案数", pct="8.2")) == [("pass", 764, 706)]
    assert _changes(tmp_path, _NAMED_AFTER.format(name="立案数", pct="9.2")) == [("fail", 764, 706)]


def test_a_count_word_naming_no_figure_reads_no_change(tmp_path):
    assert _changes(tmp_path, _NAMED_AFTER.format(name="案件数", pct="8.2")) == []


# 分别 over the sentence's only figures maps its percents onto them however long their words are.
_LONG_NAMES = "{lead}办理行政复议案件63件,以区属执法单位为被告的行政诉讼案件41件,分别较上年下降11.3%和增长{pct}%。"


def test_respective_changes_over_the_sentences_only_figures_with_long_words(tmp_path):
    assert _changes(tmp_path, _LONG_NAMES.format(lead="全年", pct="7.9")) == [("pass", 63, None), ("pass", 41, None)]
    # 41 is no whole count's growth of 17.9% (34 or 35 before): the misprint fails
    assert [s for s, _, _ in _changes(tmp_path, _LONG_NAMES.format(lead="全年", pct="17.9"))] == ["pass", "fail"]


def test_respective_changes_with_another_figure_before_keep_to_the_short_run(tmp_path):
    assert _changes(tmp_path, _LONG_NAMES.format(lead="全年受理信访120件,", pct="17.9")) == []


def test_a_figure_of_an_age_group_is_named_by_its_ages(tmp_path):
    # "0-15岁" is read as a figure, so the group's label alone is "人口": messages name it by its clause
    from toolkit.messages import render

    text = "年末全区常住人口86.42万人。其中,0-15岁人口13.85万人,占16.0%;60岁及以上人口17.21万人,占19.9%。"
    said = [render(c)[0] for c in audit_text(tmp_path, text, ".txt") if c.kind == "ratio"]
    assert any("0-15岁人口 13.85万人" in m for m in said) and any("60岁及以上人口 17.21万人" in m for m in said)
