"""Shared fixtures. Qt runs offscreen: CI has no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from kiosk import i18n, schema  # noqa: E402
from kiosk.db import Database  # noqa: E402


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated SQLite database in a temporary file."""
    database = Database(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    schema.upgrade(database)
    yield database
    database.dispose()


@pytest.fixture
def english():
    """Messages in English for the duration of a test."""
    with i18n.language("en"):
        yield
