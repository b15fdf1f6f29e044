"""Reviewers' decisions: dispositions, their history, importing a reviewed workbook."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..errors import LedgerError
from ..workbook import DISPOSITIONS
from .records import _now, _text
from .schema import SOURCES


@dataclass
class ImportOutcome:
    """What importing a workbook did: decisions changed, the run recorded for its checks, the
    decided check ids the ledger does not know (not imported)."""

    changed: int = 0
    recorded_run: str | None = None
    recorded_reports: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)




class _Decisions:
    """Dispositions and their history (a part of ``Ledger``)."""


    def dispositions(self) -> dict[str, dict[str, Any]]:
        """The current decision per check id: disposition, reviewer, note, decided_at, source."""
        return {r["check_id"]: {"disposition": r["disposition"], "reviewer": r["reviewer"], "note": r["note"],
                                "decided_at": r["decided_at"], "source": r["source"]}
                for r in self._read("SELECT * FROM dispositions ORDER BY check_id")}

    def disposition(self, check_id: str) -> dict[str, Any] | None:
        """The current decision on one check, or None."""
        rows = self._read("SELECT * FROM dispositions WHERE check_id = ?", (check_id,))
        return dict(rows[0]) if rows else None

    def set_disposition(self, check_id: str, disposition: str, *, reviewer: str | None, note: str | None = None,
                        source: str) -> bool:
        """Decide a check. Records the change in the history; returns False (and records nothing)
        when the disposition and note are already what the ledger holds (no decision counts as open).

        ``check_id``: the check's id as ``check``/``run`` give it (``Check.id``; its ``-2``, ``-3``
        suffix when one report states the same check more than once). It need not be recorded yet.
        ``disposition``: one of ``DISPOSITIONS``: ``open``, ``confirmed``, ``explained``,
        ``false positive`` (``open`` undoes a decision).
        ``reviewer``: who decides (free text; None or blank: nobody named).
        ``note``: why (free text; None or blank: no note). Changing only the note is a change.
        ``source``: where the decision was taken, one of ``SOURCES``: ``cli`` (``review set``),
        ``notebook`` (the notebooks' review panel), ``workbook`` (``review import``).
        Raises ``LedgerError`` for an empty id or an unknown disposition or source; nothing is
        written then."""
        self._validate(check_id, disposition, source)
        with self._write() as conn:
            return self._set(conn, check_id, disposition, _text(reviewer), _text(note), source)

    def _validate(self, check_id: str, disposition: str, source: str) -> None:
        if not isinstance(check_id, str) or not check_id.strip():
            raise LedgerError(f"a check id must be non-empty text, not {check_id!r}", path=self.path)
        if disposition not in DISPOSITIONS:
            raise LedgerError(f"unknown disposition {disposition!r} ({', '.join(DISPOSITIONS)})", path=self.path)
        if source not in SOURCES:
            raise LedgerError(f"unknown source {source!r} ({', '.join(SOURCES)})", path=self.path)

    @staticmethod
    def _set(conn: sqlite3.Connection, check_id: str, disposition: str, reviewer: str | None, note: str | None,
             source: str) -> bool:
        old = conn.execute("SELECT disposition, note FROM dispositions WHERE check_id = ?", (check_id,)).fetchone()
        current = (old["disposition"], old["note"]) if old is not None else ("open", None)
        if current == (disposition, note):
            return False
        now = _now()
        conn.execute(
            "INSERT INTO dispositions (check_id, disposition, reviewer, note, decided_at, source) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (check_id) DO UPDATE SET disposition = excluded.disposition, "
            "reviewer = excluded.reviewer, note = excluded.note, decided_at = excluded.decided_at, "
            "source = excluded.source",
            (check_id, disposition, reviewer, note, now, source))
        conn.execute(
            "INSERT INTO disposition_history (check_id, old_disposition, new_disposition, old_note, note, reviewer, "
            "decided_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (check_id, old["disposition"] if old else None, disposition, old["note"] if old else None, note,
             reviewer, now, source))
        return True

    def history(self, check_id: str | None = None) -> list[dict[str, Any]]:
        """Every change of decision (of one check, or of all), oldest first."""
        if check_id is None:
            rows = self._read("SELECT * FROM disposition_history ORDER BY id")
        else:
            rows = self._read("SELECT * FROM disposition_history WHERE check_id = ? ORDER BY id", (check_id,))
        return [dict(r) for r in rows]

    def import_workbook(self, path: str | Path, *, reviewer: str | None = None) -> int:
        """Bring a reviewed workbook's dispositions into the ledger (source ``workbook``), in one
        transaction; return how many decisions changed. See ``import_review``."""
        return self.import_review(path, reviewer=reviewer).changed

    def import_review(self, path: str | Path, *, reviewer: str | None = None) -> ImportOutcome:
        """Bring a reviewed workbook's dispositions into the ledger (source ``workbook``).

        The workbook's checks come with it (``toolkit.carry``): the reports the ledger has never
        recorded are recorded first, as a run named after the workbook, so ``flags()`` lists
        them with their decisions. Then the decisions are set in one transaction. A row's
        reviewer column names who decided; ``reviewer`` stands in where it is empty. A row still
        ``open`` with neither reviewer nor note was not reviewed in that workbook: it does not
        undo a decision the ledger holds. A decision on a check id the ledger does not know is
        not imported (as ``review set`` refuses it) and is listed in ``unknown``.
        Raises ``WorkbookError`` for a workbook that is not ours.
        """
        import hashlib

        from .. import carry
        from ..api import report_identity
        from ..workbook import read_review

        review = read_review(path)
        carried = carry.read(path) or []
        known_keys = {r["report_key"] for r in self._read("SELECT DISTINCT report_key FROM reports")}
        new = []
        for res in carried:
            info = res["report"]
            key = report_identity(SimpleNamespace(agency=info.get("agency"), year=info.get("year"),  # type: ignore[arg-type]
                                                  path=str(info.get("path"))))
            if key not in known_keys:
                new.append(res)
        run_id = None
        if new:
            digest = hashlib.sha256(json.dumps(new, sort_keys=True, default=str).encode()).hexdigest()[:12]
            run_id = f"workbook {Path(path).name} {digest}"
            self.record_run(run_id, new)
        outcome = ImportOutcome(recorded_run=run_id, recorded_reports=[str(r["report"]["path"]) for r in new])
        with self._write() as conn:
            for check_id, row in review.items():
                disposition = row.get("disposition") or "open"
                who, note = _text(row.get("reviewer")), _text(row.get("note"))
                if disposition == "open" and who is None and note is None:
                    continue
                if conn.execute("SELECT 1 FROM checks WHERE check_id = ? LIMIT 1", (check_id,)).fetchone() is None:
                    outcome.unknown.append(check_id)
                    continue
                outcome.changed += self._set(conn, check_id, disposition, who or _text(reviewer), note, "workbook")
        return outcome

