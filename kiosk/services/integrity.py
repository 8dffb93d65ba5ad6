"""Database-level checks: file integrity, foreign keys, schema version."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk import schema
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.services.checks import invariant


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "database file integrity"))
def _integrity(session: Session) -> list[str]:
    if session.get_bind().dialect.name != "sqlite":
        return []
    rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
    return [] if rows == ["ok"] else rows


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "foreign keys"))
def _foreign_keys(session: Session) -> list[str]:
    if session.get_bind().dialect.name != "sqlite":
        return []  # PostgreSQL enforces them on every write
    return [f"{table} row {rowid} refers to a missing {parent}"
            for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check"))]


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "schema is up to date"))
def _schema_version(session: Session) -> list[str]:
    found = schema.connection_revisions(session.connection())
    heads = schema.head_revisions()
    if found == heads:
        return []
    return [f"database schema {sorted(found)} but the code expects {sorted(heads)}"]
