"""Where a piece of evidence comes from, said the same way everywhere an auditor reads it.

A check's evidence sentences usually come from its own report, but a cross-year check
cites the previous year's report too: every line names its own file ("qinghe-2022.txt L11").
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any


def _get(e: Any, name: str) -> Any:
    return e.get(name) if isinstance(e, dict) else getattr(e, name, None)


def evidence_file(e: Any, default: str = "") -> str:
    """The file an evidence item (an ``Evidence`` or its dict) is from; ``default`` for older records."""
    return str(_get(e, "file") or default)


def evidence_source(e: Any, default: str = "") -> str:
    """``qinghe-2022.txt L11``: the file's name and the line."""
    name = Path(evidence_file(e, default)).name
    line = _get(e, "line")
    return f"{name} L{line}" if name else f"L{line}"


def evidence_lines(evidence: Iterable[Any], default: str = "", *, limit: int | None = None) -> list[str]:
    """One line per cited sentence, in order, without repeats: ``qinghe-2022.txt L11: 句子``."""
    seen: dict[tuple[str, Any, str], None] = {}
    for e in evidence:
        # A sentence that spans lines in the report is shown on one line.
        text = " ".join(str(_get(e, "text") or "").split())
        seen.setdefault((evidence_file(e, default), _get(e, "line"), text), None)
    out = []
    for file, line, text in seen:
        shown = text if limit is None or len(text) <= limit else text[:limit] + "…"
        out.append(f"{evidence_source({'file': file, 'line': line})}: {shown}")
    return out
