"""A:B:C structures and A:100 ratios (ratio_expressions._ratio_expressions), on sentences written for the project."""

from __future__ import annotations

from decimal import Decimal

import pytest

import toolkit

GDP = ("全年地区生产总值218.40亿元,其中第一产业增加值{a}亿元,第二产业增加值{b}亿元,第三产业增加值{c}亿元。"
       "三次产业结构为{sa}:{sb}:{sc}。")


def structures(tmp_path, text: str) -> list[tuple[float, str]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["percent"], c.status) for c in toolkit.audit(p).checks if c.rule == "ratio.structure"]


def test_each_share_of_a_structure_is_its_part_over_the_whole(tmp_path) -> None:
    text = GDP.format(a="30.10", b="84.50", c="103.80", sa="13.8", sb="38.7", sc="47.5")
    assert structures(tmp_path, text) == [(13.8, "pass"), (38.7, "pass"), (47.5, "pass")]
    bad = GDP.format(a="30.10", b="84.50", c="103.80", sa="13.8", sb="36.7", sc="47.5")
    assert (36.7, "fail") in structures(tmp_path, bad)


def test_shares_printed_to_add_up_to_100_may_move_one_unit(tmp_path) -> None:
    # 26.96, 86.12 and 105.32 of 218.40 are 12.344%, 39.432% and 48.223%: plain rounding prints
    # 12.3 + 39.4 + 48.2 = 99.9; a bureau gives the missing 0.1 to the largest remainder (.044 of
    # 12.344) and prints 12.4 : 39.4 : 48.2, which adds up to 100
    text = GDP.format(a="26.96", b="86.12", c="105.32", sa="12.4", sb="39.4", sc="48.2")
    assert [s for _, s in structures(tmp_path, text)] == ["pass"] * 3
    # printed by plain rounding, the same shares hold as well
    text = GDP.format(a="26.96", b="86.12", c="105.32", sa="12.3", sb="39.4", sc="48.2")
    assert [s for _, s in structures(tmp_path, text)] == ["pass"] * 3


def test_shares_closed_to_100_on_the_largest_share_pass(tmp_path) -> None:
    # the other convention: the missing 0.1 goes to the largest share (48.223 printed 48.3)
    text = GDP.format(a="26.96", b="86.12", c="105.32", sa="12.3", sb="39.4", sc="48.3")
    assert [s for _, s in structures(tmp_path, text)] == ["pass"] * 3
    # and a plain rounding over 100 (14.07, 38.26, 47.66 -> 100.1) is closed by taking a unit off one
    text = GDP.replace("218.40", "342.56").format(a="48.21", b="131.07", c="163.28", sa="14.1", sb="38.3", sc="47.6")
    assert [s for _, s in structures(tmp_path, text)] == ["pass"] * 3


@pytest.mark.parametrize("printed", [("12.2", "39.4", "48.4"),   # adds up to 100, two units moved for one missing
                                     ("12.4", "39.3", "48.3"),   # adds up to 100, units moved both ways
                                     ("12.4", "39.4", "48.3"),   # a unit moved where nothing was missing
                                     ("12.3", "39.5", "48.2")])  # the unit given to a share it moves 0.168 off
def test_a_unit_off_that_no_closing_to_100_explains_still_fails(tmp_path, printed) -> None:
    sa, sb, sc = printed
    text = GDP.format(a="26.96", b="86.12", c="105.32", sa=sa, sb=sb, sc=sc)
    assert "fail" in [s for _, s in structures(tmp_path, text)]


def test_the_largest_remainder_reading() -> None:
    # the arithmetic the test sentences above rely on
    parts = [Decimal("26.96"), Decimal("86.12"), Decimal("105.32")]
    exact = [100 * v / sum(parts) for v in parts]
    assert [round(x, 3) for x in exact] == [Decimal("12.344"), Decimal("39.432"), Decimal("48.223")]


def test_the_message_says_a_unit_was_moved(tmp_path) -> None:
    from toolkit.messages import render

    p = tmp_path / "r.txt"
    p.write_text(GDP.format(a="26.96", b="86.12", c="105.32", sa="12.4", sb="39.4", sc="48.2"), encoding="utf-8")
    moved = [c for c in toolkit.audit(p).checks if c.operands.get("adjusted_to_100")]
    assert [c.operands["percent"] for c in moved] == [12.4]
    assert "合计为100" in render(moved[0])[0] and "one unit" in render(moved[0])[1]


@pytest.mark.parametrize("names", ["第一、二、三产业增加值", "三次产业增加值", "第一产业、第二产业和第三产业增加值"])
def test_shares_of_a_named_whole_in_a_sentence_of_their_own_are_its_parts_shares(tmp_path, names) -> None:
    # 26.96, 86.12 and 105.32 of 218.40: 12.3%, 39.4%, 48.2%
    text = GDP.split("三次产业结构")[0] + f"{names}占地区生产总值的比重分别为12.3%、39.4%和48.2%。"
    text = text.format(a="26.96", b="86.12", c="105.32")
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    got = [(c.operands["numerator"], c.status) for c in toolkit.audit(p).checks if c.rule == "ratio.share"]
    assert got == [(26.96, "pass"), (86.12, "pass"), (105.32, "pass")]
    p.write_text(text.replace("39.4%", "36.4%"), encoding="utf-8")
    got = [(c.operands["numerator"], c.status) for c in toolkit.audit(p).checks if c.rule == "ratio.share"]
    assert (86.12, "fail") in got


def test_shares_of_a_whole_whose_breakdown_has_other_parts_say_nothing(tmp_path) -> None:
    text = ("全年地区生产总值218.40亿元,其中第二产业增加值86.12亿元,第三产业增加值105.32亿元。"
            "第一、二、三产业增加值占地区生产总值的比重分别为12.3%、39.4%和48.2%。")
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    assert not [c for c in toolkit.audit(p).checks if c.rule == "ratio.share"]
