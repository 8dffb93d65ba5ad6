"""An ESC/POS printer's real-time status (DLE EOT n): online, cover, paper, error.

The kiosk asks before it sends a receipt, so "out of paper" shows before
the job is lost, not after. Three questions, one byte each in answer:

- ``DLE EOT 1`` printer status: bit 3 set = offline;
- ``DLE EOT 2`` offline cause: bit 2 cover open, bit 5 stopped at paper end,
  bit 6 an error;
- ``DLE EOT 4`` roll paper sensor: bits 2-3 near the end, bits 5-6 the end.

Every answer byte has bits 1 and 4 set and bits 0 and 7 clear; a byte
that does not is not an answer (noise, or a printer that does not speak
DLE EOT) and the status stays unknown. Printers that answer nothing
(many cheap ones, and every PDF or system printer) print as before.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.i18n import tr

DLE_EOT = b"\x10\x04"
PRINTER, OFFLINE_CAUSE, PAPER = 1, 2, 4
QUERIES = (PRINTER, OFFLINE_CAUSE, PAPER)
_FIXED_MASK, _FIXED_BITS = 0b1001_0011, 0b0001_0010
ANSWER_SECONDS = 0.5


def is_answer(byte: int) -> bool:
    return byte & _FIXED_MASK == _FIXED_BITS


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said; every field False when it said nothing."""

    known: bool = False
    offline: bool = False
    cover_open: bool = False
    paper_out: bool = False
    paper_low: bool = False
    error: bool = False

    def problem(self) -> str:
        """Why a receipt would not come out now ("" when it would, or nobody knows)."""
        if self.paper_out:
            return tr("The printer is out of paper: put in a new roll.")
        if self.cover_open:
            return tr("The printer's cover is open: close it.")
        if self.error:
            return tr("The printer reports an error: switch it off and on.")
        if self.offline:
            return tr("The printer is offline: check that it is on.")
        return ""

    def summary(self) -> str:
        """One line for Settings: the problem, a low roll, or ready."""
        if not self.known:
            return tr("The printer does not report its status.")
        if problem := self.problem():
            return problem
        if self.paper_low:
            return tr("The printer is ready; its paper is running low.")
        return tr("The printer is ready.")


def parse_status(answers: dict[int, int | None]) -> PrinterStatus:
    """The status from the answer byte to each DLE EOT n (None: no answer)."""
    good = {n: byte for n, byte in answers.items() if byte is not None and is_answer(byte)}
    if not good:
        return PrinterStatus()
    printer, cause, paper = good.get(PRINTER, 0), good.get(OFFLINE_CAUSE, 0), good.get(PAPER, 0)
    return PrinterStatus(
        known=True,
        offline=bool(printer & 0x08),
        cover_open=bool(cause & 0x04),
        paper_out=bool(paper & 0x60) or bool(cause & 0x20),
        paper_low=bool(paper & 0x0C),
        error=bool(cause & 0x40),
    )


def ask(exchange: Callable[[bytes], int | None]) -> PrinterStatus:
    """Ask the three questions through ``exchange(query) -> answer byte or None``."""
    answers: dict[int, int | None] = {}
    for n in QUERIES:
        answers[n] = exchange(DLE_EOT + bytes([n]))
        if answers[n] is None:
            break  # a printer that did not answer the first will not answer the rest
    return parse_status(answers)


def socket_exchange(sock: socket.socket, seconds: float = ANSWER_SECONDS) -> Callable[[bytes], int | None]:
    """An ``exchange`` over a connected TCP socket (port 9100)."""

    def exchange(query: bytes) -> int | None:
        before = sock.gettimeout()
        _drain(sock)
        sock.settimeout(seconds)
        try:
            sock.sendall(query)
            data = sock.recv(1)
        except (socket.timeout, BlockingIOError):
            return None
        finally:
            sock.settimeout(before)
        return data[0] if data else None

    return exchange


def _drain(sock: socket.socket) -> None:
    """Drop bytes the printer sent earlier (an answer that came too late)."""
    sock.setblocking(False)
    try:
        while sock.recv(64):
            pass
    except (BlockingIOError, InterruptedError):
        pass


def serial_exchange(port, seconds: float = ANSWER_SECONDS) -> Callable[[bytes], int | None]:  # noqa: ANN001
    """An ``exchange`` over an open pyserial port."""

    def exchange(query: bytes) -> int | None:
        before = port.timeout
        port.reset_input_buffer()
        port.timeout = seconds
        try:
            port.write(query)
            data = port.read(1)
        finally:
            port.timeout = before
        return data[0] if data else None

    return exchange
