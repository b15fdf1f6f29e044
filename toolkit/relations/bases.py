"""The base a share names, found by its words wherever the report stated it.

"占全市申请总量的40.0%" names its base: the words left once the generic ones (总数, 总量, 的…) are
dropped ("全市申请") must all be in the base's own words, in order. Near the share the families
look first (``shares``, ``rates``); this module looks further back, over a fixed number of figures
(so the work stays linear), for a base stated in an earlier paragraph or section: a level of the
parts' unit, at least as large as each part, of the same jurisdiction, and -- when the words call
it a total (总量, 全部) -- a whole by its own words (全年, 全市, 共), no item of a list. Two or three
such figures are readings; more, or none, and the share is left unchecked (the base may not be
printed at all: "占全省…总数的9.6%" of a province's figure a city report does not give)."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import compatible
from .roles import is_delta, is_per_n, is_previous
from .scopes import words as vocabulary
from .structure import _Doc

# Words a share's base may carry that name no figure of their own ("占总数的", "占全部…的比重").
GENERIC_BASE = re.compile(r"总数|总量|总额|总计|合计|全部|所有|总体|的|总|其|比重|比例|份额|[,;:()\s]")
TOTAL_WORD = re.compile(r"总|全部|所有")
# A figure after one of these in its sentence is an item of a list, not a total.
LISTED = re.compile(r"其中|从[^,;。]{1,12}(看|来看|上看)|按[^,;。]{1,12}(分|划分)|分[^,;。]{1,6}看")
_SCOPE = re.compile(r"全(国|省|市|区|县|州|盟|旗|镇|乡)|本(省|市|区|县)")
FAR_REACH = 160  # figures back a named base is looked for (a fixed reach keeps the work linear)


def cjk(text: str) -> str:
    return _NOT_CJK.sub("", text)


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def same_scope(base_words: str, label: str) -> bool:
    """A base naming a jurisdiction ("全省…总数") is not a figure labelled with another one ("全市…")."""
    want = _SCOPE.search(base_words)
    have = _SCOPE.search(label)
    return want is None or have is None or want.group() == have.group()


_BASE_TAIL = re.compile(r"(?:数量|总数|数)$")  # "案件数" -> 案件 (not 案: 件数 is the noun and its count)


def names_head(base_words: str, q: Quantity, label: str) -> bool:
    """Does figure ``q`` (its label, its unit) stand for the head noun of the base the words name
    ("全年资金支出" -> 支出; "受理案件数" -> 案件, which 件 names)? Words that name no noun of their own
    ("总数") fit any figure."""
    named = re.split(r"的|比重|比例|份额", base_words)[0]  # "受理案件数比例最高": the base ends at 比例
    head = _BASE_TAIL.sub("", cjk(GENERIC_BASE.sub("", named)))[-2:]
    return len(head) < 2 or head in cjk(label) or (bool(q.unit) and head[-1] == q.unit[-1])


def names_a_base(words: str) -> bool:
    """Do the words after 占 name a figure ("全省新收申请", "城镇居民"), not just "总数"?"""
    return len(cjk(GENERIC_BASE.sub("", words))) >= 2


def _in_order(key: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in key)


def far_named_base(d: _Doc, base_words: str, parts: list[Quantity]) -> list[Quantity]:
    """The figures, before the first part, that the base words name (one per value, the nearest
    first); empty when the words name no base or more than three figures fit them."""
    key = cjk(GENERIC_BASE.sub("", base_words))
    if len(key) < 2 or not parts:
        return []
    first = min(parts, key=lambda p: p.index)
    big = max(p.value for p in parts)
    total = bool(TOTAL_WORD.search(base_words))
    partition = d.cache.get("partition", {})
    found: dict = {}
    for q in reversed(d.qs[max(0, first.index - FAR_REACH) : first.index]):
        if (q.is_percent or not compatible(q, first) or q.value < big or d.in_parentheses(q)
                or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q)):
            continue
        head = d.s[q.sentence[0] : q.start]
        if not _in_order(key, cjk(d.label(q))) or not same_scope(base_words, head):
            continue
        if total and (q.index in partition or LISTED.search(head)  # type: ignore[operator]
                      or not vocabulary()["wholes"].search(head)):
            continue
        found.setdefault(q.value, q)
    return list(found.values()) if len(found) <= 3 else []
