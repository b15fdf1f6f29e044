"""The workbook's vocabulary and look: sheet names, flag columns, dispositions, fonts, fills, safe text cells."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill

from .. import messages

DISPOSITIONS = ("open", "confirmed", "explained", "false positive")
FONT_NAME = "Microsoft YaHei"  # CJK-capable; LibreOffice substitutes a CJK font where it is missing
SCHEMA = "audit-workbook/1"
_UNSAFE_START = ("=", "+", "-", "@", "\t", "\r")

# (zh, en) labels of sheets and columns.
SHEETS = {
    "summary": ("概览", "Summary"), "flags": ("疑点", "Flags"), "checks": ("校验", "Checks"),
    "metrics": ("指标", "Metrics"), "quantities": ("数据", "Quantities"), "evidence": ("原文", "Evidence"),
    "trends": ("趋势", "Trends"), "rules": ("规则", "Rules"),
}
FLAG_COLUMNS = [("编号", "ID"), ("报告", "Report"), ("严重性", "Severity"), ("规则", "Rule"), ("说明", "Message"),
                ("应为", "Expected"), ("实为", "Observed"), ("差异", "Difference"), ("原文证据", "Evidence"),
                ("处置", "Disposition"), ("复核人", "Reviewer"), ("备注", "Note"), ("关系", "Relation"),
                ("归因", "Root cause")]
RULE_TEXT = messages.RULE_TEXT  # kept importable from here

_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_ERROR_FILL = PatternFill("solid", fgColor="F8CBAD")
_WARNING_FILL = PatternFill("solid", fgColor="FFE699")
_DONE_FILL = PatternFill("solid", fgColor="E2EFDA")


def _label(pair: tuple[str, str], language: str, sep: str = " ") -> str:
    """Both languages, the chosen one first; a label that is the same in both ("SHA-256") once."""
    zh, en = pair
    if zh == en:
        return zh
    return f"{zh}{sep}{en}" if language == "zh" else f"{en}{sep}{zh}"


def _both(zh: str, en: str, language: str, sep: str = "\n") -> str:
    """A text in both languages, the chosen one first (messages, causes)."""
    return _label((zh, en), language, sep)


def _clean(text: str) -> str:
    """Drop the control characters XML cannot hold (a PDF can leave them in a sentence)."""
    if text.isprintable():
        return text
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32)


def set_text(cell: Cell, value: Any) -> None:
    """Write a value; text that could be read as a formula stays text."""
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, str):
        value = _clean(value)
        cell.value = value
        if value.startswith(_UNSAFE_START):
            cell.data_type = "s"
            cell.quotePrefix = True
        return
    cell.value = value


_STYLED_ROWS = 5000  # beyond this, body cells keep the default style: per-cell styles cost time and memory
FONT_SIZE = 11  # points; sheets are sized so that printing them on A4 keeps text at 9 pt or more
_BODY_FONT = Font(name=FONT_NAME, size=FONT_SIZE)
_BOLD_FONT = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
# Column-width units a sheet may take on A4 at 0.25" side margins: LibreOffice prints one unit as
# about 7.1 pt, so a landscape page holds 113 units at 100% and 138 at the 82% that keeps 11 pt
# text at 9 pt; a wider sheet is shrunk to fit its page width and its text with it.
_PAGE_UNITS = {"landscape": 136, "portrait": 94}
_PT_PER_UNIT = 6.8  # a little under the 7.1 pt measured: rows are sized for slightly narrower columns
_PAGE_PT = {"landscape": 440.0, "portrait": 690.0}  # printable height of A4 within the margins, header, footer
_DEFAULT_ROW_PT = 15.0  # a row LibreOffice keeps at the sheet's default height
_LINE_PT = 1.28  # line pitch of the CJK font as LibreOffice lays it out (1.25 measured), in font sizes

