"""The words naming a share's part in its own clause, before 占 (a base printed inside the words of 占)."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .structure import _Doc

_SUBJECT_TAIL = re.compile(r"(?:件数|人数|起数|户数|家数|数量|总数|总量|数|量)$")
_SHARE_OPENED = re.compile(r"(?:^|[,;:])([\u4e00-\u9fff]{2,12}?)(?:的|所)?占[^,;。\d]{1,30}\(?$")


def subject_before_share(d: _Doc, base: Quantity) -> str:
    """The words naming a share's part in its own clause, before 占 ("重大案件占立案数(356件)的": 重大案件);
    "" when the clause opens with 占 (the part is the figure before it)."""
    m = _SHARE_OPENED.search(d.label(base))
    if m is None:
        return ""
    subject = m.group(1).removeprefix("其中")
    bare = _SUBJECT_TAIL.sub("", subject)  # ("来访件数占…" names 来访1,422件)
    return bare if len(bare) >= 2 else subject
