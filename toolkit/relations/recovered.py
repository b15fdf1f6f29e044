"""A level as a share of an earlier year's: "接待游客826.4万人次(2019年同期为1,051.4万人次),恢复到2019年
同期的78.6%", "…5,682.4万人次,…,恢复到2019年(5,247.1万人次)的108.8%".

恢复到/恢复至/相当于 <a year>(同期)(水平)的 P% is the level of the sentence over that year's level; the
text prints that year's level in brackets, either right after the year in the share's own words or
right after the level, opened by the same year. The level is the last figure before the share in its
sentence, counted alike, in no brackets, no change. Without a bracketed figure of that year nothing
is read: the earlier level named elsewhere may be of another scope."""

from __future__ import annotations

import re

from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc
from .unread import unread_percents

_VERB = r"(?:恢复到|恢复至|相当于|达到)(?:疫情前)?"
# the share's words naming the year ("恢复到2019年同期的"), the bracketed level after the level itself
_SHARE_OF_YEAR = re.compile(_VERB + r"(?P<year>\d{4})年(?:同期)?(?:水平)?的$")
_YEAR_ASIDE = re.compile(r"\((?P<year>\d{4})年(?:同期)?(?:为|是)?$")
# the bracketed level in the share's own words ("恢复到2019年(5,247.1万人次)的")
_YEAR_OPENED = re.compile(_VERB + r"(?P<year>\d{4})年(?:同期)?\($")
_CLOSED = re.compile(r"^\)(?:同期)?(?:水平)?的$")


def recovered_levels(d: _Doc, found: list[Relation]) -> list[Relation]:
    """A level over an earlier year's level printed in brackets (see the module's docstring)."""
    out: list[Relation] = []
    for pct in unread_percents(d, found):
        if pct.index < 2:
            continue
        ref = d.qs[pct.index - 1]
        if ref.is_percent or not d.in_parentheses(ref) or ref.sentence != pct.sentence:
            continue
        clause = re.split(r"[,;]", d.label(pct))[-1]
        named, aside = _SHARE_OF_YEAR.search(clause), _YEAR_ASIDE.search(d.label(ref))
        opened = _YEAR_OPENED.search(re.split(r"[,;]", d.label(ref))[-1])
        if named is not None and aside is not None and d.label(pct).startswith(")"):
            ok = named.group("year") == aside.group("year")  # "…(2019年同期为X),恢复到2019年同期的P%"
        elif opened is not None and _CLOSED.match(d.label(pct)):
            ok = True  # "…,恢复到2019年(X)的P%"
        else:
            ok = False
        if not ok:
            continue
        level = next((q for q in reversed(d.qs[d.before(pct.sentence[0]) : ref.index]) if not q.is_percent
                      and not d.in_parentheses(q) and not is_delta(d, q) and not is_previous(d, q)), None)
        if level is None or not compatible(level, ref) or ref.value == 0:
            continue
        out.append(Relation("ratio", "ratio.share", {"numerator": level, "denominator": ref, "percent": pct}))
    return out
