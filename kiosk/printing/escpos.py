"""ESC/POS thermal printers through python-escpos: the raster image, the cut, the drawer.

Every failure becomes a ``PrinterError`` with a message for the screen (the
sale is already committed; the receipt can be printed again). The timeout
is explicit so a vanished printer never hangs a print job.
"""

from __future__ import annotations

import logging
import re
import socket
from typing import Any

from kiosk.errors import InvalidInput, KioskError
from kiosk.i18n import tr
from kiosk.printing.escpos_check import check_ready
from kiosk.reports.receipt import RASTER_WIDTH
from kiosk.services.printer_settings import PrinterError, PrinterSettings

log = logging.getLogger(__name__)

DRAWER_PIN = 2


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
        raise printer_failed(tr("The printer stopped answering. The sale is saved: check that "
                                "the printer is on and has paper, then print again."), exc) from exc


def short_error(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:120]


def printer_failed(message: str, exc: BaseException) -> PrinterError:
    """The vendor's plain ``message``; what the system said (errno, USB, socket) goes to the log."""
    log.warning("%s [%s: %s]", message, type(exc).__name__, short_error(exc))
    return PrinterError(message)


def _unreachable() -> str:
    return tr("Cannot reach the printer. The sale is saved: check the printer's cable and "
              "power, then print again.")


def escpos_print(config: PrinterSettings, image: Any, open_drawer: bool,
                 device: Any | None) -> None:
    owned = device is None
    if owned:
        try:
            device = open_escpos(config.escpos_connection, config.timeout_seconds)
            device.open()  # python-escpos would open lazily; fail here, before any byte is sent
        except KioskError:
            raise
        except Exception as exc:
            raise printer_failed(_unreachable(), exc) from exc
    try:
        # a printer that reports paper out or a cover open is not sent the job
        check_ready(device, DRAWER_PIN if open_drawer else None)
        send_escpos(device, image, open_drawer=open_drawer)
    finally:
        if owned:
            try:
                device.close()
            except Exception:  # closing a vanished printer may fail too
                pass


def open_drawer(config: PrinterSettings, device: Any | None = None) -> None:
    """Kick the cash drawer alone (through the ESC/POS printer)."""
    if config.kind != "escpos" and device is None:
        return
    owned = device is None
    device = device or open_escpos(config.escpos_connection, config.timeout_seconds)
    try:
        device.cashdraw(DRAWER_PIN)
    except Exception as exc:
        raise printer_failed(_unreachable(), exc) from exc
    finally:
        if owned:
            device.close()
