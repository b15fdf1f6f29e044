"""Reading a vocabulary of ``toolkit/catalog/``: one YAML file holding a list of entries.

Every family that keeps its words as data reads them the same way: the file parsed once, the list
under its key required, each entry compiled by the family, and any fault a ``CatalogError`` that
names the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from re import _compiler as _sre_compile  # type: ignore[attr-defined]
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import TypeVar

import yaml

from ..errors import CatalogError

T = TypeVar("T")


def catalog_yaml(name: str) -> dict:
    """The mapping of ``catalog/<name>`` (parsed on each call: the families' readers cache what
    they compile from it)."""
    try:
        data = yaml.safe_load(resources.files("toolkit").joinpath(f"catalog/{name}").read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CatalogError(f"not valid YAML: {exc}", path=f"toolkit/catalog/{name}") from exc
    return data if isinstance(data, dict) else {}


def read_section(name: str, key: str, build: Callable[[dict, dict], T]) -> T:
    """``build(section, whole file)`` of the section ``key`` of ``catalog/<name>``; any fault of the
    section a ``CatalogError`` naming the file and the key."""
    data = catalog_yaml(name)
    try:
        return build(data[key], data)
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
        raise CatalogError(f"bad {key!r} vocabulary: {exc}", path=f"toolkit/catalog/{name}") from exc


def read_entries(name: str, key: str, compile_entry: Callable[[dict], T]) -> list[T]:
    """The entries of ``catalog/<name>`` under ``key``, each turned into a ``T`` by ``compile_entry``
    (which may raise KeyError, TypeError, ValueError or re.error for a bad entry)."""
    path = f"toolkit/catalog/{name}"
    try:
        data = yaml.safe_load(resources.files("toolkit").joinpath(f"catalog/{name}").read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CatalogError(f"not valid YAML: {exc}", path=path) from exc
    entries = (data or {}).get(key) if isinstance(data, dict | None) else None
    if not isinstance(entries, list):
        raise CatalogError(f"expected a {key!r} list", path=path)
    out = []
    for entry in entries:
        try:
            if not isinstance(entry, dict):
                raise TypeError("an entry is a mapping")
            out.append(compile_entry(entry))
        except (KeyError, TypeError, ValueError) as exc:
            ident = entry.get("id") if isinstance(entry, dict) else entry
            raise CatalogError(f"bad {key} entry: {exc}", path=path, location=str(ident)) from exc
        except Exception as exc:  # re.error and the like: still the entry's fault
            ident = entry.get("id") if isinstance(entry, dict) else entry
            raise CatalogError(f"bad {key} entry: {exc}", path=path, location=str(ident)) from exc
    return out


# --- fast alternations ---------------------------------------------------------------------------


def gated(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a look-ahead for the characters a match can start with: the same matches
    (same spans, same groups) at the same positions, but a position whose character starts no
    alternative fails at once. Python's engine tries every alternative of a long word list at
    every position when some alternative starts with an optional part ("已?办结", "(?:裁定)?准予"),
    and a pattern anchored at the end ("(?:增长|下降)(?:为)?$") at every position too: a stage
    vocabulary of ~80 words took ~1 µs a character. Patterns that can match the empty string,
    start with any character, or use flags are returned unchanged; so are those the engine skips
    to the places of by itself (a first literal, or first characters it reads: "均(?<![平人]均)|全部"):
    a look-ahead first would hide those and have every position tried."""
    if pattern.flags & ~re.UNICODE:
        return pattern
    try:
        parsed = _sre_parse.parse(pattern.pattern)
        items, nullable = _first_of(parsed)
    except (re.error, TypeError, ValueError):  # an unexpected parse: leave the pattern be
        return pattern
    if items is None or nullable or not items or _skipped_to(parsed):
        return pattern
    return re.compile(f"(?=[{''.join(sorted(items))}])(?:{pattern.pattern})")



def _skipped_to(parsed: object) -> bool:
    """Does the engine find where a match of the parsed pattern can start by itself (a literal
    prefix, or a set of first characters: ``re._compiler``'s own reading)?"""
    try:
        return bool(_sre_compile._get_literal_prefix(parsed, 0)[0] or _sre_compile._get_charset_prefix(parsed, 0))
    except Exception:  # (a private reading of another Python version: gate as before)
        return False


def matches_at(pattern: re.Pattern, s: str, starts: Iterable[int]) -> list[re.Match]:
    """``list(pattern.finditer(s))`` for a pattern whose matches can start only at ``starts``
    (ascending; found by a cheap scan for what every match opens with) and are never empty: the
    pattern is tried at those positions only, not at every character of the text. A position
    inside the last match is skipped, as ``finditer`` goes on after a match's end."""
    out: list[re.Match] = []
    end = 0
    for i in starts:
        if i < end:
            continue
        m = pattern.match(s, i)
        if m is not None:
            out.append(m)
            end = max(m.end(), i + 1)
    return out


def around(s: str, literal: str, back: int) -> Iterator[int]:
    """Each position of ``literal`` in ``s`` and the ``back`` positions before it, ascending (for
    ``matches_at``: a match opening with up to ``back`` characters before the literal)."""
    nxt = 0  # the first position not given yet
    i = s.find(literal)
    while i >= 0:
        yield from range(max(nxt, i - back), i + 1)
        nxt = i + 1
        i = s.find(literal, i + 1)

# What a character class may hold, as class syntax: a match's first character is one of these.
_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
               _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def _char(code: int) -> str:
    return re.escape(chr(code))  # escapes "-", "]", "^" and "\\" too


def _first_of(items) -> tuple[set[str] | None, bool]:
    """(class items a match of the parsed sequence can start with, can it match empty); None: any."""
    out: set[str] = set()
    for op, av in items:
        first, nullable = _first_item(op, av)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_item(op, av) -> tuple[set[str] | None, bool]:
    if op is _sre.LITERAL:
        return {_char(av)}, False
    if op is _sre.IN:
        found: set[str] = set()
        for o, a in av:
            if o is _sre.LITERAL:
                found.add(_char(a))
            elif o is _sre.RANGE:
                found.add(f"{_char(a[0])}-{_char(a[1])}")
            elif o is _sre.CATEGORY and a in _CATEGORIES:
                found.add(_CATEGORIES[a])
            else:  # a negated set: any character
                return None, False
        return found, False
    if op is _sre.BRANCH:
        found, nullable = set(), False
        for alt in av[1]:
            first, n = _first_of(alt)
            if first is None:
                return None, False
            found |= first
            nullable |= n
        return found, nullable
    if op is _sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # "(?i:…)": other cases start it too
            return None, False
        return _first_of(av[-1])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        first, n = _first_of(av[2])
        return (None, False) if first is None else (first, n or av[0] == 0)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _first_of(av)
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return set(), True  # zero-width: the match starts with what follows
    return None, False  # ANY, back references, conditionals: any character


# --- does a word occur at all ----------------------------------------------------------------------


def literal_gate(pattern: re.Pattern) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` holds (a literal each alternative needs:
    "已?办结" needs 办), or None when no such set is known (a class, an optional part only, a
    flag that changes what a literal matches)."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        return _gate_of(list(_sre_parse.parse(pattern.pattern)))
    except (re.error, TypeError, ValueError):
        return None


def _gate_of(items) -> frozenset[str] | None:
    """A gate of a sequence: the smallest gate of an item every match of the sequence holds."""
    best: frozenset[str] | None = None
    for op, av in items:
        g = _item_gate(op, av)
        if g is not None and (best is None or len(g) < len(best)):
            best = g
    return best


def _item_gate(op, av) -> frozenset[str] | None:
    if op is _sre.LITERAL:
        return frozenset(chr(av))
    if op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):
        return frozenset(chr(a) for _, a in av)
    return _through(op, av, _gate_of)


def _through(op, av, inner) -> frozenset[str] | None:
    """What every match of a group, a repeat or a branch must hold, by ``inner`` of its parts (a
    character gate or a pair gate); None for what needs nothing."""
    if op is _sre.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else inner(av[-1])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        return inner(av[2]) if av[0] >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return inner(av)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            g = inner(alt)
            if g is None:
                return None
            out |= g
        return frozenset(out)
    return None  # zero-width assertions, classes, any character: nothing a match must hold


# Zero-width tests that read the text after a position, and those that read the text before it.
_READS_AHEAD = {_sre.AT_END, _sre.AT_END_LINE, _sre.AT_END_STRING, _sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY}
_READS_BEHIND = {_sre.AT_BEGINNING, _sre.AT_BEGINNING_LINE, _sre.AT_BEGINNING_STRING, _sre.AT_BOUNDARY,
                 _sre.AT_NON_BOUNDARY}


def looks_past(pattern: re.Pattern, side: str) -> bool:
    """Can a match of ``pattern`` depend on text past its own ``side`` ("end": a look-ahead, $ or
    \\b; "start": a look-behind, ^ or \\b)? When it cannot, a match in a prefix (for "end") or a
    suffix (for "start") of a text is a match in the whole text too. True when the parse is
    unexpected."""
    ahead = side == "end"
    try:
        return _looks_past(_sre_parse.parse(pattern.pattern), ahead)
    except (re.error, TypeError, ValueError):
        return True


def _looks_past(items, ahead: bool) -> bool:
    for op, av in items:
        if op is _sre.AT:
            if av in (_READS_AHEAD if ahead else _READS_BEHIND):
                return True
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if (av[0] >= 0) == ahead or _looks_past(av[1], ahead):  # (direction 1: ahead, -1: behind)
                return True
        elif op is _sre.SUBPATTERN:
            if _looks_past(av[-1], ahead):
                return True
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            if _looks_past(av[2], ahead):
                return True
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            if _looks_past(av, ahead):
                return True
        elif op is _sre.BRANCH:
            if any(_looks_past(alt, ahead) for alt in av[1]):
                return True
        elif op is _sre.GROUPREF_EXISTS:
            return True  # a conditional: not read here
    return False


class Occurs:
    """``pattern.search(text) is not None``, answered at once for a text holding none of the
    characters every match needs (``literal_gate``): one scan of a character class instead of
    trying a long alternation at every position (most figures' words hold no stage word)."""

    __slots__ = ("_gate", "chars", "pattern")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        gate = literal_gate(pattern)
        self.chars = gate or None  # the gate as a set (stages reads it: one set test per process)
        self._gate = char_class(gate) if gate else None

    def __call__(self, text: str) -> bool:
        if self._gate is not None and self._gate.search(text) is None:
            return False
        return self.pattern.search(text) is not None


def char_class(chars: Iterable[str]) -> re.Pattern:
    """A pattern matching any one of ``chars``. ``char_class(cs).search(text) is None`` is
    ``frozenset(cs).isdisjoint(text)``, ~10x faster on Chinese text: ``isdisjoint`` makes and hashes
    a one-character string for every character of the text that is not Latin-1."""
    return re.compile("[" + "".join(_char(ord(c)) for c in sorted(set(chars))) + "]")


# pattern id -> (the pattern, its gate as a character class): by id, as hashing a compiled pattern
# hashes its whole code
_GATES: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def lacks(pattern: re.Pattern, text: str) -> bool:
    """Does ``text`` hold none of the characters every match of ``pattern`` needs (``literal_gate``,
    read once per pattern)? Then ``pattern`` matches nowhere in it, nor in any piece of it --
    whatever its look-arounds and anchors, which match no character. False when no gate is known."""
    known = _GATES.get(id(pattern))
    if known is None or known[0] is not pattern:
        gate = literal_gate(pattern)
        known = _GATES[id(pattern)] = (pattern, char_class(gate) if gate else None)
    found = known[1]
    return found is not None and found.search(text) is None


# --- text without every match of many patterns -------------------------------------------------


class VocabGate:
    """Which patterns of a list a text can match: each pattern filed under the pairs of characters
    one of which its every match holds (``bigram_gate``) or else under its characters
    (``literal_gate``); one scan of the text for the filed characters and one for the filed pairs
    find the patterns some character or pair of it opens -- a superset of those it matches (a
    pattern with no gate known is always opened). A vocabulary is read with one scan of a text,
    not a search per word (the 59 rate names of ``rates.yaml`` tried on each label). Built once per
    vocabulary: the caller keeps it."""

    __slots__ = ("always", "by_char", "by_pair", "pair_scan", "scan")

    def __init__(self, patterns: Iterable[re.Pattern]) -> None:
        by_char: dict[str, list[int]] = {}
        by_pair: dict[str, list[int]] = {}
        always = []
        for i, p in enumerate(patterns):
            pairs = bigram_gate(p)
            gate = literal_gate(p) if pairs is None else None
            if pairs is None and gate is None:
                always.append(i)
            for c in pairs or ():
                by_pair.setdefault(c, []).append(i)
            for c in gate or ():
                by_char.setdefault(c, []).append(i)
        self.always = frozenset(always)
        self.by_char = {c: tuple(ix) for c, ix in by_char.items()}
        self.by_pair = {c: tuple(ix) for c, ix in by_pair.items()}
        self.scan = char_class(by_char) if by_char else None
        # every pair of the text whose first character opens a filed pair and whose second closes
        # one, found by one scan (a zero-width look-ahead at each position, so pairs may overlap):
        # a superset of the filed pairs the text holds, looked up in ``by_pair`` -- not a dict
        # look-up in Python for each of the text's positions
        self.pair_scan = pair_scan(by_pair) if by_pair else None

    def opened(self, text: str) -> set[int]:
        """The indexes of the patterns ``text`` (or any piece of it) can match, unordered."""
        which = set(self.always)
        if self.scan is not None:
            by_char = self.by_char
            for c in set(self.scan.findall(text)):
                which.update(by_char[c])
        if self.pair_scan is not None:
            by_pair = self.by_pair
            for pair in set(self.pair_scan.findall(text)):
                found = by_pair.get(pair)
                if found is not None:
                    which.update(found)
        return which

    def may_match(self, text: str) -> list[int]:
        """The indexes of the patterns ``text`` (or any piece of it) can match, in the list's order."""
        return sorted(self.opened(text))


_VOCAB_GATES: dict[int, tuple[object, VocabGate]] = {}


def vocab_gate(source: list | tuple, patterns: Callable[[list | tuple], Iterable[re.Pattern]]) -> VocabGate:
    """The ``VocabGate`` of ``patterns(source)`` for a vocabulary list a catalog reader keeps, built on
    its first use and again whenever the list is read anew (a cleared cache, a test's own words):
    found by the list's id, so a gate never outlives the list its indexes refer to."""
    known = _VOCAB_GATES.get(id(source))
    if known is None or known[0] is not source:
        known = _VOCAB_GATES[id(source)] = (source, VocabGate(patterns(source)))
    return known[1]


class _StripPlan:
    """The distinct patterns of a list, and which of them a text can match (``VocabGate``): a text
    is searched only with the patterns some pair or character of it opens."""

    __slots__ = ("gate", "pats", "source")

    def __init__(self, source: tuple | list) -> None:
        self.source = source  # kept: the plan is found by the source's id
        pats = list({(p.pattern, p.flags): p for p in reversed(source)}.values())[::-1]  # (first of each)
        self.pats = tuple(pats)
        self.gate = VocabGate(pats)


_PLANS: dict[object, _StripPlan] = {}


def strip_all(text: str, patterns: tuple[re.Pattern, ...] | list[re.Pattern]) -> str:
    """``text`` without every character some match of some pattern covers (each pattern's own
    ``finditer`` matches, overlapping or not): the union of their spans is removed."""
    key: object = id(patterns) if isinstance(patterns, tuple) else tuple(map(id, patterns))
    plan = _PLANS.get(key)
    if plan is None or (isinstance(patterns, tuple) and plan.source is not patterns):
        if len(_PLANS) > 256:  # (callers pass the vocabulary's lists: a few; never grow without end)
            _PLANS.clear()
        plan = _PLANS[key] = _StripPlan(patterns)
    spans = [m.span() for i in plan.gate.may_match(text) for m in plan.pats[i].finditer(text)]
    if not spans:
        return text
    spans.sort()
    out, at = [], 0
    for s, e in spans:
        if s > at:
            out.append(text[at:s])
        at = max(at, e)
    out.append(text[at:])
    return "".join(out)


def pair_scan(pairs: Iterable[str]) -> re.Pattern:
    """A pattern whose ``findall`` over a text gives every pair of characters of it (overlapping)
    whose first character opens one of ``pairs`` and whose second closes one: a superset of the
    ``pairs`` the text holds, found by one scan (a look-ahead tried at each position)."""
    pairs = list(pairs)
    return re.compile(f"(?=({char_class(p[0] for p in pairs).pattern}{char_class(p[1] for p in pairs).pattern}))")


def pairs_over(words: Iterable[re.Pattern], foreign: str = "") -> frozenset[str] | None:
    """Pairs of characters one of which every match of every one of ``words`` holds (``bigram_gate``),
    or None: a word with no pair known, no word, or a pair holding a character of ``foreign`` (one a
    caller may write into the text it searches: a pair the original text need not hold)."""
    pairs: set[str] = set()
    for p in words:
        found = bigram_gate(p)
        if found is None or any(c in pair for pair in found for c in foreign):
            return None
        pairs |= found
    return frozenset(pairs) if pairs else None


def bigram_gate(pattern: re.Pattern) -> frozenset[str] | None:
    """Pairs of characters one of which every match of ``pattern`` holds (two literals in a row
    that each alternative needs: "已?办结" needs 办结), or None when none is known -- finer than
    ``literal_gate``, whose characters most Chinese text holds one of."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        return _pairs_of(list(_sre_parse.parse(pattern.pattern)))
    except (re.error, TypeError, ValueError):
        return None


def _pairs_of(items) -> frozenset[str] | None:
    """A sequence's gate: its first two literals in a row, else the smallest gate of an item every
    match of the sequence holds."""
    best: frozenset[str] | None = None
    prev: int | None = None
    for op, av in items:
        if op is _sre.LITERAL:
            if prev is not None:
                return frozenset({chr(prev) + chr(av)})
            prev = av
            continue
        prev = None
        g = _item_pairs(op, av)
        if g is not None and (best is None or len(g) < len(best)):
            best = g
    return best


def _item_pairs(op, av) -> frozenset[str] | None:
    return _through(op, av, _pairs_of)
