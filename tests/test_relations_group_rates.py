"""Rates of a group of the kinds a list names (relations/group_rates.py, catalog/group_rates.yaml),
on sentences written for the project."""

from __future__ import annotations

import pytest

import toolkit
from toolkit.relations.group_rates import group_vocabulary


def rates(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["numerator"], c.operands["denominator"], c.status)
            for c in toolkit.audit(p).checks if c.rule == "ratio.group_rate"]


GRADES = "全年评查行政执法案卷640卷,其中优秀212卷、良好301卷、合格108卷、不合格19卷,{name}{pct}。"


@pytest.mark.parametrize("name, pct, numerator", [
    ("优良率为", "80.2%", 513),   # 212 + 301 = 513; 513 / 640 = 80.16%
    ("合格率", "97.0%", 621),     # all but the 19 failing: 621 / 640 = 97.03%
])
def test_a_rate_of_a_group_of_grades(tmp_path, name, pct, numerator) -> None:
    assert rates(tmp_path, GRADES.format(name=name, pct=pct)) == [(numerator, 640, "pass")]
    wrong = GRADES.format(name=name, pct=pct.replace(pct[:2], str(int(pct[:2]) - 3)))
    assert rates(tmp_path, wrong) == [(numerator, 640, "fail")]


def test_direct_corrections_are_the_corrective_outcomes(tmp_path) -> None:
    text = ("全年审结行政复议案件386件,其中维持248件、驳回37件、撤销29件、确认违法18件、责令被申请人履行职责5件、"
            "终止49件,直接纠错率13.5%。")  # 29 + 18 + 5 = 52; 52 / 386 = 13.47%
    assert rates(tmp_path, text) == [(52, 386, "pass")]
    assert rates(tmp_path, text.replace("13.5%", "15.5%")) == [(52, 386, "fail")]


def test_a_plain_correction_rate_is_read_only_where_the_group_explains_it(tmp_path) -> None:
    # 纠错率 may count the cases ended by mediation too: the corrective outcomes are a reading only
    text = "全年审结行政复议案件386件,其中维持248件、驳回37件、撤销29件、确认违法18件、终止54件,纠错率12.2%。"
    assert rates(tmp_path, text) == [(47, 386, "pass")]
    assert rates(tmp_path, text.replace("12.2%", "24.1%")) == []
    assert rates(tmp_path, text.replace("纠错率", "综合纠错率")) == []


@pytest.mark.parametrize("text", [
    # no list before the rate, or a list it names nothing of
    "全年评查行政执法案卷640卷,优良率为80.2%。",
    "全年受理案件640件,其中行政许可212件、行政处罚428件,优良率为80.2%。",
])
def test_no_group_without_a_list_that_names_it(tmp_path, text) -> None:
    assert rates(tmp_path, text) == []


def test_the_vocabulary_reads() -> None:
    ids = [g.id for g in group_vocabulary()]
    assert len(ids) == len(set(ids)) >= 4
