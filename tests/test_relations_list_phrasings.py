"""Breakdowns, equalities and distributive lists in phrasings the engine was not tuned on (issue 15,
patterns F, H and B): totals closing several measures at once, grades that stop short of the failing
grade, periods that partition a year, headings over item lines, lists of previous levels after 分别.

Every sentence is written for the project: passing, failing (a planted error) and consistent
variants, and traps that must not be summed."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str, kind: str | None = None) -> list[tuple[str, str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(text + "\n", encoding="utf-8")
    return [(c.status, c.rule, c.operands) for c in toolkit.audit(p).checks if kind is None or c.kind == kind]


def sums(tmp_path, text: str) -> dict[tuple, str]:
    """{(total, parts...): status} of the text's sums."""
    return {(o["total"], *o["parts"]): st for st, _, o in checks(tmp_path, text, "sum")}


# -- grades that stop before the failing grade -------------------------------------------------

@pytest.mark.parametrize("text", [
    "评查行政处罚案卷240卷,其中优秀86卷、良好102卷、合格47卷。",
    "年内评查执法案卷180份,其中评为优秀的52份,良好的77份,合格的44份。",
])
def test_grades_without_the_failing_grade_are_bounds_not_a_sum(tmp_path, text) -> None:
    # the files graded 不合格 are not mentioned: the shortfall is what the text leaves unsaid
    found = checks(tmp_path, text)
    assert not [c for c in found if c[1].startswith("sum")]
    assert {c[1] for c in found} == {"bound.part"} and all(c[0] == "pass" for c in found)


def test_grades_that_reach_the_failing_grade_add_up(tmp_path) -> None:
    assert sums(tmp_path, "评查行政处罚案卷240卷,其中优秀86卷、良好102卷、合格47卷、不合格5卷。") == {
        (240, 86, 102, 47, 5): "pass"}
    assert sums(tmp_path, "评查行政处罚案卷240卷,其中优秀86卷、良好102卷、合格47卷、不合格7卷。") == {
        (240, 86, 102, 47, 7): "fail"}


def test_grades_that_overshoot_their_total_still_fail(tmp_path) -> None:
    # more graded files than were reviewed is an error whichever grades are left out
    assert sums(tmp_path, "评查行政处罚案卷240卷,其中优秀86卷、良好122卷、合格47卷。") == {(240, 86, 122, 47): "fail"}


# -- a total after its parts, over a count of items, several measures at once ---------------------

_STREETS = ("东城街道检查企业120家、发现隐患341处;西城街道检查企业95家、发现隐患266处;"
            "南城街道检查企业88家、发现隐患{c}处。{head}共计检查企业303家、发现隐患804处。")


@pytest.mark.parametrize("head", ["", "三个街道", "以上"])
def test_a_closing_total_of_several_measures_gives_one_sum_each(tmp_path, head) -> None:
    assert sums(tmp_path, _STREETS.format(c=197, head=head)) == {
        (303, 120, 95, 88): "pass", (804, 341, 266, 197): "pass"}


def test_a_wrong_item_fails_its_own_measure_only(tmp_path) -> None:
    assert sums(tmp_path, _STREETS.format(c=179, head="三个街道")) == {
        (303, 120, 95, 88): "pass", (804, 341, 266, 179): "fail"}


def test_a_count_of_items_that_is_not_the_lists_length_gives_no_sum(tmp_path) -> None:
    # four streets listed, "三个街道" totals some other three: no reading picks them
    text = ("甲街道办理案件40件,乙街道办理案件35件,丙街道办理案件25件,丁街道办理案件30件,"
            "三个街道合计办理案件100件。")
    assert sums(tmp_path, text) == {}


def test_a_one_measure_closing_over_a_count_of_items(tmp_path) -> None:
    text = "城关镇调解纠纷126件,河口镇调解纠纷98件,青石乡调解纠纷57件,三个乡镇共计调解纠纷281件。"
    assert sums(tmp_path, text) == {(281, 126, 98, 57): "pass"}
    assert sums(tmp_path, text.replace("281件", "271件")) == {(271, 126, 98, 57): "fail"}
