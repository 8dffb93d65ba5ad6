"""When the database fails SQLite's quick check at start: find the last good backup, restore it.

Rules decided here:
- The backups looked at are the automatic ones in the backup folder (read
  from the damaged file if its settings can still be read) and in the
  ``backups`` folder beside the database; newest first by the time in their
  name. The first that passes a full integrity check is "the last good
  backup"; a damaged or unreadable one is skipped, never offered.
- Restoring takes a staff or admin PIN from that backup (the damaged
  database cannot check one), keeps the damaged file beside it, and is
  audited by kiosk.services.backup.restore.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.db_errors import sqlite_file
from kiosk.errors import KioskError
from kiosk.services import backup, backup_rotation, cli_approval


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    made: datetime  # local time, from its name
    rows: int


def _folder_setting(database: Path) -> Path | None:
    """The backup folder as the damaged file still says it, if it can say it at all."""
    try:
        with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as raw:
            row = raw.execute("SELECT value FROM settings WHERE key = ?", ("backup_folder",)).fetchone()
    except sqlite3.Error:
        return None
    folder = json.loads(row[0]) if row else ""
    return Path(folder).expanduser() if folder else None


def candidate_folders(url: str) -> list[Path]:
    database = sqlite_file(url)
    if database is None:
        return []
    folders = [_folder_setting(database), database.parent / "backups"]
    return [folder for folder in dict.fromkeys(folders) if folder is not None and folder.is_dir()]


def last_good_backup(url: str) -> GoodBackup | None:
    """The newest automatic backup that passes a full integrity check (None: there is none)."""
    found = []
    for folder in candidate_folders(url):
        for entry in folder.iterdir():
            stamp = backup_rotation.stamp_of(entry.name)
            # a server's archive (a stall moved to PostgreSQL) cannot become this file
            if (stamp is not None and entry.is_file()
                    and entry.suffix == backup_rotation.FILE_SUFFIX):
                found.append((stamp, entry))
    for stamp, path in sorted(found, reverse=True):
        try:
            info = backup.inspect_backup(path)
        except KioskError:
            continue  # damaged too, or from a newer kiosk: not offered
        return GoodBackup(path, stamp, info.total_rows)
    return None


def restore_last_good(url: str, good: GoodBackup, ask_pin: Callable[[], str]) -> backup.RestoreResult:
    """Put ``good`` in place of the damaged database, approved by a staff PIN from the backup."""
    cli_approval.approve_from_backup(good.path, ask_pin)
    return backup.restore(url, good.path)
