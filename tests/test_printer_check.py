"""Issue 16 §3: the printer's status shows on the payment page, before the sale, not after."""

from __future__ import annotations

import pytest

from kiosk.services import settings
from printer_helpers import READY, FakeNetworkPrinter
from tests.test_ui_sale import click, products, screen, tap  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def _english_messages(english):
    """The printer's messages (made by kiosk.devices) in English, like the widgets' sources."""


def pay(qtbot, screen, products):
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    screen.printer_check.wait()


def test_a_printer_out_of_paper_is_said_while_the_customer_pays(qtbot, screen, products, db):
    with FakeNetworkPrinter({**READY, 4: 0x72}) as printer:
        settings.change(db, None, printer_kind="escpos", printer_escpos_connection=printer.connection)
        pay(qtbot, screen, products)
        qtbot.waitUntil(lambda: "out of paper" in screen.payment.error.text(), timeout=3000)
    assert "The receipt will not print" in screen.payment.error.text()


def test_a_ready_printer_says_nothing(qtbot, screen, products, db):
    with FakeNetworkPrinter() as printer:
        settings.change(db, None, printer_kind="escpos", printer_escpos_connection=printer.connection)
        pay(qtbot, screen, products)
        qtbot.wait(200)
    assert screen.printer_check.checks == 1
    assert screen.payment.error.text() == ""


def test_an_unreachable_printer_is_said_too(qtbot, screen, products, db):
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.change(db, None, printer_kind="escpos", printer_escpos_connection=f"network:127.0.0.1:{port}",
                    printer_timeout_seconds=1)
    pay(qtbot, screen, products)
    qtbot.waitUntil(lambda: "Cannot reach the printer" in screen.payment.error.text(), timeout=3000)


def test_pdf_receipts_ask_no_printer(qtbot, screen, products):
    pay(qtbot, screen, products)
    assert screen.printer_check.checks == 0

