"""Backup and restore on a PostgreSQL server, through PostgreSQL's own pg_dump and
pg_restore (found on the PATH; a clear message when they are not there).

A backup is one ``pg_dump --format=custom`` file taken from the same snapshot
as the row counts it is checked against: the kiosk exports its read snapshot,
counts every table in it, and pg_dump copies exactly that moment while other
terminals go on selling. The file is then read back (``pg_restore`` writes its
data out and every table's rows are counted) and sealed with the backup key
like a SQLite backup.

A restore checks the file the same way before touching anything, keeps a dump of
the database it replaces beside the backup, and runs ``pg_restore --clean
--single-transaction``: the server takes all of it or, on any error, none. It
runs as the tables' owner (a least-privilege kiosk login may not drop tables:
see ``kiosk db init-server``). The password is never on a command line: libpq
reads PGPASSWORD or ~/.pgpass, as the kiosk does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from psycopg.conninfo import make_conninfo
from sqlalchemy import func, inspect, select, table, text
from sqlalchemy.engine import make_url

from kiosk import schema
from kiosk.dates import local_now
from kiosk.db import Database, mark_changed
from kiosk.db_errors import explain, not_permitted
from kiosk.errors import Conflict, InvalidInput, KioskError
from kiosk.i18n import tr
from kiosk.services import audit, backup_crypto, backup_rotation
from kiosk.services.files import private_file
from kiosk.topics import Topic

MAGIC = b"PGDMP"  # how a pg_dump custom-format file begins
SUFFIX = backup_rotation.SERVER_SUFFIX
_COPY = re.compile(r'^COPY (?:"?public"?\.)?"?([^" (]+)"? \(.*\) FROM stdin;$')


def is_dump(path: Path) -> bool:
    with Path(path).open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def tools_missing() -> KioskError:
    return KioskError(tr(
        "A backup on the database server needs PostgreSQL's pg_dump and pg_restore programs, "
        "and they were not found on this computer. Install the PostgreSQL client programs "
        "(Debian/Ubuntu: sudo apt-get install postgresql-client; Windows: add PostgreSQL's bin "
        "folder to PATH), then try again. Nothing was changed."))


def wrong_kind(path: Path) -> InvalidInput:
    return InvalidInput(tr(
        "{path} is a backup of a database server; it can only be restored onto a PostgreSQL "
        "database (--db postgresql+psycopg://...). Nothing was changed.").format(path=path))


def not_a_dump(path: Path) -> InvalidInput:
    return InvalidInput(tr(
        "{path} is not a backup of a database server. A SQLite backup goes onto the server "
        "with: kiosk db copy sqlite:///FILE URL. Nothing was changed.").format(path=path))


def unwritable(path: Path) -> InvalidInput:
    return InvalidInput(tr("Cannot write the backup to {path}. Choose another folder or USB "
                           "drive.").format(path=path))


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise tools_missing()
    return found


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The connection string for pg_dump and pg_restore, and their environment
    (the password, when the URL carries one, goes there, never on a command line)."""
    parsed = make_url(url)
    params = {"dbname": parsed.database, "user": parsed.username, "host": parsed.host,
              "port": parsed.port}
    params.update({k: v if isinstance(v, str) else v[0] for k, v in parsed.query.items()})
    environment = dict(os.environ)
    if parsed.password:
        environment["PGPASSWORD"] = parsed.password
    return make_conninfo("", **{k: str(v) for k, v in params.items() if v is not None}), \
        environment


def _stamp(now: datetime | None) -> str:
    return (now or local_now()).strftime("%Y%m%d-%H%M%S")


def _run(args: list[str], url: str, environment: dict[str, str]) -> None:
    done = subprocess.run(args, capture_output=True, text=True, env=environment)
    if done.returncode != 0:
        detail = done.stderr.strip()
        if "permission denied" in detail or "must be owner" in detail:
            raise not_permitted(url)
        raise KioskError(tr("The database server's backup program failed: {detail}. Nothing "
                            "was changed.").format(detail=detail.splitlines()[-1] if detail else
                                                   done.returncode))


def _archive_counts(path: Path) -> tuple[frozenset[str], dict[str, int]]:
    """The schema revisions and every table's rows as the file holds them (read back
    through pg_restore: a file it cannot read fails here)."""
    done = subprocess.run([_tool("pg_restore"), "--data-only", "--file=-", str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise InvalidInput(tr("The backup {path} is damaged and cannot be read. Use an older "
                              "backup.").format(path=path))
    counts: dict[str, int] = {}
    revisions: set[str] = set()
    current = None
    for line in done.stdout.splitlines():
        if current is None:
            match = _COPY.match(line)
            if match:
                current = match.group(1)
                counts[current] = 0
        elif line == "\\.":
            current = None
        else:
            counts[current] += 1
            if current == "alembic_version":
                revisions.add(line.strip())
    return frozenset(revisions), counts


Contents = tuple[frozenset[str], dict[str, int]]  # schema revisions, rows of each table


def inspect_dump(path: Path) -> Contents:
    """A server backup checked before anyone relies on it (plain, not sealed)."""
    revisions, counts = _archive_counts(path)
    if not revisions:
        raise InvalidInput(tr("{path} is not a kiosk backup (it has no schema version).")
                           .format(path=path))
    if schema.is_newer_than_code(set(revisions)):
        raise Conflict(tr("The backup {path} was made by a newer version of the kiosk. Update "
                          "the kiosk program first; nothing was changed.").format(path=path))
    return revisions, counts


def _dump(db: Database, target: Path) -> tuple[frozenset[str], dict[str, int]]:
    """pg_dump of ``db`` into ``target``, and the counts of the very snapshot it copied."""
    conninfo, environment = _libpq(db.url)
    with db.reading() as session:
        snapshot = session.execute(text("SELECT pg_export_snapshot()")).scalar_one()
        names = inspect(session.connection()).get_table_names()
        counts = {name: session.execute(select(func.count()).select_from(table(name)))
                  .scalar_one() for name in names}
        revisions = frozenset(session.execute(text("SELECT version_num FROM alembic_version"))
                              .scalars())
        private_file(target)
        _run([_tool("pg_dump"), "--format=custom", f"--snapshot={snapshot}", f"--file={target}",
              f"--dbname={conninfo}"], db.url, environment)
    return revisions, counts


def save(db: Database, where: str | Path, operator_id: int | None,
         now: datetime | None) -> tuple[Path, Contents]:
    """``kiosk backup`` on a server (``where``: a file, or a folder to put it in)."""
    _tool("pg_restore")  # the check reads the file back with it: both, before anything
    destination = Path(where).expanduser()
    if destination.is_dir() or str(where).endswith(("/", os.sep)):
        destination = destination / f"kiosk-backup-{_stamp(now)}{SUFFIX}"
    temporary = destination.with_name(f".{destination.name}.partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        revisions, counts = _dump(db, temporary)
        if inspect_dump(temporary) != (revisions, counts):
            raise KioskError(tr("The backup copy does not match the database. Nothing was "
                                "kept; try again."))
        if backup_crypto.seal_file(temporary):  # then opened and checked again
            with backup_crypto.readable(temporary) as plain:
                if inspect_dump(plain) != (revisions, counts):
                    raise KioskError(tr("The backup copy does not match the database. "
                                        "Nothing was kept; try again."))
        os.replace(temporary, destination)
    except OSError:
        raise unwritable(destination) from None
    finally:
        temporary.unlink(missing_ok=True)
    with db.unit_of_work() as session:
        audit.record(session, "backup", operator_id, str(destination),
                     bytes=destination.stat().st_size, rows=sum(counts.values()))
        mark_changed(session, Topic.BACKUP)
    return destination, (revisions, counts)


def restore(url: str, source: Path, operator_id: int | None, now: datetime | None,
            passphrase: str | None) -> tuple[Path, Contents, bool]:
    """``kiosk restore`` on a server: see the module docstring. The kept copy of what
    it replaced, what the backup held, and whether the schema was then upgraded."""
    conninfo, environment = _libpq(url)
    pg_restore = _tool("pg_restore")
    if not source.is_file():
        raise InvalidInput(tr("There is no backup file at {path}.").format(path=source))
    with backup_crypto.readable(source, passphrase) as plain:
        if not is_dump(plain):
            raise not_a_dump(source)
        revisions, counts = inspect_dump(plain)
        db = Database(url)
        try:
            kept = source.parent / f"kiosk-before-restore-{_stamp(now)}{SUFFIX}"
            try:
                _dump(db, kept)
            except OSError:
                raise unwritable(kept) from None
        finally:
            db.dispose()
        _run([pg_restore, "--clean", "--if-exists", "--single-transaction", "--exit-on-error",
              f"--dbname={conninfo}", str(plain)], url, environment)
    db = Database(url)
    try:
        upgraded = not schema.is_current(db)
        with db.reading() as session:
            restored = {name: session.execute(select(func.count()).select_from(table(name)))
                        .scalar_one() for name in counts}
        if restored != counts:
            raise KioskError(tr("The restored database does not match the backup. The previous "
                                "database is kept at {path}.").format(path=kept))
        if upgraded:
            schema.upgrade(db)
        with db.unit_of_work() as session:
            audit.record(session, "restore", operator_id, str(source), kept_copy=str(kept),
                         rows=sum(counts.values()), revisions=sorted(revisions))
    except KioskError:
        raise
    except Exception as error:
        raise (explain(error, url) or error) from None
    finally:
        db.dispose()
    return kept, (revisions, counts), upgraded
