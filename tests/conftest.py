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


def _operator(db, name, role, pin):
    from kiosk.services import auth
    operator_id = auth.create_operator(db, name, role, pin)
    return auth.SignedIn(operator_id, name, role, None)


@pytest.fixture
def vendor(db):
    """A signed-in vendor (PIN 1111)."""
    from kiosk.models import Role
    return _operator(db, "น้องฝน ขายดี", Role.VENDOR, "1111")


@pytest.fixture
def staff(db):
    """A signed-in staff member (PIN 2222)."""
    from kiosk.models import Role
    return _operator(db, "พี่แดง จัดการ", Role.STAFF, "2222")


@pytest.fixture
def admin(db):
    """A signed-in admin (PIN 3333)."""
    from kiosk.models import Role
    return _operator(db, "คุณสมชาย ผู้ดูแล", Role.ADMIN, "3333")


@pytest.fixture
def ui_context(db, staff, qtbot):
    """An AppContext for building one screen in a test, signed in as staff."""
    from kiosk.ui.context import AppContext, DataBus
    bus = DataBus(db)
    yield AppContext(db, bus, staff)
    bus.detach()


@pytest.fixture(autouse=True)
def _language_reset_after_each_test():
    """Every test starts as the last one left nothing: widgets show their
    English source texts (no Qt translator) and services speak Thai (the
    kiosk's default). A test that wants Thai widgets installs it itself."""
    yield
    import sys
    language = sys.modules.get("kiosk.ui.language")
    if language is not None:
        from PySide6.QtCore import QCoreApplication
        if QCoreApplication.instance() is not None:
            language.LanguageManager.instance().apply("en")
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
