"""Lists whose items carry shares that name no base, printed in mixed forms or far from their base.
Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text, ratios


def _fails(tmp_path, text: str) -> list[tuple]:
    return [(c.rule, c.operands) for c in audit_text(tmp_path, text) if c.status == "fail"]


MIXED = ("本月共受理群众来电20,000件,同比增长3.1%。\n"
         "从来电内容看,咨询类9,000件、求助类5,000件,分别占{a}%、25.0%;投诉类4,000件,占比20.0%;"
         "建议类1,400件,所占比重为7.0%;其他类600件,占3.0%。")


def test_a_mixed_list_of_shares_is_of_the_whole_its_items_add_up_to(tmp_path) -> None:
    got = ratios(tmp_path, MIXED.format(a="45.0"))
    for part, pct in ((9000, 45.0), (5000, 25.0), (4000, 20.0), (1400, 7.0), (600, 3.0)):
        assert (part, 20000, pct, "pass") in got
    sums = [c.operands for c in audit_text(tmp_path, MIXED.format(a="45.0")) if c.kind == "sum"]
    assert {"total": 20000, "parts": [9000, 5000, 4000, 1400, 600]} in [
        {"total": s["total"], "parts": s["parts"]} for s in sums]


def test_a_slipped_share_in_a_mixed_list_fails_alone(tmp_path) -> None:
    got = ratios(tmp_path, MIXED.format(a="54.0"))
    assert (9000, 20000, 54.0, "fail") in got
    assert [f for f in got if f[3] == "fail"] == [(9000, 20000, 54.0, "fail")]


def test_shares_of_a_base_stated_paragraphs_before(tmp_path) -> None:
    # Three of the items' shares: all of the 6,400 complaints, stated in a paragraph of its own.
    text = ("全年受理消费者投诉6,400件、举报1,150件。投诉办结6,310件,办结率98.6%。\n"
            "从投诉类别看,家用电器投诉1,280件、占比{a}%,装修建材投诉896件、占比14.0%,"
            "教育培训投诉704件、占比11.0%。")
    got = ratios(tmp_path, text.format(a="20.0"))
    assert {(1280, 6400, 20.0, "pass"), (896, 6400, 14.0, "pass"), (704, 6400, 11.0, "pass")} <= set(got)
    got = ratios(tmp_path, text.format(a="26.0"))
    assert (1280, 6400, 26.0, "fail") in got


def test_two_shares_that_agree_with_no_whole_are_left_alone(tmp_path) -> None:
    # Only two items and no figure they add up to: nothing says what the shares are of.
    text = ("全年受理投诉举报7,550件,其中投诉6,400件、举报1,150件。\n"
            "从投诉类别看,家用电器投诉1,280件、占比31.0%,装修建材投诉896件、占比24.0%。")
    assert _fails(tmp_path, text) == []


def test_a_list_with_an_item_without_share_is_no_partition(tmp_path) -> None:
    # 表扬类 has no share: the items are not all listed with shares, nothing is read as a whole.
    text = ("本月共受理群众来电20,000件。\n"
            "从来电内容看,咨询类9,000件、求助类5,000件,分别占40.0%、30.0%;表扬类6,000件。")
    assert _fails(tmp_path, text) == []


def test_consistent_lists_raise_nothing(tmp_path) -> None:
    text = ("本季度全市受理诉求48,000件。\n"
            "从诉求渠道看,电话渠道30,000件、占比62.5%,网络渠道14,400件、占比30.0%,其他渠道3,600件、占比7.5%。")
    assert _fails(tmp_path, text) == []
    assert (30000, 48000, 62.5, "pass") in ratios(tmp_path, text)
