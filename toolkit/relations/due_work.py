"""The two sides of a year's work as reports state them in words: what came in this year and what
was carried in from the year before make the work due; what was closed and what goes on into the
next year make it again.

* "新收申请91件,…,另有上年结转申请9件,全年应办理100件": the carried-in figure stated right before
  the figure named as the work due (应办理, 需办理, 共), the year's intake (新收, 收到, 受理) the one
  level before them in the sentence: due = intake + carried in (``added.added_totals`` reads the
  same when 加上 names the addend).
* "办结17件,另2件结转下年度继续办理": the carried-out rest named by its words after it (另, 另有 …
  结转下年度, 转入2024年), the closing before it; ``closings.carried_forward_splits`` reads these as
  it reads "结转下年度3件", with a closing rate (办结率) between the closing and the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .label_index import may_hold
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
# the rest named only by the words before it that say there is more (另, 另有, 尚有): what it is is
# said after it ("另2件结转下年度继续办理", "另有1件转入2024年继续办理")
REST_OPENER = re.compile(r"^[,;]?(?:另有?|尚有|还有|其余|剩余)(?:的)?$")
# carried into the next year, in the words after the figure (the year by name or as 下年)
_FORWARD_AFTER = re.compile(r"^(?:件|个|宗|起|项)?[^,;。\d]{0,16}?(?:(?:结转|转入|转)(?:至|到)?下(?:一)?年|"
                            r"(?:结转|转入)(?:至|到)?\d{4}年)")


def forwarded_after(d: _Doc, q: Quantity) -> bool:
    """Is the figure a rest carried into the next year by the words after it, its own before it
    saying only that there is more ("另2件结转下年度继续办理")?"""
    return bool(REST_OPENER.match(d.clause(q))) and bool(_FORWARD_AFTER.match(d.after(q, 40)))


def closing_before(d: _Doc, q: Quantity) -> Quantity | None:
    """The figure before the carried-out ``q`` in its sentence, past the rates between them ("办结14件,
    办结率82.4%,结转下年度3件": the rate is of the closing, no figure of the balance)."""
    i = q.index - 1
    while i >= 0 and d.qs[i].is_percent and d.qs[i].sentence == q.sentence:
        i -= 1
    return d.qs[i] if i >= 0 else None


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, re.Pattern]:
    return read_section("flows.yaml", "due_work", lambda v, _: {k: re.compile(p) for k, p in v.items()})


def _level(d: _Doc, q: Quantity) -> bool:
    return not q.is_percent and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q) \
        and not d.in_parentheses(q)


def _names(d: _Doc, q: Quantity, words: re.Pattern) -> bool:
    return bool(words.search(_NOT_CJK.sub("", d.clause(q))))


def due_totals(d: _Doc) -> list[Relation]:
    """Due = intake + carried in, where the carried-in figure stands right before the due figure in
    its sentence and one intake level stands before them (no other level of their unit between)."""
    v = _vocabulary()
    out: list[Relation] = []
    for t in may_hold(d, v["due"]):
        if t.index < 2 or not _level(d, t) or not v["due"].search(d.clause(t)):
            continue
        c = d.qs[t.index - 1]
        if c.sentence != t.sentence or not _level(d, c) or not compatible(c, t) or not _names(d, c, v["carried_in"]) \
                or v["added"].search(d.label(c)) or v["none"].search(d.clause(c)):
            continue  # (加上: added_totals reads it)
        levels = [p for p in d.in_range(t.sentence[0], c.start) if _level(d, p) and compatible(p, t)]
        if levels and "其中" in d.s[levels[0].end : levels[-1].start]:
            # "收到申请47件,其中…提出42件,占89.4%;上年结转3件,合计需办理50件": the 其中 figures are
            # parts of the intake, no level beside it
            opened = d.s.index("其中", levels[0].end)
            levels = [p for p in levels if p.start < opened]
        if len(levels) != 1 or not _names(d, levels[0], v["intake"]) or _names(d, levels[0], v["carried_in"]):
            continue  # two levels before: a list or stages, nothing says which is the intake
        out.append(Relation("sum", "sum.due", {"total": t, "parts": [levels[0], c]}))
    return out
