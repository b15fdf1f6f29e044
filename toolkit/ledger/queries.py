"""Reading the ledger back: runs, a run's checks, the flags to review."""

from __future__ import annotations

from typing import Any

from ..errors import LedgerError
from .records import _row_dict
from .schema import LIST_STATUSES


class _Queries:
    """Runs, checks and flags (a part of ``Ledger``)."""

    def runs(self) -> list[dict[str, Any]]:
        """Recorded runs, oldest first."""
        return [dict(r) for r in self._read("SELECT * FROM runs ORDER BY seq")]

    def checks(self, run_id: str) -> list[dict[str, Any]]:
        """Every check row of one run (with ``resolved`` ones carried forward)."""
        rows = self._read("SELECT c.*, r.path AS report FROM checks c JOIN reports r ON r.id = c.report_id "
                          "WHERE c.run_id = ? ORDER BY r.path, c.check_id", (run_id,))
        return [_row_dict(r) for r in rows]

    def known(self, check_id: str) -> bool:
        """Whether any recorded run has a check with this id."""
        return bool(self._read("SELECT 1 FROM checks WHERE check_id = ? LIMIT 1", (check_id,)))

    def flags(self, *, status: str = "all", report: str | None = None, severity: str | None = None,
              rule: str | None = None) -> list[dict[str, Any]]:
        """The flags of each report's latest run, with their dispositions.

        Each row has the check's fields, ``state`` (``failing``, or ``resolved`` when the check failed
        in an earlier run and no longer does) and ``disposition``, ``reviewer``, ``note``,
        ``decided_at``, ``source``. ``status`` filters: ``open`` (failing and not yet decided),
        ``decided`` (a disposition other than open), ``resolved``, ``all``. ``report`` matches a
        file path or the report's identity (``agency|year``).
        """
        if status not in LIST_STATUSES:
            raise LedgerError(f"unknown status filter {status!r} ({', '.join(LIST_STATUSES)})", path=self.path)
        sql = """
            WITH latest AS (
                SELECT r.report_key, max(u.seq) AS seq FROM reports r JOIN runs u ON u.run_id = r.run_id
                GROUP BY r.report_key)
            SELECT c.*, r.path AS report, r.agency, r.year,
                   CASE WHEN c.status = 'fail' THEN 'failing' ELSE 'resolved' END AS state,
                   coalesce(d.disposition, 'open') AS disposition, d.reviewer, d.note, d.decided_at, d.source
            FROM checks c
            JOIN reports r ON r.id = c.report_id
            JOIN runs u ON u.run_id = c.run_id
            JOIN latest l ON l.report_key = c.report_key AND l.seq = u.seq
            LEFT JOIN dispositions d ON d.check_id = c.check_id
            WHERE c.flagged = 1"""
        params: list[Any] = []
        if status == "open":
            sql += " AND c.status = 'fail' AND coalesce(d.disposition, 'open') = 'open'"
        elif status == "decided":
            sql += " AND coalesce(d.disposition, 'open') != 'open'"
        elif status == "resolved":
            sql += " AND c.status != 'fail'"
        if report is not None:
            sql += " AND (r.path = ? OR c.report_key = ?)"
            params += [report, report]
        if severity is not None:
            sql += " AND c.severity = ?"
            params.append(severity)
        if rule is not None:
            sql += " AND c.rule = ?"
            params.append(rule)
        sql += (" ORDER BY state = 'resolved', CASE c.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,"
                " r.path, c.rule, c.check_id")
        # One flag per check id: a run that recorded two files of one report (a .txt and its .pdf,
        # through the API) has each id twice; the failing row comes first and is the one kept.
        out, seen = [], set()
        for r in self._read(sql, params):
            if r["check_id"] not in seen:
                seen.add(r["check_id"])
                out.append(_row_dict(r))
        return out

    # --- decisions ----------------------------------------------------------------------------------
