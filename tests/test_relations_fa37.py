"""Session 18, helper fa37: the false alarms of unseen19 -- one row's name crossed with two measures, a
share column over a whole the table does not print, a share of the set its clause opens with, a
wrapped page measured without its table rows, a closing column beside an intake column, the reason
of a withheld outcome. Project sentences, written for these tests."""

from __future__ import annotations

import pytest
from helpers import audit_text, operands_of

found = operands_of  # (operands by the kind's roles, status)


def rules(tmp_path, text: str, rule: str, suffix: str = ".txt") -> list[tuple]:
    """(status, operands) of every check of ``rule``."""
    return [(c.status, c.operands) for c in audit_text(tmp_path, text, suffix) if c.rule == rule]


# 1. A statistical bulletin crosses one row's name (a sector, an industry) with several measures: the
# prose's value added of 第一产业 restates no cell of the investment table's 第一产业 row, nor of a
# row of employment or electricity. A table of the same measure (or a column naming no measure,
# "绝对数") still restates the prose, and a misprint there still fails.
_GDP = ("全年全县地区生产总值186.52亿元，比上年增长6.1%。其中，第一产业增加值21.36亿元，第二产业增加值72.48亿元，"
        "第三产业增加值92.68亿元。\n\n")


def _sector_table(head: str, cells: tuple[str, str, str], second: str = "比上年增长（%）") -> str:
    rows = "".join(f"| {name} | {c} | 2.{k} |\n" for k, (name, c) in enumerate(zip(("第一产业", "第二产业", "第三产业"),
                                                                                 cells, strict=True)))
    return f"| 产业 | {head} | {second} |\n| --- | --- | --- |\n{rows}"


@pytest.mark.parametrize(("text", "expected"), [
    (_GDP + _sector_table("固定资产投资（亿元）", ("5.2", "38.6", "61.9")), []),
    (_GDP + _sector_table("投资额（亿元）", ("21.3", "72.4", "92.6")), []),
    (_GDP + _sector_table("从业人员（万人）", ("12.3", "18.4", "22.9")), []),
    (_GDP + _sector_table("用电量（亿千瓦时）", ("1.6", "30.2", "11.7")), []),
    (_GDP + _sector_table("规上企业利润（亿元）", ("0.8", "9.6", "7.4")), []),
    (_GDP + _sector_table("增加值（亿元）", ("21.36", "72.48", "92.68")), ["pass", "pass", "pass"]),
    (_GDP + _sector_table("增加值（亿元）", ("21.36", "72.48", "92.86")), ["pass", "pass", "fail"]),
    (_GDP + _sector_table("绝对数（亿元）", ("21.36", "72.48", "92.68")), ["pass", "pass", "pass"]),
])
def test_one_rows_name_crossed_with_two_measures(tmp_path, text, expected) -> None:
    assert [s for s, _ in rules(tmp_path, text, "equal.restated", ".md")] == expected


# 2. A share column whose cells add up to well under 100% ("占规上工业比重" of five leading industries:
# 62.5 in all) is over a wider whole the table does not print: the rows' sum printed before the
# table is no base. Shares that add up to 100%, or that all rows but one agree with, stay of it.
_LEADING = "全年规模以上工业增加值比上年增长6.8%。五个重点行业实现营业收入合计860.0亿元，占全市规上工业营业收入的62.5%。\n\n"


def _industries(shares: tuple[str, ...], head: str = "占规上工业比重（%）") -> str:
    names = ("汽车制造", "电子信息", "医药化工", "纺织服装", "食品饮料")
    figures = ("300.0", "220.0", "160.0", "110.0", "70.0")
    rows = "".join(f"| {n} | {f} | {s} |\n" for n, f, s in zip(names, figures, shares, strict=True))
    return _LEADING + f"| 行业 | 营业收入（亿元） | {head} |\n| --- | --- | --- |\n" + rows


@pytest.mark.parametrize(("text", "expected"), [
    (_industries(("21.8", "16.0", "11.6", "8.0", "5.1")), []),
    (_industries(("21.8", "16.0", "11.6", "8.0", "15.1")), []),
    (_industries(("21.8", "16.0", "11.6", "8.0", "5.1"), "占全市比重（%）"), []),
    (_industries(("34.9", "25.6", "18.6", "12.8", "8.1"), "占比（%）"), ["pass"] * 5),
    (_industries(("34.9", "25.6", "18.6", "12.8", "8.1")), ["pass"] * 5),
    (_industries(("34.9", "15.6", "18.6", "12.8", "8.1")), ["pass", "fail", "pass", "pass", "pass"]),
    (_industries(("34.9", "52.6", "18.6", "12.8", "8.1")), ["pass", "fail", "pass", "pass", "pass"]),
])
def test_a_share_column_over_a_whole_the_table_omits(tmp_path, text, expected) -> None:
    assert [s for s, _ in rules(tmp_path, text, "ratio.table_share", ".md")] == expected


# 3. A share whose clause opens with its set -- a figure and 中 ("整改完成426条中…"), or the name of a
# figure stated before ("专任教师中…") -- is of that set: not of the paragraph's first figure, nor of a
# figure that opened another list. A misprinted share still fails, over the set.
@pytest.mark.parametrize(("text", "expected"), [
    ("学校现有在校学生18,640人。现有教职工1,512人，其中专任教师1,108人、行政管理人员236人、工勤人员168人。"
     "专任教师中具有高级职称的452人，占40.8%。", [(452, 1108, 40.8, "pass")]),
    ("学校现有在校学生18,640人。现有教职工1,512人，其中专任教师1,108人、行政管理人员236人、工勤人员168人。"
     "专任教师中具有高级职称的452人，占42.8%。", [(452, 1108, 42.8, "fail")]),
    ("全院共有职工2,046人，其中卫生技术人员1,718人、管理人员142人、工勤技能人员186人。"
     "卫生技术人员中具有副高级以上职称的386人，占22.5%。", [(386, 1718, 22.5, "pass")]),
    ("全年收到群众评价36.2万条，其中满意评价35.9万条，满意率99.2%；差评426条，均已回访整改，"
     "整改完成426条中确属服务问题的有138条，占32.4%。", [(138, 426, 32.4, "pass")]),
    ("全年收到群众评价36.2万条，其中满意评价35.9万条，满意率99.2%；差评426条，均已回访整改，"
     "整改完成426条中确属服务问题的有138条，占34.2%。", [(138, 426, 34.2, "fail")]),
    ("全年受理投诉8,460件，其中食品类3,120件，满意率98.6%；复核的215件中属实的有64件，占29.8%。",
     [(64, 215, 29.8, "pass")]),
    ("全年受理投诉8,460件，其中食品类3,120件，满意率98.6%；复核的215件中属实的有64件，占39.8%。",
     [(64, 215, 39.8, "fail")]),
])
def test_a_share_of_the_set_its_clause_opens_with(tmp_path, text, expected) -> None:
    got = [r for r in found(tmp_path, text, "ratio") if r[0] == expected[0][0]]
    assert got == expected


# 4. A hard-wrapped page is measured on its lines of prose: a table's rows (many, of their own
# lengths) hide its width, and a change cut at the wrap ("…612条,较\n上年增加72条,增长13.3%") was read
# with the delta as its current figure. The change of the level passes; a misprinted rate fails.
_PARAS = ("(一)主动公开情况。全年在镇政府网站农业农村专栏发布信息612条,较上年增加72条,增长{rate}%。"
          "公开高标准农田建设项目14个,新建机耕道路52.6公里,完成投资1.84亿元。",
          "(二)依申请公开情况。全年收到政府信息公开申请26件,办结25件,结转下年度1件。"
          "全部申请均在法定期限内答复,答复平均用时为8个工作日以内。",
          "(三)行政复议和诉讼情况。因政府信息公开被申请行政复议1件,结果维持;未被提起行政诉讼。")
_ROWS = ("一、本年新收政府信息公开申请数量|20|5|0|0|0|1|26", "二、上年结转政府信息公开申请数量|0|0|0|0|0|0|0",
         "三、本年度办理结果|", "(一)予以公开|11|3|0|0|0|0|14", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)|2|1|0|0|0|0|3",
         "(三)不予公开|", "1.属于国家秘密|0|0|0|0|0|0|0", "2.其他法律行政法规禁止公开|0|0|0|0|0|0|0",
         "3.危及“三安全一稳定”|0|0|0|0|0|0|0", "4.保护第三方合法权益|1|0|0|0|0|0|1", "5.属于三类内部事务信息|0|0|0|0|0|0|0",
         "6.属于四类过程性信息|0|0|0|0|0|0|0", "7.属于行政执法案卷|0|0|0|0|0|0|0", "8.属于行政查询事项|0|0|0|0|0|0|0",
         "(四)无法提供|", "1.本机关不掌握相关政府信息|5|1|0|0|0|1|7", "2.没有现成信息需要另行制作|0|0|0|0|0|0|0",
         "3.补正后申请内容仍不明确|0|0|0|0|0|0|0", "(五)不予处理|", "1.信访举报投诉类申请|0|0|0|0|0|0|0",
         "2.重复申请|0|0|0|0|0|0|0", "3.要求提供公开出版物|0|0|0|0|0|0|0", "4.无正当理由大量反复申请|0|0|0|0|0|0|0",
         "5.要求行政机关确认或重新出具已获取信息|0|0|0|0|0|0|0", "(六)其他处理|",
         "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0",
         "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0",
         "3.其他|0|0|0|0|0|0|0", "(七)总计|19|5|0|0|0|1|25", "四、结转下年度继续办理|1|0|0|0|0|0|1")


def _wrapped(width: int, rate: str = "13.3") -> str:
    lines: list[str] = []
    for p in _PARAS:
        p = p.format(rate=rate)
        lines += [p[i : i + width] for i in range(0, len(p), width)] + [""]
    return ("某镇人民政府2021年政府信息公开工作年度报告\n\n一、总体情况\n\n" + "\n".join(lines)
            + "\n二、收到和处理政府信息公开申请情况\n\n" + "\n".join(f"|{r}|" for r in _ROWS) + "\n")


@pytest.mark.parametrize(("width", "rate", "status"), [
    (33, "13.3", "pass"), (34, "13.3", "pass"), (36, "13.3", "pass"), (37, "13.3", "pass"),
    (36, "15.3", "fail"), (33, "15.3", "fail"),
])
def test_a_wrapped_page_is_measured_without_its_table(tmp_path, width, rate, status) -> None:
    assert found(tmp_path, _wrapped(width, rate), "change") == [(612, float(rate), status)]
    assert ("pass", {"total": 26, "parts": [25, 1]}) in [(s, o) for s, o in rules(tmp_path, _wrapped(width, rate), "sum.status")]


# A list of outcomes after "办结件中," that names some only -- two by a 分别 pair, one by a reason of
# 无法提供 ("本机关不掌握…") -- leaves the others out: each is bounded, none summed.
@pytest.mark.parametrize("text", [
    "全年收到政府信息公开申请35件,办结34件,结转下年度1件。办结件中,予以公开和部分公开的分别为14件和4件;"
    "本机关不掌握相关政府信息的10件,占办结总数的29.4%。",
    "全年收到申请52件,办结50件,结转下年度2件。在办结的申请中,予以公开、部分公开的分别为21件、6件,"
    "没有现成信息需要另行制作的5件。",
])
def test_some_outcomes_named_by_a_pair_and_a_reason(tmp_path, text) -> None:
    assert found(tmp_path, text, "sum") == [] or all(s != "fail" for *_, s in found(tmp_path, text, "sum"))
    assert all(s == "pass" for *_, s in found(tmp_path, text, "bound"))


# 5. A closing column (结案, 办结) beside an intake column (立案, 受理) of one year may hold work carried
# in: a row closing more than it took in is no error -- unless its column misses the table's 合计 by
# just what that cell exceeds (one misprint explains both, and the check fails).
def _systems(rows: list[tuple[str, int, int]], total: tuple[int, int]) -> str:
    body = "".join(f"| {n} | {a:,} | {b:,} |\n" for n, a, b in rows)
    return ("全市各执法系统全年立案情况如下：\n\n| 执法系统 | 立案（件） | 结案（件） |\n| --- | --- | --- |\n"
            + body + f"| 合计 | {total[0]:,} | {total[1]:,} |\n")


_FIVE = [("市场监管", 862, 817), ("生态环境", 214, 203), ("交通运输", 1374, 1361), ("城市管理", 936, 951),
         ("应急管理", 147, 139)]


@pytest.mark.parametrize(("text", "expected"), [
    (_systems(_FIVE, (3533, 3471)), "unverifiable"),   # the column adds up: carried-in cases closed
    (_systems(_FIVE, (3533, 3481)), "unverifiable"),   # off the other way: not this cell's slip
    (_systems([("治安", 420, 398), ("交通", 316, 302), ("消防", 58, 61)], (794, 761)), "unverifiable"),
    (_systems([("治安", 420, 398), ("交通", 316, 302), ("消防", 58, 85)], (794, 755)), "fail"),  # 55 typed 85
    (_systems([("种子", 12, 12), ("农药", 9, 13), ("兽药", 6, 5)], (27, 26)), "fail"),  # 13 for 9: +4 on 合计
    (_systems(_FIVE, (3533, 3471)).replace("立案情况如下", "立案均为本年新立案,情况如下"), "fail"),  # none carried in
])
def test_a_closing_column_beside_an_intake_column(tmp_path, text, expected) -> None:
    over = [s for small, large, s in found(tmp_path, text, "bound", ".md") if small > large]
    assert over == [expected]


# 6. An outcome given with its reason ("属于行政执法案卷而不予公开的21件", "以涉及商业秘密为由不予公开的")
# counts that reason's row of the application table, not the whole 不予公开 group.
_FORM = ("<table>"
         "<tr><td>项目</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td>"
         "<td>其他</td><td>总计</td></tr>"
         "<tr><td>一、本年新收政府信息公开申请数量</td><td>60</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>63</td></tr>"
         "<tr><td>二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>（一）予以公开</td><td>20</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>21</td></tr>"
         "<tr><td>（二）部分公开</td><td>6</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>"
         "<tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>"
         "<tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>3.危及“三安全一稳定”</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>"
         "<tr><td>4.保护第三方合法权益</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>"
         "<tr><td>5.属于三类内部事务信息</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>6.属于四类过程性信息</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>7.属于行政执法案卷</td><td>{case}</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>{case1}</td></tr>"
         "<tr><td>8.属于行政查询事项</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>"
         "<tr><td>（四）无法提供</td><td>1.本机关不掌握相关政府信息</td><td>9</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>9</td></tr>"
         "<tr><td>2.没有现成信息需要另行制作</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>3.补正后申请内容仍不明确</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>（五）不予处理</td><td>1.信访举报投诉类申请</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>"
         "<tr><td>2.重复申请</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>3.要求提供公开出版物</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>4.无正当理由大量反复申请</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>5.要求行政机关确认或重新出具已获取信息</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>（六）其他处理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "<tr><td>（七）总计</td><td>60</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>63</td></tr>"
         "<tr><td>四、结转下年度继续办理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
         "</table>")


@pytest.mark.parametrize(("prose", "case", "expected"), [
    ("办结申请中，属于行政执法案卷而不予公开的14件，占22.2%。", 13, [((14, 14), "pass")]),
    ("办结申请中，属于行政执法案卷而不予公开的14件，占22.2%。", 12, [((14, 13), "fail")]),
    ("经审查，属于行政执法案卷不予公开的14件。", 13, [((14, 14), "pass")]),
    ("全年属于行政执法案卷而不予公开14件，本机关不掌握相关政府信息的9件。", 13, [((14, 14), "pass")]),
    ("以属于行政查询事项为由不予公开的3件，属于行政执法案卷而不予公开的14件。", 13, [((3, 3), "pass"), ((14, 14), "pass")]),
])
def test_an_outcome_given_with_its_reason(tmp_path, prose, case, expected) -> None:
    text = (f"<p>全年收到政府信息公开申请63件，全部办结。{prose}</p>"
            + _FORM.replace("{case}", str(case)).replace("{case1}", str(case + 1)))
    got = audit_text(tmp_path, text, ".html")
    assert not [c for c in got if c.rule == "sum.disclosure_group" and c.status == "fail"]
    restated = [(tuple(c.operands["values"]), c.status) for c in got
                if c.rule == "equal.restated_table" and c.operands["values"][0] in (3, 14)]
    assert restated == expected


# 7. A 合计 naming the parts it adds ("予以公开和部分公开合计28件") after those parts is their subtotal, no
# third part of the list (fa36's ``subtotal_of_the_last``, widened to 12 characters of name and a bare 共).
@pytest.mark.parametrize("text", [
    "全年办结63件，其中予以公开22件，部分公开6件，予以公开和部分公开合计28件，占办结数的44.4%；结转下年度4件。",
    "全年办结63件，其中予以公开22件，部分公开6件，予以公开与部分公开共28件，占办结数的44.4%；结转下年度4件。",
    "全年办结申请90件，其中同意公开35件，同意部分公开12件，同意公开和部分公开共计47件，占52.2%。",
])
def test_a_total_naming_its_parts_is_no_further_part(tmp_path, text) -> None:
    sums = found(tmp_path, text, "sum")
    assert all(s == "pass" for *_, s in sums) and any(len(parts) == 2 for _, parts, _ in sums)
