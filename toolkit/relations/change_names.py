"""Which level a change belongs to when the sentence lists several: the level named like the change's
own words or its difference's ("…起数和死亡人数分别下降…"), the figures assigned to names, the closest
level -- the naming helpers of ``changes``."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bases import cjk as _cjk
from .model import compatible
from .roles import (
    DOWN_WORDS,
    REF,
    UP_WORDS,
    measure_names,
    name_fits,
)
from .structure import _Doc, _overlap

# (compiled once: read per figure or per list)
_CHANGE_WORDS = re.compile(r"(同比|环比|上升|增长|增加|提高|下降|减少|降低|人数|起数|数量|,|、|;|均|分别)")

_NOT_A_NAME = re.compile(rf"{REF.pattern}|{UP_WORDS}|{DOWN_WORDS}|增幅|降幅|幅度|增速|增长率|率|为|了|达到|达|约|近|分别|均|同期|相比|与|较|比")


def _names_another_measure(d: _Doc, delta: Quantity, pct: Quantity) -> bool:
    """Does the percent's own clause, after the delta's, name a measure the delta's words do not
    ("受伤人数增加3人,直接财产损失上升10.2%"; not "增加215件,增幅为11.17%")?"""
    if not re.search(r"[,;]", d.s[delta.end : pct.start]):
        return False  # "增加3起、上升8.6%": one clause, one measure
    name = _NOT_A_NAME.sub("", d.own_words(pct))
    return len(name) >= 2 and _overlap(name, d.own_words(delta)) < 2


def _named_fits(d: _Doc, level: Quantity, delta: Quantity) -> bool:
    """Does the level fit the one measure the delta's words name, if they name one ("受伤人数减少17人"
    is not the change of "死亡118人")?"""
    names = measure_names(d.label(delta))
    return len(names) != 1 or name_fits(d, level, names[0])


def _level_of(subjects: list[Quantity], delta: Quantity, d: _Doc) -> Quantity | None:
    """The level a delta is the change of: the one figure of its unit (then of its unit group);
    among several, the one the delta's words name ("死亡人数减少2人": 死亡7人, not 受伤4人)."""
    same = [s for s in subjects if s.unit == delta.unit and s.index < delta.index]
    if len(same) == 1:
        # (not when the delta names a measure the figure is not: "死亡118人。…受伤人数减少17人")
        return same[0] if _named_fits(d, same[0], delta) else None
    if len(same) > 1:
        names = measure_names(d.label(delta))
        named = [s for s in same if len(names) == 1 and name_fits(d, s, names[0])]
        return named[0] if len(named) == 1 else None
    if not same and not delta.is_money:
        group = [s for s in subjects if compatible(s, delta) and s.index < delta.index]
        return group[0] if len(group) == 1 else None
    if not same and delta.is_money:
        money = [s for s in subjects if s.is_money and s.index < delta.index]
        return money[0] if len(money) == 1 else None
    return None


def _named_like(d: _Doc, subjects: list[Quantity], delta: Quantity) -> Quantity | None:
    """The one level of the delta's unit whose words the delta's words share ("败诉87件" for
    "败诉案件较上年减少14件")."""
    words = re.sub(r"[^\u4e00-\u9fff]", "", d.label(delta))
    scored = [(_overlap(re.sub(r"[^\u4e00-\u9fff]", "", d.label(q)), words), q) for q in subjects
              if q.unit == delta.unit and q.index < delta.index]
    best = max((sc for sc, _ in scored), default=0)
    top = [q for sc, q in scored if sc == best]
    return top[0] if best >= 2 and len(top) == 1 else None


def _assign(d: _Doc, subjects: list[Quantity], names: list[str]) -> list[Quantity]:
    """One distinct figure for each measure name, in the names' order; [] unless the names decide
    it ("签约人数和重点人群签约人数": the second fits one figure, so the first is the other)."""
    cands = [[q for q in subjects if name_fits(d, q, n)] for n in names]
    picked: list[Quantity | None] = [None] * len(names)
    changed = True
    while changed:
        changed = False
        taken = {p.index for p in picked if p is not None}
        for i, cs in enumerate(cands):
            left = [q for q in cs if q.index not in taken]
            if picked[i] is None and len(left) == 1:
                picked[i] = left[0]
                taken.add(left[0].index)
                changed = True
    return [p for p in picked if p is not None] if all(p is not None for p in picked) else []


def _named(d: _Doc, subjects: list[Quantity], name: str) -> Quantity | None:
    """The one figure of ``subjects`` a measure name ("事故起数", "死亡人数") names."""
    fits = [q for q in subjects if name_fits(d, q, name)]
    return fits[0] if len(fits) == 1 else None


def _named_subject(d: _Doc, subjects: list[Quantity], lab: str) -> Quantity | None:
    """"起数同比下降16.67%" / "受伤人数上升20%": the figure the change names."""
    cands = subjects
    if "起数" in lab:
        cands = [q for q in subjects if q.unit == "起"] or subjects
    elif "人数" in lab or "人次" in lab:
        cands = [q for q in subjects if q.unit in ("人", "名", "人次")] or subjects
    words = _cjk(re.sub(r"\d{4}年度?", "", _CHANGE_WORDS.sub("", lab)))  # (years name no measure: "2025年比2024年增长")
    if len(words) >= 2:
        best = max(cands, key=lambda q: _overlap(d.label(q), words))
        if _overlap(d.label(best), words) >= 2:
            return best
    if len(cands) == 1 and cands is not subjects:
        return cands[0]
    return None


def _closest(subjects: list[Quantity], deltas: list[Quantity]) -> Quantity:
    for delta in deltas:
        earlier = [q for q in subjects if q.index < delta.index and compatible(q, delta)]
        if earlier:
            return earlier[-1]
    return subjects[-1]
