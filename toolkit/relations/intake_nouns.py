"""The earliest stage of a process named by what it counts, with no verb ("群众来信来访1,208件,办结
1,153件", "共18个问题,已整改16个", "全年工单总量8.6万件,办结8.4万件"): what came in, what was found.

A figure naming no stage word at all, whose words are (after words of period, total, or a few of
what it is about) one of the nouns ``catalog/stages.yaml`` lists under ``named_by_object``, and
which opens its sentence (the first figure of it, no item of a list), is at that process's first
stage: the funnel family may bound a later stage of the process after it by it. A noun a list names
("来信120件、来访80件…,办结450件") or one named with a word of stock or of a part (在办, 剩余, 其中)
is no intake: nothing is read.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..quantities import Quantity
from .items import _LISTED
from .stages import _Named, _stage_in, load_stages
from .structure import _Doc
from .vocab import catalog_yaml


@lru_cache(maxsize=1)
def _nouns() -> tuple[re.Pattern | None, tuple[tuple[str, re.Pattern], ...]]:
    """(the words that keep a figure from being an intake, per process its nouns as one pattern)."""
    data = catalog_yaml("stages.yaml").get("named_by_object") or {}
    refuse = data.get("refuse")
    rows = tuple((str(e["process"]), re.compile(f"(?:{e['nouns']})$")) for e in data.get("processes") or ())
    return (re.compile(refuse) if refuse else None), rows


def named_by_object(d: _Doc, r: Quantity, c: _Named) -> _Named:
    """``c`` with the first stage of the process its noun names, when ``r`` opens its sentence and
    its words are that noun (see module doc); else ``c`` as it is."""
    if c.stages or c.mentions:
        return c
    refuse, rows = _nouns()
    words = c.words
    hit = {pid: 0 for pid, pat in rows if pat.search(words)}
    if not hit or (refuse is not None and refuse.search(words)):
        return c
    if _LISTED.match(d.label(r)) or "其中" in d.s[r.sentence[0] : r.start]:
        return c  # "来信120件、来访80件": an item, not what came in
    first = d.before(r.sentence[0])  # the first figure of the sentence
    if first < len(d.qs) and d.qs[first].index != r.index:
        return c
    return dataclasses.replace(c, stages=hit, mentions=True)


_ITEM = re.compile(r"、([\u4e00-\u9fff]{2,12})$")  # the words of a 、 item after the first


def item_named_again(d: _Doc, r: Quantity, c: _Named, later: _Named) -> _Named:
    """``c`` with the stages the verb leading its 、 list names for it (and its own), when the later
    figure names the item again ("提出抗诉12件、再审检察建议34件,法院采纳再审检察建议43件": 提出 leads each item,
    the adoption counts the second one); else ``c`` as it is."""
    if r.index == 0 or any(c.stages.get(pid, lvl) < lvl for pid, lvl in later.stages.items()):
        return c  # (an item named by an earlier stage of its own: read as it is)
    m = _ITEM.search(d.label(r))
    if m is None or m.group(1) not in later.words:
        return c
    k = r.index
    while k > 0 and _ITEM.search(d.label(d.qs[k])) and d.qs[k - 1].unit == r.unit and not d.qs[k - 1].is_percent:
        k -= 1
    if k == r.index or _ITEM.search(d.label(d.qs[k])) or "其中" in d.label(d.qs[k]):
        return c
    v = load_stages()
    lead = d.clause(d.qs[k]) + m.group(1)  # the lead's words with the item's noun: "提出抗诉再审检察建议"
    stages = {pid: level for pid, befores, *_ in v.processes_met(lead)
              if (level := _stage_in(lead, befores, v)) is not None}
    if not stages or not any(pid in stages and stages[pid] < lvl for pid, lvl in later.stages.items()):
        return c
    return dataclasses.replace(c, stages={**stages, **c.stages}, mentions=True)
