"""Sums that read a figure of another role as a part or a total (session 15, fa27).

* A count word telling how many items a list has ("两个指挥部分别…", "三家医院分别…", "城管、市场监管、
  交通三个部门…") is no part of the figures spread over the list.
* A list opened by "X中," breaks down the figure named X, never a wider one.
* A figure named by its own period ("下半年合计…", "三季度共…") is one more item of a list of periods,
  not the total of the other periods' figures.
* A split by another dimension after a closed list ("…,共计198件;两个片区分别办理…") is of the
  list's total, not of its first item.

Every sentence here is written for the project.
"""

from __future__ import annotations

import re

import pytest

import toolkit


def sums(tmp_path, text: str) -> dict[tuple[float, ...], str]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return {(c.operands["total"], *c.operands["parts"]): c.status for c in toolkit.audit(p).checks if c.kind == "sum"}


COUNTED = [  # (the count's unit adds to the figures': on main it was read as one more part)
    ("森林防火、防汛两个指挥部分别召开会议6次、8次,共计{t}次。", 14, (6, 8)),
    ("城区、开发区两个专班分别开展督查5次、7次,共计{t}次。", 12, (5, 7)),
    ("安委会、消委会两个办公室全年分别印发通知9个、6个,合计{t}个。", 15, (9, 6)),
]
STILL = [  # lists after a count that were read right before: still summed, still caught
    ("森林防火、防汛两个指\n挥部分别召开会议6次、8次,共计{t}次。", 14, (6, 8)),
    ("东区、西区两个片区分别建成便民驿站3个、5个,合计{t}个。", 8, (3, 5)),
    ("城管、市场监管、交通三个部门开展联合检查12次、15次、9次,合计{t}次。", 36, (12, 15, 9)),
    ("县人民医院、中医院两家医院分别开展义诊活动7场、9场,共{t}场。", 16, (7, 9)),
]


def test_a_count_of_the_list_items_is_no_part(tmp_path) -> None:
    for text, total, parts in COUNTED + STILL:
        got = sums(tmp_path, text.format(t=total))
        assert got.get((total, *parts)) == "pass", text
        assert all(status != "fail" for status in got.values()), text
        wrong = sums(tmp_path, text.format(t=total + 1))
        assert wrong.get((total + 1, *parts)) == "fail", text
        assert not [k for k in wrong if len(k) != len(parts) + 1], text  # the count is in no sum


INTAKE = ("全年热线受理群众诉求12.46万件,其中有效诉求9.63万件,无效来电2.83万件。有效诉求中,"
          "热线直接解答5.12万件,转派承办单位{b}万件。")


def test_a_list_under_its_named_figure_splits_that_figure(tmp_path) -> None:
    got = sums(tmp_path, INTAKE.format(b="4.51"))
    assert got.get((96300, 51200, 45100)) == "pass"
    assert not [k for k, s in got.items() if k[0] == 124600 and 51200 in k]  # not of the whole intake
    wrong = sums(tmp_path, INTAKE.format(b="4.61"))
    assert wrong.get((96300, 51200, 46100)) == "fail"
    assert not [k for k in wrong if k[0] == 124600 and 51200 in k]
    # a list opened by the intake itself ("在受理量中,") still splits the intake
    text = "全年热线受理群众诉求12.46万件。在受理量中,热线直接解答7.95万件,转派承办单位{b}万件。"
    assert sums(tmp_path, text.format(b="4.51")).get((124600, 79500, 45100)) == "pass"
    assert sums(tmp_path, text.format(b="4.61")).get((124600, 79500, 46100)) == "fail"


@pytest.mark.parametrize("text", [
    "一、二季度分别开展随机抽查37次、41次,下半年合计抽查92次,全年共{t}次。",
    "一季度、二季度分别办结工单1,204件、1,318件,下半年合计办结2,733件,全年共办结{t}件。",
])
def test_a_figure_of_its_own_period_is_an_item(tmp_path, text: str) -> None:
    nums = [int(x.replace(",", "")) for x in re.findall(r"[\d,]+(?=[次件])", text)]
    total = sum(nums)
    got = sums(tmp_path, text.format(t=f"{total:,}" if total >= 1000 else total))
    assert got.get((total, *nums)) == "pass"
    assert not [k for k, s in got.items() if s == "fail"]  # the half-year is no total of the quarters
    # months under their own quarter still add up to it
    text = "7月、8月、9月分别受理投诉120件、135件、142件,三季度合计受理投诉{t}件。"
    assert sums(tmp_path, text.format(t=397)).get((397, 120, 135, 142)) == "pass"
    assert sums(tmp_path, text.format(t=398)).get((398, 120, 135, 142)) == "fail"


@pytest.mark.parametrize("text, total, first, parts", [
    ("综合行政执法队办理简易程序案件156件、普通程序案件42件,共计198件;东区、西区两个执法片区分别办理{a}件、95件。",
     198, 156, (103, 95)),
    ("市场监管局查处一般违法案件212件、重大违法案件31件,合计243件。城区、郊区两个分局分别查处{a}件、116件。",
     243, 212, (127, 116)),
])
def test_a_split_by_another_dimension_is_of_the_lists_total(tmp_path, text: str, total: int, first: int,
                                                             parts: tuple[int, ...]) -> None:
    got = sums(tmp_path, text.format(a=parts[0]))
    assert got.get((total, *parts)) == "pass"
    assert not [k for k in got if k[0] == first]  # never of the first item
    bad = sums(tmp_path, text.format(a=parts[0] + 1))
    assert bad.get((total, parts[0] + 1, *parts[1:])) == "fail"
    assert not [k for k in bad if k[0] == first]


def test_a_split_after_an_open_list_is_of_no_item(tmp_path) -> None:
    text = "全年办理简易程序案件156件、普通程序案件42件;城区、郊区两个中队分别办理103件、95件。"
    assert not [k for k in sums(tmp_path, text) if k[0] == 156]
