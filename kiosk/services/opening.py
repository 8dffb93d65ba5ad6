"""Opening the database, and telling people what to do when it cannot be opened.

Every way a database file can fail (missing, in a read-only place, locked by
another program, damaged, written by a newer kiosk) becomes one
``DatabaseUnavailable`` (its messages are in kiosk.db_errors) saying, in the
user's language, what to do next. The CLI prints it and the GUI shows it;
neither shows a traceback.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from kiosk import schema
from kiosk.db import Database
from kiosk.db_errors import (cannot_create, corrupt, explain, missing, newer_schema, read_only,
                             sqlite_file)
from kiosk.errors import DatabaseUnavailable
from kiosk.services.files import private_file
from kiosk.i18n import tr

SQLITE_HEADER = b"SQLite format 3\x00"

class UnusableUrl(DatabaseUnavailable):
    """The database URL cannot be used at all (mistyped, or its driver is missing)."""


def check_url(url: str) -> None:
    """Refuse a URL that is not one, or whose database driver is not installed."""
    try:
        parsed = make_url(url)
        dialect = parsed.get_dialect()
    except (sa_exc.ArgumentError, sa_exc.NoSuchModuleError, ValueError):
        raise UnusableUrl(tr(
            '"{url}" is not a database URL. Use for example sqlite:////home/kiosk/kiosk.sqlite3 '
            "or postgresql+psycopg://user@host/database.").format(url=url)) from None
    try:
        dialect.import_dbapi()
    except ImportError as error:
        raise UnusableUrl(tr(
            "The database driver for {url} is not installed (Python module {module}). Install it "
            "into the kiosk's environment, or use a sqlite:/// URL.").format(
                url=parsed.render_as_string(hide_password=True),
                module=getattr(error, "name", None) or parsed.get_driver_name())) from None


# -- before connecting -------------------------------------------------------------
def _check_file(path: Path, create: bool) -> None:
    """Problems visible without opening the file (SQLite would report them vaguely)."""
    if not path.exists():
        if not create:
            raise missing(path)
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise cannot_create(folder) from None
        if not os.access(folder, os.W_OK | os.X_OK):
            raise cannot_create(folder)
        try:
            private_file(path)
        except OSError:
            raise cannot_create(folder) from None
        return
    if path.is_dir():
        raise corrupt(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise read_only(path) from None
    if header and header != SQLITE_HEADER:
        raise corrupt(path)
    # WAL needs to write the file and to create -wal/-shm files beside it
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise read_only(path)


def open_database(url: str, create: bool = True, upgrade: bool | None = None,
                  verify: bool = True) -> Database:
    """Open the kiosk's database, ready for units of work.

    ``create``: make a new file if there is none (else a missing file is an
    error, as for ``kiosk check`` and ``kiosk backup``). ``upgrade`` (default:
    same as ``create``) brings the schema to this code's version. ``verify``
    runs SQLite's quick check so a damaged file is caught now, not mid-sale.
    Raises ``DatabaseUnavailable`` with a message saying what to do.
    """
    if upgrade is None:
        upgrade = create
    path = sqlite_file(url)
    if path is not None:
        _check_file(path, create)
    db = None
    try:
        db = Database(url)
        found = schema.database_revisions(db)
        if schema.is_newer_than_code(found):
            raise newer_schema(path or url)
        if verify and db.is_sqlite:
            with db.engine.connect() as connection:
                result = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
            if result != ["ok"]:
                raise corrupt(path or url)
        if upgrade:
            schema.upgrade(db)
    except DatabaseUnavailable:
        if db is not None:
            db.dispose()
        raise
    except (sa_exc.SQLAlchemyError, sqlite3.Error) as error:
        if db is not None:
            db.dispose()
        message = explain(error, url)
        if message is None:
            raise
        raise message from None
    return db
