"""Small helpers of unseen29: the shared table helpers (builder/grids.py), imported by its reports from here."""
from __future__ import annotations

from grids import addt, NOTE, pdf_table, tgrid, tsv_rows, val  # noqa: F401  (the set's reports import them from here)
