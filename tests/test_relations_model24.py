"""Breakdowns without 其中 (issue 15, F and B): a colon right after a figure opening its list, a
list of kinds under several levels of one sentence (each a reading of its whole), a whole named
by 各类, and a level reached "由…增加到…" as the whole of its quarters. Project sentences."""

from __future__ import annotations

import pytest
from helpers import audit_text


def sums(tmp_path, text: str) -> list[tuple]:
    """(total, sorted parts, status) of every sum check."""
    return [(float(c.operands["total"]), sorted(float(p) for p in c.operands["parts"]), c.status)
            for c in audit_text(tmp_path, text) if c.kind == "sum"]


def has(found: list[tuple], total, parts, status: str) -> bool:
    return (float(total), sorted(float(p) for p in parts), status) in found


# -- a colon right after a figure opens its list -----------------------------------------------

@pytest.mark.parametrize("text", [
    # a list short of its whole with nothing saying it is all of it: each part bounded, no sum
    "全区共有体育场馆52个:游泳馆9个、体育馆14个。",
    # a ratio of bare numbers opens no list
    "全市执业医师4,120人,医护比为1:1.32,护士5,438人,药师612人。",
])
def test_colon_lists_that_state_no_sum(tmp_path, text):
    assert not [f for f in sums(tmp_path, text) if f[2] == "fail"]
    assert not [f for f in sums(tmp_path, text) if f[0] in (52.0, 4120.0)]


# -- a list of kinds under several levels of one sentence ---------------------------------------

def test_kinds_of_the_later_level_pass(tmp_path):
    text = "全年共查处渔业违法案件214件,办结203件,办结率94.9%。按领域分,捕捞类96件,养殖类61件,运输类31件,加工类15件。"
    found = sums(tmp_path, text)
    assert any(f[1] == [15.0, 31.0, 61.0, 96.0] and f[2] == "pass" for f in found)
    assert not [f for f in found if f[2] == "fail"]


def test_kinds_short_of_both_levels_state_no_error(tmp_path):
    text = "全年共查处渔业违法案件214件,办结203件,办结率94.9%。按领域分,捕捞类96件,养殖类61件。"
    assert not [f for f in sums(tmp_path, text) if f[2] == "fail"]


# -- 各类 names a whole -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "parts", "status"), [
    ("查处各类违法行为83起,罚款64.5万元。按程序分,简易程序36起,普通程序47起。", [36, 47], "pass"),
    ("查处各类违法行为83起,罚款64.5万元。按领域分,食品22起,药品19起,医疗器械17起,其他28起。", [22, 19, 17, 28], "fail"),
])
def test_a_whole_named_by_all_kinds(tmp_path, text, parts, status):
    assert has(sums(tmp_path, text), 83, parts, status)


# -- the level a change reached is the whole of its quarters -------------------------------------

@pytest.mark.parametrize(("q1", "status"), [(83600, "pass"), (86300, "fail")])
def test_level_reached_is_the_quarters_whole(tmp_path, q1, status):
    text = (f"2023年,区政务热线受理来电由上年的31.20万件增加到35.48万件,增长13.7%。"
            f"一至四季度分别受理{q1 / 10000:.2f}万件、9.12万件、9.46万件、8.54万件。")
    found = sums(tmp_path, text)
    assert has(found, 354800, [q1, 91200, 94600, 85400], status)


# -- a bare 共 and the measure closing the list right before it -----------------------------------

@pytest.mark.parametrize(("last", "status"), [(61, "pass"), (67, "fail")])
def test_a_closing_common_total(tmp_path, last, status):
    text = (f"全年开展消防培训:一是面向物业服务企业,培训132人;二是面向九小场所负责人,培训75人;"
            f"三是面向社区网格员,培训{last}人,共培训268人。")
    assert has(sums(tmp_path, text), 268, [132, 75, last], status)


def test_a_whole_opening_its_sentence_is_no_closing(tmp_path):
    # the items of two districts, then the year's whole: it may hold more than they do
    text = "东片受理投诉120件,西片受理投诉82件。全年共受理投诉300件,办结296件。"
    assert not [f for f in sums(tmp_path, text) if f[0] == 300.0 and f[2] == "fail"]


# -- kinds after a funnel are kinds of its whole ------------------------------------------------------

def bounds(tmp_path, text: str) -> set[tuple]:
    return {(float(c.operands["smaller"]), float(c.operands["larger"]), c.status)
            for c in audit_text(tmp_path, text) if c.kind == "bound"}


def test_kinds_after_a_funnel_are_of_its_whole(tmp_path):
    text = "全年立案查处市场违法案件348件,结案331件,罚没款286.4万元。其中,价格类案件96件、广告类41件、计量类28件。"
    found = bounds(tmp_path, text)
    assert {(96.0, 348.0, "pass"), (41.0, 348.0, "pass"), (28.0, 348.0, "pass")} <= found


def test_parts_of_the_later_stage_stay_with_it(tmp_path):
    text = "全年受理咨询投诉526件,办结518件。其中按期办结509件,超期办结9件。"
    assert has(sums(tmp_path, text), 518, [509, 9], "pass")


def test_an_act_on_the_later_stage_stays_with_it(tmp_path):
    # no kind of the whole: what was done with some of the cases closed
    text = "全年稽查立案164户,结案152户,查补税款2.31亿元。其中,对涉嫌骗取退税的9户依法移送公安机关。"
    assert (9.0, 152.0, "pass") in bounds(tmp_path, text)
    assert (9.0, 164.0, "pass") not in bounds(tmp_path, text)
