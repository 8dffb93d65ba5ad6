"""PINs are checked off the UI thread (issue 11): the sign-in and the staff PIN dialog
keep painting, say they are checking, take no second press, and the service's lockout
rules are unchanged."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer

from kiosk.services import audit, auth
from kiosk.ui.sale.approval import StaffPinDialog
from ui_helpers import (enter_pin, open_window, tap, thai_afterwards,  # noqa: F401 (a fixture)
                        wait_for_background, wait_for_pin_check)

CHECK_SECONDS = 0.3


@pytest.fixture
def slow_pins(monkeypatch):
    """Each PIN hash as slow as scrypt on a tired PC, so a blocked UI thread shows."""
    real = auth.hash_pin

    def slow(pin: str, salt: bytes) -> bytes:
        time.sleep(CHECK_SECONDS)
        return real(pin, salt)

    monkeypatch.setattr(auth, "hash_pin", slow)


def type_pin(qtbot, window, operator_id: int, pin: str) -> None:
    """Tile, digits and OK, without waiting for the answer."""
    tap(qtbot, window.signin.tile_button(operator_id))
    for digit in pin:
        tap(qtbot, window.signin.keypad.button(digit))
    tap(qtbot, window.signin.keypad.button("ok"))


@pytest.fixture
def ticks():
    """The times a 10 ms timer fired: it fires only while the event loop runs."""
    fired: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: fired.append(time.perf_counter()))
    timer.start()
    yield fired
    timer.stop()
    del timer  # freed here, on the UI thread (never by a collection on a worker thread)


def test_the_event_loop_runs_while_a_wrong_pin_is_checked(db, vendor, qtbot, slow_pins, ticks):
    window = open_window(db, qtbot)
    signin = window.signin

    type_pin(qtbot, window, vendor.operator_id, "9999")
    assert signin.checking  # OK returned at once: the hash runs elsewhere
    assert signin.message_label.text() == "กำลังตรวจรหัสผ่าน…"
    assert not signin.keypad.isEnabled() and not signin.tile_grid.isEnabled()
    started = time.perf_counter()
    wait_for_pin_check(qtbot, signin)

    during = [t for t in ticks if t >= started]
    assert len(during) >= 10, f"the timer ran {len(during)} times in {CHECK_SECONDS} s"
    assert signin.message_label.text() == "รหัสผิด ลองได้อีก 4 ครั้ง"
    assert signin.keypad.isEnabled() and signin.tile_grid.isEnabled()


def test_a_pin_being_checked_cannot_be_sent_again(db, vendor, staff, qtbot, slow_pins):
    window = open_window(db, qtbot)
    signin = window.signin
    type_pin(qtbot, window, vendor.operator_id, "9999")
    assert signin.checking
    tap(qtbot, signin.keypad.button("ok"))            # the OK key again
    qtbot.keyClick(signin, Qt.Key.Key_Return)         # the keyboard's Enter
    signin._submit("9999")                            # the keypad's signal itself
    tap(qtbot, signin.tile_button(staff.operator_id))  # another person's tile
    wait_for_pin_check(qtbot, signin)

    assert [e.action for e in audit.recent_events(db, action="pin_failed")] == ["pin_failed"]
    assert signin.message_label.text() == "รหัสผิด ลองได้อีก 4 ครั้ง"
    assert signin.chosen_label.text() == vendor.name


def test_signing_in_and_the_lockout_work_as_before(db, vendor, staff, qtbot, slow_pins):
    window = open_window(db, qtbot)
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        enter_pin(qtbot, window, vendor.operator_id, "0000")
    locked = window.signin.message_label.text()
    assert locked.startswith("ใส่รหัสผิดหลายครั้ง ลองใหม่ได้หลัง ")
    enter_pin(qtbot, window, vendor.operator_id, "1111")  # locked: even the right PIN
    assert window.shell is None and window.signin.message_label.text() == locked

    enter_pin(qtbot, window, staff.operator_id, "2222")
    assert window.shell is not None and window.shell.operator_label.text() == staff.name


def test_a_wrong_staff_pin_is_hashed_against_every_staff_member_off_the_ui_thread(
        db, vendor, staff, admin, qtbot, slow_pins, thai_afterwards, ticks):
    approved = []
    dialog = StaffPinDialog(None, "discount", lambda approval: auth.approve_with_staff_pin(
        db, approval.pin, "discount", requested_by=vendor.operator_id), name="discount", db=db)
    qtbot.addWidget(dialog)
    dialog.done_with.connect(approved.append)
    dialog.show()

    dialog.pin_pad.set_value("9999")
    tap(qtbot, dialog.pin_pad.button("ok"))
    assert dialog.checking and not dialog.isEnabled()
    assert dialog.error.text() == "กำลังตรวจรหัสผ่าน…"
    started = time.perf_counter()
    dialog._pin_done("9999")  # a second OK while checking
    dialog.reject()  # Escape while checking: the action may be committing
    assert dialog.isVisible()
    wait_for_background()

    # the vendor's own PIN, then the staff and the admin: three slow hashes, never a frozen screen
    assert len([t for t in ticks if t >= started]) >= 20
    assert dialog.error.text() == "รหัสผิด ต้องใช้รหัสผ่านของเจ้าหน้าที่ ลองได้อีก 4 ครั้ง"
    assert dialog.isEnabled() and not approved
    assert [e.action for e in audit.recent_events(db, action="approval_failed")] == [
        "approval_failed"]

    dialog.pin_pad.set_value("2222")
    tap(qtbot, dialog.pin_pad.button("ok"))
    wait_for_background()
    assert [a.operator_id for a in approved] == [staff.operator_id]
    assert not dialog.isVisible()
