"""Scoring a catalog entry on a figure, and the candidate entries for each site."""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from ..quantities import Quantity
from .definitions import MetricDef
from .sites import _Site
from .words import _PART_OF, _SUB_SCOPE_ANY, _SUB_SCOPE_HEAD, _TARGET, PER_CASE


def _scoped(scope: str, site: _Site) -> str:
    if scope == "paragraph":
        return site.paragraph
    if scope == "sentence":
        return site.sentence
    return site.context


def _match(defn: MetricDef, q: Quantity, site: _Site) -> tuple[float, float]:
    """How specifically ``defn`` describes ``q``: (by the label before, by the words after)."""
    by_label = by_after = 0.0
    labels = defn.label if defn.any_label is not None and defn.any_label.search(site.label) else ()
    for p in labels:
        m = p.search(site.label)
        if m:
            # Longer labels are more specific; a match ending right at the figure is closer.
            by_label = max(by_label, 10 + (m.end() - m.start()) - 0.5 * (len(site.label) - m.end()))
    for p in defn.after:
        m = p.search(site.after)
        # ("撤诉3件,败诉率为零": the words after name a rate, not the figure)
        if m and not site.after.startswith("率", m.end()):
            by_after = max(by_after, 5 + (m.end() - m.start()) * 0.5)
    if not (by_label or by_after):
        return 0.0, 0.0
    if defn.exclude and defn.exclude.search(site.label):
        return 0.0, 0.0
    if q.is_money and PER_CASE.search(re.split(r"[,;:]", site.label)[-1]):
        return 0.0, 0.0  # an average amount per case is no total the catalog names
    in_context = False
    if defn.context:
        scoped = _scoped(defn.scope, site)
        m = defn.context.search(scoped)
        in_context = bool(m) and not _item_of_a_list(scoped, m.start())
        # (the section's subject stands in for words the figure's sentence leaves unsaid: "全年审结
        # 462件" under "一、行政复议"; a table cell has its caption for that)
        if not in_context and not (defn.subject and not q.in_table and defn.subject.search(site.section)):
            return 0.0, 0.0
    if defn.exclude_context and defn.exclude_context.search(site.context):
        return 0.0, 0.0
    if defn.exclude_subject and defn.exclude_subject.search(site.section):
        return 0.0, 0.0
    # The catalog's own unit fits better than a tolerated one; entries whose
    # context the figure's own words show are narrower than the generic ones.
    bonus = (1 if defn.unit == q.unit else 0) + (2 if in_context else 0)
    return (by_label + bonus if by_label else 0.0), (by_after + bonus if by_after else 0.0)


_ITEM_ENDS = re.compile(r"\d[^\d,，、。;；]{0,4}、")


def _item_of_a_list(text: str, at: int) -> bool:
    """Is the context word at ``at`` one item of a "、" list of figures, with the figure in a
    later clause? In "一般程序案件214件、简易程序案件112件,罚没款418.6万元" the amount may be
    either item's or the whole list's: neither item's context decides it."""
    ends = [i for i in (text.find(",", at), text.find("，", at)) if i >= 0]
    if not ends:
        return False  # the figure is in the item's own clause
    return text[at - 1 : at] == "、" or _ITEM_ENDS.search(text, at, min(ends)) is not None


def _headline_penalty(q: Quantity, site: _Site) -> tuple[float, float]:
    """How far the figure is from a headline: (for every key, more for a key that is no part of a
    whole -- "其中" marks a sub-figure, except before a key like 税收收入 that is a part by name)."""
    penalty = 0.0
    sentence = site.sentence
    if _SUB_SCOPE_ANY.search(sentence) or _SUB_SCOPE_HEAD.match(sentence):
        penalty += 2
    part = 1.0 if _PART_OF.search(site.context) else 0.0
    if q.in_table:
        penalty += 0.5  # prose states the headline; tables repeat it
    if _TARGET.search(site.label):
        penalty += 3
    return penalty, part


class _Candidates:
    """Catalog entries offered one kind of figure, indexed by the strings their patterns need.

    An entry whose label patterns need one of some strings cannot describe a
    figure whose label holds none of them (the same for the words after): only
    the entries that can are scored, in catalog order. A needed string is looked
    up by its first two characters (or its one), each entry being a bit of a mask.
    """

    def __init__(self, defs: list[MetricDef]):
        self.defs = defs
        self.always = 0
        self.label1: dict[str, int] = {}
        self.label2: dict[str, int] = {}
        self.after1: dict[str, int] = {}
        self.after2: dict[str, int] = {}
        for i, d in enumerate(defs):
            bit = 1 << i
            for needs, one, two in ((d.label_chars if d.label else frozenset(), self.label1, self.label2),
                                    (d.after_chars if d.after else frozenset(), self.after1, self.after2)):
                if needs is None:
                    self.always |= bit
                    continue
                for need in needs:
                    if len(need) >= 2:
                        two[need[:2]] = two.get(need[:2], 0) | bit
                    else:
                        one[need] = one.get(need, 0) | bit

        # One pass of a regex finds, at each position, the longest key there; a
        # two-character key's mask includes that of its first character's.
        self.label_keys, self.label_masks = self._finder(self.label1, self.label2)
        self.after_keys, self.after_masks = self._finder(self.after1, self.after2)

    @staticmethod
    def _finder(one: dict[str, int], two: dict[str, int]) -> tuple[re.Pattern | None, dict[str, int]]:
        masks = dict(one)
        for k, m in two.items():
            masks[k] = m | one.get(k[0], 0)
        if not masks:
            return None, masks
        alts = [re.escape(k) for k in sorted(two)]
        if one:
            alts.append("[" + "".join(re.escape(c) for c in sorted(one)) + "]")
        return re.compile("(?=(" + "|".join(alts) + "))", re.DOTALL), masks

    def for_site(self, site: _Site) -> list[MetricDef]:
        found = self.always
        if self.label_keys is not None:
            masks = self.label_masks
            for key in self.label_keys.findall(site.label):
                found |= masks[key]
        if self.after_keys is not None:
            masks = self.after_masks
            for key in self.after_keys.findall(site.after):
                found |= masks[key]
        out = []
        defs = self.defs
        while found:
            low = found & -found
            out.append(defs[low.bit_length() - 1])
            found ^= low
        return out


@dataclass
class _Index:
    by_unit: dict[str, _Candidates]
    every: _Candidates  # for a table cell without a unit: the whole catalog


_INDEXES: list[tuple[dict, tuple[MetricDef, ...], _Index]] = []


def _index(catalog: dict[str, MetricDef]) -> _Index:
    """The catalog's entries by unit (most figures fit a handful), built once per catalog."""
    defs = tuple(catalog.values())
    for cat, seen, index in _INDEXES:
        if cat is catalog and len(seen) == len(defs) and all(map(operator.is_, seen, defs)):
            return index
    by_unit: dict[str, list[MetricDef]] = {}
    for d in defs:
        for u in d.units:
            by_unit.setdefault(u, []).append(d)
    index = _Index({u: _Candidates(ds) for u, ds in by_unit.items()}, _Candidates(list(defs)))
    _INDEXES.insert(0, (catalog, defs, index))
    del _INDEXES[8:]
    return index


_NO_CANDIDATES = _Candidates([])

