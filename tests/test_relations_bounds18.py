"""Funnels across the domains of administrative work (issue 15, pattern E), read from the process
chains of ``catalog/stages.yaml``: petitions and hotlines, review, litigation, enforcement, hazards,
complaints, licences, disclosure, legal aid, mediation, sampling, health screening, schools and
exams, staff, ratings, training and jobs, inspections that pass. Each funnel is checked in a
consistent and an inverted variant; the traps are consistent texts that must not be flagged
(work carried over, another period, visits against units, a sub-scope, another body's work).
Sentences written for the project."""

from __future__ import annotations

import pytest

import toolkit
from tests.test_relations_funnels_general import bounds, checks, fails

# (consistent text, the later figure as printed, the same figure inverted, smaller, larger):
# the inverted text replaces the printed later figure by one larger than the earlier figure.
FUNNELS = [
    # petitions and hotlines: received >= closed / settled; applications named by what they ask for
    ("全年登记群众来信来访1,236件次,已化解1,198件次。", "1,198件次", "1,298件次", 1198, 1236),
    ("全年市民热线共接收群众诉求8,426件,按时办结8,301件。", "8,301件", "8,501件", 8301, 8426),
    ("热线全年接听来电82,100通,生成工单36,412件,办结36,208件,满意率96.2%。", "36,208件", "36,508件", 36208, 36412),
    ("申请复查的事项46件,复查机关受理42件,维持原处理意见38件。", "42件", "48件", 42, 46),
    ("全年收到申请复核的事项21件,复核机关受理19件。", "19件", "23件", 19, 21),
    ("12366热线接听纳税人来电42,600个,一次性解答41,806个。", "41,806个", "42,806个", 41806, 42600),
    # licences: applications received >= accepted >= licences issued
    ("全年接收建设工程规划许可申请215件,受理208件,核发许可证204件。", "204件", "209件", 204, 208),
    # legal aid: accepted >= assigned >= closed
    ("全年受理法律援助申请1,046件,指派律师承办1,032件,结案986件。", "986件", "1,086件", 986, 1032),
    # litigation: sued >= heads attending in person
    ("全年应诉行政诉讼案件64件,行政机关负责人出庭应诉61件。", "61件", "66件", 61, 64),
    ("全年共办理行政应诉案件120件,负责人出庭应诉118件。", "118件", "128件", 118, 120),
    ("本年度被诉行政案件37件,开庭审理33件,主要负责人出庭31件。", "31件", "35件", 31, 33),
    # sampling: sampled >= found wanting (samples are what is counted, not another thing)
    ("全年完成食品安全抽检6,420批次,检出不合格样品112批次。", "112批次", "6,520批次", 112, 6420),
    # health: live births >= newborns screened; screened positive >= confirmed
    ("全年活产婴儿8,612人,新生儿听力筛查8,580人。", "8,580人", "8,680人", 8580, 8612),
    ("开展两癌筛查12,460人,筛查阳性236人,确诊宫颈癌12人。", "12人", "256人", 12, 236),
    ("全年出生人口5,210人,新生儿遗传代谢病筛查5,196人,初筛阳性41人。", "5,196人", "5,296人", 5196, 5210),
    # schools and exams: sat >= passed the line; graduates >= placed; of school age >= enrolled
    ("全县参加中考考生6,820人,普高上线4,106人。", "4,106人", "6,906人", 4106, 6820),
    ("参加高考3,240人,本科上线1,986人。", "1,986人", "3,286人", 1986, 3240),
    ("全年普通高考报名31,420人,本科录取18,306人。", "18,306人", "32,306人", 18306, 31420),
    ("全市初中毕业生42,360人,升入普通高中26,410人。", "26,410人", "46,410人", 26410, 42360),
    ("高校毕业生6,840人,实现就业6,412人。", "6,412人", "6,912人", 6412, 6840),
    ("全县适龄残疾儿童少年1,126人,入学1,098人。", "1,098人", "1,198人", 1098, 1126),
    # ratings: those rated >= those graded
    ("参加民主评议的服务对象320名,评为优秀的286名。", "286名", "326名", 286, 320),
    # training: trained >= employed after it, or certified by it
    ("全年开展职业技能培训12,840人次,培训后实现就业8,216人次。", "8,216人次", "12,916人次", 8216, 12840),
    ("开展补贴性职业技能培训2.36万人次,取得职业资格证书1.42万人次。", "1.42万人次", "2.42万人次", 14200, 23600),
    # inspections: places inspected >= those that pass
    ("检查公共场所1,246家,合格1,198家。", "1,198家", "1,298家", 1198, 1246),
    ("全年监督检查公共场所单位860户,监督合格812户。", "812户", "862户", 812, 860),
    # visits and the distinct units visited: inspected (家次, 辆次) >= units found at fault
    ("现场检查定点医疗机构326家次,发现违规问题的机构118家,已责令整改118家。", "118家,已", "336家,已", 118, 326),
    ("全年检查营运车辆86,420辆次,查处违法违规车辆3,206辆。", "3,206辆", "86,506辆", 3206, 86420),
    ("检查生产经营单位1,472家次,责令停产停业整顿43家。", "43家", "1,500家", 43, 1472),
    # questionnaires: sent >= returned >= satisfied
    ("发放测评问卷1,500份,收回有效问卷1,462份,满意1,398份。", "1,398份", "1,498份", 1398, 1462),
    # staff: in post >= holding a certificate applied for
    ("全局共有执法人员210名,已申领执法证件205名。", "205名", "215名", 205, 210),
    # criminal cases filed >= solved; public-order cases taken >= dealt with
    ("刑事案件立案1,246起,破获612起。", "612起", "1,312起", 612, 1246),
    ("全年刑事立案2,410起,破案1,306起,抓获犯罪嫌疑人1,812人。", "1,306起", "2,506起", 1306, 2410),
    ("受理治安案件6,420起,查处5,980起。", "5,980起", "6,480起", 5980, 6420),
    # things flagged for checking >= judged unlawful >= put right
    ("下发监测图斑1,206个,实地核查后判定为违法的186个,已整改到位179个。", "186个", "1,286个", 186, 1206),
    # a petition reviewed, then reviewed again: an application of a first stage is bounded by its own chain
    ("全年申请复查的215件,其中复查维持190件、撤销或变更原处理意见16件,其余9件正在办理;申请复核的41件。",
     "申请复核的41件", "申请复核的241件", 41, 215),
    # the whole jurisdiction and a named body of it
    ("全县共办理行政处罚案件1,320件,县市场监管局办理416件,县交通运输局办理212件。", "办理416件", "办理1,416件", 416, 1320),
    ("全市各级行政机关共收到政府信息公开申请2,406件,市自然资源和规划局收到612件。", "收到612件", "收到2,612件", 612, 2406),
    # insured >= drawing benefits
    ("全年参加城镇职工基本养老保险人数48.62万人,领取养老金人数12.36万人。", "12.36万人", "50.36万人", 123600, 486200),
    # a funnel across sentences: kinds the first figure concerns (涉及行政处罚的) name no stage between
    ("全年受理行政复议申请312件。从申请事项看,涉及行政处罚的146件,涉及行政强制的62件。审结298件。",
     "审结298件", "审结318件", 298, 312),
    # the report's year printed before the earlier figure names nothing the later one's 全年 does not
    ("2023年收到行政复议申请312件,较上年增长8.3%。全年审结行政复议案件298件。", "审结行政复议案件298件",
     "审结行政复议案件318件", 298, 312),
    # candidates: applied >= found eligible >= interviewed >= admitted
    ("全年网上报名8,406人,经资格审查符合报考条件的8,122人,进入面试1,204人,最终录取396人。", "进入面试1,204人",
     "进入面试8,204人", 1204, 8122),
    ("全年网上报名8,406人,经资格审查符合报考条件的8,122人,进入面试1,204人,最终录取396人。", "录取396人",
     "录取1,396人", 396, 1204),
    # what was due and what was done of it
    ("全县应参加年检的单位512家,实际参检498家。", "实际参检498家", "实际参检518家", 498, 512),
    # screened out as positive among those screened, in cases
    ("开展两癌筛查8,460人,筛查出阳性病例212例。", "212例", "8,612例", 212, 8460),
    # disputes counted in visits (件次) and the distinct ones taken up (件)
    ("全年排查矛盾纠纷6,206件次,受理调解纠纷5,418件。", "5,418件", "6,418件", 5418, 6206),
    # unmarked lines of a list go on as clauses
    ("一、复议情况\n收到行政复议申请312件\n受理298件\n审结286件", "286件", "299件", 286, 298),
]


@pytest.mark.parametrize(("text", "printed", "inverted", "small", "large"), FUNNELS)
def test_funnels_across_domains(tmp_path, text, printed, inverted, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    bad = text.replace(printed, inverted, 1)
    assert bad != text
    assert any(st == "fail" and big == large for st, _, big in bounds(tmp_path, bad)), bounds(tmp_path, bad)


# Consistent texts: no check may fail (a false alarm costs far more than a miss).
TRAPS = [
    # the later stage holds work carried over from last year
    "全年受理投诉100件,办结120件(含上年结转30件)。",
    "行政复议方面,年内新收案件212件,加上年结转9件,共审结205件。",
    # a later stage counted over another period than the earlier one
    "1-6月受理行政复议申请48件。全年审结复议案件96件。",
    # cumulative against one month
    "12月份受理投诉412件,全年累计办结4,906件。",
    # distinct units earlier, visits later: no bound that way round
    "检查企业320家,发现问题412家次。",
    "培训执法人员260人,参训860人次。",
    # a list the stage word governs, each item named by a word of its own
    "全年收到来信50件、来电120个,办结160件。",
    # those all answered, counted by the figure after the 'all' words
    "2024年,我局通过网络问政平台收到网民留言412条,已全部答复的有409条。",
    # another body's work
    "市场监管部门受理投诉1,206件,消协组织办结投诉1,300件。",
    # a change is no level
    "受理投诉456件,办结较上年增加512件。",
    # found hazards are not firms inspected
    "全年检查生产经营单位412家次,发现隐患1,403项,已整改1,396项。",
    # a classification named by the training's words breaks down the training, it is no later stage
    "全年开展补贴性职业技能培训3.26万人次。从培训对象看,农村劳动力1.47万人次、失业人员0.52万人次、"
    "高校毕业生0.86万人次、企业职工0.41万人次。",
    # a withdrawn or rejected application is no application received
    "受理行政复议申请50件,驳回申请11件,审结45件。",
    "受理复议申请50件,撤回申请6件,审结44件。",
    # a second school year, another cohort
    "全年招收研究生1,240人,在校研究生3,860人,毕业研究生1,102人。",
    # one month against the year
    "12月受理投诉312件,全年办结投诉3,906件。",
    # a narrower jurisdiction earlier, the wider one later
    "全区受理行政复议申请48件。全市审结行政复议案件312件。",
    "区本级受理信访事项120件,全区办结信访事项860件。",
    # last year's intake against this year's closings
    "上年受理投诉312件,本年办结投诉412件。",
    "新收行政复议案件86件,审结98件(含上年结转15件)。",
    # a later stage of another process's figures, counted in people against visits
    "接待群众来访412人次,化解信访事项126件,回访群众520人。",
    # the certified among all staff, not among those in post only
    "全局干部职工136人,其中在编86人;取得执法证件的102人。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_no_false_alarm_on_consistent_funnels(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_a_total_named_by_a_later_stage_is_no_sum(tmp_path) -> None:
    # "共审结205件" after "新收212件,加上年结转9件": the cases closed of the 221, not their sum
    text = "行政复议方面,年内新收案件212件,加上年结转9件,共审结205件。"
    assert not [c for c in checks(tmp_path, text) if c.kind == "sum"]
    # the sum the words spell out is still read
    added = "全年新收申请58件;加上上年结转的3件,共需办理61件。"
    assert [c.status for c in checks(tmp_path, added) if c.kind == "sum"] == ["pass"]
    assert [c.status for c in checks(tmp_path, added.replace("61件", "62件")) if c.kind == "sum"] == ["fail"]


def test_those_all_answered_counted_by_the_figure_are_no_equality(tmp_path) -> None:
    text = "2024年,我局通过网络问政平台收到网民留言412条,已全部答复的有409条。"
    assert not [c for c in checks(tmp_path, text) if c.kind == "equal"]
    assert ("pass", 409, 412) in bounds(tmp_path, text)
    # the 'all' clause before a figure of its own still says every one went on
    every = "全年收到网民留言412条,已全部答复,答复412条。"
    assert [c.status for c in checks(tmp_path, every) if c.kind == "equal"] == ["pass"]


def test_a_funnel_down_the_columns_of_a_table(tmp_path) -> None:
    # flagged >= unlawful >= put right, row by row (the header's words are the stages)
    table = ("<table><tr><th>镇</th><th>下发图斑(个)</th><th>违法图斑(个)</th><th>已整改(个)</th></tr>"
             "<tr><td>东镇</td><td>210</td><td>46</td><td>44</td></tr>"
             "<tr><td>西镇</td><td>185</td><td>38</td><td>35</td></tr></table>")
    p = tmp_path / "r.html"
    p.write_text(f"<html><body><p>各镇图斑核查情况如下。</p>{table}</body></html>", encoding="utf-8")
    got = {(c.status, c.operands["smaller"], c.operands["larger"]) for c in toolkit.audit(p).checks if c.kind == "bound"}
    assert {("pass", 46, 210), ("pass", 44, 46), ("pass", 38, 185), ("pass", 35, 38)} <= got
    p.write_text(f"<html><body><p>各镇图斑核查情况如下。</p>{table.replace('<td>35</td>', '<td>39</td>')}</body></html>",
                 encoding="utf-8")
    assert ("fail", 39, 38) in {(c.status, c.operands["smaller"], c.operands["larger"]) for c in toolkit.audit(p).checks
                                if c.kind == "bound"}


@pytest.mark.parametrize("header", [("诉求数(件)", "办结数(件)", "满意数(件)"), ("接收工单(件)", "已办结(件)", "满意(件)")])
def test_requests_closed_and_satisfied_down_a_table(tmp_path, header) -> None:
    head = "".join(f"<th>{h}</th>" for h in ("月份", *header))
    rows = "<tr><td>1月</td><td>1,204</td><td>1,186</td><td>1,150</td></tr><tr><td>2月</td><td>986</td><td>975</td><td>940</td></tr>"
    p = tmp_path / "r.html"
    p.write_text(f"<html><body><p>各月情况见下表。</p><table><tr>{head}</tr>{rows}</table></body></html>", encoding="utf-8")
    got = {(c.status, c.operands["smaller"], c.operands["larger"]) for c in toolkit.audit(p).checks if c.kind == "bound"}
    assert {("pass", 1186, 1204), ("pass", 1150, 1186), ("pass", 975, 986), ("pass", 940, 975)} <= got
    p.write_text(p.read_text(encoding="utf-8").replace("<td>940</td>", "<td>980</td>"), encoding="utf-8")
    got = {(c.status, c.operands["smaller"], c.operands["larger"]) for c in toolkit.audit(p).checks if c.kind == "bound"}
    assert ("fail", 980, 975) in got


@pytest.mark.parametrize("text", [
    # a body of another kind of jurisdiction than the whole's (省 under 全市) is no unit of it
    "全市共办理行政处罚案件1,320件,省生态环境厅督办案件1,416件。",
    # a body named before the whole: no bound backwards
    "县市场监管局办理行政处罚案件1,416件,全县共办理1,320件(不含市场监管)。",
    # a later stage closing more than a first stage that is another application's
    "全年申请复查的215件,申请行政复议的41件,审结行政复议案件60件(含上年结转25件)。",
])
def test_units_of_a_whole_and_first_stages_stay_quiet(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_a_second_classification_after_a_sentence_of_shares(tmp_path) -> None:
    # "从…看" after a list that added up to its whole, a sentence of shares between: the same whole;
    # the main kinds only (列前三位): a bound per part, no sum
    text = ("全年受理行政复议申请1,860件,加上上年结转的96件,共需办理1,956件,年底前审结1,790件。从申请事项看,涉及行政处罚的820件,涉及行政强制的416件,涉及信息公开的"
            "312件,其他312件。行政处罚类居首位,占受理总数的44.1%。从被申请人看,公安机关706件,自然资源部门"
            "288件,市场监管部门215件,数量列前三位。")
    got = bounds(tmp_path, text)
    assert {("pass", 706, 1860), ("pass", 288, 1860), ("pass", 215, 1860)} <= set(got)
    assert fails(tmp_path, text) == []
    # the whole list, its rest named: a sum of the same whole, which fails when it does not add up
    whole = text.replace("市场监管部门215件,数量列前三位", "其他部门866件")
    assert [c.status for c in checks(tmp_path, whole) if c.kind == "sum" and c.operands["total"] == 1860] \
        == ["pass", "pass"]
    bad = whole.replace("其他部门866件", "其他部门876件")
    assert [c.status for c in checks(tmp_path, bad) if c.kind == "sum" and c.operands["total"] == 1860] \
        == ["pass", "fail"]
    # a paragraph apart: three figures before could each hold the parts -- readings, never a failure
    apart = text.replace("。从被申请人看", "。\n从被申请人看")
    assert fails(tmp_path, apart) == []


@pytest.mark.parametrize("text", [
    # a case of the administrative kind (立案查处违法案件) is neither a criminal case nor land judged unlawful
    "全年立案查处违法案件157件,其中市本级立案62件。区县立案90件。",
    # criminal cases solved may include older ones: the year's figures of another process
    "全年刑事立案2,410起,抓获犯罪嫌疑人2,812人。",
    # land flagged and judged unlawful counted otherwise (亩 against 个)
    "下发监测图斑1,206个,涉及面积2,410亩,判定为违法的图斑186个。",
])
def test_new_chains_stay_quiet_where_they_do_not_apply(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_a_stage_word_naming_a_topic_names_no_stage(tmp_path) -> None:
    # "涉及行政处罚的146件": applications about penalties, not penalties imposed -- no later stage of
    # the applications (the list is theirs), no funnel of its own
    text = "全年受理行政复议申请312件,其中涉及行政处罚的146件、涉及行政强制的62件、涉及信息公开的41件。"
    assert fails(tmp_path, text) == []
    from toolkit.relations.stages import stages_in
    assert "enforcement" not in stages_in("涉及行政处罚的")
    assert stages_in("作出行政处罚")["enforcement"] == 2


def audit_as(tmp_path, name: str, text: str) -> set[tuple[str, object, object]]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return {(c.status, c.operands["smaller"], c.operands["larger"]) for c in toolkit.audit(p).checks if c.kind == "bound"}


def test_markdown_bullets_under_a_heading_are_items_of_one_list(tmp_path) -> None:
    md = "## 二、行政复议\n\n- **收到申请**:312件\n- **受理**:298件\n- **审结**:286件\n"
    assert {("pass", 298, 312), ("pass", 286, 298)} <= audit_as(tmp_path, "r.md", md)
    assert ("fail", 299, 298) in audit_as(tmp_path, "r.md", md.replace("286件", "299件"))
    # bare lines with no heading above them may be no list: nothing is read
    assert audit_as(tmp_path, "r.txt", "收到申请:156件\n审结:168件\n") == set()


ROWS = ("<html><body><p>全年复议工作情况如下。</p><table><tr><th>项目</th><th>2024年</th><th>2023年</th><th>同比增长(%)</th></tr>"
        "<tr><td>收到申请(件)</td><td>312</td><td>280</td><td>11.4</td></tr>"
        "<tr><td>受理(件)</td><td>298</td><td>266</td><td>12.0</td></tr>"
        "<tr><td>审结(件)</td><td>286</td><td>259</td><td>10.4</td></tr></table></body></html>")


def test_a_funnel_down_the_rows_of_a_table(tmp_path) -> None:
    got = audit_as(tmp_path, "r.html", ROWS)
    assert {("pass", 298, 312), ("pass", 286, 298), ("pass", 266, 280), ("pass", 259, 266)} <= got
    assert not [b for b in got if b[1] in (12.0, 10.4)]  # a column of changes is no stage
    assert ("fail", 290, 266) in audit_as(tmp_path, "r.html", ROWS.replace("<td>259</td>", "<td>290</td>"))


@pytest.mark.parametrize("rows", [
    # carried-over work in the table: the later stage may hold it
    ROWS.replace("审结(件)", "审结(含上年结转)(件)"),
    # rows that do not rise: 审结 above 受理
    ROWS.replace("受理(件)", "审结(件)", 1).replace("<td>审结(件)</td><td>286", "<td>受理(件)</td><td>286"),
])
def test_rows_leaving_two_readings_are_not_read(tmp_path, rows) -> None:
    got = audit_as(tmp_path, "r.html", rows)
    assert not [b for b in got if b[0] == "fail"]
    assert ("pass", 286, 298) not in got
