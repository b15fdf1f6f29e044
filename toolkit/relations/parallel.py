"""Two lists of one set of names at two stages of a process: the later bounded name by name.

"受理消费投诉12,406件、举报3,206件,办结投诉12,312件、举报3,106件": the first list names what came
in, the second what of it was closed, each item by the same noun in the same order (投诉, 举报).
Each later item is bounded by the earlier item of its name (``bound.stage``). Read only when both
lists are in one sentence, have the same length, their names match position by position (one
contains the other: 消费投诉 / 投诉) and differ from each other, and one process of stages.yaml
names the second list's stage later than the first's. A stage word naming a list, not a figure,
leaves the ordinary funnel silent here ("受理投诉50件、咨询120件,办结160件"): this family reads
the lists only when each item is named.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .stages import _NOT_CJK, carried_over_at, load_stages, naming
from .structure import _Doc

_ITEM = re.compile(r"、([\u4e00-\u9fff]{1,8})")  # "、举报": an item named by a noun alone


def _runs(d: _Doc) -> list[tuple[dict[str, int], list[str], list[Quantity]]]:
    """Each list opened by a figure named by a stage and a noun and continued by "、noun" items:
    its stages, the names of its items and its figures, in reading order."""
    out = []
    qs = d.qs
    i = 0
    while i < len(qs):
        q = qs[i]
        run = [q]
        names: list[str] = []
        while i + len(run) < len(qs):
            nxt = qs[i + len(run)]
            lab = d.label(nxt)
            m = _ITEM.fullmatch(lab) if lab[:1] == "、" else None  # (a match opens with 、)
            if m is None or nxt.sentence != q.sentence or not compatible(nxt, q) or nxt.unit != q.unit:
                break
            run.append(nxt)
            names.append(m.group(1))
        if len(run) > 1 and not any(x.is_percent or x.in_table or is_delta(d, x) or is_previous(d, x) for x in run):
            first = naming(d, q)
            head = _NOT_CJK.sub("", first.rest) if first is not None else ""
            if first is not None and first.stages and head:
                out.append((first.stages, [head, *names], run))
        i += len(run)
    return out


def _same_names(a: list[str], b: list[str]) -> bool:
    """Position by position one name holds the other, and the names of a list differ."""
    return len(a) == len(b) and len(set(b)) == len(b) and all(x in y or y in x for x, y in zip(a, b, strict=True))


def parallel_funnels(d: _Doc) -> list[Relation]:
    """Later-stage items bounded by the earlier-stage items of the same name (module doc)."""
    runs = _runs(d)
    carried = carried_over_at(d, load_stages())
    out: list[Relation] = []
    for (early, names_a, a), (late, names_b, b) in itertools.pairwise(runs):
        if a[0].sentence != b[0].sentence or not _same_names(names_a, names_b):
            continue
        if not any(pid in early and early[pid] < lvl for pid, lvl in late.items()):
            continue  # no process names the second list's stage later than the first's
        k = bisect.bisect_left(carried, a[0].sentence[0])
        if k < len(carried) and carried[k] < b[-1].sentence[1]:
            continue  # older work in the later stage
        out += [Relation("bound", "bound.stage", {"smaller": y, "larger": x}) for x, y in zip(a, b, strict=True)]
    return out
