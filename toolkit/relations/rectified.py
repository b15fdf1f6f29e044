"""What was found is put right, partly put right or still being put right ("审计指出问题183个,已整改
156个,正在整改27个"; "排查隐患420处,已整改到位398处,尚未整改22处").

The statuses of one finding exclude each other, so the figures that follow the problems found, one
per status, are parts of that figure: adding up past it is an error, whatever status the text leaves
out; a done part beside its complement (尚未整改) is all of it, so a shortfall fails too. A list of
done and in progress (正在整改) that falls short may leave a status out (not yet begun): no sum then
(the bounds are ``stages``').
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .label_index import after_holding, gate_chars, holding_any, merged
from .model import Relation, compatible
from .structure import _Doc

# the found figure's noun, in its own clause (before or right after the figure: "…168个问题")
_FOUND = re.compile(r"问题|隐患")
_DONE = re.compile(r"^(?:已经?(?:完成)?整改(?:完成|到位|完毕)?|完成整改|整改(?:完成|到位|完毕))$")
_PARTLY = re.compile(r"^(?:已经?)?部分整改$")
_PENDING = re.compile(r"^(?:正在整改|整改中|持续整改|正在推进整改)$")
_NOT_YET = re.compile(r"^(?:尚未|未)(?:完成)?整改(?:到位)?$")
_SPLIT = re.compile(r"[,;:、]")
_TAIL = re.compile(r"(?:的)?(?:问题|隐患)?$")
_REACH = 5  # figures after the found one
_IN_WHICH = re.compile(r"^其中")  # (compiled once: read for the figures after each one found)


def _status(d: _Doc, q: Quantity) -> str | None:
    """The status a figure's own clause names ("已完成整改" -> done), None for none."""
    clause = _TAIL.sub("", _IN_WHICH.sub("", _SPLIT.split(d.label(q))[-1]))
    for name, pat in (("done", _DONE), ("partly", _PARTLY), ("pending", _PENDING), ("not_yet", _NOT_YET)):
        if pat.match(clause):
            return name
    return None


def _found(d: _Doc, q: Quantity) -> bool:
    """Does the figure count problems or hazards found (its clause names them, before or after it)?"""
    clause = _SPLIT.split(d.label(q))[-1]
    after = _SPLIT.split(d.s[q.end : q.end + 12])[0]
    return bool(_FOUND.search(clause) or _FOUND.match(after))


def rectified_splits(d: _Doc) -> list[Relation]:
    """A sum of the statuses right after a figure of problems found, when they add up to it, past it,
    or name the complement of the done part."""
    out: list[Relation] = []
    if "问题" not in d.s and "隐患" not in d.s:
        return out  # (every figure found names one: a report without either has none)
    # (``_found`` holds only for a figure whose label holds a gate character of ``_FOUND`` or whose
    # next two characters do: the noun right after it, "…168个问题" -- a figure never starts with one)
    gate = gate_chars(_FOUND)
    for q in d.qs if gate is None else merged(holding_any(d, gate), after_holding(d, gate, 2)):
        # (``_found`` first: it is cheaper than ``_status`` and false for most figures; both pure)
        if q.is_percent or not _found(d, q) or _status(d, q) is not None:
            continue
        parts: list[Quantity] = []
        seen: set[str] = set()
        for p in d.qs[q.index + 1 : q.index + 1 + _REACH]:
            if p.sentence != q.sentence:
                break
            if p.is_percent:
                continue
            status = _status(d, p)
            if status is None or status in seen or not compatible(p, q) or p.unit != q.unit:
                break
            seen.add(status)
            parts.append(p)
        if len(parts) < 2 or _status(d, parts[0]) != "done":
            continue
        head = _head_of_its_list(d, q)
        if head is not None:
            if ";" not in d.s[q.end : parts[0].start]:
                continue  # "…其中重大隐患14条、一般隐患90条,已整改…": of that kind or of all, open
            q = head  # "…其中重大隐患14条、一般隐患90条;已整改…": the ";" closes the kinds: of all
        total = sum((p.value for p in parts), Decimal(0))
        if total == q.value or total > q.value or "not_yet" in seen:
            out.append(Relation("sum", "sum.breakdown", {"total": q, "parts": parts}))
    return out


def _head_of_its_list(d: _Doc, q: Quantity) -> Quantity | None:
    """The figure of problems found whose 其中 list ``q`` is an item of, in its sentence ("排查隐患
    2,318条,其中重大隐患14条、一般隐患2,304条": 2,318 for the 2,304), None when ``q`` is no such item."""
    for p in reversed(d.qs[max(0, q.index - _REACH) : q.index]):
        if p.sentence != q.sentence:
            break
        if not p.is_percent and p.unit == q.unit and "其中" in d.s[p.end : q.start] and _found(d, p):
            return p
    return None
