"""The public verbs: extract (and, with the checks, audit)."""

from __future__ import annotations

from pathlib import Path

from .load import load
from .metadata import find_metadata
from .metrics import find_metrics, load_catalog
from .normalize import normalize
from .quantities import find_quantities
from .result import ExtractResult, ReportInfo, metric_dict, quantity_dict


def extract(path: str | Path, *, agency: str | None = None, year: int | None = None,
            doc_number: str | None = None, catalog_path: str | Path | None = None) -> ExtractResult:
    """Read one report and extract its quantities and named metrics, with evidence.

    ``agency``, ``year`` and ``doc_number`` override what the text says.
    Raises a ``ToolkitError`` subclass when the file cannot be read.
    """
    doc = load(path)
    text = normalize(doc)
    quantities = find_quantities(text)
    metrics = find_metrics(text, quantities, load_catalog(catalog_path))
    meta = find_metadata(text.text)
    info = ReportInfo(
        path=doc.path, sha256=doc.sha256, format=doc.format, encoding=doc.encoding,
        agency=agency or meta.agency, year=year or meta.year,
        doc_number=doc_number or meta.doc_number, date=meta.date,
    )
    s = text.text
    qdicts = [quantity_dict(q, text.original_span(q.start, q.end), s[q.sentence[0] : q.sentence[1]].strip())
              for q in quantities]
    return ExtractResult(report=info, metrics=[metric_dict(m) for m in metrics], quantities=qdicts)
