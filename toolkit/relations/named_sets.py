"""A later stage counted among a set named by its earlier stage (bound.named_set): "转派承办单位8.5万件。
截至年底,转派工单中已办结8.3万件", "转办工单15.82万件。…二、办理情况 转办件办结15.61万件" -- the
words before the later stage name the set it is counted in (转派工单, 转办件, 受理的申请), by a stage
word of the same process, earlier than the figure's own. The set is the nearest figure before, in the
reach of a section, named by that earlier stage alone; the later figure is no more than it.

The set's words must end in a noun of work (件, 工单, 案件, 线索…) or 中 ("转派工单中,已办结…"): a verb
chain ("受理并办结") names one figure at two stages, no set. Since the set is named, neither a period
("截至6月30日") nor a paragraph or heading between voids the bound; work carried over named between
the two (上年结转) does, and a figure of the set's stage naming another body or a part (其中…) is no set.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .label_index import may_hold
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .stages import carried_over_at, load_stages, naming, spoken_between, stages_in
from .structure import _Doc

_REACH = 2500  # characters looked back for the set's figure
# the set's words: a noun of work or 中 ends them, then the later stage's words (after 已, a date…)
_SET = re.compile(r"^(?:其中|在|对)?(?P<set>[\u4e00-\u9fff]{1,12}?(?:件|工单|案件|事项|线索|问题|申请|诉求|建议|意见|投诉|举报))"
                  r"(?:中|当中)?[,:]?(?:截至[^,]{1,12}[,]?)?(?P<late>[\u4e00-\u9fff]{1,12})$")
_CHAIN = re.compile(r"并|及|和|且")
_CLAUSES = re.compile(r"[,;:、。]")
_NOT_WORDS = re.compile(r"[^\u4e00-\u9fff,]")


def _level(d: _Doc, q: Quantity) -> bool:
    return not (q.is_percent or q.in_table or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q)
                or d.in_parentheses(q))


def _alike(a: Quantity, b: Quantity) -> bool:
    """Counted in one unit, or in one group of the catalog's ``units`` (件/起/宗…)."""
    return a.unit == b.unit or any(a.unit in g and b.unit in g for g in load_stages().units)


def _words(d: _Doc, q: Quantity) -> str:
    """The figure's clause, with the clause before it when that one ends in 中 ("转派工单中,已办结")."""
    label = d.label(q)
    parts = _CLAUSES.split(label)
    own = parts[-1]
    if len(parts) >= 2 and parts[-2].endswith("中"):
        own = parts[-2] + "," + own
    return _NOT_WORDS.sub("", own)


def named_set_bounds(d: _Doc) -> list[Relation]:
    """Each figure whose words name the set it is counted in, bounded by the set's figure."""
    if "件" not in d.s and "工单" not in d.s:
        return []
    v = load_stages()
    carried = carried_over_at(d, v)
    out: list[Relation] = []
    for q in may_hold(d, _SET):  # (its words are its label's: only the figures whose label holds a gate character)
        if not q.unit or q.is_percent:
            continue
        # (the words first: most figures' words name no set -- then their roles are not read)
        m = _SET.match(_words(d, q))
        if m is None or _CHAIN.search(m.group("set")) or not _level(d, q):
            continue
        early, late = stages_in(m.group("set")), stages_in(m.group("late"))
        pairs = [(pid, early[pid], late[pid]) for pid in late if pid in early and early[pid] < late[pid]]
        if len(pairs) != 1:
            continue
        pid, want, _ = pairs[0]
        e = _the_set(d, q, pid, want, m.group("set"), early)
        if e is None or e.sentence == q.sentence or spoken_between(carried, e.end, q.start):
            continue  # (in one sentence the funnels pair them)
        out.append(Relation("bound", "bound.named_set", {"smaller": q, "larger": e}))
    return out


def _the_set(d: _Doc, q: Quantity, pid: str, want: int, words: str, named: dict[str, int]) -> Quantity | None:
    """The one figure before ``q`` in reach of stage ``want`` of ``pid`` whose own words hold the set's
    ("办结工单" is not "实际解决…"), naming it at no later stage of another process than the set's words
    do ("按时办结" is a part of "办结件"); two such figures (即时办结, 已办结): None."""
    core = _NOT_CORE.sub("", words)
    found: list[Quantity] = []
    for e in reversed(d.in_range(max(0, q.start - _REACH), q.start)):
        if e.index >= q.index or not e.unit or not compatible(e, q) or not _alike(e, q):
            continue
        n = naming(d, e)
        if n is None or n.stages.get(pid) != want or core not in d.label(e):
            continue
        if found or not _level(d, e) or "其中" in d.clause(e) or any(
                st > named[other] for other, st in n.stages.items() if other != pid and other in named):
            return None  # two figures of the set's stage (each a reading), or a part of it: which is open
        found.append(e)
    return found[0] if found else None


# words of a set's name that name no stage ("对办结工单": 办结)
_NOT_CORE = re.compile(r"^(?:其中|在|对)+|的|已|件$|(?:工单|案件|事项|线索|问题|申请|诉求|建议|意见|投诉|举报)$")
