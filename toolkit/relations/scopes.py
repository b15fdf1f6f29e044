"""The vocabulary of scopes, wholes and breakdown openers (``catalog/breakdowns.yaml``) and the
tests on single figures built from it: is a figure a scope count, can it be added?"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from ..quantities import Quantity
from .structure import _Doc

_CATALOG = "toolkit/catalog/breakdowns.yaml"
_FIELDS = ("scope_nouns", "not_classes", "wholes", "not_additive", "highlights", "reviews", "generic_totals",
           "open_ends")


@lru_cache(maxsize=1)
def words() -> dict[str, re.Pattern]:
    """The vocabulary of ``catalog/breakdowns.yaml``, each list as one alternation (longest first)."""
    text = resources.files("toolkit").joinpath("catalog/breakdowns.yaml").read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise CatalogError(f"not valid YAML: {exc}", path=_CATALOG) from exc
    return compile_words(data)


def compile_words(data: object) -> dict[str, re.Pattern]:
    """Validate the vocabulary mapping and compile each list (a plain-word alternation)."""
    if not isinstance(data, dict):
        raise CatalogError("expected a mapping", path=_CATALOG)
    out = {}
    for name in _FIELDS:
        items = data.get(name)
        if not isinstance(items, list) or not items or not all(isinstance(w, str) and w.strip() for w in items):
            raise CatalogError(f"{name!r} must be a non-empty list of words", path=_CATALOG, location=name)
        alternation = "|".join(re.escape(w.strip()) for w in sorted(items, key=len, reverse=True))
        out[name] = re.compile(f"(?:{alternation})")
    unknown = set(data) - set(_FIELDS)
    if unknown:
        raise CatalogError(f"unknown fields {sorted(unknown)}", path=_CATALOG)
    return out


_SEPARATOR = re.compile(r"[,;:、()。\n!?]")


def is_scope_count(d: _Doc, q: Quantity) -> bool:
    """"11个县区差评工单940个": a count of places or units that qualifies the figure right after
    it in the same clause. Such a figure is the scope of the next one, neither a part nor a total."""
    return d.per_figure("scope_count", q, lambda q: _is_scope_count(d, q))


def _is_scope_count(d: _Doc, q: Quantity) -> bool:
    if q.is_percent or q.is_money or q.index + 1 >= len(d.qs):
        return False
    nxt = d.qs[q.index + 1]
    between = d.s[q.end : nxt.start]
    if not between or len(between) > 20 or _SEPARATOR.search(between):
        return False
    return bool(words()["scope_nouns"].match(between))


# Words that use 均 as "all" ("均为", "均已整改") and asides in brackets say nothing of the figure after them.
_NOT_OF_THE_FIGURE = re.compile(r"\([^()]*\)|均(?:为|已|在|按|由|是|系|属|于|能|未|不|无|得到|予以)")


def is_additive(d: _Doc, q: Quantity) -> bool:
    """Can the figure be a part or a total of a sum? Not an average, a rate or an index."""
    return d.per_figure("additive", q, lambda q: _is_additive(d, q))


def _is_additive(d: _Doc, q: Quantity) -> bool:
    label = _NOT_OF_THE_FIGURE.sub("", d.label(q))
    return not q.is_percent and not words()["not_additive"].search(label)


def unit_class(q: Quantity) -> str:
    """What a figure is counted in, for adding: its unit, or money (万元 and 亿元 add up)."""
    return "money" if q.is_money else q.unit


# Words between a figure's noun and its number ("零售总额为…", "受理投诉共计…").
_LINKING = re.compile(r"(?:为|是|达到|达|共计|合计|总计|累计|共有|共|计|约|近|超过|有)+$")
_NOT_CHINESE = re.compile(r"[^\u4e00-\u9fff]")


def figure_words(d: _Doc, q: Quantity) -> str:
    """The Chinese words of a figure's label, its linking verb dropped: they end with its noun."""
    return d.per_figure("words", q, lambda q: _LINKING.sub("", _NOT_CHINESE.sub("", d.label(q))))


def measure_key(d: _Doc, q: Quantity) -> str:
    """The measure a figure counts, by the last two characters of its words ("、死亡" -> 死亡)."""
    return figure_words(d, q)[-2:]
