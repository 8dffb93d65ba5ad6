"""Office screens and dialogs in the states people meet them, an error shown in each,
in Thai and in English, fit 1280x800 without scrolling and 1024x768 without sideways
scrolling; dialogs fit the screen whole.

Dialogs visited (every QDialog under kiosk/ui/plot, people, settings and the fund's):
planting, harvest, bed history, planting status, crop form, training form, new
account, the fund's summary and overpayment confirmations. Settings > Devices with a
port refused and with the scale's live test showing an overload."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle

import serial

from kiosk.dates import today
from kiosk.devices.scale_link import ScaleConfig
from kiosk.models import Role
from kiosk.services import auth, plot_beds, plot_views
from kiosk.ui.devices import scale_monitor
from kiosk.ui.settings.devices import DevicesTab
from kiosk.ui.fund import confirm
from kiosk.ui.fund.account_form import AccountForm
from kiosk.ui.language import LanguageManager
from kiosk.ui.plot.crops import CropDialog
from kiosk.ui.plot.dialogs import BedHistoryDialog, HarvestDialog, PlantingDialog
from kiosk.ui.plot.status import StatusDialog
from kiosk.ui.plot.training import TrainingDialog
from ui_helpers import enter_pin, open_window, tap, thai_afterwards  # noqa: F401

pytestmark = pytest.mark.slow
SIZES = ((1280, 800), (1024, 768))
BAD = {"donation": ("amount", "12.345"), "grant": ("amount", "99,999,999"),
       "loan": ("principal", "99,999,999"), "repayment": ("amount", "abc"),
       "payout": ("amount", "99,999,999"), "reschedule": ("rate", "12.345"),
       "write_off": ("reason", ""), "month_close": (None, None)}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def misfit(screen, size, state) -> str | None:
    settle()
    frame = screen.parentWidget().parentWidget()
    assert isinstance(frame, QScrollArea)
    page, hint = frame.size(), screen.minimumSizeHint()
    where = f"{size[0]}x{size[1]} {screen.key} / {state}: needs {hint.width()}x{hint.height()}, " \
            f"page {page.width()}x{page.height()}"
    if size == (1280, 800):
        if hint.width() > page.width() or hint.height() > page.height() \
                or frame.verticalScrollBar().maximum() or frame.horizontalScrollBar().maximum():
            return where
        return None
    width = page.width()
    if hint.height() > page.height():
        width -= frame.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return where if hint.width() > width or frame.horizontalScrollBar().maximum() else None


def office_states(qtbot, shell):
    """Yield (screen, state) for the office views with something chosen and an error shown."""
    tap(qtbot, shell.nav_buttons["fund"])
    fund = shell.current_screen()
    fund.tabs.setCurrentWidget(fund.loans)
    fund.loans.list.selectRow(0)
    yield fund, "loan view, a loan chosen"
    fund.loans.panel.actions.show_refusal(
        "This repayment was deducted from sales: void or refund the bill instead. " * 2)
    yield fund, "loan view, a correction refused"
    fund.tabs.setCurrentWidget(fund.journal)
    fund.journal.view.selectRow(0)
    fund.journal.reason.setText("")
    yield fund, "journal, an entry open"
    fund.tabs.setCurrentWidget(fund.forms)
    for key, (field, text) in BAD.items():
        form = fund.forms.show_form(key)
        if field is not None:
            getattr(form, field).setText(text)
        form.validate()
        assert form.hint.text()
        yield fund, f"form {key} with {form.hint.text()!r}"
    tap(qtbot, shell.nav_buttons["plot"])
    plot = shell.current_screen()
    for view in ("month", "week", "timeline", "map", "crops", "training"):
        plot.show_view(view)
        yield plot, f"plot {view}"
    yield from devices_states(qtbot, shell)


def devices_states(qtbot, shell):
    """Settings > Devices: a port refused, then the scale's test showing an overload."""
    tap(qtbot, shell.nav_buttons["settings"])
    screen = shell.current_screen()
    devices = next(screen.page(i) for i in range(screen.tabs.count())
                   if isinstance(screen.page(i), DevicesTab))
    screen.tabs.setCurrentWidget(devices)
    devices.port.setCurrentText("COM3\nCOM4")
    devices.save()
    yield screen, "devices, a port refused"
    loop = serial.serial_for_url("loop://", timeout=0.05)
    scale_monitor.start(ScaleConfig("loop://"), opener=lambda _c: loop)
    devices.port.setCurrentText("loop://")
    devices.test()
    loop.write(b"OL,GS,+      kg\r\n")
    qtbot.waitUntil(lambda: devices.live is not None and devices.live.status.text()
                    and "…" not in devices.live.status.text(), timeout=3000)
    yield screen, "devices, testing an overloaded scale"
    devices.port.setCurrentText("")
    devices.save()
    loop.close()


def dialog_misfits(ctx, size) -> list[str]:
    width, height = size
    planting = next(p for row in plot_views.timeline(ctx.db, today() - timedelta(days=90), today())
                    for p in row.plantings if p.status != "failed")
    planting_dialog = PlantingDialog(ctx, today())
    planting_dialog.yield_edit.setText("0")
    planting_dialog.save()
    harvest = HarvestDialog(ctx, planting.id, today())
    harvest.quantity.setText("99999999")
    harvest.save()
    rows = [("x" * 10, "ชมรมแม่บ้านตลาดจอมพลและเครือข่ายผู้ปลูกผักปลอดสารพิษ")] * 6
    bed = next(b for b in plot_beds.list_beds(ctx.db) if plot_views.bed_history(ctx.db, b.id))
    history = BedHistoryDialog(ctx, bed, day=today())
    status = StatusDialog(ctx, history.plantings[:2], today())
    status.status_buttons["failed"].click()
    status.reason.setText("")
    status.save()
    crop = CropDialog(ctx, None)
    crop.name_th.setText("")
    crop.days.setText("0")
    crop.save()
    training = TrainingDialog(ctx, today())
    training.topic.setText("")
    training.save()
    account = AccountForm(ctx)
    account.code.setText("1" * 20)
    account.validate()
    dialogs = [planting_dialog, harvest, history, status, crop, training, account,
               confirm.SummaryDialog(None, "New loan", rows, "Lend", "Go back"),
               confirm.overpayment_dialog(None, "Only ฿5.00 is still owed on this loan. " * 2)]
    for dialog, message in ((planting_dialog, planting_dialog.message), (harvest, harvest.message),
                            (status, status.message), (crop, crop.message),
                            (training, training.message), (account, account.hint)):
        assert not message.isHidden() and message.text(), dialog.objectName()
    wrong = []
    for dialog in dialogs:
        hint = dialog.minimumSizeHint()
        if hint.width() > width or hint.height() > height - 40:
            wrong.append(f"{width}x{height} dialog {dialog.objectName()}: needs "
                         f"{hint.width()}x{hint.height()}")
        dialog.deleteLater()
    return wrong


def _walk(demo_copy, qtbot, languages, sizes) -> list[str]:
    admin = next(t for t in auth.operator_tiles(demo_copy) if t.role == Role.ADMIN)
    window = open_window(demo_copy, qtbot, (1280, 800))
    enter_pin(qtbot, window, admin.id, "9999")
    shell = window.shell
    wrong = []
    for language in languages:
        LanguageManager.instance().apply(language)
        for size in sizes:
            window.resize(*size)
            settle()
            for screen, state in office_states(qtbot, shell):
                if (problem := misfit(screen, size, state)) is not None:
                    wrong.append(f"{language} {problem}")
            wrong += [f"{language} {w}" for w in dialog_misfits(shell.current_screen().ctx, size)]
    window.sign_out()
    return wrong


def test_office_states_and_dialogs_fit(demo_copy, qtbot, thai_afterwards):  # noqa: F811
    wrong = _walk(demo_copy, qtbot, ("th", "en"), SIZES)
    assert wrong == [], "\n".join(wrong)
