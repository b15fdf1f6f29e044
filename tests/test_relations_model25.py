"""Per-N rates and ratios named by their own words (session 23, helper model25): deaths of infants and
children per 1,000 live births, a road density named before 每 over the area, a sex ratio whose
reading is said in an aside, and the people of a kind of household per household."""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text("2023年某县统计公报\n" + text + "\n", encoding="utf-8")
    return toolkit.audit(p).checks


def ratios(tmp_path, text: str) -> list[tuple[str, float, float, float, int]]:
    return [(c.status, float(c.operands["numerator"]), float(c.operands["denominator"]), float(c.operands["percent"]),
             int(c.operands.get("per") or 100)) for c in checks(tmp_path, text) if c.kind == "ratio"]


def fails(tmp_path, text: str) -> list[str]:
    return [c.rule for c in checks(tmp_path, text) if c.status == "fail"]


# --- deaths of infants and children per 1,000 live births -------------------------------------------

_BIRTHS = ("全年全县活产数9,640人。孕产妇死亡1人。婴儿死亡26人，婴儿死亡率{i}‰；"
           "5岁以下儿童死亡33人，5岁以下儿童死亡率{c}‰。")


def test_child_deaths_are_per_thousand_live_births(tmp_path) -> None:
    got = ratios(tmp_path, _BIRTHS.format(i="2.70", c="3.42"))
    assert ("pass", 26, 9640, 2.70, 1000) in got
    assert ("pass", 33, 9640, 3.42, 1000) in got


def test_a_misprinted_child_death_rate_fails(tmp_path) -> None:
    got = ratios(tmp_path, _BIRTHS.format(i="2.07", c="3.42"))
    assert ("fail", 26, 9640, 2.07, 1000) in got


def test_a_death_rate_with_no_live_births_printed_is_left_alone(tmp_path) -> None:
    text = "全年出生人口9,640人。孕产妇死亡1人。婴儿死亡26人，婴儿死亡率2.07‰。"
    assert not fails(tmp_path, text)


# --- a road density named before 每 -------------------------------------------------------------------

def _roads(density: str, area_after: bool = False) -> str:
    area = "（全县国土面积2,150平方公里）" if area_after else ""
    before = "" if area_after else "全县国土面积2,150平方公里。"
    return (f"{before}年末公路总里程2,838.0公里，其中高速公路96.5公里、农村公路2,312.4公里。"
            f"公路密度为每百平方公里{density}公里{area}。")


def test_a_road_density_is_of_all_roads_over_the_area(tmp_path) -> None:
    assert ("pass", 2838.0, 2150, 132.0, 100) in ratios(tmp_path, _roads("132.0"))
    assert ("fail", 2838.0, 2150, 123.0, 100) in ratios(tmp_path, _roads("123.0"))


def test_the_area_may_follow_the_density_in_brackets(tmp_path) -> None:
    assert ("pass", 2838.0, 2150, 132.0, 100) in ratios(tmp_path, _roads("132.0", area_after=True))
    assert ("fail", 2838.0, 2150, 123.0, 100) in ratios(tmp_path, _roads("123.0", area_after=True))


def test_a_density_with_no_area_printed_is_left_alone(tmp_path) -> None:
    text = "年末公路总里程2,838.0公里，其中高速公路96.5公里。公路密度为每百平方公里123.0公里。"
    assert not fails(tmp_path, text)


# --- a sex ratio read as the aside says ---------------------------------------------------------------

def _sexes(ratio: str) -> str:
    return ("全县常住人口为318,520人。男性人口为163,204人，占51.24%；女性人口为155,316人，占48.76%。"
            f"总人口性别比（以女性为100，男性对女性的比例）为{ratio}。")


def test_a_sex_ratio_with_an_aside_is_of_the_men_over_the_women(tmp_path) -> None:
    assert ("pass", 163204, 155316, 105.08, 100) in ratios(tmp_path, _sexes("105.08"))
    assert ("fail", 163204, 155316, 105.80, 100) in ratios(tmp_path, _sexes("105.80"))


def test_a_ratio_with_no_sides_printed_is_left_alone(tmp_path) -> None:
    text = "全县常住人口为318,520人。总人口性别比（以女性为100）为105.80。"
    assert not fails(tmp_path, text)


# --- the people of a kind of household per household ---------------------------------------------------

def _households(size: str) -> str:
    return ("全县共有家庭户104,260户，集体户3,118户，家庭户人口为298,185人，集体户人口为16,402人。"
            f"平均每个家庭户的人口为{size}人。")


def test_people_per_household_are_of_that_kind_of_household(tmp_path) -> None:
    assert ("pass", 298185, 104260, 2.86, 1) in ratios(tmp_path, _households("2.86"))
    assert ("fail", 298185, 104260, 2.68, 1) in ratios(tmp_path, _households("2.68"))
    # never the collective households' people over the family households
    assert not any(r[1] == 16402 for r in ratios(tmp_path, _households("2.68")))


def test_a_household_size_with_no_people_of_its_kind_printed_is_left_alone(tmp_path) -> None:
    text = "全县共有家庭户104,260户，集体户人口为16,402人。平均每个家庭户的人口为2.68人。"
    assert not fails(tmp_path, text)


# --- a pupil-teacher ratio whose sides are not the two figures before it --------------------------------

def _school(ratio: str) -> str:
    return ("在校学生1,872人，其中寄宿生604人，占32.3%。教职工131人，专任教师117人，"
            f"生师比{ratio}∶1。")


def test_a_pupil_teacher_ratio_is_of_the_pupils_named_earlier(tmp_path) -> None:
    assert ("pass", 1872, 117, 16.0, 1) in ratios(tmp_path, _school("16.0"))
    assert ("fail", 1872, 117, 16.8, 1) in ratios(tmp_path, _school("16.8"))
    # never the boarders, a part of the pupils, nor the staff
    assert not any(r[1:3] in ((604, 117), (1872, 131), (131, 117)) for r in ratios(tmp_path, _school("16.8")))


def test_a_scoped_ratio_takes_the_sides_of_its_scope(tmp_path) -> None:
    text = ("全县在校学生5.62万人，专任教师3,980人。在校学生中，小学生2.94万人，初中生1.31万人。"
            "小学专任教师1,792人，小学生师比为{r}。")
    assert ("pass", 29400, 1792, 16.4, 1) in ratios(tmp_path, text.format(r="16.4"))
    assert ("fail", 29400, 1792, 14.6, 1) in ratios(tmp_path, text.format(r="14.6"))


def test_a_ratio_whose_pupils_are_not_printed_is_left_alone(tmp_path) -> None:
    text = "教职工131人，专任教师117人，其中本科学历98人。生师比16.8∶1。"
    assert not fails(tmp_path, text)


# --- a population named before its figure in brackets; a level reached -------------------------------

def test_a_population_in_brackets_after_its_name_is_the_base(tmp_path) -> None:
    text = "全区持证行政执法人员936人，按常住人口（58.5万人）计算，每万人拥有执法人员{r}人。"
    assert ("pass", 936, 585000, 16.0, 10000) in ratios(tmp_path, text.format(r="16.0"))
    assert ("fail", 936, 585000, 19.0, 10000) in ratios(tmp_path, text.format(r="19.0"))


def test_the_level_a_change_reaches_is_named_by_the_words_before_it(tmp_path) -> None:
    text = ("全年热线受理群众诉求由上年的96.12万件增加到104.30万件，增长8.5%。全市常住人口236.8万人，"
            "每万人诉求量{r}件。")
    assert ("pass", 1043000, 2368000, 4405, 10000) in ratios(tmp_path, text.format(r="4,405"))
    assert ("fail", 1043000, 2368000, 4450, 10000) in ratios(tmp_path, text.format(r="4,450"))
    assert not any(r[1] == 961200 for r in ratios(tmp_path, text.format(r="4,450")))


# --- an average named by the rate printed right after its total ----------------------------------------

def test_an_average_counts_the_figure_its_rate_names(tmp_path) -> None:
    text = "全院受理案件8,940件，审执结8,412件，结案率94.1%。全院员额法官36名，人均结案{r}件。"
    assert ("pass", 8412, 36, 233.7, 1) in ratios(tmp_path, text.format(r="233.7"))
    assert ("fail", 8412, 36, 223.7, 1) in ratios(tmp_path, text.format(r="223.7"))


def test_an_average_whose_total_no_word_names_is_left_alone(tmp_path) -> None:
    text = "全院受理案件8,940件，审执结8,412件，同比增长3.2%。全院员额法官36名，人均结案223.7件。"
    assert not fails(tmp_path, text)


def test_each_death_rate_is_of_its_own_subject(tmp_path) -> None:
    text = ("全年活产数12,406人，孕产妇死亡1人，婴儿死亡31人，5岁以下儿童死亡42人，"
            "婴儿死亡率2.50‰，5岁以下儿童死亡率{c}‰。")
    got = ratios(tmp_path, text.format(c="3.39"))
    assert ("pass", 31, 12406, 2.50, 1000) in got and ("pass", 42, 12406, 3.39, 1000) in got
    assert not any(r[1] == 42 and r[3] == 2.50 for r in got)
    assert ("fail", 42, 12406, 3.93, 1000) in ratios(tmp_path, text.format(c="3.93"))


# --- stages: cleared among found, signed for among handed on, checked among registered ------------------

def bounds(tmp_path, text: str) -> list[tuple[str, float, float]]:
    return [(c.status, float(c.operands["smaller"]), float(c.operands["larger"]))
            for c in checks(tmp_path, text) if c.kind == "bound"]


def test_what_was_cleared_is_among_what_was_found(tmp_path) -> None:
    assert ("pass", 187, 203) in bounds(tmp_path, "全年排查占道经营点位203处，已清理整治187处。")
    assert ("fail", 208, 203) in bounds(tmp_path, "全年排查占道经营点位203处，已清理整治208处。")
    # a campaign is no stage of what was found
    assert not bounds(tmp_path, "全年排查占道经营点位203处，开展整治行动6处。")


def test_what_was_signed_for_is_among_what_was_handed_on(tmp_path) -> None:
    assert ("pass", 58110, 58240) in bounds(tmp_path, "全年向承办单位转派工单58,240件，按时签收58,110件。")
    assert ("fail", 58410, 58240) in bounds(tmp_path, "全年向承办单位转派工单58,240件，按时签收58,410件。")


def test_bodies_checked_are_among_those_registered(tmp_path) -> None:
    assert ("pass", 301, 327) in bounds(tmp_path, "全县登记社会组织327家，参加年检301家。")
    assert ("fail", 372, 327) in bounds(tmp_path, "全县登记社会组织327家，参加年检372家。")


def test_a_flow_of_the_year_is_no_side_of_the_ratio(tmp_path) -> None:
    # the pupils in school, not the year's graduates printed nearer the ratio
    text = "全县小学在校生38,412人，毕业生6,120人。小学专任教师2,350人，生师比{r}:1。"
    assert ("pass", 38412, 2350, 16.3, 1) in ratios(tmp_path, text.format(r="16.3"))
    assert not any(r[1] == 6120 for r in ratios(tmp_path, text.format(r="16.3")))


def test_a_rate_per_n_that_rose_is_no_numerator_of_itself(tmp_path) -> None:
    text = ("全市常住人口为1,862,400人。与2010年相比，每10万人中具有大学文化程度的由9,126人上升为14,350人；"
            "具有小学文化程度的由31,208人下降为27,615人。")
    assert not fails(tmp_path, text)


def test_death_rates_listed_with_fenbie_are_each_of_their_own_subject(tmp_path) -> None:
    text = ("全年活产9,215人，孕产妇死亡0人，婴儿死亡21人、5岁以下儿童死亡30人，"
            "婴儿死亡率和5岁以下儿童死亡率分别为2.28‰和{c}‰。")
    got = ratios(tmp_path, text.format(c="3.26"))
    assert ("pass", 21, 9215, 2.28, 1000) in got and ("pass", 30, 9215, 3.26, 1000) in got
    assert ("fail", 30, 9215, 3.62, 1000) in ratios(tmp_path, text.format(c="3.62"))
    assert not any(r[1] == 30 and r[3] == 2.28 for r in ratios(tmp_path, text.format(c="3.62")))
