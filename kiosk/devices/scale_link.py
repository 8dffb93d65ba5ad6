"""A scale on a serial port (or any pyserial URL): readings, reconnecting, the next stable weight.

``ScaleLink.run`` is the loop a worker thread runs: it opens the port,
polls an MT-SICS scale, hands every reading to a callback, and when the
cable goes (or was never there) says so and tries again every second until
asked to stop. ``next_stable`` is the same loop for ``kiosk scale read``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kiosk.devices.scale_protocols import (PROTOCOLS, SICS_REQUEST, UNSTABLE, Reading,
                                           parser_for)
from kiosk.errors import InvalidInput, KioskError
from kiosk.i18n import tr

log = logging.getLogger(__name__)

BAUDS = (1200, 2400, 4800, 9600, 19200, 38400)
PARITIES = ("N", "E", "O")
POLL_SECONDS = 0.2  # an MT-SICS question, and the read timeout, this often
RETRY_SECONDS = 1.0
SILENT_SECONDS = 3.0  # a port open but quiet this long: wrong speed, protocol or scale off

CONNECTED, DISCONNECTED, SILENT = "connected", "disconnected", "silent"


class ScaleError(KioskError):
    """No weight could be read: the message says why."""


@dataclass(frozen=True)
class ScaleConfig:
    """Where the scale is and how it talks. ``port`` empty: no scale."""

    port: str = ""
    baud: int = 9600
    parity: str = "N"
    protocol: str = "cas"

    def checked(self) -> "ScaleConfig":
        """Itself, or InvalidInput naming what is wrong."""
        if self.protocol not in PROTOCOLS:
            raise InvalidInput(tr("Unknown scale protocol: {protocol}").format(protocol=self.protocol))
        if self.baud not in BAUDS:
            raise InvalidInput(tr("The scale's speed must be one of {speeds}.").format(
                speeds=", ".join(str(b) for b in BAUDS)))
        if self.parity not in PARITIES:
            raise InvalidInput(tr("Unknown parity: {parity}").format(parity=self.parity))
        if len(self.port) > 200 or any(ch in self.port for ch in "\r\n\t"):
            raise InvalidInput(tr("The scale's port is not valid."))
        return self


def open_port(config: ScaleConfig) -> Any:
    """The pyserial port (a device such as /dev/ttyUSB0 or COM3, or a URL such as loop://)."""
    import serial

    return serial.serial_for_url(config.port, baudrate=config.baud, parity=config.parity,
                                 bytesize=8, stopbits=1, timeout=POLL_SECONDS,
                                 write_timeout=POLL_SECONDS)


def available_ports() -> list[str]:
    """The serial ports this computer has now (USB adapters first), to offer in Settings."""
    from serial.tools import list_ports

    names = [port.device for port in list_ports.comports()]
    return sorted(names, key=lambda name: ("USB" not in name and "ACM" not in name, name))


def status_message(state: str, port: str, detail: str = "") -> str:
    """What a link's state means to the vendor, in the current language ("" when reading)."""
    if state == DISCONNECTED:
        # what the serial port said is for the log; the vendor reads what to do
        return tr("No scale on {port}: check its cable and that it is on, or type the "
                  "weight.").format(port=port)
    if state == SILENT:
        return tr("The scale on {port} sends nothing the kiosk can read: "
                  "check that it is on, and its speed and protocol.").format(port=port)
    return ""


def _detail(error: BaseException) -> str:
    detail = (str(error).strip() or type(error).__name__)[:120]
    log.warning("scale port: %s", detail)
    return detail


class ScaleLink:
    """One scale's connection, read by one thread at a time."""

    def __init__(self, config: ScaleConfig, opener: Callable[[ScaleConfig], Any] = open_port) -> None:
        self.config = config
        self.opener = opener

    def run(self, on_reading: Callable[[Reading], None], on_status: Callable[[str, str], None],
            stop: threading.Event) -> None:
        """Read until ``stop`` is set; ``on_status(state, detail)`` on every change of state.

        ``detail`` is the port's own error text (see ``status_message``)."""
        while not stop.is_set():
            try:
                port = self.opener(self.config)
            except Exception as error:  # noqa: BLE001 - any failure to open means "no scale yet"
                on_status(DISCONNECTED, _detail(error))
                stop.wait(RETRY_SECONDS)
                continue
            on_status(CONNECTED, "")
            try:
                self._read(port, on_reading, on_status, stop)
            except Exception as error:  # noqa: BLE001 - unplugged: say so, then try again
                on_status(DISCONNECTED, _detail(error))
                stop.wait(RETRY_SECONDS)
            finally:
                try:
                    port.close()
                except Exception:  # noqa: BLE001 - closing a vanished port may fail too
                    pass

    def _read(self, port: Any, on_reading: Callable[[Reading], None],
              on_status: Callable[[str, str], None], stop: threading.Event) -> None:
        parser = parser_for(self.config.protocol)
        heard = time.monotonic()
        asked = 0.0
        silent = False
        while not stop.is_set():
            if self.config.protocol == "sics" and time.monotonic() - asked >= POLL_SECONDS:
                port.write(SICS_REQUEST)
                asked = time.monotonic()
            data = port.read(max(1, getattr(port, "in_waiting", 0) or 1))
            readings = parser.feed(data) if data else []
            now = time.monotonic()
            if readings:
                heard = now
                if silent:
                    silent = False
                    on_status(CONNECTED, "")
                for reading in readings:
                    on_reading(reading)
            elif not silent and now - heard > SILENT_SECONDS:
                silent = True
                on_status(SILENT, "")


def next_stable(config: ScaleConfig, timeout: float,
                opener: Callable[[ScaleConfig], Any] = open_port) -> Decimal:
    """The next steady weight above zero in kg, or ScaleError after ``timeout`` seconds."""
    config.checked()
    stop = threading.Event()
    found: list[Decimal] = []
    last = {"problem": ""}

    def on_reading(reading: Reading) -> None:
        if reading.takeable:
            found.append(reading.kg)
            stop.set()
        elif reading.state != UNSTABLE:
            last["problem"] = reading.problem()

    def on_status(state: str, detail: str) -> None:
        last["problem"] = status_message(state, config.port, detail)

    timer = threading.Timer(timeout, stop.set)
    timer.start()
    try:
        ScaleLink(config, opener).run(on_reading, on_status, stop)
    finally:
        timer.cancel()
    if found:
        return found[0]
    reason = last["problem"] or tr("no steady weight came")
    raise ScaleError(tr("No weight from the scale within {seconds} s: {reason}").format(
        seconds=f"{timeout:g}", reason=reason))
