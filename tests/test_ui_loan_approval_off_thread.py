"""A write-off or a reschedule is approved with a staff PIN that the service hashes
against every staff member: that runs off the UI thread (issue 11), the form says it
is checking, takes no second post, and shows the service's answer when it comes."""

from __future__ import annotations

from kiosk.services import loan_views
from kiosk.ui.fund.loan_forms import RescheduleForm, WriteOffForm
from kiosk.ui.i18n import tr
from test_ui_loan_actions import asked, new_loan, somsri  # noqa: F401 (fixtures)
from test_ui_pin_off_thread import slow_pins, ticks  # noqa: F401 (fixtures)
from ui_helpers import wait_for_background


def open_form(qtbot, ctx, kind):
    form = kind(ctx)
    qtbot.addWidget(form)
    form.fill_choices()
    form.show()
    return form


def loan_state(db, loan_id):
    status = loan_views.loan_view(db, loan_id).status
    return status.written_off, status.schedule_version


def test_a_write_off_hashes_the_pin_off_the_ui_thread_and_posts_once(
        db, ui_context, qtbot, asked, somsri, slow_pins, ticks):
    loan_id = new_loan(db, somsri)
    before = loan_state(db, loan_id)
    form = open_form(qtbot, ui_context, WriteOffForm)
    form.reason.insert("ย้ายไปต่างจังหวัด")  # typed (QTest types ASCII only)
    qtbot.keyClicks(form.pin, "2222")
    assert form.post_button.isEnabled()
    form.post_button.click()
    started = len(ticks)
    assert form.posting and not form.post_button.isEnabled()
    assert form.hint.text() == tr("Checking the PIN…")
    form.post_button.click()  # a second tap while it checks does nothing
    qtbot.keyClicks(form.reason, " ")  # typing meanwhile does not enable it again
    assert not form.post_button.isEnabled()
    qtbot.waitUntil(lambda: not form.posting, timeout=10_000)
    assert len(ticks) - started >= 5  # the event loop ran while the PIN was hashed
    assert before == (False, 1) and loan_state(db, loan_id) == (True, 1)
    assert form.reason.text() == "" and form.pin.text() == ""  # posted: the form is cleared


def test_a_wrong_pin_is_refused_in_the_services_words_and_keeps_what_was_typed(
        db, ui_context, qtbot, asked, somsri, monkeypatch):
    from kiosk.ui import dialogs
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, message: shown.append(message))
    loan_id = new_loan(db, somsri)
    before = loan_state(db, loan_id)
    form = open_form(qtbot, ui_context, RescheduleForm)
    form.reason.insert("ขายไม่ดีช่วงฝนตก")
    qtbot.keyClicks(form.pin, "9999")
    form.post_button.click()
    qtbot.waitUntil(lambda: not form.posting, timeout=10_000)
    wait_for_background()
    assert shown == ["รหัสผิด ต้องใช้รหัสผ่านของเจ้าหน้าที่ ลองได้อีก 4 ครั้ง"]  # the service's words
    assert form.reason.text() == "ขายไม่ดีช่วงฝนตก" and form.pin.text() == "9999"
    assert form.post_button.isEnabled()
    assert loan_state(db, loan_id) == before
