"""A 其中 list going on past a ";" of its sentence (relations/semicolons.py), on sentences written
for the project."""

from __future__ import annotations

import pytest

import toolkit


def sums(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["total"], c.operands["parts"], c.status) for c in toolkit.audit(p).checks if c.kind == "sum"]


@pytest.mark.parametrize("text, total, parts", [
    ("全年完成营业收入500亿元,其中工业200亿元,增长4.5%;建筑业180亿元,增长3.8%;服务业120亿元,增长3.0%。",
     500, [200, 180, 120]),
    ("全年抽检食品2,460批次,其中合格2,398批次,合格率97.5%;不合格的62批次已全部核查处置。", 2460, [2398, 62]),
    ("年末全县常住人口41.6万人,其中城镇人口23.9万人,城镇化率57.5%;乡村人口17.7万人。", 416000, [239000, 177000]),
])
def test_a_list_goes_on_past_a_semicolon_when_it_adds_up(tmp_path, text, total, parts) -> None:
    assert (total, parts, "pass") in sums(tmp_path, text)


@pytest.mark.parametrize("text", [
    # the piece after ";" is another stage of the work, not an item
    "全年受理投诉300件,其中食品类100件;办结200件,办结率66.7%。",
    # a total, or a comparison, opens the piece
    "全年受理投诉300件,其中食品类100件;共涉及企业200家。",
    "全年受理投诉300件,其中食品类100件;同比增加200件。",
    # counted otherwise
    "全年受理投诉300件,其中食品类100件;涉及金额200万元。",
])
def test_a_piece_that_is_no_item_ends_the_list(tmp_path, text) -> None:
    assert [s for s in sums(tmp_path, text) if len(s[1]) > 1] == []


def test_pieces_that_do_not_add_up_say_nothing(tmp_path) -> None:
    # nothing but the figures says the list ends there: a list short of the whole may stop anywhere
    text = "全年完成营业收入500亿元,其中工业200亿元,增长4.5%;建筑业120亿元,增长3.8%。"
    assert [s for s in sums(tmp_path, text) if len(s[1]) > 1] == []


@pytest.mark.parametrize("text", [
    # attributes of the whole's members after ";", adding up to more than the whole
    "现有在编执法人员312人,其中持有行政执法证件的298人,持证率95.5%;具有法律职业资格的24人。",
    "全年完成营业收入500亿元,其中工业200亿元,增长4.5%;建筑业180亿元,增长3.8%;服务业130亿元,增长3.0%。",
])
def test_pieces_that_do_not_add_up_are_never_a_failing_list(tmp_path, text) -> None:
    assert [s for s in sums(tmp_path, text) if len(s[1]) > 1 and s[2] == "fail"] == []
