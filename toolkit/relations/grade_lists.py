"""Lists of the upper grades of a numbered scale: parts that are not all of their whole.

"全市A级旅游景区32家,其中5A级2家、4A级11家": the grades named (5A, 4A) leave the lower ones (3A, 2A,
1A) out, so the list is not the whole's breakdown -- each grade is bounded by the 32, and a grade
printed past it still fails (bound), where a sum would have called the whole list wrong. The scale
is read from the items' own names: a numeral and a mark of ``grade_marks`` (partitions.yaml: A级,
星级, 级). A list naming every number from 1 to its highest may be all of it, and is left to the
other tests of completeness.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..quantities import Quantity
from .structure import _Doc

_NUMERALS = {**{str(k): k for k in range(1, 10)}, **dict(zip("一二三四五六七八九", range(1, 10), strict=True))}


@lru_cache(maxsize=1)
def _grade() -> re.Pattern:
    """An item named by one grade: a numeral, then one of ``grade_marks``, then the noun at most."""
    text = resources.files("toolkit").joinpath("catalog/partitions.yaml").read_text(encoding="utf-8")
    marks = (yaml.safe_load(text) or {}).get("grade_marks") or ["(?!)"]
    return re.compile(r"(?:其中)?([1-9一二三四五六七八九])\s*(?:" + "|".join(marks) + r")[\u4e00-\u9fff]{0,6}(?:的)?$")


def upper_grades_only(d: _Doc, parts: list[Quantity]) -> bool:
    """Is every part named by one grade of a numbered scale, each a different one, with some number
    from 1 to the highest left out?"""
    if len(parts) < 2:
        return False
    numbers = []
    for p in parts:
        m = _grade().search(re.split(r"[,;:、]", d.label(p))[-1])
        if m is None:
            return False
        numbers.append(_NUMERALS[m.group(1)])
    return len(set(numbers)) == len(numbers) and set(numbers) != set(range(1, max(numbers) + 1))
