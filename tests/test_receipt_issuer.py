"""What a receipt says: its issuer, how it was paid, its refunds and void, weights as on screen."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.errors import InvalidInput, NotAllowed
from kiosk.money import Money
from kiosk.printing.receipts import stall_info
from kiosk.reports.receipt import StallInfo, build_receipt
from kiosk.services import sale_commit, sale_reversals, settings, settings_form
from kiosk.services.demo import with_check_digit
from kiosk.services.issuer import check_tax_id
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, make_catalogue, open_day
from test_receipt import bare

STALL = StallInfo("แปลงผักปลอดสารพิษ ตลาดจอมพล", "ตลาดจอมพล จ.ขอนแก่น", "081-234-5678")


def text_of(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def paper(sale, name: str = "", copy: bool = False) -> tuple[str, str]:
    """The receipt's text as extracted, and without marks or spaces; looked at when named."""
    pdf = build_receipt(sale, STALL, copy=copy)
    if name:
        look(pdf, name)
    text = text_of(pdf)
    return text, bare(text)


def look(pdf: bytes, name: str) -> Path | None:
    """Render ``pdf`` to a PNG where KIOSK_PAPER_DIR says (to open and look at it)."""
    folder = os.environ.get("KIOSK_PAPER_DIR")
    if not folder or not shutil.which("pdftoppm"):
        return None
    target = Path(folder) / name
    target.with_suffix(".pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile",
                    str(target.with_suffix(".pdf")), str(target)], check=True)
    return target.with_suffix(".png")


@pytest.fixture
def products(db, vendor):
    catalogue = make_catalogue(db)
    open_day(db, vendor)
    return catalogue


# -- the issuer -----------------------------------------------------------------------------
def test_a_tax_id_is_13_digits_with_its_checksum(english):
    good = with_check_digit("099400012345")
    assert check_tax_id(f"{good[0]}-{good[1:5]}-{good[5:10]}-{good[10:12]}-{good[12]}") == good
    assert check_tax_id("  ") == ""
    with pytest.raises(InvalidInput, match="13 digits"):
        check_tax_id("12345")
    wrong = good[:12] + str((int(good[12]) + 1) % 10)
    with pytest.raises(InvalidInput, match="last digit"):
        check_tax_id(wrong)


@pytest.mark.slow  # every paper rendered
def test_the_admin_sets_the_issuer_and_every_receipt_names_it(db, admin, vendor, products):
    form = settings_form.load_general(db)
    from dataclasses import replace
    good = with_check_digit("099400012345")
    with pytest.raises(InvalidInput):
        settings_form.save_general(db, admin, replace(form, issuer_tax_id=good[:12] + "x"))
    assert settings.read(db, "issuer_tax_id") == ""  # nothing written
    with pytest.raises(NotAllowed):
        settings_form.save_general(db, vendor, replace(form, issuer_name="x"))
    settings_form.save_general(db, admin, replace(
        form, issuer_name="มูลนิธิเพื่อนเกษตรกร จอมพล", issuer_tax_id=good))
    assert settings_form.load_general(db).issuer_tax_id == (
        f"{good[0]}-{good[1:5]}-{good[5:10]}-{good[10:12]}-{good[12]}")
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(20)))
    flat = bare(text_of(build_receipt(sale, stall_info(db))))
    assert bare("มูลนิธิเพื่อนเกษตรกร จอมพล") in flat
    assert bare("เลขประจำตัวผู้เสียภาษี") in flat
    assert f"{good[0]}-{good[1:5]}-{good[5:10]}-{good[10:12]}-{good[12]}" in flat


def test_without_a_tax_id_the_receipt_prints_no_tax_id_line(db, vendor, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(20)))
    assert bare("เลขประจำตัวผู้เสียภาษี") not in bare(text_of(build_receipt(sale, stall_info(db))))


# -- how it was paid ------------------------------------------------------------------------
def test_a_promptpay_only_receipt_says_so_and_has_no_change_line(db, vendor, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2"), ("CUCUMBER", "0.35")), vendor,
                             PaymentRequest(promptpay=Money.baht(61)))
    text, flat = paper(sale, "promptpay-only")
    assert bare("โอนพร้อมเพย์") in flat and "61.00" in text
    assert bare("เงินทอน") not in flat
    assert bare("รับเงินสด") not in flat


def test_a_cash_receipt_shows_cash_received_and_change(db, vendor, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2"), ("CUCUMBER", "0.35")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(100)))
    text, flat = paper(sale, "cash")
    assert bare("รับเงินสด") in flat and "100.00" in text
    assert bare("เงินทอน") in flat and "39.00" in text
    assert bare("โอนพร้อมเพย์") not in flat
    # a weight reads with three decimals, as the cart and the weighing screen write it
    assert "0.350" in text


def test_a_split_receipt_shows_the_cash_part_and_its_change(db, vendor, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2"), ("CUCUMBER", "0.35")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(50), promptpay=Money.baht(20)))
    text, flat = paper(sale)
    for word, figure in (("โอนพร้อมเพย์", "20.00"), ("จ่ายเงินสด", "41.00"),
                         ("รับเงินสด", "50.00"), ("เงินทอน", "9.00")):
        assert bare(word) in flat and figure in text, word


# -- after a refund or a void ---------------------------------------------------------------
def test_a_reprint_after_a_refund_shows_it_and_the_net(db, vendor, staff, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2"), ("CUCUMBER", "0.5")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(100)))  # 40 + 30 = 70
    kale = sale.lines[0]
    refunded = sale_reversals.refund_lines(db, sale.sale_id, {kale.line_id: Decimal("1")}, vendor,
                                  "2222", "เหี่ยว")
    assert refunded.net == Money.baht(50)
    text, flat = paper(refunded, "reprint-after-refund", copy=True)
    assert bare("คืนเงิน") in flat and "-฿20.00" in text
    assert bare("ยอดสุทธิ") in flat and "50.00" in text
    assert bare("ยกเลิก") not in flat
    # a receipt with no refund has no net line
    assert bare("ยอดสุทธิ") not in paper(sale)[1]


def test_a_reprint_after_a_void_says_voided_with_a_net_of_nothing(db, vendor, staff, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(40)))
    sale_reversals.refund_lines(db, sale.sale_id, {sale.lines[0].line_id: Decimal("1")}, vendor,
                       "2222", "เหี่ยว")
    voided = sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ลูกค้าเปลี่ยนใจ")
    assert voided.net == Money(0)
    text, flat = paper(voided, "reprint-after-void", copy=True)
    assert bare("ยกเลิกแล้ว") in flat and bare("ยกเลิกบิล") in flat
    assert bare("คืนเงิน") in flat and text.count("-฿20.00") == 2
    assert bare("ยอดสุทธิ") in flat and "฿0.00" in text


# -- the stall's PromptPay poster -----------------------------------------------------------
def test_the_poster_names_the_account_holder_and_says_to_show_the_success_screen(db, tmp_path):
    from kiosk import promptpay
    from kiosk.printing import poster
    from kiosk.services import stall_poster
    settings.change(db, None, receipt_folder=str(tmp_path), promptpay_target="0891234567",
                    promptpay_account_name="นาง สมศรี ใจดี")
    path, pdf = poster.save_poster(stall_poster.poster_job(db))
    look(pdf, "poster")
    flat = bare(text_of(pdf))
    for words in ("นาง สมศรี ใจดี", "หน้าจอ", "สำเร็จ", "สแกนคิวอาร์", "089-123-4567"):
        assert bare(words) in flat, words
    if shutil.which("pdftoppm") and shutil.which("zbarimg"):
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(path),
                        str(tmp_path / "page")], check=True)
        scanned = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "page.png")],
                                 capture_output=True, text=True)
        assert scanned.stdout.strip() == promptpay.payload("0891234567")
    settings.change(db, None, promptpay_account_name="")
    _, pdf = poster.save_poster(stall_poster.poster_job(db))
    assert bare("ชื่อบัญชี") not in bare(text_of(pdf))


def test_the_general_tab_refuses_a_wrong_tax_id_and_saves_a_right_one(db, admin, qtbot):
    from kiosk.ui.context import AppContext, DataBus
    from kiosk.ui.settings.general import GeneralTab
    bus = DataBus(db)
    try:
        tab = GeneralTab(AppContext(db, bus, admin))
        qtbot.addWidget(tab)
        tab.show()
        good = with_check_digit("099400012345")
        wrong = good[:12] + str((int(good[12]) + 1) % 10)
        for key in ("issuer_name", "issuer_tax_id", "promptpay_account_name"):
            edit = tab.fields[key]
            assert edit.objectName() and edit.accessibleName()
        tab.fields["issuer_name"].insert("มูลนิธิเพื่อนเกษตรกร")
        qtbot.keyClicks(tab.fields["issuer_tax_id"], wrong)
        assert not tab.save()
        assert tab.message.isVisible() and "หลักสุดท้ายไม่ตรง" in tab.message.text()
        assert settings.read(db, "issuer_name") == ""  # nothing written
        tab.fields["issuer_tax_id"].clear()
        qtbot.keyClicks(tab.fields["issuer_tax_id"], good)
        tab.fields["promptpay_account_name"].insert("มูลนิธิเพื่อนเกษตรกร")
        assert tab.save()
        assert settings.read(db, "issuer_tax_id") == good
        assert settings.read(db, "promptpay_account_name") == "มูลนิธิเพื่อนเกษตรกร"
    finally:
        bus.detach()


def test_a_long_issuer_name_breaks_between_thai_words(db, vendor, products):
    from kiosk.reports.thai_wrap import words
    name = "วิสาหกิจชุมชนกลุ่มผู้ปลูกผักปลอดสารพิษตลาดจอมพลขอนแก่นจังหวัดขอนแก่น"
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                                   PaymentRequest(cash_tendered=Money.baht(20)))
    text = text_of(build_receipt(sale, StallInfo(STALL.name, "", issuer_name=name)))
    parts = [bare(line) for line in text.splitlines() if bare(line) and bare(line) in bare(name)]
    assert len(parts) >= 2 and "".join(parts) == bare(name)  # wrapped, nothing lost
    ends, at = set(), 0
    for word in words(name):
        at += len(bare(word))
        ends.add(at)
    at = 0
    for part in parts[:-1]:
        at += len(part)
        assert at in ends, part  # each line ends where a word ends
