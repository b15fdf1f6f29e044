"""Sums and equalities the text states by meaning (issue 15, patterns F and H), session 12.
Every sentence here is written for the project: each model has passing phrasings, a planted error
that must fail, and consistent or trap texts that must not be flagged."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(float(c.operands["total"]), *sorted(float(v) for v in c.operands["parts"])): c.status
            for c in checks(tmp_path, text) if c.kind == "sum"}


def failing(tmp_path, text: str) -> list:
    return [(c.rule, c.operands) for c in checks(tmp_path, text) if c.status == "fail"]


def key(total: float, *parts: float) -> tuple:
    return (float(total), *sorted(float(p) for p in parts))


# --- the work due: this year's intake plus what was carried in, the intake sentences back ---------

CARRIED = [
    # (text with {t}, total, intake, carried)
    ("全市共收到行政复议申请1,208件。经审查,受理1,065件,不予受理88件,告知向其他机关申请55件。\n"
     "二、案件审理\n加上年结转的74件,全年应审理案件{t}件,审结1,002件。", 1139, 1065, 74),
    ("县复议办全年收到申请96件,依法受理81件,不予受理9件,其余6件已告知申请人向有权机关提出。"
     "受理案件加上上年结转的7件,本年度应审结{t}件。", 88, 81, 7),
    ("本年度新收政府信息公开申请233件,较上年增长8.4%,其中法人或其他组织申请31件,占13.3%。"
     "连同上年结转的9件,共需办理{t}件。", 242, 233, 9),
    ("劳动人事争议仲裁院受理案件2,614件,涉及劳动者3,208人。在受理案件中,区本级、街道分别受理1,102件、1,512件;"
     "涉及欠薪的案件907件。\n加上年结转的186件,全年应处理案件{t}件。", 2800, 2614, 186),
    ("市监局立案受理消费投诉举报4,430件。从投诉领域看,食品类1,216件,家电类842件。"
     "加上上年度结转的57件,合计应办理{t}件。", 4487, 4430, 57),
]


@pytest.mark.parametrize("text,total,intake,carried", CARRIED)
def test_carried_in_work_is_added_to_the_intake_sentences_before(tmp_path, text, total, intake, carried):
    assert sums(tmp_path, text.format(t=f"{total:,}"))[key(total, intake, carried)] == "pass"
    assert not failing(tmp_path, text.format(t=f"{total:,}"))
    wrong = total + 10
    assert sums(tmp_path, text.format(t=f"{wrong:,}"))[key(wrong, intake, carried)] == "fail"


@pytest.mark.parametrize("text", [
    # a later stage stands between the intake and 加上: what was closed, or what came in? open
    "全年受理复议申请316件。审结298件,审结率94.3%。加上上年结转的21件,共计{t}件。",
    # the named addend (受理案件) has no figure: the received one is not it
    "全年收到复议申请316件,经审查后大部分予以受理。受理案件加上上年结转的21件,应审理{t}件。",
    # a larger figure of another set stands between
    "全年受理复议申请316件。全市信访总量4,120件。加上上年结转的21件,共计{t}件。",
])
def test_carried_in_work_with_an_unclear_addend_is_not_read(tmp_path, text):
    assert not failing(tmp_path, text.format(t="999"))
    assert not [k for k in sums(tmp_path, text.format(t="999")) if k[0] == 999.0]


def test_carried_in_total_of_a_later_stage_is_no_sum(tmp_path):
    # "共审结": what was closed of the work due, not the sum
    text = "全年受理复议申请316件,不予受理12件。加上上年结转的21件,共审结320件。"
    assert not failing(tmp_path, text)
    assert key(320, 316, 21) not in sums(tmp_path, text)


# --- a hotline's intake: answered on the line or dispatched ---------------------------------------

HOTLINE = [
    ("一、总体情况\n本季度,区便民热线共受理群众诉求{w}件,同比增长6.1%。\n从来源看,电话来电31,204件,网络留言9,880件。\n"
     "二、办理情况\n话务员直接答复22,716件,直接答复率55.3%;需部门处理的派发工单18,368件,派单办结率97.2%。",
     41084, 22716, 18368),
    ("2025年上半年,市热线受理企业和群众诉求{w}万件,日均受理0.68万件。按诉求类型分:\n(一)咨询类78.2万件\n(二)投诉类21.4万件\n"
     "(三)求助类23.7万件\n咨询类诉求由座席当场解答74.3万件。其余诉求转办至承办单位,共转办49.0万件。",
     123.3, 74.3, 49.0),
    ("全月12345热线接收来电及网络诉求{w}件,单日最高6,905件,出现在8月12日。\n热线即时办结92,118件,即时办结率61.07%。\n"
     "交办承办单位58,717件,已办结57,930件。",
     150835, 92118, 58717),
    ("# 热线运行月报\n## 一、受理与办理\n- 本月热线受理诉求{w}件,环比增长2.1%;\n- 坐席直接答复6,410件;\n"
     "- 派单至各承办单位2,905件,已办结2,771件。",
     9315, 6410, 2905),
]


@pytest.mark.parametrize("text,whole,direct,dispatched", HOTLINE)
def test_a_hotline_intake_is_answered_directly_or_dispatched(tmp_path, text, whole, direct, dispatched):
    scale = 10000 if "万件" in text else 1

    def k(w: float) -> tuple:
        return key(round(w * scale), round(direct * scale), round(dispatched * scale))

    def printed(w: float) -> str:
        return f"{w:,}" if scale == 1 else f"{w:.1f}"

    assert sums(tmp_path, text.format(w=printed(whole)))[k(whole)] == "pass"
    assert not failing(tmp_path, text.format(w=printed(whole)))
    bad = whole + 100 if scale == 1 else whole + 1.0
    if "二、" in text:
        # across a heading the lines may be another list: read only when the figures confirm it
        assert k(bad) not in sums(tmp_path, text.format(w=printed(bad)))
    else:
        assert sums(tmp_path, text.format(w=printed(bad)))[k(bad)] == "fail"


@pytest.mark.parametrize("text", [
    # a third way out after the dispatched: the two are not all of the intake
    "热线共受理诉求10,000件。直接答复5,200件;派发工单4,300件;另有无效来电500件。",
    # the intake of a month is no whole of the year's split
    "热线全年受理诉求52,000件。12月受理4,100件。直接答复2,600件,转派承办单位1,400件。",
    # the direct answers come first, the intake is nowhere before them
    "话务员直接答复5,200件,派发工单4,300件。热线共受理诉求10,000件。",
])
def test_a_hotline_split_that_may_not_be_all_is_not_read(tmp_path, text):
    assert not failing(tmp_path, text)


# --- a period's income is its spending plus its balance ------------------------------------------

BALANCES = [
    # (text with {c}, income, spending, balance)
    ("2024年,全市工伤保险基金收入12.47亿元,支出10.95亿元,当期结余{c}亿元。", 12.47, 10.95, 1.52),
    ("一、基金收支\n本年度生育保险基金收入3,286万元;支出2,914万元;本年结余{c}万元,滚存结余8,120万元。",
     3286, 2914, 372),
    ("全年住房公积金业务收入6.43亿元,其中存款利息0.97亿元、委托贷款利息5.41亿元、其他0.05亿元;"
     "业务支出3.28亿元;实现增值收益{c}亿元,增值收益率1.61%。", 6.43, 3.28, 3.15),
    ("城乡居民养老保险基金全年收入41.6亿元,增长7.2%;基金支出33.9亿元,增长9.4%;当年结余{c}亿元。",
     41.6, 33.9, 7.7),
]


@pytest.mark.parametrize("text,income,spending,balance", BALANCES)
def test_income_is_spending_plus_the_balance(tmp_path, text, income, spending, balance):
    ok = text.format(c=f"{balance:g}")
    assert sums(tmp_path, ok)[key(income, spending, balance)] == "pass"
    assert not failing(tmp_path, ok)
    bad = balance + 30 if balance >= 100 else round(balance + 0.31, 2)  # (two decimals: no rounding covers it)
    assert sums(tmp_path, text.format(c=f"{bad:.2f}"))[key(income, spending, bad)] == "fail"


@pytest.mark.parametrize("text", [
    # a stock carried over the years is no balance of the period
    "全年医保基金收入48.3亿元,支出41.4亿元,累计结余95.6亿元。",
    "全年医保基金收入48.3亿元,支出41.4亿元,年末滚存结余95.6亿元。",
    # the spending of another account
    "全年基金收入48.3亿元,财政补助支出12.0亿元,当期结余6.9亿元。",
    # a figure between the income and the spending that is no part of it
    "全年基金收入48.3亿元,参保缴费人员达126.7万人,上解调剂金2.1亿元,支出41.4亿元,当期结余4.8亿元。",
    # the balance before the spending: not this order
    "全年基金收入48.3亿元,当期结余6.9亿元,当期支出40.0亿元。",
])
def test_a_balance_that_may_be_another_is_not_read(tmp_path, text):
    assert not failing(tmp_path, text)
    assert not [c for c in checks(tmp_path, text) if c.rule == "sum.balance"]


# --- a prose figure restated by a table row whose label holds its group's words -------------------

FLATTENED = (
    "区教育局2024年政府信息公开工作年度报告\n一、总体情况\n"
    "{prose}部分公开9件、不予公开2件、"
    "无法提供8件、不予处理3件。\n三、收到和处理政府信息公开申请情况\n"
    "| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| 一、本年新收政府信息公开申请数量 | 40 | 5 | 0 | 0 | 2 | 0 | 47 |\n"
    "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "| {group}（一）予以公开 | 20 | 2 | 0 | 0 | 1 | 0 | 23 |\n"
    "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 8 | 1 | 0 | 0 | 0 | 0 | 9 |\n"
    "| （三）不予公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "| （四）无法提供 | 6 | 2 | 0 | 0 | 0 | 0 | 8 |\n"
    "| （五）不予处理 | 2 | 0 | 0 | 0 | 1 | 0 | 3 |\n"
    "| （六）总计 | 38 | 5 | 0 | 0 | 2 | 0 | 45 |\n"
    "| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n")


def equals(tmp_path, text: str) -> dict[tuple, str]:
    return {tuple(sorted(float(v) for v in c.operands["values"])): c.status
            for c in checks(tmp_path, text) if c.kind == "equal"}


PROSE = [
    "全年共收到政府信息公开申请47件,办结45件。从办理结果看,予以公开{a}件、",
    # a colon after the whole opens the list: the words after it name the next figure, not the whole
    "全年共收到政府信息公开申请47件。年度内办结45件:予以公开{a}件,占办结总数的51.1%;",
]


@pytest.mark.parametrize("group", ["三、本年度办理结果 ", "三、本年度办理结果", "三、办理结果"])
@pytest.mark.parametrize("prose", PROSE)
def test_a_row_label_holding_its_group_restates_the_item(tmp_path, group, prose):
    ok = FLATTENED.format(prose=prose.format(a=23), group=group)
    assert equals(tmp_path, ok)[(23.0, 23.0)] == "pass"
    assert not failing(tmp_path, ok)
    bad = FLATTENED.format(prose=prose.format(a=25), group=group)
    assert equals(tmp_path, bad)[(23.0, 25.0)] == "fail"


def test_a_group_row_of_its_own_and_a_colon_list(tmp_path):
    # the group on a row of its own (no figures), the item below it
    text = FLATTENED.replace("| {group}（一）予以公开", "| 三、本年度办理结果 | | | | | | | |\n| （一）予以公开")
    ok = text.format(prose=PROSE[1].format(a=23))
    assert equals(tmp_path, ok)[(23.0, 23.0)] == "pass"
    assert equals(tmp_path, text.format(prose=PROSE[1].format(a=25)))[(23.0, 25.0)] == "fail"


# --- a table's total row restated by prose naming the column's verb and noun apart ----------------

TOTAL_ROW = (
    "一、总体情况\n全年全市各级行政复议机构共收到行政复议申请{a}件,同比增长9.1%。\n"
    "二、分地区情况\n各地情况如下表(单位:件):\n"
    "| 地区 | 收到申请 | 受理 | 审结 |\n|---|---|---|---|\n"
    "| 东城区 | 318 | 290 | 251 |\n| 西城区 | 246 | 221 | 203 |\n| 北山县 | 129 | 117 | 98 |\n"
    "| 合计 | 693 | 628 | 552 |\n")


def test_a_total_row_is_restated_across_a_section_by_verb_and_noun(tmp_path):
    ok = TOTAL_ROW.format(a="693")
    assert equals(tmp_path, ok)[(693.0, 693.0)] == "pass"
    assert not failing(tmp_path, ok)
    assert equals(tmp_path, TOTAL_ROW.format(a="639"))[(639.0, 693.0)] == "fail"


@pytest.mark.parametrize("prose", [
    # the measure's words apart by more than a qualifier: 收到 and 申请 of different things
    "全年全市各级行政复议机构共收到群众来信来访和网上咨询及其他申请{a}件。",
    # a short measure (受理) across a section is no restatement
    "全市信访部门全年受理{a}件。",
])
def test_a_total_row_and_prose_of_something_else_are_not_paired(tmp_path, prose):
    text = TOTAL_ROW.replace("全年全市各级行政复议机构共收到行政复议申请{a}件,同比增长9.1%。", prose)
    assert not failing(tmp_path, text.format(a="700"))


# --- the open rest named by its state after it: "1件尚在审理中" ------------------------------------

OPEN_REST = [
    ("本年度发生行政诉讼案件{w}件,一审判决我局胜诉5件,2件尚在审理中。", 7, 5, 2),
    ("全年受理消费者投诉{w}件,已办结2,214件,36件正在调解。", 2250, 2214, 36),
    ("县人社局受理劳动保障监察举报{w}件;结案318件,9件仍在调查处理。", 327, 318, 9),
    ("排查出重大隐患{w}处,已整改到位41处,3处正在整改。", 44, 41, 3),
]


@pytest.mark.parametrize("text,whole,closed,rest", OPEN_REST)
def test_the_open_rest_named_after_its_figure(tmp_path, text, whole, closed, rest):
    ok = text.format(w=f"{whole:,}")
    assert sums(tmp_path, ok)[key(whole, closed, rest)] == "pass"
    assert not failing(tmp_path, ok)
    assert sums(tmp_path, text.format(w=f"{whole + 4:,}"))[key(whole + 4, closed, rest)] == "fail"


@pytest.mark.parametrize("text", [
    "全年受理投诉60件,办结54件,3件未按期办结。",          # closed late, not open
    "全年受理投诉120件,立案15件,3件正在调查。",            # the rest of which stage: open
    "诉讼案件9件,胜诉5件,败诉1件,2件尚在审理中。",          # two parts, no 其中: stages or kinds
])
def test_an_open_figure_that_is_no_rest_is_not_summed(tmp_path, text):
    assert not failing(tmp_path, text)
    assert not [c for c in checks(tmp_path, text) if c.rule == "sum.rest"]


# --- 另 adds a figure to the one before it; the total after it sums both ---------------------------

ANOTHER = [
    ("全年新增减免税款2.36亿元,其中制造业企业减免1.41亿元。另为个体工商户减免费用0.58亿元,全年累计减税降费{t}亿元。",
     2.94, 2.36, 0.58),
    ("县财政安排衔接资金8,460万元。\n此外,争取省级专项资金1,720万元,两项合计{t}万元。", 10180, 8460, 1720),
    ("市本级发放创业担保贷款3.12亿元,另向小微企业发放1.05亿元,合计发放{t}亿元。", 4.17, 3.12, 1.05),
]


@pytest.mark.parametrize("text,total,first,added", ANOTHER)
def test_another_figure_added_makes_the_total(tmp_path, text, total, first, added):
    ok = text.format(t=f"{total:,}" if isinstance(total, int) else f"{total:.2f}")
    assert sums(tmp_path, ok)[key(total, first, added)] == "pass"
    assert not failing(tmp_path, ok)
    bad = total + 30 if isinstance(total, int) else round(total + 0.3, 2)
    wrong = text.format(t=f"{bad:,}" if isinstance(bad, int) else f"{bad:.2f}")
    assert sums(tmp_path, wrong)[key(bad, first, added)] == "fail"


@pytest.mark.parametrize("text", [
    "全年办理案件120件,审结110件。另有10件移送,共计130件。",     # added to 120 or to 110: open
    "全年办理案件120件。另有10件移送,共审结115件。",              # a later stage's total: hmm, 共审结 is no sum
])
def test_another_figure_with_an_unclear_addend_is_not_summed(tmp_path, text):
    assert not failing(tmp_path, text)


# --- what an inspection found: stopped on the spot or filed -----------------------------------------

FOUND = [
    ("全年开展河道巡查1,206次,发现涉水违法行为{w}起,现场制止纠正96起,立案查处27起。", 123, 96, 27),
    ("执法人员在检查中共发现违法违规行为{w}起,立案查处18起,当场责令改正53起。", 71, 53, 18),
    ("一季度渔政执法发现非法捕捞违法行为{w}起;当场纠正40起;立案12起。", 52, 40, 12),
]


@pytest.mark.parametrize("text,whole,spot,filed", FOUND)
def test_what_was_found_is_stopped_on_the_spot_or_filed(tmp_path, text, whole, spot, filed):
    assert sums(tmp_path, text.format(w=whole))[key(whole, spot, filed)] == "pass"
    assert not failing(tmp_path, text.format(w=whole))
    assert sums(tmp_path, text.format(w=whole + 5))[key(whole + 5, spot, filed)] == "fail"


@pytest.mark.parametrize("text", [
    # a third figure: the two are not all of what was found
    "发现违法行为90起,现场制止纠正60起,立案查处25起,移交其他部门5起。",
    # filed and sent on: no on-the-spot figure, a funnel, not a split
    "发现违法行为90起,立案查处30起,移送公安机关6起。",
])
def test_a_found_figure_with_other_ways_is_not_split(tmp_path, text):
    assert not failing(tmp_path, text)
    assert not [c for c in checks(tmp_path, text) if c.kind == "sum" and c.operands["total"] == 90]


# --- a total whose bracket names its parts ----------------------------------------------------------

BRACKETS = [
    ("审结行政复议案件164件,其中维持97件、驳回21件、撤销13件、变更4件、确认违法8件、终止21件。"
     "直接纠错{t}件(撤销、变更、确认违法),直接纠错率15.2%。", 25, (13, 4, 8)),
    ("全年查处案件中,警告类312件,罚款类1,046件,没收违法所得类58件,责令停产停业类9件。"
     "其中财产罚{t}件(罚款和没收违法所得)。", 1104, (1046, 58)),
    ("本年度发放助学金2,316人次,奖学金842人次,减免学费415人次。资助总计{t}人次(助学金、奖学金及减免学费)。",
     3573, (2316, 842, 415)),
]


@pytest.mark.parametrize("text,total,parts", BRACKETS)
def test_a_total_whose_bracket_names_its_parts(tmp_path, text, total, parts):
    ok = text.format(t=f"{total:,}")
    assert sums(tmp_path, ok)[key(total, *parts)] == "pass"
    assert not failing(tmp_path, ok)
    assert sums(tmp_path, text.format(t=f"{total + 2:,}"))[key(total + 2, *parts)] == "fail"


@pytest.mark.parametrize("text", [
    # a name with no figure of its own: the bracket is no list of the parts
    "审结案件中,维持84件、撤销9件、确认违法6件。直接纠错19件(撤销、变更、确认违法)。",
    # 等: more kinds than those named
    "审结案件中,维持84件、撤销9件、确认违法6件。直接纠错19件(撤销、确认违法等)。",
    # the bracket says what the figure is about, its words name no figure
    "全年办理重点案件46件(涉及食品安全、药品安全),罚款38件。",
])
def test_a_bracket_that_lists_no_figures_is_no_sum(tmp_path, text):
    assert not failing(tmp_path, text)


# --- what is done with the rest names it the rest: "对剩余的32件积案,逐件…" -------------------------

ACTED_ON = [
    ("全面排查信访积案{w}件,已化解198件,化解率88.8%;对剩余的25件积案,逐件落实包案领导。", 223, 198, 25),
    ("全年受理群众举报{w}条,已核查办结412条;针对其余的19条,督促属地限期办理。", 431, 412, 19),
]


@pytest.mark.parametrize("text,whole,done,rest", ACTED_ON)
def test_the_rest_acted_on(tmp_path, text, whole, done, rest):
    assert sums(tmp_path, text.format(w=whole))[key(whole, done, rest)] == "pass"
    assert not failing(tmp_path, text.format(w=whole))
    assert sums(tmp_path, text.format(w=whole + 7))[key(whole + 7, done, rest)] == "fail"


def test_a_thing_not_yet_done_of_another_name_is_no_rest(tmp_path):
    # 尚未销号 may be among the 整改 ones: no sum
    text = "排查隐患86处,已整改79处;对尚未销号的12处,落实专人盯办。"
    assert not failing(tmp_path, text)


@pytest.mark.parametrize("text,whole,done,rest", [
    ("全年排查化解信访积案{w}件,化解97件,化解率92.4%,剩余8件已全部落实领导包案。", 105, 97, 8),
    ("今年梳理历史遗留问题{w}个,已解决61个,余下5个均列入明年计划。", 66, 61, 5),
])
def test_what_remains_is_the_rest_whatever_follows(tmp_path, text, whole, done, rest):
    assert sums(tmp_path, text.format(w=whole))[key(whole, done, rest)] == "pass"
    assert not failing(tmp_path, text.format(w=whole))
    assert sums(tmp_path, text.format(w=whole + 3))[key(whole + 3, done, rest)] == "fail"


def test_the_others_naming_kinds_are_no_rest(tmp_path):
    text = "全年受理投诉125件,办结110件,其余12件分别转交区住建局、区商务局。"
    assert not [c for c in checks(tmp_path, text) if c.rule == "sum.rest"]
