"""'All' words between two figures of a funnel: every one of the earlier figure went on.

"收到申请5件,均在法定期限内作出答复,出具答复书5份": an 'all' word (均, 全部) followed in its clause by
the later figure's stage word says the later stage took all of the earlier figure -- not a part
named before the word, not all of a list, not "已全部答复的有409条" (which counts those all answered),
and not a plan made for every one ("已全部制定整改方案,已整改31个"). Read by ``bounds``.
"""

from __future__ import annotations

import functools
import re

from ..quantities import Quantity
from .model import compatible
from .stages import _PUNCT, Stages, _Named, naming
from .structure import _Doc
from .vocab import catalog_yaml

_OF_WHICH = re.compile(r"的(?:有|为|是|达|计|共)?$")  # a clause naming those counted by the figure after it
_JOINED = re.compile(r"[、和及与][\u4e00-\u9fff]{0,10}")  # (``fullmatch``)


def _takes_all(d: _Doc, v: Stages, larger: Quantity, p: _Named) -> bool:
    """"收到申请5件,均在法定期限内作出答复,出具答复书5份": between the two figures, an 'all'
    word followed in its clause by the later figure's stage word -- every one went on."""
    between = d.s[larger.end : p.q.start]
    if "其中" in between:
        return False  # "其中48件均已办结": a part, all of which were closed
    if first_of_its_stage_list(d, p):
        return False  # "均已答复。答复结果:予以公开5件,部分公开2件": the first outcome, not all of them
    levels = dict(v.processes)
    for m in v.every.finditer(between):
        head = _PUNCT.split(between[: m.start()])[-1]
        if not re.fullmatch(r"(?:已|并|且|依法|都|也)*", head):
            continue  # "对实名来信均予以答复": all of a part named before the word
        if any(not f.is_percent and not d.in_parentheses(f) for f in d.in_range(larger.end, larger.end + m.start())):
            continue  # "来信312件、来访186批次,均已办结": all of a list, not of its first figure
        tail = _PUNCT.split(between[m.end() : m.end() + 16])[0]
        if m.end() + len(tail) == len(between) and _OF_WHICH.search(tail):
            continue  # "已全部答复的有409条": the figure counts those all answered, it says not all were
        if m.end() + len(tail) == len(between) and _rest_after(d, p.q):
            continue  # "办理215件,已全部答复208件,结转下年度7件": the sentence names the rest -- not all
        if listed_after_colon(d, larger.end + m.end() + len(tail), p.q):
            continue  # "均已答复:同意公开2件,信息不存在1件": a colon opens the list of how, the figure is its first item
        plans = _plans()
        for pid, level in p.stages.items():
            for pat in levels[pid][level]:
                hit = pat.search(tail) if pat is not None else None
                # ("已全部制定整改方案,已整改31个": a plan for every one -- the stage word names the plan)
                if hit is not None and not (plans is not None and plans.match(tail, hit.end())):
                    return True
    return False


_REST_WORDS = re.compile(r"结转|尚未|正在|仍在|未办结|未答复|在办")


def _rest_after(d: _Doc, q: Quantity) -> bool:
    """Does a figure of ``q``'s unit after it in its sentence name work left over (结转, 尚未…)?"""
    return any(not f.is_percent and compatible(f, q) and _REST_WORDS.search(d.own_words(f))
               for f in d.in_range(q.end, q.sentence[1]))


def first_of_its_stage_list(d: _Doc, p: _Named) -> bool:
    """Is ``p``'s figure followed in its sentence by another figure of its unit named by the same
    stage ("予以公开5件,部分公开2件")? It is then the first item of a list of that stage."""
    k = p.q.index + 1
    nxt = d.qs[k] if k < len(d.qs) else None
    if nxt is None or nxt.is_percent or nxt.unit != p.q.unit or nxt.sentence != p.q.sentence:
        return False
    other = naming(d, nxt)
    return other is not None and any(other.stages.get(pid) == lvl for pid, lvl in p.stages.items())


def listed_after_colon(d: _Doc, at: int, q: Quantity) -> bool:
    """Does a colon at ``at`` (right after an 'all' clause) open a list whose first item is ``q`` --
    another figure of its unit follows it in its sentence? "均已答复:同意公开2件,信息不存在1件" says
    how the answered ones went, each item a part of them, not all of them."""
    if not d.s.startswith(":", at) or q.start < at:
        return False
    k = q.index + 1
    nxt = d.qs[k] if k < len(d.qs) else None
    return nxt is not None and not nxt.is_percent and nxt.unit == q.unit and nxt.sentence == q.sentence


@functools.lru_cache(maxsize=1)
def _plans() -> re.Pattern | None:
    """``plans`` of stages.yaml: words after a stage word naming a plan or paper for the work."""
    words = catalog_yaml("stages.yaml").get("plans")
    return re.compile(str(words)) if words else None


def _all_of_its_list(d: _Doc, v: Stages, larger: Quantity, p: _Named) -> bool:
    """Is ``larger`` the first item of a list (、/和) that an 'all' word closes before ``p``?"""
    nxt = d.qs[larger.index + 1] if larger.index + 1 < p.q.index else None
    if nxt is None or nxt.is_percent or not _JOINED.fullmatch(d.s[larger.end : nxt.start]):
        return False
    return v.every.search(d.s, nxt.end, p.q.start) is not None
