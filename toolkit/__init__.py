"""audit-workbook: check the statistics in Chinese government annual reports.

Public API::

    import toolkit
    result = toolkit.extract("report.txt")
    result.to_frames()["metrics"]
"""

from __future__ import annotations

__version__ = "0.1.0"

from . import _lazy  # noqa: F401  (defers a 2.6 s third-party import in every runner process)
from .api import audit, audit_many, extract
from .errors import (
    CatalogError,
    CorruptDocumentError,
    EmptyDocumentError,
    LedgerError,
    LoadError,
    ParameterError,
    ReportNotFoundError,
    RunError,
    RunLockedError,
    ToolkitError,
    UnsafeDocumentError,
    UnsupportedFormatError,
    WorkbookError,
)
from .ledger import open_ledger
from .result import AuditResult, ExtractResult
from .workbook import read_review, write_workbook

__all__ = [
    "AuditResult",
    "CatalogError",
    "CorruptDocumentError",
    "EmptyDocumentError",
    "ExtractResult",
    "LedgerError",
    "LoadError",
    "ParameterError",
    "ReportNotFoundError",
    "RunError",
    "RunLockedError",
    "ToolkitError",
    "UnsafeDocumentError",
    "UnsupportedFormatError",
    "WorkbookError",
    "__version__",
    "audit",
    "audit_many",
    "extract",
    "open_ledger",
    "read_review",
    "write_workbook",
]
