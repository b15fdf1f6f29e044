"""The two-sided balance of a year's work stated in words (H): the work due is the year's intake and
what was carried in (上年结转 … 全年应办理), and what was closed and what goes on into the next year
(办结 …, 另N件结转下年度). Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def sums(tmp_path, text: str, suffix: str = ".txt") -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in audit_text(tmp_path, text, suffix) if c.kind == "sum"}


# -- the work due: intake + carried in, the carried-in figure right before the due figure

def test_work_due_after_the_carried_in_figure_without_jiashang(tmp_path) -> None:
    text = ("本年度新收行政许可申请{n}件，较上年（52件）增加6件，另有上年结转申请4件，全年应办理62件。"
            "全年办结57件，结转下年度5件。")
    assert sums(tmp_path, text.format(n="58"))[(62, 58, 4)] == "pass"
    assert sums(tmp_path, text.format(n="56"))[(62, 56, 4)] == "fail"
    text = "2024年收到投诉23件（2023年为19件）；上年结转1件，全年应办{t}件。"
    assert sums(tmp_path, text.format(t="24"))[(24, 23, 1)] == "pass"
    assert sums(tmp_path, text.format(t="25"))[(25, 23, 1)] == "fail"
    # (收到 and 受理 both before the carried-in figure: nothing says which one it is added to)
    text = "收到复议申请48件，受理41件，上年结转3件，全年应审理44件。"
    assert (44, 48, 3) not in sums(tmp_path, text)
    # (nil carried in, or an aside: no addend beside the intake)
    text = "新收申请30件，上年无结转0件，全年需办理30件。"
    assert (30, 30, 0) not in sums(tmp_path, text)


def test_jiashang_with_a_year_naming_the_carried_in_work(tmp_path) -> None:
    text = "全年共收到申请{n}件，加上2023年结转的3件，需办理40件。"
    assert sums(tmp_path, text.format(n="37"))[(40, 37, 3)] == "pass"
    assert sums(tmp_path, text.format(n="36"))[(40, 36, 3)] == "fail"


# -- the closed and the rest carried out, named by the words after it

def test_a_rest_carried_forward_named_after_its_figure(tmp_path) -> None:
    text = "全年新收申请16件，上年结转3件，共19件；办结{c}件，另2件结转下年度继续办理。"
    assert sums(tmp_path, text.format(c="17"))[(19, 17, 2)] == "pass"
    assert sums(tmp_path, text.format(c="16"))[(19, 16, 2)] == "fail"
    text = "全年需办理申请{t}件；截至年底已办结21件，另有3件因需征求第三方意见转入2025年继续办理。"
    assert sums(tmp_path, text.format(t="24"))[(24, 21, 3)] == "pass"
    assert sums(tmp_path, text.format(t="23"))[(23, 21, 3)] == "fail"
    # (the words after the rest say it was passed to another body, not carried into the next year)
    text = "全年需办理申请24件；已办结21件，另有3件转交其他机关办理。"
    assert (24, 21, 3) not in sums(tmp_path, text)


def test_a_closing_rate_between_the_closing_and_the_rest(tmp_path) -> None:
    text = "新收申请20件，上年结转2件，全年应办22件。办结{c}件，办结率86.4%，结转下年度3件。"
    assert sums(tmp_path, text.format(c="19"))[(22, 19, 3)] == "pass"
    assert sums(tmp_path, text.format(c="18"))[(22, 18, 3)] == "fail"



# -- B: periods listed before 分别, every part of a partition, over the whole period's figure

def test_months_of_a_quarter_listed_before_fenbie_add_up_to_the_quarters_whole(tmp_path) -> None:
    text = "本季度共受理群众来电8.42万件，同比增长3.6%。7月、8月、9月分别为2.71万件、{m}万件、2.88万件。"
    assert sums(tmp_path, text.format(m="2.83"))[(84200, 27100, 28300, 28800)] == "pass"
    assert sums(tmp_path, text.format(m="2.38"))[(84200, 27100, 23800, 28800)] == "fail"
    # (the quarter named outright is the whole, before a larger total of the year)
    text = "全年信访总量1,906件次。其中四季度462件次，10月、11月、12月分别为{a}件次、151件次、163件次。"
    assert sums(tmp_path, text.format(a="148"))[(462, 148, 151, 163)] == "pass"
    assert sums(tmp_path, text.format(a="184"))[(462, 184, 151, 163)] == "fail"


def test_halves_and_quarters_said_short_before_fenbie(tmp_path) -> None:
    text = "全年共办理登记业务3.96万件，其中线上办理2.87万件。上、下半年分别办理{a}万件、2.05万件。"
    assert sums(tmp_path, text.format(a="1.91"))[(39600, 19100, 20500)] == "pass"
    assert sums(tmp_path, text.format(a="1.19"))[(39600, 11900, 20500)] == "fail"
    text = "全年共接报警情24,516起。四个季度分别接报5,812起、6,104起、{c}起、6,257起。"
    assert sums(tmp_path, text.format(c="6,343"))[(24516, 5812, 6104, 6343, 6257)] == "pass"
    assert sums(tmp_path, text.format(c="6,334"))[(24516, 5812, 6104, 6334, 6257)] == "fail"
    # (a whole the figures do not confirm -- far off, no slip away -- is not read as the list's)
    text = "全年共接报警情31,200起。四个季度分别接报5,812起、6,104起、6,343起、6,257起。"
    assert (31200, 5812, 6104, 6343, 6257) not in sums(tmp_path, text)


# -- B: figures named again before 分别占, each share of the base the words after 占 name

def ratios(tmp_path, text: str, suffix: str = ".txt") -> dict[tuple, str]:
    return {(c.operands["numerator"], c.operands["denominator"], c.operands["percent"]): c.status
            for c in audit_text(tmp_path, text, suffix) if c.kind == "ratio"}


def test_shares_of_figures_named_again_before_fenbie_zhan(tmp_path) -> None:
    text = ("全年审结复议案件146件，其中维持97件，占66.4%；撤销21件、确认违法6件，共27件，纠错率18.5%；"
            "尚未审结8件。维持、撤销、确认违法分别占审结案件的66.4%、{s}%、4.1%。")
    got = ratios(tmp_path, text.format(s="14.4"))
    assert got[(21, 146, 14.4)] == got[(6, 146, 4.1)] == "pass"
    assert ratios(tmp_path, text.format(s="41.4"))[(21, 146, 41.4)] == "fail"
    # (no base named: the whole the named figures were listed under, persons and batches between)
    text = ("全年受理群众来信来访2,480件次。其中来信615件次，来访326批1,102人次，网上信访1,161件次，"
            "网上信访和来信分别占{a}%和24.8%。")
    assert ratios(tmp_path, text.format(a="46.8"))[(1161, 2480, 46.8)] == "pass"
    assert ratios(tmp_path, text.format(a="64.8"))[(1161, 2480, 64.8)] == "fail"


# -- T: an HTML table whose rows name an item under a group printed once (rowspan)

_GROUPED = """<html><body>
<p>全年各片区受理情况见下表：</p>
<table border="1">
<tr><th colspan="2">地区</th><th>收到申请（件）</th><th>受理（件）</th><th>受理率（%）</th></tr>
<tr><td rowspan="2">东片</td><td>甲县</td><td>{a}</td><td>1,108</td><td>92.1</td></tr>
<tr><td>乙县</td><td>846</td><td>790</td><td>93.4</td></tr>
<tr><td rowspan="2">西片</td><td>丙县</td><td>935</td><td>861</td><td>92.1</td></tr>
<tr><td>丁县</td><td>512</td><td>470</td><td>91.8</td></tr>
<tr><td colspan="2">合计</td><td>3,496</td><td>3,229</td><td>92.4</td></tr>
</table></body></html>"""


def test_a_rowspan_group_label_leaves_the_columns_in_place(tmp_path) -> None:
    assert sums(tmp_path, _GROUPED.format(a="1,203"), ".html")[(3496, 1203, 846, 935, 512)] == "pass"
    assert ratios(tmp_path, _GROUPED.format(a="1,203"), ".html")[(1108, 1203, 92.1)] == "pass"
    assert sums(tmp_path, _GROUPED.format(a="1,230"), ".html")[(3496, 1230, 846, 935, 512)] == "fail"


_SUBTOTALS = """<html><body>
<p>附：全年业务分类统计</p>
<table border="1">
<tr><th>类别</th><th>事项</th><th>件数</th></tr>
<tr><td rowspan="3">民事</td><td>继承</td><td>1,204</td></tr>
<tr><td>委托</td><td>{b}</td></tr>
<tr><td>小计</td><td>3,070</td></tr>
<tr><td rowspan="3">经济</td><td>合同</td><td>642</td></tr>
<tr><td>提存</td><td>218</td></tr>
<tr><td>小计</td><td>860</td></tr>
<tr><td colspan="2">合计</td><td>3,930</td></tr>
</table></body></html>"""


def test_a_column_of_groups_with_subtotals_under_a_two_column_label(tmp_path) -> None:
    got = sums(tmp_path, _SUBTOTALS.replace("{b}", "1,866"), ".html")
    assert got[(3070, 1204, 1866)] == got[(3930, 3070, 860)] == got[(860, 642, 218)] == "pass"
    assert (3930, 1204, 1866, 3070, 642, 218, 860) not in got  # (never items and subtotals together)
    assert sums(tmp_path, _SUBTOTALS.replace("{b}", "1,686"), ".html")[(3070, 1204, 1686)] == "fail"
