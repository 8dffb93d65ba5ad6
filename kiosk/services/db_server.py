"""Setting up a PostgreSQL server for the kiosk with least privilege.

Two roles: an owner that nobody logs in as (it owns the database, the tables
and the guard triggers) and the kiosk's login role, which may only read and
write rows. The login role therefore cannot drop or disable a guard trigger,
TRUNCATE a journal or alter a table; schema upgrades run as the owner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from kiosk import schema
from kiosk.db import Database
from kiosk.db_errors import shown
from kiosk.errors import InvalidInput
from kiosk.i18n import tr

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True, kw_only=True)
class ServerSetup:
    kiosk_url: str  # what the kiosk's --db takes (no password in it)
    owner_url: str  # what `kiosk db upgrade` and `kiosk db copy` take
    created: tuple[str, ...]  # what was made now (roles, database)


def _name(value: str) -> str:
    if not _NAME.match(value):
        raise InvalidInput(tr('"{name}" cannot be a database or role name: use small letters, '
                              "digits and _ only.").format(name=value))
    return value


def as_role(url: str, database: str, role: str) -> str:
    """``url`` on ``database``, acting as ``role`` (libpq's options: -c role=...)."""
    parsed = make_url(url)
    query = dict(parsed.query)
    query["options"] = f"-c role={role}"
    return parsed.set(database=database, query=query).render_as_string(hide_password=False)


def _login_url(url: str, database: str, role: str) -> str:
    parsed = make_url(url)
    query = {k: v for k, v in parsed.query.items() if k != "options"}
    return URL.create(parsed.drivername, username=role, host=parsed.host, port=parsed.port,
                      database=database, query=query).render_as_string(hide_password=True)


def init_server(admin_url: str, database: str = "kiosk", role: str = "kiosk",
                owner: str = "kiosk_owner", password: str | None = None) -> ServerSetup:
    """Create ``owner`` (no login), ``role`` (login) and ``database``, grant the role
    row access only, and create the tables as the owner. Safe to run again."""
    database, role, owner = _name(database), _name(role), _name(owner)
    if make_url(admin_url).get_backend_name() != "postgresql":
        raise InvalidInput(tr("kiosk db init-server needs a postgresql+psycopg:// URL of the "
                              "server's administrator, not {url}.").format(url=shown(admin_url)))
    created: list[str] = []
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            def exists(query: str, name: str) -> bool:
                return connection.execute(text(query), {"n": name}).first() is not None
            if not exists("SELECT 1 FROM pg_roles WHERE rolname = :n", owner):
                connection.exec_driver_sql(f'CREATE ROLE "{owner}" NOLOGIN')
                created.append(tr("role {name}").format(name=owner))
            if not exists("SELECT 1 FROM pg_roles WHERE rolname = :n", role):
                connection.exec_driver_sql(
                    f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE')
                created.append(tr("role {name}").format(name=role))
            if password:
                from psycopg import sql  # quoted by the driver, never put in a URL
                connection.connection.driver_connection.execute(
                    sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(role),
                                                                sql.Literal(password)))
            if not exists("SELECT 1 FROM pg_database WHERE datname = :n", database):
                connection.exec_driver_sql(f'CREATE DATABASE "{database}" OWNER "{owner}"')
                created.append(tr("database {name}").format(name=database))
            connection.exec_driver_sql(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
            connection.exec_driver_sql(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO "{role}"')
    finally:
        engine.dispose()
    _grant(admin_url, database, role, owner)
    owner_url = as_role(admin_url, database, owner)
    db = Database(owner_url)
    try:
        schema.upgrade(db)
    finally:
        db.dispose()
    return ServerSetup(kiosk_url=_login_url(admin_url, database, role),
                       owner_url=make_url(owner_url).render_as_string(hide_password=True),
                       created=tuple(created))


def _grant(admin_url: str, database: str, role: str, owner: str) -> None:
    engine = create_engine(make_url(admin_url).set(database=database),
                           isolation_level="AUTOCOMMIT")
    statements = [
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f'GRANT ALL ON SCHEMA public TO "{owner}"',
        f'GRANT USAGE ON SCHEMA public TO "{role}"',
        # tables made now and later (by upgrades run as the owner)
        f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public '
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "{role}"',
        f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public '
        f'GRANT USAGE, SELECT ON SEQUENCES TO "{role}"',
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"',
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
        f'REVOKE TRUNCATE ON ALL TABLES IN SCHEMA public FROM "{role}"',
    ]
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()
