"""False alarms found on consistent texts written for the project (session 24, helper fa57: 住房公积金年度报告,
人社/医保/民政/卫健/教育/林业 statistics bulletins, 水资源公报, 计划执行 reports, 政府工作报告 reviews, 税务 analyses,
公安 traffic and public-order bulletins). Each rule is a statement about how Chinese reports state figures,
tested on project sentences, with a variant whose arithmetic is broken that must still fail where the
reading is unique."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def passing(tmp_path, text: str) -> list[dict]:
    return [c.operands for c in audit_text(tmp_path, text, ".txt") if c.status == "pass"]


# --- a rate its sentence names as another place's (全省同期, 全国平均) is that place's figure: the
# report's own counts are neither its numerator nor its base ---

_PLACES = ("全年全市活产数42,360人。孕产妇死亡3人;婴儿死亡97人,婴儿死亡率{own}‰。"
           "全省同期孕产妇死亡率为9.35/10万,婴儿死亡率为2.84‰。")


def test_a_rate_of_another_place_is_not_over_the_own_counts(tmp_path) -> None:
    # 97 / 42,360 = 2.29‰: the city's; the 2.84‰ is the province's
    assert failing(tmp_path, _PLACES.format(own="2.29")) == []
    # the city's own rate, misprinted, still fails
    assert failing(tmp_path, _PLACES.format(own="2.92"))


def test_a_rate_of_the_own_place_named_so_is_still_read(tmp_path) -> None:
    # a province's report naming itself (全省) reads its own rate over its own counts
    text = "全年全省活产数86,400人,婴儿死亡212人。全省婴儿死亡率为{r}‰,比上年下降0.3个千分点。"
    assert failing(tmp_path, text.format(r="2.45")) == []
    assert failing(tmp_path, text.format(r="2.65"))


# --- a base from the sentence before does not cross a heading: the section before is another topic ---

_HEADED = ("累计提取城市廉租住房建设补充资金48.62亿元。\n四、资产风险状况\n"
           "年末个人住房贷款逾期额0.12亿元,逾期率{r}‰。\n")


def test_no_base_from_a_sentence_across_a_heading(tmp_path) -> None:
    # 0.12 / 48.62 = 2.47‰, one digit away from 0.47‰ but of another topic: the base (the loan
    # balance) is not printed, nothing to check
    assert failing(tmp_path, _HEADED.format(r="0.47")) == []


def test_a_base_in_the_sentence_before_of_the_same_section_is_read(tmp_path) -> None:
    text = "全县活产数4,126人,孕产妇死亡1人。婴儿死亡11人,婴儿死亡率{r}‰。"
    assert failing(tmp_path, text.format(r="2.67")) == []
    assert failing(tmp_path, text.format(r="2.76"))  # (11 / 4,126 = 2.67‰: a slip of the rate still fails)


# --- figures named 涉及…的 are kinds that may overlap: a sibling so named is no whole of the next ---

def test_involving_siblings_are_not_wholes(tmp_path) -> None:
    text = "从交通方式看,涉及电动自行车的事故386起,造成84人死亡;涉及货车的事故468起,造成96人死亡。"
    assert failing(tmp_path, text) == []
    # under a whole stated before them, each is still bounded by that whole
    assert failing(tmp_path, "全年发生事故1,286起,涉及电动自行车的事故386起,涉及货车的事故1,468起。")


# --- a target of widening (扩面任务) is of the increase printed between the level and the target ---

_WIDEN = "年末全县企业职工养老保险参保人数8.62万人,比上年末增加0.36万人,完成市下达任务(0.30万人)的{p}%。"


def test_a_widening_target_is_of_the_increase(tmp_path) -> None:
    assert failing(tmp_path, _WIDEN.format(p="120.0")) == []  # 0.36 / 0.30
    assert failing(tmp_path, _WIDEN.format(p="130.0"))  # neither the level nor the increase


# --- a base printed in brackets right before its share ("完成年度预算(62亿元)的52.7%") is no list item ---

_BRACKET_BASE = ("1—6月,全区完成税收收入86.42亿元,同比增长4.8%。其中,区级税收收入{a}亿元,"
                 "完成年度预算(62亿元)的{p}%。")


def test_a_bracketed_base_is_no_item_of_the_list(tmp_path) -> None:
    assert failing(tmp_path, _BRACKET_BASE.format(a="32.68", p="52.7")) == []
    # the part and its share still checked
    assert failing(tmp_path, _BRACKET_BASE.format(a="32.68", p="57.2"))
    assert failing(tmp_path, _BRACKET_BASE.format(a="96.68", p="155.9"))  # a part larger than its whole


# --- a part named 不重复量 says the list's parts overlap (地下水 overlaps 地表水): no sum of all ---

_WATER = ("全市水资源总量86.42亿立方米,其中地表水资源量{a}亿立方米,地下水资源量18.64亿立方米,"
          "地下水与地表水资源不重复量2.26亿立方米。")


def test_a_list_with_a_non_duplicated_part_overlaps(tmp_path) -> None:
    assert failing(tmp_path, _WATER.format(a="84.16")) == []
    assert failing(tmp_path, _WATER.format(a="88.16"))  # a part larger than the total still fails


# --- 万车死亡率 counts road-traffic deaths (道路交通事故…死亡), not the deaths on one kind of road ---

_ROADS = ("一季度全省发生道路交通事故2,486起,同比下降6.4%;死亡612人。国道发生事故486起,死亡148人;"
          "县乡道路发生事故862起,死亡218人。年末全省机动车保有量2,486.2万辆。一季度万车死亡率{r}。")


def test_deaths_per_10k_vehicles_are_road_traffic_deaths(tmp_path) -> None:
    assert failing(tmp_path, _ROADS.format(r="0.25")) == []  # 612 / 2,486.2万 * 1万
    assert failing(tmp_path, _ROADS.format(r="0.35"))


# --- a figure by which a plan was passed (超额完成) is no level done: the level is the figure before it ---

_PASSED = "全年计划完成营造林12万亩,实际完成12.86万亩,超额完成0.86万亩,完成计划的{p}%。"


def test_the_amount_passed_is_no_level_done(tmp_path) -> None:
    assert failing(tmp_path, _PASSED.format(p="107.2")) == []  # 12.86 / 12
    assert failing(tmp_path, _PASSED.format(p="110.2"))


# --- a gap to a benchmark printed in brackets ("低于控制指标(2.12亿立方米)0.26亿立方米") is a difference,
# never the part of a share ---

def test_a_gap_to_a_bracketed_benchmark_is_no_part(tmp_path) -> None:
    text = "全县用水总量1.86亿立方米,低于市下达的控制指标(2.12亿立方米)0.26亿立方米,占控制指标的87.7%。"
    assert failing(tmp_path, text) == []


# --- per-N items: "全省为3.21人" after a per-N rate is the same rate of another place; a rate of what a
# population has (拥有) counts the stock, not what was added this year ---

def test_a_per_n_item_named_by_a_place_is_another_places_rate(tmp_path) -> None:
    text = ("全省参保人数4,215.3万人,其中本市412.6万人。\n"
            "全市每千人口执业(助理)医师3.69人,全省为3.21人;全市执业(助理)医师3.32万人,常住人口900.6万人。")
    assert failing(tmp_path, text) == []
    assert failing(tmp_path, text.replace("3.69人", "3.96人"))  # the city's own rate still checked


_BEDS = ("前三季度新增养老床位240张,完成年度计划(300张)的80.0%。全区养老床位总数达到3,126张,"
         "每千名户籍老年人拥有养老床位{r}张(户籍老年人口9.14万人)。")


def test_a_rate_of_what_is_had_counts_the_stock(tmp_path) -> None:
    assert failing(tmp_path, _BEDS.format(r="34.2")) == []  # 3,126 / 9.14万 * 1000
    assert failing(tmp_path, _BEDS.format(r="43.2"))


# --- a share whose base words name a figure of the part's own segment: that figure is a reading ---

_FUNDS = ("全年医保基金总收入12.86亿元;总支出11.92亿元;当期结余0.94亿元。\n"
          "其中,职工医保统筹基金收入4.26亿元,支出3.68亿元;城乡居民医保基金收入8.60亿元,支出8.24亿元,"
          "基金支出占收入的{p}%,比上年提高3.4个百分点。")


def test_a_share_of_its_own_segments_base(tmp_path) -> None:
    assert failing(tmp_path, _FUNDS.format(p="95.8")) == []  # 8.24 / 8.60 (and the 其中 lists add up)
    assert failing(tmp_path, _FUNDS.format(p="59.8"))  # over neither 8.60 nor 12.86


# --- a classified list may add up to a part of the 其中 list before it ("分税种看" after "其中:税收收入…") ---

_TAXES = ("全县组织各项收入42.86亿元。其中:税收收入28.64亿元;社会保险费收入13.26亿元;非税收入0.96亿元。\n"
          "分税种看,增值税12.64亿元,增长8.6%;企业所得税5.86亿元;个人所得税1.24亿元;地方税种合计6.42亿元;"
          "其他税种{x}亿元。")


def test_a_classified_list_of_a_part_of_the_list_before(tmp_path) -> None:
    assert failing(tmp_path, _TAXES.format(x="2.48")) == []
    assert failing(tmp_path, _TAXES.format(x="3.48"))  # adds up to neither


# --- a 其中 list may be of the whole of the sentence before ("重点项目126个…。已开工112个…。其中,…") ---

_PROJECTS = ("全县列入年度计划的重点项目126个,年度计划投资142.6亿元。上半年已开工112个,开工率88.9%。"
             "其中,产业项目68个,基础设施项目34个,社会民生项目{x}个。")


def test_a_list_may_be_of_the_sentence_befores_whole(tmp_path) -> None:
    assert failing(tmp_path, _PROJECTS.format(x="24")) == []  # 126 = 68 + 34 + 24
    assert failing(tmp_path, _PROJECTS.format(x="20"))  # adds up to neither 112 nor 126
