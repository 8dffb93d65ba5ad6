"""Printing from the sale screen: off the UI thread, errors shown, QPrinter to PDF."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from kiosk.errors import KioskError
from kiosk.money import Money
from kiosk.printing import receipts as papers
from kiosk.services import settings
from kiosk.services.printer_settings import PrinterError
from kiosk.ui.printing import PrintRunner, print_pdf
from kiosk.ui.sale import SaleScreen
from kiosk.ui.sale.printer_settings import PrinterSettingsTab
from ui_helpers import open_today
from tests.sales_helpers import make_catalogue


def small_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(80 * mm, 120 * mm))
    page.drawString(10, 300, "JP-2569-000001")
    page.showPage()
    page.save()
    return out.getvalue()


def test_system_path_paints_the_receipt_on_a_pdf_writing_qprinter(qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "out.pdf"
    printer.setOutputFileName(str(target))
    assert print_pdf(small_pdf(), printer) == 1
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert 78 < width_mm < 82  # the receipt's own 80 mm paper


def test_a_failing_job_is_reported_not_swallowed(qtbot, caplog):
    runner = PrintRunner()

    def broken() -> str:
        raise KioskError("printer on fire")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.submit("JP-1", broken)
    assert blocker.args == ["JP-1", "printer on fire"]
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.submit("JP-2", lambda: 1 / 0)
    # a bug is reported in plain words; its traceback goes to the log, not the screen
    assert blocker.args[1] == "Printing failed. Tell the staff."
    assert "ZeroDivisionError" in caplog.text


@pytest.fixture
def screen(qtbot, ui_context, tmp_path):
    make_catalogue(ui_context.db)
    settings.change(ui_context.db, None, customer_receipt="always", printer_kind="pdf",
                    receipt_folder=str(tmp_path / "receipts"))
    open_today(ui_context)  # the day is opened before its first sale
    widget = SaleScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1150, 730)
    widget.show()
    return widget


def sell_one(qtbot, screen):
    tile = screen.grid.model.all_tiles[0]
    screen.grid.tap(tile.id)
    qtbot.mouseClick(screen.pay_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.payment.exact_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.payment.cash_confirm, Qt.MouseButton.LeftButton)
    return screen.last_sale


def test_the_receipt_prints_in_the_background_after_the_commit(qtbot, screen, tmp_path):
    with qtbot.waitSignal(screen.printer.succeeded, timeout=15000):
        sale = sell_one(qtbot, screen)
    assert (tmp_path / "receipts" / f"{sale.number}.pdf").exists()
    assert "✓" in screen.done_panel.print_status.text()


def test_a_printer_error_shows_and_offers_print_again(qtbot, screen, monkeypatch, tmp_path,
                                                     caplog):
    def vanished(*args, **kwargs):
        raise PrinterError("ไม่พบเครื่องพิมพ์")

    monkeypatch.setattr(papers, "print_receipt", vanished)
    with qtbot.waitSignal(screen.printer.failed, timeout=15000):
        sale = sell_one(qtbot, screen)
    assert sale is not None and sale.number.startswith("JP-")  # the sale is kept
    status = screen.done_panel.print_status
    # one plain sentence with the way out; what the printer said is in the log
    assert status.isVisible() and "the sale is done" in status.text()
    assert '"Print again"' in status.text() and "ไม่พบเครื่องพิมพ์" not in status.text()
    assert "ไม่พบเครื่องพิมพ์" in caplog.text
    assert screen.done_panel.print_button.isVisible()
    monkeypatch.undo()
    with qtbot.waitSignal(screen.printer.succeeded, timeout=15000):
        qtbot.mouseClick(screen.done_panel.print_button, Qt.MouseButton.LeftButton)


def test_settings_tab_saves_and_test_prints(qtbot, ui_context, tmp_path):
    tab = PrinterSettingsTab(ui_context)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.mode_buttons["never"], Qt.MouseButton.LeftButton)
    tab.folder.setText(str(tmp_path / "r"))
    with qtbot.waitSignal(tab.runner.succeeded, timeout=15000):
        qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert settings.read(ui_context.db, "customer_receipt") == "never"
    assert list((tmp_path / "r").glob("*.pdf"))
