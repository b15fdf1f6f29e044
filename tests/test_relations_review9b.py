"""Session 9 (review9b): false alarms found by an adversarial read of the session's new rules, on
texts written for the project. Each consistent variant must raise no failing check; each wrong
variant must still be flagged where the text admits one reading."""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str, rule: str, name: str = "r.txt") -> list[tuple]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [(c.operands.get("numerator", c.operands.get("total")), c.operands.get("denominator"), c.status)
            for c in toolkit.audit(p).checks if c.rule == rule]


def failing(tmp_path, text: str, name: str = "r.txt") -> list[tuple]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [(c.rule, c.operands) for c in toolkit.audit(p).checks if c.status == "fail"]


# -- a table whose caption names a measure that does not add up: its 合计 is no sum --

DENSITY = """各县区人口密度(人/平方公里)
地区\t{first}
全县\t{a}
城关镇\t3200\t3500\t1200
河东乡\t420\t1800\t300
河西乡\t380\t1500\t280
"""
COUNTS = """各乡镇户籍人口(人)
地区\t合计\t城镇\t乡村
全县\t{total}\t36050\t18250
城关镇\t31300\t27800\t3500
河东乡\t11800\t4600\t7200
河西乡\t11200\t3650\t7550
"""


def test_densities_under_a_leading_total_column_are_not_summed(tmp_path):
    text = DENSITY.format(first="合计\t城镇\t乡村", a="650\t2100\t320")
    assert failing(tmp_path, text) == []


def test_densities_under_a_last_total_column_are_not_summed(tmp_path):
    text = DENSITY.format(first="合计\t城镇\t乡村", a="650\t2100\t320").replace("合计\t城镇\t乡村", "城镇\t乡村\t合计")
    text = "\n".join(
        "\t".join([c[0], *c[2:], c[1]]) if c[0] in {"全县", "城关镇", "河东乡", "河西乡"} else "\t".join(c)
        for c in (line.split("\t") for line in text.splitlines()))
    assert failing(tmp_path, text) == []


def test_averages_by_quarter_with_a_whole_year_column_are_not_summed(tmp_path):
    text = ("2024年各季度平均房价(元/平方米)\n类别\t一季度\t二季度\t三季度\t四季度\t全年\n"
            "新建住宅\t9800\t9900\t10100\t10200\t10000\n二手住宅\t7600\t7500\t7450\t7400\t7490\n"
            "商业用房\t12500\t12300\t12100\t12000\t12230\n")
    assert failing(tmp_path, text) == []


def test_counts_under_a_leading_total_column_are_still_checked(tmp_path):
    assert all(s[2] == "pass" for s in checks(tmp_path, COUNTS.format(total=54300), "sum.table_row"))
    assert ("fail" in {s[2] for s in checks(tmp_path, COUNTS.format(total=54200), "sum.table_row")})


# -- a rate after an item of another kind ("其中命案8起,破案率100%") is that item's --

ITEM_RATE = "全县刑事案件立案1,600起,破获1,040起,破案率65.0%;其中命案5起,破案率{p}%。"


def test_a_rate_after_an_item_of_another_kind_is_not_of_the_whole(tmp_path):
    found = checks(tmp_path, ITEM_RATE.format(p=100), "ratio.rate")
    assert not [s for s in found if s[2] == "fail"]
    assert [s for s in found if s[2] == "pass"]  # 1,040 / 1,600 = 65.0% still checked


def test_the_rate_of_the_whole_is_still_checked(tmp_path):
    text = ITEM_RATE.format(p=100).replace("破案率65.0%", "破案率60.0%")
    assert "fail" in {s[2] for s in checks(tmp_path, text, "ratio.rate")}


def test_an_item_of_the_numerators_own_kind_keeps_the_rate(tmp_path):
    # "其中按期办结…" says the numerator's words: the rate after it is still of 办结 over 受理
    text = "全年受理群众诉求8,000件,办结7,840件,其中按期办结7,600件,办结率{p}%。"
    assert {s[2] for s in checks(tmp_path, text.format(p="98.0"), "ratio.rate")} == {"pass"}
    assert "fail" in {s[2] for s in checks(tmp_path, text.format(p="95.0"), "ratio.rate")}


# -- an aside after a rate naming its scope ("(含专科)") --

def test_a_rate_whose_aside_names_its_scope_is_not_of_the_figures_before(tmp_path):
    text = "全市高考报名4.8万人,本科录取2.9万人,录取率达{p}%(含专科)。"
    assert failing(tmp_path, text.format(p="92.5")) == []


def test_a_rate_without_the_aside_is_checked(tmp_path):
    text = "全市高考报名4.8万人,本科录取2.9万人,本科录取率达{p}%。"
    assert {s[2] for s in checks(tmp_path, text.format(p="60.4"), "ratio.rate")
            + checks(tmp_path, text.format(p="60.4"), "ratio.own_name")} == {"pass"}
    assert failing(tmp_path, text.format(p="92.5")) != []


# -- a review's list (经核查,…) after a review that narrowed the whole (经审核,属于…的230件) --

REVIEWED = ("全年共受理群众来信来访340件,经审核,属于本单位职责范围的300件,不属于的40件;已办结{done}件,"
            "办结率{rate}%。\n经核查,反映问题属实的120件,部分属实的60件,不属实的120件,查实率{found}%。")


def test_a_review_list_after_a_narrowing_review_is_not_of_the_first_whole(tmp_path):
    # 120 + 60 + 120 = 300, the 300 within its duty, not the 340 received
    assert failing(tmp_path, REVIEWED.format(done=294, rate="98.0", found="40.0")) == []


def test_the_rate_of_the_reviewed_stage_is_still_checked(tmp_path):
    found = checks(tmp_path, REVIEWED.format(done=294, rate="98.0", found="40.0"), "ratio.rate")
    assert {s[2] for s in found} == {"pass"} and len(found) == 2
    wrong = checks(tmp_path, REVIEWED.format(done=294, rate="96.0", found="40.0"), "ratio.rate")
    assert "fail" in {s[2] for s in wrong}
    wrong = checks(tmp_path, REVIEWED.format(done=294, rate="98.0", found="46.0"), "ratio.rate")
    assert "fail" in {s[2] for s in wrong}


def test_a_partly_found_outcome_is_not_the_found_rates_numerator(tmp_path):
    text = "经核查,举报线索属实的45件,部分属实的30件,不属实的75件,查实率{p}%。"
    assert failing(tmp_path, text.format(p="30.0")) == []  # 45 / 150
    assert failing(tmp_path, text.format(p="39.0")) != []  # one digit slipped


# -- a sentence opened by the name of another set ("仲裁案件中,") after a run of shares --

OTHER_SET = ("全年受理消费者投诉1,500件,办结1,440件。办结投诉中,调解成功900件,占62.5%;终止调解420件,占29.2%;"
             "其他方式办结120件,占8.3%。\n网购投诉中,涉及退换货的{part}件,占{p}%。")


def test_a_share_opening_another_set_is_not_of_the_run_before(tmp_path):
    # 960 / 1,500 = 64.0% (of all received); 960 / 1,440 = 66.7%; 960 exceeds the 900 mediated
    assert failing(tmp_path, OTHER_SET.format(part=960, p="64.0")) == []


def test_the_run_before_is_still_checked(tmp_path):
    found = checks(tmp_path, OTHER_SET.format(part=960, p="64.0"), "ratio.share")
    assert {s[1] for s in found if s[2] == "pass"} >= {1440}
    wrong = OTHER_SET.format(part=960, p="64.0").replace("占62.5%", "占65.2%")
    assert "fail" in {s[2] for s in checks(tmp_path, wrong, "ratio.share")}


# -- a column that sums its neighbours by chance in three small rows --

CHANCE = """| 乡镇 | 检查次数 | 立案 | 办结 | 责令整改 |
|---|---|---|---|---|
| 东坝镇 | 14 | 6 | 8 | 10 |
| 西坝镇 | 11 | 5 | 6 | 7 |
| 南坝镇 | 17 | 7 | 10 | 12 |
| 北坝乡 | {last} | 3 | 4 | 5 |
"""


def test_a_column_fitting_its_neighbours_in_three_rows_of_four_is_no_total(tmp_path):
    assert [s for s in checks(tmp_path, CHANCE.format(last=9), "sum.table_row", "r.md") if s[2] == "fail"] == []


def test_a_column_fitting_in_every_row_is_still_the_total(tmp_path):
    assert {s[2] for s in checks(tmp_path, CHANCE.format(last=7), "sum.table_row", "r.md")} == {"pass"}


def test_one_misprint_among_five_rows_is_still_caught(tmp_path):
    text = CHANCE.format(last=7) + "| 中坝乡 | 21 | 9 | 12 | 15 |\n"
    wrong = text.replace("| 南坝镇 | 17 |", "| 南坝镇 | 19 |")
    assert "fail" in {s[2] for s in checks(tmp_path, wrong, "sum.table_row", "r.md")}


# -- a change of a rate per N people is no change of a whole count --

def test_a_change_of_a_rate_per_n_needs_no_whole_previous_count(tmp_path):
    text = "全县每万人口刑事案件立案数为18.0起,比上年下降6.2%;每十万人交通事故死亡人数为208人,下降6.2%。"
    assert failing(tmp_path, text) == []


def test_a_change_of_a_count_still_needs_a_whole_previous_count(tmp_path):
    # 208 / (1 - 6.2%) = 221.75: no whole count gives -6.2%
    assert failing(tmp_path, "全县刑事案件立案208起,比上年下降6.2%。") != []


# -- a row label recurring in tables printed one cell a line is no running header --

def test_row_labels_recurring_in_one_cell_a_line_tables_are_kept(tmp_path):
    from toolkit.load import load
    from toolkit.normalize import normalize

    blocks = [f"表{k} 20{22 + k}年\n项目\n数量\n收到复议申请\n{a}\n受理复议申请\n{b}\n审结复议案件\n{c}\n"
              for k, (a, b, c) in enumerate([(45, 40, 38), (52, 47, 44), (58, 52, 47)])]
    p = tmp_path / "r.txt"
    p.write_text("某县行政复议案件情况\n\n" + "\n".join(blocks), encoding="utf-8")
    n = normalize(load(p))
    assert n.text.count("受理复议申请") == 3
    at = n.text.index("52")
    a, b = n.original_span(at, at + 2)
    assert p.read_text(encoding="utf-8")[a:b] == "52"


def test_a_running_header_recurring_between_pages_is_still_dropped(tmp_path):
    from toolkit.load import load
    from toolkit.normalize import normalize

    page = "某县司法局2024年度工作报告\n全年办理法律援助案件{n}件,同比增长5.0%。\n- {p} -\n"
    p = tmp_path / "r.txt"
    p.write_text("".join(page.format(n=100 + k, p=k + 1) for k in range(4)), encoding="utf-8")
    assert "某县司法局2024年度工作报告" not in normalize(load(p)).text


# -- two tables one after the other: the first header's stages are not the second's columns --

TWO_TABLES = """| 街道 | 受理 | 办结 |
|---|---|---|
| 东城街道 | 1,200 | {done} |
| 西城街道 | 900 | 873 |

| 项目 | 2024年 | 2023年 |
|---|---|---|
| 受理 | 2,100 | 1,900 |
| 平均办理时长(天) | 3.2 | 3.5 |
"""


def test_a_second_tables_columns_are_no_stages_of_the_first_header(tmp_path):
    assert failing(tmp_path, TWO_TABLES.format(done="1,176"), "r.md") == []


def test_the_first_tables_funnel_is_still_checked(tmp_path):
    found = checks(tmp_path, TWO_TABLES.format(done="1,260"), "bound.stage", "r.md")
    assert "fail" in {s[2] for s in found}


# -- a delta against the start of the year beside a percent against last year's same period --

MID_YEAR = "6月末,全县各项存款余额660亿元,比年初增加52亿元,{ref}增长{p}%。"


def test_a_same_period_percent_is_not_of_the_start_of_year_level(tmp_path):
    # 660 / (660 - 52) = +8.6% against the start of the year; against June last year: 12.0%
    assert failing(tmp_path, MID_YEAR.format(ref="比上年同期", p="12.0")) == []
    assert failing(tmp_path, MID_YEAR.format(ref="同比", p="12.0")) == []


def test_a_percent_of_the_start_of_year_base_is_still_checked(tmp_path):
    assert {s[2] for s in checks(tmp_path, MID_YEAR.format(ref="", p="8.6"), "change.yoy")} == {"pass"}
    assert "fail" in {s[2] for s in checks(tmp_path, MID_YEAR.format(ref="", p="12.0"), "change.yoy")}
    year_end = "年末全县各项存款余额660亿元,比年初增加52亿元,比上年末增长{p}%。"
    assert "fail" in {s[2] for s in checks(tmp_path, year_end.format(p="12.0"), "change.yoy")}
