"""The base of a rate printed in a bracket right after it ("化解率91.4%(积案总数70件)"), read by
``named_rates`` before any figure further back."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .structure import _Doc

_TOTAL_NAMED = re.compile(r"总数|总量|总计|合计|共计|总共|共有|共")


def bracketed_base(d: _Doc, pct: Quantity, numerator: Quantity) -> Quantity | None:
    """"化解积案64件,化解率91.4%(列入攻坚的积案总数70件)": a bracket right after a rate holding one
    figure, of the numerator's unit and no smaller, named as a total, is the rate's base."""
    if not d.s.startswith(("(", "（"), pct.end):
        return None
    close = re.compile(r"[)）]").search(d.s, pct.end, pct.end + 40)
    inner = d.in_range(pct.end, close.start()) if close else []
    if len(inner) != 1 or inner[0].is_percent or not compatible(inner[0], numerator) or inner[0].value < numerator.value:
        return None
    return inner[0] if _TOTAL_NAMED.search(d.label(inner[0])) else None


def with_bracketed_base(d: _Doc, rel: Relation | None) -> Relation | None:
    """``rel``, a named rate, over the base its bracket prints (``bracketed_base``) if there is one."""
    if rel is None or rel.rule != "ratio.rate":
        return rel
    pct, numerator = rel.roles["percent"], rel.roles["numerator"]
    base = bracketed_base(d, pct, numerator)  # type: ignore[arg-type]
    if base is None:
        return rel
    return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": base, "percent": pct}, per=rel.per)
