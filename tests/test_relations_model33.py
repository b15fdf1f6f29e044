"""Prose figures restating a table's total or a row's cell in words of their own (model31's readings,
re-landed in session 28 by model33) and the three sets such a figure must not be paired with:

* a table of one level's bodies ("各乡镇办理情况") under a figure of the whole place: its 合计 leaves out
  the place's own offices, so it is paired only by a measure named in full, and only when one of the
  table's columns restates its figure exactly (then a misprint of another column fails);
* a figure naming a row's item joined with another ("各街道和区直部门", "各街道、区直部门") counts both,
  no row;
* a class named by X类 ("市政类违法行为", "占道经营类案件") is one class of the column's whole (各类 alone
  names the whole)."""

from __future__ import annotations

from tests.helpers import audit_text


def _checks(tmp_path, text: str) -> list[tuple[str, str]]:
    return [(c.status, c.message_zh) for c in audit_text(tmp_path, text, ".md") if c.kind == "equal" or c.status == "fail"]


_TOWNS = ("2024年某县政务服务热线工作总结\n\n全年全县热线共受理群众诉求{n}件，办结{m}件。各乡镇办理情况如下：\n\n"
          "| 乡镇 | 诉求量（件） | 办结量（件） |\n| --- | --- | --- |\n| 城关镇 | 4,200 | 4,100 |\n"
          "| 河口镇 | 3,100 | 3,000 |\n| 东山乡 | 1,700 | 1,650 |\n| 合计 | 9,000 | 8,750 |\n")


def test_a_one_level_tables_total_is_the_places_only_when_a_column_restates_it_exactly(tmp_path) -> None:
    # no column printed exactly: the county's figures may count bodies of no row -- one digit apart is no misprint
    assert _checks(tmp_path, _TOWNS.format(n="9,100", m="8,760")) == []
    assert _checks(tmp_path, _TOWNS.format(n="7,000", m="6,750")) == []
    assert sorted(s for s, _ in _checks(tmp_path, _TOWNS.format(n="9,000", m="8,750"))) == ["pass", "pass"]
    # the requests restated exactly: the table covers the county, and the closed figure's misprint fails
    broken = [m for s, m in _checks(tmp_path, _TOWNS.format(n="9,000", m="8,760")) if s == "fail"]
    assert len(broken) == 1 and "8,760" in broken[0] and "8,750" in broken[0]


_UNITS = ("2024年某区政务服务热线工作总结\n\n全年向{who}交办群众诉求{n}件，办结{m}件。\n\n各单位办理情况\n\n"
          "| 承办单位 | 交办件数 | 办结件数 |\n| --- | --- | --- |\n| 东湖街道 | 520 | 510 |\n"
          "| 西湖街道 | 480 | 470 |\n| 区直部门 | 300 | 296 |\n| 合计 | 1,300 | 1,276 |\n")


def test_a_rows_item_joined_with_another_restates_no_row(tmp_path) -> None:
    assert not [m for s, m in _checks(tmp_path, _UNITS.format(who="各街道和区直部门", n="800", m="780")) if s == "fail"]
    assert not [m for s, m in _checks(tmp_path, _UNITS.format(who="各街道、区直部门", n="800", m="780")) if s == "fail"]
    # the row named alone: its cell is restated, and a misprint fails
    assert ("pass" in [s for s, _ in _checks(tmp_path, _UNITS.format(who="区直部门", n="300", m="296"))])
    broken = [m for s, m in _checks(tmp_path, _UNITS.format(who="区直部门", n="310", m="296")) if s == "fail"]
    assert len(broken) == 1 and "310" in broken[0]


_QUARTERS = ("2024年某县城市管理综合执法局工作总结\n\n全年共查处{kind}违法行为{n}件，同比增长5.1%。\n\n分季度查处情况\n\n"
             "| 季度 | 查处违法行为（件） |\n| --- | --- |\n| 一季度 | 512 |\n| 二季度 | 604 |\n| 三季度 | 633 |\n"
             "| 四季度 | 569 |\n| 全年 | 2,318 |\n")


def test_a_class_named_by_lei_is_no_restatement_of_the_columns_whole(tmp_path) -> None:
    for kind in ("市政类", "各类市政类"):
        assert not [m for s, m in _checks(tmp_path, _QUARTERS.format(kind=kind, n="2,381")) if s == "fail"]
    broken = [m for s, m in _checks(tmp_path, _QUARTERS.format(kind="各类", n="2,381")) if s == "fail"]
    assert len(broken) == 1 and "2,318" in broken[0]


_SQUADS = ("2024年某县综合行政执法局工作总结\n\n全年共查处各类案件2,200件。{row}\n\n分中队查处情况\n\n"
           "| 中队 | 查处案件（件） | 罚没款（万元） |\n| --- | --- | --- |\n| 城区中队 | 1,260 | 85.2 |\n"
           "| 开发区中队 | 640 | 40.1 |\n| 乡镇中队 | 300 | 12.6 |\n| 合计 | 2,200 | 137.9 |\n")


def test_a_class_of_a_rows_cell_is_no_restatement_of_it(tmp_path) -> None:
    assert not [m for s, m in _checks(tmp_path, _SQUADS.format(row="其中城区中队查处占道经营类案件1,200件。")) if s == "fail"]
    broken = [m for s, m in _checks(tmp_path, _SQUADS.format(row="城区中队查处各类案件1,250件。")) if s == "fail"]
    assert len(broken) == 1 and "1,260" in broken[0]


_REVIEWS = ("2024年某县行政复议工作情况\n\n全年共收到行政复议申请{n}件{rest}。\n\n各被申请人案件情况\n\n"
            "| 被申请人 | 收案（件） | 审结（件） |\n| --- | --- | --- |\n| 县公安局 | 30 | 28 |\n"
            "| 县自然资源局 | 25 | 24 |\n| 县人力资源和社会保障局 | 13 | 12 |\n| 合计 | 68 | 64 |\n")


def test_a_stage_told_apart_in_the_sentence_is_not_the_figures(tmp_path) -> None:
    # 收到 names the column 收案 as its stage's other word, unless the sentence itself then says 受理
    assert ("pass", "收到行政复议申请 68件 与 收案 68 一致") in [
        (s, m.replace("全年共", "")) for s, m in _checks(tmp_path, _REVIEWS.format(n="68", rest=""))]
    told = _checks(tmp_path, _REVIEWS.format(n="86", rest="，其中受理68件，不予受理18件"))
    assert not [m for s, m in told if s == "fail" and "86" in m]
