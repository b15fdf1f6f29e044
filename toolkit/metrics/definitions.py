"""The metric catalog as data: MetricDef and Metric, loading, parsing and compiling ``catalog/metrics.yaml``."""

from __future__ import annotations

import re

# The regex parser, to find the characters a catalog pattern needs (an internal of
# ``re``: should it change, _needs_one_of filters nothing and matching stays exact).
import re._constants as _c
import re._parser as _parser
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import CatalogError
from ..quantities import Quantity
from .words import _IGNORECASE, TAIL


@dataclass(frozen=True)
class MetricDef:
    """One catalog entry."""

    key: str
    zh: str
    en: str
    unit: str
    units: tuple[str, ...]
    label: tuple[re.Pattern, ...]
    after: tuple[re.Pattern, ...]
    context: re.Pattern | None
    exclude: re.Pattern | None
    exclude_context: re.Pattern | None
    scope: str = "segment"
    # The subject of the section a prose figure stands in (its report's title, the headings above it,
    # its paragraph up to it): where `context` is not found in its scope, `subject` found there will
    # do; `exclude_subject` found there rules the figure out.
    subject: re.Pattern | None = None
    exclude_subject: re.Pattern | None = None
    # The key names a part of another key's whole (税收收入 of 一般公共预算收入): "其中" before it
    # is no sign of a sub-figure of its own.
    a_part: bool = False
    # The key counts every kind of its thing (all the sessions, all the money fined): a total closing a
    # list of kinds in one sentence ("…4期,另开展…6期,共计10期") is its figure, the kinds its parts.
    summed: bool = False
    any_label: re.Pattern | None = None  # all label patterns in one, to reject fast
    # Strings of which the label (the words after) must hold one for any pattern
    # to match: an empty set when there are no patterns, None when any text may match.
    label_chars: frozenset[str] | None = None
    after_chars: frozenset[str] | None = None


@dataclass
class Metric:
    """A named headline figure with its evidence."""

    key: str
    label_zh: str
    label_en: str
    quantity: Quantity
    evidence_text: str
    line: int
    start: int  # span of the figure in the original text
    end: int
    default_unit: str = ""

    @property
    def value(self) -> int | float:
        return self.quantity.plain

    @property
    def unit(self) -> str:
        # A bare table cell has no printed unit; the catalog's is the header's.
        return self.quantity.unit or self.default_unit

    @property
    def qualifier(self) -> str | None:
        return self.quantity.qualifier


def _compile(pattern: str, key: str, path: str) -> re.Pattern:
    pattern = pattern.replace("~$", TAIL)
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise CatalogError(f"bad regex for {key}: {pattern!r}: {exc}", path=path, location=key) from exc


_MAX_CLASS = 64  # a character class wider than this is no useful filter


def _better(a: set[str], b: set[str] | None) -> bool:
    """Is requirement ``a`` the sharper filter? Strings of two or more characters, then fewer."""
    if b is None:
        return True
    return (min(map(len, a)) >= 2, -len(a)) > (min(map(len, b)) >= 2, -len(b))


def _required(items) -> set[str] | None:
    """Strings of which any match of the parsed sequence ``items`` contains one (None: unknown)."""
    best: set[str] | None = None
    run = ""  # consecutive literal characters: a string every match contains
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            if _better({run}, best):
                best = {run}
            run = ""
        if op is _c.IN:
            need: set[str] | None = set()
            for kind, arg in av:
                if kind is _c.LITERAL:
                    need.add(chr(arg))  # type: ignore[union-attr]
                elif kind is _c.RANGE and arg[1] - arg[0] < _MAX_CLASS:
                    need.update(chr(c) for c in range(arg[0], arg[1] + 1))  # type: ignore[union-attr]
                else:  # NEGATE, CATEGORY, wide ranges
                    need = None
                    break
        elif op is _c.SUBPATTERN:
            need = None if av[1] & _IGNORECASE else _required(av[3])
        elif op is _c.ATOMIC_GROUP:
            need = _required(av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            need = _required(av[2]) if av[0] >= 1 else None
        elif op is _c.BRANCH:
            need = set()
            for alt in av[1]:
                sub = _required(alt)
                if sub is None:
                    need = None
                    break
                need |= sub
        else:  # anchors, lookarounds, any character, back references
            need = None
        if need and _better(need, best):
            best = need
    if run and _better({run}, best):
        best = {run}
    return best


def _needs_one_of(patterns: tuple[re.Pattern, ...]) -> frozenset[str] | None:
    """Strings of which a text must contain one for any of ``patterns`` to match in it.

    Only a filter: a text that has one may still not match, but one without any
    cannot. None when a pattern may match without a known string.
    """
    out: set[str] = set()
    for p in patterns:
        if p.flags & _IGNORECASE or not isinstance(p.pattern, str):
            return None
        try:
            need = _required(_parser.parse(p.pattern, p.flags))
        except Exception:  # an internal of ``re`` changed: filter nothing
            return None
        if need is None:
            return None
        out |= need
    return frozenset(out)


def load_catalog(path: str | Path | None = None) -> dict[str, MetricDef]:
    """Read and validate the metric catalog (the packaged one by default)."""
    if path is None:
        if _PACKAGED_SOURCE[0] is None:  # where the package is does not change while it runs
            _PACKAGED_SOURCE[0] = resources.files("toolkit").joinpath("catalog/metrics.yaml")
        source = _PACKAGED_SOURCE[0]
        where = "toolkit/catalog/metrics.yaml"
        if isinstance(source, Path):
            # The packaged file is read again only when it changed on disk.
            try:
                st = source.stat()
            except OSError:
                pass
            else:
                stamp = (str(source), st.st_mtime_ns, st.st_size, st.st_ino)
                if _PACKAGED[0] != stamp:
                    _PACKAGED[:] = [stamp, source.read_text(encoding="utf-8")]
                return _parse_catalog(_PACKAGED[1], where)
        text = source.read_text(encoding="utf-8")
    else:
        text, where = Path(path).read_text(encoding="utf-8"), str(path)
    return _parse_catalog(text, where)


_PACKAGED: list = [None, ""]  # (path, mtime, size, inode) of the packaged catalog and its text
_PACKAGED_SOURCE: list = [None]


@lru_cache(maxsize=8)
def _parse_catalog(text: str, where: str) -> dict[str, MetricDef]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogError(f"not valid YAML: {exc}", path=where) from exc
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise CatalogError("expected a 'metrics' mapping", path=where)
    families = data.get("families") or {}
    out: dict[str, MetricDef] = {}
    allowed = {"zh", "en", "unit", "units", "label", "after", "context", "exclude", "exclude_context", "scope",
               "subject", "exclude_subject", "a_part", "summed"}
    for key, entry in data["metrics"].items():
        if not isinstance(entry, dict):
            raise CatalogError("entry must be a mapping", path=where, location=key)
        unknown = set(entry) - allowed
        if unknown:
            raise CatalogError(f"unknown fields {sorted(unknown)}", path=where, location=key)
        for required in ("zh", "en", "unit", "units"):
            if required not in entry:
                raise CatalogError(f"missing field {required!r}", path=where, location=key)
        units = entry["units"]
        if isinstance(units, str):
            if units not in families:
                raise CatalogError(f"unknown unit family {units!r}", path=where, location=key)
            units = families[units]
        labels = tuple(_compile(p, key, where) for p in entry.get("label") or [])
        afters = tuple(_compile(p, key, where) for p in entry.get("after") or [])
        if not labels and not afters:
            raise CatalogError("needs at least one label or after pattern", path=where, location=key)

        def opt(name: str, _entry=entry, _key=key) -> re.Pattern | None:
            return _compile(_entry[name], _key, where) if _entry.get(name) else None

        out[key] = MetricDef(
            key=key, zh=str(entry["zh"]), en=str(entry["en"]), unit=str(entry["unit"]),
            units=tuple(str(u) for u in units), label=labels, after=afters,
            context=opt("context"), exclude=opt("exclude"), exclude_context=opt("exclude_context"),
            scope=str(entry.get("scope", "segment")),
            subject=opt("subject"), exclude_subject=opt("exclude_subject"), a_part=bool(entry.get("a_part")),
            summed=bool(entry.get("summed")), any_label=re.compile("|".join(f"(?:{p.pattern})" for p in labels)) if labels else None,
            label_chars=_needs_one_of(labels), after_chars=_needs_one_of(afters),
        )
        if out[key].scope not in ("segment", "sentence", "paragraph"):
            raise CatalogError(f"unknown scope {out[key].scope!r}", path=where, location=key)
    return out


