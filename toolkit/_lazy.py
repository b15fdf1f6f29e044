"""Defer one slow third-party import that every runner process would otherwise pay.

``jsonschema`` (imported by ``nbformat``, hence by papermill and nbconvert) registers its
``iri`` format checker by importing ``rfc3987_syntax`` when that package is installed
(JupyterLab's ``jsonschema[format-nongpl]`` extra installs it). ``rfc3987_syntax`` builds an
Earley parser from its grammar at import time: 2.6 s on the development machine, in every
process that imports nbformat (the CLI, the forkserver of the worker pool, each Dask worker),
more than it takes to audit a report. Reported upstream as jsonschema issue #1428.

:func:`defer_rfc3987_syntax` puts a stand-in module in ``sys.modules`` whose
``is_valid_syntax`` (the only name jsonschema takes from it) imports the real package on its
first call, so behaviour is unchanged and the parser is only built if an ``iri`` format is
ever checked (nothing in a notebook run checks one).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

_NAME = "rfc3987_syntax"


def _real() -> types.ModuleType:
    module = sys.modules.get(_NAME)
    if getattr(module, "_audit_workbook_stand_in", False):
        del sys.modules[_NAME]
    return importlib.import_module(_NAME)


def _is_valid_syntax(term: str, value: str) -> Any:
    return _real().is_valid_syntax(term, value)


def _getattr(name: str) -> Any:
    # The import system probes dunders (__path__, __spec__ ...): answering them must not load the package.
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(_real(), name)


def defer_rfc3987_syntax() -> None:
    """Install the stand-in unless the real package is already imported or not installed."""
    if _NAME in sys.modules or "jsonschema" in sys.modules:
        return
    try:
        if importlib.util.find_spec(_NAME) is None:
            return
    except (ImportError, ValueError):
        return
    stand_in = types.ModuleType(_NAME, "Stand-in for rfc3987_syntax, imported on first use (toolkit._lazy).")
    stand_in._audit_workbook_stand_in = True  # type: ignore[attr-defined]
    stand_in.is_valid_syntax = _is_valid_syntax  # type: ignore[attr-defined]
    stand_in.__getattr__ = _getattr  # type: ignore[attr-defined]
    sys.modules[_NAME] = stand_in


# On import: toolkit/__init__ imports this module before anything imports nbformat.
defer_rfc3987_syntax()
