"""Ask the configured ESC/POS printer, on its own connection, whether it could print now."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.devices.escpos_status import PrinterStatus
from kiosk.i18n import tr
from kiosk.printing.escpos import open_escpos, short_error
from kiosk.printing.escpos_check import device_status
from kiosk.services.printer_settings import PrinterSettings


@dataclass(frozen=True)
class Probe:
    """What the printer said, or why it could not be reached (``unreachable``)."""

    status: PrinterStatus
    unreachable: str = ""

    def problem(self) -> str:
        """In the current language (made where it is shown, not in the worker)."""
        if self.unreachable:
            return tr("Cannot reach the printer ({error}).").format(error=self.unreachable)
        return self.status.problem()


def probe(config: PrinterSettings) -> Probe:
    try:
        device = open_escpos(config.escpos_connection, config.timeout_seconds)
        device.open()
    except Exception as exc:  # noqa: BLE001 - unreachable is the answer here
        return Probe(PrinterStatus(), short_error(exc))
    try:
        return Probe(device_status(device))
    finally:
        try:
            device.close()
        except Exception:  # noqa: BLE001 - closing a vanished printer may fail too
            pass
