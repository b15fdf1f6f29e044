"""False-alarm review of session 7's list rules (review7): a list that adds up to its whole or may
leave out a round part is not failed, and the real typo still fails. Sentences written for the
project."""

from __future__ import annotations

from decimal import Decimal

import toolkit
from toolkit.quantities import Quantity
from toolkit.relations.misprints import within_one_slip


def sums(tmp_path, text: str) -> list[tuple[float, list, str]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["total"], c.operands["parts"], c.status) for c in toolkit.audit(p).checks if c.kind == "sum"]


def figure(number: str) -> Quantity:
    v = Decimal(number.replace(",", ""))
    return Quantity(value=v, unit="件", qualifier=None, low=v, high=v, decimals=0, printed=number + "件",
                    number=number, start=0, end=0, line=1, sentence=(0, 0), clause=(0, 0))


def test_a_gap_as_round_as_every_figure_is_no_slip() -> None:
    # 300 = 120 + 80 + 40 + a kind of 60 left out, as well as 120 printed for 180
    assert not within_one_slip(figure("300"), [figure("120"), figure("80"), figure("40")])
    # the figures are not all tens: a part of 60 left out is no likelier than the slip
    assert within_one_slip(figure("306"), [figure("126"), figure("80"), figure("40")])
    assert within_one_slip(figure("8,316"), [figure("4,215"), figure("2,873"), figure("1,268")])


def test_a_classified_list_of_round_figures_may_leave_a_kind_out(tmp_path) -> None:
    text = "办理行政复议案件300件。从案件类型看,公安类120件,市场监管类80件,自然资源类{}件。"
    assert all(status != "fail" for _, _, status in sums(tmp_path, text.format(40)))
    assert all(status != "fail" for _, _, status in sums(tmp_path, text.format(50)))
    typo = "办理行政复议案件306件。从案件类型看,公安类126件,市场监管类80件,自然资源类40件。"
    assert (306, [126, 80, 40], "fail") in sums(tmp_path, typo)


def test_another_item_extends_only_a_list_left_open(tmp_path) -> None:
    head = "全年共受理行政复议申请180件。从申请事项看,行政处罚类90件,行政强制类50件,"
    # closed by adding up, or by its rest: what 另有/此外还有 adds is of another kind
    for tail in ("政府信息公开类40件。另有8件经调解后撤回。", "政府信息公开类40件。此外还有上年结转案件15件。",
                 "其他类40件。另有上年结转案件15件。"):
        assert (180, [90, 50, 40], "pass") in sums(tmp_path, head + tail)
    # left open: the 另有 sentence is its last item, and a typo there still fails
    assert (180, [90, 50, 30, 10], "pass") in sums(tmp_path, head + "政府信息公开类30件。另有其他类10件。")
    assert (180, [90, 50, 30, 16], "fail") in sums(tmp_path, head + "政府信息公开类30件。另有其他类16件。")


def changes(tmp_path, text: str) -> list[tuple[float, float, object, str]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["current"], c.operands["percent"], c.operands.get("previous"), c.status)
            for c in toolkit.audit(p).checks if c.kind == "change"]


def test_month_on_month_changes_follow_only_periods_in_a_row(tmp_path) -> None:
    # the second quarter is not printed: 277 over 210 is no 环比
    gaps = changes(tmp_path, "一季度、三季度分别办理210件、277件,三季度环比增长9.9%。")
    assert all(status != "fail" for *_, status in gaps)
    assert all(prev != 210 for _, _, prev, _ in gaps)
    for periods in ("前三个季度", "一、二、三季度", "一季度、二季度、三季度"):
        ok = periods + "分别办理210件、252件、277件,二、三季度环比分别增长20%、9.9%。"
        assert (277, 9.9, 252, "pass") in changes(tmp_path, ok)
        assert (287, 9.9, 252, "fail") in changes(tmp_path, ok.replace("277件", "287件"))
    months = "今年10月、11月、12月分别受理120件、96件、120件,11月、12月环比分别下降20%、增长25%。"
    assert (120, 25, 96, "pass") in changes(tmp_path, months)


def test_a_part_drawn_from_the_non_kind_does_not_close_the_list(tmp_path) -> None:
    head = "全市一般公共预算收入650亿元,其中税收收入520亿元,"
    # 罚没收入 is drawn from 非税收入: the list names no complement, and may be incomplete
    assert all(status != "fail" for *_, status in sums(tmp_path, head + "非税收入中罚没收入20亿元。"))
    assert (650, [520, 130], "pass") in sums(tmp_path, head + "非税收入130亿元。")
    assert (650, [520, 120], "fail") in sums(tmp_path, head + "非税收入120亿元。")
