"""Funnels and parts by meaning (issue 15, patterns E and D), session 12: stages the vocabulary
lacked, two funnels of two kinds in one sentence, a part named again by a later stage, figures
that say which stage they go on from, and lists a later stage may count whole. Each rule has a
consistent variant (the bound is read and holds), a planted one (the later figure exceeds the
earlier: the bound fails) and traps, consistent texts that must not be flagged. Sentences written
for the project."""

from __future__ import annotations

import pytest

from tests.test_relations_funnels_general import bounds, fails

# (consistent text, the later figure as printed, the same figure raised, smaller, larger)
FUNNELS = [
    # the right to a hearing told (either word order), hearings asked for, hearings held
    ("全年告知听证权利案件312件，当事人申请听证14件，举行听证12件。", "申请听证14件", "申请听证314件", 14, 312),
    ("向当事人告知听证权的案件共86件,要求听证的7件。", "要求听证的7件", "要求听证的87件", 7, 86),
    ("本年度作出听证告知58件；申请听证5件。", "申请听证5件", "申请听证59件", 5, 58),
    # questionnaires sent (the survey named between) and those returned
    ("年内发放群众满意度调查问卷1,500份，回收有效问卷1,432份。", "1,432份", "1,532份", 1432, 1500),
    ("向办事企业发出营商环境满意度测评表620份,收回测评表598份。", "598份", "628份", 598, 620),
    ("投放游客体验调查问卷2,000份，收回问卷1,876份，其中满意的1,790份。", "收回问卷1,876份", "收回问卷2,876份", 1876, 2000),
    # units looked over (排查) and those found at fault
    ("排查在建工地96个,发现安全问题工地17个。", "问题工地17个", "问题工地97个", 17, 96),
    ("专项行动中排查用工企业412家，发现欠薪问题企业23家，均已督促整改。", "23家", "423家", 23, 412),
    # violations found, and the cases filed on them (a figure naming nothing but its filing)
    ("全年巡查发现违法占地行为46宗,立案查处41宗,结案38宗。", "立案查处41宗", "立案查处48宗", 41, 46),
    ("通过卫片执法发现违法用地27宗，已立案24宗。", "已立案24宗", "已立案28宗", 24, 27),
    ("执法检查中发现违法违规行为158起。依法立案调查131起。", "立案调查131起", "立案调查161起", 131, 158),
    # review cases that came in, and those concluded
    ("全年发生行政复议案件31件，审结28件。", "审结28件", "审结33件", 28, 31),
    ("本年度受理行政复议案件17件,已办结15件,其余2件正在审理。", "已办结15件", "已办结19件", 15, 17),
    # cases opened for a settlement, and those agreed
    ("全年启动生态环境损害赔偿磋商案件9件，达成赔偿协议7件。", "达成赔偿协议7件", "达成赔偿协议11件", 7, 9),
    ("开展劳动争议调解磋商46件,签订和解协议39件。", "39件", "49件", 39, 46),
    # things tested and those found positive or over the limit
    ("快速检测农产品样品1.82万个，检出阳性样品26个。", "26个", "1.92万个", 26, 18200),
    ("抽检饮用水样品640份,检测超标样品9份。", "样品9份", "样品649份", 9, 640),
    # an application received and what was applied for, done
    ("全年受理企业信用修复申请1,286件，完成修复1,240件。", "完成修复1,240件", "完成修复1,296件", 1240, 1286),
    ("收到不动产登记申请8,412件,完成登记8,356件。", "完成登记8,356件", "完成登记8,456件", 8356, 8412),
]


@pytest.mark.parametrize(("text", "printed", "raised", "small", "large"), FUNNELS)
def test_funnels_of_more_stages(tmp_path, text, printed, raised, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


TRAPS = [
    # cases named anew after violations found: they may come from complaints too
    "卫片执法发现违法用地64宗,立案查处违法案件120件。",
    "巡查发现违法行为38起；全年立案查处各类违法案件96件。",
    # complaints received and cases filed stay open (cases come from inspections too)
    "全年受理投诉举报212件,立案查处236件。",
    # what was applied for names another thing than what was done
    "受理低保申请1,206户，完成入户调查1,300户。",
    "全年受理信用修复申请312件,完成系统升级2次。",
    # a hearing held counted against the notices of another year
    "2023年告知听证权利案件12件。2024年举行听证15件。",
    # questionnaires returned of another survey than the one sent
    "发放问卷300份。全市累计回收各类问卷4,200份。",
    # units looked over in visits, and units at fault counted otherwise
    "排查企业320家次,发现问题412项。",
    # settlements agreed of cases carried in from the year before
    "启动赔偿磋商案件6件，达成赔偿协议9件(含上年结转案件4件)。",
    # a screening's positives against samples of another body
    "乡镇站快速检测样品120个；市中心检出阳性样品150个。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_no_false_alarm_on_more_stages(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


# Two funnels of two kinds in one sentence, each named by the catalog's metrics too: the catalog
# reads neither (two figures of one stage), so the funnels state both.
TWO_KINDS = [
    ("排查一般隐患3,120项,已整改3,086项;排查重大隐患9项,已整改8项。", [(3086, 3120), (8, 9)], "已整改8项", "已整改10项", 9),
    ("全年共排查一般隐患860处，整改到位851处；排查重大隐患5处，整改到位5处。", [(851, 860)], "整改到位851处",
     "整改到位861处", 860),
    ("排查一般隐患1,204项,已整改1,196项;排查重大隐患12项,已整改11项,剩余1项正在整改。", [(1196, 1204), (11, 12)],
     "已整改1,196项", "已整改1,296项", 1204),
]


@pytest.mark.parametrize(("text", "pairs", "printed", "raised", "large"), TWO_KINDS)
def test_two_funnels_of_two_kinds_in_one_sentence(tmp_path, text, pairs, printed, raised, large) -> None:
    got = bounds(tmp_path, text)
    for small, big in pairs:
        assert ("pass", small, big) in got, got
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


# A later stage may count all the items of a list: no bound on one item (two readings at least)
LISTS = [
    "全年收到行政复议申请23件、行政诉讼案件12件,审结30件。",
    "全年发生行政复议案件23件、行政诉讼案件12件,审结30件。",
    "受理来信412件和网上信访306件,办结690件。",
]


@pytest.mark.parametrize("text", LISTS)
def test_a_later_stage_after_a_list_may_count_the_list(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


# (text, smaller, the part's figure, the later figure as printed, raised): a later stage naming
# exactly what a 其中 part of the earlier figure names is of that part
PARTS = [
    ("全年共接收投诉举报6,480件，其中投诉4,912件、举报1,568件。受理投诉4,706件，调解成功3,215件。",
     4706, 4912, "受理投诉4,706件", "受理投诉5,006件"),
    ("全年收到信访事项2,300件,其中来信860件、来访1,440件.受理来信812件.",
     812, 860, "受理来信812件", "受理来信892件"),
    ("本年度收到政府信息公开申请420件，其中网上申请306件、信函申请114件。答复网上申请298件。",
     298, 306, "答复网上申请298件", "答复网上申请318件"),
]


@pytest.mark.parametrize(("text", "small", "part", "printed", "raised"), PARTS)
def test_a_later_stage_of_a_part_named_again(tmp_path, text, small, part, printed, raised) -> None:
    assert ("pass", small, part) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert bad != text
    assert any(st == "fail" and big == part for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


PART_TRAPS = [
    # the later figure names the whole's words, not the part's: of the whole only
    "全年共接收投诉举报6,480件，其中投诉4,912件、举报1,568件。受理投诉举报5,706件。",
    # the part named so is of another period
    "全年共接收投诉举报6,480件，其中投诉4,912件、举报1,568件。1-6月受理投诉5,106件。",
]


@pytest.mark.parametrize("text", PART_TRAPS)
def test_no_false_alarm_on_parts_named_again(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


# (text, smaller, larger, the referring figure as printed, raised): a figure saying which stage it
# goes on from (对办结…回访) is bounded by a figure of an earlier stage of what its words name when
# no figure of that stage is stated but as done in time
REFERRING = [
    ("二、办理情况\n对需要部门处理的诉求，转派承办单位办理31.62万件。转派件中，按期办结31.08万件，按期办结率98.3%。\n"
     "对办结的转派件开展回访，共回访24.15万件，满意22.86万件。\n", 241500, 316200, "共回访24.15万件", "共回访32.15万件"),
    ("全年共办理涉水诉求2,640件，同比增长3.1%，其中供水类1,480件、排水类1,160件。对办结诉求开展电话回访1,812件，"
     "满意1,766件。", 1812, 2640, "电话回访1,812件", "电话回访2,812件"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "raised"), REFERRING)
def test_a_referring_figure_bounded_by_an_earlier_stage(tmp_path, text, small, large, printed, raised) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text), bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


REFERRING_TRAPS = [
    # work closed late was called back too: the figure closed in time bounds no callback of all closed
    "转派件中，按时办结54,990件，按时办结率99.6%。对办结的转派件开展回访，共回访55,120件。",
    "承办单位按期办结8,216件。对办结工单回访8,302件。",
    # resolved (解决) is fewer than closed: no bound on callbacks of closed work by it
    "派发工单中实际解决14,890件，解决率89.6%。对办结工单回访15,210件。",
    "派发工单中实际解决14,890件，对办结工单回访15,210件。",
]


@pytest.mark.parametrize("text", REFERRING_TRAPS)
def test_no_false_alarm_on_callbacks_of_what_was_closed(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_callbacks_of_what_was_closed_in_time_are_bounded_by_it(tmp_path) -> None:
    # the referring words say 按期办结: the figure closed in time is the one they go on from
    text = "全年按期办结工单8,216件。对按期办结的工单回访7,930件。"
    assert ("pass", 7930, 8216) in bounds(tmp_path, text)
    assert ("fail", 8930, 8216) in bounds(tmp_path, text.replace("7,930", "8,930"))


# (text, the kinds' figures, the whole): kinds a classification names by what they concern (涉及)
# or singles out as the main ones (较为集中, 比较集中) only bound their whole -- they may overlap or
# leave kinds out -- also right after another classification of that whole that does not add up
KINDS = [
    ("全年县政府作为被告的一审行政诉讼案件52件，同比增加4件。从案件类型看，涉及征收补偿的19件、涉及行政许可的12件、"
     "涉及政府信息公开的7件，三类案件较为集中。", [19, 12, 7], 52),
    ("全年收到行政复议申请640件。从申请事项看，涉及行政处罚的214件，涉及工伤认定的96件，涉及信息公开的58件。",
     [214, 96, 58], 640),
    ("一审行政诉讼案件48件。从被告看，县政府12件、县直部门29件、乡镇政府8件。从案件类型看，涉及征收拆迁的18件、"
     "涉及行政处罚的11件，两类案件较为集中。", [18, 11], 48),
    ("全年受理行政复议案件1,210件。从案件领域看，公安、市场监管、自然资源领域案件比较集中，分别为356件、214件、187件。",
     [356, 214, 187], 1210),
    ("经审查，受理复议申请1,104件。涉企行政复议案件326件，占受理总数的29.5%。从案件领域看，公安、自然资源领域案件较为"
     "集中，分别为298件、176件。", [298, 176], 1104),
]


@pytest.mark.parametrize(("text", "kinds", "whole"), KINDS)
def test_kinds_that_only_bound_their_whole(tmp_path, text, kinds, whole) -> None:
    got = bounds(tmp_path, text)
    for k in kinds:
        assert ("pass", k, whole) in got, got
    assert fails(tmp_path, text) == []


# the main kinds singled out (较为集中…分别为): one raised past the whole fails
HIGHLIGHTED = [KINDS[3], KINDS[4]]


@pytest.mark.parametrize(("text", "kinds", "whole"), HIGHLIGHTED)
def test_a_main_kind_past_its_whole_fails(tmp_path, text, kinds, whole) -> None:
    raised = text.replace(f"{kinds[0]:,}件", f"{whole + 12:,}件", 1)
    assert raised != text
    assert any(st == "fail" and big == whole for st, _, big in bounds(tmp_path, raised)), bounds(tmp_path, raised)


KIND_TRAPS = [
    # kinds by what they concern may overlap: together more than the whole, each within it
    "全年收到行政复议申请64件。从申请事项看，涉及行政处罚的41件，涉及行政强制的36件。",
    # the main kinds of the part a share names again (涉企) are of that part
    "受理行政复议案件1,104件。涉企行政复议案件326件，占受理总数的29.5%。涉企案件主要集中在市场监管、税务领域，分别为98件、76件。",
]


@pytest.mark.parametrize("text", KIND_TRAPS)
def test_no_false_alarm_on_kinds(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_the_main_kinds_of_a_part_named_again_are_of_that_part(tmp_path) -> None:
    text = "受理行政复议案件1,104件。涉企行政复议案件326件，占受理总数的29.5%。涉企案件主要集中在市场监管、税务领域，分别为98件、76件。"
    assert ("pass", 98, 326) in bounds(tmp_path, text)
    assert ("fail", 398, 326) not in bounds(tmp_path, text)


# (text, smaller, larger, later figure as printed, raised): more stages as data -- sitting an exam
# due (应考/实考) and passing it; comments adopted after a means of deciding (经论证, 经研究)
MORE = [
    ("组织执法人员参加法律知识考试，应考412人，实考406人，合格398人。", 406, 412, "实考406人", "实考416人"),
    ("组织执法人员参加法律知识考试，应考412人，实考406人，合格398人。", 398, 406, "合格398人", "合格408人"),
    ("年度公务员法律知识考试应考人数86人,实考84人。", 84, 86, "实考84人", "实考88人"),
    ("共征集立法建议项目46件，经论证采纳31件。", 31, 46, "采纳31件", "采纳51件"),
    ("向社会征求意见建议218条，经研究吸收采纳126条。", 126, 218, "采纳126条", "采纳226条"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "raised"), MORE)
def test_more_funnels(tmp_path, text, small, large, printed, raised) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


def test_a_review_goes_on_to_the_work_assigned(tmp_path) -> None:
    # 受理 (taken in) and 指派 (assigned) are two stages of one process, not two outcomes of the review:
    # no sum of them (受理 taken up by a mediator is the same word, no later stage of another process)
    for text in ("全年接收法律援助申请986件，经审查受理962件，指派律师办理958件。",
                 "全年收到法律援助申请412件,经审查受理398件,指派律师承办396件。"):
        assert fails(tmp_path, text) == [], text


# (text, smaller, larger, later figure as printed, raised): a funnel across a heading, when the later
# figure's sentence names what it counts as the earlier one's words do and the heading names no
# scope of its own (a body, a channel, a level)
ACROSS = [
    ("一、收案情况\n全年共收到行政复议申请218件。\n二、审理情况\n全年审结行政复议案件196件。\n",
     196, 218, "审结行政复议案件196件", "审结行政复议案件296件"),
    ("## 一、受理情况\n\n2023年，全县信访部门共受理信访事项2,416件，同比下降3.2%。\n\n## 二、办理情况\n\n"
     "全年按期办结信访事项2,398件。\n", 2398, 2416, "办结信访事项2,398件", "办结信访事项2,498件"),
    ("（一）收件\n本年度共收到政府信息公开申请164件。\n（二）答复\n已答复政府信息公开申请160件，其余4件结转下年度。\n",
     160, 164, "申请160件", "申请169件"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "raised"), ACROSS)
def test_a_funnel_across_a_heading(tmp_path, text, small, large, printed, raised) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text), bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


ACROSS_TRAPS = [
    # the heading names a level, a body or a channel the earlier section does not
    "一、区级\n全年受理信访事项1,206件。\n二、镇街\n全年办结信访事项1,806件。\n",
    "一、信访\n全年受理信访事项1,206件。\n二、12345热线\n热线办结信访事项1,806件。\n",
    "一、市本级\n市本级收到行政复议申请86件。\n二、全市情况\n全市审结行政复议案件312件。\n",
    # another period, another process, another body, work carried in, a plan
    "一、上半年情况\n1-6月收到行政复议申请86件。\n二、全年情况\n全年审结行政复议案件112件。\n",
    "一、复议\n收到行政复议申请86件。\n二、诉讼\n审结行政诉讼案件112件。\n",
    "一、受理\n受理投诉举报1,206件。\n二、消协\n消协组织办结投诉1,306件。\n",
    "一、收案\n全年收到行政复议申请86件。\n二、审理\n审结行政复议案件92件(含上年结转案件9件)。\n",
    "一、2023年情况\n2023年收到行政复议申请86件。\n二、2024年情况\n2024年审结行政复议案件92件。\n",
    "一、工作开展\n收到行政复议申请86件。\n二、下一步工作\n力争审结行政复议案件120件。\n",
    "（一）专项整治\n专项整治中发现隐患86处。\n（二）日常检查\n全年共整改各类隐患1,206处。\n",
    # a later figure naming only its stage does not cross a heading
    "一、收案情况\n全年共收到行政复议申请218件。\n二、审理情况\n全年审结296件。\n",
    # review cases named by the noun alone after complaints: another thing
    "全年受理投诉120件，审结行政复议案件130件。",
]


@pytest.mark.parametrize("text", ACROSS_TRAPS)
def test_no_false_alarm_across_headings(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


# unlawful buildings dealt with and pulled down; comments adopted and carried out
DEMOLISHED = [
    ("2024年，共查处违法建设312处，拆除违建306处。", 306, 312, "拆除违建306处", "拆除违建316处"),
    ("全年排查认定违章建筑86处，依法拆除79处。", 79, 86, "拆除79处", "拆除89处"),
    ("全年收到各类意见建议368条，已采纳并落实352条。", 352, 368, "352条", "372条"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "raised"), DEMOLISHED)
def test_demolished_and_adopted(tmp_path, text, small, large, printed, raised) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text), bounds(tmp_path, text)
    bad = text.replace(printed, raised, 1)
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


def test_demolitions_of_older_or_cumulative_work_are_open(tmp_path) -> None:
    for text in ("全年排查违法建设86处，拆除违建92处(含上年遗留12处)。", "全年新增违建46处，累计拆除违建312处。"):
        assert fails(tmp_path, text) == [], text


def test_reemployment_is_no_later_stage_of_this_years_registrations(tmp_path) -> None:
    # those back in work may have registered in earlier years: a stock against a flow, no funnel
    for text in ("全年新增登记失业人员3,612人，实现再就业3,986人。", "全年共登记失业人员3,612人，帮助实现再就业3,986人。"):
        assert fails(tmp_path, text) == [], text


# (text, smaller, larger, later as printed, raised): a stage part its body names again in the
# sentence after ("其中…转派承办单位34.26万件。承办单位已办结…"), though a figure of the later stage
# (直接答复) stands beside it
NAMED_AGAIN = [
    ("全年热线共受理群众诉求86.42万件，其中直接答复52.16万件，转派承办单位34.26万件。承办单位已办结33.98万件。",
     339800, 342600, "已办结33.98万件", "已办结35.98万件"),
    ("全年共受理企业诉求3,612件,其中当场答复1,206件,交办职能部门2,406件.职能部门按期办结2,356件.",
     2356, 2406, "按期办结2,356件", "按期办结2,456件"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "raised"), NAMED_AGAIN)
def test_a_stage_part_its_body_names_again(tmp_path, text, small, large, printed, raised) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text), bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


NAMED_AGAIN_TRAPS = [
    # a bare later stage after the sentence is of the whole
    "全年受理12.6万件，其中转办4.8万件。办结12.3万件。",
    "全年受理诉求12.6万件，其中转派承办单位4.8万件。全年共办结诉求12.3万件。",
    # the body's work named by an intake word (办理) may hold older work
    "全年受理诉求12.6万件，其中转派承办单位4.8万件。各承办单位共办理诉求5.3万件。",
]


@pytest.mark.parametrize("text", NAMED_AGAIN_TRAPS)
def test_no_false_alarm_on_stage_parts(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


# (text, smaller, larger, printed, raised): those of a whole that involve something, named by a
# relative clause (涉及…的) after it in its sentence, with no 其中: each bounded by the whole
INVOLVING = [
    ("全年发生道路交通事故412起，涉及酒驾的46起，涉及货车的86起。", 86, 412, "货车的86起", "货车的486起"),
    ("全年调解各类纠纷1,206件，同时涉及多方当事人的纠纷86件。", 86, 1206, "纠纷86件", "纠纷1,286件"),
    ("检查食品经营企业412家，涉及校园周边的企业86家。", 86, 412, "企业86家", "企业486家"),
    ("全年办理行政处罚案件412件，适用简易程序的216件，涉及罚款的386件。", 386, 412, "罚款的386件", "罚款的416件"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "raised"), INVOLVING)
def test_those_involving_something(tmp_path, text, small, large, printed, raised) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text), bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


INVOLVING_TRAPS = [
    # another thing counted (no 的: a case may hold several violations), or another unit
    "立案查处违法案件412件，涉及违法行为486件。",
    "立案查处案件312件，涉及的违法行为412起。",
    "全年受理信访事项1,206件，涉及群众3,412人。",
    # the whole is a set named by "…中,", its kinds listed by relative clauses: not a kind's part
    "全年行政处罚案件中，适用简易程序的216件，适用普通程序的612件；涉及罚款的704件。",
    # of the whole or of the later figure: within either
    "全年受理投诉1,206件，办结1,198件，涉及食品的1,203件。",
]


@pytest.mark.parametrize("text", INVOLVING_TRAPS)
def test_no_false_alarm_on_those_involving(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_items_accepted_after_their_visits_across_sections(tmp_path) -> None:
    # the items accepted (件) are no more than the visits registered (件次), sections apart; the
    # sections between (反映问题) and the later one's heading (办理情况) name no scope of their own
    text = ("## 一、信访总量\n\n- 全县共登记群众信访事项**3,106件次**、**5,412人次**。\n\n## 二、反映问题\n\n"
            "- 从反映问题看，城乡建设类812件次、劳动社保类604件次。\n\n## 三、办理情况\n\n"
            "- 受理信访事项2,846件，按期办结2,812件。\n")
    p = tmp_path / "r.md"
    p.write_text(text, encoding="utf-8")
    import toolkit

    got = [(c.status, c.operands["smaller"], c.operands["larger"]) for c in toolkit.audit(p).checks if c.kind == "bound"]
    assert ("pass", 2846, 3106) in got, got
    bad = tmp_path / "bad.md"
    bad.write_text(text.replace("2,846件", "3,246件"), encoding="utf-8")
    got = [(c.status, c.operands["smaller"], c.operands["larger"]) for c in toolkit.audit(bad).checks if c.kind == "bound"]
    assert ("fail", 3246, 3106) in got, got


LEADS = [
    ("全年接收群众举报线索612条，经初步核实转立案查处的线索86条。", 86, 612, "线索86条", "线索686条"),
    ("年内收到问题线索148条,转立案42条。", 42, 148, "转立案42条", "转立案242条"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "raised"), LEADS)
def test_leads_turned_into_cases(tmp_path, text, small, large, printed, raised) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text), bounds(tmp_path, text)
    bad = text.replace(printed, raised, 1)
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


def test_cases_filed_on_leads_are_counted_otherwise(tmp_path) -> None:
    # one lead may bring several cases: cases named anew are not bounded by the leads
    assert fails(tmp_path, "全年接收群众举报线索612条，转立案查处违法案件686件。") == []


# (text, smaller, larger, printed, raised): a net increase is no more than the additions it nets
NET = [
    ("年内新开户单位1,246家，实缴单位12,638家，净增单位874家。", 874, 1246, "净增单位874家", "净增单位1,874家"),
    ("新开户职工3.86万人，实缴职工41.27万人，净增职工1.12万人。", 11200, 38600, "净增职工1.12万人", "净增职工4.12万人"),
    ("全年新增市场主体8,612户，注销2,316户，净增市场主体6,296户。", 6296, 8612, "净增市场主体6,296户",
     "净增市场主体9,296户"),
    ("2024年新发展会员1,206人,净增加会员986人。", 986, 1206, "净增加会员986人", "净增加会员1,986人"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "raised"), NET)
def test_a_net_increase_within_its_additions(tmp_path, text, small, large, printed, raised) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text), bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


NET_TRAPS = [
    # another noun, another process
    "全年新增企业3,612户，净增个体工商户4,206户。",
    "全年新增就业岗位3,612个，城镇登记失业人员净增412人。",
    # two additions of the unit before: which one is netted is open
    "全年新增企业3,612户、新增个体工商户5,206户，净增4,206户。",
]


@pytest.mark.parametrize("text", NET_TRAPS)
def test_no_false_alarm_on_net_increases(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []
