"""Where the shared corpus is, and how to require it."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def require_corpus() -> Path:
    """The corpus folder; a missing corpus fails under CI and skips elsewhere."""
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"../shared/corpus is missing ({CORPUS}); CI must have it")
        pytest.skip("../shared/corpus not present")
    return CORPUS


def expected_pairs(reports: str, expected: str) -> list[tuple[Path, dict]]:
    corpus = CORPUS
    if not corpus.is_dir():
        return []
    out = []
    for exp in sorted((corpus / expected).glob("*.yaml")):
        matches = [p for p in (corpus / reports).iterdir() if p.stem == exp.stem]
        if matches:
            out.append((matches[0], yaml.safe_load(exp.read_text(encoding="utf-8"))))
    return out


def same_value(a, b) -> bool:
    """Numbers equal, allowing a 万 scale slip (the expected files give some amounts in 元)."""
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return any(math.isclose(a, x, rel_tol=1e-9, abs_tol=1e-9) for x in (b, b * 1e4, b / 1e4))


def same_values(xs, ys) -> bool:
    left = list(ys or [])
    if len(xs or []) != len(left):
        return False
    for x in xs:
        for i, y in enumerate(left):
            if same_value(x, y):
                del left[i]
                break
        else:
            return False
    return True


def check_matches(rel: dict, c) -> bool:
    """Does a Check state the expected relation (kind and operands, as the expected files give them)?"""
    ops = c.operands
    if c.kind != rel["kind"]:
        return False
    k = rel["kind"]
    if k == "sum":
        return same_value(ops.get("total"), rel["total"]) and same_values(ops.get("parts"), rel["parts"])
    if k == "ratio":
        return (all(same_value(ops.get(x), rel[x]) for x in ("numerator", "denominator", "percent"))
                and float(ops.get("per") or 100) == float(rel.get("per") or 100))
    if k == "change":
        return same_value(ops.get("current"), rel["current"]) and same_value(ops.get("percent"), rel["percent"])
    if k == "equal":
        return same_values(ops.get("values"), rel["values"])
    return same_value(ops.get("smaller"), rel["smaller"]) and same_value(ops.get("larger"), rel["larger"])
