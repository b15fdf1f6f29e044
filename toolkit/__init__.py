"""audit-workbook: check the statistics in Chinese government annual reports.

Public API::

    import toolkit
    result = toolkit.extract("report.txt")
    result.to_frames()["metrics"]
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import audit, audit_many, extract
from .errors import (
    CatalogError,
    CorruptDocumentError,
    EmptyDocumentError,
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
from .result import AuditResult, ExtractResult
from .workbook import read_review, write_workbook

__all__ = [
    "AuditResult",
    "CatalogError",
    "CorruptDocumentError",
    "EmptyDocumentError",
    "ExtractResult",
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
    "read_review",
    "write_workbook",
]
