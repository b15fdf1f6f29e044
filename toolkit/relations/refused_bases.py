"""A rate's base with an intake refused inside it: "收到复议申请86件,其中不予受理4件,审结79件,审结率
96.3%" -- the cases decided are of the 82 accepted, not of the 86 received. Reports state the
received figure and the refused part and leave the accepted one to the reader, then give the rate
of a later stage over it; the base without the refused part is a reading of every rate over that
base (vocabulary: ``refused`` in catalog/bases.yaml). Only a part listed after the base and before
the numerator, in the base's sentence, and named as refused counts. When the accepted part is printed
itself ("其中受理79件,不予受理4件,告知3件": ``accepted``), it is such a reading too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation, compatible
from .structure import _Doc
from .vocab import read_section


@lru_cache(maxsize=1)
def _refused() -> re.Pattern:
    return read_section("bases.yaml", "refused", lambda words, _: re.compile("|".join(words)))


@lru_cache(maxsize=1)
def _accepted() -> re.Pattern:
    # (the part's own words are the accepting word and nothing else: "其中受理79件", not "受理后撤回")
    return read_section("bases.yaml", "accepted", lambda words, _: re.compile("(?:" + "|".join(words) + ")"))


def with_refused_readings(d: _Doc, rels: list[Relation]) -> None:
    """Give each ratio whose base has a refused part listed after it the base without that part
    as a reading (in place)."""
    for rel in rels:
        if rel.kind != "ratio":
            continue
        num, base = rel.roles.get("numerator"), rel.roles.get("denominator")
        if not isinstance(num, Quantity) or not isinstance(base, Quantity) or base.index < 0:
            continue
        for b in without_refused(d, base, num):
            roles = {**rel.roles, "denominator": b}
            if roles not in rel.readings:
                rel.readings.append(roles)


def without_refused(d: _Doc, base: Quantity, later: Quantity, *, apart: bool = False) -> list[Quantity]:
    """The readings of ``base`` without an intake refused listed after it and before ``later`` (a
    figure of a later stage in its sentence, or in a sentence after it when ``apart``: "全年需办理412件。
    经审查,不予受理31件,受理后审结357件"): the base less the refused part, the accepted part."""
    part = _refused_part(d, base, later, apart)
    return ([less_part(base, part)] if part is not None else []) + _accepted_part(d, base, later, apart)


def _refused_part(d: _Doc, base: Quantity, numerator: Quantity, apart: bool = False) -> Quantity | None:
    """The one figure after ``base`` and before ``numerator`` in the base's sentence, of its kind
    and smaller, named as refused ("其中不予受理4件", "不予立案的12件")."""
    if numerator.index <= base.index or (numerator.sentence != base.sentence and not apart):
        return None
    if _accepted().fullmatch(d.own_words(base).removeprefix("其中")):
        return None  # (the accepted work holds nothing refused: "其中受理79件,不予受理4件" is beside it)
    found = [q for q in d.qs[base.index + 1 : numerator.index]
             if not q.is_percent and compatible(q, base) and q.value < base.value
             and _refused().search(d.own_words(q))]
    return found[0] if len(found) == 1 else None


def _accepted_part(d: _Doc, base: Quantity, numerator: Quantity, apart: bool = False) -> list[Quantity]:
    """The one figure after ``base`` and before ``numerator`` in the base's sentence, of its kind and
    smaller, whose own words are only the accepting word ("其中受理79件"), beside a part named as
    refused: the accepted work, which a later stage's rate may be over."""
    if numerator.index <= base.index or (numerator.sentence != base.sentence and not apart):
        return []
    between = [q for q in d.qs[base.index + 1 : numerator.index]
               if not q.is_percent and compatible(q, base) and q.value < base.value]
    if not any(_refused().search(d.own_words(q)) for q in between):
        return []  # (no refused part beside it: "受理" alone may be a kind, or the whole again)
    found = [q for q in between if _accepted().fullmatch(d.own_words(q).removeprefix("其中"))]
    return found if len(found) == 1 else []


def less_part(base: Quantity, part: Quantity, offset: int = 2_000_000) -> Quantity:
    """The base without the part: an unprinted figure (index -``offset`` - the base's: no figure of
    the text; each family that derives one keeps its own offset)."""
    value = base.value - part.value
    return replace(base, value=value, low=base.low - part.high, high=base.high - part.low,
                   printed=f"{value}{base.unit}", number=str(value), index=-offset - base.index,
                   attrs={"less": [base.index, part.index]})
