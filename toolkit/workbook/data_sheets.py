"""The Quantities, Metrics and Checks sheets, and how their figures are shown."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.utils import get_column_letter

from .. import messages
from ..result import AuditResult
from .formulas import check_formula
from .sheet import _number_format, _Sheet, figure_format
from .sizing import id_width, name_width, text_width, whole_width, word_width, wrap_at_dots
from .styles import _ERROR_FILL, _PT_PER_UNIT, SHEETS, _label


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


