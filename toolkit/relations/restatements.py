"""One measure printed twice in the prose, in other words: "其中已办结案件135件" and, in a later
section, "全年共审结行政复议申请135件"; "感谢类415件" in a list of requests and "收到市民感谢
诉求415个" at the end of the text.

A figure's *measure* is what its words name -- its clause before the number and the words right
after it -- read as the process verbs it names and its other words, through the synonym groups of
``catalog/equalities.yaml`` (审结 and 结案 are 办结, 工单 are 诉求), with the words that name
nothing dropped (全年, 共, 已, 件, 类). Two figures state one measure when they are counted alike,
stand in different sentences, name no other period, name no two different verbs, and their
other words share a run of characters (or, naming one verb, one has no other words).

Words alone cannot tell a restatement from a second figure of a similar measure ("审结行政复议
案件135件" and "审结行政诉讼案件97件" share 审结): a text says a figure again in other words
without saying it is the same one. So a pair is only stated when the two figures agree and
the value is not one that recurs by chance (``min_value``): the check shows the auditor that
the figure is restated and where, and it never accuses on a reading the words do not fix.
Two figures equal by meaning that may differ (a rate of 100%, 全部整改, a list of grades) are
the other families of ``equalities``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from ..quantities import Quantity
from .model import Relation, compatible, money_value
from .roles import is_change_percent, is_delta, is_per_n, is_previous
from .scopes import words as scope_words
from .structure import _Doc, _overlap

_PATH = "toolkit/catalog/equalities.yaml"


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    """``restated`` of ``catalog/equalities.yaml``, compiled once: verb and noun synonyms (each
    word -> its group's first word), the generic and other-period words, the shortest shared
    run and the smallest value."""
    try:
        data = yaml.safe_load(resources.files("toolkit").joinpath("catalog/equalities.yaml").read_text(encoding="utf-8"))
        r = data["restated"]
        return {"verbs": _groups(r["verbs"]), "nouns": _groups(r["nouns"]),
                "generic": re.compile(r["generic"]), "other_period": re.compile(r["other_period"]),
                "min_run": int(r["min_run"]), "min_value": Decimal(str(r["min_value"])),
                # a place or a level among a figure's words: the scope nouns of breakdowns.yaml, 本级
                "scope": re.compile(scope_words()["scope_nouns"].pattern + r"|本级|级")}
    except (KeyError, TypeError, ValueError, re.error, yaml.YAMLError) as exc:
        raise CatalogError(f"bad 'restated' vocabulary: {exc}", path=_PATH) from exc


def _groups(groups: list) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every word of the groups (longest first: "安全隐患" before "隐患") and
    the canonical word (its group's first) of each."""
    canonical: dict[str, str] = {}
    for group in groups:
        if not isinstance(group, list) or not group or not all(isinstance(w, str) and w for w in group):
            raise TypeError("a synonym group lists one word or more")
        for w in group:
            canonical[w] = group[0]
    return re.compile("|".join(map(re.escape, sorted(canonical, key=len, reverse=True)))), canonical


_CLAUSE = re.compile(r"[,;:、。()!?\n|]")
_NOT_WORDS = re.compile(r"\d{4}年|[^\u4e00-\u9fff]")


def measure(d: _Doc, q: Quantity, v: dict | None = None) -> tuple[frozenset[str], str] | None:
    """What the figure counts: the process verbs its words name and its other words, both in
    canonical words ("其中2024年已审结案件" -> ({办结}, "")); None for a figure that is no level
    of this period (a change, a previous year's, one month's, an average)."""
    v = v or _vocabulary()
    lab = _CLAUSE.split(d.label(q))[-1]
    aft = d.after(q, 16)
    cut = _CLAUSE.search(aft)
    if cut:
        aft = aft[: cut.start()]
    elif q.index + 1 < len(d.qs) and q.end + len(aft) >= d.qs[q.index + 1].start:
        aft = ""  # the words run into the next figure: they name that one
    if v["other_period"].search(lab) or v["other_period"].search(aft):
        return None
    words = _NOT_WORDS.sub("", lab + aft)
    verb_re, verb_of = v["verbs"]
    verbs = frozenset(verb_of[m.group()] for m in verb_re.finditer(words))
    noun_re, noun_of = v["nouns"]
    rest = noun_re.sub(lambda m: noun_of[m.group()], verb_re.sub("", words))
    return verbs, v["generic"].sub("", rest)


# A rate named by the words closing its label ("群众满意率为", "按期办结率达").
_RATE = re.compile(r"([\u4e00-\u9fff]{1,10}?(?:率|比重|占比))(?:均|都|分别)?(?:为|达到|达|是|保持在?|提升至|提高到)?$")


def _rate_name(d: _Doc, q: Quantity, v: dict) -> str | None:
    """The name of the rate a percent states, in canonical words ("全年按期审结率达" -> 按期办结率);
    None for one of another period or named by no rate word."""
    lab = _CLAUSE.split(d.label(q))[-1]
    if v["other_period"].search(lab):
        return None
    m = _RATE.search(_NOT_WORDS.sub("", lab))
    if not m:
        return None
    verb_re, verb_of = v["verbs"]
    noun_re, noun_of = v["nouns"]
    name = noun_re.sub(lambda x: noun_of[x.group()], verb_re.sub(lambda x: verb_of[x.group()], m.group(1)))
    name = re.sub(r"^(?:全年|本年度|本年|今年|全市|全区|全县|全省|总体|整体|的)+", "", name)
    return name if len(name) >= 3 else None


def _same_measure(a: tuple[frozenset[str], str], b: tuple[frozenset[str], str], min_run: int,
                  scope: re.Pattern) -> bool:
    """Verbs that agree (or one figure names none) and other words sharing a run; naming one
    verb, a figure with no other words ("已办结案件") states the other's measure. Words left
    over on either side that name a place or a level ("郊区受理诉求" and "受理诉求") make the one
    figure a part of the other's measure, not the same."""
    (va, wa), (vb, wb) = a, b
    if va and vb and va != vb:
        return False
    if va and va == vb and (not wa or not wb):
        return not scope.search(wa + wb)
    run = _overlap(wa, wb) if wa and wb else 0
    if run < min_run:
        return False
    shared = next(wa[i : i + run] for i in range(len(wa) - run + 1) if wa[i : i + run] in wb)
    return not scope.search(wa.replace(shared, "", 1) + "|" + wb.replace(shared, "", 1))



def _counted_alike(a: Quantity, b: Quantity) -> bool:
    if a.is_money or b.is_money:
        return a.is_money and b.is_money and money_value(a) == money_value(b)
    return compatible(a, b) and a.value == b.value


_FIRST = 8  # earlier statements of a value a later one is compared with


def restated_by_meaning(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Each later prose figure stating the measure of an earlier one with the same value (see the
    module doc), paired with the first such figure; pairs some relation already ties are left."""
    v = _vocabulary()
    together = {(min(a.index, b.index), max(a.index, b.index)) for r in found if len(r.quantities()) <= 12
                for a in r.quantities() for b in r.quantities() if a is not b}
    by_value: dict[Decimal, list[tuple[Quantity, tuple[frozenset[str], str]]]] = {}
    for q in d.qs:
        if q.is_percent or q.in_table or not q.unit or q.qualifier or q.value < v["min_value"] \
                or d.in_parentheses(q) or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q):
            continue
        words = measure(d, q, v)
        if words is None or not (words[0] or words[1]):
            continue
        value = money_value(q) if q.is_money else q.value
        by_value.setdefault(value, []).append((q, words))
    for q in d.qs:
        if q.is_percent and not q.in_table and not q.qualifier and 0 < q.value < 100 \
                and not d.in_parentheses(q) and not is_change_percent(d, q):
            name = _rate_name(d, q, v)
            if name:
                by_value.setdefault(q.value, []).append((q, (frozenset({"%"}), name)))
    out: list[Relation] = []
    for figures in by_value.values():
        for k, (q, words) in enumerate(figures):
            # the first statements only (a fixed number: a value printed in every paragraph of a
            # long report would otherwise be compared with all its copies, square in their number)
            first = next((p for p, w in figures[: min(k, _FIRST)] if p.sentence != q.sentence and _counted_alike(p, q)
                          and (w == words if q.is_percent else _same_measure(w, words, v["min_run"], v["scope"]))),
                         None)
            if first is not None and (first.index, q.index) not in together:
                out.append(Relation("equal", "equal.restated_meaning", {"values": [first, q]}))
    return out
