"""Where the shared corpus is, and how to require it."""

from __future__ import annotations

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
