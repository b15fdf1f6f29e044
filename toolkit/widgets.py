"""The review panel: ipywidgets 8 in JupyterLab, decisions saved to the ledger.

    from toolkit.widgets import review_reports
    review_reports(["samples/reports"])          # audits, records the run, returns the panel

or, with results already at hand::

    ReviewPanel(open_ledger(), results, reviewer="王")

The panel lists the flags (filter by report, severity, rule and disposition), shows
the selected flag's messages, its evidence sentences with the figures marked and the
neighbouring lines of the original text, and saves a disposition, reviewer and note
to the ledger (source ``notebook``). Everything shown from a report is HTML-escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ipywidgets as w

from .cli import SUPPORTED
from .display import figures_shown
from .errors import ToolkitError
from .ledger import Ledger, check_records, open_ledger
from .trace import evidence_file, evidence_source
from .workbook import DISPOSITIONS

ALL = ""  # the filters' "(all)" value: a Dropdown shows no label for None
LANGUAGES = ("zh", "en")
# What the panel says, per language (zh is the default, as in the workbook).
TEXTS: dict[str, dict[str, str]] = {
    "zh": {
        "all": "(全部)", "report": "报告", "severity": "严重性", "rule": "规则", "disposition": "处置",
        "previous": "◀ 上一条", "next": "下一条 ▶", "reviewer": "复核人", "reviewer_hint": "您的姓名",
        "note": "备注", "note_hint": "理由:核对了什么,原文怎么说", "save": "保存", "review": "复核",
        "ledger": "台账", "evidence": "证据", "in_report": "原文", "check": "校验",
        "resolved_tag": "(已消除)", "resolved": "<b>已消除</b>(不再不符)",
        "expected": "预期", "observed": "实际", "difference": "差异",
        "left": "<b>{left}</b> / {failing} 条疑点待复核", "resolved_n": ",{n} 条已消除",
        "shown": "(显示 {n} 条)", "all_shown": "(全部显示)",
        "no_match": "没有符合筛选条件的疑点。", "no_flags": "没有疑点:无需复核。",
        "decided": "已由 {who} 于 {at} UTC 通过 {source} 处置为 <b>{d}</b>{note}",
        "select_first": "请先选择一条疑点。", "name_first": "保存前请填写复核人姓名。",
        "not_saved": "未保存:{err}", "saved": "已于 {now} UTC 保存 {id} 的处置:{d}",
        "unchanged": "未更改:台账中已是这一处置({now} UTC)",
        "open": "待定", "confirmed": "确认", "explained": "已解释", "false positive": "误报",
        "open_file": "审计文件", "path_hint": "报告文件或文件夹的路径,如 samples/reports/qinghe-2023.md",
        "upload": "上传报告", "audit": "审计", "n_reports": "找到 {n} 份报告", "one_report": "报告 {name}",
        "no_reports_in": "{path} 中没有报告文件", "bad_suffix": "不支持 {suffix} 文件(可用:{ok})",
        "no_such_path": "没有这个文件或文件夹:{path}", "audited": "已审计 {n} 份报告:{flags} 条疑点",
    },
    "en": {
        "all": "(all)", "report": "Report", "severity": "Severity", "rule": "Rule", "disposition": "Disposition",
        "previous": "◀ Previous", "next": "Next ▶", "reviewer": "Reviewer", "reviewer_hint": "your name",
        "note": "Note", "note_hint": "why: what you checked, what the source says", "save": "Save",
        "review": "Review", "ledger": "ledger", "evidence": "Evidence", "in_report": "In the report",
        "check": "check", "resolved_tag": " (resolved)", "resolved": "<b>resolved</b> (no longer fails)",
        "expected": "expected", "observed": "observed", "difference": "difference",
        "left": "<b>{left}</b> of {failing} flags left to review", "resolved_n": ", {n} resolved",
        "shown": " ({n} shown)", "all_shown": " (all shown)",
        "no_match": "No flag matches the filters.", "no_flags": "No flags: nothing to review.",
        "decided": "Decided <b>{d}</b> by {who} at {at} UTC via {source}{note}",
        "select_first": "Select a flag first.", "name_first": "Enter your name as reviewer before saving.",
        "not_saved": "Not saved: {err}", "saved": "Saved {d} for {id} at {now} UTC",
        "unchanged": "Unchanged: the ledger already holds this decision ({now} UTC)",
        "open": "open", "confirmed": "confirmed", "explained": "explained", "false positive": "false positive",
        "open_file": "Audit a file", "path_hint": "a report file or folder, e.g. samples/reports/qinghe-2023.md",
        "upload": "Upload reports", "audit": "Audit", "n_reports": "{n} reports found", "one_report": "report {name}",
        "no_reports_in": "no report files in {path}", "bad_suffix": "{suffix} files are not read (use {ok})",
        "no_such_path": "no such file or folder: {path}", "audited": "audited {n} reports: {flags} flags",
    },
}
_SEVERITY_ORDER = {"error": 0, "warning": 1}
_MARK = "background:#ffe066;color:#000;padding:0 2px;border-radius:2px"


def _mark_figures(text: str, figures: Iterable[str]) -> str:
    """``text`` escaped, with every occurrence of the printed figures marked."""
    figs = sorted({f for f in figures if f}, key=len, reverse=True)
    if not figs:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(f) for f in figs))
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[pos : m.start()]))
        out.append(f'<mark class="aw-figure" style="{_MARK}">{html.escape(m.group())}</mark>')
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _mark_spans(line: str, line_start: int, spans: Sequence[tuple[int, int]]) -> str:
    """One original line, escaped, with the figure spans (offsets in the whole text) marked."""
    end_of_line = line_start + len(line)
    cuts = sorted((max(s, line_start) - line_start, min(e, end_of_line) - line_start)
                  for s, e in spans if s < end_of_line and e > line_start)
    out, pos = [], 0
    for s, e in cuts:
        if s < pos:  # overlapping spans: mark the rest only
            s = pos
        if e <= s:
            continue
        out.append(html.escape(line[pos:s]))
        out.append(f'<mark class="aw-figure" style="{_MARK}">{html.escape(line[s:e])}</mark>')
        pos = e
    out.append(html.escape(line[pos:]))
    return "".join(out)


class _Source:
    """The original text of a report, loaded once, for the neighbouring lines."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[list[str], list[int]] | str] = {}

    def lines(self, path: str) -> tuple[list[str], list[int]] | str:
        """(lines, start offset of each line), or why the text is not available."""
        if path not in self._cache:
            from .load import load

            try:
                text = load(path).text
            except ToolkitError as err:
                self._cache[path] = f"the report's text is not available ({err})"
            except Exception as exc:  # a reader's bug must not take the panel down with it
                self._cache[path] = f"the report's text is not available ({type(exc).__name__}: {exc})"
            else:
                lines = text.split("\n")
                starts, pos = [], 0
                for ln in lines:
                    starts.append(pos)
                    pos += len(ln) + 1
                self._cache[path] = (lines, starts)
        return self._cache[path]


class ReviewPanel:
    """A review panel over the flags of ``results`` (``AuditResult`` objects or their
    ``to_dict()`` form) or, without results, over the ledger's current flags.

    Display it in a notebook cell. For scripts and tests the parts are attributes:
    ``flag_list`` (a Select), ``disposition``, ``reviewer``, ``note``, ``save_button``,
    ``previous_button``, ``next_button``, the filters ``report_filter``,
    ``severity_filter``, ``rule_filter``, ``disposition_filter``, and the HTML outputs
    ``detail``, ``counter``, ``status``.
    """

    def __init__(self, ledger: Ledger, results: Sequence[Any] | None = None, *, reviewer: str = "",
                 context: int = 2, errors: Sequence[str] = (), language: str = "zh",
                 root: str | Path = ".") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language must be zh or en, not {language!r}")
        self.language = language
        self.ledger = ledger
        self.context = context
        self.root = Path(root)
        self.items: list[dict[str, Any]] = self._items_of(results)
        self._decisions = ledger.dispositions()
        self._source = _Source()
        self._quiet = False
        self.visible: list[int] = []

        t = self.t

        def dropdown(label: str, values: Iterable[str], cls: str, labels: dict[str, str] | None = None) -> w.Dropdown:
            opts = [(t("all"), ALL)] + [((labels or {}).get(v, v), v) for v in sorted(set(values))]
            d = w.Dropdown(options=opts, value=ALL, description=label,
                           layout=w.Layout(width="auto", min_width="180px"), style={"description_width": "initial"})
            d.add_class(cls)
            return d

        self.report_filter = dropdown(t("report"), [], "aw-filter-report")
        self.severity_filter = dropdown(t("severity"), [], "aw-filter-severity")
        self.rule_filter = dropdown(t("rule"), [], "aw-filter-rule")
        self._filter_options()
        self.disposition_filter = w.Dropdown(options=[(t("all"), ALL)] + [(t(d), d) for d in DISPOSITIONS],
                                             value=ALL, description=t("disposition"),
                                             style={"description_width": "initial"},
                                             layout=w.Layout(width="auto", min_width="180px"))
        self.disposition_filter.add_class("aw-filter-disposition")

        self.flag_list = w.Select(options=[], rows=16, layout=w.Layout(width="100%"))
        self.flag_list.add_class("aw-flags")
        self.previous_button = w.Button(description=t("previous"), layout=w.Layout(width="50%"))
        self.previous_button.add_class("aw-previous")
        self.next_button = w.Button(description=t("next"), layout=w.Layout(width="50%"))
        self.next_button.add_class("aw-next")
        self.counter = w.HTML()
        self.counter.add_class("aw-counter")

        self.detail = w.HTML(layout=w.Layout(width="100%"))
        self.detail.add_class("aw-detail")
        self.disposition = w.Dropdown(options=[(t(d), d) for d in DISPOSITIONS], value="open",
                                      description=t("disposition"),
                                      style={"description_width": "initial"})
        self.disposition.add_class("aw-disposition")
        self.reviewer = w.Text(value=reviewer, description=t("reviewer"), placeholder=t("reviewer_hint"),
                               style={"description_width": "initial"})
        self.reviewer.add_class("aw-reviewer")
        self.note = w.Textarea(description=t("note"), placeholder=t("note_hint"),
                               layout=w.Layout(width="100%", height="80px"), style={"description_width": "initial"})
        self.note.add_class("aw-note")
        self.save_button = w.Button(description=t("save"), button_style="primary", icon="check")
        self.save_button.add_class("aw-save")
        self.status = w.HTML()
        self.status.add_class("aw-status")

        filters = w.HBox([self.report_filter, self.severity_filter, self.rule_filter, self.disposition_filter],
                         layout=w.Layout(flex_flow="row wrap"))
        left = w.VBox([self.flag_list, w.HBox([self.previous_button, self.next_button]), self.counter],
                      layout=w.Layout(width="38%", min_width="320px"))
        form = w.VBox([w.HBox([self.disposition, self.reviewer]), self.note,
                       w.HBox([self.save_button, self.status])])
        right = w.VBox([self.detail, form], layout=w.Layout(width="62%", padding="0 0 0 12px"))
        title = w.HTML(f"<b>{t('review')}</b> — {t('ledger')} <code>{html.escape(str(ledger.path))}</code>")
        # Audit one's own file without editing YAML: a path box checked on entry, or an upload.
        self.path_box = w.Text(description=t("open_file"), placeholder=t("path_hint"), continuous_update=True,
                               layout=w.Layout(width="50%"), style={"description_width": "initial"})
        self.path_box.add_class("aw-path")
        self.upload = w.FileUpload(accept=",".join(sorted(SUPPORTED)), multiple=True, description=t("upload"))
        self.upload.add_class("aw-upload")
        self.audit_button = w.Button(description=t("audit"), icon="search", disabled=True)
        self.audit_button.add_class("aw-audit")
        self.path_status = w.HTML()
        self.path_status.add_class("aw-path-status")
        self.path_box.observe(lambda _: self._check_path(), names="value")
        self.upload.observe(lambda _: self._on_upload(), names="value")
        self.audit_button.on_click(lambda _: self.audit_paths([self.path_box.value.strip()]))
        picker = w.HBox([self.path_box, self.audit_button, self.upload, self.path_status],
                        layout=w.Layout(flex_flow="row wrap", align_items="center"))
        self.widget = w.VBox([title, picker, filters, w.HBox([left, right])])
        self.widget.add_class("aw-review")

        for f in (self.report_filter, self.severity_filter, self.rule_filter, self.disposition_filter):
            f.observe(self._on_filter, names="value")
        self.flag_list.observe(self._on_select, names="value")
        self.save_button.on_click(lambda _: self.save())
        self.previous_button.on_click(lambda _: self.previous())
        self.next_button.on_click(lambda _: self.next())
        self._apply_filters()
        if errors:
            self._say("error", "; ".join(errors))

    def _items_of(self, results: Sequence[Any] | None) -> list[dict[str, Any]]:
        if results is None:
            return self.ledger.flags()
        shown = {str(c["id"] if isinstance(c, dict) else c.id): figures_shown(c)  # as the workbook shows them
                 for res in results for c in (res["checks"] if isinstance(res, dict) else res.checks)
                 if (c["status"] if isinstance(c, dict) else c.status) == "fail"}
        items = [dict(r, state="failing", shown=shown.get(r["check_id"]))
                 for r in check_records(results) if r["status"] == "fail"]
        items.sort(key=lambda r: (_SEVERITY_ORDER.get(r["severity"], 2), r["report"], r["rule"], r["check_id"]))
        return items

    def _filter_options(self) -> None:
        """The filters' choices: the reports, severities and rules of the flags listed."""
        names = {r["report"]: Path(r["report"]).name for r in self.items}
        self._quiet = True
        try:
            for f, key in ((self.report_filter, "report"), (self.severity_filter, "severity"),
                           (self.rule_filter, "rule")):
                values = sorted({r[key] for r in self.items})
                f.options = [(self.t("all"), ALL)] + [(names.get(v, v) if key == "report" else v, v) for v in values]
                f.value = ALL
        finally:
            self._quiet = False

    def load(self, results: Sequence[Any] | None, errors: Sequence[str] = ()) -> None:
        """Show the flags of other ``results`` (None: the ledger's current flags)."""
        self.items = self._items_of(results)
        self._decisions = self.ledger.dispositions()
        self._filter_options()
        self._apply_filters()
        if errors:
            self._say("error", "; ".join(errors))

    # --- auditing a file of one's own ----------------------------------------------------------------

    def _resolve(self, text: str) -> Path:
        p = Path(text).expanduser()
        return p if p.is_absolute() else self.root / p

    def _check_path(self) -> list[Path]:
        """Validate the path box as it is typed: say what it holds; enable Audit when it holds reports."""
        text = self.path_box.value.strip()
        found: list[Path] = []
        if not text:
            message, kind = "", ""
        else:
            p = self._resolve(text)
            if p.is_dir():
                from .cli import expand

                found = expand([str(p)])
                message, kind = ((self.t("n_reports", n=len(found)), "ok") if found
                                 else (self.t("no_reports_in", path=text), "error"))
            elif p.is_file():
                if p.suffix.lower() in SUPPORTED:
                    found, message, kind = [p], self.t("one_report", name=p.name), "ok"
                else:
                    message, kind = self.t("bad_suffix", suffix=p.suffix or "?", ok=" ".join(sorted(SUPPORTED))), "error"
            else:
                message, kind = self.t("no_such_path", path=text), "error"
        self.audit_button.disabled = not found
        color = {"ok": "#1a7f37", "error": "#cf222e"}.get(kind, "inherit")
        self.path_status.value = (f'<span class="aw-{kind or "none"}" style="color:{color}">'
                                  f"{html.escape(message)}</span>")
        return found

    def _on_upload(self) -> None:
        """Files chosen in the browser: saved next to the ledger (uploads/), then audited."""
        folder = self.ledger.path.parent / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for f in self.upload.value:
            target = folder / Path(f["name"]).name  # a bare file name: nothing outside the folder
            target.write_bytes(bytes(f["content"]))
            paths.append(str(target))
        if paths:
            self.upload.value = ()  # the same file chosen again is a new upload
            self.audit_paths(paths)

    def audit_paths(self, paths: Sequence[str | Path]) -> bool:
        """Audit report files or folders (relative to ``root``), record the run, show its flags."""
        targets = [str(self._resolve(str(p))) for p in paths if str(p).strip()]
        if not targets:
            return False
        # Progress in the panel's own status line: a widget callback has no cell output to print to.
        results, errors = audit_reports(targets, language=self.language, show=lambda text: self._say("", text))
        if not results:
            self._say("error", "; ".join(errors) or self.t("no_reports_in", path=", ".join(map(str, paths))))
            return False
        self.ledger.record_run("review-" + datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), results)
        self.load(results, errors)
        if not errors:
            self._say("ok", self.t("audited", n=len(results), flags=len(self.items)))
        return True

    def t(self, key: str, **values: Any) -> str:
        """The panel's text ``key`` in its language, with ``values`` filled in."""
        text = TEXTS[self.language][key]
        return text.format(**values) if values else text

    # --- display --------------------------------------------------------------------------------------

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    # --- state ----------------------------------------------------------------------------------------

    def decision(self, item: dict[str, Any]) -> dict[str, Any]:
        return self._decisions.get(item["check_id"]) or {"disposition": "open"}

    @property
    def current(self) -> dict[str, Any] | None:
        """The selected flag, or None."""
        i = self.flag_list.value
        return None if i is None else self.items[i]

    @property
    def left(self) -> int:
        """Failing flags with no decision yet (open)."""
        return sum(1 for r in self.items if r["state"] == "failing" and self.decision(r)["disposition"] == "open")

    def _label(self, item: dict[str, Any]) -> str:
        d = self.decision(item)["disposition"]
        state = self.t("resolved_tag") if item["state"] == "resolved" else ""
        return f"[{self.t(d)}] {item['severity']} · {item['rule']} · {Path(item['report']).name}{state}"

    def _matches(self, item: dict[str, Any]) -> bool:
        return ((self.report_filter.value == ALL or item["report"] == self.report_filter.value)
                and (self.severity_filter.value == ALL or item["severity"] == self.severity_filter.value)
                and (self.rule_filter.value == ALL or item["rule"] == self.rule_filter.value)
                and (self.disposition_filter.value == ALL
                     or self.decision(item)["disposition"] == self.disposition_filter.value))

    def _apply_filters(self, keep: int | None = None) -> None:
        self.visible = [i for i, item in enumerate(self.items) if self._matches(item)]
        self._set_options(keep if keep in self.visible else (self.visible[0] if self.visible else None))

    def _set_options(self, selected: int | None) -> None:
        self._quiet = True
        try:
            self.flag_list.options = [(self._label(self.items[i]), i) for i in self.visible]
            self.flag_list.value = selected
        finally:
            self._quiet = False
        self._show()

    def _on_filter(self, _change: Any) -> None:
        self._apply_filters(keep=self.flag_list.value)

    def _on_select(self, _change: Any) -> None:
        if not self._quiet:
            self._say("", "")
            self._show()

    def _say(self, kind: str, text: str) -> None:
        color = {"ok": "#1a7f37", "error": "#cf222e"}.get(kind, "inherit")
        self.status.value = f'<span class="aw-{kind or "none"}" style="color:{color}">{html.escape(text)}</span>'

    def _update_counter(self) -> None:
        failing = sum(1 for r in self.items if r["state"] == "failing")
        resolved = len(self.items) - failing
        shown = self.t("shown", n=len(self.visible)) if len(self.visible) != len(self.items) else self.t("all_shown")
        self.counter.value = (self.t("left", left=self.left, failing=failing)
                              + (self.t("resolved_n", n=resolved) if resolved else "") + shown)

    # --- the selected flag ----------------------------------------------------------------------------

    def _show(self) -> None:
        self._update_counter()
        item = self.current
        if item is None:
            self.detail.value = f"<i>{self.t('no_match') if self.items else self.t('no_flags')}</i>"
            return
        d = self.decision(item)
        self.disposition.value = d["disposition"]
        self.note.value = d.get("note") or ""
        self.detail.value = self._detail_html(item, d)

    def _detail_html(self, item: dict[str, Any], d: dict[str, Any]) -> str:
        e = html.escape
        t = self.t
        sev_color = "#cf222e" if item["severity"] == "error" else "#9a6700"
        first, second = ((item["message_zh"], item["message_en"]) if self.language == "zh"
                         else (item["message_en"], item["message_zh"]))
        parts = [
            f'<div style="font-size:90%;color:#57606a">{e(Path(item["report"]).name)} · {e(t("check"))} '
            f'<code class="aw-check-id">{e(item["check_id"])}</code>'
            + (f" · {t('resolved')}" if item["state"] == "resolved" else "") + "</div>",
            f'<div><b style="color:{sev_color}">{e(item["severity"].upper())}</b> <code>{e(item["rule"])}</code></div>',
            f'<div class="aw-message" style="margin:4px 0">{e(first)}<br>'
            f'<span style="color:#57606a">{e(second)}</span></div>',
            f"<table style='font-size:90%'><tr><th>{e(t('expected'))}</th><th>{e(t('observed'))}</th>"
            f"<th>{e(t('difference'))}</th></tr>"
            "<tr>" + "".join(f"<td>{e(v)}</td>" for v in item.get("shown") or figures_shown(item)) + "</tr></table>",
        ]
        # The evidence sentences (normalized text), figures marked.
        # Each sentence names its own file: a cross-year check cites the previous year's report too.
        sentences: dict[tuple[str, int, str], list[str]] = {}
        for ev in item["evidence"]:
            key = (evidence_file(ev, item["report"]), ev.get("line") or 0, ev.get("text") or "")
            sentences.setdefault(key, []).append(ev.get("printed") or "")
        parts.append(f"<div><b>{e(self.t('evidence'))}</b></div><ul class='aw-evidence' style='margin:2px 0'>")
        for (file, line, text), figs in sorted(sentences.items(), key=lambda kv: (kv[0][0] != item["report"], kv[0])):
            source = evidence_source({"file": file, "line": line})
            parts.append(f"<li><code class='aw-source'>{e(source)}</code> {_mark_figures(text, figs)}</li>")
        parts.append("</ul>")
        files = dict.fromkeys([item["report"]] + [evidence_file(ev, item["report"]) for ev in item["evidence"]])
        for file in files:
            evidence = [ev for ev in item["evidence"] if evidence_file(ev, item["report"]) == file]
            if evidence:
                parts.append(self._context_html(file, evidence, titled=len(files) > 1))
        if d.get("decided_at"):
            who = e(d.get("reviewer") or "?")
            note = f" — {e(d['note'])}" if d.get("note") else ""
            decided = t("decided", d=e(t(d["disposition"])), who=who, at=e(d["decided_at"][:19].replace("T", " ")),
                        source=e(d.get("source") or "?"), note=note)
            parts.append(f"<div class='aw-decision' style='font-size:90%'>{decided}</div>")
        return "\n".join(parts)

    def _context_html(self, path: str, evidence: list[dict[str, Any]], *, titled: bool = False) -> str:
        """The original lines of ``path`` around its evidence, with line numbers and the figures marked."""
        src = self._source.lines(path)
        if isinstance(src, str):
            return f"<div style='font-size:90%;color:#57606a'>{html.escape(src)}</div>"
        lines, starts = src
        spans = [(ev["start"], ev["end"]) for ev in evidence
                 if isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int)]
        cited = {ev["line"] for ev in evidence if isinstance(ev.get("line"), int)}
        show: set[int] = set()
        for line in cited:
            show.add(line)
            for step in (-1, 1):  # up to `context` non-blank lines each side
                n, found = line + step, 0
                while 1 <= n <= len(lines) and found < self.context:
                    if lines[n - 1].strip():
                        show.add(n)
                        found += 1
                    n += step
        rows, last = [], None
        for n in sorted(x for x in show if 1 <= x <= len(lines)):
            if last is not None and n > last + 1:
                rows.append("<div style='color:#8c959f'>⋯</div>")
            text = _mark_spans(lines[n - 1], starts[n - 1], spans)
            weight = "font-weight:bold;background:#f6f8fa" if n in cited else "color:#57606a"
            rows.append(f"<div class='aw-line' style='{weight}'><code style='color:#8c959f'>{n:>4}</code> {text}</div>")
            last = n
        heading = html.escape(self.t("in_report") + (f" {Path(path).name}" if titled else ""))
        return (f"<div><b>{heading}</b></div><div class='aw-context' style='font-size:90%;"
                "border-left:3px solid #d0d7de;padding-left:6px;white-space:pre-wrap'>" + "".join(rows) + "</div>")

    # --- actions --------------------------------------------------------------------------------------

    def select(self, check_id: str, report: str | None = None) -> dict[str, Any]:
        """Select a flag by check id (and report file, where two files share an id)."""
        for i in self.visible:
            item = self.items[i]
            if item["check_id"] == check_id and (report is None or item["report"] == report):
                self.flag_list.value = i
                return item
        raise KeyError(f"no flag {check_id!r} among the flags shown")

    def save(self) -> bool:
        """Save the form's disposition, reviewer and note for the selected flag; False when not saved."""
        item = self.current
        if item is None:
            self._say("error", self.t("select_first"))
            return False
        reviewer = self.reviewer.value.strip()
        if not reviewer:
            self._say("error", self.t("name_first"))
            return False
        try:
            changed = self.ledger.set_disposition(item["check_id"], self.disposition.value, reviewer=reviewer,
                                                  note=self.note.value, source="notebook")
        except ToolkitError as err:
            self._say("error", self.t("not_saved", err=err))
            return False
        decided = self.ledger.disposition(item["check_id"])
        if decided is not None:
            self._decisions[item["check_id"]] = decided
        self._set_options(self.flag_list.value)  # labels and counter follow the decision
        now = datetime.now(UTC).strftime("%H:%M:%S")
        self._say("ok", self.t("saved", d=self.t(self.disposition.value), id=item["check_id"], now=now)
                  if changed else self.t("unchanged", now=now))
        return True

    def _step(self, step: int) -> None:
        if not self.visible:
            return
        cur = self.flag_list.value
        pos = self.visible.index(cur) if cur in self.visible else -1
        self.flag_list.value = self.visible[min(max(pos + step, 0), len(self.visible) - 1)]

    def next(self) -> None:
        """Select the next flag shown."""
        self._step(1)

    def previous(self) -> None:
        """Select the previous flag shown."""
        self._step(-1)


def audit_reports(paths: Sequence[str | Path], *, language: str = "zh",
                  show: Callable[[str], None] | None = None) -> tuple[list[Any], list[str]]:
    """Audit report files and folders, with progress shown in a notebook: one result per report
    (two files of one agency and year are one report, see ``toolkit.identity``), compared across
    years. Returns the results and what went wrong or was left out, one line each."""
    from .api import audit
    from .cli import expand_marked, is_report
    from .compare import compare_years
    from .identity import one_per_identity
    from .progress import progress

    marked = expand_marked([str(p) for p in paths])
    results, errors = [], []
    label = "审计报告" if language == "zh" else "Auditing"
    found_in = {str(p): found for p, found in marked}
    for p in progress([str(p) for p, _ in marked], label, show=show):
        try:
            r = audit(p)
        except ToolkitError as err:
            errors.append(str(err))
            continue
        if found_in[p] and not is_report(r):
            continue  # a README in the folder
        results.append(r)
    results, notes = one_per_identity(results)
    compare_years(results)
    return results, [*notes, *errors]


def review_reports(reports: Sequence[str | Path], *, ledger: str | Path | None = None, root: str | Path = ".",
                   run_id: str | None = None, reviewer: str = "", language: str = "zh") -> ReviewPanel:
    """Audit ``reports`` (files or folders, relative to ``root``), record the run in the ledger
    and return a review panel over its flags (``language``: zh, the default, or en).

    The ledger is ``ledger`` if given, else $AUDIT_WORKBOOK_LEDGER, else
    ``root/outputs/ledger.sqlite``. A report that cannot be read, or a second file of a report
    already listed, is named in the panel's status line; the others are reviewed. The panel's
    path box and upload button audit other files.
    """
    base = Path(root)
    paths = [str((Path(p) if Path(p).is_absolute() else base / p).resolve()) for p in reports]
    results, errors = audit_reports(paths, language=language)
    led = open_ledger(ledger, root=base)
    led.record_run(run_id or "review-" + datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), results)
    return ReviewPanel(led, results, reviewer=reviewer, errors=errors, language=language, root=base)
