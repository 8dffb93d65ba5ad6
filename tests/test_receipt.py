"""The 80 mm receipt: content, size, Thai, QR, copy mark and its raster image."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from kiosk.money import Money, baht_text
from kiosk.reports.receipt import RASTER_WIDTH, StallInfo, build_receipt, raster
from kiosk.services import sale_commit, sale_reversals, sales
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, make_catalogue, open_day

STALL = StallInfo("แปลงผักปลอดสารพิษ ตลาดจอมพล", "ตลาดจอมพล อ.เมืองขอนแก่น จ.ขอนแก่น 40000",
                  "081-234-5678")


def bare(text: str) -> str:
    """Thai without combining marks (what text extraction keeps reliably), no spaces."""
    text = unicodedata.normalize("NFKC", text)  # สำเนา comes back as สําเนา
    return "".join(ch for ch in text
                   if unicodedata.category(ch) not in ("Mn", "Co") and not ch.isspace())


@pytest.fixture
def sale(db, vendor):
    products = make_catalogue(db)
    open_day(db, vendor)
    cart = cart_of(products, ("KALE", "2"), ("CUCUMBER", "0.35"), ("CORIANDER", "1"),
                   ("CHILI", "3"))  # 40 + 21 + 10 + 45 = 116
    return sale_commit.commit_sale(db, cart, vendor, PaymentRequest(
        cash_tendered=Money.baht(100), promptpay=Money.baht(20)))


def text_of(pdf: bytes) -> tuple[str, object]:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text(), reader.pages[0]


def test_the_receipt_shows_what_the_issue_lists(sale):
    text, page = text_of(build_receipt(sale, STALL))
    width_mm = float(page.mediabox.width) / 72 * 25.4
    assert round(width_mm) == 80
    for exact in (sale.number, "116.00", "100.00", "20.00", "4.00", "0.35", "081-234-5678"):
        assert exact in text, exact
    flat = bare(text)
    for thai in ("ใบเสร็จรับเงิน", STALL.name, "ผู้รับเงิน", sale.vendor_name, baht_text(sale.total),
                 "ผักชีฝรั่ง", "แตงกวาญี่ปุ่น", "พริกขี้หนู สี่สี", "ขอบคุณ", "พร้อมเพย์", "เงินทอน"):
        assert bare(thai) in flat, thai
    assert "2569" in text or str(sale.at.year + 543) in text  # Buddhist Era year
    assert bare("สำเนา") not in flat


def test_a_reprint_says_copy_and_a_void_says_so(db, sale, staff, vendor):
    text, _ = text_of(build_receipt(sale, STALL, copy=True))
    assert bare("สำเนา") in bare(text)
    voided = sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ลูกค้ายกเลิก")
    text, _ = text_of(build_receipt(voided, STALL, copy=True))
    assert bare("ยกเลิกแล้ว") in bare(text)


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
                    reason="needs zbarimg and pdftoppm")
def test_the_receipts_qr_leads_to_its_number(sale, tmp_path):
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(build_receipt(sale, STALL))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    [png] = list(tmp_path.glob("page*.png"))
    scanned = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
    assert scanned.stdout.strip() == sale.number


def test_the_raster_is_576_dots_of_one_bit_and_scans(sale, tmp_path):
    image = raster(build_receipt(sale, STALL))
    assert image.mode == "1" and image.width == RASTER_WIDTH and image.height > 600
    black = image.histogram()[0]
    assert 0.03 < black / (image.width * image.height) < 0.5  # text, not blank, not solid
    if shutil.which("zbarimg"):
        path = tmp_path / "raster.png"
        image.save(path)
        scanned = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True, text=True)
        assert scanned.stdout.strip() == sale.number


def test_a_long_sale_stays_on_one_page(db, vendor):
    products = make_catalogue(db, stock_each="100")
    open_day(db, vendor)
    items = [("KALE", "1"), ("CUCUMBER", "0.5"), ("CORIANDER", "1"), ("CHILI", "1")] * 8
    cart = cart_of(products, *[(c, q) for c, q in items[:3]])
    for code, qty in items[3:]:
        from sales_helpers import line
        from dataclasses import replace
        cart = replace(cart, lines=cart.lines + (line(products[code], qty),))
    result = sale_commit.commit_sale(db, cart, vendor, PaymentRequest(cash_tendered=cart.total))
    text, page = text_of(build_receipt(result, STALL))
    assert float(page.mediabox.height) > 600
    assert result.total.format(symbol=False) in text


def test_the_z_report_prints_on_80_mm_and_a4(db, sale, vendor, staff):
    from kiosk.reports.day_report import build_day_report_a4, build_day_report_receipt
    report = sales.close_day(db, staff, Money.baht(95))  # 100 cash - 4 change... 96 expected
    assert report.difference == Money.baht(-1)
    narrow, narrow_page = text_of(build_day_report_receipt(report))
    wide = PdfReader(io.BytesIO(build_day_report_a4(report)))
    assert round(float(narrow_page.mediabox.width) / 72 * 25.4) == 80
    assert round(float(wide.pages[0].mediabox.width) / 72 * 25.4) == 210
    a4_text = "".join(p.extract_text() for p in wide.pages)
    for text in (narrow, a4_text):
        for exact in ("116.00", "96.00", "95.00", "1.00", "40.00"):
            assert exact in text, exact
        assert "-1.00" not in text
        assert bare("เงินขาด") in bare(text) and bare("สรุปยอดปิดร้าน") in bare(text)


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
                    reason="needs zbarimg and pdftoppm")
def test_the_a5_poster_carries_the_static_qr(tmp_path):
    from kiosk.reports.poster import build_poster
    from kiosk import promptpay
    pdf = tmp_path / "poster.pdf"
    pdf.write_bytes(build_poster(STALL.name, "0812345678"))
    page = PdfReader(pdf).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 148
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(tmp_path / "p")], check=True)
    [png] = list(tmp_path.glob("p*.png"))
    scanned = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
    assert scanned.stdout.strip() == promptpay.payload("0812345678")
