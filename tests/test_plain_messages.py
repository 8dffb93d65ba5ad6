"""Issue 18 §2-3: messages a vendor reads are plain Thai with a way out; a bug says only
that the system failed, and its detail goes to the log."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import pytest

from kiosk import i18n
from kiosk.errors import InternalError
from kiosk.services import plot_beds, plot_plantings, plot_tasks
from kiosk.ui import actions
from tests.plot_helpers import seed_catalogue


def test_a_rotation_warning_names_the_family_in_thai(db, staff):
    crops = seed_catalogue(db)
    bed = plot_beds.add_bed(db, staff, "A1", 0, 25, 500, 100)
    first = plot_plantings.create_planting(db, staff, crops["chinese_kale"], bed.id,
                                           date(2026, 10, 20))
    with i18n.language("th"):
        again = plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id,
                                               first.planting.harvest_to + timedelta(days=20))
    rotation = next(w.message for w in again.warnings if w.code == "rotation")
    assert "ตระกูลกะหล่ำ" in rotation and "Brassicaceae" not in rotation


def test_a_bug_says_the_system_failed_and_logs_the_detail(caplog):
    def buggy():
        raise InternalError("unknown kind of task 'dance'")

    shown: list[str] = []
    with caplog.at_level(logging.ERROR):
        outcome = actions.attempt(None, buggy, show=shown.append)
    assert not outcome.ok and shown == [actions.system_failed()]
    assert "dance" not in shown[0] and "unknown kind of task 'dance'" in caplog.text


def test_the_system_failed_message_is_the_glossarys(qapp):
    from kiosk.ui.language import LanguageManager
    LanguageManager.instance().apply("th")
    try:
        assert actions.system_failed() == "ระบบขัดข้อง บันทึกไม่ได้ แจ้งผู้ดูแลระบบ"
    finally:
        LanguageManager.instance().apply("en")


def test_what_only_a_bug_can_ask_is_an_internal_error(db, staff):
    with pytest.raises(InternalError):
        plot_tasks.add_task(db, staff, "dance", date(2027, 3, 1))
    with pytest.raises(InternalError):
        plot_plantings.set_planting_status(db, staff, 1, "asleep")


def test_a_missing_scale_says_what_to_do_and_logs_what_the_port_said(caplog):
    from kiosk.devices import scale_link
    with caplog.at_level(logging.WARNING):
        detail = scale_link._detail(OSError(2, "No such file or directory"))
    message = scale_link.status_message(scale_link.DISCONNECTED, "/dev/ttyUSB0", detail)
    assert "No such file" not in message and "พิมพ์น้ำหนักเอง" in message
    assert "No such file or directory" in caplog.text
