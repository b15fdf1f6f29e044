"""A money whole named by contracting its two parts' names: 罚没款 of 罚款 and 没收违法所得.

Chinese contracts a pair of kinds into one word of their first characters (罚 + 没 -> 罚没款, 进 +
出 -> 进出口): a sum of money so named is the two parts together, nothing else. A list of those two
under it is then complete -- but a shortfall is only believed an error where one slip of one
figure explains it (``misprints.within_one_slip``): money may come in under a third kind of either
character (没收非法财物) that the list leaves out, and a gap no slip explains may be that.
Money only: counts of kinds of decisions overlap (one decision 罚款 and 没收 at once).
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .misprints import within_one_slip
from .structure import _Doc

_OWN = re.compile(r"^(?:.*[,;:、])?(?:其中)?([\u4e00-\u9fff])")  # a part's own name, its first character


def contracted_whole(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Is ``total`` money named by the first characters of its two money parts' names (either order),
    and do the parts add up to it but for one slip?"""
    if len(parts) != 2 or not total.is_money or not all(p.is_money for p in parts):
        return False
    heads = [m.group(1) if (m := _OWN.match(d.label(p))) else "" for p in parts]
    if not all(heads) or heads[0] == heads[1]:
        return False
    words = d.label(total)
    return (heads[0] + heads[1] in words or heads[1] + heads[0] in words) and within_one_slip(total, parts)
