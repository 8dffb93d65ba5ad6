"""Printing receipts, Qt-free: ESC/POS thermal printers and saved PDFs.

The sale is committed before anything here runs; a printer problem raises
``PrinterError`` (a Thai message for the screen) and the receipt can be
printed again. Three kinds, chosen in Settings (``printer_kind``):

- ``escpos``: the receipt as a 576-dot-wide 1-bit raster image (GS v 0)
  through python-escpos, with an explicit timeout, then a cut, and the cash
  drawer kick after a cash sale;
- ``pdf``: the PDF saved in the receipt folder;
- ``system``: a system printer through Qt's print support; the UI does it
  (kiosk/ui is the only place with Qt), ``print_receipt`` hands it the PDF.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.db import Database
from kiosk.errors import InvalidInput, KioskError
from kiosk.i18n import tr
from kiosk.paths import user_data_dir
from kiosk.reports.receipt import RASTER_WIDTH, StallInfo, build_receipt, raster
from kiosk.services import settings

KINDS = ("system", "escpos", "pdf")
DRAWER_PIN = 2


class PrinterError(KioskError):
    """The printer is missing, off, out of paper or stopped answering."""


@dataclass(frozen=True)
class PrinterSettings:
    kind: str = "pdf"
    escpos_connection: str = ""
    timeout_seconds: float = 5
    folder: Path = Path()
    system_name: str = ""


@dataclass(frozen=True)
class PrintOutcome:
    kind: str
    pdf: bytes  # the receipt as printed (the UI sends it to a system printer)
    path: Path | None = None  # where the PDF was saved ("pdf" kind)
    drawer_opened: bool = False


def default_receipt_folder(db: Database | None = None) -> Path:
    """The database's own receipt folder (see kiosk.services.documents)."""
    if db is None:
        return user_data_dir() / "receipts"
    from kiosk.services import documents
    return documents.folder(db, "receipts")


def printer_settings(db: Database) -> PrinterSettings:
    with db.reading() as session:
        values = settings.get_all(session)
    folder = str(values.get("receipt_folder") or "").strip()
    return PrinterSettings(
        kind=values["printer_kind"], escpos_connection=values["printer_escpos_connection"],
        timeout_seconds=float(values["printer_timeout_seconds"]),  # ok-float: seconds, not money
        folder=Path(folder).expanduser() if folder else default_receipt_folder(db),
        system_name=values.get("printer_system_name", ""))


def stall_info(db: Database) -> StallInfo:
    with db.reading() as session:
        values = settings.get_all(session)
    return StallInfo(values["stall_name"], values["stall_address"], values.get("stall_phone", ""))


# -- ESC/POS ----------------------------------------------------------------------
def open_escpos(connection: str, timeout_seconds: float) -> Any:
    """A python-escpos printer for "usb:VID:PID", "network:HOST[:PORT]" or "serial:DEV[:BAUD]"."""
    from escpos import printer as escpos_printer

    kind, _, rest = (connection or "").strip().partition(":")
    try:
        if kind == "usb":
            vendor, product = (int(part, 16) for part in rest.split(":")[:2])
            device = escpos_printer.Usb(vendor, product, timeout=int(timeout_seconds * 1000))
        elif kind == "network":
            host, _, port = rest.partition(":")
            device = _network_printer()(host, int(port or 9100), timeout=timeout_seconds)
        elif kind == "serial":
            match = re.fullmatch(r"(.+?)(?::(\d+))?", rest)
            device = escpos_printer.Serial(match.group(1), baudrate=int(match.group(2) or 9600),
                                           timeout=timeout_seconds)
        else:
            raise ValueError(connection)
    except ValueError as exc:
        raise InvalidInput(tr("The thermal printer's connection is not valid: {connection}").format(
            connection=connection)) from exc
    return device


def _network_printer() -> type:
    from escpos import printer as escpos_printer
    from escpos.exceptions import DeviceNotFoundError

    class Network(escpos_printer.Network):  # type: ignore[misc]
        # python-escpos 3.1 drops the socket of a refused connection without
        # closing it (a leaked descriptor each time a vendor retries)
        def open(self, raise_not_found: bool = True) -> None:
            self.close()
            try:
                self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
            except OSError as exc:
                self.device = None
                if raise_not_found:
                    raise DeviceNotFoundError(f"Could not open socket for {self.host}:\n{exc}") from exc

    return Network


def send_escpos(device: Any, image: Any, cut: bool = True, open_drawer: bool = False) -> None:
    """Send the raster image (GS v 0), cut, and maybe kick the drawer."""
    if image.width != RASTER_WIDTH:
        raise ValueError(f"receipt image must be {RASTER_WIDTH} dots wide")
    try:
        device.image(image, impl="bitImageRaster", high_density_vertical=True,
                     high_density_horizontal=True, center=False)
        if open_drawer:
            device.cashdraw(DRAWER_PIN)
        if cut:
            device.cut()
    except KioskError:
        raise
    except Exception as exc:  # escpos, usb, socket, serial: all mean the same to the vendor
        raise PrinterError(tr("The printer stopped answering ({error}). The sale is saved: "
                              "check the printer and print again.").format(error=_short(exc))) \
            from exc


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:120]


def _escpos_print(config: PrinterSettings, image: Any, open_drawer: bool,
                  device: Any | None) -> None:
    owned = device is None
    if owned:
        try:
            device = open_escpos(config.escpos_connection, config.timeout_seconds)
            device.open()  # python-escpos would open lazily; fail here, before any byte is sent
        except KioskError:
            raise
        except Exception as exc:
            raise PrinterError(tr("Cannot reach the printer ({error}). The sale is saved: "
                                  "check the printer and print again.").format(error=_short(exc))) \
                from exc
    try:
        send_escpos(device, image, open_drawer=open_drawer)
    finally:
        if owned:
            try:
                device.close()
            except Exception:  # closing a vanished printer may fail too
                pass


# -- the one entry point ---------------------------------------------------------------
def receipt_file_name(number: str, copy: bool) -> str:
    return f"{number}-copy.pdf" if copy else f"{number}.pdf"


def print_receipt(sale: Any, stall: StallInfo, config: PrinterSettings, copy: bool = False,
                  open_drawer: bool | None = None, device: Any | None = None) -> PrintOutcome:
    """Print (or save) a committed sale's receipt; reprints say "สำเนา".

    ``open_drawer`` defaults to "a cash sale's first print". ``device`` lets
    tests pass python-escpos's Dummy printer.
    """
    if config.kind not in KINDS:
        raise InvalidInput(tr("Unknown printer kind: {kind}").format(kind=config.kind))
    pdf = build_receipt(sale, stall, copy=copy)
    if open_drawer is None:
        open_drawer = bool(sale.cash) and not copy and not sale.voided
    if config.kind == "pdf":
        path = config.folder / receipt_file_name(sale.number, copy)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".part")
            tmp.write_bytes(pdf)
            tmp.replace(path)
        except OSError as exc:
            raise PrinterError(tr("Cannot save the receipt in {folder} ({error}).").format(
                folder=str(config.folder), error=_short(exc))) from exc
        return PrintOutcome("pdf", pdf, path=path)
    if config.kind == "escpos":
        _escpos_print(config, raster(pdf), open_drawer, device)
        return PrintOutcome("escpos", pdf, drawer_opened=open_drawer)
    return PrintOutcome("system", pdf)


def print_day_report(report: Any, config: PrinterSettings,
                     device: Any | None = None) -> PrintOutcome:
    """The Z (or X) report: saved as an A4 PDF for the office, and the 80 mm slip printed.

    The A4 copy always goes to the receipt folder (``path`` of the outcome);
    the slip goes to the configured printer like a receipt (for a system
    printer the UI paints the returned PDF).
    """
    from kiosk.reports.day_report import build_day_report_a4, build_day_report_receipt

    slip = build_day_report_receipt(report)
    name = f"Z-{report.day.isoformat()}" if report.closed else f"X-{report.day.isoformat()}"
    path = config.folder / f"{name}-A4.pdf"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(build_day_report_a4(report))
        tmp.replace(path)
        if config.kind == "pdf":
            (config.folder / f"{name}-80mm.pdf").write_bytes(slip)
    except OSError as exc:
        raise PrinterError(tr("Cannot save the receipt in {folder} ({error}).").format(
            folder=str(config.folder), error=_short(exc))) from exc
    if config.kind == "escpos":
        _escpos_print(config, raster(slip), False, device)
    return PrintOutcome(config.kind, slip, path=path)


def open_drawer(config: PrinterSettings, device: Any | None = None) -> None:
    """Kick the cash drawer alone (through the ESC/POS printer)."""
    if config.kind != "escpos" and device is None:
        return
    owned = device is None
    device = device or open_escpos(config.escpos_connection, config.timeout_seconds)
    try:
        device.cashdraw(DRAWER_PIN)
    except Exception as exc:
        raise PrinterError(tr("Cannot reach the printer ({error}). The sale is saved: "
                              "check the printer and print again.").format(error=_short(exc))) from exc
    finally:
        if owned:
            device.close()


def test_print(stall: StallInfo, config: PrinterSettings, device: Any | None = None) -> PrintOutcome:
    """The Settings screen's "test print": a sample receipt marked as a copy, no drawer."""
    from datetime import datetime, timezone
    from decimal import Decimal

    from kiosk.money import Money
    from kiosk.services.sales import ReceiptLine, SaleResult

    line = ReceiptLine(0, "TEST", "ผักชีฝรั่ง ญี่ปุ่น สี่กำ", "Test", "bunch", Decimal("4"),
                       Money.baht(10), Money(0), Money.baht(40), "", Decimal("0"))
    sample = SaleResult(0, "TEST-PRINT", datetime.now(timezone.utc), tr("Test print"), (line,),
                        Money.baht(40), Money.baht(40), Money(0), Money.baht(40), Money(0),
                        False, "", False)
    return print_receipt(sample, stall, config, copy=True, open_drawer=False, device=device)
