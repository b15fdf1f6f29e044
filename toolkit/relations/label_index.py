"""Which figures' labels can hold a match of a pattern: an index of where characters stand in the
text, each place mapped to the one figure whose label holds it, built once per report.

Many walks go over every figure and first test its label (or a piece of it: its last clause,
its Chinese words) with a pattern most labels do not match ("…对" before an object, 同样为, 上述).
Every match of such a pattern holds one of a few characters (``literal_gate``: 对/为/向/给 for
the object's lead), and a label holding none of them matches nowhere, nor does any piece of it.
So a walk need visit only the figures whose label holds a gate character: found from where those
characters stand (``_Doc.positions``, listed once per set of characters), each place mapped by
bisect to the first figure starting after it -- labels never overlap: each runs from the previous
figure's end, or its segment's start, to its figure. The walk then makes its own test as before,
on fewer figures: the same answers, in the same order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import partial
from itertools import chain, compress, repeat
from operator import and_, gt, le, sub

from ..quantities import Quantity
from .structure import _Doc
from .vocab import literal_gate, looks_past


def holding_any(d: _Doc, chars: str) -> list[Quantity]:
    """The document's figures whose label holds one of ``chars`` (``any(c in d.label(q) for c in
    chars)``), in reading order, found once per report and set of characters. Read-only: shared."""
    key = "holding any " + chars
    found = d.cache.get(key)
    if found is None:
        found = d.cache[key] = _holding_any(d, chars)
    return found  # type: ignore[return-value]


def _holding_any(d: _Doc, chars: str) -> list[Quantity]:
    # Each character maps to the figures whose label holds it (``_label_chars``, listed once per
    # report); a set's figures are the union of its characters' lists -- no scan of the text for
    # the set's characters, no step per place (the commonest gate characters stand in most labels).
    return _union(d, _label_chars(d), chars)


def _union(d: _Doc, index: dict[str, list[int]], chars: str) -> list[Quantity]:
    """The figures listed under any of ``chars`` in ``index`` (character -> figure indexes, in
    order), each once, in reading order."""
    found = [k for k in map(index.get, chars) if k]
    if not found:
        return []
    ks = found[0] if len(found) == 1 else sorted(set(chain.from_iterable(found)))
    return list(map(d.qs.__getitem__, ks))


def _label_chars(d: _Doc) -> dict[str, list[int]]:
    """Each character of the labels -> the indexes of the figures whose label holds it, in order;
    listed once per report, each label read from its start (``_label_starts``) to its figure."""
    found = d.cache.get("label chars")
    if found is None:
        s = d.s
        found = d.cache["label chars"] = _by_char(s[a : q.start] for a, q in zip(_label_starts(d), d.qs, strict=False))
    return found  # type: ignore[return-value]


def _by_char(texts: Iterable[str]) -> dict[str, list[int]]:
    """Each character of the texts -> the indexes of the texts holding it, in order."""
    found: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        for c in set(text):
            at = found.get(c)
            if at is None:
                found[c] = [i]
            else:
                at.append(i)
    return found


def _label_starts(d: _Doc) -> list[int]:
    """Where each figure's label starts (``q.start - len(d.label(q))``), then one that no place
    reaches: the answer for a place after the last figure. Listed once per report."""
    found = d.cache.get("label starts")
    if found is None:
        found = d.cache["label starts"] = [q.start - len(d.label(q)) for q in d.qs] + [len(d.s) + 1]
    return found  # type: ignore[return-value]


def may_hold(d: _Doc, pattern: re.Pattern) -> list[Quantity]:
    """The figures whose label can hold a match of ``pattern`` -- those holding a character of its
    ``literal_gate`` -- in reading order; every figure when no gate is known. A superset: the walk
    still tests each figure as before."""
    gate = gate_chars(pattern)
    return d.qs if gate is None else holding_any(d, gate)


_GATES: dict[int, tuple[re.Pattern, str | None]] = {}  # by id (hashing a pattern hashes its code)


def gate_chars(pattern: re.Pattern) -> str | None:
    """``literal_gate(pattern)`` as a string (sorted), or None when no gate is known; read once."""
    known = _GATES.get(id(pattern))
    if known is None or known[0] is not pattern:
        chars = literal_gate(pattern)
        known = _GATES[id(pattern)] = (pattern, "".join(sorted(chars)) if chars else None)
    return known[1]


def after_holding(d: _Doc, chars: str, reach: int) -> list[Quantity]:
    """The figures ``q`` one of whose ``reach`` characters after it holds one of ``chars`` (``any(c in
    d.after(q, reach) for c in chars)``: the words after a figure stop at the next figure), in
    reading order, found once per report from where the characters stand."""
    key = f"after holding {reach} {chars}"
    found = d.cache.get(key)
    if found is None:
        found = d.cache[key] = _after_holding(d, chars, reach)
    return found  # type: ignore[return-value]


def _after_holding(d: _Doc, chars: str, reach: int) -> list[Quantity]:
    # Each place maps to the last figure starting at or before it (one bisect, in C), whose words
    # after it hold the place when it stands ``0 <= place - end < reach`` from the figure's end.
    places = d.positions(chars)
    if not places:
        return []
    qs = d.qs
    ks = [k - 1 for k in map(partial(bisect_right, d._starts), places)]
    ends = _ends(d)  # (k = -1, no figure before the place, reads the last entry: one never reached)
    gaps = list(map(sub, places, map(ends.__getitem__, ks)))
    held = compress(ks, map(and_, map(le, repeat(0), gaps), map(gt, repeat(reach), gaps)))
    return list(map(qs.__getitem__, dict.fromkeys(held)))


def _ends(d: _Doc) -> list[int]:
    """Each figure's end, then one after every place (read for a place before the first figure)."""
    found = d.cache.get("figure ends")
    if found is None:
        found = d.cache["figure ends"] = [q.end for q in d.qs] + [len(d.s) + 1]
    return found  # type: ignore[return-value]


def merged(*walks: list[Quantity]) -> list[Quantity]:
    """The figures of several walks, each once, in reading order."""
    seen: dict[int, Quantity] = {}
    for walk in walks:
        for q in walk:
            seen.setdefault(q.index, q)
    return [seen[i] for i in sorted(seen)]


def may_hold_any(d: _Doc, patterns: list[re.Pattern], after: int = 0) -> list[Quantity]:
    """The figures whose label -- or, with ``after``, the ``after`` characters after them (``d.after``)
    -- can hold a match of one of ``patterns``: every figure when one has no known gate. A superset
    for a walk whose first test searches the label, a piece of it, or the words after the figure."""
    gates = [gate_chars(p) for p in patterns]
    if not gates or any(g is None for g in gates):
        return d.qs
    chars = "".join(sorted(set("".join(gates))))  # type: ignore[arg-type]
    return merged(holding_any(d, chars), after_holding(d, chars, after)) if after else holding_any(d, chars)


def labelled(d: _Doc, labels: frozenset[str]) -> list[Quantity]:
    """The figures whose whole label is one of ``labels`` (",": a figure named only by the words
    after it), in reading order: each label tested by a set look-up mapped in C."""
    return list(compress(d.qs, map(labels.__contains__, d._label_list)))  # (``d.label(q)`` of each figure)


_PLAIN: dict[int, tuple[re.Pattern, bool]] = {}  # by id: whether a pattern reads nothing past its match


def in_no_words(d: _Doc, *patterns: re.Pattern) -> bool:
    """Can none of ``patterns`` match a figure's Chinese words -- a piece of the text with its other
    characters taken out (``_NOT_CJK.sub("", clause)``), which is a run of ``d.chinese()``? True when
    each reads nothing past its match (no look-around, anchor or \\b: ``looks_past``) and matches nowhere
    in ``d.chinese()``: a family whose every reading needs such a match reads no figure. False when
    that is not known."""
    text = d.chinese()
    for p in patterns:
        known = _PLAIN.get(id(p))
        if known is None or known[0] is not p:
            known = _PLAIN[id(p)] = (p, not looks_past(p, "end") and not looks_past(p, "start"))
        if not known[1] or p.search(text) is not None:
            return False
    return True
