"""False alarms found on consistent texts written for the project (session 27, helper fa68: 政府信息公开
工作年度报告 of the 2019 and 2021 forms, 12345 hotline 周报/月报/专题/年报, 统计公报 and 统计月报/快报 of
市/县). Each rule is a statement about how Chinese reports state figures, tested on project sentences, with
a variant whose arithmetic is broken that must still fail where the reading is unique (or the reason it
abstains)."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def passing(tmp_path, text: str) -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text, ".txt") if c.status == "pass"]


# --- an indicator row whose only figure is a fall ("固定资产投资|亿元|—|-3.4") is a row of figures, not
# a header: the "其中:" row under it is bounded by it in the columns of levels only, never by its growth ---

_MONTHLY = ("某市1—6月主要经济指标\n\n"
            "  指标                    单位        1—6月       同比增长(%)\n"
            "  规模以上工业增加值      亿元        —            3.1\n"
            "  固定资产投资            亿元        {whole}       -3.4\n"
            "  其中:工业投资           亿元        {part}       20.8\n"
            "  社会消费品零售总额      亿元        93.06         7.2\n")


def test_a_row_with_a_fall_only_is_no_header(tmp_path) -> None:
    # (levels not printed: the growths are no parts of one another)
    assert failing(tmp_path, _MONTHLY.format(whole="—", part="—")) == []
    assert failing(tmp_path, _MONTHLY.format(whole="120.50", part="46.12")) == []
    assert any("46.12" in m for m in passing(tmp_path, _MONTHLY.format(whole="120.50", part="46.12")))
    # a part printed above its whole still fails
    broken = failing(tmp_path, _MONTHLY.format(whole="120.50", part="146.12"))
    assert broken and "146.12" in broken[0]


# --- a bracket right after a total that names some categories of a closed set ("法人或其他组织申请13件
# (商业企业9件、法律服务机构2件)": two of the national form's five kinds) leaves the other kinds out: each
# item is bounded by the total, and the list is summed only where it names every kind ---

_APPLICANTS = "本年度收到政府信息公开申请47件，其中自然人申请34件，法人或其他组织申请13件（{items}）。"


def test_a_bracket_naming_some_kinds_of_a_closed_set(tmp_path) -> None:
    assert failing(tmp_path, _APPLICANTS.format(items="商业企业9件、法律服务机构2件")) == []
    assert failing(tmp_path, "全年办结申请48件（予以公开22件、部分公开3件），结转下年度2件。") == []
    # the items past the total still fail
    broken = failing(tmp_path, _APPLICANTS.format(items="商业企业9件、法律服务机构5件"))
    assert broken and "13" in broken[0]
    # every kind named: a complete list, summed
    whole = "商业企业9件、科研机构1件、社会公益组织0件、法律服务机构2件、其他{n}件"
    assert failing(tmp_path, _APPLICANTS.format(items=whole.format(n=1))) == []
    assert failing(tmp_path, _APPLICANTS.format(items=whole.format(n=2)))
    # a bracket of no closed set is complete as before ("机构7个(5科、1室、1安监中心)")
    assert failing(tmp_path, "局机关内设机构8个（业务科室5个、综合科室2个）。")


# --- a figure of a classification ("从受理渠道看,…网络渠道受理371,905件") is one kind of the act: a list of
# the year's quarters is no breakdown of it (the year's whole is further back), and a bare base ("占受理量的")
# names the whole, not the kind ---

_CHANNELS = ("全年共受理诉求1,286,452件，较上年增长9.5%。从受理渠道看，电话受理862,147件，网络渠道受理371,905件，"
             "其他渠道52,400件。\n")


def test_quarters_are_of_the_year_not_of_a_channel(tmp_path) -> None:
    text = _CHANNELS + "分季度看，一至四季度分别受理298,415件、321,604件、352,187件和{q4}件，三季度受理量最多。"
    assert failing(tmp_path, text.format(q4="314,246")) == []
    assert any("314,246" in m for m in passing(tmp_path, text.format(q4="314,246")))
    broken = failing(tmp_path, text.format(q4="315,246"))
    assert broken and "1286452" in broken[0].replace(",", "")


def test_a_bare_base_is_not_a_channel_nor_a_quarter(tmp_path) -> None:
    # the year's whole not printed: no item of a quarter list is what "受理量" names (nor a channel named
    # by the classification's noun, "网络渠道受理", as the next test shows with the whole printed)
    quarters = "一至四季度分别受理298,415件、321,604件、352,187件和314,246件。重复来电98,317件，占受理量的7.6%。"
    assert failing(tmp_path, quarters) == []
    # the whole printed: the share is of it, and a misprint fails
    text = _CHANNELS + "全年直接办结702,318件，转派工单584,134件。重复来电98,317件，占受理量的{p}%。"
    assert any("98,317" in m and "1,286,452" in m for m in passing(tmp_path, text.format(p="7.6")))
    assert failing(tmp_path, text.format(p="8.6"))
    whole = "全年共受理诉求1,286,452件。" + quarters.replace("7.6%", "{p}%")
    assert failing(tmp_path, whole.format(p="7.6")) == []
    assert failing(tmp_path, whole.format(p="8.6"))


# --- a list whose shares make 100% is the whole of the figure before it only when that figure is of the
# parts' period: "1—11月累计…" in a report of one month is a running total, not the month's whole ---

_SPAN = ("某区接诉即办月度分析（2023年{title}）\n11月，全区共接收派单36,812件。1—11月累计接收派单401,236件，同比增长6.8%。"
         "全区街乡镇和区属部门分别承办{a}件和{b}件，分别占{p}%和{q}%。")


def test_a_running_total_is_no_whole_of_the_months_list(tmp_path) -> None:
    text = _SPAN.format(title="11月", a="24,506", b="12,306", p="66.6", q="33.4")
    assert failing(tmp_path, text) == []
    assert not any("401,236" in m and "24,506" in m for m in passing(tmp_path, text))
    # the month's whole right before the list: a misprinted part still fails
    month = _SPAN.format(title="11月", a="24,506", b="12,906", p="66.6", q="33.4").replace("。1—11月累计接收派单401,236件", "")
    assert failing(tmp_path, month)
    # a report of the span: the running total is the list's whole
    span = _SPAN.format(title="1—11月", a="264,506", b="136,730", p="65.9", q="34.1").replace("11月，全区共接收派单36,812件。", "")
    assert any("401,236" in m and "264,506" in m for m in passing(tmp_path, span))
    assert failing(tmp_path, span.replace("136,730", "136,830"))


# --- a table of the towns' level (caption "街乡镇办理情况", "镇(街道)…") leaves the departments out: its
# total row states the prose's 全区 rate only where a column restates its figure exactly -- and a rate of
# 100% restated shows nothing of the scope ---

_TOWNS = ("本月全区响应率100%，解决率93.7%，满意率{s}%。\n\n三、街乡镇办理情况\n"
          "  街乡镇      派单量（件）   响应率（%）   解决率（%）   满意率（%）\n"
          "  甲街道          9,214          100          92.8          94.6\n"
          "  乙街道          5,432          100          95.1          96.3\n"
          "  合计           14,646          100          {r}          {t}\n")


def test_a_towns_table_total_is_not_the_districts_rate(tmp_path) -> None:
    assert failing(tmp_path, _TOWNS.format(s="95.2", r="93.5", t="95.0")) == []
    # a table of the whole district (no level named in its caption): the rates are equated as before
    whole = _TOWNS.replace("三、街乡镇办理情况", "三、全区办理情况").replace("街乡镇   ", "单位     ")
    assert failing(tmp_path, whole.format(s="95.2", r="93.7", t="95.0"))


# --- a table under a heading naming one body ("二、县政府办公室收到和处理政府信息公开申请情况") is that
# body's: a figure of the whole place (全县 before it in its paragraph, the body not the subject of a
# sentence since) restates none of its rows; the body's own figures still do ---

_BODY = ("一、总体情况\n全县各级行政机关共收到政府信息公开申请312件，其中县政府办公室42件，县直部门236件，乡镇34件；"
         "上年结转9件。全年办结316件，结转下年度5件。\n"
         "（二）依申请公开。县政府办公室本年新收申请{n}件，上年结转2件；办结43件，结转下年度1件。\n\n"
         "{heading}\n"
         "                                   自然人   法人或其他组织   总计\n"
         "  一、本年新收政府信息公开申请数量     35         7             42\n"
         "  二、上年结转政府信息公开申请数量      2         0              2\n"
         "  三、本年度办理结果\n"
         "  （一）予以公开                       18         7             25\n"
         "  （二）部分公开                       18         0             18\n"
         "  （七）总计                           36         7             43\n"
         "  四、结转下年度继续办理                1         0              1\n")


def test_a_bodys_table_is_not_the_whole_places(tmp_path) -> None:
    head = "二、县政府办公室收到和处理政府信息公开申请情况"
    assert failing(tmp_path, _BODY.format(n=42, heading=head)) == []
    # the body's own figure, misprinted, still fails against its table
    broken = failing(tmp_path, _BODY.format(n=45, heading=head))
    assert broken and any("45" in m and "42" in m for m in broken)
    # a heading naming no body: the 全县 figures are read against the table as before
    assert any("312" in m for m in failing(tmp_path, _BODY.format(n=42, heading="二、收到和处理政府信息公开申请情况")))


# --- an average ("月均1,433件", a "月均" row) is no part of a whole: a share printed after it is of the
# level its sentence states (8,600), a row of averages is no item of a column's sum, and its change is
# read over figures rounded to the unit (1,433 and 1,210 stand for 1,432.5-1,433.5 and 1,209.5-1,210.5) ---

_AVG = ("上半年，全区受理电动自行车充电类诉求8,600件，同比增长18.5%（上年同期7,258件），月均1,433件，"
        "占全部诉求（62,418件）的{p}%。")


def test_a_share_after_an_average_is_of_the_level(tmp_path) -> None:
    assert failing(tmp_path, _AVG.format(p="13.8")) == []
    assert any("8,600" in m and "62,418" in m for m in passing(tmp_path, _AVG.format(p="13.8")))
    assert failing(tmp_path, _AVG.format(p="14.8"))
    named = "上半年，全区12345热线共受理诉求62,418件。其中，" + _AVG.split("，", 1)[1].replace("（62,418件）", "")
    assert failing(tmp_path, named.format(p="13.8")) == []
    assert failing(tmp_path, named.format(p="14.8"))


_MONTHS = ("  月份      受理量（件）   占比（%）   上年同期（件）   同比（%）\n"
           "  1月          1,216         14.1          1,035          17.5\n"
           "  2月            984         11.4            912           7.9\n"
           "  3月          1,352         15.7          1,106          22.2\n"
           "  4月          1,518         17.7          1,287          17.9\n"
           "  5月          1,687         19.6          1,402          20.3\n"
           "  6月          1,843         21.4          1,516          21.6\n"
           "  合计         {total}        100.0          7,258          18.5\n"
           "  月均         1,433           —           1,210          {g}\n")


def test_a_row_of_averages(tmp_path) -> None:
    assert failing(tmp_path, _MONTHS.format(total="8,600", g="18.5")) == []
    # the rows still add up to the total row, and the average's change is still checked
    assert any("8,700" in m.replace("8700", "8,700") for m in failing(tmp_path, _MONTHS.format(total="8,700", g="18.5")))
    assert failing(tmp_path, _MONTHS.format(total="8,600", g="19.5"))


def test_a_list_opener_is_no_qualifier_of_the_base(tmp_path) -> None:
    # "包括本年新收47件": 包括 opens the list, it names no kind -- the 47 is what "占本年新收的" names
    text = ("全年办理政府信息公开申请51件，包括本年新收47件、上年结转4件。截至年底，已答复46件，正在办理5件。"
            "从申请人类型看，法人或其他组织提出16件，占本年新收的{p}%。")
    assert any("16" in m and "47" in m for m in passing(tmp_path, text.format(p="34.0")))
    assert failing(tmp_path, text.format(p="36.0"))
