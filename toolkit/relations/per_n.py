"""Rates per N of a stated base: "每千人口床位数6.12张" over the population the report states."""

from __future__ import annotations

import re

from .model import Relation
from .shares import _TARGETED
from .structure import _Doc, _overlap

_PER_HEAD = re.compile(r"每(千|万|十万)(人|人口|常住人口|户籍人口|居民)(拥有|平均|均)?(?P<what>[^,;:。\d]{1,16})$")
_PER_SCALE = {"千": 1000, "万": 10_000, "十万": 100_000}
_POPULATION = re.compile(r"(常住|户籍|总|年末|年平均|平均)人口(数|总数)?(为|达|达到|约|共)?$")


def _per_capita(d: _Doc) -> list[Relation]:
    """"每千人口床位数6.12张" with "床位2.86万张" and "常住人口467.3万人": a rate per thousand
    (ten thousand) people of a figure stated in the report, over the population it states."""
    out: list[Relation] = []
    pops = [q for q in d.qs if q.unit in ("人", "名") and not q.is_percent and _POPULATION.search(d.label(q))]
    if not pops:
        return out
    for q in d.qs:
        if q.is_percent or not q.unit:
            continue
        m = _PER_HEAD.search(d.label(q))
        if not m:
            continue
        what = re.sub(r"[()]|数|量|发生率|拥有量|拥有|率|为|达到|达|有", "", m.group("what"))
        if len(what) < 2:
            continue
        cands = [p for p in d.qs[: q.index] if not p.is_percent and p.unit == q.unit
                 and not _PER_HEAD.search(d.label(p)) and not _TARGETED.search(d.s[p.sentence[0] : p.start])
                 and p.start >= q.start - 1500]
        scored = [(_overlap(re.sub(r"[()]", "", d.label(p)), what), p) for p in cands]
        scored = [(sc, p) for sc, p in scored if sc >= min(len(what), 2)]
        if not scored:
            continue
        if re.search(r"拥有量|保有量|有效|存量", m.group("what")):
            # A stock ("发明专利拥有量") is not the year's flow ("发明专利授权612件").
            scored = [(sc, p) for sc, p in scored
                      if not re.search(r"授权|新增|新登记|新设|申请|全年|本年|发生", d.label(p))]
            if not scored:
                continue
        best = max(sc for sc, _ in scored)
        # Of the figures so named, the whole ("发生火灾682起"), not one of its kinds ("其他场所火灾238起").
        # The label that ends with the thing counted ("发生火灾682起", not "火灾扑救1126起"), then
        # the larger figure.
        numerator = max((p for sc, p in scored if sc == best),
                        key=lambda p: (re.sub(r"[^\u4e00-\u9fff]", "", d.label(p))[-2:] in what,
                                       "其中" not in d.label(p), p.value))
        # The population: the nearest statement before the rate, else the first after it.
        before = [p for p in pops if p.start < q.start]
        den = before[-1] if before else next(p for p in pops)
        if den.index == numerator.index or _TARGETED.search(d.s[q.sentence[0] : q.start]):
            continue
        out.append(Relation("ratio", "ratio.per_capita",
                            {"numerator": numerator, "denominator": den, "percent": q},
                            per=_PER_SCALE[m.group(1)]))
    return out
