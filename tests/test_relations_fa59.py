"""Readings that made false alarms on a fresh set, each in a general form: a bracket of the compared
period's levels, a 分别 item under words naming a total, a base or subject qualified otherwise, an
excess rate over its bound, a list of works in their own measures, a balance beside a flow column,
and nouns that follow their figures. Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def checks(tmp_path, text: str, kind: str, suffix: str = ".txt") -> list[tuple]:
    return [(c.operands, c.status) for c in audit_text(tmp_path, text, suffix) if c.kind == kind]


def fails(tmp_path, text: str, suffix: str = ".txt") -> list:
    return [c.operands for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def test_levels_in_the_bracket_of_the_compared_month_are_previous(tmp_path) -> None:
    # "与上月(受理70件、办结66件)相比": the bracket holds last month's levels; the change of 受理 is over 70.
    text = "本月全区共受理投诉86件,办结80件。与上月(受理70件、办结66件)相比,受理件数环比增长{p}%。"
    ok = checks(tmp_path, text.format(p="22.9"), "change")
    assert ok == [({"current": 86, "percent": 22.9, "previous": 70}, "pass")]
    bad = checks(tmp_path, text.format(p="32.9"), "change")
    assert bad == [({"current": 86, "percent": 32.9, "previous": 70}, "fail")]


def test_a_respective_item_is_no_total_the_words_name(tmp_path) -> None:
    # 560 is the first quarter's part of what was opened; "立案总数" names no figure printed so (the
    # half-year's 1,250 is named 查处): the share is left unchecked, not read over the 560.
    text = ("上半年全县共查处违法案件1,250件,同比下降3.0%。一季度、二季度分别立案560件和690件。\n\n"
            "从类别看,无证经营案件500件,占立案总数的{p}%。")
    for p in ("40.0", "45.0"):
        assert not [r for r in checks(tmp_path, text.format(p=p), "ratio") if r[0]["denominator"] == 560]
        assert not fails(tmp_path, text.format(p=p))


def test_a_base_qualified_otherwise_is_no_base(tmp_path) -> None:
    # "占当年基金支出的": not the 生育保险基金支出 of one fund, a narrower set than the words name.
    text = ("全年全市医保基金总支出120.00亿元,比上年增长6.0%。\n\n全年生育保险基金支出6.50亿元。\n\n"
            "开展药品集中带量采购,节约医保基金6.00亿元,占当年基金支出的{p}%。")
    for p in ("5.0", "8.0"):
        assert not [r for r in checks(tmp_path, text.format(p=p), "ratio") if r[0]["denominator"] == 6.5]


def test_a_base_the_words_name_bare_is_still_read(tmp_path) -> None:
    # The qualified parts (中央级, 地方级) beside the bare whole: the share is of the whole.
    text = ("1-6月,全县税收收入48.60亿元,同比增长3.1%。\n\n分级次看,中央级税收收入22.10亿元,地方级税收收入26.50亿元。"
            "\n\n批发零售业税收9.72亿元,占税收收入的{p}%。")
    assert ({"numerator": 9.72, "denominator": 48.6, "percent": 20}, "pass") in checks(
        tmp_path, text.format(p="20.0"), "ratio")
    assert [r for r in checks(tmp_path, text.format(p="25.0"), "ratio") if r[1] == "fail"]


def test_a_subject_naming_two_listed_kinds_is_their_unprinted_sum(tmp_path) -> None:
    # 高级职称 = 正高级 + 副高级: the sum is not printed, so the share is left unchecked.
    text = "年末全市专业技术人员5.00万人,其中正高级职称500人、副高级职称6,000人,高级职称人员占{p}%。"
    for p in ("13.0", "16.0"):
        assert not checks(tmp_path, text.format(p=p), "ratio")


def test_a_one_kind_subject_is_still_read(tmp_path) -> None:
    text = "年末全市专业技术人员5.00万人,其中副高级职称6,000人,占{p}%。"
    assert checks(tmp_path, text.format(p="12.0"), "ratio") == [
        ({"numerator": 6000, "denominator": 50000, "percent": 12}, "pass")]
    assert [r for r in checks(tmp_path, text.format(p="16.0"), "ratio") if r[1] == "fail"]


def test_an_excess_rate_may_be_over_the_bound_it_exceeds(tmp_path) -> None:
    # 超载 = 实际 − 合理: 超载率 over 合理 (10.0%) or over 实际 (9.1%) -- both readings.
    text = "全县合理载畜量为120.0万羊单位,年末实际载畜量132.0万羊单位,超载12.0万羊单位,超载率{p}%。"
    assert [s for _, s in checks(tmp_path, text.format(p="10.0"), "ratio")] == ["pass"]
    assert [s for _, s in checks(tmp_path, text.format(p="9.1"), "ratio")] == ["pass"]
    assert [s for _, s in checks(tmp_path, text.format(p="15.0"), "ratio")] == ["fail"]


def test_works_told_in_their_own_measures_are_no_parts(tmp_path) -> None:
    text = "年初确定的8件民生实事全部完成,其中新建文化广场5个、硬化村道12.5公里、新增路灯300个。"
    assert not checks(tmp_path, text, "sum")
    assert not fails(tmp_path, text)


def test_a_list_in_the_whole_s_own_unit_still_sums(tmp_path) -> None:
    text = "全年办结民生实事8件,其中城区5件、农村{n}件。"
    assert checks(tmp_path, text.format(n="3"), "sum") == [({"total": 8, "parts": [5, 3]}, "pass")]
    assert checks(tmp_path, text.format(n="4"), "sum") == [({"total": 8, "parts": [5, 4]}, "fail")]


_TABLE = ("{prose}各区县缴存提取情况如下:\n\n| 区县 | 缴存额(亿元) | 提取额(亿元) |\n|---|---|---|\n"
          "| 甲区 | 180.00 | 120.00 |\n| 乙区 | 120.00 | 90.00 |\n| 合计 | 300.00 | 210.00 |\n")


def test_a_balance_is_no_claim_of_a_flow_column(tmp_path) -> None:
    text = _TABLE.format(prose="年末,全市住房公积金缴存余额1,250.00亿元。")
    assert not checks(tmp_path, text, "equal", ".md")
    assert not fails(tmp_path, text, ".md")


def test_the_flow_itself_is_still_claimed(tmp_path) -> None:
    text = _TABLE.format(prose="全年,全市住房公积金缴存额310.00亿元。")
    assert checks(tmp_path, text, "equal", ".md") == [({"values": [310, 300]}, "fail")]


def test_a_noun_after_its_figure_is_not_the_next_figure_s(tmp_path) -> None:
    # "造成30人死亡、85人受伤": the 死亡 before "、" is the 30's; the 85 is no 死亡总数. (The 30, named
    # after it, is not read as a base either: the share is left unchecked.)
    text = ("全年共发生道路交通事故120起,造成30人死亡、85人受伤。\n\n"
            "从原因看,酒后驾驶导致死亡12人,占死亡总数的{p}%。")
    for p in ("40.0", "50.0"):
        assert not [r for r in checks(tmp_path, text.format(p=p), "ratio") if r[0]["denominator"] == 85]


def bounds(tmp_path, text: str) -> list[tuple]:
    return [((c.operands["smaller"], c.operands["larger"]), c.status) for c in audit_text(tmp_path, text)
            if c.rule == "bound.target"]


def test_a_target_named_after_its_threshold(tmp_path) -> None:
    text = "全年城镇新增就业{a}万人,高于5万人的目标。"
    assert bounds(tmp_path, text.format(a="5.62")) == [((50000, 56200), "pass")]
    assert bounds(tmp_path, text.format(a="4.62")) == [((50000, 46200), "fail")]


def test_a_ceiling_set_from_above_named_after_it(tmp_path) -> None:
    text = "全县总用水量{a}亿立方米,低于市下达的3.10亿立方米用水总量控制指标。"
    assert bounds(tmp_path, text.format(a="2.95")) == [((2.95, 3.1), "pass")]
    assert bounds(tmp_path, text.format(a="3.25")) == [((3.25, 3.1), "fail")]


def test_a_figure_kept_within_a_ceiling(tmp_path) -> None:
    text = "城镇调查失业率{a}%,控制在5.5%以内。"
    assert bounds(tmp_path, text.format(a="4.8")) == [((4.8, 5.5), "pass")]
    assert bounds(tmp_path, text.format(a="5.8")) == [((5.8, 5.5), "fail")]


def test_a_plan_exceeded_with_the_comparator_read_into_the_figure(tmp_path) -> None:
    # "超过40公里": the comparator is read into the threshold figure's qualifier
    text = "全年新建污水管网{a}公里,超过40公里的年度计划。"
    assert bounds(tmp_path, text.format(a="46.5")) == [((40, 46.5), "pass")]
    assert bounds(tmp_path, text.format(a="36.5")) == [((40, 36.5), "fail")]


def test_a_level_above_last_year_is_no_target(tmp_path) -> None:
    # no target named after the threshold: a comparison with another year, read elsewhere if at all
    assert not bounds(tmp_path, "全年办结案件860件,高于上年的820件。")
    # a forecast's figure is no achieved one
    assert not bounds(tmp_path, "预计明年城镇新增就业7万人,高于6万人的目标。")


def test_details_after_the_items_leave_the_list_a_sum(tmp_path) -> None:
    # (the items in 场 under a whole in 场次, details in 人次 after them: still the whole's parts)
    text = "全年开展安全培训{t}场次,进企业、进社区、进学校分别为320场、280场、30场,培训各类人员2.6万人次。"
    assert checks(tmp_path, text.format(t="630"), "sum") == [({"total": 630, "parts": [320, 280, 30]}, "pass")]
    assert checks(tmp_path, text.format(t="620"), "sum") == [({"total": 620, "parts": [320, 280, 30]}, "fail")]
