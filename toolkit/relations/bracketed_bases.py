"""A named rate whose base is printed in a bracket right after it: "化解信访积案87件,化解率91.6%(共排查
积案95件)", "整改问题87个,整改率91.6%(共发现问题95个)". The bracket holds one figure, of the numerator's
kind and no smaller, named by the rate's base words or as a whole (共, 总, 合计): the rate is of it. Only
for a rate no other family read (a base found before the rate is the text's first statement of it)."""

from __future__ import annotations

import re

from .model import Relation, compatible
from .named_rates import named_rate_of
from .roles import is_delta, is_previous
from .structure import _Doc
from .unread import unread_percents

_WHOLE = re.compile(r"^(?:共|总|合计|累计|全年|全部)")
_NEGATED = re.compile(r"[不未没无]$")


def bracketed_bases(d: _Doc, ratios: list[Relation]) -> list[Relation]:
    """The rates read from a base in the bracket right after them."""
    out: list[Relation] = []
    for pct in unread_percents(d, ratios):
        if not d.s.startswith("(", pct.end):
            continue
        rate = named_rate_of(d.label(pct))
        if rate is None:
            continue
        close = d.s.find(")", pct.end)
        inside = [q for q in d.qs[pct.index + 1 : pct.index + 4] if q.start < close] if close > 0 else []
        if len(inside) != 1 or inside[0].is_percent:
            continue
        base = inside[0]
        words = re.sub(r"[^\u4e00-\u9fff]", "", d.s[pct.end + 1 : base.start])
        if not (_WHOLE.match(words) or rate[2].search(words)):
            continue
        numerator = _numerator(d, pct, rate[1])
        if numerator is None or not compatible(numerator, base) or numerator.unit != base.unit \
                or numerator.value > base.value:
            continue
        out.append(Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": base, "percent": pct},
                            per=1000 if pct.unit == "‰" else 100))
    return out


def _numerator(d: _Doc, pct, num_words: re.Pattern):
    """The figure right before the rate in its clause, named by the rate's numerator words."""
    if not pct.index:
        return None
    q = d.qs[pct.index - 1]
    if q.is_percent or q.sentence != pct.sentence or d.in_parentheses(q) or is_delta(d, q) or is_previous(d, q):
        return None
    if re.search(r"[;。]", d.s[q.end : pct.start]):
        return None
    label = d.label(q)
    m = num_words.search(label)
    return q if m is not None and not _NEGATED.search(label[: m.start()]) else None
