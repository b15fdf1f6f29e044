"""A rate whose name qualifies what it counts ("全程网办率": handled online from application to result)
read over a figure whose words do not say so ("网上受理48.36万件,全程网办率76.9%"). Authors do state it
so, but the figure may as well be a wider one than the rate counts ("网上申报事项1,034,287件,网上可办率
98.6%,全程网办率87.2%": of the items that can be, not of the filings). Such a reading is believed only
when the rate holds over it, or would but for one misprinted digit of the rate or of the numerator (not
of the base: a long intake comes near any rate by one slip); the words a numerator must carry to be read
without that proof are a rate's ``strict`` words in catalog/rates.yaml. So with a rate of a narrower base
than the figure its words name ("出庭应诉率" of the hearings held, read over the suits received): the
words a base must carry to be read without that proof are the rate's ``strict_base``."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation
from .rate_readings import _explained
from .structure import _Doc
from .vocab import read_entries


@lru_cache(maxsize=2)
def _strict(field: str) -> list[tuple[re.Pattern, re.Pattern]]:
    """(rate name, the words its numerator -- or base -- must carry) of the rates that have ``field``
    words (``strict``: the numerator's, ``strict_base``: the base's)."""
    entries = read_entries("rates.yaml", "rates", lambda e: (re.compile(e["rate"]), e.get(field)))
    return [(rate, re.compile(words)) for rate, words in entries if words]


def believed(d: _Doc, ratios: list[Relation]) -> list[Relation]:
    """``ratios`` without the readings of a qualified rate over a figure not named so that the rate does
    not explain (a relation none of whose readings is left is dropped; the first left leads)."""
    strict, strict_base = _strict("strict"), _strict("strict_base")
    out = []
    for r in ratios:
        pct = r.roles.get("percent")
        name = d.label(pct) if isinstance(pct, Quantity) else ""
        words = next((w for rate, w in strict if rate.search(name)), None) if name else None
        base = next((w for rate, w in strict_base if rate.search(name)), None) if name else None
        if words is None and base is None:
            out.append(r)
            continue
        kept = [roles for roles in [r.roles, *r.readings] if _believed(d, roles, r.per, words, base)]
        if not kept:
            continue
        if kept[0] is r.roles and len(kept) == len(r.readings) + 1:
            out.append(r)
        else:
            out.append(replace(r, roles={**r.roles, **kept[0]}, readings=kept[1:]))
    return out


def strict_base_unsaid(d: _Doc, pct: Quantity, base: Quantity) -> bool:
    """Does the rate ``pct`` names need a base named by its ``strict_base`` words that ``base``'s own words do
    not say ("出庭应诉率" over "一审行政诉讼案件86件", not over the hearings held)?"""
    name = d.label(pct)
    words = next((w for rate, w in _strict("strict_base") if rate.search(name)), None)
    return words is not None and not words.search(d.own_words(base))


def _believed(d: _Doc, roles: dict, per: int, words: re.Pattern | None, base: re.Pattern | None) -> bool:
    num, den, pct = roles.get("numerator"), roles.get("denominator"), roles.get("percent")
    if not (isinstance(num, Quantity) and isinstance(den, Quantity) and isinstance(pct, Quantity)):
        return True
    if not all(0 <= q.index < len(d.qs) and d.qs[q.index] is q for q in (num, den)):
        return True  # a figure the text does not print (a base less what it leaves out): no words to read
    if (words is None or words.search(d.label(num))) and (base is None or base.search(d.own_words(den))):
        return True
    if pct.value == per and num.value != den.value:
        # "一审诉讼86件…负责人出庭应诉83件,出庭应诉率100%": a full rate says every case of its narrower base
        # (the hearings held) was counted; a wider figure exceeds it by the cases it leaves out, often a few,
        # which a slip of one digit of the numerator would "explain" -- no proof the figure is the base
        return False
    return _explained(num, den, pct, per, base_slips=False)


# what may stand between a set's name and the act counted ("…依法审核", "…法制审核", "…全部报送备案")
_ACT_LEAD = re.compile(r"(?:依法|全部|均已|均|已经|已|及时|按时|按期|法制|合法性|进行|开展|报送|报|予以)+$")
_TO_WHOM = re.compile(r"报|向|送|提交|提请|交|经|由|在|于|通过")
_FILLER = re.compile(r"^(?:其中|全年|当年|本年度?|共|累计|对)+")


def names_its_own_set(num_words: str, stem: str, base_words: str) -> bool:
    """Do a numerator's words name the set it counts before the rate's act, a set the base's words do not
    name ("执法全过程记录执法案件1,136件,重大执法决定法制审核48件,审核率100%": the decisions reviewed are
    of the major decisions, not of the cases recorded)? Then the rate's base is that set, unprinted."""
    i = num_words.rfind(stem)
    if i < 0:
        return False
    subject = _FILLER.sub("", _ACT_LEAD.sub("", num_words[:i]))
    if len(subject) < 4 or _TO_WHOM.match(subject):
        return False  # ("报市政府和县人大常委会备案": to whom the act went, no set of its own)
    pairs = {subject[k : k + 2] for k in range(len(subject) - 1)}
    shared = sum(1 for pr in pairs if pr in base_words)
    return 2 * shared < len(pairs)
