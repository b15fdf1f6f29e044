"""Reading a vocabulary of ``toolkit/catalog/``: one YAML file holding a list of entries.

Every family that keeps its words as data reads them the same way: the file parsed once, the list
under its key required, each entry compiled by the family, and any fault a ``CatalogError`` that
names the file and the entry.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import TypeVar

import yaml

from ..errors import CatalogError

T = TypeVar("T")


def read_entries(name: str, key: str, compile_entry: Callable[[dict], T]) -> list[T]:
    """The entries of ``catalog/<name>`` under ``key``, each turned into a ``T`` by ``compile_entry``
    (which may raise KeyError, TypeError, ValueError or re.error for a bad entry)."""
    path = f"toolkit/catalog/{name}"
    try:
        data = yaml.safe_load(resources.files("toolkit").joinpath(f"catalog/{name}").read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CatalogError(f"not valid YAML: {exc}", path=path) from exc
    entries = (data or {}).get(key) if isinstance(data, dict | None) else None
    if not isinstance(entries, list):
        raise CatalogError(f"expected a {key!r} list", path=path)
    out = []
    for entry in entries:
        try:
            if not isinstance(entry, dict):
                raise TypeError("an entry is a mapping")
            out.append(compile_entry(entry))
        except (KeyError, TypeError, ValueError) as exc:
            ident = entry.get("id") if isinstance(entry, dict) else entry
            raise CatalogError(f"bad {key} entry: {exc}", path=path, location=str(ident)) from exc
        except Exception as exc:  # re.error and the like: still the entry's fault
            ident = entry.get("id") if isinstance(entry, dict) else entry
            raise CatalogError(f"bad {key} entry: {exc}", path=path, location=str(ident)) from exc
    return out
