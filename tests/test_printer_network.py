"""Issue 16 §3: ESC/POS over TCP port 9100 against a recording printer, and DLE EOT status."""

from __future__ import annotations

import re

import pytest

from kiosk.devices.escpos_status import PrinterStatus, is_answer, parse_status
from kiosk.money import Money
from kiosk.printing import receipts as printing
from kiosk.services.printer_settings import PrinterError, PrinterSettings
from kiosk.services.sale_rules import PaymentRequest
from printer_helpers import READY, FakeNetworkPrinter
from kiosk.services import sale_commit
from sales_helpers import cart_of
from test_printing import CUT, DRAWER, RASTER, STALL, products, raster_widths  # noqa: F401

STATUS_QUERY = re.compile(rb"\x10\x04[\x01\x02\x04]")


def sale(db, vendor, products, **payment):
    return sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, PaymentRequest(**payment))


def config(printer: FakeNetworkPrinter) -> PrinterSettings:
    return PrinterSettings(kind="escpos", escpos_connection=printer.connection, timeout_seconds=2)


def test_a_cash_sale_over_the_network_sends_raster_cut_and_drawer_pulse(db, vendor, products):
    with FakeNetworkPrinter() as printer:
        outcome = printing.print_receipt(sale(db, vendor, products, cash_tendered=Money.baht(20)),
                                         STALL, config(printer))
    data = printer.received
    assert outcome.drawer_opened and printer.connections == 1
    assert data.startswith(b"\x10\x04\x01")  # asked before anything is printed
    assert RASTER in data and set(raster_widths(data)) == {72}
    assert DRAWER in data and data.index(DRAWER) > data.rindex(RASTER)
    assert CUT in data and data.rindex(CUT) > data.rindex(RASTER)


def test_a_promptpay_sale_over_the_network_keeps_the_drawer_shut(db, vendor, products):
    with FakeNetworkPrinter() as printer:
        printing.print_receipt(sale(db, vendor, products, promptpay=Money.baht(20)),
                               STALL, config(printer))
    assert RASTER in printer.received and CUT in printer.received
    assert DRAWER not in printer.received


@pytest.mark.parametrize("status, words", [
    ({1: 0x12, 2: 0x12, 4: 0x72}, "out of paper"),
    ({1: 0x1A, 2: 0x16, 4: 0x12}, "cover is open"),
    ({1: 0x1A, 2: 0x52, 4: 0x12}, "reports an error"),
    ({1: 0x1A, 2: 0x12, 4: 0x12}, "offline"),
])
def test_a_printer_that_cannot_print_is_not_sent_the_job_and_says_why(
        db, vendor, products, english, status, words):
    cash = sale(db, vendor, products, cash_tendered=Money.baht(20))
    with FakeNetworkPrinter(status) as printer:
        with pytest.raises(PrinterError) as error:
            printing.print_receipt(cash, STALL, config(printer))
    assert words in error.value.message and "The sale is saved" in error.value.message
    assert RASTER not in printer.received and CUT not in printer.received
    assert DRAWER in printer.received  # the customer's change still comes out


def test_a_printer_that_does_not_report_its_status_prints_as_before(db, vendor, products):
    with FakeNetworkPrinter(status=None) as printer:
        printing.print_receipt(sale(db, vendor, products, promptpay=Money.baht(20)),
                               STALL, config(printer))
    assert RASTER in printer.received and CUT in printer.received
    assert len(STATUS_QUERY.findall(printer.received)) == 1  # no answer: not asked again


def test_a_low_roll_still_prints(db, vendor, products):
    with FakeNetworkPrinter({**READY, 4: 0x1E}) as printer:
        printing.print_receipt(sale(db, vendor, products, promptpay=Money.baht(20)),
                               STALL, config(printer))
    assert RASTER in printer.received


def test_status_bytes(english):
    assert parse_status({}) == PrinterStatus()
    assert parse_status({1: 0x12, 2: 0x12, 4: 0x12}) == PrinterStatus(known=True)
    assert parse_status({1: 0x12, 2: 0x12, 4: 0x1E}).paper_low
    assert parse_status({1: 0x12, 2: 0x32, 4: 0x12}).paper_out  # stopped at the paper end
    # bytes that break the fixed bits are not answers: unknown, never "offline"
    assert not any(is_answer(b) for b in (0x00, 0xFF, 0x13, 0x92, ord("A")))
    assert parse_status({1: 0xFF, 2: 0x00, 4: 0x41}) == PrinterStatus()
    assert PrinterStatus().summary() == "The printer does not report its status."
    assert PrinterStatus(known=True).summary() == "The printer is ready."
    assert "running low" in PrinterStatus(known=True, paper_low=True).summary()
