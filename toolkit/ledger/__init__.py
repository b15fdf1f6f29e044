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

Modules: ``schema`` (constants and the schema migrations), ``records`` (what a run holds;
recording runs), ``queries`` (runs, checks, flags), ``decisions`` (dispositions, their
history, importing a reviewed workbook). ``Ledger`` (here: opening, transactions,
migration) gathers the methods of the last three.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import LedgerError
from .decisions import (
    ImportOutcome,
    _Decisions,
)
from .queries import _Queries
from .records import (
    _Runs,
    check_records,
)
from .schema import (  # noqa: F401  (re-exported)
    APPLICATION_ID,
    BUSY_TIMEOUT_S,
    DEFAULT_PATH,
    ENV_VAR,
    LIST_STATUSES,
    MIGRATIONS,
    SCHEMA_VERSION,
    SOURCES,
    STATUSES,
)


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


class Ledger(_Runs, _Queries, _Decisions):
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


__all__ = ["DEFAULT_PATH", "ENV_VAR", "MIGRATIONS", "SCHEMA_VERSION", "SOURCES", "ImportOutcome", "Ledger", "LedgerError",
           "check_records", "ledger_path", "open_ledger"]
