"""Known false alarms and wrong readings (session 17, fa31).

* A growth at comparable prices (按可比价格, 按不变价格, 扣除价格因素, 实际增长, 可比口径 -- and any
  growth of a value added: 地区生产总值, 增加值) is no ratio of the levels printed at current prices:
  the change keeps its level and percent but reads no previous level. A growth at current prices
  (按现价, 名义) or of any other level still does.
* A change against a named year (比2022年) pairs only a level of that year, a change against 上年
  only last year's level: "上年为1,250件,比2022年增长…" and "较2022年的1,200件…比上年增长…" read
  none (the difference printed right after its level still adds up with it).
* A change whose own clause names a part of the year ("(1-11月增长7.9%)", "其中四季度增长…") is
  no change of the year's level.
* A base printed inside the words of 占 ("占同期立案数(356件)的12.4%") is no part of a list, and
  its part is the figure the clause names before 占, not the nearest figure.
* A base named as the set a sentence opens with ("转派工单中,…占转派工单的63.4%") is that set's
  figure (转派10,417件), not another figure sharing its noun (形成工单18,352件).
* A base naming a part of the year ("占上半年受理总量的") is that part's figure, never the year's.
* Money a list of levels puts in (分别投入) need not be all of the whole: a shortfall is no error.

Every sentence here is written for the project.
"""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str, name: str = "r.txt") -> list:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def of_rule(tmp_path, text: str, prefix: str) -> list:
    return [c for c in checks(tmp_path, text) if c.rule.startswith(prefix)]


def statuses(tmp_path, text: str, prefix: str) -> list[str]:
    return [c.status for c in of_rule(tmp_path, text, prefix)]


# --- 1. growth at comparable prices -------------------------------------------------------------

REAL_GROWTH = [
    "全年实现地区生产总值856.3亿元,较上年的800亿元增长6.0%(按可比价计算)。",
    "全年实现地区生产总值856.3亿元,比上年增长6.0%,上年为800亿元。注:地区生产总值增速按可比价格计算。",
    "全年地区生产总值856.3亿元,比上年增加56.3亿元,增长6.0%。",
    "第三产业增加值由上年的391.0亿元增加到420.6亿元,按不变价格计算增长5.2%。",
    "全年全县生产总值(GDP)312.5亿元,比上年增长5.5%,上年为290.2亿元。",
    "全年农林牧渔业增加值45.6亿元,同比增长3.8%(上年为42.1亿元)。",
    "经初步核算,全年全区地区生产总值1,286.7亿元,上年为1,180.0亿元,按不变价格计算,比上年增长5.9%。",
]

NOMINAL_GROWTH = [
    "按现价计算,全年地区生产总值856.3亿元,比上年增长9.0%,上年为800亿元。",
    "全年地区生产总值856.3亿元,按现价计算比上年增长9.0%,上年为800亿元。",
    "全年社会消费品零售总额120.5亿元,比上年增长8.1%,上年为105.0亿元。",
    "全年城镇居民人均可支配收入52,000元,比上年增加2,850元,增长7.8%。",
]


def test_growth_at_comparable_prices_reads_no_previous_level(tmp_path) -> None:
    for text in REAL_GROWTH:
        got = of_rule(tmp_path, text, "change.")
        assert got, text  # the change is still read, level and percent
        assert all(c.status == "pass" and "previous" not in c.operands for c in got), (text, got)
    for text in NOMINAL_GROWTH:  # (at current prices, or no value added: still the ratio of the levels)
        assert "fail" in statuses(tmp_path, text, "change."), text


# --- 2. a change against a named year -------------------------------------------------------------

OTHER_YEAR = [
    "2024年受理案件1,320件,上年为1,250件,比2022年增长10.0%。",
    "2024年受理案件1,320件,较2022年的1,200件增加120件,比上年增长5.6%。",
    "2024年全市办理复议案件1,320件,2023年为1,250件,与2022年相比增长10.0%。",
    "2025年接收投诉举报880件,上年为800件,较2023年增长25.7%。",
    "2024年新增登记市场主体6,600户,比2022年的6,000户增加600户,比上年增长3.1%。",
]

SAME_YEAR = [
    "2024年受理案件1,320件,较2023年的1,250件增加70件,比上年增长9.6%。",
    "2024年受理案件1,320件,上年为1,250件,比2023年增长9.6%。",
    "2024年受理案件1,320件,2022年为1,200件,比2022年增长12.0%。",
]


def test_a_change_against_another_year_than_the_levels_is_no_fail(tmp_path) -> None:
    for text in OTHER_YEAR:
        assert "fail" not in statuses(tmp_path, text, "change."), text
        assert "fail" not in statuses(tmp_path, text, "sum."), text
    for text in SAME_YEAR:  # (a level of the year the change names: checked)
        assert "fail" in statuses(tmp_path, text, "change."), text
    # the level and the difference printed right after it add up, whatever the change is against
    text = "2024年受理案件1,320件,较2022年的1,200件增加130件,比上年增长5.6%。"
    assert statuses(tmp_path, text, "sum.difference") == ["fail"]
    text = "2024年受理案件1,320件,较2022年的1,200件增加120件,比上年增长5.6%。"
    assert statuses(tmp_path, text, "sum.difference") == ["pass"]


# --- 3. the change of a part of the year --------------------------------------------------------

PART_OF_YEAR = [
    ("全年社会消费品零售总额1,200亿元,比上年增长8.2%(1-11月增长7.9%)。", "7.9"),
    ("全年社会消费品零售总额1,200亿元,比上年增长8.2%(上半年增长7.1%)。", "7.1"),
    ("全年受理案件1,320件,同比增长8.2%,其中四季度增长9.1%。", "9.1"),
    ("全年受理案件1,320件,同比增长8.2%(前三季度同比增长7.9%)。", "7.9"),
    ("全年受理案件1,320件,同比增长8.2%,增速比前三季度加快0.3个百分点(前三季度增长7.9%)。", "7.9"),
    ("全年办结群众诉求2,640件,同比上升6.0%,其中12月份同比上升11.0%。", "11"),
]


def test_a_change_of_a_part_of_the_year_is_no_change_of_the_year(tmp_path) -> None:
    for text, pct in PART_OF_YEAR:
        got = of_rule(tmp_path, text, "change.")
        assert not any(str(c.operands.get("percent")) == pct for c in got), (text, got)
        assert got, text  # the year's own change stays


# --- 4. a base printed inside the words of 占 -----------------------------------------------------

PRINTED_BASE = [
    ("全年立案356件,其中重大案件44件,占同期立案数(356件)的12.4%。", "pass"),
    ("本年度新招录公务员52名,其中硕士以上学历19名,占新招录总数(52名)的36.5%。", "pass"),
    ("本年度新招录公务员52名,其中硕士以上学历19名,占新招录总数(52名)的38.5%。", "fail"),
    ("全年立案356件,其中重大案件44件,一般案件312件,重大案件占同期立案数356件的12.4%。", "pass"),
    ("全年立案356件,其中重大案件44件,一般案件312件,重大案件占同期立案数(356件)的15.4%。", "fail"),
    ("全年受理来信来访2,418件,其中来信996件,来访1,422件,来访件数占全年受理总量(2,418件)的58.8%。", "pass"),
    ("全年受理来信来访2,418件,其中来信996件,来访1,422件,来信占全年受理总量2,418件的45.2%。", "fail"),
]


def test_a_base_printed_inside_the_share_words(tmp_path) -> None:
    for text, status in PRINTED_BASE:
        got = checks(tmp_path, text)
        assert not [c for c in got if c.rule.startswith("sum.") and c.status == "fail"], (text, got)
        shares = [c for c in got if c.rule == "ratio.share"]
        assert [c.status for c in shares] == [status], (text, shares)
        # the part is the figure the words before 占 name
        part = {"重大案件": 44, "硕士": 19, "来访件数": 1422, "来信占": 996}
        want = next((v for k, v in part.items() if k in text.split("占")[-2][-8:]), None)
        if want is not None:
            assert shares[0].operands["numerator"] == want, (text, shares[0].operands)


# --- 5. a base named as the set the sentence opens with --------------------------------------------

OPENED_SET = [
    ("全年形成工单18,352件,直接办结7,935件,转派10,417件。转派工单中,区直部门承办6,605件,占转派工单的63.4%;"
     "街镇承办3,812件,占转派工单的36.6%。", ["pass", "pass"]),
    ("全年形成工单18,352件,直接办结7,935件,转派10,417件。转派工单中,区直部门承办6,605件,占转派工单的65.4%;"
     "街镇承办3,812件,占转派工单的36.6%。", ["fail", "pass"]),
    ("全年接收线索2,460条,自行核查1,150条,移交核查1,310条。移交线索中,查实786条,占移交线索的60.0%。", ["pass"]),
    ("全年接收线索2,460条,自行核查1,150条,移交核查1,310条。移交线索中,查实786条,占移交线索的62.0%。", ["fail"]),
]


def test_a_base_named_as_the_opened_set(tmp_path) -> None:
    for text, want in OPENED_SET:
        shares = of_rule(tmp_path, text, "ratio.share")
        assert [c.status for c in shares] == want, (text, shares)
        assert all(c.operands["denominator"] in (10417, 1310) for c in shares), (text, shares)


# --- 6. a base naming a part of the year ---------------------------------------------------------

def test_a_base_naming_a_part_of_the_year_is_that_parts_figure(tmp_path) -> None:
    for text in ("全年受理投诉2,300件。一季度受理512件,占上半年受理总量的46.3%。",
                 "全年受理投诉2,300件,一季度受理512件,占上半年受理总量的46.3%。",
                 "全年共办理案件1,840件。三季度办理515件,占前三季度办理总数的37.2%。"):
        assert "fail" not in statuses(tmp_path, text, "ratio."), text
    text = "上半年共受理投诉1,106件。其中一季度受理512件,占上半年受理总量的48.3%。"
    assert statuses(tmp_path, text, "ratio.share") == ["fail"]


# --- 7. money the levels put in -----------------------------------------------------------------

def test_money_of_levels_need_not_be_all(tmp_path) -> None:
    for text in ("全年共投入资金20万元,市级、县级、乡级分别投入9万元、3万元和2万元。",
                 "全年共筹集救助资金860万元,县级、乡镇分别筹集420万元、215万元。"):
        assert "fail" not in statuses(tmp_path, text, "sum."), text
    text = "全市共投入资金20万元,市本级、各县区分别投入9万元、11万元。"
    assert statuses(tmp_path, text, "sum.breakdown") == ["pass"]
    text = "全年共受理申请520件。市本级、各县区分别受理186件、324件。"
    assert statuses(tmp_path, text, "sum.breakdown") == ["fail"]  # counts: the levels are all of it
