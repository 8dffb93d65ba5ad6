"""Backup and restore of the kiosk's SQLite file (a database server's: backup_server).

A backup uses SQLite's online backup API, so it is consistent even while the
kiosk is selling, and is verified before it is kept: integrity check, the
same schema revisions and the same number of rows in every table as the
database at the moment it was copied. A restore checks the file first,
refuses a schema newer than this code, keeps a copy of the database it
replaces, and only then copies the backup in.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from kiosk import schema
from kiosk.dates import local_now
import kiosk.db
from kiosk.db import Database, mark_changed
from kiosk.topics import Topic
from kiosk.errors import Conflict, InvalidInput, KioskError
from kiosk.i18n import tr
from kiosk.services import audit, backup_crypto
from kiosk.db_errors import explain, is_damage, shown, sqlite_file
from kiosk.services.files import private_file
from kiosk.services.opening import SQLITE_HEADER, open_database


@dataclass(frozen=True)
class BackupInfo:
    """What a kiosk database file holds, read without changing it."""

    path: Path
    revisions: frozenset[str]
    row_counts: dict[str, int]
    size_bytes: int

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


@dataclass(frozen=True)
class BackupResult:
    path: Path
    info: BackupInfo


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path | str  # the file, or the server database's URL (its password hidden)
    kept_copy: Path | None  # the database that was replaced (None if there was none)
    info: BackupInfo
    upgraded: bool


class DestinationUnwritable(InvalidInput):
    """The backup's destination cannot be written (not the database's fault)."""

    def __init__(self, path: Path) -> None:
        super().__init__(tr("Cannot write the backup to {path}. Choose another folder or USB drive.")
                         .format(path=path))


def _stamp(now: datetime | None) -> str:
    return (now or local_now()).strftime("%Y%m%d-%H%M%S")


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in _tables(connection)}


def _revisions(connection: sqlite3.Connection) -> frozenset[str]:
    if "alembic_version" not in _tables(connection):
        return frozenset()
    return frozenset(r for (r,) in connection.execute("SELECT version_num FROM alembic_version"))


def _integrity_problems(connection: sqlite3.Connection) -> list[str]:
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection that waits for a busy database like the kiosk does."""
    if read_only:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     isolation_level=None)
    else:
        connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {int(kiosk.db.SQLITE_BUSY_TIMEOUT_MS)}")
    return connection


def _backup_api(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """sqlite3's backup, but giving up when a lock outlasts the busy timeout.

    (Python's own loop retries a busy database for ever.)
    """
    deadline = time.monotonic() + kiosk.db.SQLITE_BUSY_TIMEOUT_MS / 1000  # ok-float: seconds

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    source.backup(target, progress=progress, sleep=0.05)


# -- reading a backup file -----------------------------------------------------------
def inspect_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Check a file before anyone relies on it; raises InvalidInput/Conflict if unusable.
    An encrypted backup is checked decrypted (backup_crypto.PassphraseNeeded when this
    PC's key does not open it and no ``passphrase`` is given)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise InvalidInput(tr("There is no backup file at {path}.").format(path=path))
    if backup_crypto.is_encrypted(path):
        with backup_crypto.readable(path, passphrase) as plain:
            info = inspect_backup(plain)
        return BackupInfo(path, info.revisions, info.row_counts, path.stat().st_size)
    from kiosk.services import backup_server
    if backup_server.is_dump(path):
        return BackupInfo(path, *backup_server.inspect_dump(path), path.stat().st_size)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise InvalidInput(tr("{path} is not a kiosk backup (not a SQLite database file).")
                               .format(path=path))
    try:
        with closing(_connect(path, read_only=True)) as connection:
            problems = _integrity_problems(connection)
            if problems:
                raise InvalidInput(tr("The backup {path} is damaged ({problem}). Use an older backup.")
                                   .format(path=path, problem=problems[0]))
            revisions = _revisions(connection)
            counts = _row_counts(connection)
    except sqlite3.DatabaseError:
        raise InvalidInput(tr("The backup {path} is damaged and cannot be read. Use an older backup.")
                           .format(path=path)) from None
    if not revisions:
        raise InvalidInput(tr("{path} is not a kiosk backup (it has no schema version).").format(path=path))
    if schema.is_newer_than_code(set(revisions)):
        raise Conflict(tr("The backup {path} was made by a newer version of the kiosk. Update the kiosk "
                          "program first; nothing was changed.").format(path=path))
    return BackupInfo(path, revisions, counts, path.stat().st_size)


# -- backup --------------------------------------------------------------------------
def _copy(source: sqlite3.Connection, target_path: Path, shown_as: Path | None = None) -> None:
    """Copy the source's current snapshot into a new, self-contained file.

    With ``shown_as``, a failure to open or write the target blames that
    destination; a lock on the source or a damaged source passes through.
    """
    try:
        private_file(target_path)
        with closing(_connect(target_path)) as target:
            _backup_api(source, target)
            # a backup is one file: no -wal/-shm needed to read it
            target.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as error:
        text = str(error).lower()
        if shown_as is None or "locked" in text or "busy" in text or is_damage(error):
            raise
        raise DestinationUnwritable(shown_as) from None


def backup(db: Database, destination: str | Path, operator_id: int | None = None,
           now: datetime | None = None) -> BackupResult:
    """Copy the live database to ``destination`` (a file, or a folder to put it in)."""
    source_path = db.sqlite_path
    if source_path is None:  # a database server: its own pg_dump
        from kiosk.services import backup_server
        path, (revisions, counts) = backup_server.save(db, destination, operator_id, now)
        return BackupResult(path, BackupInfo(path, revisions, counts, path.stat().st_size))
    as_folder = str(destination).endswith(("/", os.sep))
    destination = Path(destination).expanduser()
    if destination.is_dir() or as_folder:
        destination = destination / f"kiosk-backup-{_stamp(now)}.sqlite3"
    if destination.exists() and destination.resolve() == source_path.resolve():
        raise InvalidInput(tr("A backup must go to another file than the database itself."))
    if destination.exists() and not destination.is_file():  # a device, a socket: never replaced
        raise DestinationUnwritable(destination)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise DestinationUnwritable(destination) from None
    temporary = destination.with_name(f".{destination.name}.partial")
    temporary.unlink(missing_ok=True)
    try:
        with closing(_connect(source_path)) as source:
            # one read transaction: the counts and the copy see the same snapshot
            source.execute("BEGIN")
            expected_counts = _row_counts(source)
            expected_revisions = _revisions(source)
            _copy(source, temporary, destination)
            source.execute("COMMIT")
        info = inspect_backup(temporary)
        if info.revisions != expected_revisions or info.row_counts != expected_counts:
            raise KioskError(tr("The backup copy does not match the database. Nothing was kept; try again."))
        if backup_crypto.seal_file(temporary):  # then decrypted and checked again
            sealed = inspect_backup(temporary)
            if (sealed.revisions, sealed.row_counts) != (info.revisions, info.row_counts):
                raise KioskError(tr("The backup copy does not match the database. Nothing was "
                                    "kept; try again."))
        os.replace(temporary, destination)
    except OSError:
        raise DestinationUnwritable(destination) from None
    except sqlite3.Error as error:
        raise (explain(error, db.url) or error) from None
    finally:
        temporary.unlink(missing_ok=True)
    info = BackupInfo(destination, info.revisions, info.row_counts, destination.stat().st_size)
    with db.unit_of_work() as session:
        audit.record(session, "backup", operator_id, str(destination),
                     bytes=info.size_bytes, rows=info.total_rows)
        mark_changed(session, Topic.BACKUP)
    return BackupResult(destination, info)


# -- restore -------------------------------------------------------------------------
def _keep_copy(target: Path, now: datetime | None) -> Path:
    """Copy the database about to be replaced beside it, even if it is damaged."""
    kept = target.with_name(f"{target.stem}.before-restore-{_stamp(now)}.sqlite3")
    try:
        with closing(_connect(target)) as source:
            _copy(source, kept)
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        # too damaged for SQLite to read: keep the raw files instead
        kept.unlink(missing_ok=True)
        shutil.copy2(target, kept)
        for suffix in ("-wal", "-shm"):
            side = target.with_name(target.name + suffix)
            if side.exists():
                shutil.copy2(side, kept.with_name(kept.name + suffix))
    return kept


def restore(url: str, source: Path, operator_id: int | None = None,
            now: datetime | None = None, passphrase: str | None = None) -> RestoreResult:
    """Replace the database at ``url`` by the backup ``source``; see the module docstring.
    An encrypted backup is opened first: a wrong passphrase or a damaged file changes nothing."""
    from kiosk.services import backup_server
    source = Path(source).expanduser()
    if sqlite_file(url) is None:  # a database server: its own pg_restore
        kept, (revisions, counts), upgraded = backup_server.restore(url, source, operator_id,
                                                                    now, passphrase)
        return RestoreResult(source, shown(url), kept,
                             BackupInfo(source, revisions, counts, source.stat().st_size), upgraded)
    if not source.is_file():
        raise InvalidInput(tr("There is no backup file at {path}.").format(path=source))
    with backup_crypto.readable(source, passphrase) as plain:
        if backup_server.is_dump(plain):
            raise backup_server.wrong_kind(source)
        return _restore(url, source, plain, operator_id, now)


def _restore(url: str, shown: Path, source: Path, operator_id: int | None,
             now: datetime | None) -> RestoreResult:
    """``source`` is the plain SQLite file (``shown`` itself, or its decrypted copy)."""
    target = sqlite_file(url)
    info = replace(inspect_backup(source), path=shown)  # before anything is touched
    if target.exists() and target.resolve() == shown.resolve():
        raise InvalidInput(tr("That file is the database itself; choose a backup file."))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        kept = _keep_copy(target, now) if target.exists() and target.stat().st_size else None
    except sqlite3.Error as error:
        raise (explain(error, url) or error) from None
    if not target.exists():
        private_file(target)
    try:
        with closing(_connect(source, read_only=True)) as backup_file, \
                closing(_connect(target)) as live:
            _backup_api(backup_file, live)
            if _row_counts(live) != info.row_counts:
                raise KioskError(tr("The restored database does not match the backup. The previous "
                                    "database is kept at {path}.").format(path=kept))
    except sqlite3.DatabaseError as error:
        if kept is None or not is_damage(error):
            raise (explain(error, url) or error) from None
        # a damaged database the backup API cannot write into: swap the file itself
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        shutil.copy2(source, target)
    db = open_database(url, create=False, upgrade=False)
    try:
        upgraded = not schema.is_current(db)
        if upgraded:
            schema.upgrade(db)
        with db.unit_of_work() as session:
            audit.record(session, "restore", operator_id, str(shown),
                         kept_copy=str(kept) if kept else "", rows=info.total_rows,
                         revisions=sorted(info.revisions))
    finally:
        db.dispose()
    return RestoreResult(shown, target, kept, info, upgraded)
