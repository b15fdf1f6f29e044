"""Shares of a distant or named base (C) and breakdowns without 其中 (F): a classification by a
criterion noun, a structure whose whole heads the paragraph above, a ratio of a 分别 pair, fiscal
rates named by meaning, and rates of a counted set. Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def ratios(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["numerator"], c.operands["denominator"], c.operands["percent"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "ratio"}


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "sum"}


# -- F: 按领域分 / 按…形式分 -- a criterion noun names no stage the whole must bear

def test_a_classification_by_field_with_its_rest_breaks_down_the_figure_before(tmp_path) -> None:
    text = ("办理行政处罚案件{t}件,较上年增长8.2%。按领域分:城市管理1,204件,市场监管986件,"
            "生态环境315件,交通运输742件,其他468件。")
    assert sums(tmp_path, text.format(t="3,715"))[(3715, 1204, 986, 315, 742, 468)] == "pass"
    assert sums(tmp_path, text.format(t="3,740"))[(3740, 1204, 986, 315, 742, 468)] == "fail"
    # (a classification naming a stage -- 从办结情况看 -- is still of that stage only: not of the 86 received)
    text = "受理举报86件。从办结情况看,立案查处52件,移送其他部门21件,其他9件。"
    assert (86, 52, 21, 9) not in sums(tmp_path, text)


# -- C: A:B:C after a breakdown whose whole heads the paragraph above ("分产业看")

def test_a_structure_of_parts_whose_whole_heads_the_paragraph_above(tmp_path) -> None:
    text = ("全年地区生产总值846.5亿元,比上年增长5.2%。分季度看,上半年412.3亿元,下半年434.2亿元。\n"
            "分产业看,第一产业增加值84.6亿元,增长3.1%;第二产业增加值323.7亿元,增长6.0%;"
            "第三产业增加值438.2亿元,增长5.0%。三次产业结构为{a}:38.2:51.8。")
    assert ratios(tmp_path, text.format(a="10.0"))[(84.6, 846.5, 10.0)] == "pass"
    assert ratios(tmp_path, text.format(a="11.0"))[(84.6, 846.5, 11.0)] == "fail"
    # (two paragraphs below its whole, the structure is not read)
    text = ("全年地区生产总值846.5亿元,比上年增长5.2%。\n全年完成固定资产投资312.4亿元。\n"
            "第一产业增加值84.6亿元;第二产业增加值323.7亿元;第三产业增加值438.2亿元。三次产业结构为11.0:38.2:51.8。")
    assert (84.6, 846.5, 11.0) not in ratios(tmp_path, text)


# -- C: 城乡居民收入比 after "分别为A和B"

def test_an_income_ratio_after_a_pair_given_with_fenbie(tmp_path) -> None:
    text = "城镇、农村居民人均可支配收入分别为45,120元和21,360元,分别增长4.8%和6.9%,城乡居民收入比为{r}。"
    assert ratios(tmp_path, text.format(r="2.11"))[(45120, 21360, 2.11)] == "pass"
    assert ratios(tmp_path, text.format(r="2.31"))[(45120, 21360, 2.31)] == "fail"


# -- C: fiscal rates named by meaning (catalog/rates.yaml)

def test_fiscal_self_sufficiency_is_revenue_over_expenditure(tmp_path) -> None:
    text = "一般公共预算收入12.64亿元,增长4.1%;一般公共预算支出40.28亿元,增长7.5%;财政自给率{r}%。"
    assert ratios(tmp_path, text.format(r="31.4"))[(12.64, 40.28, 31.4)] == "pass"
    assert ratios(tmp_path, text.format(r="34.1"))[(12.64, 40.28, 34.1)] == "fail"


def test_tax_share_is_tax_revenue_over_budget_revenue(tmp_path) -> None:
    text = "一般公共预算收入26.50亿元,同比增长2.7%;税收收入19.82亿元,税收占比{r}%。"
    assert ratios(tmp_path, text.format(r="74.8"))[(19.82, 26.5, 74.8)] == "pass"
    assert ratios(tmp_path, text.format(r="78.4"))[(19.82, 26.5, 78.4)] == "fail"


# -- C: the rate of a set counted at the head of the sentence ("N个X中,…M个,…率")

def test_a_rate_of_the_villages_the_sentence_counts(tmp_path) -> None:
    text = "全县286个行政村中,通硬化路的行政村286个,通畅率100%;通客车的行政村271个,通客车率{r}%。"
    assert ratios(tmp_path, text.format(r="94.8"))[(271, 286, 94.8)] == "pass"
    assert ratios(tmp_path, text.format(r="98.4"))[(271, 286, 98.4)] == "fail"


def test_a_growth_breadth_of_the_firms_the_sentence_counts(tmp_path) -> None:
    text = "全市428家规上工业企业中,产值同比增长的263家,增长面{r}%。"
    assert ratios(tmp_path, text.format(r="61.4"))[(263, 428, 61.4)] == "pass"
    assert ratios(tmp_path, text.format(r="64.1"))[(263, 428, 64.1)] == "fail"
    # (达标率 names no words of "新建的" -- what it counts is not printed)
    text = "全县58所中小学中,新建的12所,达标率96.6%。"
    assert (12, 58, 96.6) not in ratios(tmp_path, text)


# -- C: done over a target printed in brackets beside it

def test_a_target_in_brackets_after_what_was_done(tmp_path) -> None:
    text = "城镇新增就业3.18万人(年度目标2.8万人),完成年度目标任务的{r}%。"
    assert ratios(tmp_path, text.format(r="113.6"))[(31800, 28000, 113.6)] == "pass"
    assert ratios(tmp_path, text.format(r="131.6"))[(31800, 28000, 131.6)] == "fail"


# -- C: a level over an earlier year's printed in brackets ("恢复到2019年同期的")

def test_a_level_recovered_to_an_earlier_years_in_brackets(tmp_path) -> None:
    text = "全年接待游客612.5万人次(2019年同期为745.2万人次),恢复到2019年同期的{r}%。"
    assert ratios(tmp_path, text.format(r="82.2"))[(6125000, 7452000, 82.2)] == "pass"
    assert ratios(tmp_path, text.format(r="88.2"))[(6125000, 7452000, 88.2)] == "fail"
    text = "实现旅游总收入48.6亿元,比上年增长21.5%,恢复到2019年(52.3亿元)的{r}%。"
    assert ratios(tmp_path, text.format(r="92.9"))[(48.6, 52.3, 92.9)] == "pass"
    assert ratios(tmp_path, text.format(r="97.2"))[(48.6, 52.3, 97.2)] == "fail"


# -- C and F: a list of shares whose items add up to a far whole, one item broken down by 其中

CENSUS = """青石县第七次全国人口普查公报

青石县第七次全国人口普查领导小组办公室
2021年5月

根据《中华人民共和国统计法》和《全国人口普查条例》,现将2020年11月1日零时青石县人口的基本情况公布如下:

一、常住人口
全县常住人口为286,450人,与2010年相比,十年共增加8,890人,增长3.20%,年平均增长率为0.32%。
二、家庭户人口
全县共有家庭户98,120户,集体户2,306户,家庭户人口为279,100人,集体户人口为7,350人,平均每个家庭户的人口为2.84人,比2010年减少0.38人。
三、性别构成
男性人口为146,210人,占51.04%;女性人口为140,240人,占48.96%。总人口性别比(以女性为100,男性对女性的比例)为104.26。
四、年龄构成
0—14岁人口为45,120人,占15.75%;15—59岁人口为176,330人,占61.56%;60岁及以上人口为65,000人,占22.69%,其中65岁及以上人口为47,800人,占{r}%。
"""


def test_a_share_list_with_a_sub_item_is_of_the_far_whole(tmp_path) -> None:
    got = ratios(tmp_path, CENSUS.format(r="16.69"))
    assert got[(45120, 286450, 15.75)] == "pass"
    assert got[(47800, 286450, 16.69)] == "pass"
    assert sums(tmp_path, CENSUS.format(r="16.69"))[(286450, 45120, 176330, 65000)] == "pass"
    # (16.96 is the share of neither the whole nor the 60岁及以上 item: a slip, read over the whole)
    assert ratios(tmp_path, CENSUS.format(r="16.96"))[(47800, 286450, 16.96)] == "fail"


# -- C: a named rate whose base its bracket prints under the words that open the rate's name

def test_a_rate_over_the_base_its_bracket_names_by_the_rates_own_words(tmp_path) -> None:
    text = "参保人数达到38.62万人,其中职工医保12.40万人、城乡居民医保26.22万人,户籍人口参保率{r}%(户籍人口39.75万人)。"
    assert ratios(tmp_path, text.format(r="97.2"))[(386200, 397500, 97.2)] == "pass"
    assert ratios(tmp_path, text.format(r="92.7"))[(386200, 397500, 92.7)] == "fail"


def test_divorces_over_marriages(tmp_path) -> None:
    text = "全年办理结婚登记2,846对,离婚登记1,102对,离结比为{r}%。"
    assert ratios(tmp_path, text.format(r="38.7"))[(1102, 2846, 38.7)] == "pass"
    assert ratios(tmp_path, text.format(r="36.7"))[(1102, 2846, 36.7)] == "fail"
