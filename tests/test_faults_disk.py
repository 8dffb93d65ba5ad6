"""A full disk, a read-only file, a pulled USB stick, a backup cut half way, a lock that lasts:
a clear Thai message, the sale saved whole or not at all, nothing lost."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk import db_errors
from kiosk.db import Database
from kiosk.errors import DatabaseUnavailable
from kiosk.models.sales import Sale
from kiosk.money import Money
from kiosk.services import backup, backup_daily, sale_commit, sales, settings
from kiosk.services.sale_rules import PaymentRequest
from kiosk.services.checks import registered_checks

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import bench_crash  # noqa: E402

THAI = range(0x0E00, 0x0E80)


def thai(text: str) -> bool:
    return any(ord(ch) in THAI for ch in text)


def problems(db: Database) -> list[str]:
    with db.reading() as session:
        return [f"{name}: {p}" for name, check in registered_checks().items() for p in check(session)]


def sale_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Sale.id)))


def a_cart(db: Database):
    from decimal import Decimal
    from kiosk.services import catalog
    from kiosk.services.cart import Cart
    cart = Cart()
    for tile in catalog.product_tiles(db)[:6]:
        cart = cart.add(tile.line(Decimal(1)))
    return cart


def sell(db: Database, who):  # noqa: ANN001
    cart = a_cart(db)
    return sale_commit.commit_sale(db, cart, who, PaymentRequest(cash_tendered=cart.total))


def selling(db: Database):
    from kiosk.services import trading_day
    who = bench_crash.vendor(db)
    if not trading_day.day_state(db).opened:
        sales.open_day(db, who, Money(0))
    return who


# -- a full disk -------------------------------------------------------------------------------
# The child limits the size of the files it may write (ulimit -f): the same error a full
# disk gives, without root, a loop device or a tmpfs. SIGXFSZ is ignored so write() fails.
_FULL_DISK_CHILD = r"""
import os, resource, signal, sys
sys.path.insert(0, sys.argv[2])
import bench_crash
from kiosk.db import Database
from kiosk.errors import DatabaseUnavailable
from kiosk.services import sales, backup
from test_faults_disk import sell, selling
db = Database(sys.argv[1])
who = selling(db)
with db.engine.connect() as connection:
    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
size = os.path.getsize(db.sqlite_path)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, limit))  # the USB stick is full
try:
    backup.backup(db, sys.argv[3])
except Exception as error:
    print("BACKUP", type(error).__name__, error.message, flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 8192, limit))  # and now the computer's disk
committed = 0
try:
    while True:
        sell(db, who)
        committed += 1
        print("COMMITTED", committed, flush=True)
except DatabaseUnavailable as error:
    print("FAILED", error.message, flush=True)
"""


@pytest.mark.slow  # a child process
def test_a_full_disk_says_so_in_thai_and_keeps_every_sale_whole(demo_copy, tmp_path):
    url = demo_copy.url
    demo_copy.dispose()
    tests = Path(__file__).resolve().parent
    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK_CHILD, url, str(tests.parent / "bench"),
         str(tmp_path / "usb" / "copy.sqlite3")],
        capture_output=True, text=True, timeout=120, cwd=tests,
        env=dict(os.environ, PYTHONPATH=str(tests)))
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    backup_line = next(line for line in lines if line.startswith("BACKUP"))
    assert backup_line.startswith("BACKUP DestinationUnwritable") and thai(backup_line)
    assert not list((tmp_path / "usb").glob("*"))  # no half backup left behind
    failed = next(line for line in lines if line.startswith("FAILED"))[len("FAILED "):]
    with_path = db_errors.cannot_write(demo_copy.sqlite_path).message
    assert failed == with_path and thai(failed)  # full, not "damaged: restore a backup"
    committed = sum(line.startswith("COMMITTED") for line in lines)
    db = Database(url)
    try:
        assert problems(db) == []
        before = sale_count(db) - committed
        assert before >= 0
        # the sale that did not fit is not there at all; the others are, whole (checks above)
        who = selling(db)
        sell(db, who)
        assert sale_count(db) == before + committed + 1  # space again: selling goes on
    finally:
        db.dispose()


# -- a read-only database ----------------------------------------------------------------------
@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_database_file_says_so_and_writes_nothing(demo_copy):
    db = demo_copy
    who = selling(db)
    before = sale_count(db)
    db.dispose()
    os.chmod(db.sqlite_path, 0o400)
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            sell(db, who)
        assert caught.value.message == db_errors.read_only(db.sqlite_path).message
        assert thai(caught.value.message)
    finally:
        db.dispose()
        os.chmod(db.sqlite_path, 0o600)
    assert sale_count(db) == before and problems(db) == []


def test_a_read_only_database_when_root_cannot_be_made_read_only_by_mode(demo_copy):
    """Where chmod does not bind (root), SQLite's own read-only open gives the same message."""
    who = selling(demo_copy)
    before = sale_count(demo_copy)
    demo_copy.dispose()
    read_only = Database(f"sqlite:///file:{demo_copy.sqlite_path}?mode=ro&uri=true")
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            sell(read_only, who)
        assert thai(caught.value.message) and "read-only" not in caught.value.message
        assert caught.value.message == db_errors.read_only(demo_copy.sqlite_path).message
    finally:
        read_only.dispose()
    assert sale_count(demo_copy) == before


# -- a lock held longer than the busy timeout -----------------------------------------------------
def test_a_lock_that_outlasts_the_bound_is_a_clear_message_and_nothing_is_written(
        demo_copy, monkeypatch):
    monkeypatch.setattr("kiosk.db.SQLITE_BUSY_TIMEOUT_MS", 200)
    db = Database(demo_copy.url)  # connections made with the short bound
    who = selling(db)
    before = sale_count(db)
    other = sqlite3.connect(db.sqlite_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another window mid-way through a long write
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            sell(db, who)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.message == db_errors.locked(db.sqlite_path).message
    assert thai(caught.value.message) and "database is locked" not in caught.value.message
    assert sale_count(db) == before
    db.dispose()


def test_a_short_lock_is_waited_for_not_reported(demo_copy):
    """Within the bound the second window simply waits: the person never sees "locked"."""
    db = demo_copy
    who = selling(db)
    before = sale_count(db)
    other = sqlite3.connect(db.sqlite_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, other.execute, ("COMMIT",))
    release.start()
    try:
        sell(db, who)
    finally:
        release.join()
        other.close()
    assert sale_count(db) == before + 1


# -- the backup folder gone, a backup cut half way ------------------------------------------------
def test_the_usb_stick_pulled_fails_the_backup_in_thai_and_writes_nowhere(demo_copy, admin, tmp_path):
    stick = tmp_path / "media" / "USB"
    stick.mkdir(parents=True)
    backup_daily.save_folder(demo_copy, admin, str(stick))
    stick.rmdir()  # pulled out
    result = backup_daily.back_up_after_close(demo_copy, admin.operator_id)
    assert not result.ok and str(stick) in result.message and thai(result.message)
    assert not stick.exists()  # not made again on the computer's own disk
    assert backup_daily.standing(demo_copy).stale


def test_a_backup_cut_half_way_leaves_no_file_that_looks_good(demo_copy, tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    good = backup.backup(demo_copy, folder / "yesterday.sqlite3")

    def half_then_fail(source, target):  # noqa: ANN001
        target.execute("CREATE TABLE half (x)")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(backup, "_backup_api", half_then_fail)
    result = backup_daily.back_up_after_close(demo_copy)
    assert not result.ok and thai(result.message)
    assert sorted(p.name for p in folder.iterdir()) == ["yesterday.sqlite3"]
    assert backup.inspect_backup(good.path).row_counts == good.info.row_counts
    assert problems(demo_copy) == []


def test_a_backup_killed_half_way_is_never_taken_for_a_backup(demo_copy, tmp_path):
    """SIGKILL during the copy: only a hidden .partial can be left, which restore refuses
    by name and rotation never counts."""
    from kiosk.services import backup_rotation
    folder = tmp_path / "usb"
    folder.mkdir()
    partial = folder / f".{backup_rotation.auto_name(__import__('datetime').datetime(2026, 11, 30, 18))}.partial"
    partial.write_bytes(demo_copy.sqlite_path.read_bytes()[:5000])
    assert backup_rotation.stamp_of(partial.name) is None
    with pytest.raises(Exception) as caught:
        backup.inspect_backup(partial)
    assert thai(caught.value.message)
    settings.change(demo_copy, None, backup_folder=str(folder))
    assert backup_daily.back_up_after_close(demo_copy).ok
