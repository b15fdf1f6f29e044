"""Do two figures stand in one relation found so far? Answered by an index of the relations each
figure is in, not by the set of every pair of every relation.

Four walks of the equalities by meaning ask it of the few pairs they would add (an 'all' clause
restated, a later stage reached by all): each listed every pair of figures of every relation found
(``{frozenset((a.index, b.index)) for r in found for a in r.quantities() for b in r.quantities()
if a is not b}``) -- a sum of twenty parts is four hundred pairs -- to test one or two. Two figures
of different indexes are such a pair exactly when one relation holds both; this index lists each
relation under each of its figures once (built at the first question: a walk that asks nothing
pays nothing), and a question is the intersection of two small sets.
"""

from __future__ import annotations

from collections.abc import Callable

from .model import Relation


class PairTies:
    """``(i, j) in ties``: some relation of ``found`` that ``keep`` keeps holds figures of indexes
    ``i`` and ``j`` (two different objects: for ``i == j``, two copies of that figure)."""

    def __init__(self, found: list[Relation], keep: Callable[[Relation], bool] | None = None) -> None:
        self._found = found
        self._keep = keep
        self._of: dict[int, set[int]] | None = None  # figure index -> the relations holding it

    def __contains__(self, pair: tuple[int, int]) -> bool:
        i, j = pair
        kept = [r for r in self._found if self._keep is None or self._keep(r)] if i == j else None
        if kept is not None:  # (the pairs' reading of one index: two objects of it in one relation)
            return any(sum(q.index == i for q in r.quantities()) > 1 for r in kept)
        of = self._of
        if of is None:
            of = self._of = {}
            for k, r in enumerate(self._found):
                if self._keep is None or self._keep(r):
                    for q in r.quantities():
                        of.setdefault(q.index, set()).add(k)
        a, b = of.get(i), of.get(j)
        return bool(a and b) and not a.isdisjoint(b)  # type: ignore[union-attr]
