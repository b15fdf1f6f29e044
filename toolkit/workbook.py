"""AuditResults -> the Excel audit workbook (openpyxl); reviewed dispositions read back.

Sheets: Summary, Flags (with the review columns), Checks (each with a live Excel
formula that recomputes it from the Quantities sheet), Metrics, Quantities,
Evidence, Trends (several years of one agency), Rules. Text that comes from a
report or a parameter is always written as text, never as a formula.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break

from . import __version__, messages
from .atomic import atomic_path
from .checks import NON_COUNT_UNITS
from .errors import WorkbookError
from .result import AuditResult

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


_EM = {"W": 1.0, "F": 1.0}  # CJK (wide, full-width) characters; Latin as DejaVu Sans: digits 0.636 em


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Printed width of one line of text in points: CJK characters are a full em, others about half."""
    return sum(size * _EM.get(unicodedata.east_asian_width(ch), 0.64 if ch.isdigit() or ch.isupper() else 0.56)
               for ch in text)


# DejaVu Sans advance widths (em) of the lower-case letters, the space and light punctuation: an
# English message laid out at 0.56 em a character came out a third taller than it prints.
_DEJAVU = dict(zip("abcdefghijklmnopqrstuvwxyz ,.;:'()-/", [
    .613, .635, .550, .635, .615, .352, .635, .634, .278, .278, .579, .278, .974, .634, .612, .635, .635,
    .411, .521, .392, .634, .592, .818, .592, .592, .525, .318, .318, .318, .337, .337, .275, .390, .390,
    .361, .337], strict=True))


def _line_width(text: str, size: float) -> float:
    """Width of a piece of a wrapped line: Latin letters by their own widths, the rest as text_width."""
    return sum(size * _DEJAVU[ch] if ch in _DEJAVU else text_width(ch, size) for ch in text)


# What a line is not broken inside, counted generously: a figure with its unit and the punctuation
# after it ("12658项、"), a Latin word, a CJK character with the punctuation that may not start a line.
_TOKEN = re.compile(r"[-+]?\d[\d.,%]*[\u4e00-\u9fff]{0,3}[、，,。;；:：)）%]?"
                    r"|[\u2e80-\u9fff\uf900-\uffef][、，,。;；:：)）]?"
                    r"|[^\s\u2e80-\u9fff\uf900-\uffef]+|\s+")


def lines_needed(text: str, width_units: float, size: float = FONT_SIZE) -> int:
    """Lines a wrapped cell needs at a column width: the text laid out greedily as a spreadsheet
    does, a CJK character at a time, a Latin word or number whole (cut only when longer than a line)."""
    room = max((width_units * _PT_PER_UNIT - 6) * 0.92, size)  # 8% for the breaks a spreadsheet will not make
    total = 0
    for part in str(text).split("\n"):
        lines, used = 1, 0.0
        for token in _TOKEN.findall(part):
            w = _line_width(token, size)
            if token.isspace():
                used += w
                continue
            if used + w <= room:
                used += w
            elif w <= room:
                lines, used = lines + 1, w
            else:  # a word longer than the line is cut where it reaches the edge
                extra = w - (room - used)
                lines += math.ceil(extra / room)
                used = extra % room or room
        total += lines
    return total


def row_height(cells: list[tuple[Any, float]], size: float = FONT_SIZE) -> float:
    """A row's height in points from its (text, column width) pairs: spreadsheets do not grow rows
    for wrapped text themselves when a file is opened (LibreOffice keeps the default height)."""
    n = max((lines_needed(v, w, size) for v, w in cells if isinstance(v, str) and v), default=1)
    return round(n * size * _LINE_PT + 6, 1)  # + the cell's top and bottom padding


def word_width(texts: list[str]) -> float:
    """The width a wrapped column needs for its longest Latin word or number (a spreadsheet does
    not break one: it runs on over the next cell)."""
    words = [w for t in texts for w in re.findall(r"[^\s\u2e80-\u9fff\uf900-\uffef]+", str(t))] or [""]
    return round(max(text_width(w) for w in words) / _PT_PER_UNIT + 1.5, 1)


def whole_width(words: list[str]) -> float:
    """The width a column needs for its longest word kept whole (a file name, a check id, a kind)."""
    return round(max((text_width(w) for w in words), default=0) / _PT_PER_UNIT + 1.5, 1)


def name_width(names: list[str]) -> float:
    """The width a column of file names needs: a name may break after its hyphens, as a
    spreadsheet breaks it ("songling-2024-\nprint.pdf"), never inside a piece."""
    return whole_width([p for n in names for p in re.findall(r"[^-]+-?", n)])


def id_width(idents: list[str]) -> float:
    """The width a column of dotted ids needs so that each piece between its dots and underscores
    (where ``wrap_at_dots`` breaks them) fits on a line."""
    pieces = [p for ident in idents for p in re.findall(r"[^._]+[._]?", ident)] or [""]
    return round(max(text_width(p) for p in pieces) / _PT_PER_UNIT + 1.5, 1)


def wrap_at_dots(ident: str, width_units: float, size: float = FONT_SIZE) -> str:
    """A long rule id broken after its dots, never inside a word ("catalog.hazards.\\nmajor.le.found")."""
    room = width_units * _PT_PER_UNIT - 6
    if text_width(ident, size) <= room or "." not in ident:
        return ident
    out, line = [], ""
    for piece in re.findall(r"[^._]+[._]?", ident):
        if line and text_width(line + piece, size) > room:
            out.append(line)
            line = ""
        line += piece
    out.append(line)
    return "\n".join(out)


def header_width(label: str) -> float:
    """The width a header needs so that no word of it is broken (bold: a little wider)."""
    words = [w for line in label.split("\n") for w in line.split()] or [""]
    return round(max(text_width(w) * 1.1 for w in words) / _PT_PER_UNIT + 1.5, 1)  # bold is wider


def fit_widths(widths: list[float], orientation: str, fixed: set[int] = frozenset(),
               mins: list[float] | None = None) -> list[float]:
    """Shrink the text columns (not those in ``fixed``: numbers, ids) until the sheet fits its page,
    none below ``mins`` (its header's longest word)."""
    mins = mins or [0.0] * len(widths)
    widths = [max(w, m) if w else 0 for w, m in zip(widths, mins, strict=True)]
    room = _PAGE_UNITS[orientation]
    total = sum(widths)
    if total <= room:
        return widths
    pinned = set(fixed)
    out = list(widths)
    for _ in range(len(widths)):  # columns shrunk to their minimum keep it; the others share the rest
        flexible = sum(widths[i] for i in range(len(widths)) if i not in pinned)
        if not flexible:
            break
        factor = max((room - sum(out[i] for i in pinned)) / flexible, 0.1)
        out = [out[i] if i in pinned else round(widths[i] * factor, 1) for i in range(len(widths))]
        low = {i for i in range(len(widths)) if i not in pinned and out[i] < max(6, mins[i])}
        if not low:
            break
        for i in low:
            out[i] = max(6, mins[i])
        pinned |= low
    return out


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


# --- writing ---------------------------------------------------------------------------------


def write_workbook(results: list[AuditResult], path: str | Path, *, language: str = "zh",
                   parameters: dict[str, Any] | None = None,
                   dispositions: dict[str, dict[str, Any]] | None = None) -> Path:
    """Write the audit workbook for ``results`` to ``path`` (atomically) and return the path.

    ``dispositions`` (check id -> {disposition, reviewer, note}, as ``Ledger.dispositions()``
    returns) pre-fills the Flags sheet's review columns; a disposition must be one of
    ``DISPOSITIONS``. The workbook is streamed (openpyxl's write-only mode), so 100,000 quantity
    rows stay cheap.
    """
    if language not in ("zh", "en"):
        raise WorkbookError(f"unknown language {language!r} (zh or en)", path=path)
    path = Path(path)
    decided = _checked_dispositions(dispositions, path)
    wb = Workbook(write_only=True)
    title = ", ".join(Path(r.report.path).name for r in results) or "audit"
    qsheet = _label(SHEETS["quantities"], language)
    qrow: dict[tuple[int, int], int] = {}
    row = 2
    for ri, res in enumerate(results):
        for qi in range(len(res.quantities)):
            qrow[(ri, qi)] = row
            row += 1
    checks = [c for r in results for c in r.checks]
    # Sheets are created in the order an auditor reads them; all counts are known up front.
    _summary_sheet(wb, results, parameters or {}, language, title)
    _flags_sheet(wb, results, language, title, decided)
    _checks_sheet(wb, results, qrow, qsheet, language, title)
    _metrics_sheet(wb, results, language, title)
    _quantities_sheet(wb, results, qsheet, language, title)
    _evidence_sheet(wb, results, language, title)
    if any(r.movements for r in results):
        _trends_sheet(wb, results, language, title)
    _rules_sheet(wb, checks, language, title)
    _meta_sheet(wb, language)
    _save_atomic(wb, path)
    return path


def _checked_dispositions(dispositions: dict[str, dict[str, Any]] | None,
                          path: Path) -> dict[str, tuple[str, str, str]]:
    """check id -> (disposition, reviewer, note) as cell text; an unknown disposition is an error."""
    out: dict[str, tuple[str, str, str]] = {}
    for check_id, d in (dispositions or {}).items():
        if not isinstance(d, dict):
            raise WorkbookError(f"disposition of check {check_id}: expected a dict, got {type(d).__name__}",
                                path=path)
        disposition = d.get("disposition") or "open"
        if disposition not in DISPOSITIONS:
            raise WorkbookError(f"disposition of check {check_id}: unknown {disposition!r} "
                                f"({' / '.join(DISPOSITIONS)})", path=path)
        reviewer, note = d.get("reviewer"), d.get("note")
        out[str(check_id)] = (disposition, "" if reviewer is None else str(reviewer), "" if note is None else str(note))
    return out


def _save_atomic(wb: Workbook, path: Path) -> None:
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _quantities_sheet(wb: Workbook, results: list[AuditResult], name: str, language: str, title: str) -> None:
    cols = [("报告", "Report"), ("序号", "#"), ("数值", "Value"), ("单位", "Unit"), ("限定词", "Qualifier"),
            ("下限", "Low"), ("上限", "High"), ("原文写法", "Printed"), ("行", "Line"), ("句子", "Sentence")]
    total = sum(len(r.quantities) for r in results)
    sh = _Sheet(wb, name, [_label(c, language, "\n") for c in cols], [16, 5, 11, 6, 9, 11, 11, 12, 6, 60], title,
                total, fixed={1, 2, 5, 6, 8}, mins={0: _names_width(results)})
    for res in results:
        file = Path(res.report.path).name
        for qi, q in enumerate(res.quantities):
            sh.append([file, qi, q["value"], q["unit"], q["qualifier"] or "", q["interval"][0], q["interval"][1],
                       q["printed"], q["line"], q["evidence"]],
                      formats={3: _number_format(q["unit"], q["printed"], q["value"])} if sh.styled else None)
    sh.finish()


def _names_width(results: list[AuditResult]) -> float:
    """The width of a column of report file names: a name is one word, never broken."""
    return name_width([Path(r.report.path).name for r in results])


def _metrics_sheet(wb: Workbook, results: list[AuditResult], language: str, title: str) -> None:
    cols = [("报告", "Report"), ("指标", "Key"), ("中文名称", "Label (zh)"), ("英文名称", "Label (en)"),
            ("数值", "Value"), ("单位", "Unit"), ("限定词", "Qualifier"), ("区间", "Interval"),
            ("原文证据", "Evidence"), ("行", "Line")]
    sh = _Sheet(wb, _label(SHEETS["metrics"], language), [_label(c, language, "\n") for c in cols],
                [16, 24, 16, 20, 10, 6, 9, 16, 44, 6], title, sum(len(r.metrics) for r in results),
                fixed={4, 7, 9}, mins={0: _names_width(results), 1: id_width([m["key"] for r in results for m in r.metrics]),
                                       3: word_width([m["label_en"] for r in results for m in r.metrics])})
    for res in results:
        for m in res.metrics:
            sh.append([Path(res.report.path).name, wrap_at_dots(m["key"], sh.widths[1]), m["label_zh"],
                       m["label_en"], m["value"], m["unit"], m["qualifier"] or "",
                       f"[{m['interval'][0]:g}, {m['interval'][1]:g}]", m["evidence"]["text"], m["evidence"]["line"]],
                      formats={5: _number_format(m["unit"], m.get("printed"), m["value"])})
    sh.finish()


def _ref(sheet: str, row: int) -> str:
    return f"'{sheet}'!$C${row}"


def check_formula(check: Any, ri: int, qrow: dict[tuple[int, int], int], qsheet: str) -> str | None:
    """An Excel formula that recomputes ``check`` to TRUE (holds) or FALSE, or None."""
    roles: dict[str, list[str]] = {}
    for e in check.evidence:
        if e.role == "previous" and check.rule == "change.previous_report":
            continue
        if e.index is None or (ri, e.index) not in qrow:
            return None
        roles.setdefault(e.role, []).append(_ref(qsheet, qrow[(ri, e.index)]))
    ops = check.operands
    k = check.kind
    if k == "sum":
        if "total" not in roles:
            return None
        parts = roles.get("parts") or [_num(v) for v in ops["parts"]]
        if len(parts) != len(ops["parts"]):
            return None
        return f"=ROUND(SUM({','.join(parts)})-{roles['total'][0]},6)=0"
    if k == "ratio":
        places = _places(ops["percent"])
        per = ops.get("per", 100)
        n, d, p = roles["numerator"][0], roles["denominator"][0], roles["percent"][0]
        return f"=ROUND({per}*{n}/{d},{places})={p}"
    if k == "bound":
        return f"={roles['smaller'][0]}<={roles['larger'][0]}"
    if k == "equal":
        vals = roles["values"]
        return "=AND(" + ",".join(f"{vals[0]}={v}" for v in vals[1:]) + ")"
    if k == "change":
        c = roles["current"][0]
        pct = f"{_num(ops['percent'])}"
        places = _places(ops["percent"])
        if "previous" in ops:
            prev = roles["previous"][0] if "previous" in roles else _num(ops["previous"])
            return f"=ROUND(100*({c}-{prev})/{prev},{places})={pct}"
        cur_unit = next((e for e in check.evidence if e.role == "current"), None)
        if cur_unit is not None and (_unit_of(cur_unit) in NON_COUNT_UNITS or _rounded(cur_unit.printed)):
            # An amount, or a count printed rounded ("3.2万人"): any positive previous figure fits.
            return f"={c}/(1+{pct}/100)>0"
        # No previous figure: the nearest whole previous count must give the stated percent.
        prev = f"ROUND({c}/(1+{pct}/100),0)"
        return f"=IF({prev}<=0,FALSE,ROUND(100*({c}-{prev})/{prev},{places})={pct})"
    if k == "count_amount":
        c, a = roles["count"][0], roles["amount"][0]
        return f"=NOT(OR(AND({c}=0,{a}>0),AND({c}>0,{a}=0)))"
    return None


def _rounded(printed: str) -> bool:
    """A count printed with a scale word ("3.2万人", "1.25亿吨") is a rounded figure."""
    return bool(re.search(r"\d(\.\d+)?\s*(万|亿)", printed)) and not printed.endswith("元")


def _unit_of(e: Any) -> str:
    """The unit of an evidence figure, from how it is printed (74万元 -> 万元)."""
    printed = e.printed
    for unit in sorted(NON_COUNT_UNITS, key=len, reverse=True):
        if unit and printed.endswith(unit):
            return unit
    return "" if printed[-1:].isdigit() else printed[-1:]


def _num(v: Any) -> str:
    return format(Decimal(str(v)).normalize(), "f")


def _places(v: Any) -> int:
    s = _num(v)
    return len(s.split(".")[1]) if "." in s else 0


def _checks_sheet(wb: Workbook, results: list[AuditResult], qrow: dict[tuple[int, int], int], qsheet: str,
                  language: str, title: str) -> None:
    cols = [("编号", "ID"), ("报告", "Report"), ("类型", "Kind"), ("规则", "Rule"), ("结果", "Status"),
            ("严重性", "Severity"), ("应为", "Expected"), ("实为", "Observed"), ("差异", "Difference"),
            ("Excel 复算", "Excel verdict"), ("Excel 与工具一致", "Excel agrees"), ("近似", "Approx"),
            ("运算数", "Operands"), ("说明", "Message")]
    checks = [c for r in results for c in r.checks]
    figures = {id(c): messages.columns(c) for c in checks}
    # each figure column as wide as its widest figure with its unit
    num = [max((_figure_units(figures[id(c)], _triple(figures[id(c)])[k]) for c in checks), default=8)
           for k in range(3)]
    single = len({r.report.path for r in results}) <= 1
    sh = _Sheet(wb, _label(SHEETS["checks"], language), [_label(c, language, "\n") for c in cols],
                [17, 14, 7, 18, 9, 8, *num, 8, 8, 6, 24, 40], title, len(checks),
                fixed={0, 6, 7, 8}, hidden={1} if single else set(), mins={1: _names_width(results), 2: whole_width([c.kind for c in checks]),
                                          3: id_width([c.rule for c in checks]),
                                          12: word_width([_ops_text(c.operands) for c in checks]),
                                          13: word_width([m for c in checks for m in messages.render(c)])})
    for ri, res in enumerate(results):
        for c in res.checks:
            formula = check_formula(c, ri, qrow, qsheet)
            r = sh.rows + 1
            formulas = {} if formula is None else {
                10: formula, 11: f'=IF(E{r}="unverifiable","",J{r}=(E{r}="pass"))'}
            col = figures[id(c)]
            zh, en = messages.render(c)
            sh.append([c.id, Path(res.report.path).name, c.kind, wrap_at_dots(c.rule, sh.widths[3]), c.status,
                       _shown_severity(c), *_triple(col), None, None, "yes" if c.approx else "",
                       _ops_text(c.operands), zh if language == "zh" else en],
                      formulas=formulas, formats=_triple_formats(col, 7, c.kind))
    sh.finish()
    red = FormulaRule(formula=['$E2="fail"'], fill=_ERROR_FILL)
    sh.ws.conditional_formatting.add(f"A2:{get_column_letter(sh.ncols)}{max(sh.rows, 2)}", red)


def _shown_severity(c: Any) -> str:
    """A passing check has no severity to show: "error" is what a failure of it would be."""
    return c.severity if c.status == "fail" else ""


def _triple(col: messages.Columns) -> list[float | None]:
    return [None if v is None else float(v) for v in (col.expected, col.observed, col.difference)]


def _triple_formats(col: messages.Columns, first: int, kind: str = "") -> dict[int, str]:
    """Formats of the Expected, Observed and Difference cells starting at column ``first``. A
    change's Expected (the whole previous count, last year's figure) and a fine's limit are not
    computed at Observed's decimals: they show their own ("5起" beside "5.33起", not "5.00起")."""
    plain = figure_format(col.places, col.unit)
    own = figure_format(messages.expected_places(col, kind), col.unit)
    return {first: own, first + 1: plain, first + 2: figure_format(col.places, col.unit, signed=True)}


def _figure_units(col: messages.Columns, v: float | None) -> float:
    """Column width a figure needs printed with its unit (a number never wraps or shows ###)."""
    if v is None:
        return 8
    text = f"+{messages.number(v, col.places)}{col.unit}"
    return max(7, round(text_width(text) / _PT_PER_UNIT + 1.5, 1))


def _plain(v: Any) -> Any:
    if isinstance(v, (int, float)) or v is None:
        return v
    return str(v)


def _ops_text(ops: dict[str, Any]) -> str:
    """Operands as breakable text ("numerator = 2672; implied previous = 5.33")."""
    return "; ".join(f"{k.replace('_', ' ')} = {_shown(v)}" for k, v in ops.items())


def _shown(v: Any) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(_shown(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k} = {_shown(x)}" for k, x in v.items()) + "}"
    return messages.number(v) if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) else str(v)


def _evidence_file(e: Any, own: str) -> str:
    """The name of the file an evidence sentence is from: its own (a cross-year check cites last
    year's report) or the check's report."""
    return Path(getattr(e, "file", "") or own).name


_MAX_EVIDENCE = 8  # sentences in a flag's cell: a row taller than a page is cut off when printed


def _evidence_text(c: Any, own: str, language: str = "zh") -> str:
    seen: list[str] = []
    for e in c.evidence:
        line = f"{_evidence_file(e, own)} L{e.line}: {e.text}"
        if line not in seen:
            seen.append(line)
    if len(seen) > _MAX_EVIDENCE:
        more = len(seen) - _MAX_EVIDENCE + 1
        seen = [*seen[: _MAX_EVIDENCE - 1],
                _both(f"…另 {more} 句见“原文”页", f"… {more} more on the Evidence sheet", language, " ")]
    return "\n".join(seen)


def _flag_rows(results: list[AuditResult]) -> list[tuple[AuditResult, Any, str, messages.FlagGroup | None]]:
    """The flags in reading order, each with its link to a root cause: per report, each group of
    one cause (its statement first), then the other flags, errors before warnings.
    Items are (result, check or None for a cause stated once, role, group)."""
    order = {"error": 0, "warning": 1}
    rows: list[tuple[AuditResult, Any, str, messages.FlagGroup | None]] = []
    number = 0
    for res in results:
        grouped: set[int] = set()
        for g in messages.flag_groups(res.checks):
            number += 1
            g.number = number
            rows.append((res, g.root, "root", g))
            if g.root is not None:
                grouped.add(id(g.root))
            for m in g.members:
                rows.append((res, m, "member", g))
                grouped.add(id(m))
        rest = [c for c in res.flags if id(c) not in grouped]
        rest.sort(key=lambda c: order.get(c.severity, 2))
        rows.extend((res, c, "", None) for c in rest)
    return rows


def _flags_sheet(wb: Workbook, results: list[AuditResult], language: str, title: str,
                 decided: dict[str, tuple[str, str, str]]) -> None:
    rows = _flag_rows(results)
    figures = {id(c): messages.columns(c) for _, c, _, _ in rows if c is not None}
    num = max((_figure_units(col, v) for col in figures.values() for v in _triple(col)), default=8)
    single = len({r.report.path for r in results}) <= 1
    # file names (a heading, the source of each evidence line) are one word: their columns fit them
    names = name_width([Path(r.report.path).name for r in results] +
                        [Path(e.file).name for _, c, _, _ in rows if c for e in c.evidence if getattr(e, "file", "")])
    # The columns an auditor signs. ID and Report are kept for the read-back and for filtering but
    # not printed: several reports' flags come under a heading row for each report instead.
    sh = _Sheet(wb, _label(SHEETS["flags"], language), [_label(c, language, "\n") for c in FLAG_COLUMNS],
                [17, 14, 8, 14, 32, num, num, num, 32, 13, 8, 10, 6, 9], title, len(rows),
                hidden={0, 1}, fixed={0, 5, 6, 7, 9}, mins={3: id_width([c.rule for _, c, _, _ in rows if c]),
                      4: max(names, word_width([m for _, c, _, _ in rows if c for m in messages.render(c)])),
                      8: max(names, word_width([e.text for _, c, _, _ in rows if c for e in c.evidence]))})
    first_row = {}
    for i, (_, _c, role, g) in enumerate(rows):
        if g is not None and role == "root":
            first_row[g.number] = sh.rows + 1 + i
    heading = None
    for res, c, role, g in rows:
        name = Path(res.report.path).name
        if not single and name != heading:
            heading = name
            info = res.report
            said = "\n".join(str(x) for x in (name, " ".join(str(y) for y in (info.agency, info.year) if y)) if x)
            sh.append([None, name, None, None, said])
            for n in first_row:  # the rows below move down by one
                if first_row[n] >= sh.rows:
                    first_row[n] += 1
        if c is None:  # a cause said once: the report's own convention, no single flag
            cause = _both(g.cause_zh, g.cause_en, language)
            sh.append([None, name, "error", f"G{g.number}", cause, None, None, None,
                       _both(f"见下方 {len(g.members)} 条", f"{len(g.members)} flags below", language),
                       None, None, None, None, f"G{g.number}"])
            continue
        col = figures[id(c)]
        zh, en = messages.render(c)
        if g is not None and role == "root":  # what follows from it, said once, on its own row
            zh += f"(以它为分母的 {len(g.members)} 个占比随之不符,见 G{g.number})"
            en += f" ({len(g.members)} shares over it fail with it: G{g.number})"
        if g is None:
            link = ""
        elif role == "root":
            # the flag's own message states the cause; the column only names the group
            link = f"G{g.number}\n" + _both("根因", "root cause", language)
        else:
            link = f"→ G{g.number}\n" + _both(f"见第 {first_row[g.number]} 行", f"see row {first_row[g.number]}",
                                              language)
        review = decided.get(c.id) or (getattr(c, "disposition", None) or "open", getattr(c, "reviewer", None) or "",
                                       getattr(c, "note", None) or "")
        sh.append([c.id, name, c.severity, wrap_at_dots(c.rule, sh.widths[3]), _both(zh, en, language),
                   *_triple(col), _evidence_text(c, res.report.path, language), *review, col.relation, link],
                  formats=_triple_formats(col, 6, c.kind))
    last = max(sh.rows, 2)
    dv = DataValidation(type="list", formula1='"' + ",".join(DISPOSITIONS) + '"', allow_blank=False,
                        showErrorMessage=True, errorTitle="audit-workbook",
                        error="open / confirmed / explained / false positive", sqref=f"J2:J{max(last, 500)}")
    sh.ws.data_validations.append(dv)
    span = f"A2:{get_column_letter(sh.ncols)}{last}"
    cf = sh.ws.conditional_formatting
    cf.add(span, FormulaRule(formula=['$J2="confirmed"'], fill=_ERROR_FILL, stopIfTrue=True))
    cf.add(span, FormulaRule(formula=['OR($J2="explained",$J2="false positive")'], fill=_DONE_FILL, stopIfTrue=True))
    cf.add(span, FormulaRule(formula=['$C2="error"'], fill=_WARNING_FILL))
    sh.finish()


def _evidence_sheet(wb: Workbook, results: list[AuditResult], language: str, title: str) -> None:
    cols = [("报告", "Report"), ("行", "Line"), ("句子", "Sentence"), ("数字", "Figures"), ("校验", "Checks")]
    # One row per sentence of a file: a sentence wrapped over several lines of a PDF's text is cited
    # from each figure's line, and the previous year's sentences belong to the previous report.
    sentences: dict[tuple[str, str], dict[str, Any]] = {}
    for res in results:
        own = res.report.path
        for c in res.checks:
            for e in c.evidence:
                entry = sentences.setdefault((_evidence_file(e, own), e.text),
                                             {"lines": [], "figures": [], "checks": []})
                for key, value in (("lines", e.line), ("figures", e.printed), ("checks", c.id)):
                    if value not in entry[key]:
                        entry[key].append(value)
    sh = _Sheet(wb, _label(SHEETS["evidence"], language), [_label(c, language, "\n") for c in cols],
                [16, 8, 70, 20, 20], title, len(sentences), fixed={1},
                mins={0: name_width([name for name, _ in sentences]),
                      4: whole_width([c for e in sentences.values() for c in e["checks"]])})
    for (name, text), entry in sorted(sentences.items(), key=lambda kv: (kv[0][0], min(kv[1]["lines"]))):
        lines = sorted(entry["lines"])
        shown = f"{lines[0]}–{lines[-1]}" if len(lines) > 1 else lines[0]
        # one check id a line: an id is never broken (at its "-2" ordinal or anywhere)
        sh.append([name, shown, text, "、".join(entry["figures"]), "\n".join(entry["checks"])])
    sh.finish()


def _trends_sheet(wb: Workbook, results: list[AuditResult], language: str, title: str) -> None:
    cols = [("机构", "Agency"), ("指标", "Key"), ("名称", "Label"), ("单位", "Unit"), ("上年", "Previous year"),
            ("上年值", "Previous"), ("年度", "Year"), ("本年值", "Value"), ("变化%", "Change %")]
    moves = [m for res in results for m in res.movements]
    sh = _Sheet(wb, _label(SHEETS["trends"], language), [_label(c, language, "\n") for c in cols],
                [20, 26, 20, 8, 10, 12, 8, 12, 10], title, len(moves), fixed={4, 5, 6, 7, 8})
    for m in moves:
        sh.append([m["agency"], wrap_at_dots(m["key"], sh.widths[1]), m["label_zh"], m["unit"], m["previous_year"],
                   m["previous"], m["year"], m["value"], m["change_percent"]])
    sh.finish()
    if sh.rows > 2:
        chart = LineChart()
        chart.title = _both("变化", "Change %", language, " ")
        chart.add_data(Reference(sh.ws, min_col=9, min_row=1, max_row=sh.rows), titles_from_data=True)
        chart.set_categories(Reference(sh.ws, min_col=2, min_row=2, max_row=sh.rows))
        chart.x_axis.delete = chart.y_axis.delete = False
        chart.x_axis.tickLblSkip = 1  # every bar named
        chart.width, chart.height = 24, 10  # cm: under the table, within the page's width
        sh.ws.add_chart(chart, f"A{sh.rows + 2}")


def _rules_sheet(wb: Workbook, checks: list[Any], language: str, title: str) -> None:
    cols = [("规则", "Rule"), ("说明", "What it checks"), ("校验数", "Checks")]
    counts = Counter(c.rule for c in checks)
    rules = sorted(set(messages.RULE_TEXT) | set(counts))
    sh = _Sheet(wb, _label(SHEETS["rules"], language), [_label(c, language, "\n") for c in cols], [28, 60, 9],
                title, len(rules), orientation="portrait", fixed={2})
    for rule in rules:
        zh, en = messages.rule_text(rule)
        sh.append([wrap_at_dots(rule, sh.widths[0]), _both(zh, en, language), counts.get(rule, 0)])
    sh.finish()
    # The tolerance is the same for every rule: said once, under the table.
    tolerance = ("容差:百分数按所列小数位四舍五入(半进或银行家舍入);余/近/约 按区间;计数的上年数须为整数",
                 "Tolerance: percents round to the printed decimals (half-up or half-even); 余/近/约 as intervals; "
                 "previous counts whole")
    sh.append([])
    sh.append([None, _both(*tolerance, language)])


def _summary_sheet(wb: Workbook, results: list[AuditResult], parameters: dict[str, Any], language: str,
                   title: str) -> None:
    cols = [("文件", "File"), ("机构", "Agency"), ("年度", "Year"), ("文号", "Doc number"), ("日期", "Date"),
            ("校验", "Checks"), ("通过", "Pass"), ("疑点", "Fail"), ("无法判定", "Unverifiable"),
            ("错误", "Errors"), ("警告", "Warnings")]
    names = [Path(r.report.path).name for r in results]
    # A hidden last column holds each rule id whole, on one line, for the chart to name its bars:
    # the table's ids are broken over lines to fit their column, and as the chart's labels two-line
    # ids made LibreOffice print every other one only, leaving bars nobody can name.
    label_col = len(cols) + 1
    sh = _Sheet(wb, _label(SHEETS["summary"], language), [_label(c, language, "\n") for c in cols] + [""],
                [24, 20, 6, 18, 11, 6, 6, 6, 6, 6, 6, 60], title, 50, fixed={2, 4}, hidden={label_col - 1},
                mins={0: name_width(names)})
    for res in results:
        info = res.report
        st = Counter(c.status for c in res.checks)
        sev = Counter(c.severity for c in res.flags)
        sh.append([Path(info.path).name, info.agency or "", info.year, info.doc_number or "", info.date or "",
                   len(res.checks), st["pass"], st["fail"], st["unverifiable"], sev["error"], sev["warning"]])
    sh.ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{len(results) + 1}"
    used = 0.0  # points of rows beside the chart
    # The rows above the chart, in points: the chart must not run over the end of the first page.
    above = sum(sh.ws.row_dimensions[r].height or _DEFAULT_ROW_PT for r in range(1, sh.rows + 1))

    # Flags by rule, and a bar chart of them beside the table (rows are added until it is passed,
    # so that nothing below runs under the chart).
    by_rule = Counter(c.rule for res in results for c in res.flags)
    chart_pt = max(5.0, 2.0 + 0.9 * len(by_rule)) * 28.35
    chart_pt = min(chart_pt, _PAGE_PT["landscape"] - 2 * _DEFAULT_ROW_PT)  # never taller than a page
    if by_rule and above + _DEFAULT_ROW_PT + chart_pt > _PAGE_PT["landscape"]:
        sh.ws.row_breaks.append(Break(id=sh.rows))  # the chart and its table begin the next page
    sh.append([])
    start = sh.append([_both("规则", "Rule", language, " "), _both("疑点", "Flags", language, " ")])
    for rule, n in sorted(by_rule.items()):
        row = sh.append([wrap_at_dots(rule, sh.widths[0]), n] + [None] * (label_col - 3) + [rule])
        used += sh.ws.row_dimensions[row].height or _DEFAULT_ROW_PT
    if by_rule:
        chart = BarChart()
        chart.type = "bar"
        chart.title = _both("疑点(按规则)", "Flags by rule", language, " ")
        chart.add_data(Reference(sh.ws, min_col=2, min_row=start, max_row=sh.rows), titles_from_data=True)
        chart.set_categories(Reference(sh.ws, min_col=label_col, min_row=start + 1, max_row=sh.rows))
        chart.visible_cells_only = False  # its labels are in a hidden column
        # Counts: whole-number ticks, never 0.5 flags.
        chart.y_axis.number_format = "0"
        chart.y_axis.majorUnit = max(1, math.ceil(max(by_rule.values()) / 6))
        chart.y_axis.scaling.min = 0
        chart.x_axis.delete = chart.y_axis.delete = False
        chart.x_axis.tickLblSkip = 1  # every bar named
        chart.legend = None
        chart.x_axis.txPr = chart.y_axis.txPr = _chart_text(FONT_SIZE)  # legible when printed, like the cells
        chart.width, chart.height = 16, chart_pt / 28.35  # cm, within the table's width
        sh.ws.add_chart(chart, f"D{start}")
        while used < chart.height * 28.35 + 6:
            sh.append([])
            used += _DEFAULT_ROW_PT
    sh.append([])
    flags_sheet = _label(SHEETS["flags"], language)

    def kv(zh: str, en: str, value: Any = None, spill: bool = False) -> None:
        sh.append([_both(zh, en, language, " "), value], spill=spill)

    kv("运行时间", "Run time", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), spill=True)
    kv("工具版本", "Toolkit version", __version__, spill=True)
    shown = "; ".join(f"{k}={v}" for k, v in sorted(parameters.items()) if v is not None and v != "")
    kv("参数", "Parameters", shown or "-")
    for name, res in zip(names, results, strict=True):
        # A hash is one word: it runs on over the empty cells beside it, never wrapped.
        sh.append(["SHA-256", f"{name}  {res.report.sha256}"], spill=True)
    for d in DISPOSITIONS:  # the disposition word is what the Flags sheet holds
        sh.append([f"{_both('处置', 'Disposition', language, ' ')}: {d}", None],
                  formulas={2: f"=COUNTIF('{flags_sheet}'!J:J,\"{d}\")"})
    for zh, en in (("编制人", "Prepared by"), ("复核人", "Reviewed by"), ("日期", "Date")):
        kv(zh, en, "")


def _chart_text(size: float) -> RichText:
    """A chart's axis labels at ``size`` points (LibreOffice's default, 10 pt, prints below 9 pt once
    the sheet is shrunk to its page width)."""
    props = CharacterProperties(sz=int(size * 100))
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def _meta_sheet(wb: Workbook, language: str) -> None:
    ws = wb.create_sheet("_meta")
    ws.sheet_state = "hidden"
    for k, v in [("schema", SCHEMA), ("toolkit", __version__), ("language", language)]:
        ws.append([k, v])


# --- reading back ------------------------------------------------------------------------------


def read_review(path: str | Path) -> dict[str, dict[str, str | None]]:
    """The reviewed dispositions of a workbook written by ``write_workbook``, keyed by check id.

    Raises ``WorkbookError`` naming the sheet and cell when the workbook is not ours, its
    columns were moved, or a disposition is not one of open / confirmed / explained / false positive.
    """
    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise WorkbookError("no such workbook", path=path) from exc
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise WorkbookError(f"not an Excel workbook: {exc}", path=path) from exc
    try:
        if "_meta" not in wb.sheetnames or wb["_meta"]["B1"].value != SCHEMA:
            raise WorkbookError("not an audit workbook (no _meta sheet with the schema)", path=path)
        name = next((n for n in wb.sheetnames if "Flags" in n and "疑点" in n), None)
        if name is None:
            raise WorkbookError("no Flags/疑点 sheet", path=path)
        ws = wb[name]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None) or ()
        expected = {_label(c, lang) for c in FLAG_COLUMNS for lang in ("zh", "en")}
        wanted = {"ID": 0, "Disposition": 9, "Reviewer": 10, "Note": 11}
        for en, col in wanted.items():
            got = header[col] if col < len(header) else None
            got = " ".join(got.split()) if isinstance(got, str) else got  # the labels' line break
            if not (isinstance(got, str) and got in expected and en in got):
                cell = f"{get_column_letter(col + 1)}1"
                raise WorkbookError(f"column {en} expected here, found {got!r}: columns were moved",
                                    path=path, location=f"{name}!{cell}")
        out: dict[str, dict[str, str | None]] = {}
        for r, row in enumerate(rows, start=2):
            if not row or row[0] is None:
                continue
            disposition = (row[9] or "open") if len(row) > 9 else "open"
            if disposition not in DISPOSITIONS:
                raise WorkbookError(f"unknown disposition {disposition!r} (open, confirmed, explained, false positive)",
                                    path=path, location=f"{name}!J{r}")
            out[str(row[0])] = {"disposition": disposition,
                                "reviewer": row[10] if len(row) > 10 else None,
                                "note": row[11] if len(row) > 11 else None}
        return out
    finally:
        wb.close()

