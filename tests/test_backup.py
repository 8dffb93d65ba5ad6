"""Backup and restore: consistent copies, checked files, nothing lost on the way."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from kiosk import cli, console, schema
from kiosk.db import Database
from kiosk.errors import Conflict, DatabaseUnavailable, InvalidInput, KioskError
from kiosk.i18n import tr
from kiosk.models import AuditEvent, Participant
from kiosk import db_errors
from kiosk.services import audit, backup

NOON = datetime(2026, 11, 25, 12, 0, 0)


def _add(db: Database, *names: str) -> None:
    with db.unit_of_work() as session:
        session.add_all(Participant(name_th=name, joined_on=date(2026, 1, 5)) for name in names)


def _names(url: str) -> list[str]:
    db = Database(url)
    try:
        with db.reading() as session:
            return sorted(session.scalars(select(Participant.name_th)))
    finally:
        db.dispose()


def _actions(url: str) -> list[str]:
    db = Database(url)
    try:
        with db.reading() as session:
            return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    finally:
        db.dispose()


def _fingerprint(path: Path) -> tuple:
    with sqlite3.connect(path) as raw:
        rows = (tuple(raw.execute("SELECT * FROM participants ORDER BY id")),
                tuple(raw.execute("SELECT * FROM alembic_version ORDER BY 1")))
    raw.close()
    return rows


def test_round_trip_brings_the_data_back_and_keeps_what_it_replaced(db, staff, tmp_path):
    _add(db, "สมศรี ใจดี", "บุญมี รักผัก")
    made = backup.backup(db, tmp_path / "usb" / "monday.sqlite3", operator_id=staff.operator_id)
    assert made.path.is_file() and made.info.row_counts["participants"] == 2
    assert made.info.revisions == schema.head_revisions()
    assert audit.recent_events(db, action="backup")[0].target == str(made.path)
    # a self-contained file: no -wal beside it
    assert not Path(str(made.path) + "-wal").exists()

    _add(db, "มาลี ขายเก่ง")  # after the backup
    db.dispose()
    result = backup.restore(db.url, made.path, operator_id=staff.operator_id, now=NOON)

    assert _names(db.url) == ["บุญมี รักผัก", "สมศรี ใจดี"]
    assert result.kept_copy == db.sqlite_path.with_name("kiosk.before-restore-20261125-120000.sqlite3")
    assert _names(f"sqlite:///{result.kept_copy}") == ["บุญมี รักผัก", "มาลี ขายเก่ง", "สมศรี ใจดี"]
    assert _actions(db.url)[-1] == "restore"
    assert "backup" in _actions(f"sqlite:///{result.kept_copy}")
    assert not result.upgraded and schema.is_current(Database(db.url))


@pytest.mark.slow  # races a writer thread against the backup
def test_a_backup_taken_while_a_sale_is_being_written_is_consistent(db, tmp_path):
    _add(db, "สมศรี ใจดี")
    writer = sqlite3.connect(db.sqlite_path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO participants (name_th, nickname, phone, joined_on, active, notes) "
                   "VALUES ('ยังไม่บันทึก', '', '', '2026-11-25', 1, '')")
    # the other terminal commits a moment later; the backup's own audit row waits for it
    finishing = threading.Timer(0.3, writer.execute, ("COMMIT",))
    finishing.start()
    try:
        made = backup.backup(db, tmp_path / "during.sqlite3")
    finally:
        finishing.join()
        writer.close()
    assert made.info.row_counts["participants"] == 1
    assert _names(f"sqlite:///{made.path}") == ["สมศรี ใจดี"]
    assert _names(db.url) == ["ยังไม่บันทึก", "สมศรี ใจดี"]


def test_a_folder_gets_a_dated_file_name(db, tmp_path):
    made = backup.backup(db, str(tmp_path / "backups") + "/", now=NOON)
    assert made.path == tmp_path / "backups" / "kiosk-backup-20261125-120000.sqlite3"
    again = backup.backup(db, tmp_path / "backups", now=datetime(2026, 11, 26, 12, 0, 0))
    assert again.path.name == "kiosk-backup-20261126-120000.sqlite3"


def test_backup_refuses_the_database_itself(db):
    with pytest.raises(InvalidInput):
        backup.backup(db, db.sqlite_path)
    assert schema.is_current(db)


def _make_newer(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    raw.close()


@pytest.mark.parametrize("spoil, error", [
    (_make_newer, Conflict),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000)), InvalidInput),
    (lambda p: sqlite3.connect(p).execute("DROP TABLE alembic_version").connection.commit(), InvalidInput),
    (lambda p: p.unlink(), InvalidInput),
], ids=["newer schema", "not sqlite", "not a kiosk database", "missing"])
def test_restore_refuses_a_bad_file_and_changes_nothing(db, tmp_path, spoil, error):
    _add(db, "สมศรี ใจดี")
    made = backup.backup(db, tmp_path / "copy.sqlite3")
    _add(db, "มาลี ขายเก่ง")
    db.dispose()
    before = _fingerprint(db.sqlite_path)
    spoil(made.path)
    with pytest.raises(error):
        backup.restore(db.url, made.path)
    assert _fingerprint(db.sqlite_path) == before
    assert list(db.sqlite_path.parent.glob("*before-restore*")) == []


def test_restore_refuses_a_backup_with_damaged_pages(db, tmp_path):
    from test_opening import corrupt_table
    _add(db, *(f"สมาชิก {n}" for n in range(40)))
    made = backup.backup(db, tmp_path / "copy.sqlite3")
    corrupt_table(made.path, "participants")
    with pytest.raises(InvalidInput, match="copy.sqlite3"):
        backup.restore(db.url, made.path)


def test_restore_of_an_older_backup_upgrades_it(tmp_path):
    old_path = tmp_path / "old.sqlite3"
    old = Database(f"sqlite:///{old_path}")
    with old.engine.begin() as connection:
        config = schema.alembic_config(old.url)
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_foundation")
        # in SQL: today's model has columns that 0001 does not
        connection.execute(text("INSERT INTO participants (name_th, nickname, phone, joined_on, "
                                "active, notes) VALUES ('สมศรี ใจดี', '', '', '2026-01-05', 1, '')"))
    old.dispose()
    target = f"sqlite:///{tmp_path / 'live' / 'kiosk.sqlite3'}"
    result = backup.restore(target, old_path)
    assert result.kept_copy is None  # there was nothing to replace
    assert result.upgraded == (schema.head_revisions() != {"0001_foundation"})
    assert schema.is_current(Database(target))
    assert _names(target) == ["สมศรี ใจดี"]


def test_restore_over_a_damaged_database_keeps_the_damaged_file(db, tmp_path):
    _add(db, "สมศรี ใจดี")
    made = backup.backup(db, tmp_path / "copy.sqlite3")
    db.dispose()
    garbage = b"\x00\xff" * 8192
    db.sqlite_path.write_bytes(garbage)
    result = backup.restore(db.url, made.path, now=NOON)
    assert result.kept_copy.read_bytes() == garbage
    assert _names(db.url) == ["สมศรี ใจดี"]


def test_a_server_restore_without_its_file_or_tools_is_refused_in_words(tmp_path):
    # (tests/test_postgres_backup.py restores on a server with pg_restore)
    with pytest.raises(KioskError):
        backup.restore("postgresql://kiosk@office.local/kiosk", tmp_path / "x.sqlite3")


# -- through the command line ----------------------------------------------------------
def test_backup_and_restore_commands(db, tmp_path, capsys, monkeypatch):
    _add(db, "สมศรี ใจดี")
    db.dispose()
    target = tmp_path / "copy.sqlite3"
    assert cli.main(["--db", db.url, "backup", str(target)]) == 0
    assert str(target) in capsys.readouterr().out

    _add(db, "มาลี ขายเก่ง")
    db.dispose()
    answers = iter(["ไม่", "กู้คืน"])
    monkeypatch.setattr(console, "ask", lambda prompt: next(answers))
    assert cli.main(["restore", str(target), "--db", db.url]) == 1  # said no
    assert tr("Nothing was changed.") in capsys.readouterr().err
    assert _names(db.url) == ["มาลี ขายเก่ง", "สมศรี ใจดี"]
    assert cli.main(["restore", str(target), "--db", db.url]) == 0  # typed the word
    out = capsys.readouterr().out
    kept = list(tmp_path.glob("kiosk.before-restore-*.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in out
    assert _names(db.url) == ["สมศรี ใจดี"]
    assert _names(f"sqlite:///{kept[0]}") == ["มาลี ขายเก่ง", "สมศรี ใจดี"]


def test_restore_with_yes_does_not_ask(db, tmp_path, monkeypatch):
    made = backup.backup(db, tmp_path / "copy.sqlite3")
    db.dispose()
    monkeypatch.setattr(console, "ask", lambda prompt: pytest.fail("asked"))
    assert cli.main(["--db", db.url, "restore", "--yes", str(made.path)]) == 0


def test_restore_command_refuses_a_newer_backup(db, tmp_path, capsys):
    made = backup.backup(db, tmp_path / "copy.sqlite3")
    db.dispose()
    _make_newer(made.path)
    assert cli.main(["--db", db.url, "restore", "--yes", str(made.path)]) == 1
    err = capsys.readouterr().err
    assert "copy.sqlite3" in err and "Traceback" not in err
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in err)


def test_restore_into_a_database_another_program_locks_changes_nothing(db, tmp_path, monkeypatch):
    monkeypatch.setattr("kiosk.db.SQLITE_BUSY_TIMEOUT_MS", 50)
    _add(db, "สมศรี ใจดี")
    made = backup.backup(db, tmp_path / "copy.sqlite3")
    _add(db, "มาลี ขายเก่ง")
    db.dispose()
    other = sqlite3.connect(db.sqlite_path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            backup.restore(db.url, made.path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.message == db_errors.locked(db.sqlite_path).message
    assert _names(db.url) == ["มาลี ขายเก่ง", "สมศรี ใจดี"]
