"""Schema versions: upgrade with Alembic, tell what a database file holds."""

from __future__ import annotations

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


def code_revisions(url: str = "sqlite://") -> set[str]:
    """Every revision this version of the code knows."""
    script = ScriptDirectory.from_config(alembic_config(url))
    return {rev.revision for rev in script.walk_revisions()}


def head_revisions(url: str = "sqlite://") -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config(url)).get_heads())


def connection_revisions(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


def database_revisions(db: Database) -> set[str]:
    """The revisions recorded in the database (empty for a new database)."""
    with db.engine.connect() as connection:
        return connection_revisions(connection)


def is_newer_than_code(revisions: set[str], url: str = "sqlite://") -> bool:
    """True if the database was written by a newer version of the kiosk."""
    return bool(revisions - code_revisions(url))


def upgrade(db: Database) -> None:
    """Create or upgrade the schema to the newest revision (every branch head)."""
    config = alembic_config(db.url)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


def is_current(db: Database) -> bool:
    return database_revisions(db) == head_revisions(db.url)
