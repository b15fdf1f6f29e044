"""Events counted by the harm they did, and the people so harmed: "发生死亡事故94起,共造成108人死亡",
"亡人火灾12起,死亡15人" -- each such event harmed one at least, so the events are no more than the
people (``bound.victims``). The kinds of events and their harm words are data (``catalog/stages.yaml``
``victims``).

Read in one sentence: an event figure (its clause ending with the kind's event words, a level of the
period: no change, no earlier period, no qualifier; a 其中 kind too) and the first figure after it, before the next
event figure of the kind, counting people (人, 名) named by the kind's harm word right before it
("死亡108人") or right after it ("108人死亡"), no 其中 part and no change ("死亡人数减少8人"). Plain
events ("事故94起,死亡108人") are no such count: an accident may harm no one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation
from .stages import load_stages
from .structure import _Doc
from .vocab import catalog_yaml

_PEOPLE = frozenset({"人", "名"})
_EVENTS = frozenset({"起", "宗", "件", "次"})
_CAUSED = re.compile(r"(?:造成|导致|致使|致|共|计)$|^$")  # "共造成108人死亡": the harm named after the people


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[re.Pattern, re.Pattern, re.Pattern], ...]:
    """Per kind: (event words ending a clause, harm words ending one, harm words opening the words after)."""
    rows = catalog_yaml("stages.yaml").get("victims") or ()
    return tuple((re.compile(f"(?:{e['events']})$"), re.compile(f"(?:{e['harmed']})(?:人数)?(?:为|达)?$"),
                  re.compile(f"^(?:{e['harmed']})")) for e in rows)


def _a_level(d: _Doc, q: Quantity, clause: str) -> bool:
    """A figure of the period: no change, no earlier period, no qualifier (以上), no aside."""
    return not q.qualifier and not q.is_percent and not load_stages().not_a_level.search(clause) \
        and not d.in_parentheses(q)


def victim_bounds(d: _Doc) -> list[Relation]:
    kinds = _kinds()
    out: list[Relation] = []
    for _, _, figures in d.figure_sentences():
        for events, before, after in kinds:
            at = [q for q in figures if q.unit in _EVENTS and events.search(d.clause(q))]
            for n, e in enumerate(at):
                if not _a_level(d, e, d.clause(e)):
                    continue
                stop = at[n + 1].start if n + 1 < len(at) else len(d.s)
                for q in figures:
                    if q.start <= e.end or q.start >= stop or q.unit not in _PEOPLE:
                        continue
                    clause = d.clause(q)
                    if before.search(clause) or (after.match(d.after(q, 6)) and _CAUSED.search(clause)):
                        if _a_level(d, q, clause) and "其中" not in clause:  # (the dead of a part: "其中…死亡8人")
                            out.append(Relation("bound", "bound.victims", {"smaller": e, "larger": q}))
                        break
    return out
