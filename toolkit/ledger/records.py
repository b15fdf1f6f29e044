"""What a run holds, whatever form it came in (results or their dicts), and recording a run."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from .. import __version__
from ..errors import LedgerError
from .schema import STATUSES


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _text(value: Any) -> str | None:
    """A reviewer or note as stored: stripped text, or None when empty."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _json(value: Any) -> str:
    # Scalars (most expected/observed values) without json's per-call overhead; same text as json.dumps.
    kind = type(value)
    if value is None:
        return "null"
    if kind is int:
        return str(value)
    if kind is float and math.isfinite(value):
        return repr(value)
    return json.dumps(value, ensure_ascii=False, default=str)


# --- what a run holds, whatever form it came in ---------------------------------------------------


def _field(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


_EVIDENCE_KEYS = ("role", "printed", "text", "line", "start", "end", "key", "file")


def check_records(results: Iterable[Any]) -> list[dict[str, Any]]:
    """Every check of ``results`` (``AuditResult`` objects or their ``to_dict()`` form) as a flat dict:
    check_id, report, report_key, agency, year, kind, rule, severity, status, messages, expected,
    observed, difference and evidence (a list of dicts: role, printed, text, line, start, end, key).

    Raises ``LedgerError`` when an item is neither.
    """
    from ..api import report_identity

    out: list[dict[str, Any]] = []
    for n, res in enumerate(results, start=1):
        info = _field(res, "report")
        checks = _field(res, "checks")
        if info is None or checks is None or _field(info, "path") is None:
            raise LedgerError(f"result {n} is neither an AuditResult nor its to_dict() form "
                              "(it needs 'report' with a 'path' and 'checks')")
        path = str(_field(info, "path"))
        ident = SimpleNamespace(agency=_field(info, "agency"), year=_field(info, "year"), path=path)
        key = report_identity(ident)  # type: ignore[arg-type]
        for c in checks:
            d = c if isinstance(c, dict) else c.to_dict()
            try:
                evidence = [{k: e.get(k) for k in _EVIDENCE_KEYS} if isinstance(e, dict)
                            else {k: getattr(e, k, None) for k in _EVIDENCE_KEYS} for e in d.get("evidence") or []]
                for e in evidence:  # results from before evidence named its file: their own report
                    e["file"] = e["file"] or path
                out.append({
                    "check_id": str(d["id"]), "report": path, "report_key": key,
                    "agency": _field(info, "agency"), "year": _field(info, "year"),
                    "kind": d["kind"], "rule": d["rule"], "severity": d["severity"], "status": d["status"],
                    "message_zh": d.get("message_zh") or "", "message_en": d.get("message_en") or "",
                    "expected": d.get("expected"), "observed": d.get("observed"),
                    "difference": d.get("difference"), "evidence": evidence,
                })
            except KeyError as exc:
                raise LedgerError(f"result {n} ({path}): a check lacks {exc.args[0]!r}") from exc
    return out


def _report_rows(results: Sequence[Any]) -> list[dict[str, Any]]:
    from ..api import report_identity

    rows = []
    for res in results:
        info = _field(res, "report")
        path = str(_field(info, "path"))
        ident = SimpleNamespace(agency=_field(info, "agency"), year=_field(info, "year"), path=path)
        rows.append({"path": path, "report_key": report_identity(ident),  # type: ignore[arg-type]
                     "agency": _field(info, "agency"), "year": _field(info, "year"),
                     "doc_number": _field(info, "doc_number"), "sha256": _field(info, "sha256"),
                     "format": _field(info, "format")})
    return rows


_CHECK_COLUMNS = ("report_id", "check_id", "run_id", "report_key", "kind", "rule", "severity", "status", "flagged",
                  "resolved_in", "message_zh", "message_en", "expected", "observed", "difference", "evidence")
_INSERT_CHECK = (f"INSERT INTO checks ({', '.join(_CHECK_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(_CHECK_COLUMNS))})")


def _row_dict(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    for k in ("expected", "observed", "difference", "evidence"):
        if k in d and isinstance(d[k], str):
            d[k] = json.loads(d[k])
    return d


class _Runs:
    """Recording runs (a part of ``Ledger``)."""

    # --- runs --------------------------------------------------------------------------------------

    def record_run(self, run_id: str, results: Sequence[Any]) -> None:
        """Record a run's reports and checks (``AuditResult`` objects or their ``to_dict()`` form).

        Recording the same ``run_id`` again replaces that run (it keeps its place in the order).
        A check that failed in the previous run of the same report (same agency and year) and is
        absent now is carried into this run with status ``resolved``; one that failed before and
        passes now keeps its status and stays listed, as resolved.
        """
        if not isinstance(run_id, str) or not run_id.strip():
            raise LedgerError(f"a run id must be non-empty text, not {run_id!r}", path=self.path)
        results = list(results)
        records = check_records(results)
        reports = _report_rows(results)
        with self._write() as conn:
            row = conn.execute("SELECT seq FROM runs WHERE run_id = ?", (run_id,)).fetchone()
            if row is not None:
                seq = row[0]
                conn.execute("DELETE FROM reports WHERE run_id = ?", (run_id,))
            else:
                seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM runs").fetchone()[0]
            flags = sum(r["status"] == "fail" for r in records)
            conn.execute(
                "INSERT INTO runs (run_id, seq, recorded_at, toolkit_version, reports, checks, flags) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET recorded_at = excluded.recorded_at, "
                "toolkit_version = excluded.toolkit_version, reports = excluded.reports, checks = excluded.checks, "
                "flags = excluded.flags",
                (run_id, seq, _now(), __version__, len(reports), len(records), flags))
            report_ids: dict[str, int] = {}
            first_of_key: dict[str, int] = {}
            for rep in reports:
                if rep["path"] in report_ids:
                    raise LedgerError(f"run {run_id}: report {rep['path']} appears twice", path=self.path)
                cur = conn.execute(
                    "INSERT INTO reports (run_id, path, report_key, agency, year, doc_number, sha256, format) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (run_id, rep["path"], rep["report_key"], rep["agency"], rep["year"], rep["doc_number"],
                     rep["sha256"], rep["format"]))
                report_ids[rep["path"]] = cur.lastrowid
                first_of_key.setdefault(rep["report_key"], cur.lastrowid)
            previous = {key: self._previous_checks(conn, key, seq) for key in first_of_key}
            rows = []
            present: dict[str, set[str]] = {key: set() for key in first_of_key}
            seen: set[tuple[str, str]] = set()
            for r in records:
                key, cid = r["report_key"], r["check_id"]
                if (r["report"], cid) in seen:
                    raise LedgerError(f"run {run_id}: check {cid} appears twice in {r['report']}", path=self.path)
                seen.add((r["report"], cid))
                if r["status"] not in STATUSES[:3]:
                    raise LedgerError(f"run {run_id}: check {cid} has an unknown status {r['status']!r}",
                                      path=self.path)
                present[key].add(cid)
                before = previous[key].get(cid)
                failing = r["status"] == "fail"
                flagged = failing or bool(before and before["flagged"])
                resolved_in = None
                if flagged and not failing:
                    resolved_in = before["resolved_in"] if before and before["status"] != "fail" else run_id
                rows.append((report_ids[r["report"]], cid, run_id, key, r["kind"], r["rule"], r["severity"],
                             r["status"], int(flagged), resolved_in, r["message_zh"], r["message_en"],
                             _json(r["expected"]), _json(r["observed"]), _json(r["difference"]),
                             _json(r["evidence"])))
            for key, before_rows in previous.items():
                for cid, before in before_rows.items():
                    if cid in present[key] or not before["flagged"]:
                        continue  # still there, or never a flag: nothing to carry
                    resolved_in = before["resolved_in"] if before["status"] != "fail" else run_id
                    rows.append((first_of_key[key], cid, run_id, key, before["kind"], before["rule"],
                                 before["severity"], "resolved", 1, resolved_in, before["message_zh"],
                                 before["message_en"], before["expected"], before["observed"], before["difference"],
                                 before["evidence"]))
            conn.executemany(_INSERT_CHECK, rows)

    @staticmethod
    def _previous_checks(conn: sqlite3.Connection, report_key: str, seq: int) -> dict[str, sqlite3.Row]:
        """The checks of the last run before ``seq`` that had this report, by check id."""
        row = conn.execute(
            "SELECT r.run_id FROM reports r JOIN runs u ON u.run_id = r.run_id "
            "WHERE r.report_key = ? AND u.seq < ? ORDER BY u.seq DESC LIMIT 1", (report_key, seq)).fetchone()
        if row is None:
            return {}
        out: dict[str, sqlite3.Row] = {}
        # Two files of one report (a .txt and its .pdf) share ids: keep the row that says "flagged".
        for c in conn.execute("SELECT * FROM checks WHERE run_id = ? AND report_key = ? ORDER BY flagged",
                              (row[0], report_key)):
            out[c["check_id"]] = c
        return out

