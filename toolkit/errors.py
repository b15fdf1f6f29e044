"""The toolkit's exception family.

Every error a user can cause (a bad file, a bad parameter) is a ``ToolkitError``
that names the file and, where known, the location inside it. The CLI prints
``str(error)`` as one line and goes on with the rest of a batch.
"""

from __future__ import annotations

from pathlib import Path


class ToolkitError(Exception):
    """Base class: a problem with an input, reported without a traceback."""

    def __init__(self, message: str, *, path: str | Path | None = None, location: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.location = location

    def __str__(self) -> str:
        where = self.path or ""
        if self.location:
            where = f"{where}:{self.location}" if where else self.location
        return f"{where}: {self.message}" if where else self.message


class LoadError(ToolkitError):
    """A report could not be read."""


class ReportNotFoundError(LoadError):
    """The path does not exist or is not a file."""


class UnsupportedFormatError(LoadError):
    """The file's format is not one the toolkit reads."""


class EmptyDocumentError(LoadError):
    """The file holds no text."""


class CorruptDocumentError(LoadError):
    """The file is truncated, garbled, or not what its name says."""


class UnsafeDocumentError(LoadError):
    """The file would exhaust memory (zip bomb, entity expansion) and is refused."""


class CatalogError(ToolkitError):
    """The metric catalog or rule file is invalid."""


class ParameterError(ToolkitError):
    """A run parameter is missing, unknown or of the wrong type."""


class WorkbookError(ToolkitError):
    """A workbook could not be written, or a reviewed workbook could not be read back."""


class LedgerError(ToolkitError):
    """The review ledger (SQLite) could not be opened, migrated, read or written."""


class RunError(ToolkitError):
    """A batch run cannot start (its kernel, its output folder)."""


class RunLockedError(RunError):
    """Another run holds the output folder's lock."""
