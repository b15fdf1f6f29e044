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
