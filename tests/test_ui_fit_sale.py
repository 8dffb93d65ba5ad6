"""Issue 10 §1: every page and state of the sale path fits, at 1024x768 and 1280x800, in
Thai and in English: payment (cash, PromptPay, split), the done screen and each dialog
with its error shown. Nothing needed is out of view; the sale screen never scrolls."""

from __future__ import annotations

import pytest
import serial
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from kiosk.devices.scale_link import ScaleConfig
from kiosk.models import Role
from kiosk.services import auth, settings
from kiosk.ui.devices import scale_monitor
from kiosk.ui.dialogs import FRAME_PX
from kiosk.ui.language import LanguageManager
from ui_helpers import enter_pin, open_today, open_window, wait_for_background


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def inside_a_list(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def out_of_view(root: QWidget, area: QRect, of: QWidget) -> list[str]:
    """Visible buttons and the key labels under ``root`` that are not wholly inside ``area``."""
    wrong = []
    for widget in [root, *root.findChildren(QWidget)]:
        needed = isinstance(widget, QAbstractButton) or widget.objectName() in (
            "payment_total", "payment_qr_amount", "payment_qr", "payment_error", "done_change",
            "done_number")
        if not needed or not widget.isVisible() or widget.window() is not of.window():
            continue
        if inside_a_list(widget, root):  # a list scrolls by swiping: its rows may be below
            continue
        rect = QRect(widget.mapTo(of, QPoint(0, 0)), widget.size())
        if not area.contains(rect):
            wrong.append(f"{widget.objectName() or type(widget).__name__} at {rect.getRect()}")
    return wrong


@pytest.mark.slow
@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_every_sale_state_and_dialog_fits(demo_copy, qtbot, size, language):
    db = demo_copy
    window = open_window(db, qtbot, size)
    staff = next(t for t in auth.operator_tiles(db) if t.role == Role.STAFF)
    enter_pin(qtbot, window, staff.id, "2221")
    LanguageManager.instance().choose(language)
    open_today(window.shell.ctx)
    sale = window.shell.current_screen()
    sale.refresh_day()
    frame = sale.parentWidget().parentWidget()
    problems: list[str] = []

    def page(where: str) -> None:
        settle()
        if frame.verticalScrollBar().maximum() or frame.horizontalScrollBar().maximum():
            problems.append(f"{where}: the sale screen scrolls (needs "
                            f"{sale.minimumSizeHint().toTuple()}, has {frame.size().toTuple()})")
        viewport = frame.viewport()
        problems.extend(f"{where}: {w}" for w in out_of_view(
            sale.pages.currentWidget(), QRect(QPoint(0, 0), viewport.size()), viewport))

    def dialog(where: str) -> None:
        settle()
        box = sale.dialog
        # the dialog's own size follows the real screen (dialogs.fit_to_screen); what it
        # needs must fit this one, its title bar included
        hint = box.minimumSizeHint()
        if hint.width() > size[0] - FRAME_PX or hint.height() > size[1] - FRAME_PX:
            problems.append(f"{where}: the dialog needs {hint.toTuple()}")
        problems.extend(f"{where}: {w}" for w in out_of_view(box, box.rect(), box))

    tiles = sale.grid.model.all_tiles
    by_weight = next(t for t in tiles if t.sold_by_weight)
    by_unit = next(t for t in tiles if not t.sold_by_weight)
    for tile in tiles[:6]:
        if not tile.sold_by_weight:
            sale.grid.tap(tile.id)
    page("sell, a cart")
    sale.start_payment()
    page("cash")
    sale.payment.add_note(20)
    sale.payment.confirm_cash()
    page("cash, a note, the split button and an error")
    sale.payment.split_rest()
    page("split, the PromptPay part")
    sale.payment.qr_tab.click()
    page("PromptPay")
    sale.payment.cash_tab.click()
    sale.payment.pay_exact()
    sale.payment.confirm_cash()
    assert sale.pages.currentIndex() == 2
    page("done")
    sale.new_sale()
    page("sell, after a sale")

    sale.grid.tap(by_weight.id)
    sale.dialog.keypad.set_value("99999")
    sale.dialog._submit()
    dialog("weight, an error")
    sale.dialog.reject()
    loop = serial.serial_for_url("loop://", timeout=0.05)
    scale_monitor.start(ScaleConfig("loop://"), opener=lambda _c: loop)
    try:
        for line, state in ((b"OL,GS,+      kg", "overloaded"), (b"ST,GS,+  1.250kg", "steady")):
            sale.grid.tap(by_weight.id)
            loop.write(line + b"\r\n")
            qtbot.waitUntil(lambda: "…" not in sale.dialog.scale_panel.status.text(), timeout=3000)
            sale.dialog.keypad.set_value("99999")
            sale.dialog._submit()
            dialog(f"weight with a scale, {state}, a typing error")
            sale.dialog.reject()
    finally:
        scale_monitor.stop_current()
        loop.close()
    sale.grid.tap(by_unit.id)
    sale.select_row(0)
    sale.give_discount()
    sale.dialog.amount_pad.set_value("99999")
    sale.dialog._amount_done("")
    dialog("discount, an error")
    sale.dialog.reject()
    sale.override_price()
    sale.dialog.amount_pad.set_value("15")
    sale.dialog._amount_done("")
    sale.dialog.pin_pad.set_value("0000")
    sale.dialog._pin_done("0000")
    wait_for_background()
    dialog("price, a wrong PIN")
    sale.dialog.reject()
    # an ESC/POS printer: the day panel shows "Open the cash drawer" beside the folder
    settings.change(db, None, printer_kind="escpos", printer_escpos_connection="network:127.0.0.1:9")
    for open_it in (sale.open_history, sale.open_day_panel, sale.open_stock, sale.choose_owner):
        open_it()
        dialog(sale.dialog.objectName())
        sale.dialog.reject()
    sale.open_day_panel()
    day = sale.dialog
    day.keypad.set_value("12")
    day.show_message("⚠ " + "That is more than usual. " * 4)
    assert day.drawer_button.isVisible()
    dialog("day, a message, the drawer button")
    day.drawer_button.ask()
    day.drawer_button.dialog._reason_done("")
    box = day.drawer_button.dialog
    settle()
    hint = box.minimumSizeHint()
    if hint.width() > size[0] - FRAME_PX or hint.height() > size[1] - FRAME_PX:
        problems.append(f"open the drawer, no reason: the dialog needs {hint.toTuple()}")
    problems.extend(f"open the drawer: {w}" for w in out_of_view(box, box.rect(), box))
    box.reject()
    day.reject()
    assert not problems, f"{size} {language}:\n" + "\n".join(problems)
