"""Equalities by meaning (issue 15, pattern H): an 'all' clause restated by the figure right after
it ("病例238例,全部纳入随访管理,纳入随访管理238例"), whatever step the clause names. Sentences
written for the project: passing and failing variants, and variants with a second reading (a part
named between, a carried-over figure, another period, another unit) that must not be flagged."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def restated(tmp_path, text: str) -> list[tuple[str, list[float]]]:
    return [(c.status, [float(x) for x in c.operands["values"]]) for c in checks(tmp_path, text)
            if c.rule == "equal.all_restated"]


WRAPPED = ("一、基层治理\n今年以来，全市围绕基层治理现代化目标，持续推进村\n级议事协商制度建设，新建村级议事协商平台212个，全\n"
           "部挂牌运行，挂牌运行{}个，群众参与议事协商的积极\n性明显提高，基层矛盾纠纷就地化解率进一步提升，全年\n"
           "未发生因基层治理问题引发的群体性事件，社会大局稳定。\n")

# (holds, broken, first, the later figure, the later figure broken)
CASES = [
    # the step named again in the next clause
    ("全县报告手足口病病例238例，全部纳入随访管理，纳入随访管理238例。",
     "全县报告手足口病病例238例，全部纳入随访管理，纳入随访管理283例。", 238, 238, 283),
    ("全区排查出重大风险点46处，已全部落实管控措施，落实管控措施46处。",
     "全区排查出重大风险点46处，已全部落实管控措施，落实管控措施64处。", 46, 46, 64),
    # the later figure named by the end of the clause (经…批复结案 -> 批复结案), a noun ending in 已
    ("5起较大事故的调查报告已全部经市政府批复结案，批复结案5起，问责干部19人。",
     "5起较大事故的调查报告已全部经市政府批复结案，批复结案6起，问责干部19人。", 5, 5, 6),
    # 均为: every one is of a kind
    ("开发区受理企业开办申请1,340件，均为网上申请，网上申请1,340件。",
     "开发区受理企业开办申请1,340件，均为网上申请，网上申请1,304件。", 1340, 1340, 1304),
    # the clause runs into the figure ("全部纳入管理416例"), a semicolon, another unit (人, 个)
    ("登记在册严重精神障碍患者1,026人,全部纳入社区管理1,026人。",
     "登记在册严重精神障碍患者1,026人,全部纳入社区管理1,062人。", 1026, 1026, 1062),
    ("摸排农村危房93户;均已完成加固改造;完成加固改造93户。",
     "摸排农村危房93户;均已完成加固改造;完成加固改造39户。", 93, 93, 39),
    # hard-wrapped at a fixed width, the 'all' word broken over two lines
    (WRAPPED.format(212), WRAPPED.format(221), 212, 212, 221),
]


@pytest.mark.parametrize("good,bad,first,later,broken", CASES)
def test_the_figure_restating_an_all_clause_equals_the_figure_before(tmp_path, good, bad, first, later, broken):
    assert ("pass", [first, later]) in restated(tmp_path, good)
    assert ("fail", [first, broken]) in restated(tmp_path, bad)


NOT_THE_SAME_SET = [
    # 'all' of both figures before it (carried over too)
    "受理复议申请52件，上年结转4件，全部审结，审结56件。",
    # a part named between the figure and the 'all' word
    "受理信访事项120件，实名来信均已答复，答复45件。",
    # a part of the step after it, a rate, another unit
    "受理申请120件，全部办结，其中按期办结115件。",
    "受理申请120件，全部办结，办结率100%。",
    "检查企业120家，均签订安全承诺书，签订安全承诺书150份。",
    # another period or a cumulative figure
    "上半年受理劳动仲裁案件512件，均已审结，全年审结1,020件。",
    "今年新建充电桩86个，均已投入使用，累计投入使用1,342个。",
    # 日均 is no 'all' word
    "受理诉求3,650件日均受理10件。",
    # a figure between the 'all' clause and the figure it names (a time limit)
    "受理投诉120件，均在3日内办结115件。",
    # the 'all' clause names the later figure as those that went on ("已全部答复的有409条")
    "全区政务热线收到市民留言568条，已全部回复的有560条。",
    "全年受理群众诉求1,260件，均已办结的为1,180件。",
    # a figure in brackets before the 'all' word
    "受理申请52件（含结转4件），全部办结，办结52件。",
]


@pytest.mark.parametrize("text", NOT_THE_SAME_SET)
def test_an_all_clause_with_another_reading_is_not_an_equality(tmp_path, text):
    assert not restated(tmp_path, text)
    assert not [c for c in checks(tmp_path, text) if c.status == "fail"]


def named_again(tmp_path, text: str) -> list[tuple[str, list[float]]]:
    return [(c.status, [float(x) for x in c.operands["values"]]) for c in checks(tmp_path, text)
            if c.rule == "equal.named_again"]


# "对VERB的N户已全部…": the verb and its object, with no noun after the figure, name the set an
# earlier figure counted, all of which the clause goes on to.
NAMED_BY_ITS_VERB = [
    ("抽查餐饮经营户1,460户，发现问题{n}户，问题发现率8.4%；对发现问题的122户已全部责令整改。", 122, 132),
    ("巡查河道发现违法设障点位{n}处。对发现违法设障的38处均已依法拆除，恢复河道行洪断面。", 38, 83),
    ("召开座谈会12场，征集意见建议{n}条。对征集意见建议的57条一律建立台账逐条研究反馈。", 57, 75),
]


@pytest.mark.parametrize("text,restated_as,misprint", NAMED_BY_ITS_VERB)
def test_a_set_named_again_by_its_verb_alone(tmp_path, text, restated_as, misprint):
    assert ("pass", [restated_as, restated_as]) in named_again(tmp_path, text.format(n=restated_as))
    assert ("fail", [misprint, restated_as]) in named_again(tmp_path, text.format(n=misprint))


NOT_NAMED_AGAIN = [
    # some of them, maybe: no 'all' word after the reference
    "检查发现问题178户；对发现问题的20户开展回访。",
    # a verb of two characters names too little
    "检查企业320家，发现问题企业56家，对检查的120家均开展回头看。",
]


@pytest.mark.parametrize("text", NOT_NAMED_AGAIN)
def test_a_reference_without_all_of_the_set_is_not_named_again(tmp_path, text):
    assert not named_again(tmp_path, text)
    assert not [c for c in checks(tmp_path, text) if c.status == "fail"]


def restated_all(tmp_path, text: str) -> list[tuple[str, str, dict]]:
    return [(c.status, c.kind, c.operands) for c in checks(tmp_path, text) if c.rule == "equal.restated_all"]


# "受理128件,128件均已办结": a bare figure opening the next clause before an 'all' word restates the
# set just counted, or counts a part of it all of which went on: it fails only when it is larger.
BARE_RESTATED = [
    "全年受理举报线索{a}件，{b}件均已办结。",
    "全年共收到群众来信来访{a}件次；{b}件次均已按期答复。",
    "受理行政复议申请{a}件，{b}件已全部审结。",
    "全区共有养老机构{a}家，{b}家均已完成消防设施改造。",
]


@pytest.mark.parametrize("text", BARE_RESTATED)
def test_a_bare_figure_before_an_all_word_restates_the_set_or_a_part(tmp_path, text):
    same = restated_all(tmp_path, text.format(a=128, b=128))
    assert [(s, k) for s, k, _ in same] == [("pass", "equal")]
    part = restated_all(tmp_path, text.format(a=128, b=120))
    assert [(s, k) for s, k, _ in part] == [("pass", "bound")]  # a part of them: the other reading holds
    more = restated_all(tmp_path, text.format(a=128, b=182))
    assert [(s, k) for s, k, _ in more] == [("fail", "equal")]


NOT_A_BARE_RESTATEMENT = [
    # a 其中 part: a bound of its own, no restatement
    "全年受理举报线索128件，其中120件均已办结。",
    # the figure follows another of its unit: which set is restated is open
    "抽查食品120批次，合格118批次，2批次均已下架。",
    # carried-over work is closed too
    "受理行政复议申请52件，上年结转4件，56件均已审结。",
    # another unit
    "培训执法人员56人，120人次均考核合格。",
]


@pytest.mark.parametrize("text", NOT_A_BARE_RESTATEMENT)
def test_figures_that_restate_nothing_bare_are_left_alone(tmp_path, text):
    assert not restated_all(tmp_path, text)
    assert not [c for c in checks(tmp_path, text) if c.status == "fail"]
