"""Which base of an outcome's rate leads its readings: "新收…131件,…已审结126件。…败诉14件,败诉率11.8%" --
an outcome (败诉, 纠错, 维持) is one of the cases decided, so of two readings the decided figure (审结,
办结, 结案) leads the one that came in (新收, 收到, 受理). Only the order changes: the check holds if
either reading holds, and fails only if both fail -- it is then shown over the decided base."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .structure import _Doc

_OUTCOME = re.compile(r"败诉|胜诉|纠错|纠正|维持|撤销|确认违法")
_DECIDED = re.compile(r"审结|办结|结案|审理终结")


def decided_first(d: _Doc, numerator: Quantity, base: Quantity, others: list[Quantity]
                  ) -> tuple[Quantity, list[Quantity]]:
    """(base, others) with the one decided figure among them first for an outcome's rate."""
    if not _OUTCOME.search(d.own_words(numerator)) or _DECIDED.search(d.own_words(base)):
        return base, others
    decided = [q for q in others if _DECIDED.search(d.own_words(q))]
    if len(decided) != 1:
        return base, others
    return decided[0], [base, *(q for q in others if q is not decided[0])]
