"""A named rate whose numerator names a narrower kind of matter than its base words (catalog/rates.yaml
``counted_objects``: "化解信访积案26件,化解率92.3%") is over a figure naming that kind, or unread."""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Relation
from .structure import _Doc
from .vocab import read_entries

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _objects() -> list[tuple[re.Pattern, re.Pattern]]:
    """(rate name, object words) of ``counted_objects``."""
    return read_entries("rates.yaml", "counted_objects", lambda e: (re.compile(e["rate"]), re.compile(e["object"])))


def of_its_object(d: _Doc, rel: Relation | None) -> Relation | None:
    """``rel`` kept when its base names the object its numerator names, or when the numerator names
    none; else its first reading whose base does, else None (the object's whole is not printed)."""
    if rel is None or rel.kind != "ratio":
        return rel
    pct, num = rel.roles.get("percent"), rel.roles.get("numerator")
    if pct is None or num is None or isinstance(num, list) or not hasattr(num, "index") or num.index < 0:
        return rel
    name = d.label(pct)  # type: ignore[arg-type]
    for rate, obj in _objects():
        if not rate.search(name) or not obj.search(_NOT_CJK.sub("", d.label(num))):
            continue
        roles = [r for r in [rel.roles, *rel.readings] if _names(d, r.get("denominator"), obj)]
        if not roles:
            return None
        return rel if roles[0] is rel.roles else Relation(rel.kind, rel.rule, roles[0], per=rel.per, readings=roles[1:])
    return rel


def _names(d: _Doc, q, obj: re.Pattern) -> bool:
    """Does the base figure's own words (its label, or the words right after it) name the object?"""
    if q is None or isinstance(q, list) or not hasattr(q, "index") or q.index < 0:
        return False
    return bool(obj.search(_NOT_CJK.sub("", d.label(q))) or obj.search(re.split(r"[,;。]", d.after(q, 12))[0]))
