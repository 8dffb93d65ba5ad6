"""What a database error means to the person: one translated ``DatabaseUnavailable`` each.

Every way a database can fail (missing, in a read-only place, locked by
another program, damaged, full, written by a newer kiosk, a server out of
reach) has one message here saying what to do next. kiosk.db raises them
from a failed unit of work, kiosk.services.opening when opening; nothing
above the services sees a SQLAlchemy error for these.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from kiosk.errors import DatabaseUnavailable
from kiosk.i18n import tr

# SQLite primary result codes (the low byte of an extended code)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for memory databases and servers)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        database = database[len("file:"):].split("?", 1)[0]
    return Path(database).expanduser()


# -- messages -------------------------------------------------------------------
def missing(path: Path) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The database file was not found: {path}. Check that the disk holding it is connected, "
        "or restore the latest backup with: kiosk restore BACKUP-FILE"
    ).format(path=path))


def cannot_create(folder: Path) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "Cannot create the database in {folder}: the folder is read-only or cannot be made. "
        "Choose another place with --db, or ask whoever looks after this computer to allow writing there."
    ).format(folder=folder))


def read_only(path: Path) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The database {path} is read-only, so nothing can be saved. Ask whoever looks after this "
        "computer to allow writing to the file and its folder, then start the kiosk again."
    ).format(path=path))


def locked(path: Path | str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The database {path} is locked by another program. Close any other kiosk window or program "
        "using it, wait a moment, then try again."
    ).format(path=path))


def corrupt(path: Path | str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The database {path} is damaged or is not a kiosk database. Do not delete it. Restore the "
        "latest backup with: kiosk restore BACKUP-FILE (the damaged file is kept beside it)."
    ).format(path=path))


def disk_full(path: Path | str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The disk holding {path} is full. Free some space (old receipts, downloads), then try again."
    ).format(path=path))


def newer_schema(path: Path | str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The database {path} was written by a newer version of the kiosk. Update the kiosk program "
        "before using it; nothing was changed."
    ).format(path=path))


def server_unreachable(url: str) -> DatabaseUnavailable:
    host = make_url(url).host or url
    return DatabaseUnavailable(tr(
        "Cannot reach the database server {host}. Check the network cable or Wi-Fi and that the "
        "office computer is on, then try again."
    ).format(host=host))


# -- classifying errors ------------------------------------------------------------
def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    while error is not None:
        if isinstance(error, sqlite3.Error):
            return error
        error = getattr(error, "orig", None) or error.__cause__
    return None


def is_damage(error: BaseException) -> bool:
    """True if SQLite says the file itself is damaged (not busy, not read-only)."""
    raw = _sqlite_error(error)
    if raw is None:
        return False
    code = (getattr(raw, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(raw).lower()
    return code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text


def explain(error: BaseException, url: str) -> DatabaseUnavailable | None:
    """The user's message for a database error, or None if it is not one of ours.

    Used when opening, and by the UI when a unit of work fails mid-session
    (the disk was unplugged, another program holds the lock, ...).
    """
    if isinstance(error, DatabaseUnavailable):
        return error
    path = sqlite_file(url) or url
    raw = _sqlite_error(error)
    if raw is None:
        if isinstance(error, sa_exc.OperationalError) and make_url(url).get_backend_name() != "sqlite":
            return server_unreachable(url)
        return None
    code = (getattr(raw, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(raw).lower()
    if code in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return locked(path)
    if code == _READONLY or "readonly" in text or "read-only" in text:
        return read_only(Path(path))
    if is_damage(raw):
        return corrupt(path)
    if code == _FULL or "disk is full" in text:
        return disk_full(path)
    if code == _CANTOPEN or "unable to open" in text:
        file = Path(path)
        return missing(file) if not file.parent.exists() else read_only(file)
    if code == _IOERR or "i/o error" in text:
        return missing(Path(path)) if not Path(path).exists() else corrupt(path)
    return None
