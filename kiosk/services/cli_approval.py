"""Who may change data from the ``kiosk`` command: a staff or admin PIN, as at the screen.

Rules decided here:
- ``kiosk demo`` (which wipes the database) and ``kiosk restore`` (which
  replaces it) need a staff or admin PIN whenever the database has an active
  staff member or admin; a new database (nobody to sign in) needs none, so
  ``kiosk run`` still makes the demo market on the first start by itself.
- A restore over a database that cannot be read (damaged, missing) takes a
  PIN from the backup being restored: whoever brings the books back must be
  staff in them.
- ``kiosk db upgrade`` needs none: ``kiosk run`` upgrades at every start and
  an upgrade changes no figure. Reading commands (check, backup, export,
  verify) need none.
- The approval is audited like any staff approval (kiosk.services.auth).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from kiosk.db import Database
from kiosk.db_errors import sqlite_file
from kiosk.errors import DatabaseUnavailable, NotAllowed
from kiosk.i18n import tr
from kiosk.models import Operator, Role
from kiosk.services import auth, backup_crypto

_STAFF_ROLES = (Role.STAFF, Role.ADMIN)


def _staff_in(session: Session) -> list[Operator]:
    return list(session.scalars(select(Operator).where(
        Operator.active.is_(True), Operator.role.in_(_STAFF_ROLES))))


def _staff(db: Database) -> list[Operator]:
    with db.reading() as session:
        return _staff_in(session)


def needs_pin(db: Database) -> bool:
    """Has this database anyone whose PIN must approve a change?"""
    return bool(_staff(db))


def no_pin() -> NotAllowed:
    return NotAllowed(tr("This command changes the data and needs a staff or admin PIN: type it "
                         "when asked, or give --pin (or KIOSK_PIN) in a script."))


def approve(db: Database, ask_pin: Callable[[], str], action: str,
            target: str = "") -> auth.SignedIn | None:
    """The staff member whose PIN approves ``action`` on ``db`` (None: nobody to ask).

    ``ask_pin`` is called only when a PIN is needed."""
    if not needs_pin(db):
        return None
    pin = ask_pin()
    if not pin:
        raise no_pin()
    return auth.approve_with_staff_pin(db, pin, action, target)


def approve_from_backup(backup_file: Path, ask_pin: Callable[[], str],
                        passphrase: str | None = None) -> None:
    """A PIN checked against a backup's own staff (read only: the backup is not changed)."""
    with backup_crypto.readable(Path(backup_file), passphrase) as plain:
        # a plain read-only engine: the kiosk's own sets WAL mode, which is a write
        engine = create_engine(f"sqlite:///file:{plain.resolve()}?mode=ro&uri=true")
        try:
            with Session(engine) as session:
                staff = _staff_in(session)
        finally:
            engine.dispose()
    if not staff:
        return
    pin = ask_pin()
    if not pin:
        raise no_pin()
    if not any(auth.pin_matches(operator, pin) for operator in staff):
        raise auth.WrongStaffPin(None)


def approve_restore(url: str, backup_file: Path, ask_pin: Callable[[], str],
                    passphrase: str | None = None) -> None:
    """A restore's PIN: from the database it replaces, or from the backup when that cannot be read."""
    target = sqlite_file(url)
    if target is None:  # a server: its own staff decide (a server backup is no file to open)
        db = Database(url)
        try:
            approve(db, ask_pin, "restore", str(backup_file))
        finally:
            db.dispose()
        return
    if target.is_file() and target.stat().st_size:
        db = Database(url)
        try:
            approve(db, ask_pin, "restore", str(backup_file))
            return
        except DatabaseUnavailable:
            pass  # damaged or unreadable: the backup's own staff decide
        finally:
            db.dispose()
    approve_from_backup(backup_file, ask_pin, passphrase)
