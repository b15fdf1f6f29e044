"""The whole a sentence opened by the name of a set ("X中,") breaks down, found by that name.

"12月作出行政处罚决定1,284件。按处罚种类分:…。处罚决定中,适用简易程序的763件,…": a sentence
opened by <name>中 lists parts of the figure stated before whose own name ends with that name --
not of whatever figures the sentence just before holds (``sums``' reading when the name names
none of them). The name is read without 在/所有/全部, a jurisdiction word (全区), 的, and a generic
noun ending it (``set_nouns`` of breakdowns.yaml: "规划类信息中," names "规划类1,207条"). Read only
where one figure is so named within the reach: two figures named so with different values leave
the whole open.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .roles import is_delta, is_previous
from .stages import load_stages
from .structure import _Doc

_REACH = 60  # figures looked back for the named whole
_SPAN = 3000  # characters looked back
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_OPENER = re.compile(r"^(?:在|所有|全部|对)")


def set_name(d: _Doc, words: str) -> str:
    """The name of the set "X中," opens with (``words``: the sentence up to 中), as figures name it."""
    from .scopes import words as vocabulary

    v = vocabulary()
    name = _NOT_CJK.sub("", _OPENER.sub("", words.strip()))
    name = load_stages().whole.sub("", name).replace("的", "")
    core = re.sub(f"(?:{v['set_nouns'].pattern})$", "", name)
    return core if len(core) >= 2 else name


def _own_name(d: _Doc, q: Quantity) -> str:
    """The words of the last clause of ``q``'s label, without the words that only lead to the figure."""
    from .scopes import words as vocabulary

    tails = vocabulary()["figure_tails"]
    name = _NOT_CJK.sub("", re.split(r"[,;:、。()]", d.label(q))[-1])
    return re.sub(f"(?:{tails.pattern})+$", "", name)


def named_whole(d: _Doc, marker: int, words: str) -> Quantity | None:
    """The one figure before ``marker`` (in reach) whose name ends with the set's name, else None."""
    name = set_name(d, words)
    if len(name) < 2:
        return None
    k = d.before(marker)
    found: list[Quantity] = []
    for r in reversed(d.qs[max(0, k - _REACH) : k]):
        if r.end < marker - _SPAN:
            break
        if r.is_percent or r.in_table or d.in_parentheses(r) or is_delta(d, r) or is_previous(d, r):
            continue
        if _own_name(d, r).endswith(name):
            found.append(r)
    if not found or any(r.value != found[0].value and r.unit == found[0].unit for r in found[1:]):
        return None  # none, or two wholes so named: which one the parts are of is open
    return found[0]
