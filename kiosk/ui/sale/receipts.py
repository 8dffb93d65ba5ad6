"""Receipts from the screen: settings read on the UI thread, the work in the background.

The sale is always committed before anything here runs. Each job calls
kiosk.printing.receipts (PDF folder or ESC/POS raster); for a system printer
the PDF it returns is painted on a QPrinter (kiosk.ui.printing).
"""

from __future__ import annotations

from pathlib import Path

from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.money import Money
from kiosk.printing import escpos
from kiosk.printing import receipts as papers
from kiosk.services import sales, settings
from kiosk.services.files import write_atomically
from kiosk.services.printer_settings import PrinterSettings, printer_settings
from kiosk.services.sale_results import SaleResult
from kiosk.ui.i18n import tr
from kiosk.ui.printing import PrintRunner, print_pdf, system_printer


def customer_receipt(db: Database) -> str:
    """"always", "ask" or "never"."""
    return str(settings.read(db, "customer_receipt"))


def promptpay_limit(db: Database) -> Money | None:
    try:
        return sales.read_promptpay_limit(db)
    except KioskError:
        return None


def _finish(outcome: papers.PrintOutcome, config: PrinterSettings) -> str:
    """Send a system-printer outcome to Qt; the message for the vendor."""
    if outcome.kind == "system":
        pages = print_pdf(outcome.pdf, system_printer(config.system_name))
        return tr("Printed ({n} page).").format(n=pages)
    if outcome.kind == "pdf" and outcome.path is not None:
        return tr("Receipt saved.")  # the vendor needs no path; staff open the folder
    return tr("Receipt printed.")


def print_sale(runner: PrintRunner, db: Database, sale: SaleResult, copy: bool = False,
               open_drawer: bool = False) -> int:
    """Queue the receipt of ``sale`` (a COPY, สำเนา, when ``copy``); the job id."""
    config = printer_settings(db)
    stall = papers.stall_info(db)

    def work() -> str:
        outcome = papers.print_receipt(sale, stall, config, copy=copy, open_drawer=open_drawer)
        return _finish(outcome, config)

    return runner.submit(sale.number, work)


def print_day_report(runner: PrintRunner, db: Database, report: object) -> int:
    """Queue the day report: the 80 mm slip printed, the A4 PDF saved."""
    config = printer_settings(db)

    def work() -> str:
        outcome = papers.print_day_report(report, config)
        if outcome.kind == "system":
            print_pdf(outcome.pdf, system_printer(config.system_name))
        return tr("Report saved.")

    return runner.submit("day_report", work)


def open_drawer(runner: PrintRunner, db: Database) -> int | None:
    """Kick the cash drawer after a cash sale (only an ESC/POS printer has one)."""
    config = printer_settings(db)
    if config.kind != "escpos":
        return None
    return runner.submit("drawer", lambda: escpos.open_drawer(config) or "")


def test_print(runner: PrintRunner, db: Database) -> int:
    """The Settings "test print": a sample receipt the configured way."""
    config = printer_settings(db)
    stall = papers.stall_info(db)
    return runner.submit("test", lambda: _finish(papers.test_print(stall, config), config))


def send_pdf(pdf: bytes, db: Database, name: str):
    """A worker for another document (the Z report): system printer or PDF folder."""
    config = printer_settings(db)

    def work() -> str:
        if config.kind == "system":
            return tr("Printed ({n} page).").format(n=print_pdf(pdf, system_printer(config.system_name)))
        path = config.folder / f"{name}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, pdf)
        return tr("Receipt saved.")

    return work


def receipt_folder(db: Database) -> Path:
    """The folder where this database's receipts and reports are saved (made if missing)."""
    folder = printer_settings(db).folder
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the computer's file manager (to look at or print from it)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
