"""Stock and flow identities (toolkit/relations/flows.py, catalog/flows.yaml). Project sentences."""

from __future__ import annotations

import importlib

import pytest
from helpers import broken_catalog

import toolkit
from toolkit.errors import CatalogError

flows_module = importlib.import_module("toolkit.relations.flows")


def sums(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["total"], c.operands["parts"], c.status) for c in toolkit.audit(p).checks
            if c.rule == "sum.flow"]


def test_received_is_new_plus_carried_over(tmp_path) -> None:
    assert sums(tmp_path, "全市共收到政府信息公开申请420件(含上年结转20件),其中新收申请400件。") == [
        (420, [400, 20], "pass")]
    assert sums(tmp_path, "全市共收到政府信息公开申请420件(含上年结转20件),其中新收申请410件。") == [
        (420, [410, 20], "fail")]


def test_a_part_named_twice_or_not_at_all_says_nothing(tmp_path) -> None:
    assert sums(tmp_path, "全市共收到申请420件,其中新收申请400件。") == []
    assert sums(tmp_path, "全市共收到申请420件,上年结转20件、上年结转的复议申请5件,新收申请400件。") == []


def test_a_bad_flow_vocabulary_is_a_catalog_error(monkeypatch) -> None:
    flows_module.flow_vocabulary.cache_clear()
    broken_catalog(monkeypatch, "flows:\n  - id: x\n    whole: 收到\n    parts: ['只有一项']\n")
    with pytest.raises(CatalogError):
        flows_module.flow_vocabulary()
    broken_catalog(monkeypatch, "flows: [1, 2]\n")
    flows_module.flow_vocabulary.cache_clear()
    with pytest.raises(CatalogError):
        flows_module.flow_vocabulary()
    monkeypatch.undo()
    flows_module.flow_vocabulary.cache_clear()
    assert flows_module.flow_vocabulary()
