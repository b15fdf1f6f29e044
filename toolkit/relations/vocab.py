"""Reading a vocabulary of ``toolkit/catalog/``: one YAML file holding a list of entries.

Every family that keeps its words as data reads them the same way: the file parsed once, the list
under its key required, each entry compiled by the family, and any fault a ``CatalogError`` that
names the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import TypeVar

import yaml

from ..errors import CatalogError

T = TypeVar("T")


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
    start with any character, or use flags are returned unchanged."""
    if pattern.flags & ~re.UNICODE:
        return pattern
    try:
        items, nullable = _first_of(_sre_parse.parse(pattern.pattern))
    except (re.error, TypeError, ValueError):  # an unexpected parse: leave the pattern be
        return pattern
    if items is None or nullable or not items:
        return pattern
    return re.compile(f"(?=[{''.join(sorted(items))}])(?:{pattern.pattern})")


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
