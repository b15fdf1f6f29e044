"""Session 21 (tab21): table relations lost to how the table names its columns, on tables written here."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _changes(tmp_path, text: str) -> list[tuple[str, float, float, float | None]]:
    """(status, current, percent, previous) of every table change found."""
    out = []
    for c in audit_text(tmp_path, text, ".html" if text.startswith("<") else ".txt"):
        if c.rule == "change.table":
            ops = c.operands
            out.append((c.status, ops["current"], ops["percent"], ops.get("previous")))
    return sorted(out, key=lambda x: x[1])


_LAST_QUARTER = """<html><body><table>
<tr><th>类别</th><th>本季度（件）</th><th>占比（%）</th><th>上季度（件）</th><th>环比（%）</th></tr>
<tr><td>道路交通</td><td>1,210</td><td>60.5</td><td>1,100</td><td>{a}</td></tr>
<tr><td>供水供电</td><td>790</td><td>39.5</td><td>800</td><td>-1.3</td></tr>
<tr><td>合计</td><td>2,000</td><td>100.0</td><td>1,900</td><td>5.3</td></tr>
</table></body></html>"""


@pytest.mark.parametrize("a, status", [("10.0", "pass"), ("12.0", "fail")])
def test_the_last_quarters_column_is_the_base_of_a_chained_change(tmp_path, a: str, status: str) -> None:
    # "上季度" (like "上月") is the previous period's column: the 环比 is of 本季度 over it
    found = _changes(tmp_path, _LAST_QUARTER.format(a=a))
    assert [(x[1], x[3]) for x in found] == [(790, 800), (1210, 1100), (2000, 1900)]
    assert dict((x[1], x[0]) for x in found)[1210] == status


_LAST_MONTH = """| 指标 | 本月 | 上月 | 环比增长(%) |
|---|---|---|---|
| 来电量(件) | 4,400 | 4,000 | 10.0 |
| 网络诉求(件) | 2,100 | 2,000 | 5.0 |
"""


def test_the_last_months_column_is_the_base_too(tmp_path) -> None:
    found = _changes(tmp_path, _LAST_MONTH)
    assert [(x[0], x[1], x[3]) for x in found] == [("pass", 2100, 2000), ("pass", 4400, 4000)]


_UNNAMED = """| 类型 | 收案(件) | 结案(件) | 同比(%) |
|---|---|---|---|
| 刑事 | 520 | 498 | -4.2 |
| 民事 | 3,100 | 3,020 | 9.8 |
"""


_NAMED_LEVEL = """| 类型 | 收案(件) | 结案(件) | 收案同比(%) |
|---|---|---|---|
| 刑事 | 520 | 498 | -4.2 |
| 民事 | 3,100 | 3,020 | 9.8 |
"""


def test_a_change_column_naming_one_level_column_is_of_that_column(tmp_path) -> None:
    # "收案同比": of the 收案 column, not of 结案 (no previous figure printed: the change as stated)
    found = _changes(tmp_path, _NAMED_LEVEL)
    assert [(x[0], x[1], x[2], x[3]) for x in found] == [("pass", 520, -4.2, None), ("pass", 3100, 9.8, None)]
    assert _changes(tmp_path, _UNNAMED) == []  # ("同比(%)" names neither: no reading)


_NAMED_BY_ITS_NOUN = """<html><body><table>
<tr><th>区县</th><th>火灾起数（起）</th><th>死亡（人）</th><th>起数同比（%）</th></tr>
<tr><td>东区</td><td>524</td><td>2</td><td>-10.1</td></tr>
<tr><td>西区</td><td>463</td><td>1</td><td>-5.1</td></tr>
</table></body></html>"""


def test_a_change_column_naming_the_noun_of_one_level_column(tmp_path) -> None:
    # "起数同比" names "火灾起数", not "死亡"
    found = _changes(tmp_path, _NAMED_BY_ITS_NOUN)
    assert [(x[1], x[2]) for x in found] == [(463, -5.1), (524, -10.1)]



_COMPARABLE_PROSE = """<html><body>
<p>全年农业总产值48.62亿元，按可比价格计算，比上年增长4.1%。</p>
<table border="1">
<tr><th>产品</th><th>2023年（万吨）</th><th>2022年（万吨）</th><th>增长（%）</th></tr>
<tr><td>粮食</td><td>32.46</td><td>31.87</td><td>1.9</td></tr>
<tr><td>油料</td><td>3.18</td><td>3.31</td><td>{b}</td></tr>
</table>
{note}</body></html>"""


@pytest.mark.parametrize("b, status", [("-3.9", "pass"), ("-5.9", "fail")])
def test_a_comparable_basis_of_a_sentence_above_is_that_sentences_own(tmp_path, b: str, status: str) -> None:
    # "按可比价格计算,比上年增长4.1%" says how the prose's figure grew: the tonnages below change plainly
    found = _changes(tmp_path, _COMPARABLE_PROSE.format(b=b, note=""))
    assert [(x[0], x[1], x[3]) for x in found] == [(status, 3.18, 3.31), ("pass", 32.46, 31.87)]


def test_a_comparable_basis_noted_below_the_table_still_holds(tmp_path) -> None:
    text = _COMPARABLE_PROSE.format(b="-5.9", note="<p>注：增速按可比口径计算。</p>")
    assert [x for x in _changes(tmp_path, text) if x[3] is not None] == []
