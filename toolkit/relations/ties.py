"""Which figures a relation already ties together: a funnel or a part found by another family is
not stated twice (``bounds``, ``distant``, ``unlisted`` ask)."""

from __future__ import annotations

import itertools

from .model import Relation
from .structure import _Doc


class _Ties:
    """Which relations (of at most 12 figures) each figure is in: "do two figures share one?"
    answered without listing every pair of every relation (``_tied``'s reason). The index is
    built at the first question: a family that finds nothing to ask about pays nothing."""

    def __init__(self, found: list[Relation]) -> None:
        self._found: list[Relation] | None = found
        self._of: dict[int, set[int]] = {}

    def __contains__(self, pair: tuple[int, int]) -> bool:
        if self._found is not None:
            for k, r in enumerate(self._found):
                idx = {q.index for q in r.quantities()}
                if len(idx) <= 12:
                    for i in idx:
                        self._of.setdefault(i, set()).add(k)
            self._found = None
        a, b = self._of.get(pair[0]), self._of.get(pair[1])
        return bool(a and b) and not a.isdisjoint(b)  # type: ignore[union-attr]


def _claim_ties(d: _Doc, found: list[Relation]) -> _Ties:
    """Pairs of figures a relation of ``found`` other than a rate ties together (a 其中 part, a
    sum's terms; a rate states another claim), in either order: one index per ``found``,
    shared by the families that ask."""
    cached = d.cache.get("claim_ties")
    if cached is None or cached[0] is not found:
        cached = d.cache["claim_ties"] = (found, _Ties([r for r in found if r.kind != "ratio"]))
    return cached[1]  # type: ignore[no-any-return]


def _tied(found: list[Relation], wanted: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs of ``wanted`` (figure indexes, smaller first) that some relation of ``found``
    already ties together (a 其中 part, a rate's terms; relations of more than 12 figures tie
    none). Only the figures of the wanted pairs are looked at: every pair of every relation
    of a long report, held as a set, was the relations stage's largest transient (~30 MB on a
    20 MB text)."""
    out: set[tuple[int, int]] = set()
    if not wanted:
        return out
    figs = {i for pair in wanted for i in pair}
    for r in found:
        idx = {q.index for q in r.quantities()}
        if len(idx) > 12:
            continue
        hit = sorted(i for i in idx if i in figs)
        if len(hit) > 1:
            out.update(pair for pair in itertools.combinations(hit, 2) if pair in wanted)
    return out
