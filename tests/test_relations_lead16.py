"""Session 16 (lead): rules mended at merge, on sentences written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _rules(tmp_path, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in audit_text(tmp_path, text):
        out.setdefault(c.rule, set()).add(c.status)
    return out


@pytest.mark.parametrize("text", [
    "全年发放失业保险金2.86亿元,惠及失业人员1.86万人,月人均1680元。",
    "全年发放失业保险金2.86亿元,惠及失业人员1.86万人,人均每月1680元。",
    "全年为困难老人发放护理补贴432万元,惠及1200人,人均月补贴300元。",
    "全年12345热线受理诉求36.5万件,接线员120人,日均受理1000件。",
])
def test_an_average_per_period_is_no_total_over_its_count(tmp_path, text: str) -> None:
    # the year's total over the people is also over the months (or days): no figure printed is its base
    assert "ratio.average" not in _rules(tmp_path, text)


@pytest.mark.parametrize("text, status", [
    ("全年发放临时救助资金126.4万元,惠及1,108人,人均1,141元。", "pass"),
    ("全年发放临时救助资金126.4万元,惠及1,108人,人均1,841元。", "fail"),
])
def test_an_average_of_the_whole_year_is_still_read(tmp_path, text: str, status: str) -> None:
    assert _rules(tmp_path, text).get("ratio.average") == {status}


@pytest.mark.parametrize("text", [
    "全县12个乡镇卫生院中,9个达到基本标准,3个达到推荐标准。",
    "全区8个社区中,5个已建成标准化服务站,3个列入明年建设计划。",
])
def test_parts_whose_words_say_what_they_did_count_the_totals_things(tmp_path, text: str) -> None:
    # "9个达到基本标准": the words after a part say what it did, not another noun it counts
    assert _rules(tmp_path, text).get("sum.breakdown") == {"pass"}


@pytest.mark.parametrize("text, status", [
    ("2019年共受理政府信息公开申请74件(2018年为61件),增长21.3%。", "pass"),
    ("全年新收政府信息公开申请116件(上年94件),增长23.4%。", "pass"),
    ("全年新收政府信息公开申请116件(上年94件),增长32.4%。", "fail"),
])
def test_a_bracketed_level_before_its_change_is_read_without_recursion(tmp_path, text: str, status: str) -> None:
    # fa28's bracket rule asked the change chains, which ask the figures before them: endless on this shape
    changes = {s for rule, statuses in _rules(tmp_path, text).items() if rule.startswith("change") for s in statuses}
    assert changes == {status}, changes
