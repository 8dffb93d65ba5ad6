"""Schema versions: upgrade with Alembic, tell what a database file holds."""

from __future__ import annotations

import functools
from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from kiosk.db import Database


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", "kiosk:migrations")
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    """The code's migration scripts, read once: they do not change while it runs
    (reading them takes ~40 ms; opening a database and every schema check ask)."""
    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def code_revisions() -> set[str]:
    """Every revision this version of the code knows."""
    return {rev.revision for rev in _scripts().walk_revisions()}


def head_revisions() -> set[str]:
    return set(_scripts().get_heads())


def connection_revisions(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


def database_revisions(db: Database) -> set[str]:
    """The revisions recorded in the database (empty for a new database)."""
    with db.engine.connect() as connection:
        return connection_revisions(connection)


def is_newer_than_code(revisions: set[str]) -> bool:
    """True if the database was written by a newer version of the kiosk."""
    return bool(revisions - code_revisions())


def upgrade(db: Database) -> None:
    """Create or upgrade the schema to the newest revision (every branch head)."""
    _migrate(db, command.upgrade, "heads")


def downgrade(db: Database, target: str) -> None:
    """Step the schema down to ``target`` (Alembic's syntax; a developer's tool)."""
    _migrate(db, command.downgrade, target)


def _migrate(db: Database, step: Callable[[Config, str], None], target: str) -> None:
    config = alembic_config(db.url)
    with db.engine.connect() as connection:
        # SQLite alters a table by copying it and dropping the old one; with
        # foreign keys on, dropping a table that other rows point at fails (a
        # kiosk with data could not upgrade). Off for the migration, which must
        # leave no dangling reference: checked before it commits. The pragma is
        # ignored inside a transaction, hence before BEGIN.
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                step(config, target)
                if sqlite:
                    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if dangling:
                        raise RuntimeError(f"the migration left dangling references: {dangling[:5]}")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


def is_current(db: Database) -> bool:
    return database_revisions(db) == head_revisions()
