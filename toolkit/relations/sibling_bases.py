"""A rate named by its part's own name and 比例 ("其中政策文件186件、政策解读93篇,政策解读比例50.0%").

Such a rate says whose figure it is, not of what: reports use it both for the part's share of the
whole the list breaks down and for the part over the item listed right before it (解读 per 文件).
The item before is one more reading of the share found, so the check fails only if both fail.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .structure import _Doc

# the last clause of the rate's label: the part's own name, then 比例/比率 (no 占: no base named)
_OWN_NAMED = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:的)?(?:比例|比率)(?:为|达到|达|是)?$")
_CLAUSE_CUT = re.compile(r"[,;:]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def with_sibling_base(d: _Doc, pct: Quantity, lab: str, rel: Relation | None) -> Relation | None:
    """``rel`` with the item listed right before its part as one more base, when the rate is named
    by the part's own name and 比例 only."""
    if rel is None or rel.kind != "ratio" or rel.roles.get("percent") is not pct:
        return rel
    clause = _CLAUSE_CUT.split(lab)[-1]
    m = _OWN_NAMED.search(clause)
    part = rel.roles.get("numerator")
    if m is None or "占" in clause or not isinstance(part, Quantity) or part.index < 1:
        return rel
    own = d.own_words(part)
    if not own or not (m.group(1) in own or own.endswith(m.group(1))):
        return rel
    before = d.qs[part.index - 1]
    if (before.is_percent or before.sentence != part.sentence or not compatible(before, part)
            or not re.fullmatch(r"[、,][\u4e00-\u9fff]{2,12}", d.s[before.end : part.start])
            or before is rel.roles.get("denominator")
            or any(r.get("denominator") is before for r in rel.readings or [])):
        return rel
    rel.readings = [*(rel.readings or []), {"numerator": part, "denominator": before, "percent": pct}]
    return rel
