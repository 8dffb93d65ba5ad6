"""Which automatic backups to keep: 14 daily and 12 monthly (pure, no files).

Rules decided here:
- Daily: the newest backup of each of the 14 most recent days that HAVE a
  backup (a week's holiday does not eat the dailies).
- Monthly: the newest backup of each of the 12 most recent months that have
  one (a month's last backup is its closing state, what an accountant asks for).
- Everything else automatic is deleted; a file whose name is not an automatic
  backup's (a backup someone made by hand) is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

DAILY = 14
MONTHLY = 12
AUTO_PREFIX = "kiosk-auto-"
# a SQLite file's copy, or a database server's pg_dump archive
FILE_SUFFIX, SERVER_SUFFIX = ".sqlite3", ".pgdump"
_AUTO_NAME = re.compile(r"^kiosk-auto-(\d{8}-\d{6})(\.sqlite3|\.pgdump)$")


def auto_name(moment: datetime, suffix: str = FILE_SUFFIX) -> str:
    """The file name of the automatic backup made at ``moment`` (local time); ``suffix``
    says what the file is, so nobody opens a server's archive as a SQLite file."""
    return f"{AUTO_PREFIX}{moment:%Y%m%d-%H%M%S}{suffix}"


def stamp_of(name: str) -> datetime | None:
    """When an automatic backup was made, from its file name (None: not an automatic backup)."""
    found = _AUTO_NAME.match(name)
    if found is None:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def to_keep(stamps: Iterable[datetime], daily: int = DAILY, monthly: int = MONTHLY) -> set[datetime]:
    """The backups (by when they were made) that the rotation keeps."""
    keep: set[datetime] = set()
    days: set[object] = set()
    months: set[tuple[int, int]] = set()
    for stamp in sorted(set(stamps), reverse=True):
        day, month = stamp.date(), (stamp.year, stamp.month)
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(stamp)
        if month not in months and len(months) < monthly:
            months.add(month)
            keep.add(stamp)
    return keep


def to_delete(names: Iterable[str], daily: int = DAILY, monthly: int = MONTHLY) -> list[str]:
    """The automatic backups among ``names`` that the rotation removes, oldest first."""
    stamped = {name: stamp for name in names if (stamp := stamp_of(name)) is not None}
    keep = to_keep(stamped.values(), daily, monthly)
    return sorted((name for name, stamp in stamped.items() if stamp not in keep),
                  key=lambda name: stamped[name])
