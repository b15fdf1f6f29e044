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


@pytest.mark.parametrize("head", ["地区生产总值（亿元）", "规上工业增加值（亿元）", "固定资产投资（亿元）",
                                  "居民消费价格指数", "群众满意度（分）"])
def test_rows_whose_growth_is_not_the_plain_change_are_not_checked(tmp_path, head) -> None:
    # growth of a value added is at comparable prices, of an investment on a comparable basis, an
    # index or a score changes in points: the two figures printed need not give the percent
    found = _table_checks(tmp_path, f"<tr><td>{head}</td><td>412.6</td><td>389.4</td><td>4.9%</td></tr>"
                                    "<tr><td>受理事项（件）</td><td>36,420</td><td>33,076</td><td>10.1%</td></tr>")
    assert not [k for k in found if k[1] == 412.6]
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
