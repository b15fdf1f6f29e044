"""Wholes their named parts make up by definition, and money wholes broken down by "…万元中,".
Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text, ratios


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "sum"}


GDP = ("经初步核算,全市地区生产总值{w}亿元,按可比价格计算,比上年增长6.2%。第一产业增加值36.40亿元,"
       "第二产业增加值188.25亿元,第三产业增加值275.35亿元。三次产业结构为7.3:37.6:{c}。")


def test_the_three_industries_add_up_to_the_product(tmp_path) -> None:
    assert sums(tmp_path, GDP.format(w="500.00", c="55.1"))[(500, 36.4, 188.25, 275.35)] == "pass"
    # Industries that do not add up to the product are not read (each is rounded on its own).
    assert (510, 36.4, 188.25, 275.35) not in sums(tmp_path, GDP.format(w="510.00", c="55.1"))


def test_the_structure_is_of_the_three_industries(tmp_path) -> None:
    got = ratios(tmp_path, GDP.format(w="500.00", c="55.1"))
    assert (275.35, 500, 55.1, "pass") in got
    assert (275.35, 500, 51.5, "fail") in ratios(tmp_path, GDP.format(w="500.00", c="51.5"))


def test_industries_of_another_whole_are_not_read(tmp_path) -> None:
    # The per-capita product opens the sentence: no whole the industries make up.
    text = ("全市人均地区生产总值9.8万元。第一产业增加值36.40亿元,第二产业增加值188.25亿元,"
            "第三产业增加值275.35亿元。")
    assert not [c for c in audit_text(tmp_path, text) if c.rule == "sum.named_partition"]


def test_two_industries_only_are_no_partition(tmp_path) -> None:
    text = "全市地区生产总值500.00亿元,增长6.2%。第一产业增加值36.40亿元,第二产业增加值188.25亿元。"
    assert not [c for c in audit_text(tmp_path, text) if c.status == "fail"]


def test_a_money_whole_broken_down_after_zhong(tmp_path) -> None:
    text = "全年收缴罚没款{w}万元中,罚款826.4万元,没收违法所得113.6万元。"
    assert sums(tmp_path, text.format(w="940.0"))[(940, 826.4, 113.6)] == "pass"
    assert sums(tmp_path, text.format(w="904.0"))[(904, 826.4, 113.6)] == "fail"
