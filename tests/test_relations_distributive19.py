"""Distributive lists (issue 15, pattern B): a 分别 list closed by its total, whose items name their
measure once (the list's head) or print no unit at all. Sentences written for the project: each
rule has passing and failing variants, and traps that must not be read as the list."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def sums(tmp_path, text: str) -> list[tuple[str, float, list[float]]]:
    return [(c.status, float(c.operands["total"]), sorted(float(x) for x in c.operands["parts"]))
            for c in checks(tmp_path, text) if c.kind == "sum"]


# A list whose head names the measure ("分别发放低保金X万元、Y万元") and a total naming it again
# after a total word ("累计发放", "合计发放", "共计拨付"): the items after the head are of it too.
HEAD_NAMES_THE_MEASURE = [
    ("全年分别发放城乡低保金3,215.6万元、1,804.2万元，累计发放5,019.8万元。",
     "全年分别发放城乡低保金3,215.6万元、1,804.2万元，累计发放5,091.8万元。", 5019.8, [1804.2, 3215.6]),
    ("两个园区今年分别引进项目23个、17个,合计引进项目40个。",
     "两个园区今年分别引进项目23个、17个,合计引进项目41个。", 40, [17, 23]),
    ("区财政分别拨付防汛资金860万元、420万元和305万元，共计拨付1,585万元。",
     "区财政分别拨付防汛资金860万元、420万元和305万元，共计拨付1,558万元。", 1585, [305, 420, 860]),
    ("城东、城西两个所分别调解纠纷312件、288件;合计调解600件。",
     "城东、城西两个所分别调解纠纷312件、288件;合计调解620件。", 600, [288, 312]),
]


@pytest.mark.parametrize("good,bad,total,parts", HEAD_NAMES_THE_MEASURE)
def test_list_items_take_the_measure_of_the_list_head(tmp_path, good, bad, total, parts):
    assert ("pass", total, parts) in sums(tmp_path, good)
    wrong = [s for s in sums(tmp_path, bad) if s[2] == parts]
    assert wrong and all(s[0] == "fail" for s in wrong)


# Items printed without a unit in a 分别 list ("分别为48.6万、21.3万"), closed by a total that prints
# the unit: the items are counted in it.
BARE_ITEMS = [
    ("两所医院全年出院人数分别为3.26万、1.48万，合计4.74万人次。",
     "两所医院全年出院人数分别为3.26万、1.48万，合计4.47万人次。", 47400, [14800, 32600]),
    # (the measure word and scale printed once after a 、 list are every item's: review12)
    ("甲、乙、丙三个渡口全年客运量分别为12.5、8.3、6.2万人次,共计27万人次。",
     "甲、乙、丙三个渡口全年客运量分别为12.5、8.3、6.2万人次,共计29万人次。", 270000, [62000, 83000, 125000]),
    ("两个景区国庆假期接待游客分别为8.6万、5.2万，合计13.8万人次。",
     "两个景区国庆假期接待游客分别为8.6万、5.2万，合计13.6万人次。", 138000, [52000, 86000]),
    ("三个口岸全年进出境货物分别为126.4万、88.5万、40.1万,共计255万吨。",
     "三个口岸全年进出境货物分别为126.4万、88.5万、40.1万,共计265万吨。", 2550000, [401000, 885000, 1264000]),
]


@pytest.mark.parametrize("good,bad,total,parts", BARE_ITEMS)
def test_bare_items_of_a_list_are_counted_in_the_totals_unit(tmp_path, good, bad, total, parts):
    if total is None:  # "12.5、8.3、6.2万人次": the scale printed once is another reading; nothing fails
        assert not [c for c in checks(tmp_path, good) + checks(tmp_path, bad) if c.status == "fail"]
        return
    assert ("pass", total, parts) in sums(tmp_path, good)
    wrong = [s for s in sums(tmp_path, bad) if s[2] == parts]
    assert wrong and all(s[0] == "fail" for s in wrong)


TRAPS = [
    # a bare item beside one with a unit: not one list of one unit
    "两所学校分别招生1,200人、860，合计2,100人。",
    # the total of another measure: 发放 to households, 慰问 of persons
    "全年分别发放低保金860万元、420万元,累计慰问困难群众1,500人次。",
    # a cumulative figure in a sentence of its own runs over more years than the list
    "全年分别发放低保金860万元、420万元。累计发放低保金9,800万元。",
    # the bare items are percents of something else, the total a count
    "两所医院床位使用率分别为86.5、79.2,合计床位1,200张。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_lists_that_are_not_the_totals_are_not_flagged(tmp_path, text):
    assert not [c for c in checks(tmp_path, text) if c.status == "fail"]


def ratios(tmp_path, text: str) -> list[tuple[str, float, float, float]]:
    return [(c.status, float(c.operands["numerator"]), float(c.operands["denominator"]), float(c.operands["percent"]))
            for c in checks(tmp_path, text) if c.kind == "ratio"]


# A plain rate (办结率) after a figure of a kind of the work done (其中按期办结) counts all the work
# done, the unqualified figure before; the qualified rate (按期办结率) counts the kind. Work orders
# dispatched (派单, 派发, 转派) are what closing is counted against. Alone or listed with 分别.
RATES_OF_DONE_WORK = [
    ("派单186,200件，已办结184,500件，其中按期办结182,100件，办结率为99.09%。",
     "派单186,200件，已办结184,500件，其中按期办结182,100件，办结率为99.90%。", [(184500, 186200, 99.09)]),
    ("热线转派工单5,000件，办结4,950件，其中按期办结4,900件；办结率和按期办结率分别为99.0%和98.0%。",
     "热线转派工单5,000件，办结4,950件，其中按期办结4,900件；办结率和按期办结率分别为99.0%和89.0%。",
     [(4950, 5000, 99.0), (4900, 5000, 98.0)]),
    ("向各镇街派发工单2,500件,已办结2,450件,其中按期办结2,400件,办结率、按期办结率分别为98%、96%。",
     "向各镇街派发工单2,500件,已办结2,450件,其中按期办结2,400件,办结率、按期办结率分别为89%、96%。",
     [(2450, 2500, 98), (2400, 2500, 96)]),
]


@pytest.mark.parametrize("good,bad,expected", RATES_OF_DONE_WORK)
def test_a_plain_rate_counts_all_the_work_done(tmp_path, good, bad, expected):
    got = ratios(tmp_path, good)
    for num, den, pct in expected:
        assert ("pass", num, den, pct) in got
    assert not [r for r in got if r[0] == "fail"]
    assert [r for r in ratios(tmp_path, bad) if r[0] == "fail"]



def changes(tmp_path, text: str) -> list[tuple[str, float, float]]:
    return [(c.status, float(c.operands["current"]), float(c.operands["percent"]))
            for c in checks(tmp_path, text) if c.kind == "change"]


# Names before 分别 that shorten the words of figures stated before ("查封扣押" of "查封、扣押46件",
# "限产停产" of "限制生产、停产整治12件"), the figures printed one a line: each percent is the change
# of the figure its name shortens.
SHORTENED = [
    ("全年适用配套办法案件共81件。具体为：\n查封、扣押46件；\n限制生产、停产整治12件；\n移送公安机关行政拘留15件；\n"
     "移送涉嫌环境污染犯罪8件。\n查封扣押和限产停产案件同比分别增长{a}%和{b}%。", (46, 15.0), (12, 20.0)),
    ("本年度共办理行政许可事项1,260件，其中：\n建设工程规划许可420件；\n临时占用道路许可185件；\n"
     "户外广告设置许可96件。\n规划许可、临时占道许可同比分别增长{a}%、{b}%。", (420, 5.0), (185, 25.0)),
]


@pytest.mark.parametrize("text,first,second", SHORTENED)
def test_names_that_shorten_earlier_figures_take_their_changes(tmp_path, text, first, second):
    good = changes(tmp_path, text.format(a=first[1], b=second[1]))
    assert ("pass", float(first[0]), first[1]) in good
    assert ("pass", float(second[0]), second[1]) in good
    # a change whose previous level cannot be a whole number of cases fails
    bad = changes(tmp_path, text.format(a=first[1], b=31.7))
    assert ("fail", float(second[0]), 31.7) in bad


def test_a_short_name_two_figures_could_shorten_names_none(tmp_path):
    # 规划许可 shortens both 建设工程规划许可 and 乡村建设规划许可: neither is read (no fail on a typo'd text)
    text = ("全年办理行政许可1,260件，其中：\n建设工程规划许可420件；\n乡村建设规划许可185件；\n临时占道许可96件。\n"
            "规划许可和临时占道许可同比分别增长31.7%、20.0%。")
    assert not [c for c in checks(tmp_path, text) if c.status == "fail"]


# 分别 over the first quarters, closed by the figure their span names ("前三季度共…", "上半年共…"),
# after the list or before it.
QUARTERS = [
    ("一、二、三季度分别受理12,080件、13,970件、12,570件，前三季度共受理{t}件。", 38620, [12080, 12570, 13970]),
    ("一季度、二季度分别办结行政复议案件86件、94件，上半年共办结{t}件。", 180, [86, 94]),
    ("上半年全县共受理劳动仲裁案件{t}件。一季度、二季度分别受理298件、314件。", 612, [298, 314]),
]


@pytest.mark.parametrize("text,total,parts", QUARTERS)
def test_the_first_quarters_add_up_to_the_span_they_name(tmp_path, text, total, parts):
    assert ("pass", total, parts) in sums(tmp_path, text.format(t=total))
    assert ("fail", total + 90, parts) in sums(tmp_path, text.format(t=total + 90))


def test_the_first_quarters_are_not_the_year(tmp_path):
    text = "一季度、二季度分别办结行政复议案件86件、94件，全年共办结390件。"
    assert not [s for s in sums(tmp_path, text) if s[1] == 390]
