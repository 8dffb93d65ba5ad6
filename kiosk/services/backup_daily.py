"""The automatic backup at each day's close, its folder, and how old the last good one is.

Rules decided here:
- The backup folder is a setting (a USB stick's path); empty means a
  ``backups`` folder beside the database (better than none, but on the same disk).
- A configured folder that is not there (the USB stick was pulled) is never
  created: that would silently fill the computer's own disk instead.
- The automatic backup never raises: the day is already closed when it runs,
  and whatever goes wrong comes back as a plain message to show.
- The last good backup is the newest ``backup`` audit event, written only
  after a copy was verified (kiosk.services.backup); a manual backup counts too.
- More than ``STALE_AFTER`` (2 days) since then, or none at all, warns staff.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from kiosk.dates import local_now, utc_now
from kiosk.db import Database
from kiosk.errors import InvalidInput, KioskError, NotAllowed
from kiosk.i18n import tr
from kiosk.models import AuditEvent
from kiosk.services import backup, backup_rotation, settings
from kiosk.services.auth import SignedIn

STALE_AFTER = timedelta(days=2)
MAX_FOLDER_LENGTH = 400


@dataclass(frozen=True)
class DailyBackup:
    """What the automatic backup did: ``ok`` and a message to show either way."""

    ok: bool
    message: str
    path: Path | None = None
    removed: tuple[Path, ...] = ()


@dataclass(frozen=True)
class BackupStanding:
    last_at: datetime | None  # UTC; None: never backed up
    stale: bool


def default_folder(db: Database) -> Path | None:
    path = db.sqlite_path
    return None if path is None else path.parent / "backups"


def check_folder(text: object) -> str:
    """The backup folder as typed in Settings, checked (``""``: beside the database)."""
    if not isinstance(text, str):
        raise InvalidInput(tr("Please enter a folder."))
    cleaned = text.strip()
    if not cleaned:
        return ""
    if len(cleaned) > MAX_FOLDER_LENGTH or any(ord(ch) < 32 for ch in cleaned):
        raise InvalidInput(tr("The backup folder is not a folder name."))
    folder = Path(cleaned).expanduser()
    if not folder.is_absolute():
        raise InvalidInput(tr("Enter the whole path of the backup folder, starting with /."))
    if not folder.is_dir():
        raise InvalidInput(tr("The folder {path} is not there. Plug in the USB stick, then try again.")
                           .format(path=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(tr("The kiosk cannot write to {path}. Choose another folder.")
                           .format(path=folder))
    return str(folder)


def save_folder(db: Database, who: SignedIn, text: object) -> str:
    """An admin sets the backup folder (checked first; audited); returns what was stored."""
    if not who.is_admin:
        raise NotAllowed(tr("Only an admin can change the settings."))
    folder = check_folder(text)
    settings.change(db, who.operator_id, backup_folder=folder)
    return folder


def backup_folder(db: Database) -> tuple[Path | None, bool]:
    """(the folder automatic backups go to, whether it was set in Settings)."""
    chosen = str(settings.read(db, "backup_folder") or "").strip()
    if chosen:
        return Path(chosen).expanduser(), True
    return default_folder(db), False


def back_up_after_close(db: Database, operator_id: int | None = None,
                        now: datetime | None = None) -> DailyBackup:
    """The close's automatic backup into the backup folder, then the rotation. Never raises."""
    try:
        return _back_up(db, operator_id, now or local_now())
    except KioskError as error:
        return DailyBackup(False, failed(error.message))
    except Exception as error:  # noqa: BLE001 - the day is closed; a failure is a message
        return DailyBackup(False, failed(f"{type(error).__name__}: {error}"))


def failed(reason: str) -> str:
    return tr("The automatic backup failed: {reason} The day is closed and today's sales are "
              "saved on this computer.").format(reason=reason)


def _back_up(db: Database, operator_id: int | None, now: datetime) -> DailyBackup:
    folder, chosen = backup_folder(db)
    if folder is None:
        return DailyBackup(False, failed(tr("this database is not a file on this computer.")))
    if chosen and not folder.is_dir():
        return DailyBackup(False, failed(tr(
            "the backup folder {path} is not there. Is the USB stick plugged in? Plug it in and "
            "back up from Settings.").format(path=folder)))
    suffix = (backup_rotation.FILE_SUFFIX if db.sqlite_path is not None
              else backup_rotation.SERVER_SUFFIX)
    made = backup.backup(db, folder / backup_rotation.auto_name(now, suffix),
                         operator_id=operator_id, now=now)
    removed = []
    for name in backup_rotation.to_delete(entry.name for entry in folder.iterdir()):
        try:
            (folder / name).unlink()
            removed.append(folder / name)
        except OSError:
            pass  # kept one too many: tomorrow's rotation tries again
    return DailyBackup(True, tr("Backup saved and checked: {path}").format(path=made.path),
                       made.path, tuple(removed))


def standing(db: Database, now: datetime | None = None) -> BackupStanding:
    """When the last verified backup was made, and whether that is too long ago."""
    with db.reading() as session:
        last = session.scalar(select(AuditEvent.at).where(AuditEvent.action == "backup")
                              .order_by(AuditEvent.id.desc()).limit(1))
    now = now or utc_now()
    return BackupStanding(last, last is None or now - last > STALE_AFTER)


def stale_warning(db: Database, now: datetime | None = None) -> str:
    """A few words for staff when backups are overdue ("" when all is well)."""
    found = standing(db, now)
    if not found.stale:
        return ""
    if found.last_at is None:
        return tr("⚠ No backup yet")
    return tr("⚠ Last backup {days} days ago").format(
        days=((now or utc_now()) - found.last_at).days)
