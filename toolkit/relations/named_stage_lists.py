"""Items of a list named again with 分别, at a later stage of their process.

"全年新收行政诉讼案件49件,其中以县政府为被告的12件、县直部门29件、乡镇政府8件。…县政府和县直部门的案件
分别审结9件和25件": the names before 分别 are items stated earlier with their figures; the verb after
分别 is a later stage of the process those figures were counted at (审结 after 新收, stages.yaml), so
each later figure is at most the earlier figure of its name (``bound.stage``).

Read only when the names are as many as the figures after 分别, each name finds exactly one earlier
figure of the unit whose own words hold it (in the paragraph or the one before), and some process
names the earlier figures' stage before the later one and none the other way round.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .reading import holding
from .roles import is_delta, is_previous
from .stages import stages_in
from .structure import _Doc

# "县政府和县直部门的案件分别审结": two names or more, what they are of, then 分别 and a verb
# (a name holds no 的: "县直部门的案件" is the name 县直部门 and what it is of)
_NAMES = re.compile(r"((?:(?!的)[\u4e00-\u9fff]){2,10}(?:[和、及与](?:(?!的)[\u4e00-\u9fff]){2,10})+)"
                    r"(?:的[\u4e00-\u9fff]{0,6})?分别([\u4e00-\u9fff]{1,8})$")
_JOINS = ("、", "和", "及", "与")
_BACK = 600  # characters back the named items are looked for


def named_stage_lists(d: _Doc) -> list[Relation]:
    """Each later figure bounded by the earlier figure its name names (module doc)."""
    out: list[Relation] = []
    for q in holding(d, "分别"):  # (the figures whose words hold 分别: read once for the document)
        lab = d.label(q)
        if q.is_percent:
            continue
        m = _NAMES.search(re.split(r"[,;:。]", lab)[-1])
        if m is None:
            continue
        names = re.split(r"[和、及与]", m.group(1))
        figures = _run(d, q)
        if len(figures) != len(names):
            continue
        later = stages_in(m.group(0))
        if not later:
            continue
        pairs = [_earlier(d, q, name) for name in names]
        if any(p is None for p in pairs) or len({p.index for p in pairs}) != len(pairs):  # type: ignore[union-attr]
            continue
        for fig, big in zip(figures, pairs, strict=True):
            earlier = _stage_of(d, big)  # type: ignore[arg-type]
            shared = [p for p in later if p in earlier]
            if shared and all(earlier[p] <= later[p] for p in shared) and any(earlier[p] < later[p] for p in shared):
                out.append(Relation("bound", "bound.stage", {"smaller": fig, "larger": big}))
    return out


def _run(d: _Doc, q: Quantity) -> list[Quantity]:
    """``q`` and the figures of its unit joined to it by 、/和/及 in its sentence."""
    run = [q]
    for p in d.from_index(q.index + 1):
        if p.is_percent or p.unit != q.unit or d.s[run[-1].end : p.start] not in _JOINS:
            break
        run.append(p)
    return run


def _earlier(d: _Doc, q: Quantity, name: str) -> Quantity | None:
    """The one figure of ``q``'s kind before its sentence, within reach, whose own words hold ``name``."""
    holding = [p for p in d.in_range(max(0, q.sentence[0] - _BACK), q.sentence[0])
               if not p.is_percent and compatible(p, q) and not is_delta(d, p) and not is_previous(d, p)
               and name in d.own_words(p)]
    # a figure named by the name itself ("县政府12件") before one whose words merely hold it
    # ("县政府及其部门作为被告的…案件48件")
    for pick in ([p for p in holding if d.own_words(p).endswith(name)], holding):
        found = {p.value: p for p in pick}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _stage_of(d: _Doc, q: Quantity) -> dict[str, int]:
    """The stages the words before ``q`` in its sentence name; none there, those of the sentence
    before it in its paragraph too (a list classified in a sentence of its own: "…一审行政诉讼案件48件。
    从被告看,县政府12件、…")."""
    found = stages_in(d.s[q.sentence[0] : q.start])
    if found:
        return found
    start = d.last_before("。\n", q.sentence[0] - 1) + 1
    return stages_in(d.s[start : q.start]) if "\n" not in d.s[start : q.start] else {}
