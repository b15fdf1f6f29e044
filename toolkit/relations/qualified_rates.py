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
from functools import lru_cache

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
    not explain."""
    strict, strict_base = _strict("strict"), _strict("strict_base")
    out = []
    for r in ratios:
        pct, num, den = r.roles.get("percent"), r.roles.get("numerator"), r.roles.get("denominator")
        if pct is not None and num is not None and den is not None:
            name = d.label(pct)
            words = next((w for rate, w in strict if rate.search(name)), None)
            # (the base's own words: "开庭审理的案件中,负责人出庭应诉287件" names no hearing count)
            base = next((w for rate, w in strict_base if rate.search(name)), None)
            if ((words is not None and not words.search(d.label(num)))
                    or (base is not None and not base.search(d.own_words(den)))) \
                    and not _explained(num, den, pct, r.per, base_slips=False):  # type: ignore[arg-type]
                continue
        out.append(r)
    return out
