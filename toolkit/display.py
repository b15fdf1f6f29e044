"""Tables and charts the notebooks show: pandas frames, a styled flags table, trend charts.

Nothing here computes a check; it only arranges what an ``AuditResult`` holds.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

import pandas as pd

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
        for c in r.flags:
            rows.append({
                "report": r.report.path.rsplit("/", 1)[-1],
                "severity": c.severity,
                "rule": c.rule,
                "message": c.message_zh if language == "zh" else c.message_en,
                "expected": c.expected,
                "observed": c.observed,
                "evidence": "\n".join(evidence_lines(c.evidence, r.report.path)),
                "id": c.id,
            })
    return pd.DataFrame(rows, columns=["report", "severity", "rule", "message", "expected", "observed",
                                       "evidence", "id"])


def flags_table(results: list[AuditResult], language: str = "zh") -> Any:
    """The flags as a pandas Styler: rows coloured by severity, evidence kept on its lines."""
    frame = flags_frame(results, language)
    if frame.empty:
        return frame

    def colour(row: pd.Series) -> list[str]:
        return [f"background-color: {_COLOURS.get(row['severity'], '')}"] * len(row)

    # Report text is data, not markup: escape it before the Styler renders HTML.
    shown = frame.assign(**{c: frame[c].map(lambda v: html.escape(str(v))) for c in ("message", "evidence")})
    return (shown.style.apply(colour, axis=1)
            .set_properties(subset=["evidence"], **{"white-space": "pre-wrap", "text-align": "left"})
            .set_properties(subset=["message"], **{"text-align": "left"})
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
                         "label": m["label_zh"], "value": m["value"], "unit": m["unit"],
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


def trend_figures(results: list[AuditResult], *, max_metrics: int = 12) -> list[Any]:
    """One matplotlib figure per agency: its metrics over the years, each as a share of its first year.

    Indexing to the first year puts counts, amounts and rates on one axis; the table
    beside the chart gives the printed values.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    _cjk_font(plt)
    table = trends_frame(results)
    figures = []
    if table.empty:
        return figures
    by_agency: dict[str, list[tuple[str, pd.Series]]] = defaultdict(list)
    for (agency, _key, label, unit), row in table.iterrows():
        row = row.dropna()
        if len(row) > 1 and row.iloc[0]:
            by_agency[agency].append((f"{label} ({unit})", row / row.iloc[0] * 100))
    for agency, series in by_agency.items():
        fig, ax = plt.subplots(figsize=(9, 4.5))
        for name, s in series[:max_metrics]:
            ax.plot([int(y) for y in s.index], s.values, marker="o", label=name)
        ax.set_title(f"{agency}: 指标变化(首年=100) metrics, first year = 100")
        ax.set_xticks(sorted({int(y) for _, s in series for y in s.index}))
        ax.axhline(100, color="grey", linewidth=0.5)
        ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1, 0.5))
        fig.tight_layout()
        figures.append(fig)
    return figures


def _cjk_font(plt: Any) -> None:
    """Use an installed CJK font when there is one, so Chinese labels are not empty boxes."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    for candidate in ("WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "Microsoft YaHei"):
        if candidate in names:
            plt.rcParams["font.sans-serif"] = [candidate, "DejaVu Sans"]
            plt.rcParams["axes.unicode_minus"] = False
            return

