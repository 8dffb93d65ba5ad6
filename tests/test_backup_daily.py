"""The automatic backup at the day's close: its folder, rotation, file modes, the overdue warning,
and a failed backup that never stops the day from closing."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from kiosk.dates import BANGKOK, today
from kiosk.errors import InvalidInput, NotAllowed
from kiosk.money import Money
from kiosk.services import audit, backup, backup_daily, backup_rotation, sale_commit, sales, settings
from kiosk.services.sale_rules import PaymentRequest
from kiosk.ui import dialogs
from kiosk.ui.backup_job import wait_for_backups
from tests.sales_helpers import cart_of, make_catalogue, open_day
from ui_helpers import wait_for_background

CLOSE = datetime(2026, 11, 30, 18, 30, tzinfo=BANGKOK)


def thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def mode(path) -> int:  # noqa: ANN001
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usb(db, admin, tmp_path):
    stick = tmp_path / "media" / "USB"
    stick.mkdir(parents=True)
    backup_daily.save_folder(db, admin, str(stick))
    return stick


def test_the_close_backup_goes_to_the_usb_folder_checked_and_private(db, usb):
    result = backup_daily.back_up_after_close(db, now=CLOSE)
    assert result.ok and result.path == usb / "kiosk-auto-20261130-183000.sqlite3"
    assert backup.inspect_backup(result.path).row_counts["operators"] == 1
    assert mode(result.path) == 0o600  # readable by its owner only
    assert audit.recent_events(db, action="backup")[0].target == str(result.path)
    assert not backup_daily.standing(db).stale and backup_daily.stale_warning(db) == ""


def test_rotation_on_disk_keeps_14_daily_and_12_monthly_and_never_a_hand_made_file(db, usb):
    start = CLOSE - timedelta(days=400)
    for n in range(400):
        (usb / backup_rotation.auto_name(start + timedelta(days=n))).write_bytes(b"old")
    (usb / "before-the-move.sqlite3").write_bytes(b"by hand")
    result = backup_daily.back_up_after_close(db, now=CLOSE)
    left = sorted(p.name for p in usb.iterdir())
    assert "before-the-move.sqlite3" in left and result.path.name in left
    autos = [name for name in left if backup_rotation.stamp_of(name)]
    days = {backup_rotation.stamp_of(name).date() for name in autos}
    assert len(autos) == len(days) == 14 + 12 - 1  # November's newest is also a daily
    assert len(result.removed) == 400 + 1 - len(autos)


def test_without_a_folder_it_backs_up_beside_the_database(db):
    result = backup_daily.back_up_after_close(db, now=CLOSE)
    assert result.ok and result.path.parent == db.sqlite_path.parent / "backups"


def test_the_folder_is_checked_before_it_is_saved(db, admin, staff, tmp_path, english):
    for typed in ("backups", "/no/such/usb", "/tmp/\x00x", "x" * 500):
        with pytest.raises(InvalidInput):
            backup_daily.save_folder(db, admin, typed)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(InvalidInput):
        backup_daily.save_folder(db, admin, str(a_file))
    with pytest.raises(NotAllowed):
        backup_daily.save_folder(db, staff, str(tmp_path))
    assert settings.read(db, "backup_folder") == ""
    assert backup_daily.save_folder(db, admin, f"  {tmp_path}  ") == str(tmp_path)
    assert backup_daily.save_folder(db, admin, "") == ""  # back to beside the database


def test_the_warning_comes_after_two_days_without_a_good_backup(db, usb):
    assert thai(backup_daily.stale_warning(db))  # never backed up
    backup_daily.back_up_after_close(db)
    last = backup_daily.standing(db).last_at
    assert backup_daily.stale_warning(db, last + timedelta(days=2)) == ""
    late = backup_daily.stale_warning(db, last + timedelta(days=2, minutes=1))
    assert thai(late) and "2" in late
    # a failed backup is no good backup
    usb.rename(usb.with_name("gone"))
    assert not backup_daily.back_up_after_close(db).ok
    assert backup_daily.standing(db).last_at == last


def test_an_unexpected_error_is_a_message_not_a_crash(db, monkeypatch):
    monkeypatch.setattr(backup, "backup", lambda *a, **k: 1 / 0)
    result = backup_daily.back_up_after_close(db)
    assert not result.ok and "ZeroDivisionError" in result.message and thai(result.message)


def test_a_new_database_file_is_readable_by_its_owner_only(tmp_path):
    from kiosk.services.opening import open_database
    db = open_database(f"sqlite:///{tmp_path / 'new' / 'kiosk.sqlite3'}")
    try:
        with db.unit_of_work() as session:
            settings.put(session, "stall_phone", "0812345678")
        assert mode(db.sqlite_path) == 0o600
        wal = db.sqlite_path.with_name("kiosk.sqlite3-wal")
        assert not wal.exists() or mode(wal) == 0o600
    finally:
        db.dispose()


def test_a_restore_into_a_new_place_is_private_too(db, tmp_path):
    made = backup.backup(db, tmp_path / "copy.sqlite3")
    result = backup.restore(f"sqlite:///{tmp_path / 'elsewhere' / 'kiosk.sqlite3'}", made.path)
    assert mode(result.database) == 0o600


# -- on screen ------------------------------------------------------------------------------------
def _close_the_day(qtbot, ui_context, db, monkeypatch, tmp_path):  # noqa: ANN001, ANN202
    from kiosk.ui.printing import PrintRunner
    from kiosk.ui.sale.day import DayDialog
    products = make_catalogue(db)
    settings.change(db, None, printer_kind="pdf", receipt_folder=str(tmp_path / "papers"))
    open_day(db, ui_context.who)
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), ui_context.who,
                      PaymentRequest(cash_tendered=Money.baht(20)))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    dialog = DayDialog(ui_context, PrintRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.close_button_z, Qt.MouseButton.LeftButton)
    for key in "20":
        qtbot.mouseClick(dialog.keypad.button(key), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.keypad.button("ok"), Qt.MouseButton.LeftButton)
    pin = dialog.dialog
    for key in "2222":
        qtbot.mouseClick(pin.pin_pad.button(key), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin.pin_pad.button("ok"), Qt.MouseButton.LeftButton)
    wait_for_background()
    assert wait_for_backups()
    qtbot.waitUntil(lambda: "..." not in dialog.message.text(), timeout=10000)
    return dialog


def test_closing_the_day_backs_up_and_says_so(qtbot, ui_context, db, usb, monkeypatch, tmp_path):
    dialog = _close_the_day(qtbot, ui_context, db, monkeypatch, tmp_path)
    assert sales.day_report(db, today()).closed
    assert len(list(usb.glob("kiosk-auto-*.sqlite3"))) == 1
    assert dialog.message.property("state") == "ok"


def test_a_failed_backup_never_stops_the_day_closing(qtbot, ui_context, db, usb, monkeypatch,
                                                     tmp_path):
    usb.rmdir()  # the USB stick was pulled before the close
    dialog = _close_the_day(qtbot, ui_context, db, monkeypatch, tmp_path)
    assert sales.day_report(db, today()).closed  # the day closed all the same
    assert str(usb) in dialog.message.text() and dialog.message.property("state") == "error"


@pytest.mark.slow  # two signed-in windows
def test_staff_see_the_overdue_backup_and_vendors_do_not(qtbot, db, staff, vendor, usb):
    from kiosk.ui.shell import Shell, make_context
    shell = Shell(make_context(db, staff))
    qtbot.addWidget(shell)
    shell.show()
    assert shell.backup_banner.isVisible() and shell.backup_banner.text()
    backup_daily.back_up_after_close(db)  # the bus hears "backup"
    qtbot.waitUntil(lambda: not shell.backup_banner.isVisible(), timeout=3000)
    for_vendor = Shell(make_context(db, vendor))
    qtbot.addWidget(for_vendor)
    assert not hasattr(for_vendor, "backup_banner")


def test_the_settings_tab_saves_the_folder_and_backs_up_now(qtbot, db, admin, tmp_path):
    from kiosk.ui.context import AppContext, DataBus
    from kiosk.ui.settings.backup_tab import BackupTab
    bus = DataBus(db)
    tab = BackupTab(AppContext(db, bus, admin))
    qtbot.addWidget(tab)
    tab.show()
    tab.folder.setText("relative/path")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.property("state") == "error"
    assert settings.read(db, "backup_folder") == ""
    tab.folder.setText(str(tmp_path))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert settings.read(db, "backup_folder") == str(tmp_path)
    qtbot.mouseClick(tab.now_button, Qt.MouseButton.LeftButton)
    assert wait_for_backups()
    qtbot.waitUntil(lambda: tab.now_button.isEnabled(), timeout=10000)
    assert len(list(tmp_path.glob("kiosk-auto-*.sqlite3"))) == 1
    assert tab.message.property("state") == "ok"
    bus.detach()
