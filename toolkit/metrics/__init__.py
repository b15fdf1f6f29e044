"""[Quantity] + catalog -> [Metric]: the named headline figures of a report.

The catalog (``catalog/metrics.yaml``) is data; this module only evaluates it.
Each quantity is offered to every catalog entry whose unit fits; the entry
with the most specific label match claims it. Each key then keeps one
headline figure: not one from a sub-campaign or a single month, not a part of
a breakdown, and otherwise the first one printed.

Modules: ``words`` (the words that place a figure: sentence ends, sub-scopes, parts,
targets), ``definitions`` (the catalog: MetricDef, Metric, loading and compiling it),
``sites`` (where a figure stands: its line, sentence, paragraph, caption), ``matching``
(scoring a catalog entry on a figure, candidate entries per site). This module claims
and picks the metrics.
"""

from __future__ import annotations

import re

from ..normalize import Text
from ..quantities import Quantity
from .definitions import (
    Metric,
    MetricDef,
    _needs_one_of,  # noqa: F401  (re-exported)
    load_catalog,
)
from .matching import _NO_CANDIDATES, _headline_penalty, _index, _match
from .sites import _sites
from .words import _FORECAST, _SUB_SCOPE, _SUB_SCOPE_ANY, _SUB_SCOPE_HEAD, _TO_REACH, SEGMENT_END, TAIL  # noqa: F401  (re-exported)

Claims = dict[str, list[tuple[float, int]]]


def metric_claims(text: Text, quantities: list[Quantity], catalog: dict[str, MetricDef]) -> Claims:
    """For each key, the figures that claim it, as (headline penalty, index).

    Computed once per report and shared by ``find_metrics`` and ``all_metric_claims``.
    """
    index = _index(catalog)
    claims: Claims = {}
    sites = _sites(text, quantities)
    for i, (q, site) in enumerate(zip(quantities, sites, strict=True)):
        cands = index.by_unit.get(q.unit, _NO_CANDIDATES) if q.unit or not q.in_table else index.every
        scored = {}
        for d in cands.for_site(site):
            v = _match(d, q, site)
            if v[0] or v[1]:
                scored[d.key] = v
        if not scored or (_TO_REACH.search(site.label) and _FORECAST.search(site.sentence)):
            continue
        primary = max(scored, key=lambda k: (max(scored[k]), k))
        keys = {primary}
        # "共收到申请1件,已结转至下年": a figure described by the words after it
        # can be a second metric besides the one its label names.
        keys.update(k for k, (by_label, by_after) in scored.items() if by_after and not by_label)
        penalty, part = _headline_penalty(q, site)
        # Sorted, not set order: set order changes with PYTHONHASHSEED, and so would the
        # order of the metrics of one figure from one process to the next.
        for key in [primary, *sorted(keys - {primary})]:
            claims.setdefault(key, []).append((penalty + (0.0 if catalog[key].a_part else part), i))
    _closed_by_a_total(quantities, sites, claims, catalog)
    return claims


# A total closing a list in its sentence ("…4期,另开展…6期,共计10期"; "…分别为52.80万元和3.47万元,共计罚没款
# 56.27万元"): the words before it name the list, not the figure (",共计"), or name it as the list's whole.
_CLOSING = re.compile(r"^[,;、]?(?:合计|共计|总计)[\u4e00-\u9fff]{0,6}$")
_REACH = 6  # figures after a part where its list's closing total may stand


def _closed_by_a_total(quantities: list[Quantity], sites: list, claims: Claims, catalog: dict[str, MetricDef]) -> None:
    """A figure whose list a total closes in the same sentence (same unit) is a part: the key it claims
    goes to the total (claimed too, or given it when its words name nothing), the part ranked below it."""
    keys_of: dict[int, set[str]] = {}
    for key, cands in claims.items():
        for _, i in cands:
            keys_of.setdefault(i, set()).add(key)
    for key, cands in list(claims.items()):
        if not catalog[key].summed:
            continue
        claimed = {i for _, i in cands}
        for n, (pen, i) in enumerate(list(cands)):
            q = quantities[i]
            total = next((j for j in range(i + 1, min(len(quantities), i + 1 + _REACH))
                          if quantities[j].sentence == q.sentence and quantities[j].unit == q.unit
                          and not quantities[j].is_percent and _CLOSING.match(sites[j].label)), None)
            if total is None or quantities[total].value <= q.value:
                continue
            # (a list of other keys' figures too, "许可5,166件、处罚2,280件,…合计16,704件": of no one key)
            if any(keys_of.get(k, {key}) != {key} for k in range(max(0, i - _REACH), total)
                   if k != i and quantities[k].sentence == q.sentence and k in keys_of):
                continue
            if total not in claimed:
                if total in keys_of or any(quantities[k].unit != q.unit for k in range(max(0, i - _REACH), total)
                                           if quantities[k].sentence == q.sentence and not quantities[k].is_percent):
                    continue  # (the total's words name another key; a list counting other things, "…9,112次")
                cands.append((pen, total))
                claimed.add(total)
            cands[n] = (pen + 1.0, i)


def find_metrics(text: Text, quantities: list[Quantity], catalog: dict[str, MetricDef] | None = None,
                 claims: Claims | None = None) -> list[Metric]:
    """The catalog's metrics found in the text, one headline figure per key."""
    catalog = catalog if catalog is not None else load_catalog()
    if claims is None:
        claims = metric_claims(text, quantities, catalog)
    out = []
    for key, cands in claims.items():
        _, i = min(cands)
        q = quantities[i]
        d = catalog[key]
        sent = text.text[q.sentence[0] : q.sentence[1]].strip()
        start, end = text.original_span(q.start, q.end)
        out.append(Metric(key=key, label_zh=d.zh, label_en=d.en, quantity=q, evidence_text=sent,
                          line=q.line, start=start, end=end, default_unit=d.unit))
    out.sort(key=lambda m: m.quantity.index)
    return out


def all_metric_claims(text: Text, quantities: list[Quantity], catalog: dict[str, MetricDef] | None = None,
                      claims: Claims | None = None) -> dict[str, list[Quantity]]:
    """Every figure of each key that is not from a sub-campaign or a target, in order.

    One metric printed twice must be printed the same; ``relations`` checks that.
    """
    catalog = catalog if catalog is not None else load_catalog()
    if claims is None:
        claims = metric_claims(text, quantities, catalog)
    out: dict[str, list[Quantity]] = {}
    for key, cands in claims.items():
        # Parts of a breakdown and table cells are restatements too; sub-campaigns and targets are not.
        qs = [quantities[i] for pen, i in sorted(cands, key=lambda c: c[1]) if pen < 2]
        if len(qs) > 1:
            out[key] = qs
    return out
