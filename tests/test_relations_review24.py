"""Session 24 review: readings of the session's new rules that could fail where the text admits
another reading (each consistent variant must not fail; the inconsistent one still fails or abstains)."""

from __future__ import annotations

from tests.helpers import audit_text, ratios


def _quotients(tmp_path, text: str) -> list[tuple]:
    return [(c.status, c.operands["numerator"], c.operands["denominator"], c.operands["percent"])
            for c in audit_text(tmp_path, text, ".md") if c.rule == "ratio.quotient_column"]


# A rate of members counted past a 其中 may be of the 其中's whole (the exporters), not of the opener's set.
_PAST_QIZHONG = "全市120家规上工业企业中,出口企业40家,其中出口增长的企业30家,增长面{r}%。"


def test_a_rate_of_members_past_a_qizhong_is_not_over_the_opened_set(tmp_path) -> None:
    assert not [r for r in ratios(tmp_path, _PAST_QIZHONG.format(r="75")) if r[3] == "fail"]
    # the rate holding over the opened set is still read; members named without 其中 still fail
    assert (30, 120, 25, "pass") in ratios(tmp_path, _PAST_QIZHONG.format(r="25"))
    assert (30, 120, 75, "fail") in ratios(tmp_path, "全市120家规上工业企业中,出口增长的企业30家,增长面75%。")


# A year's output per head is over the year's average population, not the heads counted at the year's end.
_PER_HEAD = """| 地区 | 地区生产总值（亿元） | {pop}（万人） | 人均地区生产总值（元/人） |
| --- | --- | --- | --- |
| 甲县 | 300.5 | 50.2 | {a} |
| 乙县 | 200.0 | 40.0 | 50600 |
"""


def test_money_per_head_is_over_an_average_population_only(tmp_path) -> None:
    assert not [q for q in _quotients(tmp_path, _PER_HEAD.format(pop="年末常住人口", a="60100")) if q[0] == "fail"]
    # a column of the year's average population is the quotient's denominator
    checks = _quotients(tmp_path, _PER_HEAD.format(pop="年平均常住人口", a="59861"))
    assert ("pass", 300.5, 50.2, 59861) in checks and ("fail", 200, 40, 50600) in checks


def _averages(tmp_path, text: str) -> list[tuple]:
    return [(c.status, c.operands["numerator"], c.operands["denominator"], c.operands["percent"])
            for c in audit_text(tmp_path, text) if c.rule == "ratio.average"]


# An average said right after a 其中 part is the part's: the part's own total is not printed.
_PART_AVERAGE = "全市共有调解员1,200名,全年共调解纠纷2.4万件。其中{part}人均调解纠纷{avg}件。"


def test_an_average_of_a_qizhong_part_is_not_over_the_whole_total(tmp_path) -> None:
    assert not [a for a in _averages(tmp_path, _PART_AVERAGE.format(part="专职调解员120名,", avg="50"))
                if a[0] == "fail"]
    # the whole's count named beside the part stays a reading: over it the average holds, or fails
    text = "全年共调解纠纷2.4万件。全市有调解员1,200名,其中专职调解员120名,人均调解纠纷{avg}件。"
    assert [a for a in _averages(tmp_path, text.format(avg="20")) if a[0] == "pass"]
    assert ("fail", 24000, 1200, 50) in _averages(tmp_path, _PART_AVERAGE.format(part="", avg="50"))


def _targets(tmp_path, text: str) -> list[tuple]:
    return [(c.status, c.operands["smaller"], c.operands["larger"])
            for c in audit_text(tmp_path, text) if c.rule == "bound.target"]


# A target named after its threshold ("高于6万人的目标") is of the level the clause before achieved: not
# of a change of it printed between, nor of a 其中 part alone.
def test_a_target_named_after_its_threshold_is_of_the_level_achieved(tmp_path) -> None:
    text = "城镇新增就业{v}万人,比上年增加0.5万人,高于6万人的目标。"
    assert ("pass", 60000, 68400) in _targets(tmp_path, text.format(v="6.84"))
    assert ("fail", 60000, 58400) in _targets(tmp_path, text.format(v="5.84"))
    text = "全年完成造林1.2万亩,其中新造林0.8万亩,超过{t}万亩的年度计划。"
    assert not [c for c in _targets(tmp_path, text.format(t="1")) if c[0] == "fail"]
    assert [c for c in _targets(tmp_path, text.format(t="1.5")) if c[0] == "fail"]
