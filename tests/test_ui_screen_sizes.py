"""Issue 10 §4: the window within the screen, full screen without a window manager,
sign-in tiles and category chips never lost or cut, Thai marks never clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea

from kiosk.models import Role
from kiosk.services import auth
from kiosk.ui import app as app_module
from kiosk.ui.keypad import MessageLine
from ui_helpers import enter_pin, open_window, thai_afterwards, wait_for_pin_check  # noqa: F401


def started_window(db, monkeypatch, kiosk_mode):
    """The window kiosk run shows (the sign-in; the database opens after its first frame)."""
    made = []
    real = app_module.show_window

    def show(window, kiosk_mode):
        made.append(window)
        real(window, kiosk_mode)

    monkeypatch.setattr(app_module, "show_window", show)
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    assert app_module.run(lambda: db, kiosk_mode=kiosk_mode) == 0
    return made[0]


def test_the_window_never_exceeds_the_screen(db, vendor, qtbot, monkeypatch):
    window = started_window(db, monkeypatch, kiosk_mode=False)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_kiosk_mode_covers_the_screen_by_itself(db, vendor, qtbot, monkeypatch):
    window = started_window(db, monkeypatch, kiosk_mode=True)
    qtbot.addWidget(window)
    assert window.geometry() == window.screen().geometry()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_signin_tiles_reflow_when_the_window_shrinks(db, qtbot):
    for n in range(15):
        auth.create_operator(db, f"พี่คน{n} นามสกุลยาวมาก", Role.VENDOR, "1234")
    window = open_window(db, qtbot, (1920, 1080))
    window.resize(1024, 768)
    qtbot.wait(50)
    area = window.signin.findChild(QScrollArea, "signin_tiles_scroll")
    grid = window.signin.tile_grid
    assert grid.width() <= area.viewport().width()
    for tile in grid.tiles:  # every tile is within the visible width; rows scroll down
        assert tile.geometry().right() <= area.viewport().width()
    assert area.verticalScrollBar().maximum() > 0


def test_signin_names_wrap_on_two_lines_not_mid_word(db, qtbot):
    name = "พี่แอน ศิริพร (เจ้าหน้าที่)"
    operator = auth.create_operator(db, name, Role.STAFF, "2222")
    window = open_window(db, qtbot, (1920, 1080))
    tile = window.signin.tile_button(operator)
    lines = tile.text().split("\n")
    assert len(lines) == 2 and "…" not in tile.text()
    assert " ".join(lines) == name
    for line in lines:
        assert tile.fontMetrics().horizontalAdvance(line) <= tile.width()


def test_category_chips_are_never_cut(qtbot, ui_context, db):
    from kiosk.models import Category
    from kiosk.ui.sale import SaleScreen
    from tests.sales_helpers import make_catalogue
    make_catalogue(db)
    with db.unit_of_work() as session:
        for n in range(6):
            session.add(Category(code=f"C{n}", name_th=f"หมวดผักพื้นบ้าน {n}",
                                 name_en=f"Local vegetables {n}", sort_order=n + 1))
    screen = SaleScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(892, 684)  # the page beside the navigation at 1024x768
    screen.show()
    qtbot.waitExposed(screen)
    bar = screen.grid.category_bar
    assert len(screen.grid.category_buttons) == 8
    for button in screen.grid.category_buttons.values():
        assert bar.rect().contains(button.geometry()), button.text()
        assert button.width() >= button.sizeHint().width()


def test_product_names_fit_their_tile_whole(qtbot, ui_context):
    from kiosk.ui.sale.tiles import TileDelegate
    delegate = TileDelegate()
    rect = QRect(0, 0, 130 - 20, 56)
    for name in ("Green oak lettuce", "Chinese cabbage", "Bird's eye chili", "Holy basil",
                 "ผักกาดหอมใบแดง ออร์แกนิก"):
        font = delegate.fitted_name_font(name, rect)
        metrics = QFontMetrics(font)
        bounds = metrics.boundingRect(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                                      name)
        assert bounds.height() <= rect.height(), name
        assert all(metrics.horizontalAdvance(word) <= rect.width() for word in name.split())


def test_owner_picker_has_no_sideways_scroll_bar(qtbot):
    from kiosk.ui.sale.owner import OwnerDialog
    owners = {n: f"นางสาวสมศรีสุดา ใจดีมีสุขตลอดกาล ({n})" for n in range(1, 12)}
    dialog = OwnerDialog(None, owners)
    qtbot.addWidget(dialog)
    dialog.resize(620, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.area
    assert area.horizontalScrollBar().maximum() == 0
    assert area.widget().width() <= area.viewport().width()
    for button in dialog.buttons.values():
        for line in button.text().split("\n"):
            assert button.fontMetrics().horizontalAdvance(line) <= button.width()


def test_thai_marks_are_not_clipped_in_a_message(qtbot):
    from kiosk.ui.app import ensure_app
    ensure_app()
    label = MessageLine(None)
    qtbot.addWidget(label)
    label.resize(420, label.height())
    text = "ปิดยอดวันนี้แล้ว (รายงาน Z) ขายหรือคืนเงินเพิ่มวันนี้ไม่ได้ ที่นี่ผู้ใช้ต้องกดปุ่มสีเขียว"
    label.show_message(text)
    label.show()
    qtbot.waitExposed(label)
    inner = label.contentsRect()
    bounds = label.fontMetrics().boundingRect(inner, int(Qt.TextFlag.TextWordWrap), text)
    assert bounds.height() <= inner.height()


def test_the_signin_message_holds_two_thai_lines_and_moves_no_key(db, vendor, qtbot):
    window = open_window(db, qtbot, (1024, 768))
    signin = window.signin
    signin.choose(vendor.operator_id)
    key = signin.keypad.button("5").geometry()
    for _ in range(4):
        signin._submit("0000")
        wait_for_pin_check(qtbot, signin)
    label = signin.message_label
    text = label.text()
    assert text
    inner = label.contentsRect()
    bounds = label.fontMetrics().boundingRect(inner, int(Qt.TextFlag.TextWordWrap), text)
    assert bounds.height() <= inner.height()
    assert signin.keypad.button("5").geometry() == key


def test_a_locked_database_at_sign_in_is_a_message(db, vendor, qtbot, monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError
    from kiosk.services import auth as auth_service

    def locked(*args, **kwargs):
        raise OperationalError("UPDATE operators", {}, sqlite3.OperationalError("database is locked"))

    window = open_window(db, qtbot, (1024, 768))
    monkeypatch.setattr(auth_service, "sign_in", locked)
    window.signin.choose(vendor.operator_id)
    window.signin._submit("1111")
    wait_for_pin_check(qtbot, window.signin)
    assert window.shell is None
    assert window.signin.message_label.text() and window.signin.keypad.isEnabled()


@pytest.mark.parametrize("language", ["th", "en", "th"])
def test_a_staff_top_bar_with_the_backup_warning_fits_1024(db, staff, qtbot, thai_afterwards,
                                                            language):
    # found by looking: the overdue-backup note pushed a staff member's window to 1149 px
    from kiosk.ui.language import LanguageManager
    from kiosk.ui.shell import Shell
    window = open_window(db, qtbot, (1024, 768))
    enter_pin(qtbot, window, staff.operator_id, "2222")
    LanguageManager.instance().apply(language)
    shell = window.findChild(Shell)
    assert shell.backup_banner.isVisible()  # a new database has no backup yet
    qtbot.wait(10)
    assert window.width() <= 1024 and shell.minimumSizeHint().width() <= 1024
