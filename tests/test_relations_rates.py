"""Rates and shares read from how the sentence is built (toolkit/relations/rates.py).

Sentences written for the project; each rule with a consistent and an inconsistent variant.
"""

from __future__ import annotations

import pytest

import toolkit


def ratios(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return sorted((c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.status)
                  for c in toolkit.audit(p).checks if c.kind == "ratio")


@pytest.mark.parametrize(("text", "expected"), [
    # 160 / 410 = 39.02%
    ("全年受理举报线索410件,经核查属实160件,核查属实率39.0%。", [(160, 410, 39.0, "pass")]),
    ("全年受理举报线索410件,经核查属实160件,核查属实率41.0%。", [(160, 410, 41.0, "fail")]),
    # 405 / 950 = 42.63%
    ("审结劳动人事争议案件950件,其中调解结案405件,仲裁调解率42.6%。", [(405, 950, 42.6, "pass")]),
    # 12 / 4000 = 3.0‰; a smaller figure of another measure between is skipped.
    ("全县活产数4000人,孕产妇死亡1例,婴儿死亡12人,婴儿死亡率3.0‰。", [(12, 4000, 3.0, "pass")]),
    ("全县活产数4000人,孕产妇死亡1例,婴儿死亡12人,婴儿死亡率3.5‰。", [(12, 4000, 3.5, "fail")]),
])
def test_a_rate_named_by_its_own_words(tmp_path, text, expected) -> None:
    assert ratios(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    # 合格率 counts the 311 graded 合格 or better: neither the 9 that failed nor the 53 beside them
    "共抽查案卷320卷,评为优秀的112卷、良好的146卷、合格的53卷、不合格的9卷,合格率97.2%。",
    "共抽查案卷320卷,其中合格的311卷、不合格的9卷,合格率97.2%。",
])
def test_a_rate_is_not_of_the_figure_it_does_not_count(tmp_path, text) -> None:
    assert [r for r in ratios(tmp_path, text) if r[3] == "fail"] == []
    assert not [r for r in ratios(tmp_path, text) if r[0] == 9]


def test_a_rate_beside_a_listed_figure_reaches_no_wider_base(tmp_path) -> None:
    # the 500 listed with 、 may be the base or a kind beside the 480: not passed over for the 2000
    text = "全市共有在册食品生产企业2000家,全年抽查企业500家、抽查合格企业480家,合格率96.0%。"
    assert not [r for r in ratios(tmp_path, text) if r[3] == "fail"]
    assert not [r for r in ratios(tmp_path, text) if r[1] == 2000]
    # 合格率 counts the grades 合格 or better: the 53 is one kind of a list, over no single figure
    graded = "全年评查行政执法案卷320卷,其中优秀112卷、良好146卷、合格53卷,合格率97.2%。"
    assert not [r for r in ratios(tmp_path, graded) if r[3] == "fail"]


def test_own_name_rates_that_are_not_a_part_over_a_whole(tmp_path) -> None:
    # Demographic rates are over an average population the report does not print.
    text = "全年出生人口2.95万人,人口出生率为7.65‰;死亡人口2.86万人,人口死亡率为7.42‰。"
    assert ratios(tmp_path, text) == []
    # A figure in the rate's own name ("5岁以下") is no numerator.
    assert ratios(tmp_path, "5岁以下儿童死亡率3.11‰。") == []


def test_a_share_in_brackets_after_its_part(tmp_path) -> None:
    text = ("全年办结申请600件。在已办结的申请中,予以公开240件,占办结总数的40%;部分公开54件(9%),"
            "不予公开18件(3%)。")
    assert ratios(tmp_path, text) == [(18, 600, 3, "pass"), (54, 600, 9, "pass"), (240, 600, 40, "pass")]
    assert (54, 600, 8, "fail") in ratios(tmp_path, text.replace("(9%)", "(8%)"))


def test_a_base_in_brackets_inside_the_words_of_zhan(tmp_path) -> None:
    text = "全年罚没款3862.47万元,占全省生态环境系统罚没款总额(56802.6万元)的6.8%。"
    assert ratios(tmp_path, text) == [(3862.47, 56802.6, 6.8, "pass")]
    assert ratios(tmp_path, text.replace("6.8%", "7.8%")) == [(3862.47, 56802.6, 7.8, "fail")]


def test_completion_of_a_stated_target(tmp_path) -> None:
    text = "全年城镇新增就业12846人,完成年度目标任务12000人的107.1%。"
    assert ratios(tmp_path, text) == [(12846, 12000, 107.1, "pass")]
    assert ratios(tmp_path, text.replace("107.1%", "108.1%")) == [(12846, 12000, 108.1, "fail")]
    # A target with no figure of its own relates nothing.
    assert ratios(tmp_path, "全年城镇新增就业12846人,完成年度目标任务的107.1%。") == []


def test_per_capita_figures_are_not_summed(tmp_path) -> None:
    p = tmp_path / "r.txt"
    p.write_text("全年居民人均可支配收入42685元,其中城镇居民人均可支配收入52316元,农村居民人均可支配收入26743元。",
                 encoding="utf-8")
    assert [c for c in toolkit.audit(p).checks if c.kind == "sum"] == []


def test_a_rate_per_n_people_is_over_the_whole_population(tmp_path) -> None:
    # 城镇常住人口 is part of the 常住人口: 每千常住人口 is over the 50.00万, not the 30.00万.
    text = "年末常住人口50.00万人,其中城镇常住人口30.00万人。年末全县共有卫生技术人员4000人,每千常住人口拥有卫生技术人员8.00人。"
    assert ratios(tmp_path, text) == [(4000, 500000, 8.0, "pass")]


def test_a_headed_classification_does_not_break_down_the_section_before(tmp_path) -> None:
    # "(三)从辖区分布看:" is a section of its own; the 50起 of section (二) is not its whole.
    text = ("一、事故情况\n全年共发生道路交通事故120起。\n(二)电动自行车事故较为突出。涉及电动自行车的事故50起。\n"
            "(三)从辖区分布看:\n甲区发生事故70起;\n乙区发生事故50起。\n")
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    assert [c for c in toolkit.audit(p).checks if c.status == "fail"] == []


def test_a_per_n_rate_counts_what_its_head_word_names(tmp_path) -> None:
    # "每万户纳税人投诉量" counts 投诉 (200 of 50.0万户 = 4.0), not all the requests of 纳税人.
    text = "全市登记在册纳税人50.0万户。全年受理纳税人缴费人诉求1300件,其中投诉类诉求200件,每万户纳税人投诉量4.0件。"
    assert ratios(tmp_path, text) == [(200, 500000, 4.0, "pass")]


def test_a_listed_figure_may_be_what_a_rate_is_of(tmp_path) -> None:
    text = "全年核查图斑1286个,其中合法图斑1102个,违法图斑184个,已整改到位172个,整改率93.5%。"
    assert ratios(tmp_path, text) == [(172, 184, 93.5, "pass")]


def test_rates_listed_with_fenbie_pair_position_by_position(tmp_path) -> None:
    text = "全年受理投诉、举报分别为800件、200件,办结分别为792件、196件,办结率分别为99.0%、98.0%。"
    assert ratios(tmp_path, text) == [(196, 200, 98.0, "pass"), (792, 800, 99.0, "pass")]
    assert (196, 200, 97.0, "fail") in ratios(tmp_path, text.replace("98.0%", "97.0%"))


@pytest.mark.parametrize(("text", "expected"), [
    # "总数" names no figure by its words: the base is the total the two parts make up (200).
    ("全年受理申请200件,依申请公开和主动公开分别为120件和80件,分别占总数的60%和40%。",
     [(80, 200, 40, "pass"), (120, 200, 60, "pass")]),
    ("全年受理申请200件,依申请公开和主动公开分别为120件和80件,分别占总数的60%和45%。",
     [(80, 200, 45, "fail"), (120, 200, 60, "pass")]),
    # The total of the 其中 they are listed under, when they do not make it up.
    ("全年受理申请200件,其中网上申请120件、信函申请60件,分别占总数的60%、30%。",
     [(60, 200, 30, "pass"), (120, 200, 60, "pass")]),
])
def test_respective_shares_of_a_base_named_only_as_the_whole(tmp_path, text, expected) -> None:
    assert ratios(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A list of shares after a list of parts is respective with or without 分别 (占比…, 各占…):
    # the first share is not the last part's.
    ("全年受理申请200件,网上、信函、当面申请分别为120件、50件、30件,占比60%、25%、15%。",
     [(30, 200, 15, "pass"), (50, 200, 25, "pass"), (120, 200, 60, "pass")]),
    ("全年受理申请200件,网上、信函、当面申请分别为120件、50件、30件,各占60%、25%、15%。",
     [(30, 200, 15, "pass"), (50, 200, 25, "pass"), (120, 200, 60, "pass")]),
    ("全年受理申请200件,网上、信函、当面申请分别为120件、50件、30件,占比60%、25%、18%。",
     [(30, 200, 18, "fail"), (50, 200, 25, "pass"), (120, 200, 60, "pass")]),
])
def test_a_list_of_shares_without_fenbie_is_respective(tmp_path, text, expected) -> None:
    assert ratios(tmp_path, text) == expected


def test_mediation_and_certificate_rates_are_named_rates(tmp_path) -> None:
    p = tmp_path / "r.txt"
    text = "全年审结劳动争议案件500件,其中调解结案320件,调解成功率{}%。组织技能培训800人次,取得技能等级证书600人次,取证率{}%。"
    p.write_text(text.format("64.0", "75.0"), encoding="utf-8")
    got = [(c.operands["numerator"], c.operands["denominator"], c.status) for c in toolkit.audit(p).checks
           if c.rule == "ratio.rate"]
    assert got == [(320, 500, "pass"), (600, 800, "pass")]
    p.write_text(text.format("46.0", "57.0"), encoding="utf-8")
    got = [(c.operands["numerator"], c.status) for c in toolkit.audit(p).checks if c.rule == "ratio.rate"]
    assert got == [(320, "fail"), (600, "fail")]


@pytest.mark.parametrize(("staff", "held", "status"), [
    ("58人", "53人", "pass"),    # 53 / 58 = 91.4%
    ("58人", "85人", "fail"),    # the holders typed over the staff: 85 / 58 is no 91.4%
    ("38人", "53人", "fail"),    # the staff typed under the holders
])
def test_a_named_rate_over_a_base_smaller_than_its_numerator_fails(tmp_path, staff, held, status) -> None:
    text = f"区城市管理执法大队现有执法队员{staff},{held}取得行政执法证件,持证率91.4%。"
    got = ratios(tmp_path, text)
    assert [(r[0], r[1], r[-1]) for r in got] == [(int(held[:-1]), int(staff[:-1]), status)]


def test_a_smaller_figure_beside_a_rate_with_another_base_is_not_its_base(tmp_path) -> None:
    # the base (2,340 found) is printed; the 40 major ones are no base of the 2,218 put right
    text = "排查各类隐患2,340处,其中重大隐患40处,已整改2,218处,整改率94.8%。"
    assert [(r[0], r[1]) for r in ratios(tmp_path, text)] == [(2218, 2340)]


def test_a_listed_part_smaller_than_the_numerator_is_no_base_of_a_named_rate(tmp_path) -> None:
    # 71 closed of the 76 filed (70 + 6): never of the 70 the first item counts
    text = "全年立案查处违法建设案件70件、违法占道案件6件,共计76件;结案71件,结案率93.4%。"
    assert [r for r in ratios(tmp_path, text) if r[-1] == "fail"] == []


@pytest.mark.parametrize(("text", "base", "status"), [
    # 其中: the on-time rate is over all that was closed (6,018 / 6,120 = 98.33%), not what came in
    ("本季度受理诉求6,540件,已办结6,120件,其中按期办结6,018件,按期办结率为98.33%。", 6120, "pass"),
    ("本季度受理诉求6,540件,已办结6,120件,其中按期办结6,018件,按期办结率为96.33%。", 6120, "fail"),
    # no 其中: over the closed or over what came in (92.02%) -- either reading holds
    ("本季度受理诉求6,540件,已办结6,120件,按期办结6,018件,按期办结率为98.33%。", 6120, "pass"),
    ("本季度受理诉求6,540件,已办结6,120件,按期办结6,018件,按期办结率为92.02%。", 6540, "pass"),
])
def test_a_rate_of_a_kind_of_what_was_done_is_over_all_that_was_done(tmp_path, text, base, status) -> None:
    got = [(r[1], r[3]) for r in ratios(tmp_path, text) if r[0] == 6018]
    assert got == [(base, status)]
