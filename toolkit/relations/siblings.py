"""Figures printed beside a list that are not its whole.

* A 分别为 list after a figure that is itself one item of a list opened before it in its sentence
  ("申请人中自然人126件;商业企业14件;科研机构和其他组织分别为1件、2件", "其中政策文件412条,…
  财政预决算、重点领域信息分别为194条、3,517条") may be that item's breakdown or more items beside
  it: the words leave both readings (``item_beside_others``).
* A total after a figure stated per unit ("每个社区均配备法律顾问1名,共12名") multiplies that figure
  by the count of units; the figures before are not its parts (``per_each_before``).
* A breakdown by kinds in a section of its own ("案件领域分布") is of the figure that counts every
  such thing, not of a later stage of it (审结) the words do not name, even when one slip of one figure
  makes the list fit the later stage (``earlier_stage_wholes``).
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .stages import naming, stages_in
from .structure import _Doc

# A figure's clause saying it is stated per unit: "每个社区均配备…1名", "各村均配备村医2名",
# "每名干部…", "配备村医各2名" -- then a 共/合计 after it is a product over the units.
_PER_EACH = re.compile(r"(?:每(?:个|名|家|所|户|位|一|人)[\u4e00-\u9fff]{0,12}"
                       r"|各[\u4e00-\u9fff]{1,6}(?:均|都|分别))[^,;:。\n\d]*$|各$")
# The population of a place: the scope a report's other counts are of, never one item of them.
_POPULATION = re.compile(r"(?:常住|户籍|总|在册)人口$")
# Words that make a figure the whole of what follows, not one item beside others.
_WHOLE_WORDS = re.compile(r"共|合计|总计|总数|累计|全年|全部")
# What opens a list of items in a sentence ("其中", "包括", "申请人中", "从…看").
_LIST_OPENED = re.compile(r"其中|包括|[\u4e00-\u9fff]中(?=[\u4e00-\u9fff,:])|从[^,;。]{1,10}看")


def per_each_before(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Are the figures before ``total`` no parts of it: the last stated per unit ("每个社区均配备法律
    顾问1名,共12名": units times that figure), or a population of a place among figures of another
    thing ("常住人口4.3万人,…网格员86名,共计86名": the scope of the counts, never one of their items)?"""
    if not parts:
        return False
    people = [p for p in parts if _POPULATION.search(d.label(p))]
    if people and len(people) < len(parts):
        return True  # a population among counts of another thing: no list of one measure
    last = parts[-1]
    # (by bisect over the stops' places: an ``rfind`` from the text's start for a stop the text
    # seldom has scanned back over the whole text, once per list -- quadratic in a long report)
    clause = d.s[d.last_before(",;:。\n", last.start) + 1 : last.start]
    return bool(_PER_EACH.search(clause))


def item_beside_others(d: _Doc, total: Quantity, marker: int) -> bool:
    """Is ``total``, the figure before a 分别为 list at ``marker``, one item of a list its sentence
    opened before it (after 其中/包括/"X中", or after another figure of its unit joined by 、 or ;),
    with no word making it a whole (共, 合计)? Then the 分别 list may be its parts or its siblings."""
    s = d.s
    head = d.last_before("。\n", total.start) + 1  # (as ``max(s.rfind(c, 0, …))``, by bisect)
    own = s[d.last_before(",;。\n", total.start) + 1 : total.start]
    if _WHOLE_WORDS.search(own) or not s.startswith("分别", marker):
        return False
    if _LIST_OPENED.search(s, head, total.start):
        return True
    before = [q for q in d.in_range(head, total.start) if not q.is_percent and q.unit == total.unit]
    return bool(before) and bool(re.search(r"[;、]", s[before[-1].end : total.start]))


def earlier_stage_wholes(d: _Doc, fit: Quantity, cands: list[Quantity], opener: int) -> list[Quantity]:
    """Figures among ``cands`` at an earlier stage of a process the slip-fitted ``fit`` names a later
    stage of ("共发生行政诉讼案件347件" before "审结…331件"), when the list's own section names no stage:
    the list of kinds is of what was counted first, as much as of the later stage."""
    head = d.s.rfind("。", 0, opener)  # (the section's heading and the opener's own words)
    if stages_in(d.s[head + 1 : opener]):
        return []  # the section names its stage: the words chose
    me = naming(d, fit)
    if me is None or not me.stages:
        return []
    out = []
    for q in cands:
        other = naming(d, q)
        if q is fit or other is None:
            continue
        if any(pid in me.stages and lvl < me.stages[pid] for pid, lvl in other.stages.items()):
            out.append(q)
    return out


def sibling_item(d: _Doc, a: Quantity, b: Quantity) -> bool:
    """Is ``b`` the item listed right after ``a`` in its sentence, named with the same last word
    ("其中线上受理31.95万件,线下受理16.67万件": the other kind of one intake, not a new set)?"""
    own_a, own_b = d.own_words(a), d.own_words(b)
    return (b.index == a.index + 1 and b.sentence == a.sentence and len(own_a) >= 3 and len(own_b) >= 3
            and own_a[-2:] == own_b[-2:] and d.s[a.end : b.start].count(",") + d.s[a.end : b.start].count("、") == 1)
