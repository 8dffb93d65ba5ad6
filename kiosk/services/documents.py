"""Where the kiosk saves the documents of a database: receipts, schedules, posters.

Each database has its own folder, beside its file and named after it, so two
databases never write into one folder: receipt JP-2569-000019 of one can no
longer overwrite the other's. A database on a server gets a folder in the
user data folder named after its host and database.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import make_url

from kiosk.db import Database
from kiosk.paths import user_data_dir
from kiosk.db_errors import sqlite_file


def base_folder(db: Database) -> Path:
    """The folder that holds every document saved from ``db``."""
    path = sqlite_file(db.url)
    if path is not None:
        return path.parent / f"{path.stem}-documents"
    url = make_url(db.url)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{url.host or 'local'}-{url.database or 'kiosk'}")
    return user_data_dir() / f"{name}-documents"


def folder(db: Database, kind: str) -> Path:
    """``kind`` is "receipts", "schedules" or "posters"."""
    return base_folder(db) / kind
