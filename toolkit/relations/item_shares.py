"""Shares of one item's measures, the item named after its list.

"从行业领域看:道路运输事故70起、死亡30人;工矿商贸事故38起、死亡22人;…。道路运输事故起数占全市事故总起数的
58.3%,死亡人数占全市的51.7%" and "道路运输领域事故起数和死亡人数分别占全市的58.3%和51.7%": a share whose
subject is an item of a list stated before (道路运输) and a measure (事故起数, 死亡人数) is the share of
that item's figure of that measure -- the item's line holds one figure per measure ("70起、死亡30人")
-- in the whole the list breaks down for that measure (the total of the sum the figure is a part
of). A share naming only a measure ("死亡人数占全市的51.7%") carries the item of the share before it
in its sentence. Read only where the item names one line, the measure one figure of it, and the
figure is a part of one sum found: anything else is left to the other readings.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .named_wholes import paired_measures
from .reading import holding
from .roles import measure_names, name_fits
from .structure import _Doc

# "<item and measures>(分别)占<base>(的)": the words of a share naming its own subject.
_SUBJECT = re.compile(r"([\u4e00-\u9fff、和及与]{2,24}?)(分别)?占[^,;。\d]{0,12}$")
_PHRASE_END = re.compile(r"[,;:。]")
_REACH = 40  # figures before a share its item's line is looked for in


def item_measure_shares(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """Shares of a named item's measures (module doc); percents another family read are left."""
    taken = {id(r.roles.get("percent")) for r in rels if r.kind == "ratio"}
    taken |= {id(x["percent"]) for r in rels if r.kind == "ratio" for x in r.readings if "percent" in x}
    wholes: dict[int, list[Quantity]] = {}
    for r in rels:
        if r.kind == "sum" and isinstance(r.roles.get("parts"), list):
            for p in r.roles["parts"]:  # type: ignore[union-attr]
                wholes.setdefault(p.index, []).append(r.roles["total"])  # type: ignore[arg-type]
    out: list[Relation] = []
    line_of: dict[tuple[int, int], list[Quantity]] = {}  # sentence -> the line its last share named
    for pct in holding(d, "占"):  # (the figures whose words hold 占: read once for the document)
        if not pct.is_percent or pct.unit != "%":
            continue
        m = _SUBJECT.search(_PHRASE_END.split(d.label(pct))[-1])
        if m is None:
            continue
        subject = re.sub(r"^(?:其中|同时|另外|而)", "", m.group(1))
        line = _line(d, pct, subject)
        if line:
            line_of[pct.sentence] = line
        else:
            line = line_of.get(pct.sentence, [])  # "…起数占…58.3%,死亡人数占全市的51.7%": the same item
        names = measure_names(subject)
        if id(pct) in taken or not line or not names:
            continue
        pcts = [pct]
        if m.group(2):  # "事故起数和死亡人数分别占全市的58.3%和51.7%": one percent per measure
            for q in d.qs[pct.index + 1 : pct.index + len(names)]:
                if q.is_percent and re.fullmatch(r"[、和及与]", d.s[pcts[-1].end : q.start]):
                    pcts.append(q)
            if len(pcts) != len(names):
                continue
        elif len(names) != 1:
            continue
        for name, p in zip(names, pcts, strict=True):
            fits = [q for q in line if name_fits(d, q, name)]
            if len(fits) != 1 or id(p) in taken or len({w.value for w in wholes.get(fits[0].index, [])}) != 1:
                continue
            base = wholes[fits[0].index][0]
            if compatible(base, fits[0]) and base.value >= fits[0].value:
                out.append(Relation("ratio", "ratio.share", {"numerator": fits[0], "denominator": base, "percent": p}))
    return out


def _line(d: _Doc, pct: Quantity, subject: str) -> list[Quantity]:
    """The one line before ``pct`` (its first figure and the other measures stated right after it)
    whose first figure's own words open as the subject does, two characters at least ("道路运输领域
    事故起数" and "道路运输事故70起、死亡30人"); [] when none or two lines do."""
    words = re.sub(r"[^\u4e00-\u9fff]", "", subject)
    best, lines = 1, []
    for q in d.qs[max(0, pct.index - _REACH) : pct.index]:
        if q.is_percent:
            continue
        own = re.sub(r"^(?:其中|全年|全市)", "", d.own_words(q))
        k = 0
        while k < min(len(own), len(words)) and own[k] == words[k]:
            k += 1
        if k > best:
            best, lines = k, [q]
        elif k == best and k >= 2:
            lines.append(q)
    if len(lines) != 1:
        return []
    line = [lines[0], *paired_measures(d, lines[0])]
    return line if len(line) > 1 else []
