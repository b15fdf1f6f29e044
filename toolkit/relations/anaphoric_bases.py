"""Bases named by an anaphor: "城乡建设类诉求中,物业管理问题2,846件,占该类诉求的45.8%".

该, 此 and 这 point back to a set the text has just named; the words after them ("类诉求", "领域",
"项工作") say only what kind of set it is, and a figure of another set of that kind ("咨询类27,640件")
fits them as well as the one meant. The set is the one the share's sentence opens with ("X中," whose
name ends with those words: its qualifier, 城乡建设, names the figure), else the nearest figure of the
share's sentence before its part whose own words end with them ("城乡建设类诉求6,215件,其中…"), when
it is the only one. When neither names one figure, the share is not read: a base guessed among sets of one kind could accuse a
consistent text.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bases import cjk
from .model import compatible
from .structure import _Doc

_ANAPHOR = re.compile(r"^(?:这些|上述|该|此|这)")
# the sentence's opening set: "其中,城乡建设类诉求中," / "在投诉类诉求中,"
_OPENER = re.compile(r"(?:其中)?[,:]?在?([\u4e00-\u9fff]{3,14}?)中[,:]")
_REACH = 40  # figures back the set's figure is looked for (linear in the text)


def is_anaphoric(base_words: str) -> bool:
    """Do the base's words point back (该类诉求, 此类案件, 这些企业) rather than name a set?"""
    return _ANAPHOR.match(base_words) is not None


def anaphoric_base(d: _Doc, base_words: str, part: Quantity) -> Quantity | None:
    """The figure of the set an anaphoric base points back to, or None when no one figure is it."""
    kind = cjk(_ANAPHOR.sub("", base_words)).removesuffix("的")
    opener = _OPENER.match(d.s, part.sentence[0], part.start)
    if opener is not None:
        name = opener.group(1)
        qualifier = name[: -len(kind)] if kind and name.endswith(kind) else ""
        if len(qualifier) < 2:
            return None  # ("投诉中,…占该类的…": the opener names no set of the kind: which one is unclear)
        found = {q.value: q for q in _before(d, part)
                 if cjk(d.own_words(q)) in (name, qualifier) and q.value >= part.value}
        return next(iter(found.values())) if len(found) == 1 else None
    if len(kind) < 2:
        return None  # (该类, 此项: the words name no kind a figure could be found by)
    own = [q for q in _before(d, part) if q.sentence == part.sentence and cjk(d.own_words(q)).endswith(kind)
           and q.value >= part.value]
    # (two sets of the kind before the part, "咨询类诉求…、求助类诉求…,其中…占该类诉求的": either is meant)
    return own[0] if len(own) == 1 else None


def _before(d: _Doc, part: Quantity) -> list[Quantity]:
    """The figures of the part's unit before it, nearest last, at most ``_REACH`` back."""
    return [q for q in d.qs[max(0, part.index - _REACH) : part.index]
            if not q.is_percent and compatible(q, part)]
