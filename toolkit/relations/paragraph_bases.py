"""Shares of a list whose named base stands in another paragraph, while their own paragraph prints
the whole they are exactly of.

"四、某区住建局:全年收到申请63件……自然人申请52件、商业企业8件、法律服务机构3件,分别占新收申请的
82.5%、12.7%和4.8%": the words name the base (新收申请) and a figure so named stands in an earlier
item of another body (…新收申请117件); the paragraph itself opens with the whole its list adds up to
(63), and every share is of it. A paragraph states its own figures: the shares are of the 63. Read
only when the paragraph's figure is the sum of the parts and each printed share rounds from it --
a share of a wrong figure keeps its reading (and its failure) against the named base.
"""

from __future__ import annotations

from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, compatible
from .structure import _Doc, _paragraph_start


def _rounds_to(part: Quantity, whole: Quantity, pct: Quantity, per: int) -> bool:
    if whole.value == 0:
        return False
    exact = part.value / whole.value * per
    half = Decimal(5).scaleb(-pct.decimals - 1)
    return abs(exact - pct.value) <= half


def paragraph_bases(d: _Doc, ratios: list[Relation]) -> list[Relation]:
    """The shares of one sentence's list over a base of an earlier paragraph, moved to their own
    paragraph's whole when it is their sum and each share is of it."""
    groups: dict[tuple[int, int, tuple[int, int]], list[Relation]] = {}
    for r in ratios:
        den, num, pct = r.roles.get("denominator"), r.roles.get("numerator"), r.roles.get("percent")
        if r.rule != "ratio.share" or not all(isinstance(q, Quantity) for q in (den, num, pct)):
            continue
        para = _paragraph_start(d, pct.start)  # type: ignore[union-attr]
        if den.start >= para:  # type: ignore[union-attr]
            continue
        groups.setdefault((den.index, para, pct.sentence), []).append(r)  # type: ignore[union-attr]
    for (_, para, _), group in groups.items():
        if len(group) < 2:
            continue
        parts: list[Quantity] = [r.roles["numerator"] for r in group]  # type: ignore[misc]
        first = min(p.start for p in parts)
        total = sum((p.value for p in parts), Decimal(0))
        fits = [q for q in d.in_range(para, first) if not q.is_percent and compatible(q, parts[0])
                and q.value == total and all(_rounds_to(r.roles["numerator"], q, r.roles["percent"], r.per)  # type: ignore[arg-type]
                                             for r in group)]
        if len(fits) == 1:
            for r in group:
                r.roles["denominator"] = fits[0]
    return ratios
