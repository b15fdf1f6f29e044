"""Parts that are not parts and funnels by meaning (patterns D and E), session 8: the whole a
sentence opened by "X中," names further back, highlights under a named whole, 涉及 lists of one of
several figures, overlapping qualifications, the places a 的 clause counts, a clause that says which
stage it goes on from, table columns of rising stages and new stage words. Sentences written for
the project; each rule has a holding and a failing variant and a look-alike that must stay quiet."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def bounds(tmp_path, text: str) -> set[tuple[str, object, object]]:
    return {(c.status, c.operands["smaller"], c.operands["larger"]) for c in checks(tmp_path, text)
            if c.kind == "bound"}


def failing(tmp_path, text: str) -> list:
    return [(c.rule, c.operands) for c in checks(tmp_path, text) if c.status == "fail"]


# --- "X中," names its whole, stated further back ------------------------------------------------

NAMED = [
    # the whole two sentences back, a classification between
    ("区市场监管局全年立案查处违法案件846件,罚没款312.5万元。按领域分,食品类203件、药品类118件、特种设备类96件、"
     "其他429件。违法案件中,涉及网络交易的127件,涉及直播营销的45件。", 127, 846),
    # 在…的…中, full-width punctuation, the whole across a heading line
    ("全年共派发工单52,340件，按期办结51,870件。\n三、热点问题\n在派发的工单中，涉及供暖的6,215件；涉及物业的4,906件。",
     6215, 52340),
    # the generic noun of the set's name left out by the figure (规划类信息 -> 规划类)
    ("全年主动公开政府信息2,140条,其中规划类846条、审批类1,012条、其他282条。规划类信息中,批前公示318条、批后公告290条。",
     318, 846),
    # the set's words in order inside the figure's name (受理…案件)
    ("县法律援助中心受理法律援助案件762件,其中刑事案件301件、民事案件447件、行政案件14件。在受理的案件中,"
     "涉及进城务工人员的158件,涉及妇女儿童的96件。", 158, 762),
]


@pytest.mark.parametrize(("text", "part", "whole"), NAMED)
def test_a_set_named_at_the_head_of_a_sentence_is_the_figure_named_so(tmp_path, text, part, whole) -> None:
    assert ("pass", part, whole) in bounds(tmp_path, text)
    assert failing(tmp_path, text) == []
    big = whole + part  # the part made larger than its whole
    wrong = text.replace(f"{part:,}" if part >= 1000 else str(part), f"{big:,}" if big >= 1000 else str(big), 1)
    assert ("fail", big, whole) in bounds(tmp_path, wrong)


def test_the_whole_is_the_named_figure_not_the_sentence_before(tmp_path) -> None:
    # the sentence before holds only the satisfied callers; 诉求 names the 31,208 received
    text = ("全年接收市民诉求31,208件,按时办结31,002件。对办结诉求全部回访,表示满意的29,416件。"
            "诉求中,涉及停车管理、夜间施工的分别有8,116件、30,000件。")
    assert ("pass", 30000, 31208) in bounds(tmp_path, text)
    assert failing(tmp_path, text) == []


def test_two_figures_named_by_the_set_leave_the_whole_open(tmp_path) -> None:
    # 投诉 names the 500 and the 300 (and 200): which one 涉及食品的 is of is open -- no failure
    text = "全市受理投诉500件。其中城区受理投诉300件,郊区受理投诉200件。投诉中,涉及食品的420件。"
    assert failing(tmp_path, text) == []
    assert not any(small == 420 for _, small, _ in bounds(tmp_path, text))


def test_a_list_own_total_after_a_named_set_is_no_part(tmp_path) -> None:
    # (and 门诊类投诉 names the 3,500 of the list, not the 2,900 just before it)
    text = ("全年受理医保投诉6,400件,门诊类3,500件,住院类2,900件。门诊类投诉排名前二的是挂号服务1,310件、"
            "收费服务1,120件。住院类投诉中,结算服务1,520件、报销时限1,450件,两项合计2,970件。")
    got = bounds(tmp_path, text)
    assert {("pass", 1310, 3500), ("pass", 1520, 2900)} <= got
    assert not any(small == 2970 for _, small, _ in got)
    assert not any(small == 1310 and larger == 2900 for _, small, larger in got)
    assert failing(tmp_path, text) == []


# --- highlights under the whole their words name --------------------------------------------


def test_a_highlight_list_opened_by_a_name_is_of_the_figure_named_so(tmp_path) -> None:
    text = ("全年受理消费投诉36,020件。商品类投诉19,840件,占55.08%;服务类投诉16,180件,占44.92%。"
            "商品类投诉排名前三的是家用电器类3,214件、食品类2,906件、交通工具类2,115件。")
    got = bounds(tmp_path, text)
    assert {("pass", 3214, 19840), ("pass", 2906, 19840), ("pass", 2115, 19840)} <= got
    assert not any(larger == 16180 for _, _, larger in got)
    wrong = text.replace("家用电器类3,214件", "家用电器类23,214件")
    assert ("fail", 23214, 19840) in bounds(tmp_path, wrong)


# --- the places a 的 clause counts ---------------------------------------------------------


def test_those_of_the_places_that_do_are_among_them(tmp_path) -> None:
    text = "在全县146所中小学中,配备专职心理健康教师的有58所。"
    assert ("pass", 58, 146) in bounds(tmp_path, text)
    assert ("fail", 158, 146) in bounds(tmp_path, text.replace("58所", "158所"))


def test_a_count_of_other_things_after_the_places_is_no_part(tmp_path) -> None:
    text = "全县12个乡镇中,建成调解工作室的有9个,建成工作室46个。"
    assert failing(tmp_path, text) == []
    assert not any(small == 46 for _, small, _ in bounds(tmp_path, text))


# --- qualifications overlap -----------------------------------------------------------------


def test_two_qualifications_under_one_qizhong_are_each_bounded(tmp_path) -> None:
    text = "市综合执法支队在编人员74人,其中取得行政执法证的71人、取得法律职业资格的9人。"
    got = bounds(tmp_path, text)
    assert {("pass", 71, 74), ("pass", 9, 74)} <= got
    assert failing(tmp_path, text) == []  # 71 + 9 > 74: one person may hold both
    assert ("fail", 79, 74) in bounds(tmp_path, text.replace("的9人", "的79人"))


def test_a_stage_and_a_qualification_do_not_sum(tmp_path) -> None:
    assert failing(tmp_path, "执法人员120人,其中持证110人、取得法律职业资格的12人。") == []


# --- 涉及 lists: kinds that may overlap or leave others out -------------------------------------

LETTERS = "全年受理来信来访612件,按期办结598件,按期办结率97.7%。其中涉及征地拆迁的214件,涉及劳资纠纷的133件。"


def test_concerned_kinds_of_one_of_two_figures_are_bounded_by_either(tmp_path) -> None:
    got = bounds(tmp_path, LETTERS)
    assert {("pass", 214, 612), ("pass", 133, 612)} <= got
    assert failing(tmp_path, LETTERS) == []
    # over the 598 closed, not over the 612 received: one reading holds
    assert failing(tmp_path, LETTERS.replace("劳资纠纷的133件", "劳资纠纷的605件")) == []
    assert ("fail", 640, 612) in bounds(tmp_path, LETTERS.replace("劳资纠纷的133件", "劳资纠纷的640件"))


def test_a_classification_by_what_the_kinds_concern_is_no_sum(tmp_path) -> None:
    text = ("本年度新收政府信息公开申请73件,同比增长12.3%。按申请方式分,网上申请52件,信函申请14件,当面申请7件。"
            "按申请内容分,涉及拆迁安置的31件、涉及工程建设的17件、涉及物业的6件。")
    got = checks(tmp_path, text)
    assert not any(c.kind == "sum" and 31 in c.operands["parts"] for c in got)
    assert {("pass", 31, 73), ("pass", 17, 73), ("pass", 6, 73)} <= bounds(tmp_path, text)
    # covering most of the whole, the kinds are still no sum (before: a sum the shortfall left open)
    most = text.replace("拆迁安置的31件", "拆迁安置的41件")
    assert not any(c.kind == "sum" and 41 in c.operands["parts"] for c in checks(tmp_path, most))
    assert ("pass", 41, 73) in bounds(tmp_path, most)


def test_the_leading_kinds_of_a_classification_under_two_figures(tmp_path) -> None:
    text = "全年受理复议申请500件,审结460件。从被申请人看,公安机关182件,市场监管部门141件,人社部门98件,数量列前三位。"
    assert {("pass", 182, 500), ("pass", 98, 500)} <= bounds(tmp_path, text)
    # over the 460 closed, within the 500 received: one reading holds
    assert failing(tmp_path, text.replace("公安机关182件", "公安机关480件")) == []


# --- a clause that says which stage it goes on from -----------------------------------------


def test_a_clause_referring_to_the_closed_work_goes_on_from_it(tmp_path) -> None:
    text = ("全年按期办结群众诉求8,412件,按期办结率98.1%。参与评价的6,020件中,满意5,874件,满意率97.6%;"
            "对按期办结的诉求电话回访7,305件。")
    assert ("pass", 7305, 8412) in bounds(tmp_path, text)
    assert ("fail", 8705, 8412) in bounds(tmp_path, text.replace("回访7,305件", "回访8,705件"))


def test_a_clause_naming_no_earlier_stage_is_not_read(tmp_path) -> None:
    text = ("全年按期办结群众诉求8,412件,按期办结率98.1%。参与评价的6,020件中,满意5,874件,满意率97.6%;"
            "对重点企业电话回访9,305件。")
    assert failing(tmp_path, text) == []


# --- stage words ------------------------------------------------------------------------------

# (holds, the later figure raised, smaller, raised, larger)
STAGES = [
    # informants rewarded for leads found true
    ("全年核查医保基金举报线索146件,查实62件;对查实线索的举报人兑现奖励27件。", "奖励27件", "奖励67件", 27, 67, 62),
    # cases handed to the police and filed by them
    ("全年共有23起案件依法移送公安机关,公安机关立案19起。", "立案19起", "立案29起", 19, 29, 23),
    # patients registered, under standard care
    ("全县登记在册糖尿病患者2.84万人,规范管理2.01万人。", "规范管理2.01万人", "规范管理2.91万人", 20100, 29100, 28400),
    # a screening: flagged (未通过 is the finding), screened again, confirmed
    ("全年开展新生儿听力筛查9,206人,初筛未通过611人,进入复筛574人,确诊听力障碍12人。",
     "进入复筛574人", "进入复筛674人", 574, 674, 611),
    # work handed on (转派) and closed
    ("全月转派承办单位41,230件,承办单位已办结40,116件。", "办结40,116件", "办结42,116件", 40116, 42116, 41230),
    # advice sent and answered
    ("全年制发司法建议书38份,其中类案建议12份、个案建议26份;已收到被建议单位书面反馈的35份。",
     "反馈的35份", "反馈的40份", 35, 40, 38),
    # decisions corrected on review and carried out by the respondent
    ("全年行政复议纠错案件86件,被申请人已全部履行完毕的81件。", "完毕的81件", "完毕的91件", 81, 91, 86),
    # found at fault, put right by the end of the year (截至年底: the report's year)
    ("抽查发现问题企业96户。对发现问题的企业全部责令整改,截至年底已整改到位91户。", "到位91户", "到位99户", 91, 99, 96),
]


@pytest.mark.parametrize(("text", "old", "new", "small", "raised", "large"), STAGES)
def test_stage_words(tmp_path, text, old, new, small, raised, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    assert failing(tmp_path, text) == []
    assert ("fail", raised, large) in bounds(tmp_path, text.replace(old, new))


def test_a_referral_after_the_agency_own_filing_is_no_funnel(tmp_path) -> None:
    # the 300 filed by the agency are no stage of the 12 referred
    assert failing(tmp_path, "全年依法移送公安机关涉嫌犯罪案件12起,立案查处环境违法案件300起。") == []
    assert failing(tmp_path, "全年立案查处环境违法案件300起,移送公安机关12起,公安机关立案10起。") == []


def test_a_date_part_way_still_voids_the_funnel(tmp_path) -> None:
    # 截至6月底: not the year the 96 were found in
    text = "全年抽查发现问题企业96户。截至6月底已整改到位99户。"
    assert failing(tmp_path, text) == []


# --- table columns of rising stages ---------------------------------------------------------

TABLE = ("近两年行政复议案件办理情况如下表。\n"
         "年度|收到申请(件)|受理(件)|审结(件)|维持(件)\n"
         "2024年|34|31|29|20\n"
         "2023年|28|26|26|19\n")


def test_table_columns_of_rising_stages_bound_each_row(tmp_path) -> None:
    got = bounds(tmp_path, TABLE)
    assert {("pass", 31, 34), ("pass", 29, 31), ("pass", 26, 28), ("pass", 26, 26)} <= got
    assert ("fail", 36, 34) in bounds(tmp_path, TABLE.replace("2024年|34|31|", "2024年|34|36|"))


@pytest.mark.parametrize("text", [
    # stages falling left to right: which column is the earlier is not what the header says
    "各街道办理情况如下表。\n街道|审结(件)|受理(件)\n东城|33|31\n西城|20|18\n",
    # carried-over work in the caption: a later stage may hold it
    "行政复议案件办理情况(审结数含上年结转案件)。\n年度|收到申请(件)|受理(件)|审结(件)\n2024年|34|31|33\n",
    # a rate column is no stage
    "办理情况如下表。\n区县|受理(件)|办结率(%)\n东城|31|96.8\n",
])
def test_tables_that_leave_the_columns_open_are_not_read(tmp_path, text) -> None:
    assert failing(tmp_path, text) == []


def test_comments_on_issued_documents_are_no_answers(tmp_path) -> None:
    # the comments received on 12 documents are counted otherwise than the documents
    assert failing(tmp_path, "全年制发规范性文件12件,公开征求意见收到反馈意见86件,采纳36件。") == []
    assert ("pass", 24, 26) in bounds(tmp_path, "全年发出督办函26件,已回复24件。")


def test_a_screening_not_passed_is_a_finding_not_a_negation(tmp_path) -> None:
    # 未通过 names the flagged stage; 未复筛 stays a negation (no stage named)
    assert ("pass", 611, 9206) in bounds(tmp_path, "全年开展新生儿听力筛查9,206人,初筛未通过611人。")
    assert failing(tmp_path, "全年开展新生儿听力筛查9,206人,初筛未通过611人,未复筛的640人。") == []


def test_the_stage_a_clause_refers_to_is_not_the_figure_own(tmp_path) -> None:
    # "对办结工单回访": callbacks of work closed; not a later stage of what was resolved (解决)
    text = ("全年共派发工单90,412件。派发工单中实际解决80,236件,解决率88.7%。承办单位办结89,870件。"
            "对办结工单回访84,115件。")
    got = bounds(tmp_path, text)
    assert ("pass", 84115, 89870) in got
    assert not any(small == 84115 and larger == 80236 for _, small, larger in got)
