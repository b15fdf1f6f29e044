"""Wholes that named parts make up by definition (catalog/partitions.yaml): "地区生产总值412.36亿元,
…增长5.8%。第一产业增加值48.17亿元,第二产业增加值171.52亿元,第三产业增加值192.67亿元" adds up with no
其中, because the three industries are all of the product.

A whole is a level whose own words name it; its parts are the first level after each part's name,
in the catalog's order, in the whole's sentence or the one after, of the whole's unit, with no
other figure naming the whole between them (a per-capita product, last year's product). Any part
missing, and nothing is read; parts that do not add up exactly are not read either (each printed
figure is rounded on its own), so the model confirms a list and lets its structure (三次产业结构
a:b:c) be checked, and never fails a sum by itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .label_index import may_hold
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .structure import SENT_END, _Doc
from .vocab import read_entries


@lru_cache(maxsize=1)
def _partitions() -> list[tuple[re.Pattern, list[str]]]:
    return read_entries("partitions.yaml", "partitions",
                        lambda e: (re.compile(str(e["whole"])), [str(p) for p in e["parts"]]))


@lru_cache(maxsize=1)
def _exact() -> list[tuple[re.Pattern, list[str]]]:
    """The entries marked ``exact``: accounts kept to the cent, whose parts make the whole as printed."""
    entries = read_entries("partitions.yaml", "partitions",
                           lambda e: (re.compile(str(e["whole"])), [str(p) for p in e["parts"]], bool(e.get("exact"))))
    return [(whole, parts) for whole, parts, exact in entries if exact]


def defined_by_its_parts(whole_label: str, names: str, count: int) -> bool:
    """Do ``names`` (the names a 分别 list maps onto ``count`` figures) name each part of an ``exact``
    whole of partitions.yaml, in order, that ``whole_label`` names ("“三公”经费支出42.86万元。因公出国
    (境)费、公务用车购置及运行费、公务接待费分别为…": the list is the whole by definition, and may fail)?"""
    if "预算" in whole_label and "预算" not in names:
        return False  # "“三公”经费预算50万元。…分别为…": the list may be of the outturn
    for whole, parts in _exact():
        if len(parts) != count or not whole.search(whole_label):
            continue
        at = 0
        for name in parts:
            at = names.find(name, at)
            if at < 0:
                break
            at += len(name)
        else:
            return True
    return False


def named_partitions(d: _Doc) -> list[Relation]:
    out: list[Relation] = []
    for whole_words, names in _partitions():
        if names[0] not in d.s:
            continue
        for w in may_hold(d, whole_words):  # (only the figures whose label holds a character every match needs: label_index)
            if w.is_percent or is_delta(d, w) or is_previous(d, w) or is_per_n(d, w) \
                    or not whole_words.search(d.label(w)) or "人均" in d.label(w):
                continue
            end = d.next_end(d.next_end(w.end, SENT_END) + 1, SENT_END)
            parts = []
            for k in range(w.index + 1, len(d.qs)):  # (no slice copy: the loop stops at ``end``)
                q = d.qs[k]
                if q.start > end or (len(parts) < len(names) and whole_words.search(d.label(q))):
                    break
                if q.is_percent or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q):
                    continue
                own = re.split(r"[,;:。、]", d.label(q))[-1]
                if len(parts) < len(names) and names[len(parts)] in own:
                    if not compatible(q, w):
                        break
                    parts.append(q)
                elif any(n in own for n in names):
                    break  # a part named again, or out of order: not the one list
            # Only parts that add up exactly: printed industries need not sum to a printed product
            # (each rounded on its own, or at other prices), so a gap is no error the words assert.
            if len(parts) == len(names) and sum(p.value for p in parts) == w.value:
                out.append(Relation("sum", "sum.named_partition", {"total": w, "parts": parts}))
    return out
