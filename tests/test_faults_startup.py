"""A database that fails its quick check at start: said in Thai, the last good backup offered
(verified first), restored with a staff PIN from it, the damaged file kept."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk import cli, db_errors, qtdeps
from kiosk.dates import BANGKOK
from kiosk.models import Participant
from kiosk.services import backup_daily, startup_check
from kiosk.services.opening import open_database
from test_opening import corrupt_table

OLD, GOOD, NEWEST = (datetime(2026, 11, d, 18, 0, tzinfo=BANGKOK) for d in (20, 27, 28))


def thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


@pytest.fixture
def damaged(db, staff):
    """Three automatic backups beside the database (the newest itself damaged), then the
    database damaged too."""
    with db.unit_of_work() as session:
        session.add_all(Participant(name_th=f"สมาชิก {n}", joined_on=date(2026, 1, 5)) for n in range(40))
    for moment in (OLD, GOOD, NEWEST):
        assert backup_daily.back_up_after_close(db, now=moment).ok
    folder = db.sqlite_path.parent / "backups"
    corrupt_table(folder / "kiosk-auto-20261128-180000.sqlite3", "participants")
    db.dispose()
    corrupt_table(db.sqlite_path, "participants")
    with pytest.raises(db_errors.DamagedDatabase):
        open_database(db.url)
    return db


def _names(url: str) -> int:
    database = open_database(url)
    try:
        with database.reading() as session:
            return len(session.scalars(select(Participant.name_th)).all())
    finally:
        database.dispose()


def test_the_last_good_backup_skips_a_damaged_newer_one(damaged):
    good = startup_check.last_good_backup(damaged.url)
    assert good.path.name == "kiosk-auto-20261127-180000.sqlite3"
    assert good.made == GOOD.replace(tzinfo=None)


def test_the_offer_restores_with_a_staff_pin_and_keeps_the_damaged_file(qtbot, damaged):
    from kiosk.ui.restore_offer import RestoreOfferDialog
    message = db_errors.corrupt(damaged.sqlite_path).message
    dialog = RestoreOfferDialog(damaged.url, message, startup_check.last_good_backup(damaged.url))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "kiosk-auto-20261127" in dialog.offer.text()
    qtbot.keyClicks(dialog.pin, "1234")  # not a staff PIN in that backup
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() and dialog.result() == 0
    with pytest.raises(db_errors.DamagedDatabase):
        open_database(damaged.url)
    qtbot.keyClicks(dialog.pin, "2222")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _names(damaged.url) == 40
    kept = list(damaged.sqlite_path.parent.glob("kiosk.before-restore-*.sqlite3"))
    assert len(kept) == 1


def test_without_a_good_backup_kiosk_run_says_what_to_do_and_offers_nothing(db, gui, monkeypatch,
                                                                          capsys):
    from kiosk.ui.restore_offer import RestoreOfferDialog
    monkeypatch.setattr(RestoreOfferDialog, "ask", lambda *a: pytest.fail("nothing to offer"))
    db.dispose()
    corrupt_table(db.sqlite_path, "alembic_version")
    assert startup_check.last_good_backup(db.url) is None
    assert cli.main(["--db", db.url, "run"]) == 1 and gui == []
    err = capsys.readouterr().err
    assert "kiosk restore" in err and thai(err)


@pytest.fixture
def gui(monkeypatch):
    """kiosk.ui.app.run as it behaves: the database opened after the first frame, a
    failure shown and exit 1."""
    from kiosk.errors import KioskError
    started = []

    def run(open_db, kiosk_mode):
        try:
            started.append(open_db())
        except KioskError:
            return 1
        return 0
    monkeypatch.setitem(sys.modules, "kiosk.ui.app", types.SimpleNamespace(run=run))
    monkeypatch.setattr(qtdeps, "missing_system_libraries", lambda: [])
    monkeypatch.setattr(qtdeps, "no_display", lambda: False)
    return started


def test_kiosk_run_offers_the_restore_and_starts_on_the_restored_database(damaged, gui, monkeypatch):
    from kiosk.ui.restore_offer import RestoreOfferDialog
    offered = []

    def ask(url, message, good):  # noqa: ANN001, ANN202 - the person types the PIN, taps Restore
        offered.append(message)
        startup_check.restore_last_good(url, good, lambda: "2222")
        return True
    monkeypatch.setattr(RestoreOfferDialog, "ask", ask)
    assert cli.main(["--db", damaged.url, "run"]) == 0
    assert thai(offered[0]) and offered[0] == db_errors.corrupt(damaged.sqlite_path).message
    assert len(gui) == 1 and _names(damaged.url) == 40


def test_kiosk_run_quits_when_the_restore_is_declined(damaged, gui, monkeypatch):
    from kiosk.ui.restore_offer import RestoreOfferDialog
    monkeypatch.setattr(RestoreOfferDialog, "ask", lambda url, message, good: False)
    assert cli.main(["--db", damaged.url, "run"]) == 1
    assert gui == []
    with pytest.raises(db_errors.DamagedDatabase):
        open_database(damaged.url)


# -- the sign-in first, the database after its first frame -------------------------------------
def test_nothing_heavy_is_imported_before_the_sign_ins_first_frame():
    """What `kiosk run` imports before it paints: the command line, Qt and the sign-in only."""
    import subprocess
    code = ("import sys, kiosk.cli, kiosk.ui.app; from kiosk.cli import _quick_run; "
            "assert _quick_run(['--db', 'sqlite:///x.sqlite3', 'run', '--kiosk']).kiosk; "
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', "
            "'reportlab', 'openpyxl') or m.startswith(('kiosk.models', 'kiosk.services', 'kiosk.db'))); "
            "print(heavy)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_window_paints_then_opens_the_database_then_shows_the_operators(qtbot, demo_copy):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from kiosk.ui import app as gui
    from kiosk.ui.signin import OperatorTileButton
    seen = {}

    def window():  # noqa: ANN202
        return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")

    def open_db():  # noqa: ANN202
        shown = window()
        seen["painted first"] = shown.isVisible() and not shown.signin.findChildren(OperatorTileButton)

        def after() -> None:
            seen["tiles"] = len(window().signin.findChildren(OperatorTileButton))
            QApplication.instance().quit()
        QTimer.singleShot(0, after)
        return demo_copy
    assert gui.run(open_db, kiosk_mode=False) == 0
    assert seen == {"painted first": True, "tiles": 8}


def test_a_database_that_cannot_open_is_shown_and_the_exit_code_is_1(qtbot, monkeypatch):
    from kiosk.errors import DatabaseUnavailable
    from kiosk.ui import app as gui
    shown = []
    monkeypatch.setattr(gui, "show_fatal_error", shown.append)

    def open_db():  # noqa: ANN202
        raise DatabaseUnavailable("ฐานข้อมูลเปิดไม่ได้")
    assert gui.run(open_db, kiosk_mode=False) == 1
    assert shown == ["ฐานข้อมูลเปิดไม่ได้"]
