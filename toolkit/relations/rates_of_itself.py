"""A rate of 100% over the one figure its sentence counts (``ratio.of_itself``).

"按期受理2,974件,及时受理率100%", "所列50项信息,我院已全部公开,清单公开率100%", "十八个村(居)全部聘请了
法律顾问,覆盖率100%": a rate of 100% says every item of its base reached the state it names. When its
sentence counts one thing only, and that figure either names the act a qualified rate qualifies (办结 of
按期办结率) or is followed right away by an 'all' word (全部, 均), the figure is the rate's base and its numerator both:
N / N = 100%. Two counts before the rate, a count in an aside, or a rate another family read
already: another base may be meant, and nothing is read here.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation
from .roles import is_delta, is_previous
from .structure import _Doc
from .unread import unread_full_rates

# the rate's names, the last words before its figure ("及时受理率、按期办结率均为")
_RATE_NAMES = re.compile(r"((?:[\u4e00-\u9fff]{2,8}率)(?:[和与及、][\u4e00-\u9fff]{2,8}率)*)(?:均|都|全部)?(?:为|达|达到|是)?$")
# an 'all' word right after the figure and its noun, an aside or a subject between ("十八个村(居)全部…",
# "所列50项信息,我院已全部公开", "312件,全部在法定期限内办结")
_ALL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:\([^()]{1,8}\))?[,]?(?:[我本][\u4e00-\u9fff]{1,2})?(?:已经|均已|已|都)?(?:全部|悉数|全数|一律|均)")


def rates_of_itself(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Ratios N / N of a 100% rate over the one count of its sentence (module docstring)."""
    out: list[Relation] = []
    for pct, m, read in unread_full_rates(d, found, _RATE_NAMES):
        stems = [w[:-1] for w in re.split(r"[和与及、]", m.group(1))]
        counts = [q for q in d.in_range(pct.sentence[0], pct.start) if not q.is_percent]
        if len(counts) != 1:
            continue
        n = counts[0]
        if n.index in read or d.in_parentheses(n) or is_delta(d, n) or is_previous(d, n) or n.value <= 0:
            continue
        if not (_ALL_AFTER.match(d.s, n.end) or _names_the_act(d, n, stems)):
            continue
        out.append(Relation("ratio", "ratio.of_itself", {"numerator": n, "denominator": n, "percent": pct}))
    return out


def _names_the_act(d: _Doc, n: Quantity, stems: list[str]) -> bool:
    """Does the figure count the rate's base: its own words name the act a qualified rate qualifies,
    without the qualifier ("办结432件" for 按期办结率: the closed, of which those on time are the rate)?
    Not the numerator's own act ("火化遗体2.43万具" for 火化率, "出庭应诉118件次" for 出庭应诉率, "按期受理"
    for 及时受理率): a count of what the rate counts says nothing of its base, and N / N would pass
    whatever the base."""
    words = d.own_words(n)
    return not _IN_TIME.search(words) and any(len(s) > 2 and s[-2:] in words and s[:-2] not in words for s in stems)


_IN_TIME = re.compile(r"按期|按时|及时|如期|限时|在规定|在法定")  # (a qualifier in other words: still the numerator)
