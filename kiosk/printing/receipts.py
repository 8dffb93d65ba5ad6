"""Receipts and the day's X/Z report, built from committed results and printed or saved.

The sale is committed before anything here runs; a printer problem raises
``PrinterError`` (a Thai message for the screen) and the paper can be
printed again. ``escpos`` sends the receipt as a 576-dot raster then cuts
(and kicks the drawer after a cash sale); ``pdf`` saves it in the receipt
folder; ``system`` hands the PDF back for the UI to paint on a QPrinter.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.db import Database
from kiosk.errors import InternalError
from kiosk.i18n import tr
from kiosk.printing.escpos import escpos_print, printer_failed
from kiosk.reports.day_report import build_day_report_a4, build_day_report_receipt
from kiosk.reports.receipt import StallInfo, build_receipt, raster
from kiosk.services import settings
from kiosk.services.files import write_atomically
from kiosk.services.printer_settings import KINDS, PrinterSettings


@dataclass(frozen=True)
class PrintOutcome:
    kind: str
    pdf: bytes  # the receipt as printed (the UI sends it to a system printer)
    path: Path | None = None  # where the PDF was saved ("pdf" kind)
    drawer_opened: bool = False


def stall_info(db: Database) -> StallInfo:
    with db.reading() as session:
        values = settings.get_all(session)
    return StallInfo(values["stall_name"], values["stall_address"], values["stall_phone"],
                     tax_id=values["issuer_tax_id"], issuer_name=values["issuer_name"])


def save_paper(path: Path, pdf: bytes, failure: str) -> None:
    """Save ``pdf`` whole at ``path`` (folder made); ``failure`` ({folder}) as a PrinterError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, pdf)
    except OSError as exc:
        raise printer_failed(failure.format(folder=str(path.parent)), exc) from exc


def receipt_file_name(number: str, copy: bool) -> str:
    return f"{number}-copy.pdf" if copy else f"{number}.pdf"


def print_receipt(sale: Any, stall: StallInfo, config: PrinterSettings, copy: bool = False,
                  open_drawer: bool | None = None, device: Any | None = None) -> PrintOutcome:
    """Print (or save) a committed sale's receipt; reprints say "สำเนา".

    ``open_drawer`` defaults to "a cash sale's first print". ``device`` lets
    tests pass python-escpos's Dummy printer.
    """
    if config.kind not in KINDS:
        raise InternalError(f"unknown printer kind {config.kind!r}")
    pdf = build_receipt(sale, stall, copy=copy)
    if open_drawer is None:
        open_drawer = bool(sale.cash) and not copy and not sale.voided
    if config.kind == "pdf":
        path = config.folder / receipt_file_name(sale.number, copy)
        save_paper(path, pdf, tr("Cannot save the receipt in {folder}. Tell the staff."))
        return PrintOutcome("pdf", pdf, path=path)
    if config.kind == "escpos":
        escpos_print(config, raster(pdf), open_drawer, device)
        return PrintOutcome("escpos", pdf, drawer_opened=open_drawer)
    return PrintOutcome("system", pdf)


def print_day_report(report: Any, config: PrinterSettings,
                     device: Any | None = None) -> PrintOutcome:
    """The Z (or X) report: saved as an A4 PDF for the office, and the 80 mm slip printed.

    The A4 copy always goes to the receipt folder (``path`` of the outcome);
    the slip goes to the configured printer like a receipt (for a system
    printer the UI paints the returned PDF).
    """
    slip = build_day_report_receipt(report)
    name = f"Z-{report.day.isoformat()}" if report.closed else f"X-{report.day.isoformat()}"
    path = config.folder / f"{name}-A4.pdf"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, build_day_report_a4(report))
        if config.kind == "pdf":
            write_atomically(config.folder / f"{name}-80mm.pdf", slip)
    except OSError as exc:
        raise printer_failed(tr("Cannot save the receipt in {folder}. Tell the staff.").format(
            folder=str(config.folder)), exc) from exc
    if config.kind == "escpos":
        escpos_print(config, raster(slip), False, device)
    return PrintOutcome(config.kind, slip, path=path)


def test_print(stall: StallInfo, config: PrinterSettings, device: Any | None = None) -> PrintOutcome:
    """The Settings screen's "test print": a sample receipt marked as a copy, no drawer."""
    from datetime import datetime, timezone
    from decimal import Decimal

    from kiosk.money import Money
    from kiosk.services.sale_results import ReceiptLine, SaleResult

    line = ReceiptLine(0, "TEST", "ผักชีฝรั่ง ญี่ปุ่น สี่กำ", "Test", "bunch", Decimal("4"),
                       Money.baht(10), Money(0), Money.baht(40), "", Decimal("0"))
    sample = SaleResult(0, "TEST-PRINT", datetime.now(timezone.utc), tr("Test print"), (line,),
                        Money.baht(40), Money.baht(40), Money(0), Money.baht(40), Money(0),
                        False, "", False)
    return print_receipt(sample, stall, config, copy=True, open_drawer=False, device=device)
