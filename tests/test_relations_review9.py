"""False alarms found reviewing the engine on consistent texts written for the project (branch
review9): each consistent variant once failed a check on arithmetic that holds; the wrong variants
say the rule still checks what it should."""

from __future__ import annotations

import toolkit


def audit(tmp_path, text: str, name: str = "r.txt") -> list:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def fails(tmp_path, text: str) -> list[tuple]:
    return [(c.rule, c.operands) for c in audit(tmp_path, text) if c.status == "fail"]


def statuses(tmp_path, text: str, rule: str) -> list[tuple]:
    return [(c.operands.get("total", c.operands.get("numerator", c.operands.get("smaller"))), c.status)
            for c in audit(tmp_path, text) if c.rule == rule]


# -- a 其中 row of a text table breaks down the cell of its own column, not the row's growth --

TABLE_GROWTH = """表2  财政收支情况

指标                    单位      数值       比上年增长（%）
一般公共预算收入        亿元        9.8        4.2
  其中：税收收入        亿元        7.5        1.6
        非税收入        亿元        2.3       15.6
一般公共预算支出        亿元       28.6        6.3
  其中：民生支出        亿元       22.1        8.9
"""


def test_a_table_row_under_qizhong_is_one_column(tmp_path) -> None:
    assert fails(tmp_path, TABLE_GROWTH) == []  # before: 9.8 != 7.5 + 1.6 (its growth) failed
    assert statuses(tmp_path, TABLE_GROWTH, "bound.part") == [(7.5, "pass"), (22.1, "pass")]
    wrong = TABLE_GROWTH.replace("22.1", "32.1")
    assert ("bound.part", {"smaller": 32.1, "larger": 28.6}) in [
        (r, {k: v for k, v in o.items() if k in ("smaller", "larger")}) for r, o in fails(tmp_path, wrong)]


# -- "上年同期受理N件" is last year's level: a 其中 after it breaks down this year's figure --

LAST_YEAR_OPENS = ("全年热线共受理群众诉求52400件，同比增长4.8%。上年同期受理50000件。"
                   "其中电话渠道39300件，占75.0%；网络渠道13100件，占25.0%。")


def test_last_years_level_opened_by_its_verb_is_no_whole(tmp_path) -> None:
    assert fails(tmp_path, LAST_YEAR_OPENS) == []  # before: 50000 != 39300 + 13100 failed
    wrong = LAST_YEAR_OPENS.replace("网络渠道13100件", "网络渠道13700件")
    assert any(r.startswith(("sum.", "ratio.")) and 13700 in (o.get("numerator"), *o.get("parts", []))
               for r, o in fails(tmp_path, wrong))


def test_work_carried_from_last_year_stays_a_figure_of_this_year(tmp_path) -> None:
    text = "本年度收到政府信息公开申请60件，上年结转5件，共需办理65件。"
    assert statuses(tmp_path, text, "sum.breakdown") == [(65, "pass")]
    assert statuses(tmp_path, text.replace("65件", "67件"), "sum.breakdown") == [(67, "fail")]


# -- a bare share's base found by position counts in the part's own counter --

SCHOOLS_AFTER_HAZARDS = "开展安全检查326校次，排查整改消防隐患1860处。建立应急预案的学校比例为100%，48所学校全部完成演练。"


def test_a_base_found_by_position_counts_what_the_part_counts(tmp_path) -> None:
    assert fails(tmp_path, SCHOOLS_AFTER_HAZARDS) == []  # before: 48所 / 1860处 = 2.58% != 100% failed
    assert fails(tmp_path, "排查整改消防隐患1860处，涉及学校48所，占2.6%。") == []
    # a base of the part's own counter is still the base
    assert statuses(tmp_path, "全区共有中小学48所，建立应急预案的46所，占95.0%。", "ratio.share") == [(46, "fail")]
    assert statuses(tmp_path, "全区共有中小学48所，建立应急预案的46所，占95.8%。", "ratio.share") == [(46, "pass")]


# -- a multiple compares two levels: it is no part, whole or base --

MULTIPLES = "新登记商标申请2860件，是上年的1.5倍；其中地理标志商标申请46件，增长2.1倍。"


def test_a_multiple_is_no_part_of_a_breakdown(tmp_path) -> None:
    assert fails(tmp_path, MULTIPLES) == []  # before: 2.1倍 > 1.5倍 failed as a part over its whole
    assert statuses(tmp_path, MULTIPLES, "bound.part") == [(46, "pass")]
    assert statuses(tmp_path, MULTIPLES.replace("46件", "3046件"), "bound.part") == [(3046, "fail")]


# -- a share naming its part by letters (A级, A类) is of that part, not of the figure just before --

LETTERED = "评定信用等级企业420家，其中A级（信用良好）126家，B级（信用一般）248家，C级（信用较差）46家，A级占比30.0%。"


def test_a_share_named_by_letters_is_of_the_part_so_named(tmp_path) -> None:
    assert fails(tmp_path, LETTERED) == []  # before: 46 / 420 = 10.95% != 30.0% (C级's figure) failed
    assert statuses(tmp_path, LETTERED, "ratio.share") == [(126, "pass")]
    assert statuses(tmp_path, LETTERED.replace("30.0%", "32.0%"), "ratio.share") == [(126, "fail")]
    # no figure named so: no numerator at all, never the figure before
    assert fails(tmp_path, "评定企业420家，其中B级248家，C级46家，A级占比30.0%。") == []


# -- an amount of the prose is restated only by a table row that may hold amounts --

COUNTS_TABLE = """| 执法单位 | 行政许可 | 行政处罚 | 行政检查 | 合计 |
| --- | --- | --- | --- | --- |
| 城市管理局 | 120 | 340 | 1500 | 1960 |
| 水务管理局 | 60 | 45 | 700 | 805 |
| 合计 | 180 | 385 | 2200 | 2765 |

罚没款合计356.4万元，其中城市管理局286.1万元、水务管理局70.3万元。
"""

AMOUNTS_TABLE = """全年城市管理局罚没金额286.1万元，水务管理局罚没金额70.3万元。

| 执法单位 | 罚没金额 |
| --- | --- |
| 城市管理局 | 286.1 |
| 水务管理局 | 70.3 |
"""


def test_a_count_of_a_table_restates_no_amount(tmp_path) -> None:
    # before: 城市管理局 286.1万元 paired with the row's total 1960 (a count) and failed
    assert [c.rule for c in audit(tmp_path, COUNTS_TABLE, "c.md") if c.status == "fail"] == []
    rel = [(c.operands["values"], c.status) for c in audit(tmp_path, AMOUNTS_TABLE, "a.md")
           if c.rule == "equal.restated_table"]
    assert rel == [([286.1, 286.1], "pass"), ([70.3, 70.3], "pass")]
    wrong = [(c.operands["values"], c.status) for c in audit(tmp_path, AMOUNTS_TABLE.replace("金额286.1", "金额268.1"), "w.md")
             if c.rule == "equal.restated_table"]
    assert ([268.1, 286.1], "fail") in wrong


# -- "其中A…,A中B…、C…": a clause naming an earlier part with 中 opens that part's own kinds --

NESTED = "全年接听来电5200个，其中有效来电4800个，有效来电中咨询类2600个、投诉类1500个、求助类700个。"


def test_the_kinds_of_a_part_are_no_parts_of_the_whole(tmp_path) -> None:
    assert fails(tmp_path, NESTED) == []  # before: 5200 != 4800 + 2600 failed
    assert statuses(tmp_path, NESTED, "bound.part") == [(4800, "pass")]
    assert statuses(tmp_path, NESTED.replace("4800个", "5800个"), "bound.part") == [(5800, "fail")]


# -- a delta with a change of its own after it is that change's, not the next comparison's --

TWO_BASE_YEARS = "全年办理不动产登记4860件，较2023年的4500件增加360件，增长8.0%，较2022年的4050件增长20.0%。"


def test_a_delta_belongs_to_the_comparison_it_is_stated_in(tmp_path) -> None:
    assert fails(tmp_path, TWO_BASE_YEARS) == []  # before: 4050 + 360 != 4860 failed
    assert statuses(tmp_path, TWO_BASE_YEARS, "sum.difference") == [(4860, "pass")]
    assert statuses(tmp_path, TWO_BASE_YEARS.replace("增加360件", "增加380件"), "sum.difference") == [(4860, "fail")]


# -- "65岁及以上老年人口", "10万元以上的案件": the bound that names a group is no figure of it --

AGE_GROUPS = "全镇户籍人口5.2万人，其中65岁及以上老年人口1.04万人，占20.0%，其中80岁及以上高龄老人0.21万人。"


def test_an_age_bound_naming_a_group_is_no_part(tmp_path) -> None:
    assert fails(tmp_path, AGE_GROUPS) == []  # before: 80岁 > 65岁 failed as a part over its whole
    assert (2100, "pass") in statuses(tmp_path, AGE_GROUPS, "bound.part")
    assert (12100, "fail") in statuses(tmp_path, AGE_GROUPS.replace("0.21万人", "1.21万人"), "bound.part")
    # an approximate count ("100个以上,") is still a count
    got = statuses(tmp_path, "排查隐患1200个以上，其中重大隐患1300个。", "bound.part")
    assert got == [(1300, "unverifiable")]  # (an open bound: found, and left open)


# -- "以上两项合计同比增长2.5%": the count of the items referred back to is no level --

BOTH_ITEMS = "全年共处理来信来访960件次，其中来信410件次、来访550件次；以上两项合计同比增长2.5%。"


def test_a_count_of_items_referred_back_to_has_no_change(tmp_path) -> None:
    assert fails(tmp_path, BOTH_ITEMS) == []  # before: 2项, 同比增长2.5%, failed (上年须为整数)
    assert statuses(tmp_path, BOTH_ITEMS, "sum.breakdown") == [(960, "pass")]


# -- an average is no whole of the kind a superlative names --

AVERAGE_THEN_MOST = "全区9个镇街平均每个镇街受理诉求860件，受理最多的镇街为1420件。"


def test_an_average_bounds_no_highlighted_part(tmp_path) -> None:
    assert fails(tmp_path, AVERAGE_THEN_MOST) == []  # before: 1420 > 860 failed as a part over its whole
    assert statuses(tmp_path, "全县共受理诉求1060件，涉及公安类案件最多，共1236件。", "bound.part") == [(1236, "fail")]


# -- "其余N件正在审理" after a second 其中 list: the rest of which figure is open --

REST_AFTER_TWO_LISTS = "收到复议申请80件，其中调解撤回10件，受理70件；审结64件，其中维持50件、撤销4件、终止10件，其余6件正在审理中。"


def test_a_rest_after_a_nested_list_adds_up_no_whole(tmp_path) -> None:
    assert fails(tmp_path, REST_AFTER_TWO_LISTS) == []  # before: 80 != 10 + 70 + 64 + 50 + … + 6 failed
    assert statuses(tmp_path, REST_AFTER_TWO_LISTS, "sum.breakdown") == [(80, "pass"), (64, "pass")]
    # one list and its rest still add up, or fail
    assert statuses(tmp_path, "受理投诉57件，其中办结52件，其余3件正在办理。", "sum.breakdown") == [(57, "fail")]


# -- an overall rate after the items' own rates is of their sums --

OVERALL_RATE = "全年受理投诉1286件、举报862件，分别办结1280件、860件，办结率分别为99.5%、99.8%，总体办结率99.6%。"


def test_an_overall_rate_is_of_no_single_item(tmp_path) -> None:
    assert fails(tmp_path, OVERALL_RATE) == []  # before: 1280 / 1286 = 99.53% != 99.6% failed
    assert (1280, "fail") in statuses(tmp_path, OVERALL_RATE.replace("99.5%、", "99.1%、"), "ratio.rate")


# -- "两类案件占…总数的91.4%": a share of the items' sum; "罚没款分别为…": one amount per item --

TWO_KINDS = ("全年查办商标侵权案件86件、专利侵权案件42件，罚没款分别为326.5万元、86.2万元，"
             "两类案件占知识产权案件总数的91.4%，知识产权案件共140件。")


def test_a_share_of_the_kinds_counted_is_of_their_sum(tmp_path) -> None:
    # before: 42 / 86 = 48.84% != 91.4% failed, and 140件 failed as a part of 42件 under 分别为
    assert fails(tmp_path, TWO_KINDS) == []
    wrong = "全年查办商标侵权案件86件，其中专利侵权案件142件，罚没款分别为326.5万元、86.2万元。"
    assert statuses(tmp_path, wrong, "bound.part") == [(142, "fail")]


# -- a single rate after a list that 分别 spreads over items is of no one item --

TWO_ROUNDS = "开展执法检查两轮，共发现问题1326个，两轮分别整改686个、609个，整改率97.7%。"


def test_a_rate_after_a_distributed_list_is_of_no_single_item(tmp_path) -> None:
    assert fails(tmp_path, TWO_ROUNDS) == []  # before: 686 / 1326 = 51.73% != 97.7% failed
    assert statuses(tmp_path, "开展执法检查，共发现问题1326个，整改1295个，整改率97.1%。", "ratio.rate") == [(1295, "fail")]


# -- a list holding two measures of one unit in turn adds up to nothing said --

INTERLEAVED = "全年化解信访积案126件，其中中央交办案件36件全部化解，省交办案件50件化解46件，市交办案件50件化解44件。"


def test_two_measures_in_turn_are_no_one_list(tmp_path) -> None:
    assert fails(tmp_path, INTERLEAVED) == []  # before: 126 != 36 + 50 + 46 + 50 + 44 failed
    assert fails(tmp_path, "全年受理诉求2000件，其中城区受理1200件、办结1180件，郊区受理800件、办结790件。") == []
    # one measure a figure still adds up, or fails
    assert statuses(tmp_path, "全年化解信访积案126件，其中中央交办36件、省交办46件、市交办42件。",
                    "sum.breakdown") == [(126, "fail")]


# -- a bracket after a rate of 100% states its own figures --

BRACKETED_BASE = "全年接收退役军人1286人，其中安置到机关事业单位86人，安置率100%（计划安置对象86人）。"


def test_a_full_rate_with_its_figures_in_brackets_is_not_read_by_stages(tmp_path) -> None:
    assert fails(tmp_path, BRACKETED_BASE) == []  # before: 86 / 1286 = 6.69% != 100% failed
    assert (86, "pass") in statuses(tmp_path, BRACKETED_BASE, "bound.part")
