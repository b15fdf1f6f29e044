"""Equalities and breakdowns by meaning (issue 15, patterns H and F), session 13.
Every sentence here is written for the project: each model has passing phrasings, a planted error
that must fail, and trap texts that must not relate."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def equals(tmp_path, text: str) -> dict[tuple, str]:
    return {tuple(sorted(float(v) for v in c.operands["values"])): c.status
            for c in checks(tmp_path, text) if c.kind == "equal"}


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(float(c.operands["total"]), *sorted(float(v) for v in c.operands["parts"])): c.status
            for c in checks(tmp_path, text) if c.kind == "sum"}


def failing(tmp_path, text: str) -> list:
    return [(c.rule, c.operands) for c in checks(tmp_path, text) if c.status == "fail"]


def key(total: float, *parts: float) -> tuple:
    return (float(total), *sorted(float(p) for p in parts))


def pair(a: float, b: float) -> tuple:
    return tuple(sorted((float(a), float(b))))


# --- a table's total row restated in the prose -------------------------------------------------

# "案件数（件）": the 件 of 件数 belongs to the noun (案件); the column counts 案件.
COUNT_COLUMNS = [
    # (text with {p} the prose figure, the table's total)
    ("某区城市管理局2023年执法工作报告\n一、执法办案\n全年共查处占道经营案件{p}件，罚没款64.5万元。"
     "占道经营案件分布见表1。\n\n表1　占道经营案件按街道统计\n| 街道 | 案件数（件） | 罚没款（万元） |\n"
     "| 东城街道 | 402 | 22.1 |\n| 西城街道 | 388 | 21.4 |\n| 南湖街道 | 338 | 21.0 |\n| 合计 | 1128 | 64.5 |\n", 1128),
    ("县应急管理局2024年工作总结\n全县全年共接报突发事件{p}起，均得到及时处置。\n\n表2　突发事件分类统计\n"
     "| 类别 | 事件数（起） | 涉及人数（人） |\n| 自然灾害 | 37 | 210 |\n| 事故灾难 | 52 | 96 |\n"
     "| 公共卫生 | 11 | 45 |\n| 合计 | 100 | 351 |\n", 100),
    ("市司法局2022年规范性文件审查情况\n\n一、基本情况\n全年共审查各部门报送的规范性文件{p}件。\n\n各部门报送情况如下：\n"
     "| 报送单位 | 文件数（件） | 提出修改意见（条） |\n| 教育局 | 14 | 22 |\n| 住建局 | 19 | 31 |\n"
     "| 农业农村局 | 9 | 12 |\n| 合计 | 42 | 65 |\n", 42),
]


@pytest.mark.parametrize("text,total", COUNT_COLUMNS)
def test_a_count_column_named_with_its_noun_is_restated(tmp_path, text, total):
    assert equals(tmp_path, text.format(p=f"{total:,}"))[pair(total, total)] == "pass"
    assert not failing(tmp_path, text.format(p=f"{total:,}"))
    wrong = total + 9
    assert equals(tmp_path, text.format(p=f"{wrong:,}"))[pair(wrong, total)] == "fail"


def test_a_kind_of_the_count_is_no_restatement(tmp_path):
    # the prose figure counts a kind of the table's cases (简易程序), not all of them
    text = ("某区城市管理局2023年执法工作报告\n全年适用简易程序查处案件600件。\n\n表1　案件按街道统计\n"
            "| 街道 | 案件数（件） | 罚没款（万元） |\n| 东城街道 | 402 | 22.1 |\n| 西城街道 | 388 | 21.4 |\n"
            "| 合计 | 790 | 43.5 |\n")
    assert pair(600, 790) not in equals(tmp_path, text)
    assert not failing(tmp_path, text)


# Several prose figures claim a column: the one naming the caption's object, and the amount stated
# beside it (one piece up to ; or 。), are the table's.
CLAIMS = [
    ("全年共办理一般程序案件{c}件，罚没款{m}万元；简易程序案件3,120件，罚款15.2万元；合计办理各类案件{all}件，"
     "罚没款合计{mall}万元。一般程序案件分类情况见表1。\n\n表1　一般程序案件按类别统计\n"
     "| 类别 | 案件数（件） | 罚没款（万元） |\n| 市容环境 | 300 | 40.5 |\n| 违法建设 | 250 | 120.0 |\n"
     "| 其他 | 150 | 30.0 |\n| 合计 | 700 | 190.5 |\n"),
    ("本年度共查处食品安全违法案件{c}件，罚没款{m}万元；查处其他违法案件960件，罚没款88.0万元；共计查处案件"
     "{all}件，罚没款共计{mall}万元。食品安全违法案件按环节分布见下表。\n\n食品安全违法案件按环节统计\n"
     "| 环节 | 案件数（件） | 罚没款（万元） |\n| 生产 | 200 | 60.0 |\n| 流通 | 300 | 70.5 |\n"
     "| 餐饮 | 200 | 60.0 |\n| 合计 | 700 | 190.5 |\n"),
]


@pytest.mark.parametrize("text", CLAIMS)
def test_the_figure_naming_the_captions_object_restates_the_total(tmp_path, text):
    def fill(c: int, m: str) -> str:
        return text.format(c=f"{c:,}", m=m, all=f"{c + 3120:,}", mall="205.7")

    got = equals(tmp_path, fill(700, "190.5"))
    assert got[pair(700, 700)] == "pass" and got[pair(190.5, 190.5)] == "pass"
    assert not [f for f in failing(tmp_path, fill(700, "190.5")) if f[0].startswith("equal")]
    got = equals(tmp_path, fill(707, "190.5"))
    assert got[pair(707, 700)] == "fail"
    got = equals(tmp_path, fill(700, "199.5"))
    assert got[pair(199.5, 190.5)] == "fail"


# A finding's figure with its noun left out after 的 ("判定为违法的358个") under columns that share
# the noun (下发图斑, 违法图斑); 判定为/认定为 and 立案 name no kind of what they count.
ELIDED = [
    ("2024年度卫片执法共下发监测图斑1,874个。经逐个实地核查，判定为合法的1,516个，判定为违法的{p}个。\n\n"
     "表2　卫片执法图斑核查情况\n| 乡镇 | 下发图斑（个） | 违法图斑（个） | 已整改（个） |\n"
     "| 甲镇 | 1000 | 200 | 190 |\n| 乙镇 | 874 | 158 | 150 |\n| 合计 | 1874 | 358 | 340 |\n", 358),
    ("全年共排查建筑工地412个，经复核，认定为危险的{p}个。\n\n表3　各区排查情况\n"
     "| 区 | 排查工地（个） | 危险工地（个） |\n| 东区 | 212 | 60 |\n| 西区 | 200 | 37 |\n"
     "| 合计 | 412 | 97 |\n", 97),
]


@pytest.mark.parametrize("text,total", ELIDED)
def test_a_figure_whose_noun_is_left_out_after_de_restates_the_total(tmp_path, text, total):
    assert equals(tmp_path, text.format(p=f"{total:,}"))[pair(total, total)] == "pass"
    assert not failing(tmp_path, text.format(p=f"{total:,}"))
    assert equals(tmp_path, text.format(p=f"{total - 4:,}"))[pair(total - 4, total)] == "fail"


def test_the_noun_is_put_back_only_when_the_columns_share_one(tmp_path):
    # columns of two objects (图斑, 地块): "违法的" may be either -- no pairing by an elided noun
    text = ("全年共下发图斑1,874个，判定为违法的300个。\n\n表2　核查情况\n"
            "| 乡镇 | 下发图斑（个） | 违法地块（个） |\n| 甲镇 | 1000 | 200 |\n| 乙镇 | 874 | 158 |\n"
            "| 合计 | 1874 | 358 |\n")
    assert pair(300, 358) not in equals(tmp_path, text)
    assert not failing(tmp_path, text)


FILED = [
    ("全市各级劳动人事争议仲裁委员会共收到仲裁申请5,318件。经审查，立案受理{p}件，不予受理356件。\n\n"
     "分县区情况（单位：件）\n| 县区 | 受理 | 审结 |\n| 城区 | 2,137 | 2,086 |\n| 北县 | 2,825 | 2,729 |\n"
     "| 合计 | 4,962 | 4,815 |\n", 4962),
    ("全县市场监管部门立案查处{p}件违法案件。\n\n| 所别 | 查处 | 结案 |\n| 城关所 | 120 | 110 |\n"
     "| 河西所 | 86 | 80 |\n| 合计 | 206 | 190 |\n", 206),
]


@pytest.mark.parametrize("text,total", FILED)
def test_filing_words_before_the_measure_name_no_kind(tmp_path, text, total):
    assert equals(tmp_path, text.format(p=f"{total:,}"))[pair(total, total)] == "pass"
    assert equals(tmp_path, text.format(p=f"{total + 20:,}"))[pair(total + 20, total)] == "fail"


# --- breakdowns without 其中 ---------------------------------------------------------------------

# "按…依次为": a classification naming its kinds in order, the same as 按…分.
IN_ORDER = [
    ("全市共立案查处各类违法案件{t}件，办结986件。按案件类型依次为：食品安全类318件、价格类156件、"
     "产品质量类203件、特种设备类47件、其他{r}件。", 1027, [318, 156, 203, 47], 303),
    ("2023年县司法局共受理法律援助申请{t}件。按案件性质依次是：民事案件412件，刑事案件188件，"
     "其他案件{r}件。", 623, [412, 188], 23),
    ("全区共办理12345工单{t}件。从诉求来源依次为：电话{r}件，网站320件，微信公众号216件，其他55件。",
     2391, [320, 216, 55], 1800),
]


@pytest.mark.parametrize("text,total,parts,rest", IN_ORDER)
def test_a_classification_naming_its_kinds_in_order_breaks_down_the_whole(tmp_path, text, total, parts, rest):
    good = text.format(t=f"{total:,}", r=f"{rest:,}")
    assert sums(tmp_path, good)[key(total, *parts, rest)] == "pass"
    assert not failing(tmp_path, good)
    bad = text.format(t=f"{total:,}", r=f"{rest + 11:,}")
    assert sums(tmp_path, bad)[key(total, *parts, rest + 11)] == "fail"


def test_in_order_without_a_classification_is_no_breakdown(tmp_path):
    # "依次为" after a ranking of places: the top three, not a partition of the whole
    text = "全市共受理投诉5,000件。受理量居前三位的区依次为：东区1,200件、西区900件、南区800件。"
    assert key(5000, 1200, 900, 800) not in sums(tmp_path, text)
    assert not failing(tmp_path, text)


# An application's outcomes listed after what the text says of it first: its level before (in
# brackets) and its change -- "收到申请59件(上年47件),增长25.5%;受理52件,不予受理7件".
AFTER_CHANGES = [
    "本年度收到行政复议申请{t}件（去年同期47件），增长25.5%；受理52件，不予受理7件。",
    "全年共收到复议申请{t}件，同比增加12件、增长25.5%，受理52件，不予受理7件。",
    "2022年收到行政复议申请{t}件(上年为47件);依法受理52件,不予受理7件。",
]


@pytest.mark.parametrize("text", AFTER_CHANGES)
def test_an_applications_outcomes_after_its_change_are_its_parts(tmp_path, text):
    assert sums(tmp_path, text.format(t=59))[key(59, 52, 7)] == "pass"
    assert not failing(tmp_path, text.format(t=59))
    assert sums(tmp_path, text.format(t=62))[key(62, 52, 7)] == "fail"


def test_a_change_then_another_set_is_no_outcome_list(tmp_path):
    # after the change, the next clause opens another intake (信访), not outcomes of the review
    text = "全年收到行政复议申请59件，同比增长25.5%；收到信访事项52件，办结50件。"
    assert key(59, 52, 50) not in sums(tmp_path, text) and key(59, 52) not in sums(tmp_path, text)
    assert not failing(tmp_path, text)


# --- the closed total of the national 政府信息公开 application table ---------------------------

def form(new: int, carried: int, still_open: int, outcomes: list[int], other: int = 0) -> str:
    """The national application table (requests of natural persons in the first column, ``other``
    in the 其他 column): new, carried in, three outcomes, the closed total, carried out."""
    def row(label: str, v: int, o: int = 0) -> str:
        return f"| {label} | {v} | 0 | 0 | 0 | 0 | {o} | {v + o} |\n"
    return ("\n三、收到和处理政府信息公开申请情况\n"
            "| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
            + row("一、本年新收政府信息公开申请数量", new, other) + row("二、上年结转政府信息公开申请数量", carried)
            + row("三、本年度办理结果（一）予以公开", outcomes[0], other) + row("（二）部分公开", outcomes[1])
            + row("（六）其他处理", outcomes[2]) + row("（七）总计", sum(outcomes), other)
            + row("四、结转下年度继续办理", still_open))


CLOSED = [
    # (text with {c}, new, carried in, carried out)
    ("本年度新收政府信息公开申请30件，上年结转2件。截至年底已办结{c}件，结转下年度继续办理3件。\n", 30, 2, 3),
    ("本年度新收政府信息公开申请30件，上年结转2件；截至12月31日，已办结{c}件，另有3件结转下年度。\n", 30, 2, 3),
    # another closing (the hotline's) stated before: the one of the requests' sentence is the table's
    ("卫生热线全年受理咨询投诉4.26万件，办结4.19万件。\n本年度共收到政府信息公开申请30件，加上年结转2件，"
     "已办结{c}件，结转下年度继续办理3件。\n", 30, 2, 3),
    # every request due was closed: the figure due is the closed total
    ("本年度新收申请27件，加上年结转的2件，共需办理{c}件，已全部办结。\n", 27, 2, 0),
    ("全年共需答复政府信息公开申请{c}件，均已在法定期限内办结。\n", 27, 2, 0),
]


@pytest.mark.parametrize("text,new,carried,still_open", CLOSED)
def test_the_closed_figure_of_the_prose_is_the_tables_closed_total(tmp_path, text, new, carried, still_open):
    def report(c: int) -> str:
        return ("某局2024年政府信息公开工作年度报告\n\n一、总体情况\n" + text.format(c=c)
                + form(new, carried, still_open, [20, 6, 3]))

    assert equals(tmp_path, report(29))[pair(29, 29)] == "pass"
    assert not failing(tmp_path, report(29))
    assert equals(tmp_path, report(31))[pair(31, 29)] == "fail"


def test_requests_received_and_all_closed_are_not_the_closed_total(tmp_path):
    # "收到申请30件,已全部办结": the two carried in were closed too -- 30 is no restatement of 32
    text = ("某局2024年政府信息公开工作年度报告\n\n一、总体情况\n本年度收到政府信息公开申请30件，已全部办结。"
            "上年结转的2件也已办结。\n" + form(30, 2, 0, [22, 6, 4]))
    assert pair(30, 32) not in equals(tmp_path, text)
    assert not failing(tmp_path, text)


# --- requests by kind of applicant: the cells of the table's row of new requests ------------------

def applicants(natural: int, legal: list[int], header_rows: int = 1) -> str:
    """The application table's first rows: new requests of natural persons and five kinds of legal
    persons, with the header in one row or in two (法人或其他组织 over its five columns)."""
    total = natural + sum(legal)
    head = ("| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n" if header_rows == 1 else
            "| 项目 | 自然人 | 法人或其他组织 | 总计 |\n| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n")
    cells = " | ".join(str(v) for v in legal)
    return ("\n三、收到和处理政府信息公开申请情况\n" + head
            + f"| 一、本年新收政府信息公开申请数量 | {natural} | {cells} | {total} |\n"
            + "| 二、上年结转政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n")


APPLICANTS = [
    # (prose with {n} natural persons and {l} legal persons)
    "全年共收到政府信息公开申请{t}件，较上年增加9件，其中自然人提出{n}件，法人或其他组织提出{l}件。",
    "本年度新收申请{t}件。从申请主体看，自然人申请{n}件，占比较高；法人和其他组织申请{l}件。",
    "新收政府信息公开申请{t}件，其中来自自然人的{n}件、来自法人或者其他组织的{l}件。",
]


@pytest.mark.parametrize("header_rows", [1, 2])
@pytest.mark.parametrize("text", APPLICANTS)
def test_requests_by_applicant_are_the_cells_of_the_row_of_new_requests(tmp_path, text, header_rows):
    legal = [9, 0, 2, 4, 1]

    def report(n: int, lg: int) -> str:
        return ("某区2024年政府信息公开工作年度报告\n\n一、总体情况\n" + text.format(t=n + lg, n=n, l=lg)
                + applicants(80, legal, header_rows))

    good = report(80, 16)
    assert equals(tmp_path, good)[pair(80, 80)] == "pass"
    assert sums(tmp_path, good)[key(16, *legal)] == "pass"
    assert not failing(tmp_path, good)
    assert equals(tmp_path, report(83, 16))[pair(83, 80)] == "fail"
    assert sums(tmp_path, report(80, 18))[key(18, *legal)] == "fail"


def test_applicants_of_another_row_are_not_the_new_requests(tmp_path):
    # the applicants of the requests carried in, and of those closed: other rows of the table
    text = ("某区2024年政府信息公开工作年度报告\n\n一、总体情况\n上年结转的申请中，自然人提出50件。"
            "办结的申请中，法人或其他组织提出的7件均予以公开。\n" + applicants(80, [9, 0, 2, 4, 1]))
    assert pair(50, 80) not in equals(tmp_path, text)
    assert key(7, 9, 0, 2, 4, 1) not in sums(tmp_path, text)
    assert not failing(tmp_path, text)


def test_both_kinds_in_one_clause_restate_neither(tmp_path):
    # "自然人和法人共提出…": both kinds at once -- the row's total, not one column
    text = ("某区2024年政府信息公开工作年度报告\n\n一、总体情况\n自然人和法人或其他组织共提出申请96件。\n"
            + applicants(80, [9, 0, 2, 4, 1]))
    assert pair(96, 80) not in equals(tmp_path, text)
    assert not failing(tmp_path, text)


def test_applicants_not_tied_to_the_new_requests_are_not_its_cells(tmp_path):
    # no word says these are the new requests: the requests handled (carried in too) may be meant
    text = ("某区2024年政府信息公开工作年度报告\n\n本年制发规范性文件12件。\n\n从申请主体看，自然人提出申请90件，"
            "法人或者其他组织提出申请17件。\n" + applicants(80, [9, 0, 2, 4, 1]))
    assert pair(90, 80) not in equals(tmp_path, text)
    assert key(17, 9, 0, 2, 4, 1) not in sums(tmp_path, text)
    assert not failing(tmp_path, text)


def test_two_application_tables_leave_the_cells_open(tmp_path):
    text = ("某区2024年政府信息公开工作年度报告\n\n全年新收政府信息公开申请96件，其中自然人提出80件，"
            "法人或其他组织提出16件。\n" + applicants(80, [9, 0, 2, 4, 1]) + "\n附表\n" + applicants(70, [19, 0, 2, 4, 1]))
    assert not [c for c in checks(tmp_path, text) if c.rule == "sum.applicant_group"]
    assert not [f for f in failing(tmp_path, text) if f[0] == "equal.restated_table"]


# --- a pass/fail test: what passed and what failed make up what was tested --------------------------

COMPLEMENTS = [
    # (text with {t} tested, {a} passed, {b} failed)
    "全年抽检农产品样品{t}批次，合格{a}批次，合格率98.6%。检出不合格样品{b}批次，均已依法处置。",
    "开展食品安全监督抽检{t}批次，其中合格{a}批次；对不合格的{b}批次全部核查处置。",
    "全市监测重点排污单位{t}家，达标{a}家，未达标的{b}家已责令限期整改。",
    "组织检验进口商品{t}批，检验合格{a}批，检验不合格{b}批。",
]


@pytest.mark.parametrize("text", COMPLEMENTS)
def test_what_passed_and_what_failed_make_up_what_was_tested(tmp_path, text):
    good = text.format(t="1,206", a="1,189", b=17)
    assert sums(tmp_path, good)[key(1206, 1189, 17)] == "pass"
    assert not failing(tmp_path, good)
    bad = text.format(t="1,206", a="1,189", b=27)
    assert sums(tmp_path, bad)[key(1206, 1189, 27)] == "fail"


@pytest.mark.parametrize("text", [
    # grades: 合格 is one grade of several, not the passing side right after the whole
    "抽查行政执法案卷260卷，评为优秀的91卷、良好118卷、合格47卷，不合格4卷。",
    # the whole names no test: what passed of what?
    "全年新建农村公路120公里，合格100公里，不合格8公里。",
    # the failing figure is of another unit (a sum of money), not the items failed
    "抽检样品500批次，合格480批次；对不合格产品罚款12万元。",
    # a figure of another set stands between the passing and the failing one
    "抽检样品500批次，合格480批次；另抽检进口样品60批次，不合格3批次。",
])
def test_no_split_without_a_tested_whole_and_its_two_sides(tmp_path, text):
    assert not [c for c in checks(tmp_path, text) if c.kind == "sum" and c.status == "fail"]
    got = sums(tmp_path, text)
    assert key(500, 480, 3) not in got and key(120, 100, 8) not in got


# --- outcomes named item by item right after what was decided ------------------------------------

OUTCOMES = [
    # the national 政府信息公开 outcomes of the requests closed
    ("本年度已办结政府信息公开申请{t}件：予以公开22件，部分公开7件，不予公开1件，无法提供12件，不予处理4件，"
     "其他处理{r}件。", [22, 7, 1, 12, 4], 2),
    ("全年办结申请{t}件，予以公开30件、部分公开5件、不予公开3件、无法提供9件、不予处理2件、其他处理{r}件。",
     [30, 5, 3, 9, 2], 1),
    # an arbitration's outcomes, and the work still open, after the application
    ("受理劳动人事争议调解仲裁申请{t}件，调解成功38件，仲裁裁决6件，尚在办理{r}件。", [38, 6], 3),
    ("全年受理土地承包经营纠纷调解仲裁申请{t}件，调解结案21件，仲裁裁决9件，正在审理{r}件。", [21, 9], 4),
]


@pytest.mark.parametrize("text,parts,rest", OUTCOMES)
def test_outcomes_listed_after_what_was_decided_make_it_up(tmp_path, text, parts, rest):
    total = sum(parts) + rest
    good = text.format(t=total, r=rest)
    assert sums(tmp_path, good)[key(total, *parts, rest)] == "pass"
    assert not failing(tmp_path, good)
    bad = text.format(t=total + 5, r=rest)
    assert sums(tmp_path, bad)[key(total + 5, *parts, rest)] == "fail"


def test_outcomes_short_of_the_national_six_are_no_sum(tmp_path):
    # five of the six outcomes (不予公开 not named): a shortfall may be the one left out
    text = "全年办结申请56件，予以公开30件、部分公开5件、无法提供9件、不予处理2件、其他处理1件。"
    assert sums(tmp_path, text).get(key(56, 30, 5, 9, 2, 1)) != "fail"
    assert not failing(tmp_path, text)


def test_two_outcomes_that_leave_much_unsaid_are_no_sum(tmp_path):
    # two outcomes of 50 requests closed: the other outcomes are not named -- each is only bounded
    text = "全年办结申请50件，予以公开22件、部分公开7件，占比较上年有所提高。"
    assert not failing(tmp_path, text)
    assert sums(tmp_path, text).get(key(50, 22, 7)) != "fail"


def test_a_refused_application_is_no_whole_of_outcomes(tmp_path):
    # "不予受理申请9件": the refused side, not what the figures after it decide
    text = "收到复议申请60件，受理51件；不予受理申请9件，告知申请人向有权机关申请5件，其余4件退回补正。"
    assert key(9, 5, 4) not in sums(tmp_path, text)
    assert not [f for f in failing(tmp_path, text) if f[1].get("total") == 9]


# --- a row's own short words with its noun: "新收申请58件" is the row of new requests ---------------

SHORT_OWN = [
    "本年度新收申请{n}件，比上年增加6件；加上年结转的2件，共需办理{d}件。",
    "全年新收申请{n}件，上年结转申请2件。",
]


@pytest.mark.parametrize("text", SHORT_OWN)
def test_a_rows_short_own_words_with_its_noun_restate_it(tmp_path, text):
    def report(n: int) -> str:
        return ("某局2024年政府信息公开工作年度报告\n\n一、总体情况\n" + text.format(n=n, d=n + 2)
                + form(30, 2, 3, [20, 6, 3]))

    assert equals(tmp_path, report(30))[pair(30, 30)] == "pass"
    assert not failing(tmp_path, report(30))
    assert equals(tmp_path, report(34))[pair(34, 30)] == "fail"


def test_short_own_words_without_the_rows_noun_restate_nothing(tmp_path):
    # "新收的34件中": a reference back, no statement with the row's noun (申请)
    text = ("某局2024年政府信息公开工作年度报告\n\n一、总体情况\n全年收到各类来信34件。新收的34件中，按期答复33件。\n"
            + form(30, 2, 3, [20, 6, 3]))
    assert pair(34, 30) not in equals(tmp_path, text)
    assert not failing(tmp_path, text)


# --- a change between the parts of a total after its list is no part ------------------------------

TRAILING = [
    "全年新收申请{a}件，比上年增加6件；加上年结转的{b}件，共需办理{t}件。",
    "城区受理投诉{a}件，同比减少15件；郊区受理投诉{b}件，全年合计受理投诉{t}件。",
    "一般程序案件{a}件，比上年多12件，简易程序案件{b}件，合计{t}件。",
]


@pytest.mark.parametrize("text", TRAILING)
def test_a_change_between_the_parts_of_a_trailing_total_is_passed_over(tmp_path, text):
    good = text.format(a=130, b=82, t=212)
    assert sums(tmp_path, good)[key(212, 130, 82)] == "pass"
    assert not failing(tmp_path, good)
    bad = text.format(a=130, b=82, t=221)
    assert sums(tmp_path, bad)[key(221, 130, 82)] == "fail"


# --- 'all' closed: the later stage equals the earlier, a timely part of it does not -----------------

ALL_THEN_PART = [
    "年内受理群众投诉{w}件，已全部办结。其中按期办结{p}件。",
    "全年受理举报线索{w}件，均已办结，其中当场办结{p}件。",
    "排查发现安全隐患{w}处，已全部整改到位。其中限时整改{p}处。",
    "全年共收到网民留言{w}条，全部予以答复。及时答复{p}条。",
]


@pytest.mark.parametrize("text", ALL_THEN_PART)
def test_a_timely_part_of_an_all_stage_is_only_bounded(tmp_path, text):
    good = text.format(w="1,286", p="1,250")
    assert pair(1286, 1250) not in equals(tmp_path, good)
    assert not failing(tmp_path, good)
    # a part larger than the whole still fails its bound
    bad = text.format(w="1,286", p="1,296")
    assert [f for f in failing(tmp_path, bad) if f[0].startswith("bound")]


ALL_THEN_STAGE = [
    "年内受理群众投诉{w}件，已全部办结，办结投诉{p}件。",
    "全年共排查整治道路交通安全隐患{w}处，已全部整改到位。年底前共完成隐患整改{p}处。",
]


@pytest.mark.parametrize("text", ALL_THEN_STAGE)
def test_the_stage_itself_after_an_all_clause_is_equal(tmp_path, text):
    assert equals(tmp_path, text.format(w="1,286", p="1,286"))[pair(1286, 1286)] == "pass"
    assert equals(tmp_path, text.format(w="1,286", p="1,268"))[pair(1286, 1268)] == "fail"


# --- a total of the summary stated again in its chapter ----------------------------------------------

SUMMARY_CHAPTER = [
    ("某市人力资源和社会保障局2024年劳动人事争议处理情况\n一、基本情况\n2024年，全市共受理劳动人事争议案件{a}件。\n"
     "二、案件受理\n全年受理劳动人事争议案件{b}件，结案1,790件。\n"),
    ("县司法局2023年行政复议工作报告\n一、总体情况\n全年共收到行政复议申请{a}件，办理质量稳步提升。\n"
     "二、案件办理\n（一）收案情况\n全县共收到行政复议申请{b}件，受理118件。\n"),
    ("区市场监管局2024年消费维权报告\n一、概况\n本年度全区受理消费者投诉举报{a}件。\n"
     "二、投诉举报处理\n年内受理消费者投诉举报{b}件，为消费者挽回经济损失186.3万元。\n"),
]


@pytest.mark.parametrize("text", SUMMARY_CHAPTER)
def test_a_summary_total_stated_again_in_its_chapter_is_the_same(tmp_path, text):
    assert equals(tmp_path, text.format(a="1,862", b="1,862"))[pair(1862, 1862)] == "pass"
    assert not failing(tmp_path, text.format(a="1,862", b="1,862"))
    assert equals(tmp_path, text.format(a="1,862", b="1,826"))[pair(1862, 1826)] == "fail"


@pytest.mark.parametrize("text", [
    # a section per district states each district's own figure in the same words
    "某市2024年劳动人事争议处理情况\n一、全市情况\n全年共受理劳动人事争议案件1,862件。\n二、分区情况\n（一）东城区\n"
    "全年共受理劳动人事争议案件612件。\n",
    # another period (上半年) in the chapter
    "某市2024年劳动人事争议处理情况\n一、基本情况\n全年共受理劳动人事争议案件1,862件。\n二、半年情况\n"
    "上半年共受理劳动人事争议案件826件。\n",
    # a part (其中) and a change are no restatement
    "某市2024年劳动人事争议处理情况\n一、基本情况\n全年共受理劳动人事争议案件1,862件。\n二、案件受理\n"
    "其中受理劳动人事争议案件826件涉及欠薪，比上年增加受理劳动人事争议案件41件。\n",
    # another year in the chapter
    "某市2024年劳动人事争议处理情况\n一、基本情况\n全年共受理劳动人事争议案件1,862件。\n二、历年对比\n"
    "2023年受理劳动人事争议案件1,700件。\n",
    # three statements: which restates which is open
    "某市2024年劳动人事争议处理情况\n一、基本情况\n全年共受理劳动人事争议案件1,862件。\n二、案件受理\n"
    "全年受理劳动人事争议案件1,826件。\n三、案件审理\n全年受理劳动人事争议案件1,850件。\n",
    # the same words counting another thing after the figure
    "某市2024年工作报告\n一、基本情况\n全年受理的群众来信来访1,862件诉求已办结。\n二、信访\n"
    "全年受理的群众来信来访1,826件投诉已转办。\n",
])
def test_no_restatement_of_another_place_period_part_or_thing(tmp_path, text):
    assert not [c for c in checks(tmp_path, text) if c.rule == "equal.restated_prose"]
    assert not failing(tmp_path, text)


def test_more_beyond_a_closed_whole_leaves_its_outcomes_whole(tmp_path):
    # "另有1件…结转": outside the 48 closed, so the six outcomes are still all of them
    text = ("本年度已办结政府信息公开申请{t}件：予以公开22件，部分公开7件，不予公开1件，无法提供12件，不予处理4件，"
            "其他处理2件；另有1件因需征求第三方意见结转下年度办理。")
    assert sums(tmp_path, text.format(t=48))[key(48, 22, 7, 1, 12, 4, 2)] == "pass"
    assert sums(tmp_path, text.format(t=50))[key(50, 22, 7, 1, 12, 4, 2)] == "fail"


def test_more_of_an_intake_after_its_outcomes_leaves_them_open(tmp_path):
    text = "受理劳动争议调解申请{t}件，调解成功40件，调解不成的9件，另有3件正在调解中。"
    assert not [k for k, st in sums(tmp_path, text.format(t=52)).items() if st == "fail"]
