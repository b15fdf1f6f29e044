"""Kinds that exclude each other (``exclusive_kinds`` of ``catalog/breakdowns.yaml``): a name
qualified by one kind (户籍人口, 农村居民, 出口额) is never a figure qualified by another kind of the
same set (常住人口, 城镇居民, 进口额)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def exclusive_kinds() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each set of kinds, each kind with its synonyms ("城镇/农村|乡村": 农村 and 乡村 are one kind)."""
    text = resources.files("toolkit").joinpath("catalog/breakdowns.yaml").read_text(encoding="utf-8")
    groups = (yaml.safe_load(text) or {}).get("exclusive_kinds") or []
    return tuple(tuple(tuple(k.split("|")) for k in g.split("/")) for g in groups)


def of_another_kind(label: str, words: str) -> bool:
    """Do ``words`` say one kind of a set and ``label`` another kind of it, not the words' own? (A
    median is a statistic of its own too: "可支配收入" names the mean, never "…收入中位数".)"""
    if "中位数" in label and "中位数" not in words:
        return True
    for group in exclusive_kinds():
        said = [kind for kind in group if any(w in words for w in kind)]
        if len(said) != 1 or any(w in label for w in said[0]):
            continue
        if any(w in label for kind in group if kind is not said[0] for w in kind):
            return True
    return False
