"""Funnels by meaning (issue 15, pattern E), session 14: a rate of 100% beside a funnel states the
equality, not the bound in its place; 行政处罚立案 names the filing of penalty cases, not a penalty;
penalties decided and cases closed are two outcomes of the cases filed, each bounded by them.
Sentences written for the project: passing and failing variants, and traps that must stay quiet."""

from __future__ import annotations

import pytest

from tests.test_relations_funnels_general import bounds, fails


def _raised(text: str, small: int, large: int) -> tuple[str, int]:
    """The text with the smaller figure's last printing raised above the larger one."""
    printed = f"{small:,}"
    raised = small + large
    k = text.rindex(printed)
    return text[:k] + f"{raised:,}" + text[k + len(printed):], raised


# --- a rate of 100% beside the funnel --------------------------------------------------------

def test_a_full_rate_leaves_the_funnel_checked(tmp_path) -> None:
    # the rate's equality (回复 = 发出) is one claim; the later stage exceeding the earlier is another
    text = "全年向有关单位发出检察建议126件,收到回复131件,回复率100%。"
    assert ("fail", 131, 126) in bounds(tmp_path, text)
    good = "全年向有关单位发出检察建议126件,收到回复126件,回复率100%。"
    assert ("pass", 126, 126) in bounds(tmp_path, good)
    assert fails(tmp_path, good) == []


# --- a label naming two stages ---------------------------------------------------------------

LABELLED = [
    # 行政处罚立案: the cases filed are of the penalty kind; 结案 is a later stage of them
    ("全年行政处罚立案184起,结案171起,罚款92.6万元。", 171, 184),
    ("全县安全生产行政处罚立案58起,结案55起。", 55, 58),
]


@pytest.mark.parametrize(("text", "small", "large"), LABELLED)
def test_penalty_cases_filed_bound_their_closing(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


# --- penalties and closings: two outcomes of the cases filed ----------------------------------

OUTCOMES = [
    # closed, then penalties decided: each within the cases filed, neither within the other
    ("全年立案查处违法案件420件,结案396件,作出行政处罚决定388件。", 388, 420),
    ("全年立案调查各类案件215件,作出处罚决定201件,结案209件。", 209, 215),
]


@pytest.mark.parametrize(("text", "small", "large"), OUTCOMES)
def test_penalties_and_closings_each_within_the_filed(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_no_bound_between_two_outcomes(tmp_path) -> None:
    # penalties may outnumber the cases closed (decided, not yet closed) and the other way round:
    # each is bounded by the cases filed, neither by the other
    text = "全年立案查处违法案件420件,结案396件,作出行政处罚决定401件。"
    got = bounds(tmp_path, text)
    assert ("pass", 401, 420) in got
    assert not [b for b in got if {b[1], b[2]} == {396, 401}]
    assert fails(tmp_path, text) == []
    # penalties by the summary procedure file no case: the decisions may outnumber the filings
    summary = "全年立案42起,结案40起,作出行政处罚决定56件,其中适用简易程序30件。"
    assert not [b for b in bounds(tmp_path, summary) if (b[1], b[2]) == (56, 42)]
    assert fails(tmp_path, summary) == []


# --- processes the catalog did not know ------------------------------------------------------

PROCESSES = [
    # suits brought (起诉) after a review, and those the reviewing body lost
    ("经行政复议后起诉的案件86件,复议机关被判决败诉4件。", 4, 86),
    ("当事人不服复议决定提起行政起诉的52件,法院判决复议机关败诉3件。", 3, 52),
    # public-interest cases filed, put through the pre-suit procedure, and taken to court
    ("全年公益诉讼立案215件,发出诉前检察建议186件,提起公益诉讼12件。", 186, 215),
    ("全年公益诉讼立案215件,发出诉前检察建议186件,提起公益诉讼12件。", 12, 215),
    ("全年立案办理公益诉讼案件148件,同比增长9.6%,履行诉前程序130件。", 130, 148),
]


@pytest.mark.parametrize(("text", "small", "large"), PROCESSES)
def test_more_processes(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_a_prosecution_is_no_suit_against_the_body(tmp_path) -> None:
    # 审查起诉, 移送起诉 name a prosecution; 起诉书 a paper: no suit a judgment goes on from
    text = "全年受理审查起诉案件420件,经审查提起公诉398件。全年移送起诉126人,法院判决130人。"
    assert ("pass", 398, 420) in bounds(tmp_path, text)
    assert fails(tmp_path, text) == []
    from toolkit.relations.stages import stages_in  # a suit dismissed or withdrawn is no suit brought
    assert "lawsuits" not in stages_in("驳回起诉") and "lawsuits" not in stages_in("撤回起诉")
    # the pre-suit procedure and the suits taken to court are beside each other, not one after the other
    beside = "全年公益诉讼立案215件,发出诉前检察建议16件,提起公益诉讼22件。"
    assert ("pass", 22, 215) in bounds(tmp_path, beside)
    assert fails(tmp_path, beside) == []


# --- stage words the vocabulary lacked ---------------------------------------------------------

WORDS = [
    # problems found and dealt with (处置)
    ("全年网格巡查发现各类问题1,826件,处置办结1,790件。", 1790, 1826),
    ("排查发现安全隐患412处,已处置到位398处。", 398, 412),
    # calls for help received and attended
    ("全年接到群众报警求助8,612起,出警8,206起。", 8206, 8612),
    ("全年接警2,316起,其中火灾312起;出警2,290起。", 2290, 2316),
    # opinions put forward on what was reviewed, and those adopted
    ("全年审查规范性文件64件,提出修改意见218条,被采纳203条。", 203, 218),
    ("审计中提出审计建议86条,被审计单位采纳79条。", 79, 86),
    # people examined and those found abnormal
    ("全年组织退休人员参加体检3,106人,发现异常512人。", 512, 3106),
    # calls for help taken in and dealt with on the spot
    ("全年受理道路交通事故报警2,416起,现场处置2,380起。", 2380, 2416),
    # legal-aid cases taken in and assigned to a lawyer
    ("全年受理法律援助案件1,318件,指派律师承办1,296件。", 1296, 1318),
    # people assessed for a skill grade and those who passed
    ("全年组织职业技能鉴定3,106人,鉴定合格2,816人。", 2816, 3106),
    # machines tested (台次) and the machines found wanting among them
    ("全年检测在用车辆1,206台次,检测不合格86台。", 86, 1206),
    # an intent to be hired and those actually placed (实际: the count as it turned out)
    ("全年举办招聘会36场,达成就业意向1,206人,实际签约986人。", 986, 1206),
]


@pytest.mark.parametrize(("text", "small", "large"), WORDS)
def test_stage_words_the_vocabulary_lacked(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_the_new_words_stay_quiet_where_they_name_no_stage(tmp_path) -> None:
    # a plan or a rate of dealing with them, people sent out, the place of the exam: no stage
    text = ("全年排查发现隐患1,206处,完善处置预案1,412个。全年接警2,316起,出警人次9,812人次。"
            "全年举办招聘会36场,达成就业意向1,206人,实际签约986人。")
    assert ("pass", 986, 1206) in bounds(tmp_path, text)
    assert not [b for b in bounds(tmp_path, text) if 1412 in b[1:] or 9812 in b[1:]]
    assert fails(tmp_path, text) == []


# --- figures among the work of a stage named without a figure (在…中) ---------------------------

AMONG = [
    # sections apart: the quarters are parts of the year, no other whole
    ("全年共受理群众来信来访2,614件。\n一、时间分布\n一季度、二季度分别受理612件、701件。\n二、办理情况\n"
     "在依法受理的来信来访中,应当按期办结的2,380件,已按期办结2,356件。", 2380, 2614),
    # in the whole's paragraph, a clause naming nothing but the stage
    ("全年收到申请312件,办结296件。在办结的申请中,予以公开183件,部分公开42件。", 183, 296),
]


@pytest.mark.parametrize(("text", "small", "large"), AMONG)
def test_figures_among_the_work_of_a_stage(tmp_path, text, small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, text)
    bad, raised = _raised(text, small, large)
    assert ("fail", raised, large) in bounds(tmp_path, bad)


def test_among_a_stage_stays_quiet_where_two_readings_are_open(tmp_path) -> None:
    text = ("全年共受理群众来信来访2,614件。\n二、办理情况\n"
            "在依法受理的来信来访中,应当按期办结的2,380件,已按期办结2,356件。")
    assert ("pass", 2380, 2614) in bounds(tmp_path, text)
    # two wholes of the stage before: which one the sentence is among is open
    two = ("全年受理群众来信1,812件,同比下降3.1%。区县受理群众来信1,206件。\n二、办理情况\n"
           "在依法受理的群众来信中,应当按期办结的1,690件。")
    assert fails(tmp_path, two) == []
    own = ("市本级受理群众来信1,812件。区县受理群众来信1,206件。\n二、办理情况\n"
           "在依法受理的群众来信中,应当按期办结的1,690件。")
    assert fails(tmp_path, own) == []
    # a course of work, not a set of items
    course = "全年受理申请312件。在办理过程中,补正材料的356件。"
    assert fails(tmp_path, course) == []
    # a heading naming a scope of its own
    scope = ("全年共受理群众来信来访2,614件。\n二、12345热线\n"
             "在受理的来电诉求中,应当按期办结的3,380件。")
    assert fails(tmp_path, scope) == []
