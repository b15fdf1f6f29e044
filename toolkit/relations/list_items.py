"""Is a figure an item of a list, so that it cannot be what words naming a total ("总量", "总数") name?"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import compatible
from .structure import _Doc

# "在审结案件中,维持1,502件…": what follows an "…中," opener is an item of a list as well.
_LIST_OPENER = re.compile(r"从[^,;。]{1,12}(看|来看|上看)|按[^,;。]{1,12}(分|划分|看|来看)|分[^,;。]{1,6}看|其中|分别"
                          r"|[^,;。\d]{1,12}中,|[^,;。\d]{2,12}:")  # "答复情况为:同意公开21件,…"
_ASIDE = re.compile(r"\([^()]*\)")
# the joint between two items of a list of kinds: "咨询4,918件、求助2,207件"
_ITEM_JOINT = re.compile(r"[、][\u4e00-\u9fff]{1,10}$")


def _is_item(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` an item of a list (after a 按…分/从…看/其中 opener of its sentence, or a part of a
    breakdown, or one of three figures or more of its unit joined by "、": "咨询4,918件、求助2,207件、
    投诉1,726件…"), so that it cannot be what "总量/总数" names?"""
    # (an opener inside an aside closed before the figure opens the aside's list, not the figure's:
    # "受理6,248件(其中新收5,612件,旧存636件),执结5,731件" -- 执结 is no item)
    before = _ASIDE.sub("", d.s[q.sentence[0] : q.start])
    return bool(_LIST_OPENER.search(before)) or (q.index in d.cache.get("partition", {})
                                                 and q.index not in d.cache.get("acts", ())) or _in_a_joined_list(d, q)


def _in_a_joined_list(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` one of a run of three figures or more of its unit, each joined to the next by "、" and a name?"""
    run = [q]
    for step in (-1, 1):
        k = q.index
        while 0 <= k + step < len(d.qs) and len(run) < 3:
            a, b = (d.qs[k + step], d.qs[k]) if step < 0 else (d.qs[k], d.qs[k + step])
            nxt = d.qs[k + step]
            if nxt.is_percent or not compatible(nxt, q) or nxt.unit != q.unit \
                    or not _ITEM_JOINT.fullmatch(d.s, a.end, b.start):
                break
            run.append(nxt)
            k += step
    return len(run) >= 3
