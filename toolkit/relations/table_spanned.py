"""The group of columns a total column closes, read off a header laid out on its full grid.

A header of two rows whose merged cells were laid out on the grid (``load.grid``: a merged header
cell's label in every column and row it covers) tells where a group sits: "案件类别|受理|审结情况|…"
over "案件类别|受理|维持|驳回|…|小计" -- the 小计 closes the columns under the same upper cell
("审结情况") whose own cell differs from it (a sub-header), not "受理", whose cell spans both rows
(the same text in each). A header whose rows do not line up gives no group (``tables._heads_every_figure``
then decides).
"""

from __future__ import annotations

from ..tables import Row, Table


def spanned_group(t: Table, h: Row, i: int, k: int) -> list[int] | None:
    """The columns (before ``k``) of the group that header ``h``'s total column ``k`` closes, when
    the header row right above ``h`` lines up with it and the total stands under an upper cell of
    its own group; None when no group is told (a total spanning the header rows, no row above);
    empty when the group has a column without a sub-header of its own (the reading is left open)."""
    if i < 1 or not t.rows[i - 1].is_header or len(t.rows[i - 1].cells) != len(h.cells) or k >= len(h.cells):
        return None
    upper = [c.text for c in t.rows[i - 1].cells]
    lower = [c.text for c in h.cells]
    if not upper[k] or upper[k] == lower[k]:
        return None
    group = []
    j = k - 1
    while j >= 0 and upper[j] == upper[k]:
        if not lower[j] or lower[j] == upper[j]:
            return []  # a column of the group without a header of its own: what the total adds is not told
        group.append(j)
        j -= 1
    return group[::-1]
