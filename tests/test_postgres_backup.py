"""`kiosk backup` and `kiosk restore` on PostgreSQL through pg_dump and pg_restore
(the test server's own, put on the PATH), and a clear message without them."""

from __future__ import annotations

import os
from datetime import date

import pytest
from sqlalchemy import func, select

import postgres_server
from kiosk import cli, console
from kiosk.errors import InvalidInput, KioskError
from kiosk.models import Participant
from kiosk.models.ledger import JournalEntry
from kiosk.money import Money
from kiosk.services import audit, backup, backup_crypto, backup_server, fund, fund_postings
from kiosk.services.checks import registered_checks
from postgres_fixtures import pg_db, pg_template  # noqa: F401

THAI = range(0x0E00, 0x0E80)


@pytest.fixture
def tools(monkeypatch):
    """pg_dump and pg_restore on the PATH (the pgserver wheel's, as the server's)."""
    monkeypatch.setenv("PATH", f"{postgres_server._binaries()}{os.pathsep}{os.environ['PATH']}")


def donate(db, key: str, baht: int) -> None:
    fund_postings.record_donation(db, key=key, donor="ร้านป้าศรี", amount=Money.baht(baht),
                         on=date(2026, 11, 2), received_into="cash")


def entries(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(JournalEntry))


def problems(db) -> list[str]:
    with db.reading() as session:
        return [f"{name}: {p}" for name, check in registered_checks().items()
                for p in check(session)]


def test_a_backup_is_checked_and_a_restore_brings_it_back_whole(pg_db, tools, tmp_path):
    donate(pg_db, "first", 500)
    with pg_db.unit_of_work() as session:
        session.add(Participant(name_th="สมศรี ใจดี", nickname="ศรี", joined_on=date(2025, 1, 5)))
    made = backup.backup(pg_db, f"{tmp_path}/")
    assert made.path.suffix == ".pgdump" and made.path.parent == tmp_path
    assert made.info.row_counts["ledger_entries"] == 1
    assert made.info.row_counts["participants"] == 1
    assert backup.inspect_backup(made.path).row_counts == made.info.row_counts
    donate(pg_db, "after the backup", 300)
    assert entries(pg_db) == 2
    url = pg_db.url
    pg_db.dispose()
    result = backup.restore(url, made.path)
    assert entries(pg_db) == 1 and fund.available(pg_db) == Money.baht(500)
    assert problems(pg_db) == []
    kept = backup.inspect_backup(result.kept_copy)  # what it replaced, donation and all
    assert kept.row_counts["ledger_entries"] == 2
    assert [e.action for e in audit.recent_events(pg_db, limit=1)] == ["restore"]
    assert "***" not in str(result.database) and pg_db.engine.url.database in str(result.database)


def test_a_sealed_backup_is_opened_with_the_key(pg_db, tools, tmp_path):
    backup_crypto.save_passphrase("ตลาดจอมพล 2569 สำรอง")
    donate(pg_db, "first", 500)
    made = backup.backup(pg_db, tmp_path / "sealed.pgdump")
    assert backup_crypto.is_encrypted(made.path) and not backup_server.is_dump(made.path)
    donate(pg_db, "second", 100)
    backup.restore(pg_db.url, made.path)
    assert entries(pg_db) == 1


def test_without_pg_dump_the_message_says_what_to_install(pg_db, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    with pytest.raises(KioskError) as refused:
        backup.backup(pg_db, tmp_path / "copy.pgdump")
    assert any(ord(ch) in THAI for ch in refused.value.message)
    assert "pg_dump" in refused.value.message and list(tmp_path.iterdir()) == []


def test_the_wrong_kind_of_backup_is_refused_before_anything_changes(pg_db, db, tools, tmp_path):
    sqlite_copy = tmp_path / "stall.sqlite3"
    backup.backup(db, sqlite_copy) if db.sqlite_path else sqlite_copy.write_bytes(b"SQLite")
    donate(pg_db, "first", 500)
    with pytest.raises(InvalidInput, match="kiosk db copy"):
        backup.restore(pg_db.url, sqlite_copy)
    dump = backup.backup(pg_db, tmp_path / "server.pgdump").path
    if db.sqlite_path is not None:
        with pytest.raises(InvalidInput, match="PostgreSQL"):
            backup.restore(db.url, dump)
    assert entries(pg_db) == 1


def test_the_commands_back_up_and_restore_on_the_server(pg_db, tools, tmp_path, capsys,
                                                        monkeypatch):
    donate(pg_db, "first", 500)
    pg_db.dispose()
    target = tmp_path / "office.pgdump"
    assert cli.main(["--db", pg_db.url, "backup", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    donate(pg_db, "second", 100)
    pg_db.dispose()
    answers = iter(["ไม่"])
    monkeypatch.setattr(console, "ask", lambda prompt: next(answers))
    assert cli.main(["--db", pg_db.url, "restore", str(target)]) == 1  # asked, said no
    assert entries(pg_db) == 2
    pg_db.dispose()
    assert cli.main(["--db", pg_db.url, "restore", "--yes", str(target)]) == 0
    assert "kiosk-before-restore-" in capsys.readouterr().out
    assert entries(pg_db) == 1


def test_the_kiosk_login_backs_up_but_only_the_owner_restores(tools, tmp_path, english):
    import postgres_fixtures as pg
    from kiosk.db import Database
    from kiosk.errors import DatabaseUnavailable
    from kiosk.services import db_server
    admin = pg.server().url("postgres")
    name, role = pg.new_name("stall"), pg.new_name("kiosk")
    db_server.init_server(admin, database=name, role=role, owner=f"{role}_owner")
    kiosk = Database(pg.server().url(name).replace("postgres@", f"{role}@"))
    try:
        donate(kiosk, "first", 500)
        made = backup.backup(kiosk, tmp_path / "stall.pgdump")  # pg_dump as the login role
        donate(kiosk, "second", 100)
        with pytest.raises(DatabaseUnavailable, match="owns no tables"):
            backup.restore(kiosk.url, made.path)  # it may not drop the guarded tables
        assert entries(kiosk) == 2  # all or nothing: nothing
        backup.restore(db_server.as_role(admin, name, f"{role}_owner"), made.path)
        assert entries(kiosk) == 1 and problems(kiosk) == []
        donate(kiosk, "after the restore", 100)  # the login still sells on what came back
    finally:
        kiosk.dispose()
        pg.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_days_automatic_backup_on_a_server_is_named_as_the_archive_it_is(pg_db, tools,
                                                                             tmp_path):
    from datetime import datetime

    from kiosk.services import backup_daily, backup_rotation, settings
    settings.change(pg_db, None, backup_folder=str(tmp_path))
    # yesterday's, made the same way, is rotated with it: both are automatic backups
    old = tmp_path / backup_rotation.auto_name(datetime(2025, 1, 1, 18), ".pgdump")
    old.write_bytes(b"PGDMP")
    result = backup_daily.back_up_after_close(pg_db, now=datetime(2026, 11, 30, 18, 5))
    assert result.ok, result.message
    assert result.path.name == "kiosk-auto-20261130-180500.pgdump"
    assert backup_server.is_dump(result.path)
    assert "ledger_entries" in backup.inspect_backup(result.path).row_counts
    # the older one is its month's last backup: the rotation counted it and kept it
    assert backup_rotation.stamp_of(old.name) == datetime(2025, 1, 1, 18) and old.exists()
