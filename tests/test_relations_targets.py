"""An achieved figure against the target stated beside it (toolkit/relations/targets.py,
catalog/targets.yaml). Project sentences."""

from __future__ import annotations

import importlib

import pytest
from helpers import audit_text, broken_catalog

import toolkit
from toolkit.errors import CatalogError

targets_module = importlib.import_module("toolkit.relations.targets")


def bounds(tmp_path, text: str) -> list[tuple]:
    return [(c.operands["smaller"], c.operands["larger"], c.status) for c in audit_text(tmp_path, text)
            if c.rule == "bound.target"]


@pytest.mark.parametrize(("text", "expected"), [
    # at least: 以上, 不低于, 大于 -- in an aside or in the next clause
    ("全年群众满意度达96.2%(省考核指标90%以上)。", [(90, 96.2, "pass")]),
    ("调解成功率为42.5%(市考核目标不低于60%)。", [(60, 42.5, "fail")]),
    ("满意度96%(考核指标:满意度90%以上、回访率95%以上)。", [(90, 96, "pass")]),  # the first target only
    ("群众满意率为97.3%,考核要求不低于95%。", [(95, 97.3, "pass")]),
    # at most: 以下, 控制在…以内
    ("行政诉讼败诉率为3.1%(考核要求5%以下)。", [(3.1, 5, "pass")]),
    ("行政诉讼败诉率为6.8%(考核要求控制在5%以内)。", [(6.8, 5, "fail")]),
    # a ratio printed as X:Y is one figure
    ("新收复议与一审诉讼案件比值达到1.3:1(考核指标比值大于1)。", [(1, 1.3, "pass")]),
    ("新收复议与一审诉讼案件比值为0.8:1(考核指标比值大于1)。", [(1, 0.8, "fail")]),
])
def test_an_achieved_figure_meets_the_target_beside_it(tmp_path, text, expected) -> None:
    assert bounds(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    "败诉率有望降至4%以下(考核指标5%以下)。",  # a forecast, not what was achieved
    "力争群众满意度达到95%(目标90%以上)。",  # a plan
    "群众满意度96%(全省平均90%以上)。",  # a comparison, not a target
    "受理复议案件120件(考核指标90%以上)。",  # units that cannot be compared
    "群众满意度96%(考核指标90%)。",  # no comparator: the text does not say which way
    "回访满意度96%(考核指标:回访率95%以上)。",  # the target names another measure
    "满意度96%(考核指标:回访率95%以上、满意度90%以上)。",  # another figure in the aside first
])
def test_no_target_relation_without_an_achieved_figure_and_a_direction(tmp_path, text) -> None:
    assert bounds(tmp_path, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a modal between 不 and the comparator keeps its direction
    ("群众满意率92.6%,考核要求不得低于90%。", [(90, 92.6, "pass")]),
    ("全年行政复议纠错率6.5%,市级考核要求不应高于15%。", [(6.5, 15, "pass")]),
])
def test_negated_comparators_with_a_modal(tmp_path, text, expected) -> None:
    assert bounds(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    # the target names another measure than the achieved figure's own
    "12345热线重复来电率8.2%,群众满意率93%,考核要求重复来电率不高于10%。",
    # the text reports the miss itself
    "人民调解成功率为42.5%(市考核目标不低于60%),与目标仍有较大差距。",
    "群众满意率89.3%,略低于考核要求90%以上的标准。",
])
def test_no_target_bound_for_another_measure_or_a_reported_miss(tmp_path, text) -> None:
    assert bounds(tmp_path, text) == []


def test_a_missed_target_is_a_warning_not_an_error(tmp_path) -> None:
    p = tmp_path / "r.txt"
    p.write_text("调解成功率为42.5%(市考核目标不低于60%)。", encoding="utf-8")
    (c,) = [c for c in toolkit.audit(p).checks if c.rule == "bound.target"]
    assert (c.status, c.severity) == ("fail", "warning")


def test_a_bad_target_vocabulary_is_a_catalog_error(monkeypatch) -> None:
    targets_module._comparators.cache_clear()
    broken_catalog(monkeypatch, "comparators:\n  - id: x\n    achieved: middle\n    before: a\n    after: b\n")
    try:
        with pytest.raises(CatalogError):
            targets_module._comparators()
    finally:
        targets_module._comparators.cache_clear()
