"""Session 28 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

import pytest

import toolkit
from tests.helpers import audit_text


def _checks(tmp_path, text: str) -> list[tuple]:
    """(status, kind, operands) of every check."""
    return [(c.status, c.kind, c.operands) for c in audit_text(tmp_path, text, ".txt")]


def _sums(tmp_path, text: str) -> list[tuple]:
    return [(s, op["total"], tuple(op["parts"])) for s, k, op in _checks(tmp_path, text) if k == "sum"]


# What is still open after a 其中 list breaking down the closed work: the open rest is of the whole the
# closed came from (7 = 6 + 1), the list is the closed work's own (6 = 4 + 2).
_OPEN_AFTER_LIST = "2024年收到行政复议申请7件,已审结6件,其中维持4件,驳回2件;尚未审结{open}件。"


def test_the_open_rest_after_the_closed_works_list_adds_up_with_the_closed(tmp_path):
    assert sorted(_sums(tmp_path, _OPEN_AFTER_LIST.format(open=1))) == [("pass", 6, (4, 2)), ("pass", 7, (6, 1))]


def test_the_open_rest_after_the_closed_works_list_fails_when_misprinted(tmp_path):
    assert ("fail", 7, (6, 2)) in _sums(tmp_path, _OPEN_AFTER_LIST.format(open=2))


def test_an_open_rest_after_a_list_of_another_figure_is_not_the_closed_works_rest(tmp_path):
    # (the list follows 受理, not the 审结 the negation names: no rest is read off the list's last item)
    text = "收到申请9件,受理7件,其中维持4件,驳回3件,尚未审结2件。"
    assert all(op["total"] != 7 or 2 not in op["parts"] for s, k, op in _checks(tmp_path, text) if k == "sum")


# In a chapter that speaks of work carried in from last year, what was closed and what is still open split
# the intake and that work together: the split over the intake alone is no error.
_CARRIED = "{carried}2024年收到行政复议申请7件,已审结7件,{list}尚未审结{open}件。"


@pytest.mark.parametrize("lst", ["", "其中维持4件,驳回3件;"])
def test_closed_and_open_over_the_intake_and_the_carried_work_hold(tmp_path, lst):
    sums = _sums(tmp_path, _CARRIED.format(carried="上年结转行政复议案件2件。", list=lst, open=2))
    assert [s for s, total, parts in sums if parts == (7, 2)] == ["pass"]


def test_closed_and_open_over_both_still_fail_when_neither_reading_holds(tmp_path):
    sums = _sums(tmp_path, _CARRIED.format(carried="上年结转行政复议案件2件。", list="其中维持4件,驳回3件;", open=3))
    assert [s for s, total, parts in sums if parts == (7, 3)] == ["fail"]


def test_carried_work_the_chapter_does_not_count_leaves_the_split_unread(tmp_path):
    sums = _sums(tmp_path, _CARRIED.format(carried="另有上年结转的行政复议案件若干。", list="", open=2))
    assert not [s for s, total, parts in sums if parts == (7, 2)]


def test_no_carried_work_keeps_the_split_over_the_intake(tmp_path):
    sums = _sums(tmp_path, _CARRIED.format(carried="上年无结转案件。", list="", open=2))
    assert [s for s, total, parts in sums if parts == (7, 2)] == ["fail"]


# The work and the people who did it, joined by 由…承担/办理: the average is the work over the people.
@pytest.mark.parametrize(("text", "status"), [
    ("全区1,052家次的检查量由64名执法人员承担,人均16.4家次。", "pass"),
    ("全区1,052家次的检查量由64名执法人员承担,人均17.4家次。", "fail"),
    ("全年审结案件1,200件,由15名员额法官办理,人均80件。", "pass"),
    ("全年审结案件1,200件,由15名员额法官办理,人均90件。", "fail"),
])
def test_an_average_of_work_over_those_it_was_done_by(tmp_path, text, status):
    ratios = [(s, op["numerator"], op["denominator"]) for s, k, op in _checks(tmp_path, text) if k == "ratio"]
    assert [s for s, *_ in ratios] == [status]


def test_an_average_over_another_count_than_the_doers_is_not_read(tmp_path):
    # (sessions attended per person: 42 sessions over 1,860 attendances is no average the words state)
    assert not [k for s, k, op in _checks(tmp_path, "培训42场次,参训1,860人次,人均约6场次。") if k == "ratio"]


# A clause after a ";" that states work handed on, what was closed of it and the rest still open: the rest
# is of that clause's work, not of the figure before the ";" -- and the three are stages, no list of kinds.
_HANDED_ON = ("全年直接答复办结咨询类诉求38,902件,直接办结率94.0%;转派承办单位办理47,530件,已办结47,102件,"
              "办结率99.1%,其余{rest}件正在办理中。")


def test_a_rest_still_open_is_of_the_work_its_clause_names(tmp_path):
    assert _sums(tmp_path, _HANDED_ON.format(rest=428)) == [("pass", 47530, (47102, 428))]


def test_a_rest_still_open_misprinted_fails(tmp_path):
    assert _sums(tmp_path, _HANDED_ON.format(rest=482)) == [("fail", 47530, (47102, 482))]


# A counted total after items each followed by its share in brackets: the shares are no items.
_TOP = ("排名前三位的分别是:城乡建设类12,847件(占14.9%)、市场监管类9,615件(占11.1%)、交通运输类8,203件(占9.5%),"
        "三类合计{total}件。")


@pytest.mark.parametrize(("total", "status"), [("30,665", "pass"), ("30,765", "fail")])
def test_a_counted_total_of_items_with_their_shares_in_brackets(tmp_path, total, status):
    assert [(s, parts) for s, t, parts in _sums(tmp_path, _TOP.format(total=total))] == [
        (status, (12847, 9615, 8203))]


# A group rate whose aside names its members ("直接纠错率(确认违法、撤销、变更、责令履行)为…"), in the sentence
# after the list it counts from.
_CORRECTED = ("全年审结行政复议案件981件。审结案件中,维持541件,驳回138件,确认违法47件,撤销58件,变更6件,责令履行22件,"
              "其他处理169件。直接纠错率{aside}为{pct}%。")


@pytest.mark.parametrize(("pct", "status"), [("13.6", "pass"), ("14.6", "fail")])
def test_a_group_rate_whose_aside_names_its_members(tmp_path, pct, status):
    text = _CORRECTED.format(aside="(确认违法、撤销、变更、责令履行)", pct=pct)
    ratios = [(s, op["numerator"], op["denominator"]) for s, k, op in _checks(tmp_path, text) if k == "ratio"]
    assert ratios == [(status, 133, 981)]


def test_a_group_rate_whose_aside_widens_the_group_is_not_read(tmp_path):
    # (an aside saying what the rate holds besides changes the group: not the catalog's)
    text = _CORRECTED.format(aside="(含调解)", pct="30.8")
    assert not [k for s, k, op in _checks(tmp_path, text) if k == "ratio"]


def test_an_open_rest_of_another_figure_after_a_list_and_a_semicolon_is_not_the_lists(tmp_path):
    # (the 3 still open are of the 9 lawsuits after the ";", not of the 8 closed reconsiderations)
    text = "因政府信息公开引发行政复议9件,已审结8件,其中被纠错2件,纠错率25.0%;行政诉讼9件(直接起诉6件,复议后起诉3件),尚未审结3件。"
    assert not [(t, parts) for s, t, parts in _sums(tmp_path, text) if 3 in parts and 8 in parts]


def test_kinds_after_a_semicolon_are_no_whole_of_the_rest(tmp_path):
    text = ("从案件领域看,土地征收类最多,共142件;其次为公安类86件、人社类51件;市场监管类、城乡建设类分别为38件、34件,"
            "其余61件分布在交通运输、生态环境等领域。")
    assert not [(t, parts) for s, t, parts in _sums(tmp_path, text) if t == 38]


# A short measure (审结) a paragraph or more above the table's own paragraph may be another subject's: it restates
# the table's figure only when equal -- one digit apart is no sign they are one figure.
_TWO_SUBJECTS = ("2024年某县司法局法治政府建设情况报告\n\n全年收到行政复议申请271件,本年度审结{closed}件。\n\n"
                 "全县行政机关作为被告的行政诉讼案件282件,败诉16件。\n\n2024年行政应诉情况统计表\n\n"
                 "| 年度 | 应诉案件(件) | 审结(件) | 败诉(件) |\n| --- | --- | --- | --- |\n"
                 "| 2023年 | 260 | 230 | 18 |\n| 2024年 | 282 | 241 | 16 |\n")


def test_a_short_measure_paragraphs_above_the_table_is_another_subjects(tmp_path):
    p = tmp_path / "r.md"
    p.write_text(_TWO_SUBJECTS.format(closed=247), encoding="utf-8")
    assert not [c for c in toolkit.audit(p).checks if c.status == "fail" and 247 in c.operands.get("values", [])]


def test_the_same_measure_in_the_tables_own_paragraph_still_fails(tmp_path):
    p = tmp_path / "r.md"
    p.write_text(_TWO_SUBJECTS.format(closed=247).replace("败诉16件。", "审结247件,败诉16件。"), encoding="utf-8")
    assert [c.status for c in toolkit.audit(p).checks if 247 in c.operands.get("values", [])] == ["fail"]
