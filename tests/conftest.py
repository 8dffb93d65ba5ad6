"""Shared fixtures. Qt runs offscreen: CI has no display."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the backup key lives in the user's config folder: never the real one in tests
os.environ["KIOSK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="kiosk-config-")

# Test databases live in memory-backed files where there is such a place: the
# kiosk's synchronous=FULL makes every commit an fsync, which on a shared disk
# was about half the suite's wall time. The pragmas stay as they are (a test
# checks them); only the disk under them is faster.
if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
    tempfile.tempdir = "/dev/shm"

import pytest  # noqa: E402

import postgres_fixtures as pg  # noqa: E402
from kiosk import i18n, schema  # noqa: E402
from kiosk.db import Database  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _cheap_pin_hashing():
    """scrypt at the kiosk's cost takes ~30-50 ms a PIN, and the suite hashes
    ~400 (a quarter of its time). Tests check what hashing does, not what it
    costs, so they use a small work factor; the kiosk's own is untouched.
    Autouse and session-wide, so the demo template and every test agree."""
    from kiosk.services import auth
    kiosk_cost = auth._SCRYPT
    auth._SCRYPT = {**kiosk_cost, "n": 2**8}
    yield
    auth._SCRYPT = kiosk_cost


@pytest.fixture(scope="session", autouse=True)
def _cheap_backup_key():
    """The backup passphrase's scrypt (2**15, ~0.1 s) ran for every demo seeded
    and every sealed backup. Tests check sealing, not its cost: the smallest cost
    a backup header accepts. The header carries it, so opening is unchanged."""
    from kiosk.services import backup_crypto
    kiosk_cost = backup_crypto._COST
    backup_crypto._COST = {**kiosk_cost, "log2_n": 10}
    yield
    backup_crypto._COST = kiosk_cost


@pytest.fixture(scope="session", autouse=True)
def _statements_compiled_once():
    """Every test opens its own database, so every engine compiled the same
    statements again (a third of the CPU of the services' tests). SQLAlchemy keys
    its compiled-statement cache by the dialect object, so once one engine of a
    backend has connected (its dialect then knows the server), later engines
    take that dialect and one shared cache, as the kiosk's single long-lived
    engine does. What is sent to the database is unchanged."""
    from sqlalchemy import event

    from kiosk import db as kiosk_db
    make_engine = kiosk_db.make_engine
    shared: dict[tuple[str, str], tuple] = {}

    def engine_sharing_compiled_statements(url: str):
        engine = make_engine(url)
        backend = (engine.dialect.name, engine.dialect.driver)
        if backend in shared:
            dialect, cache = shared[backend]
            engine.dialect = dialect
            engine.update_execution_options(compiled_cache=cache)
        else:
            # after SQLAlchemy's own first-connect listener has initialised the dialect
            @event.listens_for(engine.pool, "connect", once=True)
            def _share_this_dialect(dbapi_connection, record) -> None:
                shared.setdefault(backend, (engine.dialect, {}))
        return engine

    kiosk_db.make_engine = engine_sharing_compiled_statements
    yield
    kiosk_db.make_engine = make_engine


def _settled_file(database: Database) -> Path:
    """Fold the write-ahead log into the main file so a plain copy holds everything."""
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    path = database.sqlite_path
    assert path is not None
    return path


@pytest.fixture(autouse=True)
def _own_config_folder(tmp_path_factory, monkeypatch):
    """Each test its own config folder: no backup key unless the test sets one."""
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("KIOSK_BACKUP_PASSPHRASE", raising=False)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """A database file migrated to every head once per session; ``db`` copies it
    (migrating takes 0.2-0.3 s, copying a few milliseconds). With
    KIOSK_TEST_DATABASE=postgresql: a template database's name instead."""
    if pg.ON_POSTGRES:
        return pg.template(schema.upgrade)
    database = Database(f"sqlite:///{tmp_path_factory.mktemp('template') / 'kiosk.sqlite3'}")
    schema.upgrade(database)
    return _settled_file(database)


@pytest.fixture(scope="session")
def demo_template(migrated_template, tmp_path_factory) -> Path:
    """The demo market seeded once per session; ``demo_copy`` copies it."""
    from kiosk.services import demo
    if pg.ON_POSTGRES:
        return pg.template(demo.ensure_demo_data, based_on=migrated_template)
    path = tmp_path_factory.mktemp("demo-template") / "kiosk.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database(f"sqlite:///{path}")
    demo.ensure_demo_data(database)
    return _settled_file(database)


def _database_copied_from(template: Path, path: Path) -> Database:
    if pg.ON_POSTGRES:
        return pg.create(template)
    shutil.copyfile(template, path)
    return Database(f"sqlite:///{path}")


def _discard(database: Database) -> None:
    pg.drop(database) if pg.ON_POSTGRES else database.dispose()


def pytest_unconfigure(config):
    pg.stop()


@pytest.hookimpl(tryfirst=True)  # before -m "not slow" reads the marks
def pytest_collection_modifyitems(config, items):
    skip = pytest.mark.skip(reason="reaches into the SQLite file (sqlite_only)")
    for item in items:
        if pg.ON_POSTGRES and "sqlite_only" in item.keywords:
            item.add_marker(skip)
        elif not pg.ON_POSTGRES and _uses_the_server(item):
            # starting a PostgreSQL server takes seconds: the quick loop stays on SQLite
            item.add_marker(pytest.mark.slow)


_SERVER_MODULES = {"postgres_fixtures", "postgres_server"}


def _uses_the_server(item) -> bool:
    """Whether the test's module imports the tests' PostgreSQL server or its fixtures."""
    module = getattr(item, "module", None)
    return module is not None and any(
        getattr(value, "__name__", None) in _SERVER_MODULES
        or getattr(value, "__module__", None) in _SERVER_MODULES
        for value in vars(module).values())


@pytest.fixture
def db(tmp_path, migrated_template):
    """A fresh, migrated SQLite database in a temporary file (its own copy:
    tests never share a database)."""
    database = _database_copied_from(migrated_template, tmp_path / "kiosk.sqlite3")
    yield database
    _discard(database)


@pytest.fixture
def demo_copy(tmp_path, demo_template):
    """A fresh copy of the demo market in a temporary file."""
    database = _database_copied_from(demo_template, tmp_path / "kiosk.sqlite3")
    yield database
    _discard(database)


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


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item):
    """Really delete the widgets pytest-qt closed: its deleteLater() waits for an
    event loop that never runs between tests, so thousands of dead widgets piled
    up, and the first restyle (the kiosk theme) then repolished all of them (5 s)."""
    import sys
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
