"""False alarms found reviewing session 8's rules (branch review8a), on sentences written for the
project: each failing variant read a holding figure as wrong; the consistent and wrong variants
say the rule still checks what it should."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str, rule: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands.get("total", c.operands.get("numerator")), c.status)
            for c in toolkit.audit(p).checks if c.rule == rule]


# -- tables: a row of rates or averages printed without "%" does not add up across the columns --

RATE_ROW = """各季度热线办理情况

| 指标 | 一季度 | 二季度 | 全年 |
| 受理件数 | 140 | 160 | 300 |
| 办结件数 | 133 | 157 | 290 |
| 回访满意件数 | 120 | 150 | 270 |
| 回访不满意件数 | 13 | 7 | 20 |
| 满意率(%) | 90.2 | 95.5 | 93.1 |
"""

AVERAGE_ROW = """各镇调解情况如下:

镇名        上半年   下半年   合计
青山镇        42      58     100
白水镇        35      45      80
石桥镇        18      22      40
镇均调解      31.7    41.7    73.3
"""

NAMED_TOTAL_AVERAGE_ROW = """| 项目 | 城镇 | 农村 | 合计 |
| 参保人数 | 4100 | 3900 | 8000 |
| 领取待遇人数 | 1500 | 1600 | 3100 |
| 新增参保人数 | 420 | 380 | 800 |
| 人均月待遇 | 3200 | 1400 | 2271 |
"""


def test_a_rate_row_is_not_a_row_of_the_total_column_found_by_figures(tmp_path) -> None:
    got = checks(tmp_path, RATE_ROW, "sum.table_row")
    assert got == [(300, "pass"), (290, "pass"), (270, "pass"), (20, "pass")]  # before: 93.1 != 90.2 + 95.5 failed
    wrong = checks(tmp_path, RATE_ROW.replace("| 290 |", "| 296 |"), "sum.table_row")
    assert (296, "fail") in wrong


def test_an_average_row_is_not_a_row_of_the_total_column(tmp_path) -> None:
    assert checks(tmp_path, AVERAGE_ROW, "sum.table_row") == [(100, "pass"), (80, "pass"), (40, "pass")]
    got = checks(tmp_path, NAMED_TOTAL_AVERAGE_ROW, "sum.table_row")
    assert got == [(8000, "pass"), (3100, "pass"), (800, "pass")]  # before: 2271 != 3200 + 1400 failed
    wrong = checks(tmp_path, NAMED_TOTAL_AVERAGE_ROW.replace("| 3100 |", "| 3000 |"), "sum.table_row")
    assert (3000, "fail") in wrong


# -- breakdown_shares: shares that name the parts in another order than the breakdown's --

PEOPLE = ("年末全县户籍人口52.0万人,其中乡村人口20.8万人,城镇人口31.2万人。"
          "城镇人口和乡村人口占户籍人口的比重分别为{a}%和{b}%。")


def shares(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["numerator"], c.operands["percent"], c.status)
            for c in toolkit.audit(p).checks if c.rule == "ratio.share"]


def test_shares_in_another_order_than_the_breakdown_are_not_read_by_position(tmp_path) -> None:
    # 31.2 / 52.0 = 60.0%, 20.8 / 52.0 = 40.0%: the shares name 城镇 first, the breakdown 乡村 first
    assert not any(s == "fail" for *_, s in shares(tmp_path, PEOPLE.format(a="60.0", b="40.0")))


def test_shares_in_the_breakdowns_order_are_still_checked(tmp_path) -> None:
    text = PEOPLE.replace("乡村人口20.8万人,城镇人口31.2万人", "城镇人口31.2万人,乡村人口20.8万人")
    got = shares(tmp_path, text.format(a="60.0", b="40.0"))
    assert [s for *_, s in got] in ([], ["pass", "pass"])
    gdp = ("全年实现地区生产总值360.00亿元。其中第一产业增加值36.00亿元,第二产业增加值144.00亿元,"
           "第三产业增加值180.00亿元。第一、二、三产业增加值占地区生产总值的比重分别为10.0%、{b}%和50.0%。")
    assert [s for *_, s in shares(tmp_path, gdp.format(b="40.0"))] == ["pass", "pass", "pass"]
    assert [s for *_, s in shares(tmp_path, gdp.format(b="46.0"))] == ["pass", "fail", "pass"]
    # the order reversed in the breakdown: the shares fit the parts by size, not by position
    reordered = gdp.replace("第一产业增加值36.00亿元,第二产业增加值144.00亿元,第三产业增加值180.00亿元",
                            "第三产业增加值180.00亿元,第二产业增加值144.00亿元,第一产业增加值36.00亿元")
    assert not any(s == "fail" for *_, s in shares(tmp_path, reordered.format(b="40.0")))


def test_shares_of_items_the_breakdown_does_not_list_are_not_its_parts_shares(tmp_path) -> None:
    # the shares are of 增值税 (26) and 企业所得税 (13), items of the taxes, not of 税收收入 / 非税收入
    text = ("全年一般公共预算收入65亿元,其中税收收入52亿元,非税收入13亿元;税收收入中,增值税26亿元,企业所得税13亿元。"
            "增值税和企业所得税占一般公共预算收入的比重分别为40.0%和20.0%。")
    assert not any(s == "fail" for *_, s in shares(tmp_path, text))  # before: 52/65 != 40.0% failed
    named = ("全年一般公共预算收入65亿元,其中税收收入52亿元,非税收入13亿元。"
             "税收收入和非税收入占一般公共预算收入的比重分别为{a}%和20.0%。")
    assert [s for *_, s in shares(tmp_path, named.format(a="80.0"))] == ["pass", "pass"]
    assert [s for *_, s in shares(tmp_path, named.format(a="85.0"))] == ["fail", "pass"]


# -- group_rates: a lesser grade (基本合格) a report may leave out of 合格率 --

FILES = "全年评查行政许可案卷800卷,其中优秀240卷、良好360卷、合格120卷、基本合格56卷、不合格24卷,合格率{pct}。"


def group(tmp_path, text: str) -> list[str]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [c.status for c in toolkit.audit(p).checks if c.rule == "ratio.group_rate"]


def test_a_pass_rate_may_leave_out_the_lesser_grade(tmp_path) -> None:
    assert group(tmp_path, FILES.format(pct="90.0%")) == ["pass"]  # 720 / 800, 基本合格 left out (failed before)
    assert group(tmp_path, FILES.format(pct="97.0%")) == ["pass"]  # 776 / 800, 基本合格 counted
    assert group(tmp_path, FILES.format(pct="93.5%")) == ["fail"]  # fits neither


# -- roles._year_of_position: an earlier year's figure of a 分别 list is no earlier stage of this year's --

YEARS = "2023年、2024年全县分别受理行政复议申请{a}件、{b}件。2024年审结{c}件,审结率{pct}。"


def test_a_later_stage_is_not_bounded_by_the_year_before(tmp_path) -> None:
    # 2024年审结245件 of the 260 received in 2024: before, it was bounded by 2023's 230 and failed
    text = YEARS.format(a=230, b=260, c=245, pct="94.2%")
    assert bounds(tmp_path, text) == []
    assert [s for _, s in checks(tmp_path, text, "ratio.own_name")] == ["pass"]
    assert [s for _, s in checks(tmp_path, YEARS.format(a=230, b=260, c=245, pct="96.2%"), "ratio.own_name")] == ["fail"]
    # one year printed with its previous level after it: the funnel still reads this year's figure
    plain = "全县2024年受理行政复议申请260件,上年为230件。今年审结245件。"
    assert bounds(tmp_path, plain) == [(245, 260, "pass")]
    assert bounds(tmp_path, plain.replace("245", "265")) == [(265, 260, "fail")]


def bounds(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["smaller"], c.operands["larger"], c.status)
            for c in toolkit.audit(p).checks if c.rule == "bound.stage"]


# -- carried: a closing rate may count every case closed, carried-in ones too, not this year's only --

CLOSED = "全年受理行政案件800件,审结780件(含上年结转24件),其中当年受理案件审结756件,结案率{pct}。"


def rate_status(tmp_path, text: str) -> list[str]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [c.status for c in toolkit.audit(p).checks if c.rule == "ratio.rate"]


def test_a_closing_rate_may_count_the_carried_in_cases_closed(tmp_path) -> None:
    assert rate_status(tmp_path, CLOSED.format(pct="97.5%")) == ["pass"]  # 780 / 800 (756 / 800 failed before)
    assert rate_status(tmp_path, CLOSED.format(pct="94.5%")) == ["pass"]  # 756 / 800
    assert rate_status(tmp_path, CLOSED.format(pct="99.5%")) == ["fail"]  # no reading gives it


def test_a_group_rate_after_another_figure_is_that_figures(tmp_path) -> None:
    # the 80.0% is of the 60 licence files, not of the 500 enforcement files graded before
    text = "全年评查行政执法案卷500卷,其中优秀120卷、良好250卷、合格130卷。另抽查行政许可案卷60卷,优良率{pct}。"
    assert group(tmp_path, text.format(pct="80.0%")) == []  # before: 370 / 500 != 80.0% failed
    plain = "全年评查行政执法案卷500卷,其中优秀120卷、良好250卷、合格130卷,优良率{pct}。"
    assert group(tmp_path, plain.format(pct="74.0%")) == ["pass"]
    assert group(tmp_path, plain.format(pct="78.0%")) == ["fail"]


def test_a_group_rate_of_an_earlier_year_is_not_the_lists(tmp_path) -> None:
    text = ("2024年评查案卷500卷,其中优秀120卷、良好250卷、合格110卷、不合格20卷,优良率74.0%,"
            "{prev}优良率为69.5%。")
    for prev in ("上年", "2023年", "去年同期"):
        assert group(tmp_path, text.format(prev=prev)) == ["pass"]  # before: 370 / 500 != 69.5% failed too


def test_a_pass_rate_over_grades_it_does_not_know_is_not_read(tmp_path) -> None:
    # 及格 passes: 合格率 = (优秀 + 良好 + 及格) / all = 90.0%; before, only 优秀 + 良好 were counted
    text = "全县参加体质测试学生8,000人,其中优秀1,200人、良好3,200人、及格2,800人、不及格800人,合格率{pct}。"
    assert group(tmp_path, text.format(pct="90.0%")) == ["pass"]
    assert group(tmp_path, text.format(pct="92.0%")) == ["fail"]
    # a grade the group cannot place (一般): the rate is not read
    other = "全年评议窗口单位40个,其中优秀10个、良好20个、一般8个、不合格2个,合格率{pct}。"
    assert group(tmp_path, other.format(pct="95.0%")) == []


# -- sums: outcomes after a part naming the decided stage are of that part, not more parts of the whole --

def sums(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["total"], c.operands["parts"], c.status)
            for c in toolkit.audit(p).checks if c.rule == "sum.breakdown"]


def test_outcomes_after_the_closed_part_break_it_down(tmp_path) -> None:
    licences = "全年受理行政许可申请1,600件,其中办结1,580件,准予许可1,540件,不予许可40件。"
    # before: 1,580 + 1,540 + 40 != 1,600 failed; the outcomes are the 1,580 closed (outcome_lists)
    assert sums(tmp_path, licences) == [(1580, [1540, 40], "pass")]
    judged = "全年受理群众诉求3,000件,其中已办结2,900件,群众满意2,700件,基本满意150件,不满意50件。"
    assert sums(tmp_path, judged) == []
    assert not any(c.status == "fail" for c in toolkit.audit(_write(tmp_path, judged)).checks)
    # a list of kinds under the whole still adds up, and a misprinted one still fails
    kinds = "全年受理群众诉求3,000件,其中咨询1,800件,投诉900件,求助{n}件。"
    assert sums(tmp_path, kinds.format(n=300)) == [(3000, [1800, 900, 300], "pass")]
    assert sums(tmp_path, kinds.format(n=400)) == [(3000, [1800, 900, 400], "fail")]


def _write(tmp_path, text: str):
    p = tmp_path / "w.txt"
    p.write_text(text, encoding="utf-8")
    return p


# -- named_rates: a rate right after a kind and its own outcome may be of that kind --

KIND = ("全年调解矛盾纠纷6,000件,调解成功5,880件,调解成功率98.0%;其中邻里纠纷1,200件,调解成功1,170件,"
        "成功率{pct}。")


def test_a_rate_may_be_of_the_kind_right_before_its_numerator(tmp_path) -> None:
    assert rate_status(tmp_path, KIND.format(pct="97.5%")) == ["pass"]  # 1,170 / 1,200 (failed over 5,880 / 6,000)
    assert rate_status(tmp_path, KIND.format(pct="93.5%")) == ["fail"]  # no base gives it


def test_a_rate_after_another_sets_base_is_that_sets(tmp_path) -> None:
    # 97.5% is of the 400 cosmetics samples, whose passing count is not printed (before: 1,176 / 1,200 failed)
    text = "全年监督抽检药品1,200批次,其中合格1,176批次,不合格24批次;抽检化妆品400批次,合格率97.5%。"
    assert rate_status(tmp_path, text) == []
    plain = "全年监督抽检药品1,200批次,其中合格1,176批次,不合格24批次,合格率{pct}。"
    assert [s for s in rate_status(tmp_path, plain.format(pct="98.0%"))] in (["pass"], [])
    got = toolkit.audit(_write(tmp_path, plain.format(pct="96.0%"))).checks
    assert any(c.status == "fail" and c.rule.startswith("ratio.") for c in got)


# -- tables: a row at 100% in a 比例 column of rates is no total row --

RATES_TABLE = """| 单位 | 办结 | 受理 | 比例 |
| 东区 | 180 | 200 | 90.0% |
| 西区 | 114 | 120 | 95.0% |
| 南区 | 76 | 80 | 95.0% |
| 北区 | 50 | 50 | 100.0% |
"""

SHARES_TABLE = """| 渠道 | 件数 | 比例 |
| 电话 | 600 | 60.0% |
| 网络 | 300 | 30.0% |
| 来信来访 | 100 | 10.0% |
| 合计 | 1000 | 100.0% |
"""


def test_a_full_rate_is_no_total_row_of_a_share_column(tmp_path) -> None:
    got = toolkit.audit(_write(tmp_path, RATES_TABLE)).checks
    assert not any(c.status == "fail" for c in got)  # before: 180 / 50 != 90.0% failed, and 50 != 180 + 114 + 76
    shares = [(c.operands["numerator"], c.status) for c in toolkit.audit(_write(tmp_path, SHARES_TABLE)).checks
              if c.rule == "ratio.table_share"]
    assert shares == [(600, "pass"), (300, "pass"), (100, "pass")]
    wrong = [c.status for c in toolkit.audit(_write(tmp_path, SHARES_TABLE.replace("30.0%", "35.0%"))).checks
             if c.rule == "ratio.table_share"]
    assert wrong == ["pass", "fail", "pass"]


# -- changes: a named measure over two clauses of the sentence before is not one clause's figure --

TWO_CLAUSES = ("全市发生较大事故4起、死亡15人;一般事故96起、死亡45人。与上年相比,事故起数减少20起,"
               "死亡人数减少{d}人,分别下降16.7%和{p}%。")


def changes(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["current"], c.status) for c in toolkit.audit(p).checks if c.rule == "change.yoy"]


def test_a_named_measure_of_two_clauses_reads_no_level(tmp_path) -> None:
    # 100 accidents and 60 deaths in all: 20 / 120 = 16.7%, 12 / 72 = 16.7% (before: 96 and 45 failed)
    assert changes(tmp_path, TWO_CLAUSES.format(d=12, p="16.7")) == []
    one = "全市发生生产安全事故100起、死亡60人。与上年相比,事故起数减少20起,死亡人数减少12人,分别下降16.7%和{p}%。"
    assert changes(tmp_path, one.format(p="16.7")) == [(100, "pass"), (60, "pass")]
    assert changes(tmp_path, one.format(p="18.7")) == [(100, "pass"), (60, "fail")]


# -- semicolons: a list that adds up after fewer pieces ends there --

PIECES = ("全年完成固定资产投资640亿元,其中第二产业投资240亿元,增长7.5%;第三产业投资{c}亿元,增长5.2%;"
          "民间投资300亿元,增长3.1%。")


def test_a_semicolon_list_ends_where_it_adds_up(tmp_path) -> None:
    # 240 + 400 = 640: 民间投资 is another breakdown (before: 240 + 400 + 300 failed against 640)
    assert sums(tmp_path, PIECES.format(c=400)) == [(640, [240, 400], "pass")]
    three = "全年完成营业收入360亿元,其中工业150亿元,增长4.0%;建筑业120亿元,增长3.0%;服务业{c}亿元,增长6.0%。"
    assert sums(tmp_path, three.format(c=90)) == [(360, [150, 120, 90], "pass")]
    assert sums(tmp_path, three.format(c=190)) == []  # one slip from the whole: where the list ends is unknown


@pytest.mark.parametrize("text", [
    "全年完成固定资产投资500亿元,其中工业投资180亿元,增长8.0%;民间投资420亿元,增长4.1%。",
    "全年完成固定资产投资500亿元,其中工业投资180亿元,增长8.0%;民间投资300亿元,增长4.1%;基础设施投资120亿元,增长9.0%。",
])
def test_overlapping_pieces_one_slip_from_the_whole_are_no_list(tmp_path, text) -> None:
    # 民间投资 overlaps 工业投资: 180 + 420 = 600 is one digit from 500, as a misprint would be (failed before)
    assert [s for s in sums(tmp_path, text) if s[2] == "fail"] == []
