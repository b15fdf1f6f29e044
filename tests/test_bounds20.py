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
    ("全年受理群众诉求9,412件,按期办结9,336件。群众参评6,108件,满意5,912件。", "参评6,108件", "参评9,408件", 6108, 9336),
    ("全年办结投诉举报2,846件,参评1,732件,评价满意1,688件。", "参评1,732件", "参评2,932件", 1732, 2846),
    # cases dealt with and those handed on to the police, prosecutors or supervisors
    ("全年查处非法采矿案件9起,移送公安机关3起。", "3起", "13起", 3, 9),
    ("立案查处食品安全违法案件412件,依法移送司法机关追究刑事责任16件。", "16件", "416件", 16, 412),
    ("全年查办涉税违法案件96户,移交公安机关立案侦查11户。", "11户", "101户", 11, 96),
    ("立案查处环境违法案件143件,移送公安机关处理7件。", "处理7件", "处理147件", 7, 143),
    ("对查处的127件违法案件,依法移送检察机关5件。", "5件", "135件", 5, 127),
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
    ("## 三、办理情况\n\n- **受理：** 受理来信来访1,745件，按期办结1,702件。\n- **评价：** 群众参评1,208件，满意1,166件。\n",
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
]


@pytest.mark.parametrize("text", TRAPS)
def test_no_false_alarm_on_new_stages(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []
