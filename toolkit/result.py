"""Result types of the pipeline: plain dataclasses, with frames and JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from types import GeneratorType
from typing import Any

from .metrics import Metric
from .quantities import Quantity
from .trace import evidence_lines


@dataclass
class ReportInfo:
    """The report's identity and metadata."""

    path: str
    sha256: str
    format: str
    encoding: str | None
    agency: str | None
    year: int | None
    doc_number: str | None
    date: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def json_chunks(value: Any, depth: int = 3) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False)`` in pieces, joined the same: the arrays and
    objects of the top ``depth`` levels are written item by item, so a long report's JSON is
    never one string (plus its encoded copy) in memory. A generator there is written as an
    array, each item made only when it is written."""
    if depth and isinstance(value, list | GeneratorType):
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ", "
            yield from json_chunks(item, depth - 1)
        yield "]"
    elif depth and isinstance(value, dict) and all(isinstance(k, str) for k in value):
        yield "{"
        for i, (k, v) in enumerate(value.items()):
            yield (", " if i else "") + json.dumps(k, ensure_ascii=False) + ": "
            yield from json_chunks(v, depth - 1)
        yield "}"
    else:
        yield json.dumps(value, ensure_ascii=False)


def quantity_dict(q: Quantity, text_original_span: tuple[int, int], evidence: str) -> dict[str, Any]:
    return {
        "value": q.plain,
        "unit": q.unit,
        "qualifier": q.qualifier,
        "interval": [float(q.low), float(q.high)],
        "printed": q.printed,
        "line": q.line,
        "start": text_original_span[0],
        "end": text_original_span[1],
        "evidence": evidence,
    }


def metric_dict(m: Metric) -> dict[str, Any]:
    q = m.quantity
    return {
        "key": m.key,
        "label_zh": m.label_zh,
        "label_en": m.label_en,
        "value": m.value,
        "unit": m.unit,
        "qualifier": m.qualifier,
        "interval": [float(q.low), float(q.high)],
        "printed": q.printed,
        "evidence": {"text": m.evidence_text, "line": m.line, "start": m.start, "end": m.end},
    }


@dataclass
class ExtractResult:
    """Everything extracted from one report."""

    report: ReportInfo
    metrics: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what reading the file had to mend

    def to_dict(self) -> dict[str, Any]:
        d = {"report": self.report.to_dict(), "metrics": self.metrics, "quantities": self.quantities}
        if self.notes:  # only then: the JSON of every readable file stays as it was
            d["notes"] = self.notes
        return d

    def json_chunks(self) -> Iterator[str]:
        """``self.to_json()`` in pieces (``json_chunks``)."""
        return json_chunks(self.to_dict())

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def to_frames(self) -> dict[str, Any]:
        """pandas DataFrames: ``metrics`` and ``quantities``."""
        import pandas as pd

        metrics = pd.DataFrame(
            [{**{k: v for k, v in m.items() if k != "evidence"},
              "evidence": m["evidence"]["text"], "line": m["evidence"]["line"]} for m in self.metrics]
        )
        return {"metrics": metrics, "quantities": pd.DataFrame(self.quantities)}


@dataclass
class AuditResult:
    """One report audited: metrics, quantities and checks (``flags`` are the failing checks)."""

    report: ReportInfo
    metrics: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    checks: list[Any] = field(default_factory=list)  # list[checks.Check]
    notes: list[str] = field(default_factory=list)  # what could not be checked, and why
    movements: list[dict[str, Any]] = field(default_factory=list)  # against the previous year's report

    @property
    def flags(self) -> list[Any]:
        order = {"error": 0, "warning": 1}
        return sorted((c for c in self.checks if c.status == "fail"), key=lambda c: order.get(c.severity, 2))

    def to_dict(self) -> dict[str, Any]:
        return self._as_dict([c.to_dict() for c in self.checks])

    def json_chunks(self) -> Iterator[str]:
        """``self.to_json()`` in pieces (``json_chunks``); each check becomes a dict only while
        it is written: a long report's checks are never all dicts at once."""
        return json_chunks(self._as_dict(c.to_dict() for c in self.checks))

    def _as_dict(self, checks: Iterable[dict[str, Any]]) -> dict[str, Any]:
        return {
            "report": self.report.to_dict(),
            "metrics": self.metrics,
            "quantities": self.quantities,
            "checks": checks,
            "notes": self.notes,
            "movements": self.movements,
        }

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def to_frames(self) -> dict[str, Any]:
        """pandas DataFrames: ``metrics``, ``quantities``, ``checks`` and ``flags``."""
        import pandas as pd

        frames = ExtractResult(self.report, self.metrics, self.quantities).to_frames()
        rows = []
        for c in self.checks:
            d = c.to_dict()
            d["evidence"] = " | ".join(evidence_lines(d["evidence"], self.report.path))
            d["operands"] = json.dumps(d["operands"], ensure_ascii=False)
            d["report"] = self.report.path
            rows.append(d)
        checks = pd.DataFrame(rows)
        frames["checks"] = checks
        frames["flags"] = checks[checks["status"] == "fail"] if len(checks) else checks
        frames["movements"] = pd.DataFrame(self.movements)
        return frames
