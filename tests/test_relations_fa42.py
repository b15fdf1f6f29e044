"""False alarms found on consistent texts written blind to the engine (session 20, helper fa42:
法治政府建设 reports, 行政执法统计年报, 复议/应诉/信访 statistics, 12345 bulletins, 政务服务 reports).
Each rule is a statement about how Chinese reports state figures, tested on project sentences, each
with a variant whose arithmetic is broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import failing, rule_messages

checks = rule_messages  # (rule, status, message) of every check


# --- a rate column qualified by the manner of its work ("按时办结率") is not of the plain count's
# column ("办结"): what was closed on time is not printed ---

def test_a_qualified_rate_column_is_not_of_the_plain_count(tmp_path) -> None:
    for text in ("| 承办单位 | 转办(件) | 办结(件) | 按时办结率 |\n|---|---|---|---|\n| 甲区 | 4,416 | 4,390 | 98.1% |\n"
                 "| 乙区 | 3,875 | 3,612 | 97.3% |\n| 丙区 | 2,304 | 2,286 | 96.9% |\n",
                 "| 单位 | 受理 | 办结 | 按期办结率 |\n|---|---|---|---|\n| 市住建局 | 512 | 498 | 95.0% |\n"
                 "| 市人社局 | 406 | 406 | 99.0% |\n",
                 "| 部门 | 交办件 | 办结件 | 及时办结率(%) |\n|---|---|---|---|\n| 一局 | 200 | 190 | 90.0 |\n"
                 "| 二局 | 100 | 100 | 97.0 |\n"):
        assert failing(tmp_path, text) == [], text
    # the plain rate over its columns is still read, and a slip in it fails
    plain = ("| 承办单位 | 转办(件) | 办结(件) | 办结率 |\n|---|---|---|---|\n| 甲区 | 4,000 | 3,920 | 98.0% |\n"
             "| 乙区 | 2,000 | 1,900 | 95.0% |\n")
    assert ("ratio.table_rate", "pass") in [(r, s) for r, s, _ in checks(tmp_path, plain)]
    assert failing(tmp_path, plain.replace("95.0%", "96.0%"))


# --- a part added beside a set's own work as carried in from before ("另有上年结转的38件一并办结")
# is no part of the set: the list stops there ---

def test_work_carried_in_beside_the_set_is_no_part_of_it(tmp_path) -> None:
    for text in ("已签收的4,851件工单中,当年办结4,790件,另有2018年结转的38件一并办结,全年实际办结4,828件;"
                 "截至12月31日仍在办理的61件转入下年。",
                 "受理的312件投诉中,办结296件,另有上年结转的14件同时办结,合计办结310件,正在调查16件。",
                 "本月派发的2,000件工单中,已办结1,900件,另外上月结转的85件也已办结,实际办结1,985件,在办100件。"):
        assert failing(tmp_path, text) == [], text
    # the set's own outcomes still add up -- and still fail when they do not
    assert failing(tmp_path, "已签收的4,851件工单中,当年办结4,790件,截至12月31日仍在办理的65件转入下年。")


# --- "按月份看,", "按渠道看," open a list as "按…分" does: its items are no "总量" a share names ---

def test_an_item_after_an_an_kan_opener_is_no_total(tmp_path) -> None:
    text = ("上半年共受理群众诉求143,786件,其中电话受理118,903件,网络受理24,883件。按季度看,一季度受理68,025件,"
            "二季度受理75,761件。疫情防控相关诉求11,204件,占受理总量的7.8%。")
    assert failing(tmp_path, text) == []
    assert ("ratio.share", "pass") in [(r, s) for r, s, _ in checks(tmp_path, text)]
    assert any("143,786" in m for m in failing(tmp_path, text.replace("7.8%", "8.8%")))
    other = ("全年共受理投诉举报6,200件。按渠道来看,电话渠道4,100件,网络渠道2,100件。涉及预付卡的诉求930件,"
             "占受理总量的15.0%。")
    assert failing(tmp_path, other) == []
    assert failing(tmp_path, other.replace("15.0%", "22.1%"))


# --- "19个社区中,已创建…7个、…9个,合计16个": the figure a "…中," follows is the set the list is
# drawn from, not its first item ---

def test_the_set_a_zhong_opens_is_no_item_of_the_closing_total(tmp_path) -> None:
    for text in ("全街道19个社区中,已创建市级民主法治示范社区7个、区级9个,合计16个,占84.2%。",
                 "全县12个乡镇中,达标的有5个、基本达标的4个,共计9个。",
                 "抽查的60家企业中,合格48家,基本合格7家,合计55家。"):
        assert failing(tmp_path, text) == [], text
    assert any("17个" in m for m in failing(tmp_path, "全街道19个社区中,已创建市级示范社区7个、区级9个,合计17个。"))


# --- work due ("共需审理") after a ';' that adds to one figure of a list before it: the list's
# split of what came in is no part of it ---

def test_work_due_after_a_split_list_is_not_the_whole_run(tmp_path) -> None:
    for text in ("全年共收到行政复议申请47件,受理43件,不予受理4件;加上上年未审结的5件,共需审理48件,审结45件。",
                 "收到申请120件,受理108件,不予受理12件;另有上年结转9件,合计应办理117件。"):
        assert failing(tmp_path, text) == [], text
    bad = "全年共收到行政复议申请47件,受理43件,不予受理4件;加上上年未审结的5件,共需审理49件,审结45件。"
    assert any("49件" in m for m in failing(tmp_path, bad))


# --- a rule drawn across a text table ("────") between its header and its rows: the table goes on ---

def test_a_rule_line_does_not_cut_a_text_table(tmp_path) -> None:
    rows = ("    处罚种类         项数      占比(%)\n", "    警告             1204       12.1\n",
            "    通报批评           87        0.9\n", "    罚款             5316       53.4\n",
            "    没收违法所得      642        6.5\n", "    暂扣许可证件       95        1.0\n",
            "    吊销许可证件       23        0.2\n", "    责令停产停业      141        1.4\n",
            "    行政拘留         2384       24.0\n", "    其他               58        0.6\n",
            "    合计             9950      100.0\n")
    for rule in ("    ─────────────────────────────\n", "    ------------------------------\n",
                 "    ==============================\n"):
        text = "表一 处罚种类统计\n" + rule + rows[0] + rule + "".join(rows[1:]) + rule
        assert failing(tmp_path, text) == [], rule
        # the share column is read as shares of the count column (a misprinted one fails)
        assert any("24.9" in m for m in failing(tmp_path, text.replace("24.0\n", "24.9\n"))), rule


# --- "分别下降…" over items of two measures each ("43批152人次,…9批21人次"): which measure the
# percents are of is not said ---

def test_respective_changes_over_items_of_two_measures(tmp_path) -> None:
    for text in ("越级赴市上访43批152人次,赴省上访9批21人次,进京上访2批2人次,分别较上年下降34.8%、43.8%和60.0%。",
                 "甲镇发生火灾12起死亡2人,乙镇发生火灾8起死亡1人,分别比上年减少20.0%和11.1%。"):
        assert failing(tmp_path, text) == [], text
    # one measure an item: 分别 maps position by position, and a slip fails
    one = "越级赴市上访43批,赴省上访9批,进京上访2批,分别较上年下降34.8%、43.8%和60.0%。"
    assert failing(tmp_path, one) == []
    assert failing(tmp_path, one.replace("43.8%", "53.8%"))


# --- "三者占全部案件的58.4%": a share of the items listed together, whose sum is not printed ---

def test_a_share_of_the_items_together_is_of_their_sum(tmp_path) -> None:
    for text in ("全市行政诉讼案件1,482件。案件主要集中在房屋征收、土地管理、社会保障三个领域,分别为386件、317件和162件,"
                 "三者占全部案件的58.4%。",
                 "受理投诉1,000件,主要是食品、服装两类,分别为230件、170件,二者占投诉总量的40.0%。",
                 "全年办结行政许可2,400件。个人申请和企业申请分别为1,500件、600件,两者共占87.5%。"):
        assert failing(tmp_path, text) == [], text
    # a share of one item still fails when it does not hold
    assert failing(tmp_path, "受理投诉1,000件,其中食品类230件,占投诉总量的33.0%。")


# --- "…873件;…1,102件。上述四类合计6,098件,占受理总数的68.4%": the four items are a selection of a
# wider set; a bare share of one of them is not of their sum ---

def test_a_selection_sum_with_its_own_share_is_no_base(tmp_path) -> None:
    for text in ("依法受理8,912件。按案件类别分,受理案件中涉及土地征收的2,187件,占24.5%;涉及公安管理的1,936件;"
                 "涉及社会保障的873件;涉及信息公开的1,102件。上述四类合计6,098件,占受理总数的68.4%。",
                 "全年受理诉求50,000件。城建类9,000件,占18.0%;交通类6,000件;教育类5,000件。以上三类共计20,000件,"
                 "占全部诉求的40.0%。"):
        assert failing(tmp_path, text) == [], text


# --- a survey's 满意率 is over the forms returned (收回/回收), not the forms sent out ---

def test_a_survey_rate_is_over_the_forms_returned(tmp_path) -> None:
    for text in ("全年发放群众满意度测评表5,000份,收回4,862份;评价满意的4,716份,基本满意的129份,不满意的17份,"
                 "满意率(含基本满意)99.7%。",
                 "发放问卷1,200份,回收1,150份,其中满意1,081份,基本满意46份,满意率(含基本满意)98.0%。"):
        assert failing(tmp_path, text) == [], text
    assert failing(tmp_path, "发放问卷1,200份,回收1,150份,其中满意1,081份,基本满意46份,满意率(含基本满意)99.5%。")


# --- "差评中,实名差评118条,…整改到位118条,整改率100%": a narrower set the clause names before the
# numerator may be the rate's base, beside the set its head names ---

def test_a_narrower_set_named_in_the_clause_is_a_base_too(tmp_path) -> None:
    for text in ("收到评价126,518条,其中好评126,377条,差评141条。差评中,实名差评118条,已全部回访核实,整改到位118条,"
                 "整改率100%;属于误评的差评23条。",
                 "受理投诉860件,办结842件。投诉中,有效投诉790件,已调查处理776件,处理率98.2%。"):
        assert failing(tmp_path, text) == [], text
    bad = "收到评价126,518条,其中好评126,377条,差评141条。差评中,实名差评118条,已全部回访核实,整改到位108条,整改率100%。"
    assert any("108" in m for m in failing(tmp_path, bad))


# --- a bracket after an outcome breaks that outcome down ("办结21,509件(含8月结转在办件412件)"):
# no part of the intake's split into closed and pending ---

def test_a_bracket_inside_an_outcome_is_no_pending_part(tmp_path) -> None:
    for text in ("9月份共受理各类办件21,846件,办结21,509件(含8月结转在办件412件)。",
                 "本季度受理诉求3,210件,办结3,188件(含上季度结转在办的95件)。"):
        assert failing(tmp_path, text) == [], text
    # a bracket naming the timely part lets the split be read -- and a slip in it fails
    ok = "全年受理投诉2,917件,已处理完毕2,349件(其中按期办结2,300件),正在办理568件。"
    assert ("sum.status", "pass") in [(r, s) for r, s, _ in checks(tmp_path, ok)]
    assert any("2907" in m for m in failing(tmp_path, ok.replace("568件", "558件")))


# --- "分别占当月受理总量的…": the month just named, never a span of months or a running total ---

def test_the_current_month_is_no_running_total(tmp_path) -> None:
    text = ("9月份,中心共受理各类办件21,846件。1-9月累计受理186,203件,累计办结184,977件。本月受理量前三位的部门是:"
            "市公安局5,204件、市人社局3,872件、市税务局2,681件,分别占当月受理总量的23.8%、17.7%和12.3%。")
    assert failing(tmp_path, text) == []
    assert ("ratio.share", "pass") in [(r, s) for r, s, _ in checks(tmp_path, text)]
    assert any("21,846" in m for m in failing(tmp_path, text.replace("17.7%", "19.7%")))
    other = ("10月受理来电8,400件。1—10月累计受理79,100件。其中涉及供暖的2,100件,占当月受理量的25.0%。")
    assert failing(tmp_path, other) == []
    assert failing(tmp_path, other.replace("25.0%", "2.7%"))


# --- a 其中 part is never what words naming a total name ("其中即办件97,781件" for "占办件总量的") ---

def test_a_qizhong_part_is_no_total(tmp_path) -> None:
    text = ("全年共办理政务服务事项139,107件,同比增长6.4%;其中即办件97,781件,承诺件41,326件。\n"
            "网上办理情况:全程网办事项办件68,452件,占办件总量的49.2%。")
    assert failing(tmp_path, text) == []
    assert any("139,107" in m for m in failing(tmp_path, text.replace("49.2%", "70.0%")))


# --- the first of three figures or more joined by "、" ("咨询4,918件、求助2,207件、投诉1,726件…")
# is an item of a list of kinds, never the whole a share after it is of ---

def test_the_first_item_of_a_joined_list_is_no_base(tmp_path) -> None:
    text = ("本周热线共受理诉求9,486件,日均1,355件。\n【结构】咨询4,918件、求助2,207件、投诉1,726件、举报189件、"
            "建议与表扬446件。投诉举报类合计1,915件,占20.2%。")
    assert failing(tmp_path, text) == []
    assert any("9,486" in m for m in failing(tmp_path, text.replace("20.2%", "24.2%")))
    other = ("全年受理来信来访3,200件。\n其中来信1,100件、来访900件、网上信访1,200件。重复信访合计480件,占15.0%。")
    assert failing(tmp_path, other) == []


# --- "较改革前17个部门…的86名人员减少57名,减少66.3%": the figure after "较…前…的" is the level before
# the change (counts of units may stand between), the figure before it the level now ---

def test_the_level_before_a_reform_is_the_previous_level(tmp_path) -> None:
    for text in ("审批局核定编制32名,实际在岗29名,较改革前17个部门从事审批工作的86名人员减少57名,减少66.3%。",
                 "话务座席260个,比整合前46条热线的312个减少52个,减少16.7%。"):
        assert failing(tmp_path, text) == [], text
    bad = "审批局核定编制32名,实际在岗29名,较改革前17个部门从事审批工作的86名人员减少57名,减少56.3%。"
    assert failing(tmp_path, bad)


# --- "全县34个县直单位和12个乡镇全部参加自评;抽查单位9个,抽查比例19.6%": the rate is over the two
# kinds together, whose sum is not printed -- neither count is its base ---

def test_a_count_of_a_pair_of_kinds_is_no_base(tmp_path) -> None:
    for text in ("全县34个县直单位和12个乡镇全部参加自评,自评平均得分91.3分;市级评估组抽查单位9个,抽查比例19.6%。",
                 "全区9个街道及3个乡镇均建成综合服务站,其中达到示范标准的6个,占50.0%。"):
        assert failing(tmp_path, text) == [], text
    # one count alone is still the base
    one = "全县46个单位全部参加自评;市级评估组抽查单位9个,抽查比例19.6%。"
    assert failing(tmp_path, one) == []
    assert failing(tmp_path, one.replace("19.6%", "29.6%"))
