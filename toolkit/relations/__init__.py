"""Text + [Quantity] + [Metric] -> [Relation]: the arithmetic the text states.

Five kinds, named as in the corpus contract:

* ``sum``    a total and its breakdown (其中, 包括, 分别为, "…中," lists, parenthesised lists)
* ``bound``  a part that cannot exceed its whole (a breakdown that is not exhaustive, 含)
* ``ratio``  a stated rate or share against its stated numerator and denominator
* ``change`` a year-over-year (or month-on-month) change of a stated figure
* ``equal``  two statements of one figure that must agree

Relations are found from the wording; whether they hold is for ``checks``.
Cross-metric rules of the catalog (``catalog/rules.yaml``) add relations by meaning.
"""

from __future__ import annotations

from ..metrics import Metric
from ..normalize import Text
from ..quantities import Quantity
from ..tables import find_tables
from .bounds import _includes, _subsets_by_meaning
from .changes import _changes
from .classified import _classified
from .equalities import _catalog_rules, _covered_by_text, _repeated_metrics, by_meaning, load_rules
from .model import _MONEY_SCALE, Relation, compatible, money_value
from .per_n import _per_capita
from .shares import _ratio_expressions, _ratios
from .structure import _Doc
from .sums import _breakdowns, _parenthesised_lists, _status_splits, _trailing_totals
from .tables import _table_relations

__all__ = ["_MONEY_SCALE", "Relation", "_Doc", "compatible", "find_relations", "load_rules", "money_value"]


def find_relations(text: Text, quantities: list[Quantity], metrics: list[Metric],
                   restated: dict[str, list[Quantity]] | None = None, doc: _Doc | None = None) -> list[Relation]:
    """Every relation the text states, de-duplicated, in reading order."""
    d = doc if doc is not None else _Doc(text, quantities, metrics)
    rels: list[Relation] = []
    rels += _breakdowns(d)
    rels += _classified(d)
    rels += _includes(d)
    rels += _parenthesised_lists(d)
    rels += _trailing_totals(d)
    rels += _status_splits(d)
    rels += _subsets_by_meaning(d)
    tables = find_tables(d.s, quantities)
    rels += _table_relations(d, tables)
    rels += _ratios(d, rels)
    rels += _per_capita(d)
    rels += _changes(d)
    rels += _repeated_metrics(d, restated or {}, tables)
    rels += _ratio_expressions(d, rels)
    rels += by_meaning(d, rels)
    text_sigs = {r.signature() for r in rels}
    for r in _catalog_rules(d, metrics):
        if r.signature() not in text_sigs and not _covered_by_text(r, rels):
            rels.append(r)
    seen: set = set()
    out = []
    for r in rels:
        sig = r.signature()
        if sig in seen:
            continue
        seen.add(sig)
        out.append(r)
    out.sort(key=lambda r: min((q.start for q in r.quantities()), default=0))
    return out
