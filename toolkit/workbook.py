"""AuditResults -> the Excel audit workbook (openpyxl); reviewed dispositions read back.

Sheets: Summary, Flags (with the review columns), Checks (each with a live Excel
formula that recomputes it from the Quantities sheet), Metrics, Quantities,
Evidence, Trends (several years of one agency), Rules. Text that comes from a
report or a parameter is always written as text, never as a formula.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from . import __version__
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
                ("处置", "Disposition"), ("复核人", "Reviewer"), ("备注", "Note")]
RULE_TEXT = {
    "sum.breakdown": ("其中/包括/分别为 列出的分项之和等于合计", "parts listed with 其中/包括/分别为 add up to the total"),
    "sum.enumeration": ("合计后括号内列举的分项之和等于合计", "a bracketed enumeration after a total adds up to it"),
    "sum.difference": ("上年数、本年数与增减数相符", "last year's figure, this year's and the stated difference agree"),
    "sum.status": ("受理数等于已办结数加在办数", "received = closed + still open"),
    "sum.table_group": ("表中分组各行之和等于总计行", "the rows of a table group add up to the total row"),
    "sum.table_total": ("表中各行之和等于总计行", "the rows of a table add up to its total row"),
    "sum.table_row": ("表中一行各列之和等于总计列", "the cells of a row add up to its total column"),
    "bound.part": ("分项不超过合计(列举不完整时)", "a listed part does not exceed its total (list not exhaustive)"),
    "bound.includes": ("括号内“含”的数不超过合计", "a figure 'included' in brackets does not exceed the total"),
    "bound.meaning": ("取得资格者不多于参加者", "those who passed do not outnumber those who took part"),
    "ratio.rate": ("比率按其分子、分母计算,四舍五入到所列小数位", "a rate equals numerator/denominator, rounded to the printed decimals"),
    "ratio.share": ("占比按分项与合计计算", "a share equals part/total, rounded to the printed decimals"),
    "ratio.table_share": ("表中占比按对应数量计算", "a table share equals its count over the base"),
    "ratio.expression": ("A:100 形式的比值按两数计算", "an A:100 ratio equals the two stated figures"),
    "ratio.structure": ("A:B:C 结构按各分项占合计计算", "an A:B:C structure equals each part over the total"),
    "change.yoy": ("同比变化:计数类上年数须为整数;给出上年数时按其计算",
                   "a change: for counts the implied previous figure is whole; a printed previous figure is used"),
    "change.previous_report": ("本年同比与上年报告数相符", "this year's change agrees with last year's report"),
    "equal.restated": ("同一数字在正文与表格中一致", "one figure restated (prose and table) is the same"),
}

_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_ERROR_FILL = PatternFill("solid", fgColor="F8CBAD")
_WARNING_FILL = PatternFill("solid", fgColor="FFE699")
_DONE_FILL = PatternFill("solid", fgColor="E2EFDA")


def _label(pair: tuple[str, str], language: str) -> str:
    zh, en = pair
    return f"{zh} {en}" if language == "zh" else f"{en} {zh}"


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
_BODY_FONT = Font(name=FONT_NAME)
_BOLD_FONT = Font(name=FONT_NAME, bold=True)
_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)


class _Sheet:
    """A streamed (write-only) sheet with the house layout: header, widths, print set-up."""

    def __init__(self, wb: Workbook, name: str, labels: list[str], widths: list[int], title: str,
                 expected_rows: int = 0):
        self.ws = wb.create_sheet(name)
        self.ncols = len(labels)
        self.rows = 1
        self.styled = expected_rows <= _STYLED_ROWS
        ws = self.ws
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = "A2"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
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
        ws.append(header)

    def append(self, values: list[Any], formats: dict[int, str] | None = None,
               formulas: dict[int, str] | None = None, height: float | None = None) -> int:
        """Add a row; ``formulas`` (column -> formula) are the toolkit's own, everything else is data."""
        self.rows += 1
        formats = formats or {}
        formulas = formulas or {}
        out: list[Any] = []
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
                c.alignment = _TOP_WRAP if isinstance(v, str) and (len(v) > 20 or "\n" in v) else _TOP
            if col in formats:
                c.number_format = formats[col]
            out.append(c)
        if height is not None:
            self.ws.row_dimensions[self.rows].height = height
        self.ws.append(out)
        return self.rows

    def finish(self) -> None:
        self.ws.auto_filter.ref = f"A1:{get_column_letter(self.ncols)}{max(self.rows, 1)}"


def _number_format(unit: str) -> str:
    if unit in ("万元", "亿元", "元", "千元"):
        return "#,##0.00"
    if unit in ("%", "‰"):
        return "0.00"
    return "#,##0.##"


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
    sh = _Sheet(wb, name, [_label(c, language) for c in cols], [18, 6, 14, 8, 8, 12, 12, 14, 6, 80], title, total)
    for res in results:
        file = Path(res.report.path).name
        for qi, q in enumerate(res.quantities):
            sh.append([file, qi, q["value"], q["unit"], q["qualifier"] or "", q["interval"][0], q["interval"][1],
                       q["printed"], q["line"], q["evidence"]],
                      formats={3: _number_format(q["unit"])} if sh.styled else None)
    sh.finish()


def _metrics_sheet(wb: Workbook, results: list[AuditResult], language: str, title: str) -> None:
    cols = [("报告", "Report"), ("指标", "Key"), ("中文名称", "Label (zh)"), ("英文名称", "Label (en)"),
            ("数值", "Value"), ("单位", "Unit"), ("限定词", "Qualifier"), ("区间", "Interval"),
            ("原文证据", "Evidence"), ("行", "Line")]
    sh = _Sheet(wb, _label(SHEETS["metrics"], language), [_label(c, language) for c in cols],
                [18, 28, 20, 28, 14, 8, 8, 18, 80, 6], title, sum(len(r.metrics) for r in results))
    for res in results:
        for m in res.metrics:
            sh.append([Path(res.report.path).name, m["key"], m["label_zh"], m["label_en"], m["value"], m["unit"],
                       m["qualifier"] or "", f"[{m['interval'][0]:g}, {m['interval'][1]:g}]", m["evidence"]["text"],
                       m["evidence"]["line"]], formats={5: _number_format(m["unit"])})
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
    sh = _Sheet(wb, _label(SHEETS["checks"], language), [_label(c, language) for c in cols],
                [18, 18, 8, 26, 10, 9, 12, 12, 10, 12, 12, 7, 40, 60], title, sum(len(r.checks) for r in results))
    for ri, res in enumerate(results):
        for c in res.checks:
            formula = check_formula(c, ri, qrow, qsheet)
            r = sh.rows + 1
            formulas = {} if formula is None else {
                10: formula, 11: f'=IF(E{r}="unverifiable","",J{r}=(E{r}="pass"))'}
            sh.append([c.id, Path(res.report.path).name, c.kind, c.rule, c.status, c.severity, _plain(c.expected),
                       _plain(c.observed), _plain(c.difference), None, None, "yes" if c.approx else "",
                       _ops_text(c.operands), c.message_zh if language == "zh" else c.message_en],
                      formulas=formulas)
    sh.finish()
    red = FormulaRule(formula=['$E2="fail"'], fill=_ERROR_FILL)
    sh.ws.conditional_formatting.add(f"A2:{get_column_letter(sh.ncols)}{max(sh.rows, 2)}", red)


def _plain(v: Any) -> Any:
    if isinstance(v, (int, float)) or v is None:
        return v
    return str(v)


def _ops_text(ops: dict[str, Any]) -> str:
    return "; ".join(f"{k}={v}" for k, v in ops.items())


def _evidence_text(c: Any) -> str:
    seen: list[str] = []
    for e in c.evidence:
        line = f"L{e.line}: {e.text}"
        if line not in seen:
            seen.append(line)
    return "\n".join(seen)


def _flags_sheet(wb: Workbook, results: list[AuditResult], language: str, title: str,
                 decided: dict[str, tuple[str, str, str]]) -> None:
    flags = [(res, c) for res in results for c in res.flags]
    order = {"error": 0, "warning": 1}
    flags.sort(key=lambda rc: (order.get(rc[1].severity, 2), rc[0].report.path))
    sh = _Sheet(wb, _label(SHEETS["flags"], language), [_label(c, language) for c in FLAG_COLUMNS],
                [18, 18, 9, 26, 45, 10, 10, 10, 60, 14, 12, 30], title, len(flags))
    for res, c in flags:
        evidence = _evidence_text(c)
        # Spreadsheets do not grow rows by themselves when a file is opened: size them for the
        # two-language message and the evidence lines.
        lines = max(2, evidence.count("\n") + 1 + len(evidence) // 60)
        review = decided.get(c.id) or (getattr(c, "disposition", None) or "open", getattr(c, "reviewer", None) or "",
                                       getattr(c, "note", None) or "")
        sh.append([c.id, Path(res.report.path).name, c.severity, c.rule, f"{c.message_zh}\n{c.message_en}",
                   _plain(c.expected), _plain(c.observed), _plain(c.difference), evidence, *review],
                  height=15 * lines)
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
    sentences: dict[tuple[str, int, str], dict[str, Any]] = {}
    for res in results:
        name = Path(res.report.path).name
        for c in res.checks:
            for e in c.evidence:
                entry = sentences.setdefault((name, e.line, e.text), {"figures": [], "checks": []})
                if e.printed not in entry["figures"]:
                    entry["figures"].append(e.printed)
                if c.id not in entry["checks"]:
                    entry["checks"].append(c.id)
    sh = _Sheet(wb, _label(SHEETS["evidence"], language), [_label(c, language) for c in cols], [18, 6, 90, 30, 40],
                title, len(sentences))
    for (name, line, text), entry in sorted(sentences.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        sh.append([name, line, text, "、".join(entry["figures"]), ", ".join(entry["checks"])])
    sh.finish()


def _trends_sheet(wb: Workbook, results: list[AuditResult], language: str, title: str) -> None:
    cols = [("机构", "Agency"), ("指标", "Key"), ("名称", "Label"), ("单位", "Unit"), ("上年", "Previous year"),
            ("上年值", "Previous"), ("年度", "Year"), ("本年值", "Value"), ("变化%", "Change %")]
    moves = [m for res in results for m in res.movements]
    sh = _Sheet(wb, _label(SHEETS["trends"], language), [_label(c, language) for c in cols],
                [20, 28, 20, 8, 10, 14, 8, 14, 10], title, len(moves))
    for m in moves:
        sh.append([m["agency"], m["key"], m["label_zh"], m["unit"], m["previous_year"], m["previous"], m["year"],
                   m["value"], m["change_percent"]])
    sh.finish()
    if sh.rows > 2:
        chart = LineChart()
        chart.title = "变化 Change %"
        chart.add_data(Reference(sh.ws, min_col=9, min_row=1, max_row=sh.rows), titles_from_data=True)
        chart.set_categories(Reference(sh.ws, min_col=2, min_row=2, max_row=sh.rows))
        sh.ws.add_chart(chart, "K2")


def _rules_sheet(wb: Workbook, checks: list[Any], language: str, title: str) -> None:
    cols = [("规则", "Rule"), ("说明", "What it checks"), ("容差", "Tolerance"), ("校验数", "Checks")]
    counts = Counter(c.rule for c in checks)
    rules = sorted(set(RULE_TEXT) | set(counts))
    sh = _Sheet(wb, _label(SHEETS["rules"], language), [_label(c, language) for c in cols], [30, 70, 50, 8], title,
                len(rules))
    tolerance = ("百分数按所列小数位四舍五入(半进或银行家舍入);余/近/约 按区间;计数上年数须为整数",
                 "percents: round to the printed decimals (half-up or half-even); 余/近/约 as intervals; "
                 "previous counts whole")
    for rule in rules:
        zh, en = RULE_TEXT.get(rule, (rule.replace("catalog.", "目录规则 "), rule.replace("catalog.", "catalog rule ")))
        sh.append([rule, zh if language == "zh" else en, tolerance[0] if language == "zh" else tolerance[1],
                   counts.get(rule, 0)])
    sh.finish()


def _summary_sheet(wb: Workbook, results: list[AuditResult], parameters: dict[str, Any], language: str,
                   title: str) -> None:
    cols = [("文件", "File"), ("机构", "Agency"), ("年度", "Year"), ("文号", "Doc number"), ("日期", "Date"),
            ("SHA-256", "SHA-256"), ("校验", "Checks"), ("通过", "Pass"), ("疑点", "Fail"), ("无法判定", "Unverifiable"),
            ("错误", "Errors"), ("警告", "Warnings")]
    sh = _Sheet(wb, _label(SHEETS["summary"], language), [_label(c, language) for c in cols],
                [26, 22, 8, 18, 12, 20, 8, 8, 8, 10, 8, 8], title, 50)
    for res in results:
        info = res.report
        st = Counter(c.status for c in res.checks)
        sev = Counter(c.severity for c in res.flags)
        sh.append([Path(info.path).name, info.agency or "", info.year, info.doc_number or "", info.date or "",
                   info.sha256, len(res.checks), st["pass"], st["fail"], st["unverifiable"], sev["error"],
                   sev["warning"]])
    sh.ws.auto_filter.ref = f"A1:{get_column_letter(sh.ncols)}{len(results) + 1}"
    sh.append([])
    flags_sheet = _label(SHEETS["flags"], language)
    sh.append(["运行时间 Run time", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")])
    sh.append(["工具版本 Toolkit version", __version__])
    sh.append(["参数 Parameters", "; ".join(f"{k}={v}" for k, v in sorted(parameters.items())) or "-"])
    for d in DISPOSITIONS:
        sh.append([f"处置 {d}", None], formulas={2: f"=COUNTIF('{flags_sheet}'!J:J,\"{d}\")"})
    for label in ("编制人 Prepared by", "复核人 Reviewed by", "日期 Date"):
        sh.append([label, ""])
    # Flags by rule, and a bar chart of them.
    by_rule = Counter(c.rule for res in results for c in res.flags)
    sh.append([])
    start = sh.append(["规则 Rule", "疑点 Flags"])
    for rule, n in sorted(by_rule.items()):
        sh.append([rule, n])
    if by_rule:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "疑点(按规则) Flags by rule"
        chart.add_data(Reference(sh.ws, min_col=2, min_row=start, max_row=sh.rows), titles_from_data=True)
        chart.set_categories(Reference(sh.ws, min_col=1, min_row=start + 1, max_row=sh.rows))
        sh.ws.add_chart(chart, f"D{start}")


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

