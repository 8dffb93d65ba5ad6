"""The shell: navigation by role, lazy screens, language switch, idle sign-out, reports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget

from kiosk import i18n
from kiosk.dates import format_date, today
from kiosk.services import audit, settings
from kiosk.ui import dialogs
from kiosk.ui.audit_view import AuditTableModel, action_label, format_details
from kiosk.ui.reports import screen as reports_screen
from kiosk.ui.screen import Screen
from ui_helpers import PINS, enter_pin, open_window, tap, thai_afterwards  # noqa: F401


def signed_in_window(db, qtbot, who, pin, size=(1280, 800)):
    window = open_window(db, qtbot, size)
    enter_pin(qtbot, window, who.operator_id, pin)
    assert window.shell is not None
    return window


@pytest.mark.parametrize(("role", "keys", "labels"), [
    ("vendor", ["sale", "plot"], ["ขายสินค้า", "แปลงผัก"]),
    ("staff", ["sale", "plot", "fund", "reports"], ["ขายสินค้า", "แปลงผัก", "กองทุน", "รายงาน"]),
    ("admin", ["sale", "plot", "fund", "reports", "settings"],
     ["ขายสินค้า", "แปลงผัก", "กองทุน", "รายงาน", "ตั้งค่า"]),
])
@pytest.mark.slow  # every screen of the role built
def test_the_role_decides_the_navigation(db, qtbot, request, role, keys, labels):
    who = request.getfixturevalue(role)
    window = signed_in_window(db, qtbot, who, PINS[role])
    shell = window.shell
    assert shell.keys() == keys
    assert [shell.nav_buttons[k].text() for k in keys] == labels
    for key in keys:
        tap(qtbot, shell.nav_buttons[key])
        assert shell.current_key() == key
        assert isinstance(shell.current_screen(), Screen)
        assert shell.current_screen().isVisible()
        # a screen larger than the display scrolls; the window never grows past it
        assert window.size().width() <= 1280 and window.size().height() <= 800
        assert shell.screen_title.text() == shell.current_screen().title()
    with pytest.raises(KeyError):
        shell.show_screen("nowhere")
    if role == "vendor":
        with pytest.raises(KeyError):
            shell.show_screen("settings")


def test_the_top_bar_shows_who_today_in_be_and_the_time(db, staff, qtbot):
    window = signed_in_window(db, qtbot, staff, "2222")
    shell = window.shell
    assert shell.operator_label.text() == staff.name
    assert shell.role_label.text() == "เจ้าหน้าที่"
    assert shell.date_label.text() == format_date(today())
    assert str(today().year + 543) in shell.date_label.text()
    assert len(shell.clock_label.text()) == 5 and shell.clock_label.text()[2] == ":"


@pytest.mark.slow  # every screen built
def test_screens_are_built_on_first_visit_and_destroyed_at_sign_out(db, admin, qtbot):
    window = signed_in_window(db, qtbot, admin, "3333")
    shell = window.shell
    assert list(shell.screens) == ["sale"]  # only what is shown
    tap(qtbot, shell.nav_buttons["fund"])
    fund = shell.screens["fund"]
    tap(qtbot, shell.nav_buttons["sale"])
    tap(qtbot, shell.nav_buttons["fund"])
    assert shell.screens["fund"] is fund  # built once per session
    bus = shell.ctx.bus

    destroyed = []
    for screen in shell.screens.values():
        screen.destroyed.connect(lambda *_: destroyed.append(True))
    tap(qtbot, shell.sign_out_button)

    assert window.shell is None
    assert window.stack.currentWidget() is window.signin
    qtbot.waitUntil(lambda: len(destroyed) == 2)
    assert bus._relay not in db._listeners  # the session's DataBus is detached
    last = audit.recent_events(db, limit=1)[0]
    assert (last.action, last.details) == ("sign_out", {"reason": "manual"})
    assert not window.signin.keypad.isEnabled()  # nobody chosen, nothing typed

    enter_pin(qtbot, window, admin.operator_id, "3333")
    assert window.shell.ctx.bus is not bus  # one DataBus per signed-in shell
    assert list(window.shell.screens) == ["sale"]


def test_language_switches_at_run_time_without_rebuilding(db, staff, qtbot, thai_afterwards):
    window = signed_in_window(db, qtbot, staff, "2222")
    shell = window.shell
    sale_button = shell.nav_buttons["sale"]
    heading = shell.current_screen().findChild(QLabel, "sale_heading")
    assert sale_button.text() == "ขายสินค้า"

    tap(qtbot, shell.language_toggle.button("en"))
    assert window.shell is shell and shell.nav_buttons["sale"] is sale_button
    assert sale_button.text() == "Sale"
    assert shell.sign_out_button.text() == "Sign out"
    assert shell.role_label.text() == "Staff"
    if heading is not None:  # the placeholder's heading, while it lasts
        assert heading.text() == "Sale"
    assert i18n.current_language() == "en"  # services' messages follow
    assert settings.read(db, "language") == "th"  # this session only: the start language stays
    assert shell.language_toggle.button("en").isChecked()

    tap(qtbot, shell.language_toggle.button("th"))
    assert sale_button.text() == "ขายสินค้า"
    assert shell.date_label.text() == format_date(today(), "th")
    assert settings.read(db, "language") == "th"
    assert audit.recent_events(db, action="setting_change") == []  # a switch is no settings change
    tap(qtbot, shell.language_toggle.button("en"))
    window.sign_out()  # the next person starts in the kiosk's language again
    assert window.signin.prompt_label.text() == "กดชื่อของคุณ แล้วใส่รหัสผ่าน"


def test_the_saved_language_is_used_at_start(db, vendor, qtbot, thai_afterwards):
    settings.change(db, None, language="en")
    window = open_window(db, qtbot)
    assert window.signin.prompt_label.text() == "Tap your name to sign in"
    assert window.signin.language_toggle.button("en").isChecked()


def test_idle_sign_out_after_the_configured_time(db, vendor, qtbot):
    settings.change(db, None, idle_sign_out_seconds=42)
    window = signed_in_window(db, qtbot, vendor, "1111")
    assert window.idle.timeout_ms() == 42_000 and window.idle.is_running()

    window.idle.set_timeout_ms(150)  # a tiny timeout for the test
    qtbot.waitUntil(lambda: window.shell is None, timeout=3000)

    assert window.stack.currentWidget() is window.signin
    last = audit.recent_events(db, limit=1)[0]
    assert (last.action, last.operator_name, last.details) == ("sign_out", vendor.name,
                                                               {"reason": "idle"})
    assert not window.idle.is_running()  # nobody signed in: nothing to time out


def test_input_keeps_the_session_alive(db, vendor, qtbot):
    window = signed_in_window(db, qtbot, vendor, "1111")
    window.idle.set_timeout_ms(1000)
    countdown = window.idle.findChild(QTimer)
    # Each kind of input starts the countdown again: what is left jumps back
    # up (read off the timer rather than waiting out real timeouts).
    for use in (lambda: qtbot.mouseMove(window.shell, window.shell.rect().center()),
                lambda: qtbot.keyClick(window.shell, Qt.Key.Key_Shift)):
        qtbot.wait(400)
        left = countdown.remainingTime()
        use()
        assert countdown.remainingTime() > left + 200  # coarse timers round by up to 5 %
    assert window.shell is not None
    window.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.shell is None, timeout=3000)


def test_touch_targets_and_text_are_large_enough(db, admin, qtbot):
    window = signed_in_window(db, qtbot, admin, "3333")
    for root in (window.shell, window.signin):
        window.stack.setCurrentWidget(root)
        qtbot.wait(10)
        for button in root.findChildren(QAbstractButton):
            if button.isVisible():
                assert button.height() >= 48, button.objectName()
        for label in root.findChildren(QLabel):
            if label.isVisible() and label.text():
                assert label.font().pixelSize() >= 18 or label.fontInfo().pixelSize() >= 18, \
                    label.objectName()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_shell_fits_other_screen_sizes(db, admin, qtbot, size):
    window = signed_in_window(db, qtbot, admin, "3333", size)
    shell = window.shell
    for button in shell.nav_buttons.values():
        assert shell.rect().contains(button.mapTo(shell, button.rect().bottomRight()))
    bar_right = shell.sign_out_button.mapTo(shell, shell.sign_out_button.rect().bottomRight())
    assert bar_right.x() <= shell.width()


# -- reports and the audit log -----------------------------------------------------------

def test_the_audit_log_is_a_tab_of_reports(db, staff, vendor, qtbot, qtmodeltester):
    window = signed_in_window(db, qtbot, staff, "2222")
    tap(qtbot, window.shell.nav_buttons["reports"])
    screen = window.shell.current_screen()
    assert screen.tabs.tabText(0) == "บันทึกการใช้งาน"
    model = screen.tab("audit").model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["วันที่และเวลา", "ผู้ใช้", "รายการ", "เกี่ยวกับ", "รายละเอียด"]
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[1:4] == [staff.name, "เข้าใช้งาน", staff.name]
    assert str(today().year + 543) in first[0]

    rows = model.rowCount()
    settings.change(db, staff.operator_id, idle_sign_out_seconds=60)  # refreshes by itself
    assert model.rowCount() == rows + 1
    assert model.index(0, 2).data() == "เปลี่ยนการตั้งค่า"


def test_audit_actions_have_human_names_and_unknown_codes_show_as_words(thai_afterwards):
    assert action_label("pin_failed") == "ใส่รหัสผิด"
    assert action_label("lockout") == "ล็อกชั่วคราว"
    assert action_label("something_new") == "something new"  # words, never a raw code
    assert format_details({"reason": "idle"}) == "เหตุผล: ไม่มีคนใช้งานนาน"
    assert format_details({"action": "refund", "other": 3}) == "รายการ: คืนเงิน, other: 3"
    empty = AuditTableModel()
    assert empty.rowCount() == 0 and empty.index(0, 0).data() is None


def test_another_issue_can_add_a_report_tab(ui_context, qtbot, monkeypatch, thai_afterwards):
    monkeypatch.setattr(reports_screen, "TABS", list(reports_screen.TABS))
    reports_screen.register_tab("day", lambda: "ยอดขายวันนี้", lambda ctx: QWidget())
    with pytest.raises(ValueError):
        reports_screen.register_tab("day", lambda: "x", lambda ctx: QWidget())
    screen = reports_screen.ReportsScreen(ui_context)
    qtbot.addWidget(screen)
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert titles[0] == "บันทึกการใช้งาน" and titles[-1] == "ยอดขายวันนี้"  # others register too
    extra = QWidget()
    index = screen.add_tab("more", extra, lambda: "เพิ่ม")
    assert screen.tabs.widget(index) is extra and screen.tab("more") is extra


# -- dialogs --------------------------------------------------------------------------------

def test_dialogs_return_what_the_person_chose(monkeypatch, qapp):
    monkeypatch.setattr(dialogs.TouchDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert dialogs.confirm(None, "ยืนยัน?") is True
    assert dialogs.ask_text(None, "ชื่อ?", text="  ฝน ") == "ฝน"
    monkeypatch.setattr(dialogs.TouchDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialogs.confirm(None, "ยืนยัน?") is False
    assert dialogs.ask_text(None, "ชื่อ?") is None
    dialog = dialogs.TouchDialog(None, "ผิดพลาด", role="error", accept_text="ตกลง",
                                 reject_text="ยกเลิก")
    assert dialog.accept_button.minimumHeight() >= 48
    assert dialog.reject_button.text() == "ยกเลิก"
    dialog.deleteLater()


def test_a_screen_that_fails_to_build_does_not_stop_the_kiosk(db, staff, qtbot, monkeypatch):
    from kiosk.ui.shell import ALL_ROLES, NavItem
    window = signed_in_window(db, qtbot, staff, "2222")
    shell = window.shell
    broken = NavItem("fund", "kiosk.ui.no_such_screen", "Nothing", lambda: "กองทุน", "fund",
                     ALL_ROLES)
    monkeypatch.setattr(shell, "items", [broken if i.key == "fund" else i for i in shell.items])
    with qtbot.capture_exceptions() as exceptions:
        tap(qtbot, shell.nav_buttons["fund"])
    assert [type(e[1]) for e in exceptions] == [ModuleNotFoundError]  # logged, not hidden
    assert shell.current_key() == "fund"
    body = shell.current_screen().findChildren(QLabel)
    assert any(label.text() == "หน้านี้เปิดไม่ได้ บอกเจ้าหน้าที่" for label in body)
    tap(qtbot, shell.nav_buttons["plot"])  # the rest still works
    assert shell.current_key() == "plot"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_sign_in_fits_small_screens(db, vendor, staff, admin, qtbot, size):
    window = open_window(db, qtbot, size)
    hint = window.signin.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1]
    assert (window.width(), window.height()) == size


def test_a_fatal_error_is_shown_in_thai_before_any_window(monkeypatch, thai_afterwards):
    from PySide6.QtWidgets import QMessageBox

    from kiosk.ui import app as app_module
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.text(), box.informativeText(), [b.text() for b in box.buttons()])) or 0)
    app_module.show_fatal_error("ไม่พบไฟล์ฐานข้อมูล")
    assert shown == [("เปิดโปรแกรมไม่ได้", "ไม่พบไฟล์ฐานข้อมูล", ["ตกลง"])]
