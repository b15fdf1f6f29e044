"""Phrasings the engine was not tuned on (issue 15, session 14): measures printed in 亿 kept in the
unit printed, and tables of two years whose change column holds percents, falls and points.

Every text is written for the project: passing, failing (a planted error) and consistent variants,
and traps that must not be checked."""

from __future__ import annotations

import pytest

import toolkit
from tests.test_relations_list_phrasings import checks


def _audit(tmp_path, text: str, name: str = "r.txt"):
    p = tmp_path / name
    p.write_text(text + "\n", encoding="utf-8")
    return toolkit.audit(p)


# -- a measure printed in 亿 is an amount in that unit ------------------------------------------

@pytest.mark.parametrize("unit", ["亿立方米", "亿千瓦时", "亿吨", "亿平方米"])
def test_a_measure_in_yi_keeps_its_printed_unit(tmp_path, unit) -> None:
    # like 亿元: "23.75亿立方米" is 23.75 of 亿立方米 (rounded to its last digit), not 2,375,000,000
    found = _audit(tmp_path, f"全年完成总量23.75{unit},比上年增长4.2%。")
    q = next(q for q in found.quantities if q["unit"] != "%")
    assert (q["value"], q["unit"]) == (23.75, unit)
    assert {(c.operands["current"], c.status) for c in found.checks if c.kind == "change"} == {(23.75, "pass")}


@pytest.mark.parametrize("pct, status", [("6.1", "pass"), ("8.2", "fail")])
def test_a_change_of_a_measure_in_yi_with_its_delta(tmp_path, pct, status) -> None:
    # last year 172.40 - 9.91 = 162.49; 9.91 / 162.49 = 6.10%
    found = _audit(tmp_path, f"全市全社会用电量172.40亿千瓦时,比上年增加9.91亿千瓦时,增长{pct}%。")
    changes = [(c.operands["current"], c.status) for c in found.checks if c.kind == "change"]
    assert changes == [(172.4, status)]
    assert "亿千瓦时" in next(c.message_zh for c in found.checks if c.kind == "change")


def test_a_measure_in_wan_is_still_multiplied_out(tmp_path) -> None:
    found = _audit(tmp_path, "新增绿化面积12.6万平方米,同比增长5.0%。")
    q = next(q for q in found.quantities if q["unit"] != "%")
    assert (q["value"], q["unit"]) == (126000, "平方米")


def test_parts_of_a_measure_in_yi_add_up_in_that_unit(tmp_path) -> None:
    text = "全年供水总量2.46亿立方米,其中居民生活用水0.97亿立方米,工业用水1.49亿立方米。"
    sums = {(o["total"], *o["parts"]): st for st, _, o in checks(tmp_path, text, "sum")}
    assert sums == {(2.46, 0.97, 1.49): "pass"}
    bad = {(o["total"], *o["parts"]): st for st, _, o in checks(tmp_path, text.replace("1.49", "1.94"), "sum")}
    assert bad == {(2.46, 0.97, 1.94): "fail"}


# -- a table of two years with a change column -----------------------------------------------

_TABLE = """<html><body><p>二、主要指标对比</p>
<table border="1">
<tr><th>指标</th><th>2024年</th><th>2023年</th><th>同比增减</th></tr>
{rows}
</table></body></html>"""


def _table_checks(tmp_path, rows: str) -> dict[tuple, str]:
    found = _audit(tmp_path, _TABLE.format(rows=rows), "t.html")
    out = {}
    for c in found.checks:
        o = c.operands
        if c.kind == "change":
            out[("change", o["current"], o["percent"])] = c.status
        elif c.rule == "sum.points":
            out[("points", o["total"], *o["parts"])] = c.status
    return out


@pytest.mark.parametrize("cell, status", [("10.1%", "pass"), ("12.1%", "fail")])
def test_a_count_row_changes_by_the_printed_percent(tmp_path, cell, status) -> None:
    # 36,420 / 33,076 - 1 = 10.11%
    found = _table_checks(tmp_path, f"<tr><td>受理事项（件）</td><td>36,420</td><td>33,076</td><td>{cell}</td></tr>"
                                    "<tr><td>办结事项（件）</td><td>36,180</td><td>32,950</td><td>9.8%</td></tr>")
    assert found[("change", 36420, float(cell[:-1]))] == status
    assert found[("change", 36180, 9.8)] == "pass"  # 9.80%


@pytest.mark.parametrize("cell, status", [("-18.4%", "pass"), ("-16.4%", "fail")])
def test_a_row_of_averages_falls_by_the_printed_percent(tmp_path, cell, status) -> None:
    # 3.1 / 3.8 - 1 = -18.42%: an average's change in percent is a plain change
    found = _table_checks(tmp_path, f"<tr><td>平均办理时限（工作日）</td><td>3.1</td><td>3.8</td><td>{cell}</td></tr>"
                                    "<tr><td>受理事项（件）</td><td>36,420</td><td>33,076</td><td>10.1%</td></tr>")
    assert found[("change", 3.1, float(cell[:-1]))] == status


@pytest.mark.parametrize("cell, status", [("4.4个百分点", "pass"), ("4.9个百分点", "fail")])
def test_a_rate_row_rises_by_the_points_printed(tmp_path, cell, status) -> None:
    found = _table_checks(tmp_path, f"<tr><td>网上办理率（%）</td><td>92.3</td><td>87.9</td><td>{cell}</td></tr>"
                                    "<tr><td>受理事项（件）</td><td>36,420</td><td>33,076</td><td>10.1%</td></tr>")
    assert found[("points", 92.3, 87.9, float(cell[:3]))] == status


@pytest.mark.parametrize("cell, status", [("-0.7个百分点", "pass"), ("-1.7个百分点", "fail")])
def test_a_rate_row_falls_by_the_points_printed(tmp_path, cell, status) -> None:
    # a fall: last year's rate is this year's plus the points
    found = _table_checks(tmp_path, f"<tr><td>群众满意率（%）</td><td>97.4</td><td>98.1</td><td>{cell}</td></tr>"
                                    "<tr><td>受理事项（件）</td><td>36,420</td><td>33,076</td><td>10.1%</td></tr>")
    assert found[("points", 98.1, 97.4, float(cell[1:4]))] == status


@pytest.mark.parametrize("head, status", [("地区生产总值（亿元）", None), ("规上工业增加值（亿元）", None),
                                          ("固定资产投资（亿元）", "unverifiable"), ("居民消费价格指数", None),
                                          ("群众满意度（分）", None)])
def test_rows_whose_growth_is_not_the_plain_change_are_not_checked(tmp_path, head, status) -> None:
    # growth of a value added is at comparable prices, of an investment on a comparable basis, an
    # index or a score changes in points: the two figures printed need not give the percent (an
    # amount's change is read over them, but cannot fail: tab22, tests/test_tables_tab22.py)
    found = _table_checks(tmp_path, f"<tr><td>{head}</td><td>412.6</td><td>389.4</td><td>4.9%</td></tr>"
                                    "<tr><td>受理事项（件）</td><td>36,420</td><td>33,076</td><td>10.1%</td></tr>")
    assert [v for k, v in found.items() if k[1] == 412.6] == ([status] if status else [])
    assert found[("change", 36420, 10.1)] == "pass"



# -- change verbs: 提升, 下跌, and 缩短 / 压减 of a duration -------------------------------------------

@pytest.mark.parametrize("text, current, pct", [
    ("全年受理群众诉求12,480件,同比提升8.7%。", 12480, 8.7),
    ("全年审批事项平均办理时限3.6个工作日,同比缩短18.2%。", 3.6, -18.2),
    ("平均用时由上年的5.5天压减至4.2天,同比压减23.6%。", 4.2, -23.6),
    ("全年受理投诉举报3,126件,比上年下跌6.5%。", 3126, -6.5),
])
def test_more_verbs_of_a_rise_and_a_fall_state_a_change(tmp_path, text, current, pct) -> None:
    found = {(o["current"], o["percent"]): st for st, _, o in checks(tmp_path, text, "change")}
    assert found.get((current, pct)) == "pass"


def test_a_duration_cut_with_both_years_printed_is_checked(tmp_path) -> None:
    # 3.1 / 3.8 - 1 = -18.42%
    ok = "平均办结时限3.1个工作日,比上年的3.8个工作日缩短18.4%。"
    assert {o["percent"]: st for st, _, o in checks(tmp_path, ok, "change")} == {-18.4: "pass"}
    bad = {o["percent"]: st for st, _, o in checks(tmp_path, ok.replace("18.4", "14.8"), "change")}
    assert bad == {-14.8: "fail"}


# -- 中 ending a word is no "among" (其中集中…) -------------------------------------------------------

@pytest.mark.parametrize("pct, status", [("23.6", "pass"), ("32.6", "fail")])
def test_a_rate_of_a_part_named_with_zhong_is_over_its_own_whole(tmp_path, pct, status) -> None:
    # "其中集中供养…" names no set "其中集": the rate is over the 1,530 of its own sentence (361/1,530 = 23.59%)
    text = ("年末全区城乡低保对象9,826人,其中城市低保1,904人、农村低保7,922人。"
            f"全区特困人员1,530人,其中集中供养361人,分散供养1,169人,集中供养率{pct}%。")
    found = {(o["numerator"], o["denominator"]): st for st, _, o in checks(tmp_path, text, "ratio")}
    assert found == {(361, 1530): status}


# -- channels of publication overlap ----------------------------------------------------------------

@pytest.mark.parametrize("channels", [("通过区政府门户网站公开", "通过政务微信公众号公开"),
                                      ("在门户网站发布", "在政务新媒体发布"),
                                      ("通过镇政务公开栏公开", "通过县政府网站公开")])
def test_parts_published_through_channels_are_bounds(tmp_path, channels) -> None:
    # one item is often published on several channels: 212 + 175 > 298 is no error
    a, b = channels
    found = checks(tmp_path, f"全年主动公开政府信息298条,其中{a}212条,{b}175条。")
    assert {c[1] for c in found} == {"bound.part"} and all(c[0] == "pass" for c in found)
    over = checks(tmp_path, f"全年主动公开政府信息298条,其中{a}312条,{b}175条。")
    assert ("fail", "bound.part") in {(c[0], c[1]) for c in over}  # still at most the whole


def test_ways_of_closing_a_case_are_no_channels(tmp_path) -> None:
    # 调解 and 判决 are exclusive ways of closing: the parts must add up
    found = {(o["total"], *o["parts"]): st for st, _, o in
             checks(tmp_path, "全年审结案件298件,其中通过调解结案212件,通过判决结案96件。", "sum")}
    assert found == {(298, 212, 96): "fail"}


# -- work left for next year is no stage ---------------------------------------------------------

def test_work_carried_into_next_year_bounds_no_outcome(tmp_path) -> None:
    text = ("本年度共收到政府信息公开申请14件,办结13件,结转下年度办理1件。"
            "办结的申请中,予以公开6件,部分公开2件,无法提供4件,不予处理1件。")
    found = checks(tmp_path, text)
    assert not [c for c in found if c[0] == "fail"]
    assert not [c for c in found if c[1] == "bound.stage" and c[2]["larger"] == 1]


# -- a table whose "其中:" rows open several breakdowns of one total -----------------------------

_POPULATION = """<html><body><p>表1　年末常住人口及其构成</p>
<table border="1">
<tr><th>指标</th><th>年末数（万人）</th><th>比重（%）</th></tr>
<tr><td>常住人口</td><td>286.40</td><td>100.0</td></tr>
<tr><td>其中：城镇</td><td>181.52</td><td>63.4</td></tr>
<tr><td>乡村</td><td>{rural}</td><td>36.6</td></tr>
<tr><td>其中：男性</td><td>146.23</td><td>51.1</td></tr>
<tr><td>女性</td><td>140.17</td><td>48.9</td></tr>
<tr><td>其中：0-15岁（含不满16周岁）</td><td>47.25</td><td>16.5</td></tr>
<tr><td>16-59岁（含不满60周岁）</td><td>177.90</td><td>62.1</td></tr>
<tr><td>60周岁及以上</td><td>61.25</td><td>21.4</td></tr>
<tr><td>其中：65周岁及以上</td><td>43.88</td><td>15.3</td></tr>
</table>
<p>年末全市常住人口286.40万人,比上年末增加1.26万人。</p></body></html>"""


def test_each_breakdown_of_a_population_table_adds_up_on_its_own(tmp_path) -> None:
    found = _audit(tmp_path, _POPULATION.format(rural="104.88"), "p.html")
    sums = {tuple(c.operands["parts"]): c.status for c in found.checks if c.rule == "sum.table_group"}
    assert sums == {(181.52, 104.88): "pass", (146.23, 140.17): "pass", (47.25, 177.9, 61.25): "pass"}
    assert not [c for c in found.checks if c.status == "fail"]
    # the bare numbers in the rows' names (the 16 of 16-59岁, 65周岁) are no figures
    assert not [q for q in found.quantities if q["value"] in (16, 60, 65) and not q["unit"]]
    # the prose restates the total, which the header prints in 万人
    assert [c.status for c in found.checks if c.rule == "equal.restated_table"] == ["pass"]


def test_a_misprinted_row_fails_its_own_breakdown_only(tmp_path) -> None:
    found = _audit(tmp_path, _POPULATION.format(rural="140.88"), "p.html")
    failed = [(c.rule, tuple(c.operands.get("parts", []))) for c in found.checks if c.status == "fail"]
    assert ("sum.table_group", (181.52, 140.88)) in failed
    assert not [f for f in failed if f[0] == "sum.table_group" and f[1] != (181.52, 140.88)]


def test_a_qizhong_row_under_an_item_leaves_the_list_whole(tmp_path) -> None:
    # "其中:" under one item (a part of it): the items without it add up to the total
    table = ("<html><body><table border=\"1\"><tr><th>类别</th><th>件数（件）</th><th>占比（%）</th></tr>"
             "<tr><td>合计</td><td>420</td><td>100.0</td></tr><tr><td>投诉</td><td>260</td><td>61.9</td></tr>"
             "<tr><td>其中：物业</td><td>95</td><td>22.6</td></tr><tr><td>咨询</td><td>160</td><td>38.1</td></tr>"
             "</table></body></html>")
    found = _audit(tmp_path, table, "q.html")
    assert not [c for c in found.checks if c.status == "fail"]


# -- figures of another time or scope are no operands -----------------------------------------

def test_a_per_capita_rate_is_never_over_last_years_level(tmp_path) -> None:
    text = ("2023年,热线受理群众诉求由2022年的152.30万件增加到168.45万件,增长10.6%。"
            "全市常住人口398.2万人,每万人诉求量4,230件。")
    found = checks(tmp_path, text, "ratio")
    assert not [c for c in found if c[2]["numerator"] == 1523000]


@pytest.mark.parametrize("pct, status", [("104.0", "pass"), ("110.0", "fail")])
def test_a_target_after_a_list_is_of_the_lists_whole(tmp_path, pct, status) -> None:
    # 10.4 / 10.0 = 104.0%; the last item (2.9) is only the other reading
    text = f"全年完成造林10.4万亩,其中人工造林3.6万亩、封山育林3.9万亩、退化林修复2.9万亩,完成年度计划10.0万亩的{pct}%。"
    found = {(o["numerator"], o["denominator"], o["percent"]): st for st, r, o in checks(tmp_path, text, "ratio")
             if r == "ratio.target"}
    assert found == {(104000, 100000, float(pct)): status}


def test_a_table_of_a_selected_scope_does_not_restate_the_whole(tmp_path) -> None:
    text = ("<html><body><p>全市社会消费品零售总额512.6亿元,同比增长6.1%。限额以上单位主要商品零售情况如下:</p>"
            "<table border=\"1\"><tr><th>商品类别</th><th>零售额（亿元）</th><th>增长（%）</th></tr>"
            "<tr><td>粮油食品类</td><td>48.2</td><td>5.2</td></tr><tr><td>汽车类</td><td>71.5</td><td>3.9</td></tr>"
            "<tr><td>合计</td><td>119.7</td><td>4.4</td></tr></table></body></html>")
    found = _audit(tmp_path, text, "s.html")
    assert not [c for c in found.checks if c.kind == "equal"]
    assert not [c for c in found.checks if c.status == "fail"]


# -- changes over another base are no yearly changes ----------------------------------------------

@pytest.mark.parametrize("text", [
    "全区户籍人口52.6万人,年均增长1.2%。",
    "全县招商引资到位资金86.4亿元,累计增长35.2%。",
    "全年新登记经营主体8,640户,办理时限压缩率达到58%。",
])
def test_changes_over_another_base_are_not_yearly_changes(tmp_path, text) -> None:
    assert not checks(tmp_path, text, "change")


# -- a budget is a target ----------------------------------------------------------------------

@pytest.mark.parametrize("text, ratio", [
    ("区本级一般公共预算收入52.36亿元,完成调整预算51.00亿元的102.7%。", (52.36, 51.0, 102.7)),
    ("全县一般公共预算支出74.18亿元,为年初预算76.40亿元的97.1%。", (74.18, 76.4, 97.1)),
])
def test_a_level_over_its_budget_is_a_target_ratio(tmp_path, text, ratio) -> None:
    found = {(o["numerator"], o["denominator"], o["percent"]): st for st, _, o in checks(tmp_path, text, "ratio")}
    assert found == {ratio: "pass"}
    pct = ratio[2]
    bad = text.replace(f"{pct}%", f"{pct + 3:.1f}%")
    assert {st for st, _, o in checks(tmp_path, bad, "ratio")} == {"fail"}


def test_a_budget_category_far_away_is_no_budget(tmp_path) -> None:
    # 一般公共预算支出 is a figure of the budget's accounts, not the budget 收入 was completed against
    text = "全县一般公共预算支出61.45亿元。全县一般公共预算收入33.70亿元,完成预算的103.2%。"
    assert not [c for c in checks(tmp_path, text, "ratio") if c[0] == "fail"]


def test_a_count_printed_in_yi_keeps_its_unit(tmp_path) -> None:
    found = _audit(tmp_path, "全年开具电子发票2.35亿份,其中数电发票1.64亿份,占69.8%。")
    ratios = {(c.operands["numerator"], c.operands["denominator"]): c.status for c in found.checks if c.kind == "ratio"}
    assert ratios == {(1.64, 2.35): "pass"}


# -- a table printing its total last: "其中:" rows break the item above down ----------------------

_COMPLAINTS = """<html><body><table border="1">
<tr><th>类别</th><th>件数（万件）</th><th>占投诉总量（%）</th></tr>
<tr><td>商品类</td><td>1.64</td><td>53.6</td></tr>
<tr><td>其中：食品</td><td>0.45</td><td>14.7</td></tr>
<tr><td>家用电器</td><td>0.27</td><td>8.8</td></tr>
<tr><td>服务类</td><td>{service}</td><td>46.4</td></tr>
<tr><td>其中：预付式消费</td><td>0.39</td><td>12.7</td></tr>
<tr><td>教育培训</td><td>0.21</td><td>6.9</td></tr>
<tr><td>合计</td><td>3.06</td><td>100.0</td></tr>
</table></body></html>"""


def test_a_breakdown_may_run_over_the_rows_after_its_qizhong_row(tmp_path) -> None:
    # 家用电器 goes on 食品's breakdown, 教育培训 预付式消费's: the items are 商品类 and 服务类
    found = _audit(tmp_path, _COMPLAINTS.format(service="1.42"), "c.html")
    assert not [c for c in found.checks if c.status == "fail"]
    sums = [c for c in found.checks if c.kind == "sum" and c.operands["total"] == 3.06]
    assert sums and all(c.status == "pass" for c in sums)


def test_a_misprinted_item_fails_every_reading_of_the_nested_table(tmp_path) -> None:
    found = _audit(tmp_path, _COMPLAINTS.format(service="1.52"), "c.html")
    assert [c.status for c in found.checks if c.kind == "sum" and c.operands["total"] == 3.06] == ["fail"]


# -- figures of two measures at once, rates over either ---------------------------------------

@pytest.mark.parametrize("refused, status", [("168件271人", "pass"), ("168件266人", "fail")])
def test_a_rate_over_figures_of_two_measures_may_be_over_people(tmp_path, refused, status) -> None:
    # 不捕率 is printed over people here: 271 / 834 = 32.49%; over cases 168 / 615 = 27.3%
    text = f"全年受理审查逮捕案件615件834人,批准逮捕447件563人,不批准逮捕{refused},不捕率32.5%。"
    found = [(st, o) for st, r, o in checks(tmp_path, text, "ratio") if r != "ratio.full"]
    assert [st for st, _ in found] == [status]


# -- a per-N rate counts what came in, not a later stage of it ------------------------------------

def test_a_rate_per_n_of_complaints_is_not_of_those_closed(tmp_path) -> None:
    text = ("第一季度全市受理投诉3.18万件,举报1.02万件。办结投诉3.09万件,按时办结率99.2%。"
            "全市每万人消费投诉量为29.9件(常住人口1,063万人)。")
    found = {(o["numerator"], o["denominator"]): st for st, r, o in checks(tmp_path, text, "ratio") if r == "ratio.per_capita"}
    assert found == {(31800, 10630000): "pass"}


# -- a 其中 part's bare share after its whole's bare share ----------------------------------------

@pytest.mark.parametrize("pct, status", [("19.3", "pass"), ("25.3", "fail")])
def test_a_nested_part_may_share_the_base_of_its_wholes_share(tmp_path, pct, status) -> None:
    # 统计公报: "60岁及以上…占27.6%,其中65岁及以上…占19.3%" -- both of the 总人口 (39.12 / 202.7 = 19.30%)
    text = ("年末全市户籍总人口202.70万人。按年龄分,0-15岁人口24.10万人,占11.9%;16-59岁人口122.66万人,占60.5%;"
            f"60岁及以上人口55.94万人,占27.6%,其中65岁及以上人口39.12万人,占{pct}%。")
    found = {(o["numerator"], st) for st, _, o in checks(tmp_path, text, "ratio") if o["numerator"] == 391200}
    assert found == {(391200, status)}


# -- a table row of several columns restated in prose -------------------------------------------

def test_prose_may_restate_any_column_of_a_budget_row(tmp_path) -> None:
    text = ("<html><body><p>全区一般公共预算收入91.36亿元,为预算的102.5%。</p><table border=\"1\">"
            "<tr><th>项目</th><th>预算数（亿元）</th><th>执行数（亿元）</th><th>完成预算%</th></tr>"
            "<tr><td>一般公共预算收入</td><td>89.10</td><td>91.36</td><td>102.5</td></tr></table></body></html>")
    found = _audit(tmp_path, text, "b.html")
    assert not [c for c in found.checks if c.status == "fail"]
    bad = _audit(tmp_path, text.replace("收入91.36亿元", "收入93.16亿元"), "b.html")
    assert [c.rule for c in bad.checks if c.status == "fail" and c.kind == "equal"]


# -- rounded figures that give the printed rate as printed ------------------------------------

@pytest.mark.parametrize("unit", ["亿立方米", "亿元"])
def test_a_share_of_rounded_amounts_that_matches_as_printed_passes(tmp_path, unit) -> None:
    # 1.2 / 3.3 = 36.36%: the figures are rounded to 0.1亿, but as printed they give the rate printed
    text = f"全年用水总量3.3{unit},其中地下水1.2{unit},占36.4%。"
    assert {st for st, r, _ in checks(tmp_path, text, "ratio")} == {"pass"}
    # a rate the printed figures miss, but figures in their rounding could give: no accusation
    wide = f"全年用水总量3.3{unit},其中地下水1.2{unit},占37.5%。"
    assert {st for st, r, _ in checks(tmp_path, wide, "ratio")} == {"unverifiable"}


def test_a_rate_per_area_is_of_the_whole_not_of_a_kind_listed(tmp_path) -> None:
    # 3,862.4 / 2,912.8 x 100 = 132.6; the 农村公路 listed under 其中 is one kind of road
    text = ("全县国土面积2,912.8平方公里。年末全县公路总里程3,862.4公里,其中高速公路186.3公里、"
            "国省干线612.7公里、农村公路3,063.4公里,每百平方公里公路密度132.6公里。")
    found = {(o["numerator"], o["denominator"]): st for st, r, o in checks(tmp_path, text, "ratio") if r == "ratio.per_capita"}
    assert found == {(3862.4, 2912.8): "pass"}


# -- a report naming its year compares with the year before ----------------------------------

@pytest.mark.parametrize("text, changes", [
    ("2019年全区小学、初中招生分别为7,214人和6,835人,分别增长2.6%和4.1%。", {(7214, 2.6), (6835, 4.1)}),
    ("2024年全县总诊疗人次186.54万人次,出院人数5.31万人,分别增长3.7%和2.2%。", {(1865400, 3.7), (53100, 2.2)}),
    ("2023年全县普通高中招生3,126人,增长6.8%。", {(3126, 6.8)}),
])
def test_a_bare_change_in_a_report_naming_its_year_is_over_the_year_before(tmp_path, text, changes) -> None:
    # statistical releases print 比上年 once, if at all: a report naming its year compares with the last
    found = {(o["current"], o["percent"]): st for st, _, o in checks(tmp_path, text, "change")}
    assert found == {k: "pass" for k in changes}
    assert not checks(tmp_path, text.split("年", 1)[1], "change")  # (no year, no comparison: nothing)


# -- ratios printed as A to 1 with the 1 unprinted, and as 1 to B ----------------------------------

@pytest.mark.parametrize("ratio, status", [("2.04", "pass"), ("2.40", "fail")])
def test_a_ratio_printed_without_its_one_is_a_to_one(tmp_path, ratio, status) -> None:
    # 36,582 / 17,945 = 2.04
    text = f"城镇居民人均可支配收入36,582元,农村居民人均可支配收入17,945元,城乡居民收入比为{ratio}。"
    found = {(o["numerator"], o["denominator"], o.get("per")): st for st, _, o in checks(tmp_path, text, "ratio")}
    assert found == {(36582, 17945, 1): status}


@pytest.mark.parametrize("ratio, status", [("1.20", "pass"), ("1.45", "fail")])
def test_a_ratio_printed_one_to_b_is_the_second_over_the_first(tmp_path, ratio, status) -> None:
    # 1,712 nurses / 1,426 doctors = 1.20
    text = f"全县执业(助理)医师1,426人,注册护士1,712人,医护比为1∶{ratio}。"
    found = {(o["numerator"], o["denominator"]): st for st, _, o in checks(tmp_path, text, "ratio")}
    assert found == {(1712, 1426): status}


def test_a_share_printed_bare_after_zhanbi_is_no_ratio_of_two_sides(tmp_path) -> None:
    assert not checks(tmp_path, "全年受理诉求1,200件,其中投诉类436件,占比为36.3。", "ratio") or all(
        st != "fail" for st, _, _ in checks(tmp_path, "全年受理诉求1,200件,其中投诉类436件,占比为36.3。", "ratio"))
