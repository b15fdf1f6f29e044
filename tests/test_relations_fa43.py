"""False alarms found on consistent texts written blind to the engine (session 20, helper fa43:
政府信息公开 reports new and old, 统计公报, 专项公报, 月报, 预决算 and 审计 reports). Each rule is a
statement about how Chinese reports state figures, tested on project sentences, each with a variant
whose arithmetic is broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text, failing, rule_messages

checks = rule_messages  # (rule, status, message) of every check


# --- a share whose subject joins two names ("A和B的比例", "A与B所占比例") is of their sum: never
# of the last name alone; a name several figures hold in their words picks out none of them ---

_ANSWERED = "共受理申请236件。其中,同意公开148件,同意部分公开21件,不予公开9件,信息不存在58件。"


def test_a_share_of_two_joined_names_is_of_their_sum(tmp_path) -> None:
    for tail in ("同意公开和部分公开的比例为71.6%。", "同意公开与同意部分公开所占比例为71.6%。",
                 "公开和部分公开占71.6%。", "予以公开和部分公开的比例达71.6%。"):
        assert failing(tmp_path, _ANSWERED + tail) == [], tail
    assert any("169件" in m for m in failing(tmp_path, _ANSWERED + "同意公开和部分公开的比例为75.6%。"))
    assert any("169件" in m for m in failing(tmp_path, _ANSWERED + "同意公开与同意部分公开所占比例为61.6%。"))
    # the sum is found, not only abstained on
    assert ("ratio.share", "pass") in [(r, s) for r, s, _ in checks(tmp_path, _ANSWERED + "同意公开和部分公开的比例为71.6%。")]


def test_joined_names_of_other_reports(tmp_path) -> None:
    for text in ("审结行政复议案件84件,其中维持52件,驳回11件,撤销9件,确认违法5件,终止7件。维持和驳回的比例为75.0%。",
                 "全年接待群众来访1,250人次,其中初访860人次,重复访390人次。初访和重复访所占比例分别为68.8%和31.2%。",
                 "共办理法律援助案件640件,其中民事案件402件,刑事案件198件,行政案件40件。民事与行政案件的比例为69.1%。"):
        assert failing(tmp_path, text) == [], text
    assert failing(tmp_path, "审结行政复议案件84件,其中维持52件,驳回11件,撤销9件,确认违法5件,终止7件。维持和驳回的比例为70.0%。")


# --- a change printed right after a rate (per N, or a figure named …率) is that rate's: a count
# earlier in the sentence moves apart from it ---

def test_a_change_after_a_rate_is_the_rates(tmp_path) -> None:
    for text in ("全年报告法定传染病死亡214人,发病率247.1/10万,比上年下降8.3%。",
                 "全年发生道路交通事故死亡214人,万车死亡率1.87,比上年下降8.3%。",
                 "报告乙类传染病死亡214人,发病率为每10万人247.1例,比上年下降8.3%。"):
        assert failing(tmp_path, text) == [], text
    # the count's own change still fails (no whole previous count gives 8.3%)
    assert failing(tmp_path, "全年发生道路交通事故死亡214人,比上年下降8.3%。")
    assert failing(tmp_path, "全年发生道路交通事故死亡214人,万车死亡率1.87,死亡人数比上年下降8.3%。")


# --- a population named by its kind (户籍/常住) is never a figure named as the other kind, and a
# figure may be named in brackets right after it ("6,635人(户籍人口)") ---

_TOWN = "全镇共1,877户6,635人(户籍人口),镇域常住人口6,102人。"


def test_a_base_of_one_kind_of_population_is_not_the_other(tmp_path) -> None:
    for text in (_TOWN + "60周岁以上户籍老年人1,487人,占户籍人口的22.4%。",
                 _TOWN + "镇卫生院有执业医师17人,每千户籍人口执业医师2.56人。",
                 "全镇常住人口6,102人。60周岁以上户籍老年人1,487人,占户籍人口的22.4%。"):
        assert failing(tmp_path, text) == [], text
    found = checks(tmp_path, _TOWN + "镇卫生院有执业医师17人,每千户籍人口执业医师2.56人。")
    assert any(r == "ratio.per_capita" and s == "pass" and "6,635" in m for r, s, m in found)
    assert any("6,635" in m for m in failing(tmp_path, _TOWN + "镇卫生院有执业医师17人,每千户籍人口执业医师2.86人。"))
    # named plainly, each kind is its own base, and a wrong share of it still fails
    plain = "全镇户籍人口6,635人,常住人口6,102人。60周岁以上老年人1,487人,"
    assert failing(tmp_path, plain + "占户籍人口的22.4%。") == []
    assert failing(tmp_path, plain + "占常住人口的22.4%。")


# --- a 决算 table's two-sided 收支总表: under a 总计 row, the "本年收入合计" row is a subtotal of its
# items, and the 总计 adds it to the rows after it (年初结转和结余) ---

_ACCOUNT = """表1 收入支出决算总表

| 收入项目 | 决算数 | 支出项目 | 决算数 |
|---|---|---|---|
| 一、一般公共预算财政拨款收入 | 48,362.47 | 一、教育支出 | 46,825.19 |
| 二、政府性基金预算财政拨款收入 | 1,250.00 | 二、社会保障和就业支出 | 3,982.46 |
| 三、事业收入 | 3,418.26 | 三、卫生健康支出 | 1,036.58 |
| 四、其他收入 | 186.53 | 四、住房保障支出 | 1,864.27 |
| 本年收入合计 | 53,217.26 | 本年支出合计 | 53,708.50 |
| 用事业基金弥补收支差额 | 0.00 | 结余分配 | 0.00 |
| 年初结转和结余 | 2,146.38 | 年末结转和结余 | 1,655.14 |
| 总计 | 55,363.64 | 总计 | 55,363.64 |
"""


def _md_checks(tmp_path, text: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.status, c.message_zh) for c in audit_text(tmp_path, text, ".md")]


def test_a_block_total_under_a_grand_total_is_a_subtotal(tmp_path) -> None:
    found = _md_checks(tmp_path, _ACCOUNT)
    assert [m for _, s, m in found if s == "fail"] == []
    passed = [m for r, s, m in found if r == "sum.table_total" and s == "pass"]
    assert any(m.startswith("决算数 55,363.64") and "53,217.26" in m and "2,146.38" in m for m in passed)
    assert any("53,217.26 =" in m and "186.53" in m for m in passed)
    # a slip in an item still fails its block's 合计
    assert [m for _, s, m in _md_checks(tmp_path, _ACCOUNT.replace("186.53", "196.53")) if s == "fail"]


# --- a prose figure named by a qualifier before the table's measure ("三项基本养老保险基金总收入" under a
# column 基金收入 of five insurances) is a kind, not the total row: the qualifier may share the measure's
# first character (基本 / 基金) ---

_FUNDS = """| 险种 | 年末参保人数(万人) | 基金收入(亿元) | 基金支出(亿元) |
|---|---|---|---|
| 企业职工基本养老保险 | 186.42 | 412.36 | 398.74 |
| 机关事业单位养老保险 | 21.87 | 86.52 | 84.19 |
| 城乡居民基本养老保险 | 236.15 | 38.64 | 31.27 |
| 失业保险 | 118.63 | 12.38 | 10.96 |
| 工伤保险 | 142.76 | 9.86 | 8.43 |
| 合计 | — | 559.76 | 533.59 |
"""


def test_a_qualified_prose_figure_is_no_total_row(tmp_path) -> None:
    for tail in ("全年三项基本养老保险基金总收入537.52亿元,总支出514.20亿元。",
                 "全年基本医疗保险基金收入186.30亿元。"):
        assert [m for _, s, m in _md_checks(tmp_path, _FUNDS + "\n" + tail) if s == "fail"] == [], tail
    assert [m for _, s, m in _md_checks(tmp_path, _FUNDS + "\n全年基金收入合计549.76亿元。") if s == "fail"]


# --- an aside in brackets inside a name ("具有大学(指大专以上)文化程度的人口") parts its words: the
# per-N rate's numerator is the figure its words name, not another kind sharing more characters ---

_SCHOOLING = ("全市常住人口为4,625,318人。全市常住人口中,具有大学(指大专以上)文化程度的人口为386,214人;"
              "具有高中(含中专)文化程度的人口为712,468人;具有小学文化程度的人口为1,128,736人。"
              "同2000年相比,每10万人中具有大学文化程度的由4,126人上升为{}人。")


def test_a_bracketed_aside_parts_a_numerators_name(tmp_path) -> None:
    found = checks(tmp_path, _SCHOOLING.format("8,350"))
    assert [m for _, s, m in found if s == "fail"] == []
    assert any(r == "ratio.per_capita" and s == "pass" and "386,214" in m for r, s, m in found)
    assert any("386,214" in m for m in failing(tmp_path, _SCHOOLING.format("8,530")))
    # a name whose brackets are its own words still finds its figure
    text = "年末常住人口500.12万人。全市执业(助理)医师14,536人,每千人口执业(助理)医师{}人。"
    assert failing(tmp_path, text.format("2.91")) == []
    assert failing(tmp_path, text.format("2.71"))


# --- a median (中位数) is a statistic of its own: a share "占可支配收入的" is of the mean, never of the
# median printed nearer ---

def test_a_median_is_no_base_of_a_share(tmp_path) -> None:
    head = "全市居民人均可支配收入42,316元。"
    tail = "全市居民人均可支配收入中位数37,128元,增长5.1%。全市居民人均工资性收入24,835元,占可支配收入的比重为{}%。"
    assert failing(tmp_path, head + tail.format("58.7")) == []
    assert failing(tmp_path, "全市居民人均可支配收入中位数37,128元,增长5.1%。从收入来源看,人均工资性收入24,835元,"
                             "占可支配收入的比重为58.7%。") == []
    # the mean named plainly is still the base, and a wrong share of it fails
    assert any("42,316" in m for m in failing(tmp_path, head + "全市居民人均工资性收入24,835元,占可支配收入的比重为56.7%。"))


# --- kinds that exclude each other (户籍/常住, 城镇/农村, 出口/进口…): a base named by one is never a
# figure named by another ---

def test_a_base_of_one_kind_is_not_a_figure_of_another(tmp_path) -> None:
    for text in ("全县城镇居民人均可支配收入31,274元,农村居民人均可支配收入14,318元。农村居民人均食品支出4,236元,"
                 "占城镇居民人均可支配收入的13.5%。",
                 "全年进出口总额486.2亿元,其中出口312.4亿元。机电产品进口118.6亿元,占进口额的68.2%。"):
        assert [m for m in failing(tmp_path, text) if "14,318" not in m and "312.4" not in m] == [], text
        assert not any("14,318" in m or "312.4" in m for m in failing(tmp_path, text)), text


# --- a rate per 100 yuan ("每百元营业收入中的成本84.36元") is over the sum of money its words name: no
# other figure in yuan (人均地区生产总值, "产值超亿元企业") is its base ---

def test_a_rate_per_hundred_yuan_needs_the_sum_its_words_name(tmp_path) -> None:
    for text in ("人均地区生产总值62,384元。全市规模以上工业企业1,846家,其中产值超亿元企业612家。规模以上工业企业"
                 "每百元营业收入中的成本为84.36元,比上年减少0.42元。全年一般公共预算收入286.34亿元。",
                 "农村居民人均可支配收入16,284元,每百元收入中用于食品的支出为29.6元。"):
        assert failing(tmp_path, text) == [], text


def test_a_rate_named_for_one_kind_is_not_of_anothers_figures(tmp_path) -> None:
    people = "年末全市户籍人口612.4万人,常住人口568.2万人,其中城镇常住人口352.6万人,"
    assert failing(tmp_path, people + "常住人口城镇化率62.1%,户籍人口城镇化率48.6%。") == []
    assert failing(tmp_path, people + "户籍人口城镇化率48.6%。") == []
    assert any("352.6" in m for m in failing(tmp_path, people + "常住人口城镇化率64.1%。"))


# --- 政府公报 is a channel of publication: a list of channels may count one item twice ---

def test_the_government_gazette_is_a_channel(tmp_path) -> None:
    for text in ("全年主动公开政府信息3,126条,其中通过政府网站公开3,126条,通过政府公报公开216条。",
                 "全年主动公开信息1,860条,其中通过门户网站发布1,702条,通过《市人民政府公报》刊登158条,"
                 "通过政务微信推送1,214条。"):
        assert failing(tmp_path, text) == [], text
    found = checks(tmp_path, "全年主动公开信息1,860条,其中通过门户网站发布1,702条,通过政府公报刊登158条。")
    assert ("sum.breakdown", "pass") in [(r, s) for r, s, _ in found]


# --- what is left over (剩余/结余) is no part of an amount used: it is the rest of the sum the use
# was out of ---

def test_a_left_over_is_no_part_of_what_was_used(tmp_path) -> None:
    for text in ("本级预备费年初预算2,000万元,实际支出1,620万元,其中应急救灾860万元、疫情防控540万元,"
                 "剩余380万元转入预算稳定调节基金。",
                 "下达补助资金4,800万元,已使用3,950万元,其中用于校舍维修2,100万元、设备购置1,200万元,"
                 "结余850万元结转下年。"):
        assert failing(tmp_path, text) == [], text
    # under the sum the use was out of, the left-over is a part, and a wrong one fails
    assert failing(tmp_path, "安排专项资金2,000万元,其中已拨付1,620万元,剩余380万元。") == []
    assert failing(tmp_path, "安排专项资金2,000万元,其中已拨付1,620万元,剩余390万元。")


# --- figures named by the same words alone in parallel clauses ("养老机构…床位23.6万张;社区养老服务设施…
# 床位8.4万张") may make up what a per-N rate counts together: their sum is a reading ---

_BEDS = ("年末全省共有养老机构1,862个,床位23.6万张;社区养老服务设施9,426个,床位8.4万张。"
         "每千名老年人拥有养老床位{}张。全省60岁及以上老年人口1,000.2万人。")


def test_figures_named_alike_may_add_up_to_a_rates_numerator(tmp_path) -> None:
    found = checks(tmp_path, _BEDS.format("32.0"))
    assert [m for _, s, m in found if s == "fail"] == []
    assert any(r == "ratio.per_capita" and s == "pass" for r, s, _ in found)
    assert failing(tmp_path, _BEDS.format("35.0"))
