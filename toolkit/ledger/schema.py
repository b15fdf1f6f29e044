"""The ledger's constants and its schema: the migrations, applied in order (``PRAGMA user_version``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..workbook import DISPOSITIONS

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


