"""Ask an open ESC/POS printer whether a receipt would come out, before sending one.

Network printers are asked over their socket, serial ones over their port
(kiosk.devices.escpos_status); a USB printer or a test's Dummy is not
asked, and prints as before.
"""

from __future__ import annotations

import socket
from typing import Any

from kiosk.devices.escpos_status import PrinterStatus, ask, serial_exchange, socket_exchange
from kiosk.i18n import tr
from kiosk.services.printer_settings import PrinterError


def device_status(device: Any) -> PrinterStatus:
    """What ``device`` (an opened python-escpos printer) says of itself; unknown if nothing."""
    inner = getattr(device, "device", None)
    try:
        if isinstance(inner, socket.socket):
            return ask(socket_exchange(inner))
        if inner is not None and hasattr(inner, "reset_input_buffer"):
            return ask(serial_exchange(inner))
    except OSError:
        return PrinterStatus()  # the print itself will say the printer went
    return PrinterStatus()


def check_ready(device: Any, drawer_pin: int | None = None) -> None:
    """PrinterError naming the problem when the printer says it cannot print now.

    A cash sale's drawer (``drawer_pin``) still opens: the customer waits for
    change whether or not the paper ran out.
    """
    problem = device_status(device).problem()
    if problem:
        if drawer_pin is not None:
            try:
                device.cashdraw(drawer_pin)
            except Exception:  # noqa: BLE001 - the refusal below says what is wrong
                pass
        raise PrinterError(tr("{problem} The sale is saved: print the receipt again after.").format(
            problem=problem))
