"""The streamed sheet with the house layout (header, widths, A4 print set-up) and number formats."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from .. import __version__, messages
from .sizing import fit_widths, header_width, row_height, text_width
from .styles import (
    _BODY_FONT,
    _BOLD_FONT,
    _HEADER_FILL,
    _PT_PER_UNIT,
    _STYLED_ROWS,
    _TOP,
    _TOP_WRAP,
    _UNSAFE_START,
    set_text,
)


class _Sheet:
    """A streamed (write-only) sheet with the house layout: header, widths, A4 print set-up."""

    def __init__(self, wb: Workbook, name: str, labels: list[str], widths: list[float], title: str,
                 expected_rows: int = 0, orientation: str = "landscape", hidden: set[int] = frozenset(),
                 fixed: set[int] = frozenset(), mins: dict[int, float] | None = None):
        self.ws = wb.create_sheet(name)
        self.ncols = len(labels)
        self.rows = 1
        self.styled = expected_rows <= _STYLED_ROWS
        ws = self.ws
        # Hidden columns (ids a single-report workbook needs for its read-back only) take no paper.
        shown = fit_widths([0 if i in hidden else w for i, w in enumerate(widths)], orientation,
                           fixed | hidden, [max(header_width(t), (mins or {}).get(i, 0)) for i, t in enumerate(labels)])
        self.widths = [widths[i] if i in hidden else w for i, w in enumerate(shown)]
        for col, width in enumerate(self.widths, start=1):
            dim = ws.column_dimensions[get_column_letter(col)]
            dim.width = width
            if col - 1 in hidden:
                dim.hidden = True
        ws.freeze_panes = "A2"
        ws.page_setup.paperSize = 9  # A4 (the ECMA-376 paper code), as Chinese offices print
        ws.page_setup.orientation = orientation
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=0.25, right=0.25, top=0.6, bottom=0.6, header=0.3, footer=0.3)
        ws.print_title_rows = "1:1"
        ws.oddHeader.center.text = title.replace("&", "&&")
        ws.oddFooter.center.text = "&P / &N"
        ws.oddFooter.right.text = f"audit-workbook {__version__}"
        header = []
        for text in labels:
            c = WriteOnlyCell(ws, value=text)
            c.font = _BOLD_FONT
            c.fill = _HEADER_FILL
            c.alignment = Alignment(wrap_text=True, vertical="center")
            header.append(c)
        ws.row_dimensions[1].height = row_height(list(zip(labels, self.widths, strict=True)))
        ws.append(header)

    def append(self, values: list[Any], formats: dict[int, str] | None = None,
               formulas: dict[int, str] | None = None, height: float | None = None, spill: bool = False) -> int:
        """Add a row; ``formulas`` (column -> formula) are the toolkit's own, everything else is data.
        A styled row gets the height its wrapped text needs unless ``height`` is given; ``spill``
        keeps the row's text on one line, running on over the empty cells beside it."""
        self.rows += 1
        formats = formats or {}
        formulas = formulas or {}
        out: list[Any] = []
        wrapped: list[tuple[Any, float]] = []
        for col, v in enumerate(values, start=1):
            if col in formulas:
                v = formulas[col]
            elif isinstance(v, Decimal):
                v = float(v)
            unsafe = col not in formulas and isinstance(v, str) and (v.startswith(_UNSAFE_START) or not v.isprintable())
            if not (self.styled or unsafe or col in formats):
                out.append(v)
                continue
            c = WriteOnlyCell(self.ws)
            if col in formulas:
                c.value = v
            else:
                set_text(c, v)
            if self.styled:
                c.font = _BODY_FONT
                width = self.widths[col - 1] if col <= len(self.widths) else 10
                wrap = not spill and col not in formulas and isinstance(v, str) and (
                    "\n" in v or text_width(v) > width * _PT_PER_UNIT - 6)
                c.alignment = _TOP_WRAP if wrap else _TOP
                if wrap:
                    wrapped.append((v, width))
            if col in formats:
                c.number_format = formats[col]
            out.append(c)
        if height is None and wrapped:
            height = row_height(wrapped)
        if height is not None:
            self.ws.row_dimensions[self.rows].height = height
        self.ws.append(out)
        return self.rows

    def finish(self) -> None:
        self.ws.auto_filter.ref = f"A1:{get_column_letter(self.ncols)}{max(self.rows, 1)}"


def _number_format(unit: str, printed: str | None = None, value: Any = None) -> str:
    """A figure's cell format: the decimals it is printed with, never ".00" added to a count."""
    places = messages.decimals(printed, value)
    return "0" if places == 0 else "0." + "0" * places


def figure_format(places: int | None, unit: str, signed: bool = False) -> str:
    """Number format of an Expected/Observed/Difference cell: its decimals and its unit ("97.8%")."""
    body = "0" if not places else "0." + "0" * places
    suffix = f'"{unit}"' if unit else ""
    if signed:
        return f'+{body}{suffix};-{body}{suffix};{body}{suffix}'
    return body + suffix


