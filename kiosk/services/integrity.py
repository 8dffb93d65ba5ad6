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


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "no guard trigger or foreign key switched off"))
def _triggers_enabled(session: Session) -> list[str]:
    """PostgreSQL lets a table's owner switch its triggers off (the append-only
    guards, and the triggers behind foreign keys) and leaves no other trace."""
    if session.get_bind().dialect.name != "postgresql":
        return []  # SQLite has no switch: a dropped guard is seen by the tests' own checks
    return [f"{table}: trigger {name} is switched off" for table, name in session.execute(text(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE t.tgenabled = 'D' AND n.nspname = current_schema() ORDER BY 1, 2"))]


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "schema is up to date"))
def _schema_version(session: Session) -> list[str]:
    found = schema.connection_revisions(session.connection())
    heads = schema.head_revisions()
    if found == heads:
        return []
    return [f"database schema {sorted(found)} but the code expects {sorted(heads)}"]
