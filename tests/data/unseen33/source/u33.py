"""Small helpers of unseen33: the shared table helpers (builder/grids.py), rounding helpers (builder/grids.py)
and `gk`, which fills the national 政府信息公开 table's 新收 row (builder/grids.py)."""
from __future__ import annotations

from grids import addt, gk, gr, n, NOTE, pc, pdf_table, tgrid, tot6, tsv_rows, val  # noqa: F401  (the set's reports import them from here)


