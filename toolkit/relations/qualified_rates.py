"""A rate whose name qualifies what it counts ("全程网办率": handled online from application to result)
read over a figure whose words do not say so ("网上受理48.36万件,全程网办率76.9%"). Authors do state it
so, but the figure may as well be a wider one than the rate counts ("网上申报事项1,034,287件,网上可办率
98.6%,全程网办率87.2%": of the items that can be, not of the filings). Such a reading is believed only
when the rate holds over it, or would but for one misprinted digit of the rate or of the numerator (not
of the base: a long intake comes near any rate by one slip); the words a numerator must carry to be read
without that proof are a rate's ``strict`` words in catalog/rates.yaml."""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Relation
from .rate_readings import _explained
from .structure import _Doc
from .vocab import read_entries


@lru_cache(maxsize=1)
def _strict() -> list[tuple[re.Pattern, re.Pattern]]:
    """(rate name, the words its numerator must carry) of the rates that have ``strict`` words."""
    entries = read_entries("rates.yaml", "rates", lambda e: (re.compile(e["rate"]), e.get("strict")))
    return [(rate, re.compile(words)) for rate, words in entries if words]


def believed(d: _Doc, ratios: list[Relation]) -> list[Relation]:
    """``ratios`` without the readings of a qualified rate over a figure not named so that the rate does
    not explain."""
    strict = _strict()
    out = []
    for r in ratios:
        pct, num, den = r.roles.get("percent"), r.roles.get("numerator"), r.roles.get("denominator")
        words = next((w for rate, w in strict if pct is not None and rate.search(d.label(pct))), None)
        if words is not None and num is not None and den is not None and not words.search(d.label(num)) \
                and not _explained(num, den, pct, r.per, base_slips=False):  # type: ignore[arg-type]
            continue
        out.append(r)
    return out
