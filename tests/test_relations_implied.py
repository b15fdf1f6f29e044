"""The whole a list of shares implies when the report prints none: one typo, one failing check.
Every sentence here is written for the project."""

from __future__ import annotations

import toolkit
from tests.helpers import ratios


def failing(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.rule, c.operands.get("numerator"), c.operands.get("percent"))
            for c in toolkit.audit(p).checks if c.status == "fail"]


# No total printed: 2,600 + 1,560 + 1,040 = 5,200, and 50.0% + 30.0% + 20.0% = 100%.
LIST = "本季度热线工单按来源分:电话渠道{a}件,占{pa}%;网站渠道1,560件,占30.0%;微信渠道1,040件,占20.0%。"


def test_a_list_whose_shares_agree_is_of_its_sum(tmp_path) -> None:
    assert ratios(tmp_path, LIST.format(a="2,600", pa="50.0")) == [
        (1040, 5200, 20, "pass"), (1560, 5200, 30, "pass"), (2600, 5200, 50, "pass")]


def test_a_slipped_share_fails_alone(tmp_path) -> None:
    # 50.0 printed 56.0: the other two still agree on 5,200, the parts' sum.
    assert failing(tmp_path, LIST.format(a="2,600", pa="56.0")) == [("ratio.share", 2600, 56)]


def test_a_slipped_part_fails_alone(tmp_path) -> None:
    # 2,600 printed 2,900: the sum (5,500) is wrong too, but the other pairs imply 5,200.
    got = ratios(tmp_path, LIST.format(a="2,900", pa="50.0"))
    assert [r for r in got if r[3] == "fail"] == [(2900, 5200, 50, "fail")]
    assert [r[3] for r in got if r[0] != 2900] == ["pass", "pass"]


def test_two_odd_pairs_imply_nothing(tmp_path) -> None:
    # Two figures off: nothing says which whole the list is of; nothing fails.
    assert failing(tmp_path, LIST.format(a="2,900", pa="56.0").replace("占30.0%", "占33.0%")) == []


def test_a_difference_no_slip_explains_is_left_alone(tmp_path) -> None:
    # 2,600 printed 3,477: no single misprinted digit makes it 2,600 -- perhaps another list.
    assert failing(tmp_path, LIST.format(a="3,477", pa="50.0")) == []


def test_an_incomplete_list_implies_no_whole(tmp_path) -> None:
    # The shares add up to 80%: the list is not the whole, and its sum is no base.
    text = "电话渠道2,600件,占50.0%;网站渠道1,560件,占30.0%;微信渠道520件,占10.0%。"
    assert ratios(tmp_path, text) == []


def test_respective_shares_of_an_unprinted_whole(tmp_path) -> None:
    text = "按处理结果分,解答咨询1,300件、转办2,100件、不予受理600件,分别占32.5%、52.5%、15.0%。"
    assert ratios(tmp_path, text) == [(600, 4000, 15, "pass"), (1300, 4000, 32.5, "pass"),
                                      (2100, 4000, 52.5, "pass")]
    assert failing(tmp_path, text.replace("52.5%、", "55.2%、")) == [("ratio.share", 2100, 55.2)]
    assert failing(tmp_path, text.replace("转办2,100件", "转办2,400件")) == [("ratio.share", 2400, 52.5)]


def test_bracketed_shares_of_an_unprinted_whole(tmp_path) -> None:
    text = "执法检查结果:责令整改84家(42.0%),立案查处36家(18.0%),未发现问题80家(40.0%)。"
    assert [r[3] for r in ratios(tmp_path, text)] == ["pass", "pass", "pass"]
    assert failing(tmp_path, text.replace("36家", "39家")) == [("ratio.bracket_share", 39, 18)]


# --- a table's share column with no total row ----------------------------------------------------

TABLE = ("| 案由 | 件数 | 占比 |\n| --- | --- | --- |\n| 劳动报酬 | 630 | {a}% |\n| 社会保险 | 450 | 30.0% |\n"
         "| 解除合同 | 420 | 28.0% |\n")


def test_a_table_share_column_without_a_total_row(tmp_path) -> None:
    assert ratios(tmp_path, TABLE.format(a="42.0")) == [(420, 1500, 28, "pass"), (450, 1500, 30, "pass"),
                                                        (630, 1500, 42, "pass")]
    assert failing(tmp_path, TABLE.format(a="24.0")) == [("ratio.table_share", 630, 24)]


def test_a_table_share_column_in_percent_over_the_figure_stated_before(tmp_path) -> None:
    text = ("全年共受理劳动争议1,500件,按案由分列如下。\n| 案由 | 件数 | 占比(%) |\n| --- | --- | --- |\n"
            "| 劳动报酬 | 630 | 42.0 |\n| 社会保险 | 450 | {b} |\n| 解除合同 | 420 | 28.0 |\n")
    assert failing(tmp_path, text.format(b="30.0")) == []
    assert failing(tmp_path, text.format(b="35.0")) == [("ratio.table_share", 450, 35)]


def test_a_table_of_shares_of_a_larger_whole_is_left_alone(tmp_path) -> None:
    # The shares are of the province (they add up to 40%): the rows' sum is not their base.
    text = ("| 城市 | 件数 | 占全省比重 |\n| --- | --- | --- |\n| 甲市 | 630 | 16.8% |\n| 乙市 | 450 | 12.0% |\n"
            "| 丙市 | 420 | 11.2% |\n")
    assert failing(tmp_path, text) == []
    assert ratios(tmp_path, text) == []


def test_a_named_share_whose_part_exceeds_the_base_its_list_is_of(tmp_path) -> None:
    # 办结 512: the bracketed shares after the first are all of it, so 652 (for 252) is the slip.
    text = ("全年办结申请512件,结转下年度18件。在办结的申请中,予以公开{a}件,占办结总数的49.2%;部分公开64件(12.5%),"
            "不予公开31件(6.1%),无法提供165件(32.2%)。")
    assert failing(tmp_path, text.format(a="252")) == []
    assert ("ratio.share", 652, 49.2) in failing(tmp_path, text.format(a="652"))
    # The one share fails (and the list's sum, a relation of its own); every other share passes.
    assert [f for f in failing(tmp_path, text.format(a="652")) if f[0].startswith("ratio")] == [
        ("ratio.share", 652, 49.2)]
