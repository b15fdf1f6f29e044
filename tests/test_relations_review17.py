"""Session 17 (review17): false alarms of session 17's rules, on passages written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _statuses(tmp_path, text: str, rule: str) -> list[str]:
    """The status of every check of ``rule`` found in ``text``."""
    return [c.status for c in audit_text(tmp_path, text, ".txt") if c.rule == rule]


# A table whose note says its growth is on a comparable basis: the printed growth is no plain
# change of the two figures printed (one period beside the last, or two year columns).
_NOTED = """表2 规模以上工业主要产品产量

| 产品名称 | 单位 | 本年累计 | 上年同期 | 同比增长(%) |
|---|---|---|---|---|
| 饮料 | 万吨 | 52.4 | 50.2 | {a} |
| 服装 | 万件 | 1,326 | 1,420 | -4.7 |

注:同比增长速度按可比口径计算。
"""

_NOTED_YEARS = """表3 主要产品产量

| 产品名称 | 单位 | 2022年 | 2023年 | 增长(%) |
|---|---|---|---|---|
| 饮料 | 万吨 | 50.2 | 52.4 | 6.1 |
| 服装 | 万件 | 1,420 | 1,326 | -4.7 |

注:增长速度按同口径计算。
"""


@pytest.mark.parametrize("text", [_NOTED.format(a="6.1"), _NOTED_YEARS])
def test_a_table_of_growth_on_a_comparable_basis_is_no_plain_change(tmp_path, text: str) -> None:
    assert "fail" not in _statuses(tmp_path, text, "change.table")
    # without the note the table is still checked (饮料 4.4 holds, 服装 -4.7 does not)
    plain = _NOTED.format(a="4.4").replace("注:同比增长速度按可比口径计算。", "")
    assert _statuses(tmp_path, plain, "change.table") == ["pass", "fail"]


_CASES = "全年审结案件1,200件。行政、民事、刑事{noun}分别为300件、700件和200件,{subject}占{base}的{pct}%。"


@pytest.mark.parametrize("noun, subject, base", [
    ("案件", "民事调解案件", "审结案件"),  # (the 民事 cases settled by mediation: some of 民事)
    ("一审案件", "民事二审案件", "审结案件"),  # (appeals: no item of the list of first instances)
    ("案件", "民事案件中调解撤诉", "审结民事案件"),  # (some of the 民事 cases, over them)
])
def test_a_share_of_part_of_an_item_of_a_list_is_not_of_the_item(tmp_path, noun, subject, base) -> None:
    text = _CASES.format(noun=noun, subject=subject, base=base, pct="25")
    assert "fail" not in _statuses(tmp_path, text, "ratio.share")
    # a share of the item itself is still checked
    ok = _CASES.format(noun="一审案件", subject="民事一审案件", base="审结案件", pct="58.3")
    bad = _CASES.format(noun="案件", subject="民事案件", base="审结案件", pct="25")
    assert _statuses(tmp_path, ok, "ratio.share") == ["pass"]
    assert _statuses(tmp_path, bad, "ratio.share") == ["fail"]


_INCOMES = "城镇居民人均可支配收入50,000元,农村居民人均可支配收入25,400元。"


@pytest.mark.parametrize("text", [
    # a ratio of incomes after the consumption of each: of figures not printed here
    "城镇居民人均消费支出30,000元,农村居民人均消费支出18,000元。城乡居民收入倍差为1.97,消费支出倍差为1.67。",
    "城镇居民人均消费支出30,000元,农村居民人均消费支出18,000元。城乡居民收入比为1.97。",
    # the highest over the lowest: sides the figures before it are not
    _INCOMES + "全市收入最高与最低县区的农民收入倍差为1.42。",
    _INCOMES + "收入最高的县区与最低的县区农民收入比为1.42。",
])
def test_a_ratio_of_other_figures_is_not_checked_against_these(tmp_path, text: str) -> None:
    assert "fail" not in _statuses(tmp_path, text, "ratio.expression")
    # the income ratio after the incomes is still checked
    assert _statuses(tmp_path, _INCOMES + "城乡居民收入倍差为2.17。", "ratio.expression") == ["fail"]
    assert _statuses(tmp_path, _INCOMES + "城乡居民收入倍差为1.97。", "ratio.expression") == ["pass"]


@pytest.mark.parametrize("text", [
    # a period's figure and the year's both named 受理申请: which one grew is not said
    "一季度受理申请10件。全年共受理政府信息公开申请27件。受理申请较上年(21件)增长28.6%。",
    # the closed and their on-time part: both 办结
    "全年共办结投诉举报1,842件,其中按期办结1,700件。办结量比上年(1,650件)增长11.6%。",
    # carried over and new: 受理申请 may be the new ones
    "全年上年结转申请5件,本年新收申请27件,共受理申请32件。受理申请较上年(21件)增长28.6%。",
])
def test_a_change_printing_its_level_with_two_figures_so_named_is_no_reading(tmp_path, text: str) -> None:
    assert "fail" not in _statuses(tmp_path, text, "change.yoy")
    # the one figure so named is still checked
    one = "区市场监管局共办结投诉举报1,842件。办结量比上年(1,650件)增长{p}%。"
    assert _statuses(tmp_path, one.format(p="11.6"), "change.yoy") == ["pass"]
    assert _statuses(tmp_path, one.format(p="16.1"), "change.yoy") == ["fail"]


_MONTH_BESIDE_THE_YEAR = """| 指标 | {level} | 上年同月 | {change} |
|---|---|---|---|
| 受理量 | 812 | 700 | {p} |
| 办结量 | 790 | 720 | 5.9 |
"""


@pytest.mark.parametrize("level, change", [("本月", "累计同比增长(%)"), ("12月", "1-12月同比增长(%)")])
def test_a_change_of_the_cumulative_beside_a_month_is_no_change_of_the_month(tmp_path, level, change) -> None:
    text = _MONTH_BESIDE_THE_YEAR.format(level=level, change=change, p="6.6")
    assert "fail" not in _statuses(tmp_path, text, "change.table")
    # the month's own change is still checked
    own = _MONTH_BESIDE_THE_YEAR.format(level="本月", change="同比增长(%)", p="16.0")
    assert _statuses(tmp_path, own, "change.table") == ["pass", "fail"]
