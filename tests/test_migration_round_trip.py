"""Migrations round trip on databases that hold data: every downgrade runs on a
populated database, every head steps down and up again keeping the data, and a
kiosk at each earlier revision, with data, upgrades to the newest schema.

The data is the demo market (the session's template), copied into whatever
tables and columns the older revision has.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from kiosk import schema
from kiosk.db import Database
from kiosk.models import Base

pytestmark = pytest.mark.slow  # each case migrates a database several times

SCRIPT = ScriptDirectory.from_config(schema.alembic_config("sqlite://"))
REVISIONS = sorted(schema.code_revisions())
HEADS = sorted(schema.head_revisions())


def _to(db: Database, revision: str) -> None:
    """Upgrade to ``revision`` and its ancestors only: what an older kiosk had."""
    config = schema.alembic_config(db.url)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _raw(db: Database) -> sqlite3.Connection:
    return sqlite3.connect(db.sqlite_path)


def _tables(connection: sqlite3.Connection, schema_name: str = "main") -> list[str]:
    return [name for (name,) in connection.execute(
        f"SELECT name FROM {schema_name}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name")]


def _columns(connection: sqlite3.Connection, table: str, schema_name: str = "main") -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA {schema_name}.table_info("{table}")')]


def _rows(db: Database) -> dict[str, set[tuple]]:
    """Every table's rows (as sets: a rebuilt table may come back in another order)."""
    with _raw(db) as connection:
        return {table: set(connection.execute(f'SELECT * FROM "{table}"'))
                for table in _tables(connection)}


def _objects(db: Database) -> set[tuple[str, str]]:
    """Tables, indexes and triggers by name (what compare_metadata does not look at)."""
    with _raw(db) as connection:
        return set(connection.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')"))


def _matches_the_models(db: Database, template: Path) -> None:
    with db.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    assert schema.is_current(db)
    assert _objects(db) == _objects(Database(f"sqlite:///{template}"))
    with _raw(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def _fill_from(db: Database, demo: Path) -> None:
    """Copy the demo market into the tables and columns ``db`` has (an older schema)."""
    with _raw(db) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("ATTACH DATABASE ? AS demo", (str(demo),))
        for table in set(_tables(connection)) & set(_tables(connection, "demo")):
            shared = [c for c in _columns(connection, table) if c in _columns(connection, table, "demo")]
            names = ", ".join(f'"{c}"' for c in shared)
            # rows a migration seeded (a chart of accounts) are there already
            connection.execute(f'INSERT OR IGNORE INTO main."{table}" ({names}) '
                               f'SELECT {names} FROM demo."{table}"')
        connection.commit()
        connection.execute("DETACH DATABASE demo")


def test_every_downgrade_runs_on_a_populated_database_and_upgrading_again_rebuilds_it(
        demo_copy, migrated_template):
    assert sum(len(rows) for rows in _rows(demo_copy).values()) > 100
    schema.downgrade(demo_copy, "base")
    assert schema.database_revisions(demo_copy) == set() and _rows(demo_copy) == {}
    schema.upgrade(demo_copy)
    _matches_the_models(demo_copy, migrated_template)


@pytest.mark.parametrize("head", HEADS)
def test_each_head_steps_down_and_up_again_keeping_the_data(demo_copy, migrated_template, head):
    parent = SCRIPT.get_revision(head).down_revision
    if not isinstance(parent, str):
        pytest.skip(f"{head} is a merge point or the root")
    before = _rows(demo_copy)
    schema.downgrade(demo_copy, f"{head}@{parent}")
    revisions = schema.database_revisions(demo_copy)
    assert head not in revisions and set(HEADS) - {head} <= revisions
    kept = _rows(demo_copy)
    schema.upgrade(demo_copy)
    _matches_the_models(demo_copy, migrated_template)
    after = _rows(demo_copy)
    for table in kept:  # what stayed through the downgrade is all there again
        assert after[table] == before[table], table


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_kiosk_at_an_earlier_revision_with_data_upgrades(tmp_path, demo_template, migrated_template,
                                                           revision):
    old = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _to(old, revision)  # that revision and its ancestors, nothing else
    _fill_from(old, demo_template)
    then = _row_ids(old)
    assert sum(len(ids) for ids in then.values()) > 0
    schema.upgrade(old)
    _matches_the_models(old, migrated_template)
    now = _row_ids(old)
    for table, ids in then.items():  # every row is still there (a data migration may change it)
        assert ids <= now[table], table
    old.dispose()


def _row_ids(db: Database) -> dict[str, set[int]]:
    with _raw(db) as connection:
        return {table: {rowid for (rowid,) in connection.execute(f'SELECT rowid FROM "{table}"')}
                for table in _tables(connection)}
