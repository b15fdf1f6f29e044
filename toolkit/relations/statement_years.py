"""Statements of two years: a figure whose sentence names a year that neither the other statement nor the
report's title names is of another period (a comparison with the year before), not a restatement."""

from __future__ import annotations

import re

from .structure import _Doc

_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")


def years_apart(d: _Doc, head_a: str, head_b: str) -> bool:
    """Do two statements name different years ("2023年,全县作出行政处罚决定1,105件" in a comparison
    with the year before, beside the report's "全年作出…1,286件")? A year neither the other statement
    nor the report's title names is another period: two figures of two years need not agree."""
    ya, yb = set(_YEAR.findall(head_a)), set(_YEAR.findall(head_b))
    if ya == yb:
        return False
    title = set(_YEAR.findall(d.s[: max(d.s.find("\n"), 0)][:120]))
    return bool((ya ^ yb) - title)
