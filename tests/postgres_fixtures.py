"""Test databases on PostgreSQL: one throwaway server a session, template
databases migrated (and seeded) once, and a fresh ``CREATE DATABASE ...
TEMPLATE`` copy for each test, the way conftest copies a SQLite file.

``KIOSK_TEST_DATABASE=postgresql`` makes conftest's ``db``/``demo_copy`` use
these; tests/test_postgres*.py use them always. Where no server can start the
tests are skipped with the reason, except in CI (CI=true) where that fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable

import psycopg
import pytest

import postgres_server
from kiosk import schema
from kiosk.db import Database

BACKEND = os.environ.get("KIOSK_TEST_DATABASE", "sqlite").strip().lower() or "sqlite"
if BACKEND not in ("sqlite", "postgresql"):
    raise SystemExit(f"KIOSK_TEST_DATABASE={BACKEND!r}: use sqlite or postgresql")
ON_POSTGRES = BACKEND == "postgresql"

_server: postgres_server.Server | None = None
_failure: str | None = None


def server() -> postgres_server.Server:
    """The session's server, started on first use; skips (fails in CI) if there is none."""
    global _server, _failure
    if _server is None and _failure is None:
        try:
            _server = postgres_server.start()
        except postgres_server.ServerUnavailable as error:
            _failure = str(error)
    if _server is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"PostgreSQL is required in CI: {_failure}", pytrace=False)
        pytest.skip(f"no PostgreSQL server: {_failure}")
    return _server


def stop() -> None:
    global _server
    if _server is not None:
        postgres_server.stop(_server)
        _server = None


def admin(statement: str) -> None:
    """One statement as the superuser, outside a transaction (CREATE/DROP DATABASE)."""
    with psycopg.connect(server().url(driver="postgresql"), autocommit=True) as connection:
        connection.execute(statement)


def new_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def create(template: str | None = None, prefix: str = "kiosk") -> Database:
    """An empty database (or a copy of ``template``) and the kiosk's Database on it."""
    name = new_name(prefix)
    admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return Database(server().url(name))


def drop(database: Database) -> None:
    database.dispose()
    admin(f'DROP DATABASE IF EXISTS "{database.engine.url.database}" WITH (FORCE)')


def template(prepare: Callable[[Database], None], based_on: str | None = None) -> str:
    """A template database: a copy of ``based_on`` (or empty) after ``prepare``."""
    database = create(based_on, prefix="template")
    prepare(database)
    database.dispose()
    return database.engine.url.database


def migrated_template() -> str:
    return template(schema.upgrade)


# -- fixtures for tests/test_postgres*.py (always on the server) -------------------------
@pytest.fixture(scope="session")
def pg_template() -> str:
    return migrated_template()


@pytest.fixture
def pg_db(pg_template):
    """A fresh migrated PostgreSQL database, whatever KIOSK_TEST_DATABASE says."""
    database = create(pg_template)
    yield database
    drop(database)


def superuser_connection(database: Database) -> psycopg.Connection:
    """A plain psycopg connection to ``database`` as the server's superuser (a SQL tool)."""
    url = server().url(database.engine.url.database, driver="postgresql")
    return psycopg.connect(url, autocommit=True)


@pytest.fixture(scope="module")
def own_server():
    """A server of the module's own, which its tests may ``halt`` and ``resume``
    (a restart, a pulled cable) without disturbing the session's."""
    server()  # skipped (failed in CI) as the session's server would be when none starts
    own = postgres_server.start()
    yield own
    postgres_server.stop(own)


@pytest.fixture(scope="module")
def own_template(own_server) -> str:
    with psycopg.connect(own_server.url(driver="postgresql"), autocommit=True) as connection:
        connection.execute('CREATE DATABASE "template_own"')
    database = Database(own_server.url("template_own"))
    schema.upgrade(database)
    database.dispose()
    return "template_own"


@pytest.fixture
def own_db(own_server, own_template):
    """A fresh migrated database on ``own_server`` (running when the test starts)."""
    name = new_name("own")
    with psycopg.connect(own_server.url(driver="postgresql"), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{own_template}"')
    database = Database(own_server.url(name))
    yield database
    database.dispose()


def terminate(database: Database, pid: int | None = None) -> None:
    """End ``database``'s server connections (one backend, or every one), as a
    server restart or a pulled cable would, and wait until they are gone."""
    url = database.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                           "WHERE (pid = %(pid)s::int OR (%(pid)s::int IS NULL "
                           "AND datname = current_database())) AND pid <> pg_backend_pid()",
                           {"pid": pid})
