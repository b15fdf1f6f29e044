"""Carry-over words that speak of one process only: they void that process's funnels, not others.

``stages.yaml``'s ``carry_over`` words void every funnel around them (上年结转, 累计). Some of
them say something of one process alone: a penalty by the summary procedure (简易程序, 当场处罚)
needs no filed case, so decisions may outnumber the cases filed (``enforcement``); staff over the
quota (超编) may outnumber the posts set (``staff``). Such a word, named under ``voids_only``, leaves
the funnels of every other process standing ("…适用简易程序办理57件。移送涉嫌犯罪案件6件,公安机关
已立案5件": the referral funnel holds whatever the summary procedure did).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from .stages import Stages, carried_over_at
from .structure import _Doc

_PATH = "toolkit/catalog/stages.yaml"


@lru_cache(maxsize=1)
def voids_only() -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """``voids_only``: {process id: words}, each as (the words, the processes they void)."""
    text = resources.files("toolkit").joinpath("catalog/stages.yaml").read_text(encoding="utf-8")
    return parse_voids_only(yaml.safe_load(text).get("voids_only"))


def parse_voids_only(value: object) -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """Validate ``voids_only`` (a mapping of process ids to lists of words)."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise CatalogError("expected a mapping of process ids to words", path=_PATH, location="voids_only")
    out = []
    for pid, words in value.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            raise CatalogError("expected a list of words", path=_PATH, location=f"voids_only.{pid}")
        try:
            pat = re.compile("|".join(f"(?:{w})" for w in words))
        except re.error as exc:
            raise CatalogError(f"bad regular expression: {exc}", path=_PATH, location=f"voids_only.{pid}") from exc
        out.append((pat, frozenset({pid})))
    return tuple(out)


def carried_over_for(d: _Doc, v: Stages, processes: set[str] | frozenset[str]) -> list[int]:
    """Where each carry-over word starts that may void a funnel of ``processes``: every one but
    the words that speak of other processes only (a sorted list, as ``carried_over_at``'s)."""
    every = carried_over_at(d, v)
    only = voids_only()
    if not every or not only:
        return every
    key = "carried_over_for:" + ",".join(sorted(processes))
    found = d.cache.get(key)
    if found is None:
        found = d.cache[key] = [k for k in every if not _of_other_processes(d, k, only, processes)]
    return found  # type: ignore[return-value]


def _of_other_processes(d: _Doc, k: int, only, processes) -> bool:
    """Does the carry-over word at ``k`` speak only of processes other than ``processes``? (A word
    may speak of several: 简易程序 of the cases closed and of the penalties decided.)"""
    of = frozenset().union(*(pids for pat, pids in only if pat.match(d.s, k) is not None))
    return bool(of) and not of & set(processes)
