"""Rates per N of a stated base (toolkit/relations/per_n.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

import toolkit


def per_n(tmp_path, text: str) -> dict[tuple, str]:
    """{(numerator, denominator, rate, per): status} of the per-N checks."""
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return {(c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.operands["per"]): c.status
            for c in toolkit.audit(p).checks if c.rule == "ratio.per_capita"}


INSPECTIONS = "全年检查企业1290家次,发现违法行为298项次,每千家次检查发现违法行为231.0项次。"


def test_a_rate_per_thousand_of_a_counted_base(tmp_path) -> None:
    assert per_n(tmp_path, INSPECTIONS) == {(298, 1290, 231, 1000): "pass"}
    assert per_n(tmp_path, INSPECTIONS.replace("231.0项次", "241.0项次")) == {(298, 1290, 241, 1000): "fail"}


def test_the_base_the_rate_names_among_two_of_its_unit(tmp_path) -> None:
    text = "全年检查企业1290家次,抽查门店800家次,发现违法行为298项次,每千家次检查发现违法行为231.0项次。"
    assert per_n(tmp_path, text) == {(298, 1290, 231, 1000): "pass"}


def rate_checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [c for c in toolkit.audit(p).checks if c.rule == "ratio.per_capita"]


@pytest.mark.parametrize("rate, base", [("231.0", 1290), ("372.5", 800), ("241.0", None)])
def test_two_bases_that_fit_are_readings(tmp_path, rate, base) -> None:
    # 1290 家次 of 检查 and 800 家次 of 复查: "每千家次发现…" names neither. The rate holds if it
    # holds over either (the check shows that reading); it fails only when it holds over neither.
    text = f"全年检查企业1290家次,复查企业800家次,发现违法行为298项次,每千家次发现违法行为{rate}项次。"
    (c,) = rate_checks(tmp_path, text)
    if base:
        assert c.status == "pass" and c.operands["denominator"] == base
    else:
        assert c.status == "fail"
        assert sorted(r["denominator"] for r in c.operands["readings"]) == [800, 1290]


POPULATION = "全市常住人口123.4万人。全年发生火灾370起,每十万人口火灾发生30.0起。"


def test_a_rate_per_hundred_thousand_people(tmp_path) -> None:
    assert per_n(tmp_path, POPULATION) == {(370, 1234000, 30, 100000): "pass"}
    assert per_n(tmp_path, POPULATION.replace("30.0起", "32.0起")) == {(370, 1234000, 32, 100000): "fail"}


def test_the_population_the_rate_names(tmp_path) -> None:
    text = "全市常住人口123.4万人,户籍人口101.2万人。全年发生火灾370起,每十万常住人口火灾发生30.0起。"
    assert per_n(tmp_path, text) == {(370, 1234000, 30, 100000): "pass"}


@pytest.mark.parametrize("rate, base", [("30.0", 1234000), ("36.6", 1012000), ("33.0", None)])
def test_two_populations_the_rate_does_not_choose_between_are_readings(tmp_path, rate, base) -> None:
    text = f"全市常住人口123.4万人,户籍人口101.2万人。全年发生火灾370起,每十万人口火灾发生{rate}起。"
    (c,) = rate_checks(tmp_path, text)
    if base:
        assert c.status == "pass" and c.operands["denominator"] == base
    else:
        assert c.status == "fail" and len(c.operands["readings"]) == 2


def test_a_target_rate_is_not_checked(tmp_path) -> None:
    text = "全市常住人口123.4万人,执业医师3420人。力争每千人口执业医师达到3.1人。"
    assert per_n(tmp_path, text) == {}


def test_a_stock_rate_is_over_the_stock_not_the_years_flow(tmp_path) -> None:
    text = ("全市常住人口123.4万人。全年发明专利授权612件,年末有效发明专利拥有量1888件,"
            "每万人口发明专利拥有量15.3件。")
    assert per_n(tmp_path, text) == {(1888, 1234000, 15.3, 10000): "pass"}


@pytest.mark.parametrize("found", ["298项", "298项次", "298个"])
def test_the_numerator_may_be_counted_in_a_unit_that_adds_up_with_the_rates(tmp_path, found) -> None:
    text = f"全年检查企业1290家次,发现问题{found},每千家次检查发现问题231.0项。"
    assert per_n(tmp_path, text) == {(298, 1290, 231, 1000): "pass"}
    assert per_n(tmp_path, text.replace("231.0项", "213.0项")) == {(298, 1290, 213, 1000): "fail"}


def test_a_numerator_in_another_kind_of_unit_is_not_taken(tmp_path) -> None:
    # 298 家 of businesses are not the 项 of problems the rate counts.
    text = "全年检查企业1290家次,涉及企业298家,每千家次检查发现问题231.0项。"
    assert per_n(tmp_path, text) == {}


def test_a_rate_per_ten_thousand_people_printed_without_mei(tmp_path) -> None:
    text = "全市常住人口123.4万人。年末有效发明专利拥有量1888件,万人口发明专利拥有量15.3件。"
    assert per_n(tmp_path, text) == {(1888, 1234000, 15.3, 10000): "pass"}
    assert per_n(tmp_path, text.replace("15.3件", "16.3件")) == {(1888, 1234000, 16.3, 10000): "fail"}


def test_a_count_of_cities_of_a_million_people_is_no_rate(tmp_path) -> None:
    text = "全市常住人口123.4万人。全省共有百万人口以上城市2个,城市12个。"
    assert per_n(tmp_path, text) == {}


def test_a_rate_per_ten_thousand_people_without_mei(tmp_path) -> None:
    # "万人…发案率": per 10,000 of the population stated before, 万 multiplied out (3,075 / 123万).
    text = "全县常住人口123万人,全年立案侦办刑事案件3,075起,万人刑事案件发案率{r}起。"
    p = tmp_path / "r.txt"
    for rate, status in (("25.0", "pass"), ("27.5", "fail")):
        p.write_text(text.format(r=rate), encoding="utf-8")
        got = [(c.operands["numerator"], c.operands["denominator"], c.operands["per"], c.status)
               for c in toolkit.audit(p).checks if c.rule == "ratio.per_capita"]
        assert got == [(3075, 1230000, 10000, status)]


def test_a_count_of_ten_thousand_people_is_no_rate(tmp_path) -> None:
    # 万人 as a count ("参训干部1.2万人次") opens no rate per N.
    text = "全县常住人口123万人。全年培训执法人员1.2万人次,其中线上培训0.8万人次。"
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    assert [c for c in toolkit.audit(p).checks if c.rule == "ratio.per_capita"] == []


def _per_capita(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.operands.get("per"),
             c.status) for c in toolkit.audit(p).checks if c.rule == "ratio.per_capita"]


def test_a_rate_printed_as_x_per_ten_thousand(tmp_path) -> None:
    # "X/10万": 3 of 5,210 births is 57.58 per 100,000.
    text = "全区活产数5,210人,新生儿破伤风0例,孕产妇死亡3例,孕产妇死亡率{r}/10万。"
    assert _per_capita(tmp_path, text.format(r="57.58")) == [(3, 5210, 57.58, 100000, "pass")]
    assert _per_capita(tmp_path, text.format(r="75.58")) == [(3, 5210, 75.58, 100000, "fail")]
    # A rate whose count is not printed, or far from any base (no slip explains it), is left alone.
    assert _per_capita(tmp_path, "全区常住人口52万人。法定传染病报告发病率为210.35/10万。") == []
    assert _per_capita(tmp_path, text.format(r="12.00")) == []


def test_an_own_name_rate_whose_base_is_in_the_sentence_before(tmp_path) -> None:
    text = "全区活产数5,210人,孕产妇死亡3例;新生儿死亡9人,新生儿死亡率{r}‰。"
    p = tmp_path / "r.txt"
    for rate, status in (("1.73", "pass"), ("1.37", "fail")):
        p.write_text(text.format(r=rate), encoding="utf-8")
        got = [(c.operands["numerator"], c.operands["denominator"], c.status)
               for c in toolkit.audit(p).checks if c.rule in ("ratio.own_name", "ratio.rate")]
        # (read by the rate's own name, or -- a death rate of catalog/rates.yaml -- by its named base)
        assert got == [(9, 5210, status)]


def test_a_slash_rate_whose_count_of_people_is_in_the_sentence_before(tmp_path) -> None:
    text = "全市活产数18,520人。孕产妇死亡2人,孕产妇死亡率{r}/10万。"
    assert _per_capita(tmp_path, text.format(r="10.80")) == [(2, 18520, 10.8, 100000, "pass")]
    assert _per_capita(tmp_path, text.format(r="18.00")) == [(2, 18520, 18, 100000, "fail")]


def test_the_items_after_a_per_n_rate_are_per_the_same_n(tmp_path) -> None:
    # 19,840 / 248.6万 = 7.98 per 1000; 7,460 -> 3.00; 9,120 -> 3.67
    text = ("全县常住人口248.6万人。全县卫生技术人员19,840人,其中执业(助理)医师7,460人,注册护士9,120人。"
            "每千常住人口卫生技术人员7.98人,执业(助理)医师3.00人,注册护士3.67人。")
    got = per_n(tmp_path, text)
    assert {k: v for k, v in got.items() if k[0] in (7460, 9120)} == {(7460, 2486000, 3.0, 1000): "pass",
                                                                      (9120, 2486000, 3.67, 1000): "pass"}
    bad = per_n(tmp_path, text.replace("注册护士3.67人", "注册护士3.97人"))
    assert bad[(9120, 2486000, 3.97, 1000)] == "fail"
    # an item named by no figure before is not read
    assert not [k for k in per_n(tmp_path, text.replace("注册护士3.67人", "药师0.42人")) if k[2] == 0.42]


def test_a_population_named_after_its_figure_in_the_rates_sentence_is_its_base(tmp_path) -> None:
    # "按38.5万常住人口计算": the rate's own sentence says which population (not the 37.9万 of the year end)
    text = ("年末全县常住人口37.90万人。全县共有执业律师154人。按38.5万常住人口计算,每万人拥有执业律师4.0人。")
    assert per_n(tmp_path, text) == {(154, 385000, 4.0, 10000): "pass"}
    assert per_n(tmp_path, text.replace("4.0人", "4.2人")) == {(154, 385000, 4.2, 10000): "fail"}


ROADS = ("全年全县共发生各类生产安全事故64起、死亡41人,其中道路交通事故38起、死亡29人。全县实现地区生产总值"
         "1,250.0亿元,亿元地区生产总值生产安全事故死亡率为{gdp};全县机动车保有量23.5万辆,道路交通万车死亡率{car}。")


def named(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["numerator"], c.operands["denominator"], c.operands["per"], c.status)
            for c in toolkit.audit(p).checks if c.rule == "ratio.named_per_n"]


def test_rates_per_n_named_by_a_word_of_their_own(tmp_path) -> None:
    # 41 / 1,250.0 = 0.0328 deaths per 亿元; 29 / 23.5万 x 10,000 = 1.23 road deaths per 10,000 vehicles
    assert named(tmp_path, ROADS.format(gdp="0.033", car="1.23")) == [(41, 1250, 1, "pass"), (29, 235000, 10000, "pass")]
    assert named(tmp_path, ROADS.format(gdp="0.033", car="1.53")) == [(41, 1250, 1, "pass"), (29, 235000, 10000, "fail")]


def test_a_rate_per_n_without_its_base_says_nothing(tmp_path) -> None:
    text = "全年全县共发生道路交通事故38起、死亡29人,道路交通万车死亡率1.23。"
    assert named(tmp_path, text) == []
