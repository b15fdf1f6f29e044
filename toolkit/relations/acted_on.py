"""A rate of an act done to a set the numerator's own words name ("对转办工单回访112.46万件,回访率76.1%"):
over the figure of that set (rates.own_name_rate)."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc, _find_by_label


def rate_of_an_act_on(d: _Doc, numerator: Quantity, name: str, pct: Quantity, per: int, reach: int) -> Relation | None:
    """"对转办工单回访112.46万件,回访率76.1%": a numerator whose own words name the set the rate's act
    was done to (对X + the act) is over the figure of X before it, whatever stands between (not the
    nearest larger figure: "转办工单147.85万件,…按期办结146.91万件"). None when no figure names X ("对群众
    回访": the base is read as before) or the words name no set acted on."""
    m = re.search("对(?:全部|所有)?([\u4e00-\u9fff]{2,10}?)(?:进行|开展)?(?:电话)?" + re.escape(name[-2:]) + "$",
                  d.own_words(numerator))
    if m is None:
        return None
    cands = [q for q in d.qs[max(0, numerator.index - reach) : numerator.index]
             if not q.is_percent and compatible(q, numerator) and q.value >= numerator.value
             and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q)]
    base = _find_by_label(d, cands, m.group(1), numerator.start)
    if base is None or m.group(1)[:2] not in d.label(base):
        return None  # ("对办结诉求回访…" is not over "受理诉求58.6万件": the set's own first words must be there)
    return Relation("ratio", "ratio.own_name", {"numerator": numerator, "denominator": base, "percent": pct}, per=per)
