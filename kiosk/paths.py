"""Where the kiosk finds its assets and keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "talad-jompol-kiosk"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
ASSETS = PROJECT_ROOT / "assets"
FONTS = ASSETS / "fonts"
TRANSLATIONS = ASSETS / "translations"
ICONS = ASSETS / "icons"
PRODUCT_PICTURES = ASSETS / "products"


def user_data_dir() -> Path:
    """The per-user folder for the database, backups and saved receipts."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    """KIOSK_DATABASE_URL if set, else a SQLite file in the user data folder."""
    from_env = os.environ.get("KIOSK_DATABASE_URL")
    if from_env:
        return from_env
    return f"sqlite:///{user_data_dir() / 'kiosk.sqlite3'}"
