"""Equalities by meaning: one metric restated, and the catalog's cross-metric rules."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from ..metrics import Metric
from ..quantities import Quantity
from ..tables import Table, row_totals
from .model import Relation, compatible
from .structure import _Doc, _overlap


@lru_cache(maxsize=1)
def load_rules() -> list[dict]:
    text = resources.files("toolkit").joinpath("catalog/rules.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    rules = data.get("rules")
    if not isinstance(rules, list):
        raise CatalogError("expected a 'rules' list", path="toolkit/catalog/rules.yaml")
    for r in rules:
        if r.get("kind") not in ("sum", "ratio", "equal", "bound", "count_amount"):
            raise CatalogError(f"unknown kind {r.get('kind')!r}", path="toolkit/catalog/rules.yaml",
                               location=str(r.get("id")))
    return rules


def _catalog_rules(d: _Doc, metrics: list[Metric]) -> list[Relation]:
    by_key = {m.key: m.quantity for m in metrics}
    out: list[Relation] = []
    for r in load_rules():
        kind = r["kind"]
        roles: dict[str, Quantity | list[Quantity] | None] = {}
        keys: dict[str, str] = {}
        ok = True
        for role in ("total", "numerator", "denominator", "percent", "smaller", "larger", "count", "amount"):
            if role in r:
                q = by_key.get(r[role])
                if q is None:
                    ok = False
                    break
                roles[role] = q
                keys[role] = r[role]
        for role in ("parts", "values"):
            if role in r:
                qs = [by_key.get(k) for k in r[role]]
                if any(q is None for q in qs):
                    ok = False
                    break
                roles[role] = qs  # type: ignore[assignment]
                keys[role] = ",".join(r[role])
        if not ok:
            continue
        if r.get("same_section") and not d.same_section(_flat(roles)):
            continue
        if r.get("unless") and re.search(r["unless"], d.section_text(_flat(roles))):
            continue  # the report says something that voids the rule ("行政强制决定3起")
        fine = tuple(r["average_fine"]) if kind == "count_amount" and r.get("average_fine") else None
        out.append(Relation(kind, f"catalog.{r['id']}", roles, source="catalog", keys=keys, fine_range=fine))
    return out


def _flat(roles: dict) -> list[Quantity]:
    out = []
    for v in roles.values():
        if isinstance(v, list):
            out.extend(v)
        elif v is not None:
            out.append(v)
    return out


def _label_words(d: _Doc, q: Quantity) -> str:
    lab = d.label(q)
    if q.in_table:
        # The row's header: its first cell that is not a bare figure.
        row = d.s[d.s.rfind("\n", 0, q.start) + 1 : q.start]
        lab = next((c for c in row.split("|") if c.strip() and not re.fullmatch(r"[\d.,%\s]+", c)), "")
    else:
        # "共收到8份政府信息公开申请": the noun can follow the figure -- up to the next
        # punctuation ("办结47件,结转下年度…2件": the words after the comma are the next figure's).
        lab += re.split(r"[,;:。()]", d.after(q, 12))[0]
    lab = re.sub(r"^\d{4}年(度|末|底)?", "", re.sub(r"[^\u4e00-\u9fff\d]", "", lab))
    return re.sub(r"(共|为|达|有|总计|合计|共计|累计|全年|全县|全市|全区|本年度|本年|今年)", "", lab)


def _table_total_cell(totals: dict[int, Quantity], q: Quantity) -> Quantity:
    """The figure that stands for a table row as a whole: for the first figure of a row that
    breaks a figure down by columns ("自然人|商业企业|…|总计"), the row's total column (metrics
    already claim that one; ``totals`` is ``tables.row_totals``, computed once); else the cell."""
    return totals.get(q.index, q)


def _repeated_metrics(d: _Doc, metrics_all: dict[str, list[Quantity]],
                      tables: list[Table] | None = None) -> list[Relation]:
    """One metric printed twice (prose and table, summary and section): the figures must agree.

    Only figures whose labels say the same thing are paired, each with the first statement
    (pairing every two restatements would grow with the square of their number). Two prose
    statements with one label may describe two scopes (a year, a school level), so they are
    paired only when they agree; a table restating the prose may not differ.
    """
    out = []
    totals = row_totals(tables) if tables else {}
    for key, qs in metrics_all.items():
        if tables:
            mapped = {}
            for q in qs:
                t = _table_total_cell(totals, q) if q.in_table else q
                mapped.setdefault(t.index, t)
            qs = list(mapped.values())
            if len(qs) < 2:
                continue
        first = qs[0]
        a = _label_words(d, first)
        for other in qs[1:]:
            if not (compatible(first, other) or not other.unit or not first.unit):
                continue
            if first.value != other.value and first.in_table == other.in_table:
                continue
            if _scaled_copy(first.value, other.value):
                continue  # "35.6万元" and a table "(单位:元)" showing 356000: the same figure in another unit
            b = _label_words(d, other)
            shared = _overlap(a, b) if a and b else 0
            if shared >= 4 and shared >= 0.5 * min(len(a), len(b)):
                out.append(Relation("equal", "equal.restated", {"values": [first, other]}, keys={"values": key}))
    return out


def _scaled_copy(x: Decimal, y: Decimal) -> bool:
    if not x or not y:
        return False
    return any(x * f == y or y * f == x for f in (Decimal(1000), Decimal(10_000), Decimal(100_000_000)))


def _covered_by_text(rule: Relation, rels: list[Relation]) -> bool:
    """A catalog rule restating a relation the text already gave (same figures) adds nothing."""
    mine = {q.index for q in rule.quantities()}
    for r in rels:
        if r.kind == rule.kind and {q.index for q in r.quantities()} == mine:
            return True
        if rule.kind == "bound" and r.kind == "ratio" and mine <= {q.index for q in r.quantities()}:
            return True
    return False
