"""Printing: ESC/POS bytes through python-escpos's Dummy printer, saved PDFs, printer errors."""

from __future__ import annotations

import re
import socket

import pytest
from escpos.printer import Dummy

from kiosk.money import Money
from kiosk.reports.receipt import StallInfo
from kiosk.printing import escpos as escpos_printing
from kiosk.printing import receipts as printing
from kiosk.services import printer_settings, sale_commit, sales
from kiosk.services.printer_settings import PrinterError, PrinterSettings
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, make_catalogue, open_day

STALL = StallInfo("แปลงผักปลอดสารพิษ ตลาดจอมพล", "ตลาดจอมพล จ.ขอนแก่น")
RASTER = b"\x1dv0"  # GS v 0: print raster bit image
DRAWER = b"\x1bp"  # ESC p: kick the cash drawer
CUT = b"\x1dV"  # GS V: cut
THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.fixture
def products(db, vendor):
    """The catalogue, and today opened (a sale needs an opened day)."""
    catalogue = make_catalogue(db)
    open_day(db, vendor)
    return catalogue


def escpos(**kwargs) -> PrinterSettings:
    return PrinterSettings(kind="escpos", escpos_connection="network:127.0.0.1:9", **kwargs)


def raster_widths(data: bytes) -> list[int]:
    """The width in bytes of every GS v 0 block (xL xH after the mode byte)."""
    return [data[m.end() + 1] | data[m.end() + 2] << 8 for m in re.finditer(re.escape(RASTER), data)]


def test_a_cash_sale_prints_a_576_dot_raster_cuts_and_opens_the_drawer(db, vendor, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(20)))
    dummy = Dummy()
    outcome = printing.print_receipt(sale, STALL, escpos(), device=dummy)
    data = dummy.output
    assert outcome.drawer_opened and outcome.pdf.startswith(b"%PDF")
    assert RASTER in data and set(raster_widths(data)) == {72}  # 72 bytes = 576 dots
    assert CUT in data and data.rindex(CUT) > data.rindex(RASTER)
    assert DRAWER in data
    assert "ผักชี".encode("cp874") not in data  # the printer never sees text


def test_promptpay_sales_and_reprints_keep_the_drawer_shut(db, vendor, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                             PaymentRequest(promptpay=Money.baht(20)))
    dummy = Dummy()
    printing.print_receipt(sale, STALL, escpos(), device=dummy)
    assert DRAWER not in dummy.output and CUT in dummy.output
    cash_sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2")), vendor,
                                  PaymentRequest(cash_tendered=Money.baht(40)))
    reprint = Dummy()
    outcome = printing.print_receipt(cash_sale, STALL, escpos(), copy=True, device=reprint)
    assert DRAWER not in reprint.output and not outcome.drawer_opened


def test_pdf_mode_saves_the_receipt_in_the_folder(db, vendor, products, tmp_path):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(20)))
    config = PrinterSettings(kind="pdf", folder=tmp_path / "receipts")
    outcome = printing.print_receipt(sale, STALL, config)
    assert outcome.path == tmp_path / "receipts" / f"{sale.number}.pdf"
    assert outcome.path.read_bytes() == outcome.pdf
    copy = printing.print_receipt(sale, STALL, config, copy=True)
    assert copy.path.name == f"{sale.number}-copy.pdf" and outcome.path.exists()


def test_the_settings_give_the_printer_and_the_default_folder(db, admin):
    from kiosk.services import settings
    config = printer_settings.printer_settings(db)
    assert config.kind == "pdf" and config.folder == printer_settings.default_receipt_folder(db)
    settings.change(db, admin.operator_id, printer_kind="escpos",
                    printer_escpos_connection="usb:0x0416:0x5011", printer_timeout_seconds=3)
    config = printer_settings.printer_settings(db)
    assert (config.kind, config.escpos_connection, config.timeout_seconds) == (
        "escpos", "usb:0x0416:0x5011", 3.0)
    assert printing.stall_info(db).name == "แปลงผักปลอดสารพิษ ตลาดจอมพล"


class VanishingPrinter(Dummy):
    """A printer unplugged half-way through the image."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0

    def _raw(self, msg: bytes) -> None:
        self.sent += len(msg)
        if self.sent > 4000:
            raise OSError(5, "Input/output error")
        super()._raw(msg)


def test_a_printer_that_vanishes_mid_job_gives_a_thai_message(db, vendor, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(20)))
    with pytest.raises(PrinterError) as error:
        printing.print_receipt(sale, STALL, escpos(), device=VanishingPrinter())
    assert THAI.search(error.value.message)
    assert sales.sale_result(db, sale.sale_id).number == sale.number  # the sale stays


def test_an_unreachable_printer_fails_within_its_timeout(db, vendor, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(20)))
    with socket.socket() as probe:  # a local port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = PrinterSettings(kind="escpos", escpos_connection=f"network:127.0.0.1:{port}",
                             timeout_seconds=0.5)
    with pytest.raises(PrinterError) as error:
        printing.print_receipt(sale, STALL, config)
    assert THAI.search(error.value.message)


@pytest.mark.parametrize("connection", ["", "bluetooth:aa", "usb:zz:11", "usb:0x0416"])
def test_a_bad_connection_setting_is_refused(connection):
    from kiosk.errors import InvalidInput
    with pytest.raises(InvalidInput):
        escpos_printing.open_escpos(connection, 1)


def test_test_print_goes_through_the_same_path():
    dummy = Dummy()
    outcome = printing.test_print(STALL, escpos(), device=dummy)
    assert RASTER in dummy.output and DRAWER not in dummy.output and outcome.kind == "escpos"


def test_the_z_report_prints_on_80_mm_and_is_saved_as_a4(db, vendor, products, tmp_path):
    from pypdf import PdfReader
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                      PaymentRequest(cash_tendered=Money.baht(100)))
    report = sales.close_day(db, vendor, Money.baht(60))
    dummy = Dummy()
    config = escpos(folder=tmp_path / "reports")
    outcome = printing.print_day_report(report, config, device=dummy)
    assert RASTER in dummy.output and set(raster_widths(dummy.output)) == {72}
    assert DRAWER not in dummy.output  # a report never opens the drawer
    a4 = PdfReader(outcome.path)
    width, height = (float(v) for v in a4.pages[0].mediabox.upper_right)
    assert outcome.path.name == f"Z-{report.day.isoformat()}-A4.pdf"
    assert round(width) == 595 and round(height) == 842  # A4 in points
    assert "60.00" in "".join(page.extract_text() for page in a4.pages)


def test_the_system_error_text_goes_to_the_log_not_the_screen(db, vendor, products, caplog):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(20)))
    with pytest.raises(PrinterError) as error:
        printing.print_receipt(sale, STALL, escpos(), device=VanishingPrinter())
    assert "Input/output error" not in error.value.message and "Errno" not in error.value.message
    assert "พิมพ์อีกครั้ง" in error.value.message  # the way out
    assert "Input/output error" in caplog.text
