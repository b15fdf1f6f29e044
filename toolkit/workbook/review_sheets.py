"""The sheets a reviewer works from: Flags (with review columns), Evidence, Trends, Rules, Summary, Meta."""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.formatting.rule import FormulaRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break

from .. import __version__, messages
from ..result import AuditResult
from .data_sheets import _evidence_file, _figure_units, _triple, _triple_formats
from .sheet import _Sheet
from .sizing import id_width, name_width, whole_width, word_width, wrap_at_dots
from .styles import (
    _DEFAULT_ROW_PT,
    _DONE_FILL,
    _ERROR_FILL,
    _PAGE_PT,
    _WARNING_FILL,
    DISPOSITIONS,
    FLAG_COLUMNS,
    FONT_SIZE,
    SCHEMA,
    SHEETS,
    _both,
    _label,
)

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


