"""Funnels by meaning (issue 15, pattern E), session 15: the first stage named by what it counts with
no verb ("群众来信来访…件,办结…件", "共…个问题,已整改…个"); stage words other authors use (接受举报,
接报火警, 巡察反馈问题, 立行立改); a decision paper per case (处罚决定书…份 within 立案…起); a level held
under a ceiling (控制在限额…以内), of the whole a 其中 list breaks down. Sentences written for the
project: passing and failing variants, and traps that must stay quiet."""

from __future__ import annotations

import pytest

from tests.test_relations_funnels_general import bounds, checks, fails


def _raised(text: str, small: int, large: int) -> tuple[str, int]:
    """The text with the smaller figure's last printing raised above the larger one."""
    printed = f"{small:,}"
    raised = small + large
    k = text.rindex(printed)
    return text[:k] + f"{raised:,}" + text[k + len(printed):], raised


# --- the first stage named by its object ----------------------------------------------------

BY_OBJECT = [
    # what came in, named by the noun alone, the sentence's subject
    ("全年群众来信来访1,208件,办结1,153件,群众满意率96.2%。", 1153, 1208),
    ("2023年全县共有信访事项642件,已全部登记,按期办结611件。", 611, 642),
    ("全年热线工单总量8.6万件,办结8.4万件。", 84000, 86000),
    ("本院民事行政检察监督线索213件,办结198件。", 198, 213),
    ("消费者投诉2,168件,办结2,103件,挽回经济损失312万元。", 2103, 2168),
    ("网格员上报举报线索126条,经核查查实42条。", 42, 126),
    # what was found, the number before the noun or after it
    ("本轮巡察共23个问题,已整改21个。", 21, 23),
    ("各类问题52个,整改完成48个,剩余4个正在整改。", 48, 52),
    ("审计共1,206个问题,目前已整改1,180个。", 1180, 1206),
    ("全年安全隐患3,216处,已整改3,105处。", 3105, 3216),
]


@pytest.mark.parametrize(("text", "small", "large"), BY_OBJECT)
def test_the_first_stage_named_by_its_object(tmp_path, text, small, large) -> None:
    got = bounds(tmp_path, text)
    assert any(s == "pass" and float(a) == small and float(b) == large for s, a, b in got), got
    if small < 10000:
        bad, raised = _raised(text, small, large)
        assert ("fail", raised, large) in bounds(tmp_path, bad)


# (trap, its sibling): the trap must stay quiet while its sibling, the same figures stated as an intake,
# is read as a funnel (the rule is not merely absent)
OBJECT_TRAPS = [
    # a list of kinds: the later stage may count all of them
    ("来信120件、来访80件、网上投诉300件,办结450件。", "来信来访500件,办结450件。"),
    ("收到来电120个、留言300条,办结400件。", "网民留言500条,办结400条。"),
    # a stock, a remainder, an older year's: no intake
    ("在办工单120件,办结400件。", "工单总量520件,办结400件。"),
    ("上年信访事项1,300件,办结1,350件。", "信访事项1,400件,办结1,350件。"),
    ("以前年度遗留问题17个,本年已整改24个。", "各类问题27个,本年已整改24个。"),
    # a kind after 其中, then the closing of the whole
    ("全年共有信访事项500件,其中来信120件,办结450件。", "全年共有信访事项500件,办结450件。"),
    # the noun is not the sentence's first figure: another thing counted first
    ("检查企业120家,问题86个,整改完成90个。", "问题96个,整改完成90个。"),
]


@pytest.mark.parametrize(("trap", "sibling"), OBJECT_TRAPS)
def test_no_funnel_from_an_object_that_is_no_intake(tmp_path, trap, sibling) -> None:
    assert fails(tmp_path, trap) == []
    assert [s for s, _, _ in bounds(tmp_path, sibling)] == ["pass"]


# --- stage words other authors use ------------------------------------------------------------

WORDS = [
    ("全年接受群众举报投诉53件,查实21件。", 21, 53),
    ("支队全年接报火警1,326起,出警1,302起。", 1302, 1326),
    ("接到火警1,326起,出警1,302起,营救被困人员86人。", 1302, 1326),
    ("市委巡察反馈问题52个,已整改48个。", 48, 52),
    ("县委督查反馈问题37个,立行立改30个。", 30, 37),
    ("省审计反馈的问题29个,已全部制定措施,整改到位26个。", 26, 29),
    # a decision is one paper per case: 份 within 起/宗
    ("立案查处安全生产违法行为136起,下达行政处罚决定书128份。", 128, 136),
    ("全年立案查处土地违法案件58宗,制发行政处罚决定书52份。", 52, 58),
]


@pytest.mark.parametrize(("text", "small", "large"), WORDS)
def test_stage_words_of_other_authors(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


# --- a level held under a ceiling --------------------------------------------------------------

CEILINGS = [
    ("年末全县政府债务余额86.42亿元,控制在省核定的限额92.36亿元以内。", 86.42, 92.36),
    ("截至年底,全市政府债务余额218.6亿元,控制在省政府核定的债务限额238.0亿元以内。", 218.6, 238.0),
    # the whole a 其中 list breaks down, or its last part: fails only if both exceed the ceiling
    ("年末政府债务余额86.42亿元,其中一般债务31.27亿元、专项债务55.15亿元,控制在限额92.36亿元以内。", 86.42, 92.36),
]


@pytest.mark.parametrize(("text", "small", "large"), CEILINGS)
def test_a_level_held_under_its_ceiling(tmp_path, text, small, large) -> None:
    got = [(c.status, c.operands["smaller"], c.operands["larger"]) for c in checks(tmp_path, text)
           if c.rule == "bound.target"]
    assert got == [("pass", small, large)], got


def test_a_level_over_its_ceiling_fails(tmp_path) -> None:
    text = "年末全县政府债务余额96.42亿元,控制在省核定的限额92.36亿元以内。"
    assert [c.rule for c in checks(tmp_path, text) if c.status == "fail"] == ["bound.target"]


def test_a_ceiling_broken_by_the_texts_own_word_is_no_claim(tmp_path) -> None:
    # the text reports it exceeded the ceiling: a fact, not a contradiction to flag; 低于 or 以内 is no
    # such word for a ceiling (a target to reach from below would read 低于 as missed)
    text = "年末政府债务余额96.42亿元,控制在限额92.36亿元以内的要求未能实现,超出4.06亿元。"
    assert fails(tmp_path, text) == []
    held = "年末政府债务余额86.42亿元,控制在限额92.36亿元以内,低于全省平均水平。"
    assert [c.status for c in checks(tmp_path, held) if c.rule == "bound.target"] == ["pass"]


def test_a_list_under_a_ceiling_fails_only_if_its_whole_and_part_exceed(tmp_path) -> None:
    # the whole over the ceiling but the last part under it: two readings, no fail
    text = "年末政府债务余额96.42亿元,其中一般债务31.27亿元、专项债务65.15亿元,控制在限额92.36亿元以内。"
    assert fails(tmp_path, text) == []
    both = "年末政府债务余额196.42亿元,其中一般债务31.27亿元、专项债务165.15亿元,控制在限额92.36亿元以内。"
    assert [c.rule for c in checks(tmp_path, both) if c.status == "fail"] == ["bound.target"]


# --- an item of a list led by an earlier stage's verb, named again by the later stage ----------

ITEMS = [
    ("受理民事诉讼监督案件286件,提出抗诉12件、再审检察建议34件,法院采纳再审检察建议31件。", 31, 34),
    ("办理行政诉讼监督案件64件,提出抗诉3件、检察建议19件,法院采纳检察建议17件。", 17, 19),
]


@pytest.mark.parametrize(("text", "small", "large"), ITEMS)
def test_an_item_its_lists_verb_names_bounds_its_later_stage(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_an_item_named_again_is_no_bound_by_the_lists_first_item(tmp_path) -> None:
    # the later stage names the second item: the first (612) is no bound on it (main failed it)
    text = "全年收到来信612件、来电1,206件,办结来电1,198件。"
    assert fails(tmp_path, text) == []


# --- events counted by the harm they did, and the people so harmed ------------------------------

VICTIMS = [
    ("全年发生死亡事故94起,共造成108人死亡。", 94, 108),
    ("全市发生道路交通事故1,206起,其中死亡事故94起,死亡108人,受伤1,320人。", 94, 108),
    ("全县发生亡人火灾12起,死亡15人,同比减少3人。", 12, 15),
    ("全年生产安全死亡事故7起,死亡人数为9人。", 7, 9),
]


@pytest.mark.parametrize(("text", "events", "people"), VICTIMS)
def test_events_by_their_harm_are_no_more_than_the_harmed(tmp_path, text, events, people) -> None:
    got = [(c.status, c.operands["smaller"], c.operands["larger"]) for c in checks(tmp_path, text)
           if c.rule == "bound.victims"]
    assert got == [("pass", events, people)]
    printed = f"{people:,}"
    k = text.index(printed, text.index(f"{events:,}") + len(f"{events:,}"))
    bad = text[:k] + str(events - 1) + text[k + len(printed):]
    assert [c.status for c in checks(tmp_path, bad) if c.rule == "bound.victims"] == ["fail"]


# (trap, sibling): plain events, a change, a part are no such count; the sibling is
VICTIM_TRAPS = [
    ("全年发生事故94起,死亡88人。", "全年发生死亡事故84起,死亡88人。"),
    ("全年发生死亡事故94起,同比减少5起,死亡人数减少8人。", "全年发生死亡事故94起,同比减少5起,死亡人数98人。"),
    ("死亡事故94起,其中死亡3人以上的较大事故2起。", "死亡事故2起,死亡3人。"),
    ("全年发生死亡事故94起,受伤88人。", "全年发生伤人事故84起,受伤88人。"),
]


@pytest.mark.parametrize(("trap", "sibling"), VICTIM_TRAPS)
def test_no_victim_bound_where_the_events_need_harm_no_one(tmp_path, trap, sibling) -> None:
    assert [c for c in checks(tmp_path, trap) if c.rule == "bound.victims"] == []
    assert [c.status for c in checks(tmp_path, sibling) if c.rule == "bound.victims"] == ["pass"]


# --- a funnel over figures printed in two measures holds in the second ------------------------

TWO_MEASURES = [
    ("全年受理审查起诉案件1,126件1,583人,提起公诉924件1,271人。", 1271, 1583),
    ("受理审查逮捕案件642件886人,批准逮捕467件603人。", 603, 886),
]


@pytest.mark.parametrize(("text", "small", "large"), TWO_MEASURES)
def test_a_funnel_in_two_measures_bounds_the_people_too(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_a_second_measure_printed_apart_is_no_pair(tmp_path) -> None:
    # (the people named in a clause of their own: not the companion of the cases)
    text = "受理审查起诉案件1,126件1,583人,提起公诉924件,涉及1,671人。"
    assert fails(tmp_path, text) == []
    assert ("pass", 924, 1126) in bounds(tmp_path, text)
    both = "受理审查起诉案件1,126件1,583人,提起公诉924件1,671人。"
    assert ("fail", 1671, 1583) in bounds(tmp_path, both)
