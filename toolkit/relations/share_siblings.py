"""Figures that are no base of a share because they stand beside its part: items of the part's own
enumeration, figures named like it, followed by a share of their own, or one of a pair of kinds. Read
by ``shares`` when it looks back for the base a share's words name."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .clause_sets import one_of_a_pair
from .list_items import _LIST_OPENER
from .scopes import words
from .structure import _Doc

SHARE_WORDS = re.compile(r"占(比)?|比重|比例|构成")  # (shares reads its shares by these too)


def listed_beside(d: _Doc, q: Quantity, part: Quantity) -> bool:
    """Is ``q`` an item of the same enumeration as ``part`` (after a 从…看/按…分/其中 opener of
    their sentence), rather than a total stated before it?"""
    if q.sentence != part.sentence:
        return False
    return bool(_LIST_OPENER.search(d.s, part.sentence[0], q.start))


def named_like_the_part(d: _Doc, q: Quantity, part: Quantity, pct: Quantity) -> bool:
    """Is ``q`` named like ``part`` ("涉及物业管理诉求3.8万件,…涉及拖欠工资诉求1.6万件") or followed by a
    share of its own ("3.8万件,占…7.2%"), or one of a pair of kinds ("34个单位和12个乡镇")? Then it is no base."""
    nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    if (nxt is not None and nxt.is_percent and nxt.index < part.index and nxt.index != pct.index
            and SHARE_WORDS.search(d.label(nxt))):
        return True
    if q.sentence != part.sentence and words()["wholes"].search(d.s[q.sentence[0] : q.start]):
        return False  # "全年共受理诉求4,000件。…其中,涉及物业的诉求1,000件": a whole stated before
    a = re.sub(r"^(其中|全年|共)|[^\u4e00-\u9fff]", "", d.label(q))
    b = re.sub(r"^(其中|全年|共)|[^\u4e00-\u9fff]", "", d.label(part))
    return (len(a) >= 3 and len(b) >= 3 and (a[:2] == b[:2] or a[-2:] == b[-2:])) or one_of_a_pair(d, q)
