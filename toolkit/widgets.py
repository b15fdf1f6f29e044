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
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ipywidgets as w

from .errors import ToolkitError
from .ledger import Ledger, check_records, open_ledger
from .workbook import DISPOSITIONS

ALL = ""  # the filters' "(all)" value: a Dropdown shows no label for None
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
                 context: int = 2, errors: Sequence[str] = ()) -> None:
        self.ledger = ledger
        self.context = context
        if results is None:
            self.items: list[dict[str, Any]] = ledger.flags()
        else:
            self.items = [dict(r, state="failing") for r in check_records(results) if r["status"] == "fail"]
            self.items.sort(key=lambda r: (_SEVERITY_ORDER.get(r["severity"], 2), r["report"], r["rule"],
                                           r["check_id"]))
        self._decisions = ledger.dispositions()
        self._source = _Source()
        self._quiet = False
        self.visible: list[int] = []

        def dropdown(label: str, values: Iterable[str], cls: str, labels: dict[str, str] | None = None) -> w.Dropdown:
            opts = [("(all)", ALL)] + [((labels or {}).get(v, v), v) for v in sorted(set(values))]
            d = w.Dropdown(options=opts, value=ALL, description=label,
                           layout=w.Layout(width="auto", min_width="180px"), style={"description_width": "initial"})
            d.add_class(cls)
            return d

        self.report_filter = dropdown("Report", (r["report"] for r in self.items), "aw-filter-report",
                                      {r["report"]: Path(r["report"]).name for r in self.items})
        self.severity_filter = dropdown("Severity", (r["severity"] for r in self.items), "aw-filter-severity")
        self.rule_filter = dropdown("Rule", (r["rule"] for r in self.items), "aw-filter-rule")
        self.disposition_filter = w.Dropdown(options=[("(all)", ALL)] + [(d, d) for d in DISPOSITIONS], value=ALL,
                                             description="Disposition", style={"description_width": "initial"},
                                             layout=w.Layout(width="auto", min_width="180px"))
        self.disposition_filter.add_class("aw-filter-disposition")

        self.flag_list = w.Select(options=[], rows=16, layout=w.Layout(width="100%"))
        self.flag_list.add_class("aw-flags")
        self.previous_button = w.Button(description="◀ Previous", layout=w.Layout(width="50%"))
        self.previous_button.add_class("aw-previous")
        self.next_button = w.Button(description="Next ▶", layout=w.Layout(width="50%"))
        self.next_button.add_class("aw-next")
        self.counter = w.HTML()
        self.counter.add_class("aw-counter")

        self.detail = w.HTML(layout=w.Layout(width="100%"))
        self.detail.add_class("aw-detail")
        self.disposition = w.Dropdown(options=list(DISPOSITIONS), value="open", description="Disposition",
                                      style={"description_width": "initial"})
        self.disposition.add_class("aw-disposition")
        self.reviewer = w.Text(value=reviewer, description="Reviewer", placeholder="your name",
                               style={"description_width": "initial"})
        self.reviewer.add_class("aw-reviewer")
        self.note = w.Textarea(description="Note", placeholder="why: what you checked, what the source says",
                               layout=w.Layout(width="100%", height="80px"), style={"description_width": "initial"})
        self.note.add_class("aw-note")
        self.save_button = w.Button(description="Save", button_style="primary", icon="check")
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
        title = w.HTML(f"<b>Review</b> — ledger <code>{html.escape(str(ledger.path))}</code>")
        self.widget = w.VBox([title, filters, w.HBox([left, right])])
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
        state = " (resolved)" if item["state"] == "resolved" else ""
        return f"[{d}] {item['severity']} · {item['rule']} · {Path(item['report']).name}{state}"

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
        shown = f"{len(self.visible)} shown" if len(self.visible) != len(self.items) else "all shown"
        self.counter.value = (f"<b>{self.left}</b> of {failing} flags left to review"
                              + (f", {resolved} resolved" if resolved else "") + f" ({shown})")

    # --- the selected flag ----------------------------------------------------------------------------

    def _show(self) -> None:
        self._update_counter()
        item = self.current
        if item is None:
            self.detail.value = "<i>No flag matches the filters.</i>" if self.items else "<i>No flags: nothing to review.</i>"
            return
        d = self.decision(item)
        self.disposition.value = d["disposition"]
        self.note.value = d.get("note") or ""
        self.detail.value = self._detail_html(item, d)

    def _detail_html(self, item: dict[str, Any], d: dict[str, Any]) -> str:
        e = html.escape
        sev_color = "#cf222e" if item["severity"] == "error" else "#9a6700"
        parts = [
            f'<div style="font-size:90%;color:#57606a">{e(Path(item["report"]).name)} · check '
            f'<code class="aw-check-id">{e(item["check_id"])}</code>'
            + (" · <b>resolved</b> (no longer fails)" if item["state"] == "resolved" else "") + "</div>",
            f'<div><b style="color:{sev_color}">{e(item["severity"].upper())}</b> <code>{e(item["rule"])}</code></div>',
            f'<div class="aw-message" style="margin:4px 0">{e(item["message_zh"])}<br>'
            f'<span style="color:#57606a">{e(item["message_en"])}</span></div>',
            "<table style='font-size:90%'><tr><th>expected</th><th>observed</th><th>difference</th></tr>"
            f"<tr><td>{e(_fmt(item['expected']))}</td><td>{e(_fmt(item['observed']))}</td>"
            f"<td>{e(_fmt(item['difference']))}</td></tr></table>",
        ]
        # The evidence sentences (normalized text), figures marked.
        sentences: dict[tuple[int, str], list[str]] = {}
        for ev in item["evidence"]:
            sentences.setdefault((ev.get("line") or 0, ev.get("text") or ""), []).append(ev.get("printed") or "")
        parts.append("<div><b>Evidence</b></div><ul class='aw-evidence' style='margin:2px 0'>")
        for (line, text), figs in sorted(sentences.items()):
            parts.append(f"<li><code>L{line}</code> {_mark_figures(text, figs)}</li>")
        parts.append("</ul>")
        parts.append(self._context_html(item))
        if d.get("decided_at"):
            who = e(d.get("reviewer") or "?")
            note = f" — {e(d['note'])}" if d.get("note") else ""
            parts.append(f"<div class='aw-decision' style='font-size:90%'>Decided <b>{e(d['disposition'])}</b> by "
                         f"{who} at {e(d['decided_at'][:19].replace('T', ' '))} UTC via {e(d.get('source') or '?')}"
                         f"{note}</div>")
        return "\n".join(parts)

    def _context_html(self, item: dict[str, Any]) -> str:
        """The original lines around the evidence, with line numbers and the figures marked."""
        src = self._source.lines(item["report"])
        if isinstance(src, str):
            return f"<div style='font-size:90%;color:#57606a'>{html.escape(src)}</div>"
        lines, starts = src
        spans = [(ev["start"], ev["end"]) for ev in item["evidence"]
                 if isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int)]
        cited = {ev["line"] for ev in item["evidence"] if isinstance(ev.get("line"), int)}
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
        return ("<div><b>In the report</b></div><div class='aw-context' style='font-size:90%;"
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
            self._say("error", "Select a flag first.")
            return False
        reviewer = self.reviewer.value.strip()
        if not reviewer:
            self._say("error", "Enter your name as reviewer before saving.")
            return False
        try:
            changed = self.ledger.set_disposition(item["check_id"], self.disposition.value, reviewer=reviewer,
                                                  note=self.note.value, source="notebook")
        except ToolkitError as err:
            self._say("error", f"Not saved: {err}")
            return False
        decided = self.ledger.disposition(item["check_id"])
        if decided is not None:
            self._decisions[item["check_id"]] = decided
        self._set_options(self.flag_list.value)  # labels and counter follow the decision
        now = datetime.now(UTC).strftime("%H:%M:%S")
        self._say("ok", f"Saved {self.disposition.value} for {item['check_id']} at {now} UTC"
                  if changed else f"Unchanged: the ledger already holds this decision ({now} UTC)")
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


def _fmt(v: Any) -> str:
    return "" if v is None else str(v)


def review_reports(reports: Sequence[str | Path], *, ledger: str | Path | None = None, root: str | Path = ".",
                   run_id: str | None = None, reviewer: str = "") -> ReviewPanel:
    """Audit ``reports`` (files or folders, relative to ``root``), record the run in the ledger
    and return a review panel over its flags.

    The ledger is ``ledger`` if given, else $AUDIT_WORKBOOK_LEDGER, else
    ``root/outputs/ledger.sqlite``. A report that cannot be read is named in the panel's
    status line; the others are reviewed.
    """
    from .api import audit
    from .cli import expand
    from .compare import compare_years

    base = Path(root)
    paths = expand([str((Path(p) if Path(p).is_absolute() else base / p).resolve()) for p in reports])
    results, errors = [], []
    for p in paths:
        try:
            results.append(audit(p))
        except ToolkitError as err:
            errors.append(str(err))
    compare_years(results)
    led = open_ledger(ledger, root=base)
    led.record_run(run_id or "review-" + datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), results)
    return ReviewPanel(led, results, reviewer=reviewer, errors=errors)
