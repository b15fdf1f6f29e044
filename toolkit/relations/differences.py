"""A level, the level it is compared with and their difference printed together, with no percent
("受理申请63件,比上年(48件)增加15件", "查处案件38起,较去年同期的45起减少7起"): the three add up. A
change percent after them is read by ``changes`` (which adds the same sum); this reads the ones
without a percent, which no change carries."""

from __future__ import annotations

import re

from .label_index import holding_any
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .scopes import is_additive
from .structure import _Doc

_DOWN = re.compile(r"减少|下降|降低|减|少|回落|缩减")
_REACH = 4  # figures back from the previous to the level it is compared with (a day's average between)


def printed_differences(d: _Doc) -> list[Relation]:
    """One sum per difference printed right after the previous level it is taken from."""
    out: list[Relation] = []
    for delta in holding_any(d, "增减多少升降加"):  # (every difference's words name its direction)
        k = delta.index
        if k < 2 or delta.is_percent or not is_delta(d, delta):
            continue
        prev = d.qs[k - 1]
        if prev.sentence != delta.sentence or prev.is_percent or not compatible(prev, delta) \
                or not is_previous(d, prev):
            continue
        level = None
        for q in reversed(d.qs[max(0, k - 1 - _REACH) : k - 1]):
            if q.sentence != delta.sentence or q.is_percent:
                break
            if not compatible(q, delta) or is_delta(d, q) or is_previous(d, q):
                break
            if is_additive(d, q) and not is_per_n(d, q):
                level = q  # (past "日均1,160件": an average is no level of a total's difference)
                break
        if level is None or level.unit != prev.unit:
            continue
        if _DOWN.search(d.label(delta)):
            out.append(Relation("sum", "sum.difference", {"total": prev, "parts": [level, delta]}))
        else:
            out.append(Relation("sum", "sum.difference", {"total": level, "parts": [prev, delta]}))
    return out
