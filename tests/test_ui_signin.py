"""Sign-in: operator tiles, the PIN keypad (on screen and physical), lockout."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hyp_settings, strategies as st
from PySide6.QtCore import Qt

from kiosk.services import audit
from kiosk.ui.keypad import MASK_CHAR, Keypad
from kiosk.ui.signin_tiles import initial
from ui_helpers import (enter_pin, open_window, tap, thai_afterwards,  # noqa: F401
                        wait_for_pin_check)


def test_the_right_pin_opens_the_shell_with_the_operators_name(db, vendor, staff, qtbot):
    window = open_window(db, qtbot)
    assert window.stack.currentWidget() is window.signin
    assert {b.text() for b in window.signin.tile_grid.tiles} == {vendor.name, staff.name}

    enter_pin(qtbot, window, vendor.operator_id, "1111")

    assert window.shell is not None
    assert window.stack.currentWidget() is window.shell
    assert window.shell.operator_label.text() == vendor.name
    assert window.shell.keys() == ["sale", "plot"]
    assert audit.recent_events(db, action="sign_in")[0].operator_name == vendor.name


def test_a_wrong_pin_says_how_many_tries_are_left(db, vendor, qtbot):
    window = open_window(db, qtbot)
    enter_pin(qtbot, window, vendor.operator_id, "9999")

    assert window.shell is None
    message = window.signin.message_label
    assert message.isVisible()
    assert message.text() == "รหัสผิด ลองได้อีก 4 ครั้ง"
    assert message.property("role") == "error"
    assert window.signin.keypad.value() == ""  # ready for the next try
    # typing again clears the old message
    tap(qtbot, window.signin.keypad.button("1"))
    assert message.property("role") == "hint"


def test_five_wrong_pins_lock_the_operator(db, vendor, qtbot):
    window = open_window(db, qtbot)
    from kiosk.services.auth import MAX_FAILED_ATTEMPTS
    for tries_left in range(MAX_FAILED_ATTEMPTS - 1, 0, -1):  # the lockout's own count
        enter_pin(qtbot, window, vendor.operator_id, "0000")
        assert window.signin.message_label.text() == f"รหัสผิด ลองได้อีก {tries_left} ครั้ง"
    enter_pin(qtbot, window, vendor.operator_id, "0000")
    locked = window.signin.message_label.text()
    # until when, and who can help
    assert locked.startswith("ใส่รหัสผิดหลายครั้ง ลองใหม่ได้หลัง ") and " น. " in locked
    assert locked.endswith("หรือเรียกเจ้าหน้าที่")

    enter_pin(qtbot, window, vendor.operator_id, "1111")  # even the right PIN now
    assert window.shell is None
    assert window.signin.message_label.text() == locked
    assert [e.action for e in audit.recent_events(db, limit=2)] == ["lockout", "pin_failed"]


def test_a_physical_keyboard_types_the_pin(db, staff, qtbot):
    window = open_window(db, qtbot)
    tap(qtbot, window.signin.tile_button(staff.operator_id))
    keypad = window.signin.keypad
    assert keypad.hasFocus() or window.signin.isVisible()
    qtbot.keyClicks(keypad, "2223")
    qtbot.keyClick(keypad, Qt.Key.Key_Backspace)
    qtbot.keyClicks(keypad, "2")
    # the digits never show: only dots
    assert keypad.value() == "2222"
    assert keypad._display.text() == MASK_CHAR * 4
    qtbot.keyClick(keypad, Qt.Key.Key_Return)
    wait_for_pin_check(qtbot, window.signin)
    assert window.shell is not None and window.shell.operator_label.text() == staff.name


def test_nobody_chosen_means_the_keypad_waits(db, vendor, qtbot):
    window = open_window(db, qtbot)
    assert not window.signin.keypad.isEnabled()
    assert window.signin.message_label.text() == "กดชื่อของคุณทางซ้าย"


def test_an_empty_database_explains_why_nobody_can_sign_in(db, qtbot):
    window = open_window(db, qtbot)
    assert window.signin.tile_grid.tiles == []
    assert window.signin.empty_label.isVisible()
    assert "ยังไม่มีผู้ใช้" in window.signin.empty_label.text()


def test_the_sign_in_screen_switches_language_without_rebuilding(db, vendor, qtbot,
                                                                  thai_afterwards):
    window = open_window(db, qtbot)
    title = window.signin.title_label
    assert title.text() == "ตลาดจอมพล ผักปลอดสารพิษ"
    tap(qtbot, window.signin.language_toggle.button("en"))
    assert window.signin.title_label is title
    assert title.text() == "Talad Jompol: pesticide-free vegetables"
    assert window.signin.keypad.button("ok").text() == "OK"
    # a service's message follows too
    enter_pin(qtbot, window, vendor.operator_id, "1212")
    assert window.signin.message_label.text() == "Wrong PIN. 4 tries left."
    tap(qtbot, window.signin.language_toggle.button("th"))
    assert window.signin.message_label.text() == "รหัสผิด ลองได้อีก 4 ครั้ง"
    assert window.signin.keypad.button("ok").text() == "ตกลง"


@pytest.mark.parametrize(("name", "letter"), [
    ("น้องฝน ขายดี", "ฝ"), ("พี่แดง จัดการ", "ด"), ("เก่ง ผักชี", "ก"), ("ป้า", "ป"),
    ("Somchai", "S"), ("", "?"),
])
def test_avatars_show_the_first_letter_of_the_name_itself(name, letter):
    assert initial(name) == letter


# -- the keypad on its own (the point of sale reuses it) ------------------------------

def test_keypad_submits_its_value(qtbot):
    pad = Keypad(max_length=4)
    qtbot.addWidget(pad)
    assert not pad.button("ok").isEnabled()
    for key in "12345":
        tap(qtbot, pad.button(key))
    assert pad.value() == "1234"  # max_length
    tap(qtbot, pad.button("back"))
    with qtbot.waitSignal(pad.submitted) as blocker:
        tap(qtbot, pad.button("ok"))
    assert blocker.args == ["123"]
    tap(qtbot, pad.button("clear"))
    assert pad.value() == ""


def test_keypad_with_a_decimal_point(qtbot):
    pad = Keypad(allow_decimal=True)
    qtbot.addWidget(pad)
    for key in ".5.":
        tap(qtbot, pad.button(key))
    assert pad.value() == "0.5"
    qtbot.keyClicks(pad, "25")
    assert pad.value() == "0.525"


@hyp_settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keys=st.lists(st.sampled_from(list("0123456789.") + ["back", "clear"]), max_size=20),
       decimal=st.booleans())
def test_keypad_value_is_always_a_number_it_can_hold(qapp, keys, decimal):
    pad = Keypad(allow_decimal=decimal, max_length=7)
    for key in keys:
        if key == "." and not decimal:
            continue
        pad.press(key)
    value = pad.value()
    assert len(value) <= 7
    assert value.count(".") <= (1 if decimal else 0)
    assert value == "" or value.replace(".", "", 1).isdigit()
    pad.deleteLater()
