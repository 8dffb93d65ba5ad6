"""Every way the database file can fail gives a clear Thai message, never a traceback."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select

from kiosk import cli, db_errors, i18n, qtdeps, schema
from kiosk.db import Database
from kiosk.errors import DatabaseUnavailable
from kiosk.models import Participant
from kiosk.services import opening
from kiosk.services.opening import open_database


def _thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _fresh(path: Path) -> None:
    db = Database(_url(path))
    schema.upgrade(db)
    with db.unit_of_work() as session:
        session.add(Participant(name_th="สมศรี ใจดี", joined_on=date(2026, 1, 5)))
    db.dispose()


def _unavailable(url: str, **options) -> DatabaseUnavailable:
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(url, **options)
    assert _thai(caught.value.message)
    return caught.value


def test_a_new_database_is_created_with_the_current_schema(tmp_path):
    db = open_database(_url(tmp_path / "new" / "kiosk.sqlite3"))
    assert schema.is_current(db)
    db.dispose()


def test_missing_file_when_it_must_exist(tmp_path):
    path = tmp_path / "gone.sqlite3"
    error = _unavailable(_url(path), create=False)
    assert str(path) in error.message and "kiosk restore" in error.message
    assert not path.exists()  # looking did not create it


def test_a_folder_that_cannot_be_made(tmp_path):
    blocker = tmp_path / "usb"
    blocker.write_text("a file where the folder should be")
    error = _unavailable(_url(blocker / "kiosk" / "kiosk.sqlite3"))
    assert str(blocker / "kiosk") in error.message and "--db" in error.message


def test_a_read_only_file(tmp_path, monkeypatch):
    path = tmp_path / "kiosk.sqlite3"
    _fresh(path)
    real_access = opening.os.access
    monkeypatch.setattr(opening.os, "access",
                        lambda p, mode: False if Path(p) == path else real_access(p, mode))
    assert str(path) in _unavailable(_url(path)).message


def test_a_read_only_connection_is_explained_not_raised(tmp_path):
    path = tmp_path / "kiosk.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()  # not WAL yet
    # SQLite itself refuses the writes (switching to WAL, creating tables)
    error = _unavailable(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert error.message == db_errors.read_only(path).message


def test_a_database_locked_by_another_program(tmp_path, monkeypatch):
    monkeypatch.setattr("kiosk.db.SQLITE_BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "kiosk.sqlite3"
    _fresh(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO settings (key, value) VALUES ('language', '\"en\"')")
    try:
        error = _unavailable(_url(path))
        assert error.message == db_errors.locked(path).message
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip file, copied over the database by mistake" * 100)
    before = path.read_bytes()
    error = _unavailable(_url(path))
    assert error.message == db_errors.corrupt(path).message
    assert path.read_bytes() == before


def test_a_file_with_damaged_pages(tmp_path):
    path = tmp_path / "kiosk.sqlite3"
    _fresh(path)
    corrupt_table(path, "participants")
    error = _unavailable(_url(path))
    assert error.message == db_errors.corrupt(path).message


def test_a_schema_newer_than_the_code_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "kiosk.sqlite3"
    _fresh(path)
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    raw.close()
    error = _unavailable(_url(path))
    assert "9999" not in error.message  # says what to do, not the revision
    with sqlite3.connect(path) as raw:
        versions = {row[0] for row in raw.execute("SELECT version_num FROM alembic_version")}
    raw.close()
    assert "9999_from_the_future" in versions and versions - {"9999_from_the_future"} == schema.head_revisions()


def test_messages_follow_the_language(tmp_path, english):
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(_url(tmp_path / "gone.sqlite3"), create=False)
    assert not _thai(caught.value.message) and "not found" in caught.value.message


def test_a_server_that_cannot_be_reached():
    url = "postgresql://kiosk@office.local/kiosk"
    error = sa_exc.OperationalError("SELECT 1", {}, Exception("could not connect to server"))
    message = db_errors.explain(error, url)
    assert message is not None and "office.local" in message.message
    assert db_errors.explain(ValueError("a bug"), url) is None


def test_the_cli_prints_the_message_without_a_traceback(tmp_path, capsys):
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(b"not a database at all" * 50)
    assert cli.main(["--db", _url(path), "backup", str(tmp_path / "copy.sqlite3")]) == 1
    out, err = capsys.readouterr()
    assert err.strip() == db_errors.corrupt(path).message
    assert "Traceback" not in out + err
    assert not (tmp_path / "copy.sqlite3").exists()


def test_run_shows_the_message_on_screen(tmp_path, monkeypatch, capsys):
    import types
    shown: list[str] = []
    def run(open_db, kiosk_mode):  # as kiosk.ui.app.run: the message on screen, exit 1
        with pytest.raises(DatabaseUnavailable) as caught:
            open_db()
        shown.append(caught.value.message)
        return 1
    fake_app = types.SimpleNamespace(run=run)
    monkeypatch.setitem(__import__("sys").modules, "kiosk.ui.app", fake_app)
    monkeypatch.setattr(qtdeps, "missing_system_libraries", lambda: [])
    monkeypatch.setattr(qtdeps, "no_display", lambda: False)
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(b"\x00" * 4096)
    assert cli.main(["--db", _url(path), "run"]) == 1
    assert shown == [db_errors.corrupt(path).message]
    assert i18n.current_language() == "th" and _thai(shown[0])
    assert "Traceback" not in capsys.readouterr().err


def corrupt_table(path: Path, table: str) -> None:
    """Overwrite the pages of ``table`` with garbage (all connections closed)."""
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0
    raw.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0x0D, 0xFF, 0xFF]) + b"\xA5" * (page_size - 3))


def test_corrupt_table_really_damages_the_file(tmp_path):
    path = tmp_path / "kiosk.sqlite3"
    _fresh(path)
    corrupt_table(path, "participants")
    db = Database(_url(path))
    with pytest.raises(DatabaseUnavailable) as caught:  # kiosk.db words it
        with db.reading() as session:
            session.scalars(select(Participant)).all()
    assert caught.value.message == db_errors.corrupt(path).message
    assert isinstance(caught.value.__cause__, sa_exc.DatabaseError)
    db.dispose()
