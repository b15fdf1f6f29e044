"""What the later figure of a funnel names besides its stage: the kind of administrative matter
(stages.yaml ``matters``) and a thing of its own the earlier figure's sentence does not name."""

from __future__ import annotations

from .settled import settled_beside_orders
from .stages import _NOT_CJK, Stages, _Named, _strip, load_stages
from .structure import _Doc

__all__ = ["another_matter", "names_its_own_object", "settled_beside_orders"]


def another_matter(d: _Doc, later: _Named, earlier: _Named) -> bool:
    """Do the two figures' words name two different kinds of administrative matter and none in
    common ("办理行政处罚案件156件。作出行政许可决定2,318件": a licence decided is no stage of a
    penalty case, though 作出…决定 follows 办理 in both processes)? Or is the later figure settled at
    once beside the work orders the earlier one counts ("形成工单5,842件,直接答复7,432件": settled.py)?"""
    if settled_beside_orders(d, later, earlier):
        return True
    matters = load_stages().matters
    if matters is None:
        return False
    a = {m.group() for m in matters.finditer(later.words)}
    b = {m.group() for m in matters.finditer(d.s[earlier.q.sentence[0] : earlier.q.start])}
    return bool(a) and bool(b) and not a & b


def names_its_own_object(d: _Doc, v: Stages, p: _Named, c: _Named) -> bool:
    """Does the later figure ``p`` name, besides the stage words of the processes it shares with the
    earlier ``c``, a thing ``c``'s sentence does not ("办理人大代表建议和政协提案798件。受理投诉举报2,610件":
    投诉举报, which a word of another process -- 受理…举报 of leads -- swallows whole)?"""
    shared = {pid for pid, lvl in p.stages.items() if c.stages.get(pid, lvl) < lvl}
    pats = [pat for pid, levels in v.processes if pid in shared for pair in levels for pat in pair if pat is not None]
    own = _NOT_CJK.sub("", v.neutral.sub("", _strip(p.words, pats)))
    # (three characters at least: two are often a manner, "电话回访" after "办结3,171件", not a thing)
    return len(own) >= 3 and not set(own) <= set(d.s[c.q.sentence[0] : c.q.start])
