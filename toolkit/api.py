"""The public verbs: extract, audit, audit_many."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .check_list import unique_ids, without_echoes
from .checks import Check, Evidence, Tolerance, evaluate, using
from .load import load
from .metadata import find_metadata
from .metrics import Claims, Metric, MetricDef, all_metric_claims, find_metrics, load_catalog, metric_claims
from .normalize import Text, normalize
from .quantities import Quantity, find_quantities
from .relations import _Doc, find_relations
from .relations.cell_measures import cell_names
from .relations.reading import named_after
from .result import AuditResult, ExtractResult, ReportInfo, metric_dict, quantity_dict


@dataclass
class _Read:
    """A report read up to its metrics: what extract and audit share."""

    text: Text
    quantities: list[Quantity]
    catalog: dict[str, MetricDef]
    metrics: list[Metric]
    info: ReportInfo
    claims: Claims
    notes: list[str]  # what reading the file had to mend (bytes replaced, and where)

    def quantity_dicts(self, sentences: dict[tuple[int, int], str] | None = None) -> list[dict]:
        sentence = _sentence_texts(self.text.text, sentences)
        return [quantity_dict(q, self.text.original_span(q.start, q.end), sentence(q)) for q in self.quantities]

    def release_quantity_dicts(self, sentences: dict[tuple[int, int], str] | None = None,
                               spans: list[tuple[int, int] | None] | None = None) -> list[dict]:
        """``quantity_dicts``, letting go of each Quantity as its dict is made (the last use of
        them: a long report then never holds all its figures twice, as objects and as dicts).
        ``spans``: the original spans already read, by figure index (None where not)."""
        sentence = _sentence_texts(self.text.text, sentences)
        qs, self.quantities = self.quantities, []
        out = []
        for i, q in enumerate(qs):
            qs[i] = None  # type: ignore[call-overload]
            span = spans[i] if spans is not None and i < len(spans) else None
            out.append(quantity_dict(q, span or self.text.original_span(q.start, q.end), sentence(q)))
        return out


def _sentence_texts(s: str, cache: dict[tuple[int, int], str] | None = None) -> Callable[[Quantity], str]:
    """A figure's sentence as evidence text, each sentence one string however many figures and
    checks cite it (a long report's checks cite its figures over and over)."""
    cache = {} if cache is None else cache

    def sentence(q: Quantity) -> str:
        text = cache.get(q.sentence)
        if text is None:
            text = cache[q.sentence] = s[q.sentence[0] : q.sentence[1]].strip()
        return text

    return sentence


def _read(path: str | Path, agency: str | None, year: int | None, doc_number: str | None,
          catalog_path: str | Path | None) -> _Read:
    doc = load(path)
    text = normalize(doc)
    quantities = find_quantities(text)
    catalog = load_catalog(catalog_path)
    claims = metric_claims(text, quantities, catalog)
    metrics = find_metrics(text, quantities, catalog, claims)
    meta = find_metadata(text.text)
    info = ReportInfo(
        path=doc.path, sha256=doc.sha256, format=doc.format, encoding=doc.encoding,
        agency=agency or meta.agency, year=year or meta.year,
        doc_number=doc_number or meta.doc_number, date=meta.date,
    )
    return _Read(text, quantities, catalog, metrics, info, claims, list(doc.notes))


def extract(path: str | Path, *, agency: str | None = None, year: int | None = None,
            doc_number: str | None = None, catalog_path: str | Path | None = None) -> ExtractResult:
    """Read one report and extract its quantities and named metrics, with evidence.

    ``agency``, ``year`` and ``doc_number`` override what the text says.
    Raises a ``ToolkitError`` subclass when the file cannot be read.
    """
    r = _read(path, agency, year, doc_number, catalog_path)
    return ExtractResult(report=r.info, metrics=[metric_dict(m) for m in r.metrics], quantities=r.quantity_dicts(),
                         notes=r.notes)


def report_identity(info: ReportInfo) -> str:
    """What names a report across runs: agency and year, else the file name."""
    if info.agency and info.year:
        return f"{info.agency}|{info.year}"
    return Path(info.path).stem


def audit(path: str | Path, *, agency: str | None = None, year: int | None = None,
          doc_number: str | None = None, catalog_path: str | Path | None = None,
          tolerance: Tolerance | None = None) -> AuditResult:
    """Audit one report: its metrics, quantities and every check of the relations it states.

    ``agency``, ``year`` and ``doc_number`` override what the text says; ``tolerance``
    loosens the checks (default: exact, rounding-aware; see ``checks.Tolerance``).
    Raises a ``ToolkitError`` subclass when the file cannot be read.
    """
    r = _read(path, agency, year, doc_number, catalog_path)
    text, quantities, metrics = r.text, r.quantities, r.metrics
    restated = all_metric_claims(text, quantities, r.catalog, r.claims)
    r.claims = {}  # used up (one tuple per claiming figure: ~150,000 on a long report)
    d = _Doc(text, quantities, metrics)
    relations = find_relations(text, quantities, metrics, restated, doc=d)
    labels = {q.index: d.label(q) for q in quantities}
    # a table cell's own label is "|": the auditor reads it by its row and column instead
    names = cell_names(d.cache.get("tables") or [])
    names = {**named_after(d, quantities), **names}  # ("为1,873名劳动者…": named by the words after it)
    keys = {m.quantity.index: m.key for m in metrics}
    # The engine's index and caches are done with once the labels are read: a long report's
    # peak is its checks on top of what is still held here.
    del d, restated
    sentences: dict[tuple[int, int], str] = {}
    sentence = _sentence_texts(text.text, sentences)

    # One Evidence per (role, figure), shared by every check citing the figure in that role:
    # a long report's checks cite its figures over and over (~1/3 of the citations are repeats).
    # Nothing changes an Evidence once ``evaluate`` has set its label (the figure's own label).
    shared: dict[str, list[Evidence | None]] = {}
    # Each figure's original span, read once however many roles cite it (and reused by its dict).
    spans: list[tuple[int, int] | None] = [None] * len(quantities)

    def evidence_of(role: str, q: Quantity) -> Evidence:
        i = q.index
        own = 0 <= i < len(quantities) and quantities[i] is q  # a copy of a figure gets its own
        if own:
            slots = shared.get(role)
            if slots is None:
                slots = shared[role] = [None] * len(quantities)
            ev = slots[i]
            if ev is not None:
                return ev
        span = spans[i] if own else None
        if span is None:
            span = text.original_span(q.start, q.end)
            if own:
                spans[i] = span
        start, end = span
        # (positional, in the order of Evidence's fields: role, printed, text, line, start, end,
        # key, index, label, file -- a keyword call costs twice as much, once per cited figure)
        ev = Evidence(role, q.printed, sentence(q), q.line, start, end, keys.get(q.index), q.index, "", r.info.path)
        if own:
            slots[i] = ev
        return ev

    rid = report_identity(r.info)
    checks: list[Check] = []
    with using(tolerance):
        relations.reverse()  # popped in the text's order: each relation let go of once evaluated
        while relations:
            checks.append(evaluate(relations.pop(), report_id=rid, labels=labels, keys=keys, evidence_of=evidence_of,
                                   names=names))
    del labels
    shared.clear()  # the checks hold their evidence; the per-figure slots go
    checks = without_echoes(checks)
    unique_ids(checks)
    for c in checks:
        c.report = r.info.path
    return AuditResult(report=r.info, metrics=[metric_dict(m) for m in metrics],
                       quantities=r.release_quantity_dicts(sentences, spans), checks=checks, notes=r.notes)


def audit_many(paths: list[str | Path], **params: object) -> list[AuditResult]:
    """Audit several reports; reports of one agency in consecutive years are also checked
    against each other (change claims against last year's figures) and get ``movements``.

    Raises the first ``ToolkitError``; the CLI audits one by one to go on past bad files.
    """
    from .compare import compare_years

    results = [audit(p, **params) for p in paths]  # type: ignore[arg-type]
    compare_years(results, tolerance=params.get("tolerance"))  # type: ignore[arg-type]
    return results
