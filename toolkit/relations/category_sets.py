"""The closed sets of categories of ``catalog/partitions.yaml`` (``category_sets``: the disclosure
outcomes 予以公开, 部分公开, 不予公开, ...; the kinds of health institutions), and which categories a
text can name -- read with one scan of the text for every set's words (``VocabGate``), not a search
per category: the lists' parts and wholes are each tested against every set."""

from __future__ import annotations

import re
from functools import lru_cache

from .vocab import VocabGate, read_entries, vocab_gate


@lru_cache(maxsize=1)
def category_sets() -> list[tuple[list[re.Pattern], bool]]:
    """catalog/partitions.yaml ``category_sets``: each set's categories, as patterns, and whether a
    category's words name its kinds too (``kinds``: several parts may then fall in one category)."""
    return read_entries("partitions.yaml", "category_sets",
                        lambda e: ([re.compile(str(c)) for c in e["categories"]], bool(e.get("kinds", False))))


def category_gate() -> tuple[VocabGate, list[int]]:
    """Which categories of every set a text can name (one scan of it, not a search per category),
    and where each set's categories start in that one list."""
    sets = category_sets()
    starts = [0]
    for categories, _ in sets:
        starts.append(starts[-1] + len(categories))
    return vocab_gate(sets, lambda sets: (c for categories, _ in sets for c in categories)), starts


def category_of(text: str, categories: list[re.Pattern], opened: set[int], at: int, but: int | None = None) -> int | None:
    """The first of ``categories`` (``at`` in the gate's list) that ``text`` names, the one ``but``
    aside: only those ``opened`` (``category_gate``'s reading of the text) are searched."""
    return next((k for k, c in enumerate(categories) if at + k in opened and k != but and c.search(text)), None)
