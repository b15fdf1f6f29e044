"""Funnels by meaning (issue 15, pattern E), session 11: stages the vocabulary lacked and funnels
across the items of a Markdown list. Each funnel comes in a consistent variant (bound read, it
holds), an inverted one (the later figure exceeds the earlier: the bound fails) and the traps are
consistent texts that must not be flagged. Sentences written for the project."""

from __future__ import annotations

import pytest

from tests.test_relations_funnels_general import bounds, fails

# (consistent text, the later figure as printed, the same figure inverted, smaller, larger)
FUNNELS = [
    # exams: signed up >= found eligible >= sat the (written) exam >= chosen
    ("公开招聘教师报名2,140人,资格审查合格1,986人,参加笔试1,902人,拟聘用210人。", "参加笔试1,902人",
     "参加笔试1,996人", 1902, 1986),
    ("公开招聘教师报名2,140人,资格审查合格1,986人,参加笔试1,902人,拟聘用210人。", "拟聘用210人",
     "拟聘用1,910人", 210, 1902),
    ("本次遴选经资格审核通过的考生436名,实际参加笔试的412名,进入面试的96名。", "实际参加笔试的412名",
     "实际参加笔试的442名", 412, 436),
    ("全市事业单位招考报名8,620人,参加考试7,914人。", "参加考试7,914人", "参加考试8,914人", 7914, 8620),
    ("招录辅警资格复审合格人员318人,参加体能测试及笔试的人员302人,拟录用120人。", "拟录用120人", "拟录用320人", 120, 302),
    # work closed, those of it the public rated (参评), those satisfied
    ("全年受理群众诉求9,412件,办结9,336件。群众参评6,108件,满意5,912件。", "参评6,108件", "参评9,408件", 6108, 9336),
    ("全年办结投诉举报2,846件,参评1,732件,评价满意1,688件。", "参评1,732件", "参评2,932件", 1732, 2846),
    # cases dealt with and those handed on to the police, prosecutors or supervisors
    ("全年查处非法采矿案件9起,移送公安机关3起。", "3起", "13起", 3, 9),
    ("立案查处食品安全违法案件412件,依法移送司法机关追究刑事责任16件。", "16件", "416件", 16, 412),
    ("全年查办涉税违法案件96户,移交公安机关立案侦查11户。", "11户", "101户", 11, 96),
    ("立案查处环境违法案件143件,移送公安机关处理7件。", "处理7件", "处理147件", 7, 143),
    ("对查处的127件违法案件,依法移送检察机关5件。", "5件", "135件", 5, 127),
    # cases dealt with and the heaviest outcomes of them, one a case
    ("全年查处社会组织违法违规案件27起,撤销登记19个。", "19个", "29个", 19, 27),
    ("全年立案查处道路运输违法案件312起,吊销道路运输经营许可证12起。", "许可证12起", "许可证316起", 12, 312),
    ("查办非法行医案件46起,依法取缔非法诊所31个。", "31个", "51个", 31, 46),
    # comments collected on drafts and those adopted
    ("条例草案公开征求意见期间共收到反馈意见48条,吸收采纳31条。", "31条", "51条", 31, 48),
    ("向社会公开征集年度立法项目建议26条,采纳9条。", "采纳9条", "采纳29条", 9, 26),
    ("政府规章起草中收集各方面意见建议312条,予以采纳204条。", "204条", "324条", 204, 312),
    # deputies' suggestions and members' proposals undertaken, and those answered
    ("全年共承办人大代表建议42件,已办复40件。", "40件", "46件", 40, 42),
    ("承办人大代表建议和政协提案共96件,按时办复94件。", "94件", "98件", 94, 96),
    ("接到市政协委员提案31件,已按期答复29件。", "29件", "39件", 29, 31),
    # advice sent and answered by the party advised (被建议单位): no suggestion received
    ("全年发出检察建议24份;已收到被建议单位书面回复的22份。", "22份", "26份", 22, 24),
    # orders to put right, and those that complied
    ("全年下达责令改正通知书216份,当事人已改正209份。", "209份", "219份", 209, 216),
    ("责令限期整改企业86家,已完成整改81家。", "81家", "88家", 81, 86),
    ("对存在隐患的412个单位责令限期整改,已整改到位398个。", "398个", "418个", 398, 412),
    # what was put right is bounded by what was found, not by the files sampled before it
    ("全年抽查行政执法案卷1,860起,发现问题214个,整改到位206个。", "整改到位206个", "整改到位241个", 206, 214),
    # trained, and passed the course's exam
    ("组织行政执法人员专题培训1,280人次,考试合格1,236人次。", "1,236人次", "1,296人次", 1236, 1280),
    ("举办安全生产管理人员培训班,培训3,416人,考核合格3,302人。", "3,302人", "3,502人", 3302, 3416),
    # normative documents reviewed and those corrected
    ("全年备案审查规范性文件64件,发现问题并纠正3件。", "纠正3件", "纠正66件", 3, 64),
    ("对报送备案的各乡镇规范性文件开展合法性审查28件,督促纠正2件。", "2件", "29件", 2, 28),
    # case files appraised and those graded
    ("全年评查行政执法案卷312卷,评为优秀的86卷。", "86卷", "316卷", 86, 312),
    ("组织行政处罚案卷评查260份,评定为优秀案卷的41份。", "41份", "261份", 41, 260),
    # services rated bad and those put right
    ("全年政务服务收到评价38.6万条,其中差评126条,已整改123条。", "已整改123条", "已整改136条", 123, 126),
    ("窗口差评工单58件,已核实整改56件。", "56件", "66件", 56, 58),
    # samples found wanting and those dealt with
    ("抽检农产品2,480批次,检出不合格样品46批次,已完成核查处置44批次。", "44批次", "48批次", 44, 46),
    ("监督抽检检出问题产品31批次,已依法处置29批次。", "29批次", "39批次", 29, 31),
    # criminal investigations opened and cases solved
    ("全年立案侦查经济犯罪案件48起,破案41起。", "破案41起", "破案51起", 41, 48),
    ("立案侦办电信网络诈骗案件612起,侦破398起。", "398起", "698起", 398, 612),
    # applications named after a verb of intake, and those approved or granted
    ("全年受理低保申请1,206户,经审核审批纳入保障986户。", "986户", "1,286户", 986, 1206),
    ("全年共受理残疾人证申请2,116人,办理发证2,098人。", "2,098人", "2,198人", 2098, 2116),
    ("新收特困供养申请312人,经审核纳入特困供养范围296人。", "296人", "326人", 296, 312),
    # a petition's review asked for and the opinions given
    ("受理信访复查申请46件,作出复查意见42件。", "42件", "48件", 42, 46),
    # the status when the report is written (截至目前) is the report's own period, as 截至年底 is
    ("2024年,全市共发现各类安全隐患4,206处。截至目前,已整改4,118处。", "4,118处", "4,218处", 4118, 4206),
    ("全年共受理群众来信来访1,306件,截至发稿时已办结1,288件。", "1,288件", "1,388件", 1288, 1306),
]


@pytest.mark.parametrize(("text", "printed", "inverted", "small", "large"), FUNNELS)
def test_funnels_of_new_stages(tmp_path, text, printed, inverted, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, inverted, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


def _md(tmp_path, text: str) -> list[tuple[str, object, object]]:
    """``bounds`` of a Markdown text (its list items lose their marks when read)."""
    import toolkit

    p = tmp_path / "r.md"
    p.write_text(text, encoding="utf-8")
    return [(c.status, c.operands["smaller"], c.operands["larger"]) for c in toolkit.audit(p).checks
            if c.kind == "bound"]


# (Markdown text, smaller, larger, the later figure as printed, inverted): the items of a bulleted
# list go on as the clauses of one sentence, whatever the clauses of each item
BULLETED = [
    ("## 二、投诉处理\n\n- 全年受理噪声投诉**2,412件**，较上年下降6.3%。\n- 办结**2,398件**，办结率99.4%。\n"
     "- 电话回访1,106件，表示满意的1,062件。\n", 1106, 2398, "回访1,106件", "回访2,506件"),
    ("## 三、办理情况\n\n- **受理：** 受理来信来访1,745件，办结1,702件。\n- **评价：** 群众参评1,208件，满意1,166件。\n",
     1208, 1702, "参评1,208件", "参评1,808件"),
    ("### 复议\n\n* 收到行政复议申请86件，较上年增加4件。\n* 经审查受理79件，其余已告知。\n", 79, 86, "受理79件", "受理89件"),
    ("- 全年检查在建工地1,204家次，通报批评12家。\n- 排查发现隐患3,106处，已整改3,018处。\n", 3018, 3106, "3,018处", "3,118处"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "inverted"), BULLETED)
def test_funnels_across_the_items_of_a_markdown_list(tmp_path, text, small, large, printed, inverted) -> None:
    assert ("pass", small, large) in _md(tmp_path, text)
    assert not any(st == "fail" for st, _, _ in _md(tmp_path, text))
    bad = text.replace(printed, inverted, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in _md(tmp_path, bad)), _md(tmp_path, bad)


# Markdown items that are no funnel: each counts other work, or a period or body of its own
BULLETED_TRAPS = [
    "- 全年受理投诉1,204件。\n- 办结行政许可事项2,306件。\n",
    "- 1-6月受理信访事项412件。\n- 全年办结信访事项906件。\n",
    "- 区市场监管局受理投诉812件。\n- 消协组织办结投诉1,306件。\n",
    "- 新收复议案件58件。\n- 审结复议案件64件（含上年结转9件）。\n",
    "- 检查企业320家。\n- 发现问题412家次。\n",
]


@pytest.mark.parametrize("text", BULLETED_TRAPS)
def test_no_false_alarm_across_markdown_items(tmp_path, text) -> None:
    assert not any(st == "fail" for st, _, _ in _md(tmp_path, text)), _md(tmp_path, text)


TRAPS = [
    # those who signed up and those who sat an exam of another kind, another year
    "2023年报名参加执法资格考试的312人,2024年参加笔试的356人。",
    # a clue handed on names another thing than the cases dealt with
    "立案查处违法案件412件,向纪检监察机关移送问题线索512条。",
    # referrals of another process (the police's filing) counted before the cases
    "移送公安机关案件18起,公安机关已立案12起。",
    # what is handed on, named anew, may come from inspections
    "查处各类违法行为512起,移送涉嫌犯罪案件628起。",
    # people rated by another body
    "全年办结投诉312件,参评单位86个。",
    # an order to put right is no rectification: found, then ordered, then put right
    "发现安全隐患企业86家,已责令整改86家,已完成整改79家。",
    "全年排查隐患1,206处,责令限期整改1,206处,已整改1,180处。",
    # comments collected, counted in times, and comments adopted
    "开展公开征求意见3次,采纳意见建议28条。",
    # corrections of another thing than the documents reviewed
    "全年备案审查规范性文件64件,纠正行政执法过错行为112件。",
    # suggestions answered, counted before those undertaken
    "已办复人大代表建议40件。全年承办政协提案58件。",
    # a bad review of one channel, and what another put right
    "全年收到差评126条。窗口整改意见建议312条。",
    # samples found wanting, and hazards dealt with
    "检出不合格样品46批次,处置各类突发事件52起。",
    # handed on and sanctioned are two outcomes side by side, neither a stage of the other
    "全年查处违法案件27起,移送公安机关3起,撤销登记19个。",
    # licences revoked over the years against this year's cases
    "全年查处违法案件27起,累计吊销许可证件112起。",
    # a whole of the year after a narrower intake named by what is applied for (the intake verb alone
    # is the stage word: the name stays the figure's)
    "受理低保申请86户,均已按期审核。全年审核通过申请92户。",
    # a cumulative figure as of now against the year's intake
    "全年受理投诉312件,截至目前累计办结4,906件。",
    # a course of another kind than the exam passed
    "全年培训网格员820人,通过执法资格考试的执法人员956人。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_no_false_alarm_on_new_stages(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


# (text, smaller, larger, the level's figure as printed, inverted): a jurisdiction's own level
# bounded by the whole stated before it -- across sentences when the level's figure names nothing
# but its level (the whole's measure goes on), or by a body of the jurisdiction acting directly
LEVELS = [
    ("2023年,全区受理政府信息公开申请620件。区政府本级151件。", 151, 620, "本级151件", "本级651件"),
    ("全县各级行政机关共收到政府信息公开申请1,206件,同比增长4.1%。县政府本级86件,较上年减少3件。", 86, 1206,
     "本级86件", "本级1,286件"),
    ("全市行政复议机关新收案件1,412件。市本级316件。", 316, 1412, "市本级316件", "市本级1,416件"),
    ("全年全区接收群众来信来访3,412件次,区信访局直接受理1,206件次。", 1206, 3412, "1,206件次", "3,416件次"),
    ("全县共登记信访事项2,018件,县信访局直接办结612件。", 612, 2018, "612件", "2,612件"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "inverted"), LEVELS)
def test_an_own_level_under_the_whole(tmp_path, text, small, large, printed, inverted) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, inverted, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


LEVEL_TRAPS = [
    # the level's sentence names another measure (bodies, people) or another stage than the whole's
    "全区受理政府信息公开申请620件。区政府本级部门842个。",
    "全区受理政府信息公开申请620件。区政府本级工作人员1,151人。",
    "全区受理政府信息公开申请620件。区政府本级结转上年651件。",
    # a wider jurisdiction's figure after a narrower whole
    "全区受理行政复议申请48件。市本级312件。",
]


@pytest.mark.parametrize("text", LEVEL_TRAPS)
def test_no_false_alarm_on_levels(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


# A split of the earlier figure into outcomes (a sum) states the funnel beside it: the later stage is
# bounded by the earlier figure all the same; two parts of the split bound nothing of each other.
SPLITS = [
    ("承办单位申请退单2,318件,经审核同意退单1,905件,退回重办413件。", 1905, 2318, "同意退单1,905件", "同意退单2,405件"),
    ("全年收到低保申请1,206户,审核通过986户,不予通过220户。", 986, 1206, "通过986户", "通过1,286户"),
    ("受理行政复议申请86件,审结79件,尚未审结7件。", 79, 86, "审结79件", "审结89件"),
]


@pytest.mark.parametrize(("text", "small", "large", "printed", "inverted"), SPLITS)
def test_a_funnel_beside_the_split_of_its_intake(tmp_path, text, small, large, printed, inverted) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, inverted, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


def test_two_parts_of_a_split_are_no_funnel(tmp_path) -> None:
    # those that passed and those found wanting split the firms inspected: neither goes on from the other
    for text in ("全年检查企业276家,检查合格126家,发现问题的150家。", "抽检样品412批次,合格398批次,不合格14批次。"):
        assert fails(tmp_path, text) == []
        assert not [b for b in bounds(tmp_path, text) if b[1] in (150, 14) and b[2] in (126, 398)]
