"""The day slip (summary so far / day-close summary): the cash difference in words, a heading
for every column, on 80 mm and A4."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from kiosk.dates import today
from kiosk.money import Money
from kiosk.reports.day_report import build_day_report_a4, build_day_report_receipt
from kiosk.services import sale_commit, sales
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, make_catalogue, open_day, participant_id
from test_receipt import bare
from test_receipt_issuer import look


def texts(report, name: str = "") -> list[str]:
    """The 80 mm slip's text and the A4 copy's."""
    slip, a4_pdf = build_day_report_receipt(report), build_day_report_a4(report)
    if name:
        look(slip, name)
        look(a4_pdf, name + "-a4")
    a4 = PdfReader(io.BytesIO(a4_pdf))
    return [PdfReader(io.BytesIO(slip)).pages[0].extract_text(),
            "".join(page.extract_text() for page in a4.pages)]


@pytest.fixture
def day(db, vendor, staff):
    products = make_catalogue(db)
    open_day(db, vendor, opening_float=Money.baht(100))
    owner = participant_id(db)
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2", owner), ("CUCUMBER", "0.35")),
                             vendor, PaymentRequest(cash_tendered=Money.baht(100)))  # 61
    sale_commit.commit_sale(db, cart_of(products, ("CHILI", "1")), vendor,
                      PaymentRequest(promptpay=Money.baht(15)))
    return sale


@pytest.mark.parametrize("counted, word, amount", [
    ("156", "เงินขาด", "5.00"), ("166", "เงินเกิน", "5.00"), ("161", "เงินตรงพอดี", None)])
def test_the_cash_difference_is_said_in_words(db, staff, day, counted, word, amount):
    report = sales.close_day(db, staff, Money.baht(counted))  # 100 float + 61 cash expected
    for text in texts(report, f"day-slip-{counted}"):
        flat = bare(text)
        assert bare(word) in flat
        assert bare("ส่วนต่าง") not in flat
        assert "-5.00" not in text
        if amount:  # the word and its amount on one row
            assert bare(word) + amount in flat
        assert bare("สรุปยอดปิดร้าน") in flat and "Z" not in text.replace("JP-", "")


def test_every_column_of_the_owners_table_has_its_heading(db, staff, day):
    report = sales.day_report(db, today())
    for text in texts(report, "day-slip-x"):
        flat = bare(text)
        for heading in ("เจ้าของผัก", "ยอดขาย", "หักเข้ากองทุน", "ยอดสุทธิ",
                        "สินค้า", "จำนวน", "จำนวนเงิน"):
            assert bare(heading) in flat, heading
        assert bare("สรุปยอดถึงตอนนี้") in flat
        assert "0.350" in text  # a weight as the receipt and the screens write it
        assert bare("(ยอดขาย ค่าธรรมเนียม สุทธิ)") not in flat
