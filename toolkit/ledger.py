"""The review ledger: every run's checks and every reviewer's decision, in SQLite.

One file (``outputs/ledger.sqlite`` unless told otherwise) holds

- ``runs``: one row per recorded run, in the order they were first recorded;
- ``reports``: the reports of each run (file, identity, SHA-256);
- ``checks``: each report's checks in each run, by their stable id. A check that
  failed in an earlier run of the same report and no longer fails is kept with
  ``flagged = 1``: absent checks are carried forward with status ``resolved``,
  so a flag is never silently dropped;
- ``dispositions``: the current decision per check id (open / confirmed /
  explained / false positive), who took it, when, why and where (notebook,
  workbook import, command line);
- ``disposition_history``: every change, old -> new.

Decisions are keyed by check id alone: ids are built from the report's identity
(agency and year) and what the operands mean, so a decision follows its check
into the next run and the next version of the report.

The file is opened in WAL mode with a busy timeout; every write is one
``BEGIN IMMEDIATE`` transaction, so concurrent writers queue instead of failing
and a killed process leaves the last committed state. The schema is versioned
with ``PRAGMA user_version`` and migrated forward on open.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from . import __version__
from .errors import LedgerError
from .workbook import DISPOSITIONS

ENV_VAR = "AUDIT_WORKBOOK_LEDGER"
DEFAULT_PATH = Path("outputs") / "ledger.sqlite"
SOURCES = ("notebook", "workbook", "cli")
STATUSES = ("pass", "fail", "unverifiable", "resolved")
LIST_STATUSES = ("open", "decided", "resolved", "all")
BUSY_TIMEOUT_S = 60.0
APPLICATION_ID = 0x41574C47  # "AWLG": marks the file as an audit-workbook ledger


def _quoted(values: Sequence[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


# Each entry migrates the schema from version i to i + 1 (PRAGMA user_version). Append only:
# a released migration is never edited, a change is a new entry.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        f"PRAGMA application_id = {APPLICATION_ID}",
        """CREATE TABLE runs (
            run_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            recorded_at TEXT NOT NULL,
            toolkit_version TEXT NOT NULL,
            reports INTEGER NOT NULL,
            checks INTEGER NOT NULL,
            flags INTEGER NOT NULL
        )""",
        """CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            run_id TEXT NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            report_key TEXT NOT NULL,
            agency TEXT,
            year INTEGER,
            doc_number TEXT,
            sha256 TEXT,
            format TEXT,
            UNIQUE (run_id, path)
        )""",
        "CREATE INDEX reports_by_key ON reports(report_key, run_id)",
        f"""CREATE TABLE checks (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            check_id TEXT NOT NULL,
            run_id TEXT NOT NULL,
            report_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            rule TEXT NOT NULL,
            severity TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ({_quoted(STATUSES)})),
            flagged INTEGER NOT NULL,
            resolved_in TEXT,
            message_zh TEXT NOT NULL,
            message_en TEXT NOT NULL,
            expected TEXT,
            observed TEXT,
            difference TEXT,
            evidence TEXT NOT NULL,
            PRIMARY KEY (report_id, check_id)
        )""",
        "CREATE INDEX checks_by_id ON checks(check_id)",
        "CREATE INDEX checks_by_run ON checks(run_id, report_key)",
        f"""CREATE TABLE dispositions (
            check_id TEXT PRIMARY KEY,
            disposition TEXT NOT NULL CHECK (disposition IN ({_quoted(DISPOSITIONS)})),
            reviewer TEXT,
            note TEXT,
            decided_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ({_quoted(SOURCES)}))
        )""",
        f"""CREATE TABLE disposition_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            check_id TEXT NOT NULL,
            old_disposition TEXT,
            new_disposition TEXT NOT NULL CHECK (new_disposition IN ({_quoted(DISPOSITIONS)})),
            old_note TEXT,
            note TEXT,
            reviewer TEXT,
            decided_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ({_quoted(SOURCES)}))
        )""",
        "CREATE INDEX history_by_check ON disposition_history(check_id, id)",
    ),
]
SCHEMA_VERSION = len(MIGRATIONS)


def ledger_path(path: str | Path | None = None, *, root: str | Path | None = None,
                output_root: str | Path | None = None) -> Path:
    """Where the ledger is: ``path`` if given, else $AUDIT_WORKBOOK_LEDGER, else
    ``ledger.sqlite`` in ``output_root`` (a run's output root, relative to ``root``) when given,
    else ``outputs/ledger.sqlite`` under ``root`` (default: the current directory)."""
    if path is not None and str(path) != "":
        return Path(path)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    if output_root is not None:
        folder = Path(output_root) if root is None or Path(output_root).is_absolute() else Path(root) / output_root
        return folder / DEFAULT_PATH.name
    return Path(root) / DEFAULT_PATH if root is not None else DEFAULT_PATH


def open_ledger(path: str | Path | None = None, *, root: str | Path | None = None, create: bool = True) -> Ledger:
    """Open (creating and migrating as needed) the ledger; see ``ledger_path`` for where it is.

    With ``create=False`` a missing file is a ``LedgerError`` instead of a new ledger.
    """
    return Ledger(ledger_path(path, root=root), create=create)


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
    from .api import report_identity

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
    from .api import report_identity

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


@dataclass
class ImportOutcome:
    """What importing a workbook did: decisions changed, the run recorded for its checks, the
    decided check ids the ledger does not know (not imported)."""

    changed: int = 0
    recorded_run: str | None = None
    recorded_reports: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def _retry_while_busy(setup: Any) -> None:
    """Run ``setup`` until it gets past SQLITE_BUSY, for at most BUSY_TIMEOUT_S. SQLite does not
    always call the busy handler here: switching a new file to WAL while another process creates
    or migrates it answers 'database is locked' at once, so two processes opening a new ledger
    together would fail without this loop."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.005
    while True:
        try:
            setup()
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) \
                or "locked" in str(exc) or "busy" in str(exc)
            if not busy or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


class Ledger:
    """An open ledger. Use ``open_ledger``; close it, or use it as a context manager."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        self._lock = threading.RLock()
        if not create and not self.path.is_file():
            raise LedgerError("no ledger here (record a run first)", path=self.path)
        if self.path.is_dir():
            raise LedgerError("is a directory, not a ledger file", path=self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: the module never opens transactions by itself; we do, explicitly.
            self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                         check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise LedgerError(f"cannot open the ledger: {exc}", path=self.path) from exc
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            _retry_while_busy(self._setup)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise LedgerError(f"not a usable SQLite ledger: {exc}", path=self.path) from exc
        except BaseException:
            self._conn.close()
            raise

    def _setup(self) -> None:
        mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise LedgerError(f"cannot switch the ledger to WAL mode (got {mode!r})", path=self.path)
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    # --- plumbing ------------------------------------------------------------------------------

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({str(self.path)!r})"

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. IMMEDIATE takes the write lock up front: in WAL mode a
        deferred transaction that reads first can fail to upgrade when another writer won."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise LedgerError(f"cannot write to the ledger: {exc}", path=self.path) from exc
            try:
                yield self._conn
            except BaseException as exc:
                if self._conn.in_transaction:  # some errors end the transaction themselves
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise LedgerError(f"ledger write failed and was rolled back: {exc}", path=self.path) from exc
                raise
            else:
                try:
                    self._conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise LedgerError(f"cannot commit to the ledger: {exc}", path=self.path) from exc

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise LedgerError(f"cannot read the ledger: {exc}", path=self.path) from exc

    def _migrate(self) -> None:
        version, app_id, tables = self._identity()
        if version > SCHEMA_VERSION:
            raise LedgerError(f"schema version {version} is newer than this toolkit's ({SCHEMA_VERSION}); "
                              "upgrade audit-workbook", path=self.path)
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
            raise LedgerError("an SQLite file that is not an audit-workbook ledger", path=self.path)
        if version == SCHEMA_VERSION:
            return
        with self._write() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have migrated
            for v in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[v]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {v + 1}")

    def _identity(self) -> tuple[int, int, int]:
        with self._lock:
            self._conn.execute("BEGIN")  # one consistent snapshot of the three
            try:
                version = self._conn.execute("PRAGMA user_version").fetchone()[0]
                app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
                tables = self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            finally:
                self._conn.execute("COMMIT")
        return version, app_id, tables

    @property
    def schema_version(self) -> int:
        return self._read("PRAGMA user_version")[0][0]

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check``: ``"ok"`` when the file is sound."""
        return "; ".join(str(r[0]) for r in self._read("PRAGMA integrity_check"))

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

        from . import carry
        from .api import report_identity
        from .workbook import read_review

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


__all__ = ["DEFAULT_PATH", "ENV_VAR", "MIGRATIONS", "SCHEMA_VERSION", "SOURCES", "ImportOutcome", "Ledger", "LedgerError",
           "check_records", "ledger_path", "open_ledger"]
