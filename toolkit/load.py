"""bytes -> Document: format and encoding detection (stub, replaced by the loader work)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import ReportNotFoundError


@dataclass(frozen=True)
class Document:
    """A report as text, before normalization.

    ``text`` is the report's text with ``\\n`` line breaks; for txt/md it is the file
    decoded, for html/docx/pdf the text extracted in reading order (one block a line).
    ``line`` numbers everywhere else are 1-based lines of this text.
    """

    path: str
    text: str
    format: str  # txt | md | html | pdf | docx
    encoding: str | None
    sha256: str
    size: int


def load(path: str | Path) -> Document:
    p = Path(path)
    if not p.is_file():
        raise ReportNotFoundError("no such file", path=p)
    data = p.read_bytes()
    text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    return Document(str(p), text, "txt", "utf-8", hashlib.sha256(data).hexdigest(), len(data))
