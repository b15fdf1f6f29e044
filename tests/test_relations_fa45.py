"""False alarms of a fresh set, each fixed by a general statement about how Chinese reports state
figures (helper fa45, session 20), on sentences written for the project.

Each case pairs a consistent text (no failing check) with a planted twin -- one figure mistyped where
the text admits one reading -- that must still fail, and traps that must not be read.
"""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str, name: str = "r.txt") -> list[tuple[str, str, dict]]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [(c.rule, c.status, c.operands) for c in toolkit.audit(p).checks]


def fails(tmp_path, text: str, name: str = "r.txt") -> list[tuple[str, dict]]:
    return [(rule, ops) for rule, status, ops in checks(tmp_path, text, name) if status == "fail"]


def rules_of(tmp_path, text: str, rule: str, name: str = "r.txt") -> list[tuple[str, dict]]:
    return [(status, ops) for r, status, ops in checks(tmp_path, text, name) if r == rule]


# --- a share of two kinds joined: "A和B的占…" ------------------------------------------------------
# "予以公开和部分公开的占…", "维持的和驳回的占…": 的 closes the joined names (or each of them); the share
# is of their sum, each name finding its own figure. A join one of whose names finds no figure is of
# a sum the text does not print: no check.
@pytest.mark.parametrize(("text", "planted", "part"), [
    ("共收到申请20件，均已答复：予以公开9件，部分公开3件，不予公开2件，无法提供6件。予以公开和部分公开的占60.0%。",
     "共收到申请20件，均已答复：予以公开9件，部分公开3件，不予公开2件，无法提供6件。予以公开和部分公开的占65.0%。", 12),
    ("审结案件50件，其中维持28件，驳回7件，撤销10件，终止5件。维持和驳回的占审结案件的70.0%。",
     "审结案件50件，其中维持28件，驳回7件，撤销10件，终止5件。维持和驳回的占审结案件的76.0%。", 35),
    ("结案200件，其中判决110件，调解结案60件，撤诉结案30件。调解结案与撤诉结案的占结案总数的45.0%。",
     "结案200件，其中判决110件，调解结案60件，撤诉结案30件。调解结案与撤诉结案的占结案总数的40.0%。", 90),
    ("答复申请16件：同意公开6件，同意部分公开2件，不予公开3件，信息不存在5件。同意公开及同意部分公开的占全部答复的50.0%。",
     "答复申请16件：同意公开6件，同意部分公开2件，不予公开3件，信息不存在5件。同意公开及同意部分公开的占全部答复的56.0%。", 8),
    ("办结申请40件，其中予以公开18件、部分公开6件、不予公开4件、无法提供12件，予以公开和部分公开的比例为60.0%。",
     "办结申请40件，其中予以公开18件、部分公开6件、不予公开4件、无法提供12件，予以公开和部分公开的比例为62.0%。", 24),
    ("审结案件50件，其中维持28件，驳回7件，撤销10件，终止5件。维持的和驳回的占审结案件的70.0%。",
     "审结案件50件，其中维持28件，驳回7件，撤销10件，终止5件。维持的和驳回的占审结案件的72.0%。", 35),
])
def test_a_share_of_joined_kinds_is_of_their_sum(tmp_path, text, planted, part) -> None:
    assert fails(tmp_path, text) == []
    assert ("pass", part) in [(s, ops["numerator"]) for s, ops in rules_of(tmp_path, text, "ratio.share")]
    assert part in [ops["numerator"] for r, ops in fails(tmp_path, planted) if r == "ratio.share"]


def test_a_join_of_an_unprinted_kind_is_no_share_of_one(tmp_path) -> None:
    # 变更 is printed nowhere: the share is of 维持 + 变更, not of 维持 alone
    text = "审结案件50件，其中维持28件，驳回7件，撤销10件，终止5件。维持和变更的占审结案件的70.0%。"
    assert rules_of(tmp_path, text, "ratio.share") == []
    # a name that holds 和 itself is one kind
    text = "地区生产总值500亿元，其中批发和零售业增加值42.5亿元。批发和零售业增加值占地区生产总值的8.5%。"
    assert ("pass", 42.5) in [(s, ops["numerator"]) for s, ops in rules_of(tmp_path, text, "ratio.share")]
    text = "全区法人单位3,250个，其中批发和零售业716个。批发和零售业法人单位占全部法人单位的22.0%。"
    assert ("pass", 716) in [(s, ops["numerator"]) for s, ops in rules_of(tmp_path, text, "ratio.share")]


# --- a figure naming the set a list is drawn from: "办结的15件中,A 5件、B 3件,合计8件" -------------------
# The figure right before 中 names the set the clause breaks down; a 合计 after the items sums the
# items only (the set is no item of its own list).
@pytest.mark.parametrize(("text", "planted", "total"), [
    ("已办结15件。办结的15件中，予以公开5件、部分公开3件，合计8件；无法提供5件，不予处理2件。",
     "已办结15件。办结的15件中，予以公开5件、部分公开3件，合计9件；无法提供5件，不予处理2件。", 9),
    ("在审结的42件案件中，维持20件、驳回6件，合计26件；撤销5件。",
     "在审结的42件案件中，维持20件、驳回6件，合计28件；撤销5件。", 28),
    ("受理举报120件，查实的58件中，罚款32件、警告11件，共计43件。",
     "受理举报120件，查实的58件中，罚款32件、警告11件，共计45件。", 45),
    ("受理申请64件，答复的60件当中，同意公开21件、部分公开9件，合计30件；不予公开30件。",
     "受理申请64件，答复的60件当中，同意公开21件、部分公开9件，合计31件；不予公开30件。", 31),
])
def test_the_set_before_zhong_is_no_item_of_its_list(tmp_path, text, planted, total) -> None:
    assert fails(tmp_path, text) == []
    assert total in [ops["total"] for r, ops in fails(tmp_path, planted) if r == "sum.breakdown"]


# --- a line opening a set of its own ends the list lines above it ---------------------------------
# "按…分:\n- A 18件\n- …\n败诉的7件中,…4件,…": in a Markdown or HTML list whose markers the reader
# drops, a line whose first figure names the set it breaks down (…的7件中,) is no item of the list.
_LINES = """# 某区2021年度行政应诉工作报告

## 一、基本情况

2021年，全区行政机关作为被告的一审行政诉讼案件共52件，比上年的47件增加5件，增长10.6%；另有上年结转8件。\
全年审结一审案件49件，其中行政机关败诉7件，败诉率14.3%。

按案件所涉领域分：

- 行政处罚（含没收）18件
- 行政许可9件
- 信息公开7件
- 行政强制6件
- 其他领域12件

败诉的7件中，因程序违法被判决撤销4件，因事实不清、证据不足2件，适用法律错误1件。

| 被告 | 一审收案 | 审结 | 败诉 |
| --- | --- | --- | --- |
| 区人民政府 | 20 | 19 | 3 |
| 区自然资源局 | 18 | 17 | 2 |
| 其他部门 | 14 | 13 | 2 |
| 合计 | 52 | 49 | 7 |
"""


def test_a_line_opening_a_set_ends_the_list_above(tmp_path) -> None:
    assert fails(tmp_path, _LINES, "r.md") == []
    got = rules_of(tmp_path, _LINES, "sum.breakdown", "r.md")
    assert ("pass", {"total": 52, "parts": [18, 9, 7, 6, 12]}) in got
    assert ("pass", {"total": 7, "parts": [4, 2, 1]}) in got
    # (a planted item leaves the list two wholes, 52 cases filed and 49 closed: no reading, no check)


# --- sections restating a measure break down one whole, not its 其中 part ------------------------------
# "出庭应诉81件…其中主要负责人出庭3件。各单位:…出庭18件;…": two figures above take the same section
# figures; the whole is the one they add up to (the nearest), never the 其中 part of it.
_SECTIONS = """全年受理投诉举报860件，办结842件，回访满意780件。其中，市长专线转办办结95件。

各街道办理情况如下：
甲街道：受理310件，办结305件，回访满意290件；
乙街道：受理280件，办结271件，回访满意250件；
丙街道：受理270件，办结266件，回访满意240件。"""

_SECTIONS2 = """今年法院开庭审理的行政案件64件，负责人出庭应诉52件，其中主要负责人出庭4件。

分单位情况：
县自然资源局：开庭审理25件，负责人出庭应诉22件；
县住建局：开庭审理21件，负责人出庭应诉16件；
各乡镇：开庭审理18件，负责人出庭应诉14件。"""


@pytest.mark.parametrize("text", [_SECTIONS, _SECTIONS2])
def test_sections_sum_to_the_whole_not_its_part(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []
    totals = [ops["total"] for status, ops in rules_of(tmp_path, text, "sum.breakdown") if status == "pass"]
    assert 95 not in totals and 4 not in totals
    assert 842 in totals or 52 in totals


def test_sections_still_catch_a_slip_of_the_whole(tmp_path) -> None:
    planted = _SECTIONS.replace("办结271件", "办结261件")
    assert fails(tmp_path, planted) == [("sum.breakdown", {"total": 842, "parts": [305, 261, 266]})]


# --- work due restates no intake: "新收23件…另有结转2件…在全年需办理的25件中" ---------------------------
# The set a back-reference names by what is due (需办理, 应审理) holds the work carried in as well:
# it restates no figure of the new work alone. A set named by the intake's own stage still does.
@pytest.mark.parametrize("text", [
    "全年新收信访事项230件，加上年结转的14件。在需办理的244件中，已办结236件。",
    "本年度新收申请46件，上年结转3件。在本年度需办理的49件申请中，予以公开20件，部分公开9件，无法提供11件，不予处理5件，结转下年4件。",
])
def test_work_due_restates_no_intake(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []
    # a set named by the intake's own stage still restates it
    assert rules_of(tmp_path, "本年度受理复议申请58件。在本年度受理的58件申请中，维持31件。", "equal.back_reference") == [
        ("pass", {"values": [58, 58]})]
    assert ("equal.back_reference", {"values": [58, 56]}) in fails(
        tmp_path, "本年度受理复议申请58件。在本年度受理的56件申请中，维持31件。")


# --- kinds nested under a table row, the indent lost in the copy --------------------------------------
# "内资|1,250 / 　国有|48 / 　私营|1,102 / 外资|49 / 合计|1,299": the rows add up past the total in every
# column; the one run right after a row, no larger than it in any column, whose leaving out makes
# the rest add up, holds kinds of that row. A planted slip in one column still fails; a flat table
# whose rows add up in one column is never read so.
_NESTED_MD = """按登记注册类型分的企业单位：

| 登记注册类型 | 单位数（个） | 比重（%） |
| --- | --- | --- |
| 内资企业 | 1,250 | 96.2 |
| 　国有企业 | 48 | 3.7 |
| 　私营企业 | 1,102 | 84.8 |
| 外资企业 | 49 | 3.8 |
| 合计 | 1,299 | 100.0 |
"""

_NESTED_HTML = """<html><body><p>二、三产业从业人员构成</p>
<table border="1">
<tr><th>产业</th><th>从业人员（万人）</th><th>比重（%）</th></tr>
<tr><td>第二产业</td><td>5.83</td><td>39.9</td></tr>
<tr><td>　工业</td><td>4.12</td><td>28.2</td></tr>
<tr><td>　建筑业</td><td>1.71</td><td>11.7</td></tr>
<tr><td>第三产业</td><td>8.79</td><td>60.1</td></tr>
<tr><td>合计</td><td>14.62</td><td>100.0</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize(("text", "name", "slip", "slipped"), [
    (_NESTED_MD, "r.md", ("| 49 |", "| 94 |"), 94),
    (_NESTED_HTML, "r.html", ("<td>8.79</td>", "<td>8.97</td>"), 8.97),
])
def test_kinds_nested_under_a_row(tmp_path, text, name, slip, slipped) -> None:
    assert fails(tmp_path, text, name) == []
    planted = text.replace(*slip)
    assert any(slipped in ops["parts"] for rule, ops in fails(tmp_path, planted, name) if rule.startswith("sum.table"))


def test_a_flat_table_is_not_read_as_nested(tmp_path) -> None:
    flat = """| 地区 | 件数 | 占比（%） |
| --- | --- | --- |
| 甲区 | 300 | 50.0 |
| 乙区 | 200 | 33.3 |
| 丙区 | 100 | 16.7 |
| 合计 | 500 | 100.0 |
"""
    assert any(ops["total"] == 500 for rule, ops in fails(tmp_path, flat, "r.md") if rule.startswith("sum.table"))
    # nor a nested table whose run is not unique: no reading is forced
    assert fails(tmp_path, _NESTED_MD, "r.md") == []


# --- a rate of cutting is over what there was before the cut ----------------------------------------
# "原有…64个,撤并后保留41个,撤并23个,撤并率35.9%": the figure of what the cut left (保留, 剩余) is the
# rest beside the cut, never the base of its rate (23/41 would read a misprinted rate as right).
@pytest.mark.parametrize(("text", "planted"), [
    ("原有议事协调机构64个，本次撤并后保留41个，撤并23个，撤并率35.9%。",
     "原有议事协调机构64个，本次撤并后保留41个，撤并23个，撤并率56.1%。"),
    ("梳理证明事项520项，保留415项，压减105项，压减率20.2%。",
     "梳理证明事项520项，保留415项，压减105项，压减率25.3%。"),
])
def test_a_cut_rate_is_over_the_count_before_the_cut(tmp_path, text, planted) -> None:
    assert fails(tmp_path, text) == []
    assert [r for r, ops in fails(tmp_path, planted)] == ["ratio.own_name"]


# --- a 100% rate whose nearest named base is smaller than its numerator --------------------------------
# "开庭审理66件,负责人出庭69件,出庭应诉率100%": the rate is over the 开庭 figure, and one of the two is
# misprinted (the rate over it fails, and so does the bound); it is no rate over a wider figure further
# back (87 cases filed).
@pytest.mark.parametrize(("text", "pair"), [
    ("全年一审行政案件87件，法院开庭审理66件，负责人出庭69件，出庭应诉率100%。", (69, 66)),
    ("本年度被诉行政案件54件，其中法院开庭审理的41件，行政机关负责人出庭应诉43件，出庭应诉率达100%。", (43, 41)),
])
def test_a_full_rate_over_a_smaller_base_is_no_rate_of_a_wider_one(tmp_path, text, pair) -> None:
    got = fails(tmp_path, text)
    assert [ops["denominator"] for r, ops in got if r.startswith("ratio")] == [pair[1]]
    assert ("bound.stage", {"smaller": pair[0], "larger": pair[1]}) in got
    # a numerator summed from kinds of appearance is no figure short of its base
    summed = "开庭审理的9件案件中，主要负责人出庭应诉4件，其他负责人出庭应诉5件，负责人出庭应诉率100%。"
    assert ("pass", 9) in [(s, ops["denominator"]) for s, ops in rules_of(tmp_path, summed, "ratio.rate")]
    # the rate over the 开庭 figure still fails where it does not hold
    short = text.replace(str(pair[0]) + "件，出庭", str(pair[1] - 3) + "件，出庭")
    assert [ops["denominator"] for r, ops in fails(tmp_path, short) if r == "ratio.rate"] == [pair[1]]


# --- a prose figure with a share of the table's total is a part of it, no restated total ---------------
# "等级公路里程4,960.8公里,占公路总里程的95.2%" beside a table whose 合计 is the 里程 of every grade: the
# figure's own share (below 100%, of the column's measure) says it is a part of that total.
_GRADED_HTML = """<html><body>
<p>年末全市公路总里程5,208.4公里。等级公路里程4,960.8公里，占公路总里程的95.2%。</p>
<table border="1">
<tr><th>技术等级</th><th>里程（公里）</th></tr>
<tr><td>高速公路</td><td>412.6</td></tr>
<tr><td>一级公路</td><td>649.7</td></tr>
<tr><td>二级公路</td><td>1,318.5</td></tr>
<tr><td>三级及四级公路</td><td>2,580.0</td></tr>
<tr><td>等外公路</td><td>247.6</td></tr>
<tr><td>合计</td><td>5,208.4</td></tr>
</table>
</body></html>
"""

_GRADED_MD = """年末全县城市道路长度386.5公里。等级道路长度351.2公里，占城市道路总长度的90.9%。

| 道路等级 | 长度（公里） |
| --- | --- |
| 快速路 | 48.2 |
| 主干路 | 100.0 |
| 次干路 | 102.7 |
| 支路 | 100.3 |
| 等外道路 | 35.3 |
| 合计 | 386.5 |
"""


@pytest.mark.parametrize(("text", "name"), [(_GRADED_HTML, "r.html"), (_GRADED_MD, "r.md")])
def test_a_figure_with_its_share_of_the_total_restates_no_total(tmp_path, text, name) -> None:
    assert fails(tmp_path, text, name) == []
    # a slip of the prose whole still fails, by the share over it
    planted = text.replace("5,208.4公里。", "5,280.4公里。").replace("386.5公里。", "368.5公里。")
    # (and, where the prose whole is read as the table's 合计 restated, by that equality too: session 23)
    got = [r for r, ops in fails(tmp_path, planted, name)]
    assert "ratio.share" in got and set(got) <= {"ratio.share", "equal.table_total"}, got
