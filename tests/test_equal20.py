"""Equalities by meaning, distributive lists and changes (issue 15, patterns H, B, A), session 11.
Sentences written for the project: each rule has passing and failing variants and consistent
variants that must not be flagged."""

from __future__ import annotations

import pytest

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def kinds(tmp_path, text: str, kind: str) -> list[tuple[str, dict]]:
    return [(c.status, c.operands) for c in checks(tmp_path, text) if c.kind == kind]


def equal_values(tmp_path, text: str) -> list[tuple[str, list[float]]]:
    return [(s, sorted(float(v) for v in ops["values"])) for s, ops in kinds(tmp_path, text, "equal")]


def failing(tmp_path, text: str) -> list:
    return [c for c in checks(tmp_path, text) if c.status == "fail"]


# --- a later stage printed with the count of the earlier one: every one went on ------------------

PRINTED_ALIKE = [
    ("全年受理群众来信215件，办结215件。", 215),
    ("区税务局受理纳税人投诉58件,按期办结58件,满意率98%。", 58),
    ("全年排查一般事故隐患1,206处，整改1,206处。", 1206),
    ("收到行政复议申请31件，审结31件。", 31),
    ("市场监管局受理消费者投诉4,512件，办结4,512件。", 4512),
    ("今年共受理政府信息公开申请76件，全部按时答复76件。", 76),
]


@pytest.mark.parametrize("text,value", PRINTED_ALIKE)
def test_a_stage_printed_alike_is_an_equality_and_still_a_bound(tmp_path, text, value):
    assert ("pass", [value, value]) in equal_values(tmp_path, text)
    assert not failing(tmp_path, text)


@pytest.mark.parametrize("text", [
    "全年受理群众来信215件，办结216件。",       # the later stage larger: the bound fails
    "收到行政复议申请31件，审结38件。",
])
def test_a_later_stage_larger_fails_as_a_bound(tmp_path, text):
    assert [c.kind for c in failing(tmp_path, text)] == ["bound"]
    assert not equal_values(tmp_path, text)


@pytest.mark.parametrize("text", [
    "全年受理群众来信215件，办结209件。",       # fewer closed: ordinary, no equality, nothing fails
    "收到行政复议申请约30件，审结30件。",       # an approximate earlier stage: no equality read
    "共受理举报线索42条，查实42条以上。",
])
def test_no_equality_unless_printed_alike_and_exact(tmp_path, text):
    got = checks(tmp_path, text)
    assert not [c for c in got if c.rule == "equal.stage_alike"]
    assert not [c for c in got if c.status == "fail"]
