"""'All' words within one sentence (equalities._every_one_went_on): "受理N件,全部办结,办结N件"
says every one reached the later stage, so the figure right after the 'all' clause equals it;
a 其中 part, a later figure of a list or a sentence speaking of older work give no equality."""

from __future__ import annotations

import toolkit


def stage_equalities(tmp_path, text: str) -> list[tuple[str, list]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.status, c.operands["values"]) for c in toolkit.audit(p).checks if c.rule == "equal.stage"]


def test_all_closed_in_the_same_sentence(tmp_path) -> None:
    ok = "全年受理价格违法举报318件,全部按期办结,办结318件。"
    assert stage_equalities(tmp_path, ok) == [("pass", [318, 318])]
    bad = "全年受理价格违法举报318件,全部按期办结,办结381件。"
    assert stage_equalities(tmp_path, bad) == [("fail", [318, 381])]


def test_a_subject_before_the_all_word(tmp_path) -> None:
    ok = "涉及吊销许可证的案件中申请听证27件,本局均依法组织听证,组织听证27件。"
    assert stage_equalities(tmp_path, ok) == [("pass", [27, 27])]
    bad = "涉及吊销许可证的案件中申请听证27件,本局均依法组织听证,组织听证25件。"
    assert stage_equalities(tmp_path, bad) == [("fail", [27, 25])]


def test_a_part_after_the_all_clause_is_no_equality(tmp_path) -> None:
    text = "全年受理价格违法举报318件,全部按期办结,其中办结并反馈举报人296件。"
    assert stage_equalities(tmp_path, text) == []


def test_older_work_in_the_sentence(tmp_path) -> None:
    text = "全年受理价格违法举报318件,全部按期办结,办结331件(含上年结转13件)。"
    assert stage_equalities(tmp_path, text) == []


def test_no_all_word_no_equality(tmp_path) -> None:
    text = "全年受理价格违法举报318件,按期办结301件。"
    assert stage_equalities(tmp_path, text) == []
