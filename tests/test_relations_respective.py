"""Totals split by a counted list of units acting respectively ("市、县两级…分别受理a件、b件").

Every sentence here is written for the project: passing, failing and consistent variants, and
the readings where the list is not the whole (no count word, a count that does not match, a total
of another act or of one level)."""

from __future__ import annotations

import pytest

import toolkit


def sums(tmp_path, text: str) -> list[tuple[float, list[float], str]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["total"], c.operands["parts"], c.status)
            for c in toolkit.audit(p).checks if c.kind == "sum"]


@pytest.mark.parametrize(("text", "expected"), [
    ("全年受理行政复议申请200件,市、县两级行政复议机关分别受理120件、80件。", [(200, [120, 80], "pass")]),
    ("全年受理行政复议申请200件。市、县两级行政复议机关分别受理120件、90件。", [(200, [120, 90], "fail")]),
    # The refusal between is another act; the nearest 受理 that is not refused is the whole.
    ("经审查,受理170件,不予受理9件,告知8件。市、县两级复议机关分别受理60件、110件。", [(170, [60, 110], "pass")]),
    ("全年办理信访事项300件,市、区、街道三级分别办理60件、90件、150件。", [(300, [60, 90, 150], "pass")]),
    ("全年办理信访事项300件,市、区、街道三级分别办理60件、90件、140件。", [(300, [60, 90, 140], "fail")]),
    # "分别为" after a counted noun: the total is the nearest figure the noun names (诉求), also when
    # the count is printed in digits ("3类").
    ("全年受理诉求200件。咨询、投诉、求助三类诉求分别为120件、50件、30件。", [(200, [120, 50, 30], "pass")]),
    ("全年受理诉求200件。咨询、投诉、求助3类诉求分别为120件、50件、40件。", [(200, [120, 50, 40], "fail")]),
])
def test_a_counted_list_of_units_splits_the_total_of_its_act(tmp_path, text, expected) -> None:
    assert sums(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    "全年收到申请200件。市、县两级复议机关分别受理120件、90件。",  # another act: 收到 is not 受理
    "市政府受理行政复议申请72件。市、县两级复议机关分别受理120件、80件。",  # one level, not the whole
    "全年办理信访事项300件,市、区、街道三级分别办理60件、90件。",  # three units, two figures
    "全年受理申请200件,市、县分别受理120件、90件。",  # no count: the list may leave units out
    "全年受理诉求200件。咨询、投诉、求助三类分别为120件、50件、40件。",  # no noun says what they split
    "全年检查企业200家。咨询、投诉、求助三类诉求分别为120件、50件、40件。",  # no figure of 诉求 before
    # More of the same act added after the list: the counted units are not the whole.
    "全年受理申请200件,市、县两级分别受理120件、60件,乡镇受理20件。",
    "全年受理申请200件,市、县两级分别受理120件、60件。另有乡镇受理20件。",
])
def test_no_sum_when_the_list_or_the_total_is_not_the_whole(tmp_path, text) -> None:
    assert sums(tmp_path, text) == []


def test_fenbie_you_opens_a_breakdown_like_fenbie_wei(tmp_path) -> None:
    assert sums(tmp_path, "全年受理诉求200件,咨询、投诉、求助类分别有120件、50件、30件。") == [(200, [120, 50, 30], "pass")]
    assert sums(tmp_path, "全年受理诉求200件,咨询、投诉、求助类分别有120件、50件、40件。") == [(200, [120, 50, 40], "fail")]


@pytest.mark.parametrize("text", [
    # the province's own level is not among the two listed
    "全省行政复议机关共受理案件2,100件。市、县两级行政复议机关分别受理612件、1,090件。",
    # the same verb, another noun
    "全年受理政府信息公开申请460件。市、区两级政府分别受理行政复议申请58件、102件。",
])
def test_no_split_of_a_wider_whole_or_another_noun(tmp_path, text) -> None:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    assert [c for c in toolkit.audit(p).checks if c.kind == "sum"] == []
