"""False alarms found on consistent texts written blind to the engine (session 21, helper fa47:
政府信息公开 reports, 统计公报/月报, 财政预决算, 审计, 行政执法数据公示, 社保/公积金 reports). Each rule is
a statement about how Chinese reports state figures, tested on project sentences, with a variant
whose arithmetic is broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text, failing

# --- a previous period's column names its period: "上年同期累计" is the previous figure of the 累计
# column, never of the 本月 column (even when the 累计 column is often "—") ---

_MONTHLY = """某县2024年6月社会保险基金月报

                                                  单位:万人、亿元

指标                              本月       1-6月累计     上年同期累计    同比增减(%)
一、参保人数(期末)
  企业职工基本养老保险           42.18          —             41.06          2.7
  失业保险                       21.36          —             20.84          2.5
  工伤保险                       26.72          —             25.90          3.2
二、基金收入
  企业职工基本养老保险            5.12        30.64          29.18          {a}
  失业保险                        0.18         1.06           1.10         -3.6
"""


def test_a_previous_periods_column_is_of_its_own_period(tmp_path) -> None:
    # the month's income is never set against last year's running total
    assert failing(tmp_path, _MONTHLY.format(a="5.0")) == []
    assert not [m for m in failing(tmp_path, _MONTHLY.format(a="9.0")) if "5.12" in m]


# --- "A、B各N": a figure after 各 following several joined names counts once per name ---

def test_a_figure_each_of_several_names_counts_per_name(tmp_path) -> None:
    for text in ("全县设立政务公开专区23个,其中县政务服务中心、县档案馆各1个,乡镇便民服务中心21个。",
                 "全区共配备执法记录仪16台,其中城区中队和郊区中队各2台,各街道执法队12台。",
                 "评查案卷35卷,其中优秀卷、合格卷各15卷,不合格卷5卷。"):
        assert failing(tmp_path, text) == [], text
    assert failing(tmp_path, "全县设立政务公开专区24个,其中县政务服务中心、县档案馆各1个,乡镇便民服务中心21个。")
    assert failing(tmp_path, "评查案卷37卷,其中优秀卷、合格卷各15卷,不合格卷5卷。")


# --- an item's count of occasions (场, 次, 期) followed by 涉及 and a figure of the list's unit: the
# occasions are how often, the figure after 涉及 is the part ---

def test_occasions_beside_what_they_involved_are_no_part(tmp_path) -> None:
    ok = "全年主动公开信息2,046条。其中,通过门户网站公开1,812条,通过政府公报公开46条,通过新闻发布会公开12次、涉及信息188条。"
    assert failing(tmp_path, ok) == []
    assert failing(tmp_path, ok.replace("2,046条", "2,064条"))


# --- limits: a whole's ceiling and the ceilings of its kinds are no sum ---

def test_limits_of_kinds_are_no_parts_of_the_wholes_limit(tmp_path) -> None:
    for text in ("个人住房贷款最高额度为60万元,其中,单职工缴存的最高额度40万元,双职工缴存的最高额度60万元。",
                 "住房公积金月缴存基数上限为28,000元,其中,市直单位上限28,000元,县区单位上限22,000元。"):
        assert failing(tmp_path, text) == [], text


# --- a share of a balance (…余额占…) names a balance, never a flow of the same noun (回收…, 发放…)
# nor a limit ---

_LOANS = ("1.个人住房贷款:个人住房贷款最高额度60万元。年末,贷款余额206.35亿元,比上年末增加8.67%。缴存余额248.62亿元。"
          "个人住房贷款余额占缴存余额的{p}%。")


def test_a_share_of_a_balance_is_of_the_balance(tmp_path) -> None:
    assert failing(tmp_path, _LOANS.format(p="83.00")) == []
    assert any("206.35" in m for m in failing(tmp_path, _LOANS.format(p="88.00")))


def test_a_share_of_a_balance_after_a_list_of_balances(tmp_path) -> None:
    text = ("回收个人住房贷款22.18亿元。年末,累计发放个人住房贷款9.64万笔、412.30亿元,贷款余额206.35亿元,"
            "分别比上年末增加10.55%、10.34%、8.67%。缴存余额248.62亿元。个人住房贷款余额占缴存余额的{p}%。")
    assert failing(tmp_path, text.format(p="83.00")) == []


# --- a table's total row: a paragraph whose heading names a row holds that row's figures; the
# budget an account is kept under names no 预算数 column; two joined column names are neither ---

_RECTIFY = """## 二、审计查出问题整改情况

| 问题类别 | 问题数(个) | 已整改(个) | 部分整改(个) |
|---|---|---|---|
| 财政管理 | 24 | 21 | 3 |
| 部门预算执行 | 38 | 35 | 3 |
| 民生资金 | 17 | 16 | 1 |
| 合计 | 79 | 72 | 7 |

**(一)财政管理方面。** 审计指出的24个问题已整改21个,其余3个正在整改。

**(二)民生资金方面。** 审计指出的17个问题已整改16个。
"""


def test_a_paragraph_headed_by_a_row_states_that_rows_figures(tmp_path) -> None:
    assert failing(tmp_path, _RECTIFY, ) == []


_BUDGET = """## 一般公共预算收入执行情况

全市一般公共预算收入{a}亿元,完成预算的101.6%。

| 项目 | 预算数 | 执行数 | 完成预算% |
|---|---|---|---|
| 税收收入 | 120.00 | 121.50 | 101.3 |
| 非税收入 | 30.00 | 30.90 | 103.0 |
| 合计 | 150.00 | 152.40 | 101.6 |
"""


def test_an_accounts_budget_word_names_no_budget_column(tmp_path) -> None:
    assert failing(tmp_path, _BUDGET.format(a="152.40"), ) == []
    assert not [m for m in failing(tmp_path, _BUDGET.format(a="152.40")) if "预算数" in m]


_JOINED = """<html><body><p>全年受理社保业务咨询、办理{a}件,其中:</p>
<table border="1">
<tr><th>社区</th><th>咨询(件)</th><th>办理(件)</th><th>小计(件)</th></tr>
<tr><td>东园社区</td><td>210</td><td>340</td><td>550</td></tr>
<tr><td>西园社区</td><td>180</td><td>300</td><td>480</td></tr>
<tr><td>南园社区</td><td>150</td><td>260</td><td>410</td></tr>
<tr><td>合计</td><td>540</td><td>900</td><td>1,440</td></tr>
</table></body></html>"""


def test_a_figure_of_two_joined_column_names_is_neither_columns(tmp_path) -> None:
    assert [c.message_zh for c in audit_text(tmp_path, _JOINED.format(a="1,440"), ".html") if c.status == "fail"] == []


# --- shares of a list named over a base that stands only in an earlier item of another body, while
# their own paragraph prints the whole they are exactly of ---

_ITEMS = ("二、某市司法局:全年共受理申请128件(含上年结转11件),新收申请117件。\n"
          "三、某区住建局:全年收到申请{a}件,同比增长26.0%。按申请人分,自然人申请52件、商业企业8件、法律服务机构3件,"
          "分别占新收申请的82.5%、12.7%和{c}%。\n")


def test_a_lists_shares_are_of_their_own_paragraphs_whole(tmp_path) -> None:
    assert failing(tmp_path, _ITEMS.format(a="63", c="4.8")) == []
    assert failing(tmp_path, _ITEMS.format(a="63", c="5.8"))  # a wrong share keeps its reading


# --- a ";" clause naming no set of its own continues the set the clause before it opened ---

def test_a_semicolon_clause_continues_the_opened_set(tmp_path) -> None:
    text = ("学校现有教职工3,120人,其中专任教师2,046人,专任教师中具有高级职称的1,128人,占55.1%;"
            "具有博士学位的1,302人,占{p}%。")
    assert failing(tmp_path, text.format(p="63.6")) == []
    assert any("1,302" in m for m in failing(tmp_path, text.format(p="68.6")))


# --- a figure of an earlier paragraph is named by the whole of a share's words, outside its brackets ---

_FUND = """**(四)增值收益分配。** 2023年,提取贷款风险准备金0.96亿元,提取管理费用0.64亿元,提取城市廉租住房(公共租赁住房)建设补充资金4.38亿元。2023年,上交财政管理费用0.64亿元,上缴财政城市廉租住房(公共租赁住房)建设补充资金4.12亿元。

**(五)管理费用支出。** 2023年,管理费用支出0.61亿元,同比下降1.6%。其中,人员经费0.35亿元,公用经费0.09亿元,专项经费0.17亿元。

## 四、资产风险状况

个人住房贷款:2023年末,个人住房贷款逾期额0.05亿元,逾期率0.16‰。个人贷款风险准备金余额9.82亿元。2023年,使用个人贷款风险准备金核销呆坏账0亿元。

## 五、社会经济效益

**(一)缴存业务。** 缴存职工中,国家机关和事业单位占30.2%,国有企业占22.8%,城镇集体企业占2.4%,外商投资企业占5.9%,城镇私营企业及其他城镇企业占34.1%,民办非企业单位和社会团体占1.9%,灵活就业人员占1.8%,其他占0.9%;中、低收入占96.8%,高收入占3.2%。新开户职工中,中、低收入占98.6%,高收入占1.4%。

**(二)提取业务。** 提取金额中,购买、建造、翻建、大修自住住房占23.9%,偿还购房贷款本息占53.4%,租赁住房占{r}%,离休和退休提取占9.1%,完全丧失劳动能力并与单位终止劳动关系提取占0.5%,出境定居占0.1%,其他占4.2%。提取职工中,中、低收入占95.1%,高收入占4.9%。
"""


def test_an_alias_in_brackets_names_no_share_of_a_later_paragraph(tmp_path) -> None:
    assert failing(tmp_path, _FUND.format(r="8.8"), ) == []


# --- a budget table by 功能科目 printed in levels (类, 款, 项) with the indent lost: a run of rows right
# after a row that adds up to it exactly in every column is its breakdown, not more items of the total ---

_LEVELS = """表2 一般公共预算支出表(单位:万元)

| 科目名称 | 合计 | 基本支出 | 项目支出 |
|---|---|---|---|
| 一般公共服务支出 | 1,286.40 | 1,012.30 | 274.10 |
| 政府办公厅(室)及相关机构事务 | 1,086.40 | 862.30 | 224.10 |
| 行政运行 | 862.30 | 862.30 | 0.00 |
| 一般行政管理事务 | 224.10 | 0.00 | 224.10 |
| 统计信息事务 | 200.00 | 150.00 | 50.00 |
| 社会保障和就业支出 | 318.60 | 318.60 | 0.00 |
| 合计 | {t} | 1,330.90 | 274.10 |
"""


def test_rows_printed_in_levels_add_up_by_their_top_level(tmp_path) -> None:
    assert failing(tmp_path, _LEVELS.format(t="1,605.00")) == []
    assert any("1,615" in m for m in failing(tmp_path, _LEVELS.format(t="1,615.00")))
