"""Funnels by meaning (issue 15, pattern E), session 13: carry-over words that speak of one
process only (process_voids.py) and stage words the vocabulary lacked. Each rule has consistent
variants (the bound is read and holds), planted ones (the later figure raised past the earlier:
the bound fails) and traps, consistent texts that must not be flagged. Sentences written for
the project."""

from __future__ import annotations

import pytest

from tests.test_relations_funnels_general import bounds, checks, fails

# (consistent text, the later figure as printed, the same figure raised, smaller, larger)
FUNNELS = [
    # a summary-procedure penalty spoken of around a referral: the referral funnel stands
    ("全年立案查处各类违法案件436件。适用简易程序办理案件57件。向公安机关移送涉嫌犯罪案件6件,公安机关已立案5件。",
     "已立案5件", "已立案8件", 5, 6),
    ("本年度当场处罚违法行为212起;移送涉嫌犯罪案件14件,检察机关已受理12件。", "已受理12件", "已受理19件", 12, 14),
    ("对轻微违法行为适用简易程序作出处罚31起。全年受理群众投诉620件，办结608件。", "办结608件", "办结628件", 608, 620),
    # posts set and the people actually in post (实有, 现有)
    ("局机关核定编制35名,实有32名。", "实有32名", "实有38名", 32, 35),
    ("综合执法大队编制46人，现有人员41人，均已持证上岗。", "现有人员41人", "现有人员49人", 41, 46),
    ("全所行政编制12名；实际在岗11名。", "实际在岗11名", "实际在岗14名", 11, 12),
    # aid granted on an application
    ("全年受理法律援助申请520件,经审查给予法律援助506件。", "506件", "526件", 506, 520),
    ("收到困难群众临时救助申请1,312户，经审核给予救助1,208户。", "1,208户", "1,408户", 1208, 1312),
    ("县法律援助中心受理申请三十一件，决定提供法律援助二十九件。", "二十九件", "三十九件", 29, 31),
    # passed after training, said the other way round
    ("全年培训基层执法人员860人次，考核通过842人次。", "842人次", "892人次", 842, 860),
    ("举办业务培训班6期，培训网格员1,200人，通过结业考试的1,150人。", "1,150人", "1,250人", 1150, 1200),
    # disputes that came in by other verbs, and those settled
    ("全年接到各类矛盾纠纷1,120件，成功调解1,086件。", "1,086件", "1,186件", 1086, 1120),
    ("各调委会登记矛盾纠纷2,406件,调解成功2,311件。", "2,311件", "2,511件", 2311, 2406),
    # a disclosure request answered by publishing
    ("依申请公开方面,全年收到申请215件,予以公开128件。", "予以公开128件", "予以公开228件", 128, 215),
    ("本年度新收政府信息公开申请96件，同意公开61件，部分公开12件。", "同意公开61件", "同意公开106件", 61, 96),
    # intents reached at job fairs and those placed
    ("举办专场招聘会18场,达成就业意向426人,实现就业312人。", "实现就业312人", "实现就业452人", 312, 426),
    ("退役军人专场招聘活动中，达成签约意向1,082人，成功入职865人。", "865人", "1,165人", 865, 1082),
    # work orders handed on, and those solved
    ("全年共派发工单168,008件。承办单位实际解决148,936件。", "148,936件", "178,936件", 148936, 168008),
    ("热线转派工单5,120件,各承办部门已解决4,806件。", "4,806件", "5,806件", 4806, 5120),
    # stage words after the figure ("…件投诉进入受理程序")
    ("全年共有3,215件投诉进入受理程序，最终有3,106件投诉得到解决。", "3,106件", "3,306件", 3106, 3215),
    ("本年度有612件复议申请进入受理程序,已办结598件。", "598件", "698件", 598, 612),
    # those working a trade that needs a certificate, and those holding it
    ("全市共有特种设备作业人员1,206人，持证1,180人。", "1,180人", "1,312人", 1180, 1206),
    ("全县建筑施工从业人员4,310名,持有上岗证书4,122名。", "4,122名", "4,422名", 4122, 4310),
    # a figure counted otherwise farther back than the candidate of its process does not void it
    ("各级调解组织开展矛盾纠纷排查1,842次，排查出矛盾纠纷1,206件，调解成功1,112件。", "1,112件", "1,312件",
     1112, 1206),
    ("全年开展安全检查2,360次,发现问题企业312家,整改到位296家。", "296家", "326家", 296, 312),
]

# A stage figure after figures of another count in its sentence (money, another unit) goes on from
# the sentence before it, as one that opens its sentence does (counted_apart.py)
ACROSS = [
    ("全年共受理群众投诉3,215件。经协调，为消费者挽回经济损失286万元，办结3,106件。", "办结3,106件", "办结3,306件",
     3106, 3215),
    ("市场监管局全年受理投诉3,215件，同比增长5%。为消费者挽回损失286万元，办结3,106件。", "办结3,106件",
     "办结3,306件", 3106, 3215),
    ("全市共检查生产经营单位8,472家次。对发现的违法行为立案386起，责令停产停业整顿43家。", "整顿43家",
     "整顿9,043家", 43, 8472),
    ("本年度共排查一般隐患2,416处。经督促，隐患整改率达到95%，整改2,295处。", "整改2,295处", "整改2,518处",
     2295, 2416),
    ("区人民调解委员会全年受理矛盾纠纷612件。涉及金额1,260万元，调解成功587件。", "调解成功587件",
     "调解成功687件", 587, 612),
]


@pytest.mark.parametrize(("text", "printed", "raised", "small", "large"), ACROSS)
def test_a_stage_after_figures_of_another_count_goes_on_from_the_sentence_before(
        tmp_path, text, printed, raised, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


ACROSS_TRAPS = [
    # a figure counted alike before it in its sentence keeps the funnel in that sentence
    "全年共受理群众投诉3,215件。新增咨询4,100件，办结4,012件。",
    # the sentence before is another paragraph
    "全年共受理群众投诉3,215件。\n挽回经济损失286万元，办结各类事项3,306件。",
    # the earlier sentence names the same process counted otherwise: abstain
    "全市检查企业8,472家次，排查隐患23,615项。对违法行为立案386起，责令整改9,100家。",
]


@pytest.mark.parametrize("text", ACROSS_TRAPS)
def test_no_false_alarm_across_sentences(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


@pytest.mark.parametrize(("text", "printed", "raised", "small", "large"), FUNNELS)
def test_funnels_session13(tmp_path, text, printed, raised, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


TRAPS = [
    # the summary procedure still voids the enforcement funnel it speaks of
    "全年立案查处违法案件215件，适用简易程序作出行政处罚决定231件。",
    "全年立案查处违法案件215件；对轻微违法行为当场处罚，全年作出行政处罚决定288件。",
    # over the quota: the people in post may outnumber the posts
    "核定编制35名，因机构改革暂时超编，实有38名。",
    # work still being handled is no intake the outcomes go on from
    "全年办结申请601件,结转下年度继续办理41件。在已办结的申请中,予以公开236件,部分公开52件。",
    # people hired under contract are no placement after job fairs
    "全年在编人员86人,聘用人员40人,持证执法人员120人。",
    # an exam of another group than the one trained
    "全年培训网格员820人,通过执法资格考试的执法人员956人。",
    # disputes that came in, and those settled by another body of another period
    "2023年接到矛盾纠纷120件。2024年成功调解186件。",
    # published documents are no answers to requests
    "全年收到申请15件，主动公开政府信息1,286条。",
    # intents of one fair against placements of the whole year
    "本场招聘会达成就业意向86人。全年累计实现就业1,312人。",
    # a figure counted otherwise nearer than any candidate still leaves two readings
    "全年立案25件,作出行政处罚30次。",
    "排查出矛盾纠纷1,206件，开展排查1,842次，调解成功1,312件。",
    # people in a trade against those certified of another trade
    "全市共有特种设备作业人员1,206人；全市电工持证1,312人。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_no_false_alarm_session13(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


# A list of the upper grades of a numbered scale is not all of its whole: each grade is bounded
# (grade_lists.py). (text, a grade as printed, raised past the whole, the whole)
GRADES = [
    ("全市A级旅游景区32家，其中5A级2家、4A级11家。", "4A级11家", "4A级41家", 32),
    ("全省星级饭店146家,其中五星级13家,四星级52家。", "四星级52家", "四星级152家", 146),
    ("辖区医疗机构86家，其中三级医院5家、二级医院12家。", "二级医院12家", "二级医院92家", 86),
    ("登记在册的旅游民宿412家,其中五星级民宿6家、四星级民宿38家、三星级民宿77家。", "三星级民宿77家",
     "三星级民宿477家", 412),
]


@pytest.mark.parametrize(("text", "printed", "raised", "whole"), GRADES)
def test_upper_grades_are_each_bounded(tmp_path, text, printed, raised, whole) -> None:
    got = [(c.kind, c.status) for c in checks(tmp_path, text)]
    assert ("sum", "fail") not in got and ("sum", "pass") not in got
    assert all(st == "pass" for st, _, big in bounds(tmp_path, text) if big == whole)
    assert sum(1 for _, _, big in bounds(tmp_path, text) if big == whole) >= 2
    bad = text.replace(printed, raised, 1)
    assert any(st == "fail" and big == whole for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


@pytest.mark.parametrize(("text", "total"), [
    # every grade from the first: a breakdown that adds up
    ("全县公路里程1,200公里，其中一级公路120公里、二级公路300公里、三级公路780公里。", 1200),
    # grades that add up exactly to the whole
    ("全市A级景区20家，其中5A级2家、4A级18家。", 20),
])
def test_grades_that_add_up_stay_a_sum(tmp_path, text, total) -> None:
    got = [(c.kind, c.status, c.operands.get("total")) for c in checks(tmp_path, text)]
    assert ("sum", "pass", total) in got, got
    bad = text.replace("0公里。", "9公里。").replace("18家", "28家")
    assert fails(tmp_path, bad) != []


# The key kinds a 重点…: opener lists (重点领域:, 重点项目:) are the main kinds of the whole before, each
# bounded by it, never summed -- also listed on lines of their own after the colon (unlisted.py)
KEY_KINDS = [
    ("全年查处违法案件316件。重点领域:食品安全112件、药品安全81件。", "药品安全81件", "药品安全412件", 316),
    ("全年共受理投诉举报4,120件,重点行业:物业服务986件、教育培训642件、美容美发311件。", "教育培训642件",
     "教育培训4,642件", 4120),
    ("全年累计资助学生2.37万人次，发放资助资金4286.5万元。重点项目：\n  国家助学金  1.12万人次\n"
     "  生源地信用助学贷款  0.46万人次\n其他事项另行报告。", "0.46万人次", "2.46万人次", 23700),
]


@pytest.mark.parametrize(("text", "printed", "raised", "whole"), KEY_KINDS)
def test_key_kinds_are_each_bounded(tmp_path, text, printed, raised, whole) -> None:
    got = bounds(tmp_path, text)
    assert sum(1 for st, _, big in got if st == "pass" and big == whole) >= 2, got
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, raised, 1)
    assert any(st == "fail" and big == whole for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


@pytest.mark.parametrize(("text", "total"), [
    # 重点领域 naming one class of a classified list: the list adds up
    ("主动公开政府信息3,126条，按信息类别分，政策文件类412条，部门动态类1,538条，重点领域信息1,176条。", 3126),
])
def test_a_key_class_in_a_list_is_no_opener(tmp_path, text, total) -> None:
    got = [(c.kind, c.status, c.operands.get("total")) for c in checks(tmp_path, text)]
    assert ("sum", "pass", total) in got, got
