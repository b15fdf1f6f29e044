"""Tables and charts the notebooks show: pandas frames, a styled flags table, trend charts.

Nothing here computes a check; it only arranges what an ``AuditResult`` holds.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pandas as pd

from . import messages
from .result import AuditResult
from .trace import evidence_lines

_COLOURS = {"error": "#f8d7da", "warning": "#fff3cd"}


def reports_frame(results: list[AuditResult]) -> pd.DataFrame:
    """One row per report: its metadata and its counts."""
    rows = []
    for r in results:
        info = r.report.to_dict()
        info["checks"] = len(r.checks)
        info["flags"] = len(r.flags)
        info["unverifiable"] = sum(c.status == "unverifiable" for c in r.checks)
        rows.append(info)
    return pd.DataFrame(rows)


def flags_frame(results: list[AuditResult], language: str = "zh") -> pd.DataFrame:
    """The failing checks, errors first, with their evidence lines."""
    rows = []
    for r in results:
        groups = messages.flag_groups(r.flags)
        cause = {id(m): f"→ G{g.number}" for g in groups for m in g.members}
        cause.update({id(g.root): f"G{g.number}" for g in groups if g.root is not None})
        for c in r.flags:
            expected, observed, difference = messages.shown(c)
            rows.append({
                "report": r.report.path.rsplit("/", 1)[-1],
                "severity": c.severity,
                "rule": c.rule,
                "message": c.message_zh if language == "zh" else c.message_en,
                "expected": expected,
                "observed": observed,
                "difference": difference,
                "evidence": "\n".join(evidence_lines(c.evidence, r.report.path)),
                "cause": cause.get(id(c), ""),  # its root cause's group (G1), or "→ G1" when it follows one
                "id": c.id,
            })
    return pd.DataFrame(rows, columns=["report", "severity", "rule", "message", "expected", "observed",
                                       "difference", "evidence", "cause", "id"])


def flags_table(results: list[AuditResult], language: str = "zh") -> Any:
    """The flags as a pandas Styler: rows coloured by severity, evidence kept on its lines."""
    frame = flags_frame(results, language)
    if frame.empty:
        return _nothing("没有疑点。" if language == "zh" else "No flags.")

    def colour(row: pd.Series) -> list[str]:
        return [f"background-color: {_COLOURS.get(row['severity'], '')}"] * len(row)

    # Report text is data, not markup: escape it before the Styler renders HTML. Numbers as printed.
    shown = frame.assign(**{c: frame[c].map(lambda v: html.escape(str(v))) for c in ("message", "evidence")},
                         **{c: frame[c].map(_plain) for c in ("expected", "observed", "difference")})
    return (shown.style.apply(colour, axis=1)
            .set_properties(**{"text-align": "left", "vertical-align": "top"})
            .set_properties(subset=["evidence"], **{"white-space": "pre-wrap"})
            .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}])
            .hide(axis="index"))


def checks_frame(results: list[AuditResult]) -> pd.DataFrame:
    """Every check of every report (the ``checks`` frame of ``to_frames``)."""
    frames = [r.to_frames()["checks"] for r in results]
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def metrics_frame(results: list[AuditResult]) -> pd.DataFrame:
    """The named metrics of every report, with the report's agency and year."""
    rows = []
    for r in results:
        for m in r.metrics:
            rows.append({"agency": r.report.agency, "year": r.report.year, "key": m["key"],
                         "label": m["label_zh"], "printed": m.get("printed"), "value": m["value"], "unit": m["unit"],
                         "qualifier": m["qualifier"], "line": m["evidence"]["line"],
                         "evidence": m["evidence"]["text"]})
    return pd.DataFrame(rows)


def trends_frame(results: list[AuditResult]) -> pd.DataFrame:
    """Metric by year for every agency with more than one year: rows (agency, key, unit), columns years."""
    frame = metrics_frame(results)
    if frame.empty:
        return frame
    frame = frame.dropna(subset=["agency", "year"])
    years = frame.groupby("agency")["year"].nunique()
    frame = frame[frame["agency"].isin(years[years > 1].index)]
    if frame.empty:
        return frame
    return frame.pivot_table(index=["agency", "key", "label", "unit"], columns="year", values="value",
                             aggfunc="first")


def trend_figures(results: list[AuditResult], *, max_metrics: int = 60) -> list[Any]:
    """One matplotlib figure per agency with several years, readable however many metrics it has.

    Two years: a horizontal bar per metric, its change in percent, labelled with the value
    (one colour for rises, one for falls: no legend to match). More years: small multiples,
    one small chart per metric on its own scale, titled with the metric's label and unit.
    Chinese labels use a CJK font found through fontconfig (``cjk_font``).
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    cjk_font()
    table = trends_frame(results)
    figures: list[Any] = []
    if table.empty:
        return figures
    by_agency: dict[str, list[tuple[str, pd.Series]]] = defaultdict(list)
    for (agency, _key, label, unit), row in table.iterrows():
        row = row.dropna()
        if len(row) > 1:
            by_agency[agency].append((f"{label} ({unit})" if unit else str(label), row))
    for agency, series in by_agency.items():
        series = series[:max_metrics]
        years = sorted({int(y) for _, s in series for y in s.index})
        if len(years) == 2:
            figures.append(_change_bars(plt, agency, series, years))
        else:
            figures.append(_small_multiples(plt, agency, series, years))
    return figures


def _change_bars(plt: Any, agency: str, series: list[tuple[str, pd.Series]], years: list[int]) -> Any:
    rows = []
    for name, s in series:
        first, last = float(s.iloc[0]), float(s.iloc[-1])
        if first:
            change = (last - first) / abs(first) * 100
            rows.append((name, 0.0 if abs(change) < 0.05 else change))  # no "-0.0%"
    rows.sort(key=lambda r: r[1])
    fig, ax = plt.subplots(figsize=(9, 0.9 + 0.32 * max(len(rows), 1)))
    names = [r[0] for r in rows]
    values = [r[1] for r in rows]
    ax.barh(range(len(rows)), values, color=["#2f7d4f" if v >= 0 else "#c0392b" for v in values])
    ax.set_yticks(range(len(rows)), names, fontsize=8)
    for i, v in enumerate(values):
        ax.annotate(f"{v:+.1f}%", (v, i), xytext=(3 if v >= 0 else -3, 0), textcoords="offset points",
                    ha="left" if v >= 0 else "right", va="center", fontsize=7)
    ax.axvline(0, color="grey", linewidth=0.6)
    ax.set_xlabel(f"{years[0]}→{years[1]} 变化 change (%)")
    ax.set_title(f"{agency}:{years[1]} 年较 {years[0]} 年 metrics, {years[1]} vs {years[0]}")
    ax.margins(x=0.15)
    fig.tight_layout()
    return fig


def _small_multiples(plt: Any, agency: str, series: list[tuple[str, pd.Series]], years: list[int]) -> Any:
    cols = 3
    rows = -(-len(series) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(10, 2.2 * rows), squeeze=False)
    for ax, (name, s) in zip(axes.flat, series, strict=False):
        xs = [int(y) for y in s.index]
        ax.plot(xs, s.values, marker="o", color="#1f5fa8")
        ax.set_title(name, fontsize=8)
        ax.set_xticks(years, [str(y) for y in years], fontsize=7)
        ax.tick_params(axis="y", labelsize=7)
    for ax in list(axes.flat)[len(series):]:
        ax.axis("off")
    fig.suptitle(f"{agency}:指标趋势 metric trends")
    fig.tight_layout()
    return fig


# Families matplotlib may know by name; fontconfig is asked when it knows none of them.
_CJK_FAMILIES = ("WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "SimHei",
                 "Microsoft YaHei", "PingFang SC", "AR PL UMing CN")


def cjk_font() -> str | None:
    """Make matplotlib draw Chinese: return the CJK font family set in ``rcParams``, or None when
    this machine has none (then Chinese labels would be empty boxes; ``font_note`` says so).

    matplotlib caches its font list the first time it runs; a font installed afterwards (a
    fresh machine where ``make system-deps`` came later) is not in that list. Such a font is
    found through fontconfig (``fc-list :lang=zh``) and added to matplotlib's font manager.
    """
    import logging

    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    # "findfont: Failed to find font weight normal for WenQuanYi Zen Hei, now using 500": its one
    # face is medium weight, which is what is wanted; the message would fill the notebook.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    names = {f.name for f in font_manager.fontManager.ttflist}
    family = next((c for c in _CJK_FAMILIES if c in names), None)
    if family is None:
        for path in _fontconfig_cjk_files():
            try:
                font_manager.fontManager.addfont(path)
                family = font_manager.FontProperties(fname=path).get_name()
            except Exception:  # a font file matplotlib cannot read: try the next one
                continue
            _save_font_cache(font_manager)
            break
    if family is None:
        return None
    plt.rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
    plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["axes.unicode_minus"] = False
    return family


def _save_font_cache(font_manager: Any) -> None:
    """Rewrite matplotlib's font cache with the font added, so the next process finds it directly."""
    import matplotlib

    try:
        cache = Path(matplotlib.get_cachedir()) / f"fontlist-v{font_manager.FontManager.__version__}.json"
        font_manager.json_dump(font_manager.fontManager, cache)
    except Exception:  # a read-only cache folder: this process has the font all the same
        pass


def _fontconfig_cjk_files() -> list[str]:
    import shutil
    import subprocess

    if shutil.which("fc-list") is None:
        return []
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.split(":")[0].strip() for line in out.splitlines() if line.strip()})
    # Regular sans faces first (Zen Hei, Noto Sans CJK), then the rest.
    return sorted(files, key=lambda f: (not any(k in f.lower() for k in ("zenhei", "sanscjk", "sans")), f))


def font_note(language: str = "zh") -> str | None:
    """A sentence for the notebook when charts cannot show Chinese, else None."""
    if cjk_font() is not None:
        return None
    if language == "zh":
        return ("注意:本机没有中文(CJK)字体,图表中的中文会显示为方框。请安装字体(Debian/Ubuntu:"
                "sudo apt-get install fonts-wqy-zenhei,或运行 make system-deps)后重新运行。")
    return ("Note: this machine has no CJK font, so the charts' Chinese labels show as boxes. Install one "
            "(Debian/Ubuntu: sudo apt-get install fonts-wqy-zenhei, or make system-deps) and run again.")


# --- the one-screen summary and readable tables -------------------------------------------------------


def status_sentence(job: Any, language: str = "zh") -> str:
    """The run's verdict as a sentence: how many flags at or above ``fail_on``, and what that means."""
    counts = job.counts
    errors, warnings = counts.get("errors", 0), counts.get("warnings", 0)
    fail_on = job.fail_on
    if language == "zh":
        found = f"发现 {errors} 项错误、{warnings} 项警告疑点"
        if job.status == "flags":
            return f"有疑点:{found},需要复核(按 {fail_on} 及以上判定)。"
        if errors or warnings:
            return f"通过:{found},均低于判定级别 {fail_on}。"
        return "通过:所有可核对的数字关系都成立,没有疑点。"
    found = f"{errors} error and {warnings} warning flags"
    if job.status == "flags":
        return f"Flags found: {found} to review (judged at {fail_on} and above)."
    if errors or warnings:
        return f"Passed: {found}, all below the {fail_on} level."
    return "Passed: every relation that could be checked holds; no flags."


def summary(job: Any, language: str = "zh", *, max_flags: int = 8) -> str:
    """A one-screen Markdown summary of a notebook run: the status sentence, the flags (errors
    first, each with where it is), then the counts and the notes."""
    zh = language == "zh"
    lines = [f"### {status_sentence(job, language)}", ""]
    # One root cause, one line: a report that truncates its percentages, a failing total with
    # the shares over it; the flags that follow from it are counted, not listed again.
    flags: list[tuple[Any, Any, str]] = []
    for r in job.results:
        groups = messages.flag_groups(r.flags)
        follows = {id(m) for g in groups for m in g.members}
        after = {id(g.root): g for g in groups if g.root is not None}
        for g in groups:
            if g.root is None:
                said = f"{g.cause_zh}(见疑点表)" if zh else f"{g.cause_en} (see the flags table)"
                flags.append((r, SimpleNamespace(severity="error", evidence=[], message_zh=said, message_en=said), ""))
        for c in r.flags:
            if id(c) not in follows:
                g = after.get(id(c))
                more = "" if g is None else (f"(以它为分母的 {len(g.members)} 个占比随之不符)" if zh
                                             else f" ({len(g.members)} shares over it fail with it)")
                flags.append((r, c, more))
    flags.sort(key=lambda rc: {"error": 0, "warning": 1}.get(rc[1].severity, 2))
    if flags:
        lines.append("**疑点 Flags**" if zh else "**Flags**")
        lines.append("")
        for r, c, more in flags[:max_flags]:
            where = "; ".join(sorted({evidence_lines([e], r.report.path)[0].split(": ", 1)[0]
                                      for e in c.evidence}))
            message = (c.message_zh if zh else c.message_en) + more
            where = where or Path(r.report.path).name  # a cause of the whole report: its file
            lines.append(f"1. **{c.severity}** {_md(message)} — {_md(where)}")
        if len(flags) > max_flags:
            more = len(flags) - max_flags
            lines.append(f"\n…另有 {more} 项,见下方疑点表。" if zh else f"\n… and {more} more in the flags table below.")
        lines.append("")
    k = job.counts
    reports = len(job.results)
    metrics = sum(len(r.metrics) for r in job.results)
    if zh:
        lines.append(f"**数量** {reports} 份报告 · {metrics} 个指标 · {k['checks']} 项校验:{k['pass']} 通过、"
                     f"{k['fail']} 不符、{k['unverifiable']} 无法判定")
    else:
        lines.append(f"**Counts** {reports} reports · {metrics} metrics · {k['checks']} checks: {k['pass']} pass, "
                     f"{k['fail']} fail, {k['unverifiable']} unverifiable")
    notes = [n for r in job.results for n in r.notes]
    if notes:
        lines.append("")
        lines.extend(f"- {'说明' if zh else 'Note'}: {_md(n)}" for n in notes)
    return "\n".join(lines)


def _md(text: str) -> str:
    """Report text in Markdown: its characters are data, not markup."""
    return html.escape(str(text), quote=False).replace("*", "\\*").replace("_", "\\_").replace("|", "\\|")


def _nothing(text: str) -> Any:
    from IPython.display import Markdown

    return Markdown(f"*{text}*")


def _plain(v: Any) -> str:
    """A value as printed: no ".000000", no "nan" or "None" for an empty cell."""
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float):
        return str(int(v)) if v == int(v) else f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def table(frame: pd.DataFrame) -> Any:
    """A frame as an auditor reads it: no index, text left-aligned, numbers as printed (no
    trailing zeros, no "nan" for empty cells). An empty frame is said, not shown as "Empty DataFrame"."""
    if frame.empty:
        return _nothing("(无 none)")

    shown = frame.astype(object).map(_plain)
    return (shown.style.hide(axis="index")
            .set_properties(**{"text-align": "left", "white-space": "pre-wrap"})
            .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}]))


def report_fields(results: list[AuditResult]) -> pd.DataFrame:
    """The reports' metadata and counts, one column per report, one row per field."""
    frame = reports_frame(results)
    if frame.empty:
        return frame
    out = frame.T
    out.columns = [str(p).rsplit("/", 1)[-1] for p in frame["path"]]
    return out.reset_index(names="field")


def figures_shown(check: Any) -> tuple[str, str, str]:
    """Expected, Observed and Difference as printed, for a ``Check``, its dict, or a ledger row
    (which keeps the engine's numbers but no operands: shown with the unit of its figures and, for
    a rate or a change, in percent at the stated decimals)."""
    if not isinstance(check, dict):
        return messages.shown(check)
    if check.get("operands") is not None:
        fields = ("kind", "rule", "status", "operands", "evidence", "expected")
        return messages.shown(SimpleNamespace(**{k: check.get(k) for k in fields}))
    values = [check.get(k) for k in ("expected", "observed", "difference")]
    numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if check.get("kind") in ("ratio", "change"):
        unit, places = "%", messages.decimals(None, values[0]) if values[0] in numbers else None
    else:
        printed = next((e.get("printed") for e in check.get("evidence") or [] if e.get("printed")), "")
        unit, places = messages.unit_of(printed), max((messages.decimals(None, v) for v in numbers[:2]), default=0)

    def text(v: Any, signed: bool = False) -> str:
        if v not in numbers:
            return "" if v is None else str(v)
        return ("+" if signed and v > 0 else "") + messages.number(v, places) + unit

    return text(values[0]), text(values[1]), text(values[2], signed=True)


def checks_view(results: list[AuditResult], language: str = "zh") -> pd.DataFrame:
    """Every check as a reader wants it: status, severity (of a failure only: a passing check has
    none), rule, message in ``language``, and Expected / Observed / Difference as the workbook
    shows them (one meaning per kind, units and printed decimals: "97.8%", "≤ 9项")."""
    rows = []
    for r in results:
        for c in r.checks:
            expected, observed, difference = messages.shown(c)
            rows.append({"status": c.status, "severity": c.severity if c.status == "fail" else "",
                         "rule": c.rule, "message": c.message_zh if language == "zh" else c.message_en,
                         "expected": expected, "observed": observed, "difference": difference})
    return pd.DataFrame(rows)


def movements_view(results: list[AuditResult], language: str = "zh") -> Any:
    """The year-over-year movements as a table, or a sentence saying why there are none."""
    frame = pd.DataFrame([m for r in results for m in r.movements])
    if not frame.empty:
        return table(frame)
    from IPython.display import Markdown

    notes = [n for r in results for n in r.notes]
    if language == "zh":
        text = "没有上年报告可比:未做同比核对。" if not notes else "未做同比核对:" + ";".join(notes)
    else:
        text = "No previous year's report to compare with: no cross-year checks." if not notes else \
            "No cross-year checks: " + "; ".join(notes)
    return Markdown(_md(text))


def outputs_markdown(job: Any, language: str = "zh") -> str:
    """The run's files where they will be once the run is complete (not the staging folder)."""
    names = {"workbook": ("审计工作簿", "audit workbook"), "result": ("结果 JSON", "result JSON"),
             "notebook": ("执行后的笔记本", "executed notebook"), "html": ("网页(含代码)", "HTML with code"),
             "report_html": ("网页(签发用,无代码)", "HTML for sign-off, no code")}
    i = 0 if language == "zh" else 1
    return "\n".join(f"- {names[k][i]}: `{p}`" for k, p in job.outputs.items())
