"""Small helpers of unseen31: the shared table helpers (builder/grids.py) and its rounding helpers (pc, gr, n: builder/grids.py too)."""
from __future__ import annotations

from grids import addt, gr, n, NOTE, pc, pdf_table, tgrid, tsv_rows, val  # noqa: F401  (the set's reports import them from here)
