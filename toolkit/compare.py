"""Several AuditResults -> cross-year checks and movements.

Reports of one agency from consecutive years: each change claim of the later
report ("同比下降25%") is checked against the earlier report's figure of the
same metric, and every metric both reports name gets a movement row. With a
gap between the years, the result says what could not be checked.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from decimal import Decimal
from itertools import pairwise
from typing import Any

from .checks import ERROR, FAIL, PASS, Check, Evidence, Tolerance, _rounds_to, using
from .numbers import to_plain
from .result import AuditResult


def _metric(r: AuditResult, key: str) -> dict | None:
    return next((m for m in r.metrics if m["key"] == key), None)


def compare_years(results: list[AuditResult], tolerance: Tolerance | None = None) -> list[dict[str, Any]]:
    """Add cross-year checks to the later reports, in place; return the movements.

    ``tolerance``: as for ``toolkit.audit`` (default: exact, rounding-aware)."""
    groups: dict[str, list[AuditResult]] = defaultdict(list)
    for r in results:
        if r.report.agency and r.report.year:
            groups[r.report.agency].append(r)
    movements: list[dict[str, Any]] = []
    for agency, rs in groups.items():
        # Two files of one year (a .txt and its .pdf) are both compared with the year before:
        # every copy gets the same cross-year checks, not only the one sorted last.
        by_year: dict[int, list[AuditResult]] = defaultdict(list)
        for r in rs:
            by_year[r.report.year].append(r)  # type: ignore[index]
        for y0, y1 in pairwise(sorted(by_year)):
            earlier = by_year[y0][0]
            for later in by_year[y1]:
                if y1 - y0 != 1:
                    later.notes.append(
                        f"{agency}: {y0} and {y1} are not consecutive; "
                        f"the change claims of {y1} were not checked against {y0}"
                    )
                    continue
                moves = _movements(agency, earlier, later)
                later.movements[:] = moves  # idempotent: comparing twice gives the same result
                movements.extend(moves)
                later.checks[:] = [c for c in later.checks if c.rule != "change.previous_report"]
                with using(tolerance):
                    later.checks.extend(_cross_checks(earlier, later))
    return movements


def _movements(agency: str, earlier: AuditResult, later: AuditResult) -> list[dict[str, Any]]:
    out = []
    for m in later.metrics:
        prev = _metric(earlier, m["key"])
        if prev is None or prev["unit"] != m["unit"]:
            continue
        a, b = Decimal(str(prev["value"])), Decimal(str(m["value"]))
        change = to_plain(((b - a) / a * 100).quantize(Decimal("0.01"))) if a else None
        out.append({"agency": agency, "key": m["key"], "label_zh": m["label_zh"], "unit": m["unit"],
                    "previous_year": earlier.report.year, "previous": prev["value"],
                    "year": later.report.year, "value": m["value"], "change_percent": change})
    return out


def _cross_checks(earlier: AuditResult, later: AuditResult) -> list[Check]:
    out = []
    for c in later.checks:
        if c.kind != "change" or "previous" in c.operands:
            continue
        cur_ev = next((e for e in c.evidence if e.role == "current"), None)
        if cur_ev is None or cur_ev.key is None:
            continue
        prev = _metric(earlier, cur_ev.key)
        if prev is None:
            continue
        p = Decimal(str(c.operands["percent"]))
        places = len(str(c.operands["percent"]).split(".")[1]) if "." in str(c.operands["percent"]) else 0
        pv = Decimal(str(prev["value"]))
        cv = Decimal(str(c.operands["current"]))
        if pv == 0:
            continue
        computed = 100 * (cv - pv) / pv
        status = PASS if _rounds_to(computed, p, places) else FAIL
        ident = hashlib.sha1(f"{c.id}|previous-year".encode()).hexdigest()[:16]
        ev = [*c.evidence, Evidence(role="previous", printed=str(prev["value"]), text=prev["evidence"]["text"],
                                    line=prev["evidence"]["line"], start=prev["evidence"]["start"],
                                    end=prev["evidence"]["end"], key=cur_ev.key, file=earlier.report.path)]
        comp = to_plain(computed.quantize(Decimal("0.01")))
        # The figures in words and numbers, as every flag says them: what it is, both years, both rates.
        name_zh = prev.get("label_zh") or cur_ev.key
        name_en = prev.get("label_en") or cur_ev.key
        unit = prev.get("unit") or ""
        pct = c.operands["percent"]
        sign = "+" if Decimal(str(pct)) > 0 else ""
        zh = (f"{name_zh} {later.report.year}年 {c.operands['current']}{unit},同比 {sign}{pct}%;"
              f"{earlier.report.year}年报告为 {prev['value']}{unit},算得 {comp}%,"
              + ("相符" if status == PASS else "不符"))
        en = (f"{name_en} {c.operands['current']}{unit} in {later.report.year}, stated {sign}{pct}% on last year; "
              f"the {earlier.report.year} report gives {prev['value']}{unit}, so {comp}%"
              + ("" if status == PASS else ": they disagree"))
        out.append(Check(id=ident, kind="change", rule="change.previous_report", status=status, severity=ERROR,
                         operands={"current": c.operands["current"], "percent": c.operands["percent"],
                                   "previous": prev["value"], "previous_year": earlier.report.year},
                         expected=c.operands["percent"], observed=comp,
                         difference=to_plain((computed - p).quantize(Decimal("0.01"))),
                         message_zh=zh, message_en=en, evidence=ev, report=later.report.path))
    return out
