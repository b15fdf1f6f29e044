"""Session 16, helper fa30: the previous level printed in a bracket beside a change, the parts of a
subtotal row, the base a share names, the breakdown an "X的Y中" clause opens. Project sentences."""

from __future__ import annotations

import pytest
from helpers import audit_text


def changes(tmp_path, text: str) -> list[tuple]:
    """(current, percent, previous read from the text or None, status) of every change check."""
    out = []
    for c in audit_text(tmp_path, text):
        if c.kind == "change":
            prev = c.operands.get("previous")
            out.append((c.operands["current"], c.operands["percent"],
                        prev if isinstance(prev, (int, float)) and "约" not in c.message_zh else None, c.status))
    return out


# The level of the period compared against, in a bracket right after the percent or right after the
# figure the change is about: the change is checked against it.
@pytest.mark.parametrize(("text", "expected"), [
    ("全年办理行政处罚案件1,246件,同比增长8.6%(上年1,147件)。", [(1246, 8.6, 1147, "pass")]),
    ("全年办理行政处罚案件1,246件,同比增长9.6%(上年1,147件)。", [(1246, 9.6, 1147, "fail")]),
    ("6月共接听来电42,318个,环比下降6.2%(5月为44,640个)。", [(42318, -6.2, 44640, "fail")]),
    ("6月共接听来电42,318个,环比下降5.2%(5月为44,640个)。", [(42318, -5.2, 44640, "pass")]),
    ("税收收入28.4亿元,同比增长7.0%(上年同期:26.8亿元)。", [(28.4, 7.0, 26.8, "fail")]),
    ("第三季度受理12,460件,环比增长9.8%(二季度11,348件)。", [(12460, 9.8, 11348, "pass")]),
    ("受理申请215件,同比下降15.2%(2023年245件)。", [(215, -15.2, 245, "fail")]),
    ("全县发生火灾136起、亡3人,同比分别下降10.5%、40.0%(2023年为152起、4人)。",
     [(136, -10.5, 152, "pass"), (3, -40.0, 4, "fail")]),
    # the bracket right after the figure, the change right after the bracket
    ("本月受理群众诉求28,614件(上月26,793件),环比增长7.8%。", [(28614, 7.8, 26793, "fail")]),
    ("本月受理群众诉求28,614件(4月26,793件),环比增长6.8%。", [(28614, 6.8, 26793, "pass")]),
    ("全年受理信访事项812件(2022年为780件),同比增长6.1%。", [(812, 6.1, 780, "fail")]),
])
def test_a_bracketed_previous_level_is_the_base_of_the_change(tmp_path, text, expected) -> None:
    assert changes(tmp_path, text) == expected


# No previous level is read when the bracket holds more than a period and its levels, or a period that
# is not the one compared against (a month against 同比, a year against 环比, a month inside a
# cumulative period, the same month): each pair, the period compared against and another.
@pytest.mark.parametrize(("read", "other"), [
    ("受理咨询1,286件,同比增长12.0%(上年1,148件)。", "受理咨询1,286件,同比增长12.0%(1-10月累计11,842件)。"),
    ("5月受理3,126件,环比增长10.3%(4月为2,834件)。", "5月受理3,126件,同比增长14.2%(4月为2,834件)。"),
    ("全年受理3,126件,同比增长10.3%(上年2,834件)。", "全年受理3,126件,环比增长14.2%(上年2,834件)。"),
    ("受理3,126件,同比增长10.3%(上年2,834件)。", "受理3,126件,同比增长14.2%(其中网上2,834件)。"),
    ("5月受理3,126件,环比增长10.3%(4月为2,834件)。", "1-5月累计受理13,126件,环比增长14.2%(5月为3,126件)。"),
    ("5月受理3,126件,环比增长10.3%(4月为2,834件)。", "5月受理3,126件,环比增长14.2%(5月为2,834件)。"),
    ("2022年全区发生事故23起,同比下降17.9%(2021年为28起)。", "2021年全区发生事故23起,同比下降17.9%(2021年为27起)。"),
])
def test_a_bracket_of_another_period_is_no_previous_level(tmp_path, read, other) -> None:
    assert [prev is not None for _, _, prev, _ in changes(tmp_path, read)] == [True]
    assert [(prev, status) for _, _, prev, status in changes(tmp_path, other)] == [(None, "pass")]


def audit_file(tmp_path, text: str, suffix: str) -> list:
    import toolkit

    p = tmp_path / f"r.{suffix}"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def sums(checks: list) -> list[tuple]:
    return [(c.operands["total"], sorted(c.operands["parts"]), c.status) for c in checks if c.kind == "sum"]


_MD = """表3　2023年主要民生支出

| 项目 | 金额（万元） | 占支出比重（%） |
| --- | --- | --- |
| 一般公共预算支出 | 500,000 | 100.0 |
{rows}
"""
_HTML = """<p>表2　主要民生支出</p>
<table border="1">
<tr><th>项目</th><th>金额（万元）</th><th>占比（%）</th></tr>
<tr><td>一般公共预算支出</td><td>500,000</td><td>100.0</td></tr>
{rows}
</table>
"""


def _md_rows(rows: list[tuple[str, str, str]]) -> str:
    return "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)


def _html_rows(rows: list[tuple[str, str, str]]) -> str:
    return "\n".join(f"<tr><td>　{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)


_ITEMS = [("教育", "130,000", "26.0"), ("卫生健康", "80,000", "16.0"), ("住房保障", "50,000", "10.0")]


# A subtotal row (合计/小计, or a name with 合计) under item rows sums the items above it; it is no item
# beside them, and the items with it need not add up to the table's whole (a table of "主要" items).
@pytest.mark.parametrize(("sub", "fmt", "expected"), [
    (("小计", "260,000", "52.0"), "md", [(260000, [50000, 80000, 130000], "pass")]),
    (("民生支出合计", "260,000", "52.0"), "md", [(260000, [50000, 80000, 130000], "pass")]),
    (("民生支出合计", "260,000", "52.0"), "html", [(260000, [50000, 80000, 130000], "pass")]),
    (("小计", "250,000", "50.0"), "md", [(250000, [50000, 80000, 130000], "fail")]),
    (("以上各项小计", "250,000", "50.0"), "html", [(250000, [50000, 80000, 130000], "fail")]),
])
def test_a_subtotal_row_sums_the_items_above_it(tmp_path, sub, fmt, expected) -> None:
    rows = [*_ITEMS, sub]
    text = _MD.format(rows=_md_rows(rows)) if fmt == "md" else _HTML.format(rows=_html_rows(rows))
    assert sums(audit_file(tmp_path, text, fmt)) == expected


def test_rows_after_a_subtotal_leave_the_whole_unread(tmp_path) -> None:
    # "诉求类合计" closes 咨询 and 求助; 投诉 and 建议 follow: whether the whole is the subtotal and
    # the rows after it, or more, is not printed -- only the subtotal is checked.
    rows = [("咨询", "400", "40.0"), ("求助", "200", "20.0"), ("诉求类合计", "600", "60.0"),
            ("投诉", "300", "30.0"), ("建议", "100", "10.0")]
    text = _MD.format(rows=_md_rows(rows)).replace("500,000", "1,000")
    assert sums(audit_file(tmp_path, text, "md")) == [(600, [200, 400], "pass")]


def shares(tmp_path, text: str) -> list[tuple]:
    return [(c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.status)
            for c in audit_text(tmp_path, text) if c.kind == "ratio" and c.rule == "ratio.share"]


# A figure listed after "X中," is one of the set X, never X: a share "占X的" restating it is of X, and
# when X's own figure is not found the share is left unread -- not taken over a sibling of its list.
@pytest.mark.parametrize("text", [
    "3月共形成有效工单18,352件,其中即时办结7,935件,转派10,417件。1-3月累计受理工单51,846件。\n"
    "转派工单中,区县承办6,284件,市直部门承办3,812件,公共服务企业承办321件。市直部门承办3,812件,占转派工单的36.6%。",
    "全年收到举报线索2,450条,其中实名举报1,120条,转交属地1,330条。全年累计办结2,390条。\n"
    "转交属地线索中,县区办理798条,乡镇办理532条。乡镇办理532条,占转交属地线索的40.0%。",
])
def test_a_member_of_the_set_is_no_base_of_its_share(tmp_path, text) -> None:
    assert all(status != "fail" for *_, status in shares(tmp_path, text))


# "X的Y中," opens a breakdown of the figure X names ("办结的申请中": of the 办结), not of a figure
# before that shares only the noun Y ("涉及土地征收的申请52件"): the list is not summed into that one.
# Each with a phrasing where the words do name the figure before: still its whole.
_NAMED_SO = [
    ("全年新收申请120件,办结118件。办结的申请中,予以公开60件,部分公开58件。", [(118, [58, 60], "pass")]),
    ("全年新收申请120件,办结118件。涉及土地征收的申请52件。涉及土地征收的申请中,予以公开30件,部分公开22件。",
     [(52, [22, 30], "pass")]),
]


@pytest.mark.parametrize(("text", "kept"), [
    ("全年新收申请120件,上年结转4件;办结118件,结转下年度6件。新收申请中,涉及土地征收的申请52件,占新收的43.3%。"
     "办结的申请中,予以公开40件,部分公开18件。", _NAMED_SO[0]),
    ("全年收到投诉举报1,520件,办结1,460件。反映食品安全的投诉举报620件。办结的投诉举报中,立案查处380件,"
     "调解处理270件。", _NAMED_SO[1]),
])
def test_a_qualified_set_names_its_own_whole(tmp_path, text, kept) -> None:
    assert sums(audit_text(tmp_path, text)) == []
    assert sums(audit_text(tmp_path, kept[0])) == kept[1]


# A base the words name, found in an earlier paragraph about another subject (complaints before
# applications, disputes before applications), is not the base: unread rather than failed. Each with
# a phrasing of one subject, or a base whose own words are the part's subject: still the base.
_SAME_SUBJECT = [
    ("全年收到政府信息公开申请80件,办结76件。\n办结的申请中,予以公开38件,占办结总数的50.0%。", [(38, 76, 50.0, "pass")]),
    ("全年接到群众来电12,000个,转办诉求5,000件,同比增长3.1%。\n转办诉求中,街道办理3,000件,部门办理2,000件。"
     "部门办理2,000件,占转办诉求的40.0%。", [(2000, 5000, 40.0, "pass")]),
]


@pytest.mark.parametrize(("text", "kept"), [
    ("全区受理城市管理类投诉举报12,486件,办结12,301件,办结率98.5%。\n全年新收政府信息公开申请53件,其中自然人47件,"
     "法人或其他组织6件。予以公开和部分公开合计27件,占办结总数的54.0%。", _SAME_SUBJECT[0]),
    ("全市受理劳动人事争议案件2,860件,结案2,790件,调解成功率68.2%。\n全年收到政府信息公开申请75件,其中网上申请51件。"
     "同意公开42件,占结案总数的58.3%。", _SAME_SUBJECT[1]),
    ("全县查处违法建设案件1,260宗,拆除违建面积8.6万平方米,结案1,180宗。\n全年新收行政复议申请40件,其中涉及违法建设"
     "的25件。经审理,维持18件,占结案总数的45.0%。", _SAME_SUBJECT[0]),
])
def test_a_base_of_another_subject_is_not_taken(tmp_path, text, kept) -> None:
    assert shares(tmp_path, text) == []
    assert shares(tmp_path, kept[0]) == kept[1]


def test_a_count_of_unlisted_items_is_an_item_not_a_subtotal(tmp_path) -> None:
    # "三县合计" after four districts counts three counties the table does not list: an item of the
    # whole, like the districts; "以上三项小计" after three rows is their subtotal.
    rows = [("甲区", "18,000", "30.0"), ("乙区", "15,000", "25.0"), ("丙区", "9,000", "15.0"),
            ("开发区", "6,000", "10.0"), ("三县合计", "12,000", "20.0")]
    text = _MD.format(rows=_md_rows(rows)).replace("一般公共预算支出 | 500,000", "全市 | 60,000")
    assert sums(audit_file(tmp_path, text, "md")) == [(60000, [6000, 9000, 12000, 15000, 18000], "pass")]
    rows = [*_ITEMS, ("以上三项小计", "250,000", "50.0")]
    assert sums(audit_file(tmp_path, _MD.format(rows=_md_rows(rows)), "md")) == [
        (250000, [50000, 80000, 130000], "fail")]
