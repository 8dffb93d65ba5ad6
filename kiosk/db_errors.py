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

from kiosk.errors import DatabaseUnavailable, KioskError
from kiosk.i18n import tr

# SQLite primary result codes (the low byte of an extended code)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
# extended I/O errors while WRITING (a file-size limit, a full or pulled disk): not damage
_IOERR_WRITES = {778, 1034, 1290, 1546, 4874}  # WRITE, FSYNC, DIR_FSYNC, TRUNCATE, SHMSIZE


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


def shown(url: str) -> str:
    """A URL as it may appear on screen or in a log: never with its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: nothing in it is a password we know of
        return url


def _server(url: str) -> str:
    parsed = make_url(url)
    host = parsed.host or parsed.query.get("host") or "localhost"
    return f"{host if isinstance(host, str) else host[0]}/{parsed.database or ''}"


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


class DamagedDatabase(DatabaseUnavailable):
    """The file itself is damaged: the one failure a restore from a backup mends."""


def corrupt(path: Path | str) -> DatabaseUnavailable:
    return DamagedDatabase(tr(
        "The database {path} is damaged or is not a kiosk database. Do not delete it. Restore the "
        "latest backup with: kiosk restore BACKUP-FILE (the damaged file is kept beside it)."
    ).format(path=path))


def disk_full(path: Path | str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The disk holding {path} is full. Free some space (old receipts, downloads), then try again."
    ).format(path=path))


def cannot_write(path: Path | str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "Could not write to the disk holding {path}: it may be full, or it was removed. What you "
        "were doing was not saved; free some space or check the disk, then try again."
    ).format(path=path))


def newer_schema(path: Path | str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The database {path} was written by a newer version of the kiosk. Update the kiosk program "
        "before using it; nothing was changed."
    ).format(path=path))


def server_unreachable(url: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "Cannot reach the database server {host}. Check the network cable or Wi-Fi and that the "
        "office computer is on, then try again."
    ).format(host=_server(url)))


def server_busy(url: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The other terminal is still saving on {host}. Nothing was saved here: wait a moment, "
        "then try again."
    ).format(host=_server(url)))


class RetrySafe(DatabaseUnavailable):
    """The unit of work failed before its COMMIT was sent, so nothing of it was
    written: running it again, whole, is safe (kiosk.db.retrying does)."""


class ServerConflict(RetrySafe):
    """The server rolled the whole unit of work back over a clash with another
    terminal (a serialization failure, a deadlock)."""


class ConnectionLost(RetrySafe):
    """The connection broke before the commit (the server restarted, a cable was
    pulled): the server rolled everything back; the next try connects afresh."""


class SaveUncertain(KioskError):
    """The connection broke while the COMMIT was on its way: the server may or may
    not have kept it. Never retried blindly; the person looks first. (Not a
    DatabaseUnavailable: the screen must not add that nothing was saved.)"""


def changed_meanwhile(url: str) -> DatabaseUnavailable:
    return ServerConflict(tr(
        "Another terminal changed the same records at the same moment on {host}. Nothing was "
        "saved here: try again."
    ).format(host=_server(url)))


def connection_lost(url: str) -> DatabaseUnavailable:
    return ConnectionLost(tr(
        "The connection to the database server {host} was lost (the server restarted or the "
        "network dropped). Nothing was saved here and what you typed is kept; the kiosk "
        "connects again by itself: try again in a moment."
    ).format(host=_server(url)))


def lost_while_saving(url: str) -> SaveUncertain:
    return SaveUncertain(tr(
        "The connection to the database server {host} was lost at the moment of saving, so "
        "the kiosk cannot tell whether it was saved. What you typed is kept: look (the history, "
        "the list) before doing it again. A sale paid again is never recorded twice."
    ).format(host=_server(url)))


def login_refused(url: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The database server {host} refused the kiosk's user name or password. Put the password "
        "in the PGPASSWORD environment variable or in the ~/.pgpass file (readable only by you), "
        "never in the URL."
    ).format(host=_server(url)))


def no_such_database(url: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The database server has no database {host}. Create it first (see the README: "
        "kiosk db init-server)."
    ).format(host=_server(url)))


def not_permitted(url: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(tr(
        "The kiosk's database user on {host} may not do this (it owns no tables, by design). "
        "Schema upgrades and copies run as the owner: see kiosk db init-server in the README."
    ).format(host=_server(url)))


# SQLSTATE classes and codes from PostgreSQL (psycopg's ``sqlstate``)
_SERVER_STATES = {
    "40001": changed_meanwhile, "40P01": changed_meanwhile, "55P03": server_busy,
    "28P01": login_refused, "28000": login_refused, "3D000": no_such_database,
    "42501": not_permitted,
}


def _server_error(error: BaseException, url: str) -> DatabaseUnavailable | None:
    raw = getattr(error, "orig", None) or error
    state = getattr(raw, "sqlstate", None) or ""
    if state in _SERVER_STATES:
        return _SERVER_STATES[state](url)
    if state == "53100":
        return disk_full(_server(url))
    if not isinstance(error, sa_exc.OperationalError):
        return None  # a constraint, a guard trigger, a bug: not the server's availability
    # a refused connection carries no SQLSTATE, only libpq's text
    text = str(raw).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return login_refused(url)
    if "database" in text and "does not exist" in text:
        return no_such_database(url)
    return server_unreachable(url)


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
    path = sqlite_file(url) or shown(url)
    raw = _sqlite_error(error)
    if raw is None:
        if make_url(url).get_backend_name() != "sqlite":
            return _server_error(error, url)
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
    if (getattr(raw, "sqlite_errorcode", 0) or 0) in _IOERR_WRITES:
        return cannot_write(path)
    if code == _IOERR or "i/o error" in text:
        return missing(Path(path)) if not Path(path).exists() else corrupt(path)
    return None
