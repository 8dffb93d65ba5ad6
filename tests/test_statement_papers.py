"""Statement and fund report PDFs: read back, every figure agrees with the books."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from kiosk import dates
from kiosk.money import Money, format_quantity
from kiosk.reports.fonts import REGULAR, register_fonts
from kiosk.reports.fund_report import build_fund_report_pdf
from kiosk.reports.statement import build_statement_pdf
from kiosk.reports.thai_wrap import break_lines, words
from kiosk.services import fund_postings, statements
from kiosk.services.fund_report import build_fund_report
from kiosk.services.statement_data import Month, ProductSales, format_code

from tests.statement_helpers import market_db, market_template  # noqa: F401

CODE = "ABCDEFGHJKM5"
PRINTED = date(2026, 11, 30)


def plain(value: str) -> str:
    """Text with Thai combining marks dropped: a shaped PDF loses some when read back,
    or gives their stacked forms as private-use characters."""
    return "".join(c for c in unicodedata.normalize("NFC", value)
                   if unicodedata.category(c) not in ("Mn", "Co")).replace("\u0e33", "\u0e32")


def pages(pdf: bytes) -> list[str]:
    return [plain(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def money(m: Money) -> str:
    return m.format(symbol=False)


def this_month() -> Month:
    return Month.of(dates.today())


def test_a_borrowers_statement_prints_every_figure(market_db):
    db, market = market_db
    paper = statements.build_statement(db, market.borrower, this_month())
    assert paper.loans and paper.loans[0].days_past_due > 0  # a loan in arrears
    text = "\n".join(pages(build_statement_pdf(paper, CODE, printed_on=PRINTED)))
    for figure in (paper.opening, paper.sales_gross, paper.commission, paper.loan_deducted,
                   paper.paid_out, paper.closing):
        assert money(abs(figure)) in text
    for loan in paper.loans:
        assert loan.number in text
        for figure in (loan.principal, loan.balance_start, loan.balance_end, loan.due_in_month,
                       loan.paid_in_month, loan.overdue):
            assert money(figure) in text
        assert f"{loan.days_past_due}" in text
    assert paper.number in text and format_code(CODE) in text
    assert plain(paper.name) in text and paper.code in text
    assert "หนา 1/1" in text or "หนา 1/2" in text  # หน้า with its tone mark dropped


def test_a_busy_statement_prints_sales_by_product_week_and_payouts(market_db):
    db, market = market_db
    month = this_month().previous()
    papers = list(statements.iter_statements(db, month, market.people))
    paper = max(papers, key=lambda p: len(p.products) + len(p.payouts))
    assert paper.products and paper.payouts
    text = "\n".join(pages(build_statement_pdf(paper, CODE, printed_on=PRINTED)))
    for product in paper.products:
        assert plain(product.name_th) in text
        assert money(product.amount) in text
        assert format_quantity(product.quantity) in text
    for payout in paper.payouts:
        assert money(payout.amount) in text
    for week in paper.weeks:
        assert f"{week.first.day}-{week.last.day}" in text
        if week.amount:
            assert f"{week.amount.satang // 100:,}" in text
    assert money(paper.sales_gross) in text


def test_a_participant_with_nothing_gets_one_short_page(market_db):
    db, market = market_db
    paper = statements.build_statement(db, market.quiet, this_month())
    pdf = build_statement_pdf(paper, CODE, printed_on=PRINTED)
    [text] = pages(pdf)
    assert plain("เดือนนี้ไม่มีรายการของคุณ") in text
    assert plain("ผักที่คุณขายได้") not in text and plain("เงินกู้ของคุณ") not in text
    assert plain("ขายผักได้เดือนนี้") not in text  # no rows of zeros either
    assert plain("กองทุนค้างจ่ายค่าผักคุณ สิ้นเดือน") in text


def test_the_fund_report_prints_its_figures_and_a_trial_balance_summing_to_zero(market_db):
    db, market = market_db
    report = build_fund_report(db, this_month())
    pdf = build_fund_report_pdf(report, CODE, printed_on=PRINTED)
    texts = pages(pdf)
    text = "\n".join(texts)
    for name in ("money_start", "money_end", "owed_start", "owed_end", "lent_start", "lent_end",
                 "donations", "commission", "grants", "loans_given", "loans_repaid", "interest",
                 "write_offs", "par_at_risk"):
        assert money(getattr(report, name)) in text, name
    for line in report.arrears:
        assert line.number in text and money(line.overdue) in text
    for crop in report.crops:
        assert plain(crop.name) in text and money(crop.amount) in text
    last = texts[-1]  # the trial balance is on the last page
    debit = sum((r.debit for r in report.trial_balance), Money(0))
    assert debit == sum((r.credit for r in report.trial_balance), Money(0))
    assert last.count(money(debit)) >= 2 and "0.00)" in last
    for row in report.trial_balance:
        assert row.code in last
    assert report.chain_head in last
    assert f"หนา {len(texts)}/{len(texts)}" in last


def test_a_long_table_breaks_across_pages_with_its_header_repeated(market_db):
    db, market = market_db
    paper = statements.build_statement(db, market.people[1], this_month())
    many = tuple(ProductSales(f"ผักชีฝรั่งพันธุ์ญี่ปุ่นจากแปลงที่ {n}", "Culantro", "bunch",
                              Decimal(n), Money(100 * n)) for n in range(1, 70))
    paper = replace(paper, products=many, sales_gross=sum((p.amount for p in many), Money(0)))
    texts = pages(build_statement_pdf(paper, CODE, printed_on=PRINTED))
    assert len(texts) >= 3
    holding = [t for t in texts if plain("ผักชีฝรั่งพันธุ์") in t]
    assert len(holding) >= 2
    for text in holding:  # the header row repeats on every page of the table
        assert plain("จำนวนเงิน (บาท)") in text
    assert f"หนา 2/{len(texts)}" in texts[1]


def test_thai_wraps_between_words_and_never_past_the_cell():
    register_fonts()
    phrase = "ค่าคอมมิชชันและเงินที่หักชำระเงินกู้จากยอดขายผักปลอดสารพิษตลาดจอมพล"
    lines = break_lines(phrase, REGULAR, 11, 90)
    assert len(lines) > 1 and "".join(lines) == phrase
    boundaries = set()
    position = 0
    for word in words(phrase):
        position += len(word)
        boundaries.add(position)
    position = 0
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for line in lines[:-1]:
        position += len(line)
        assert position in boundaries  # broken between words, never inside one
        assert stringWidth(line, REGULAR, 11) <= 90
    # one word wider than its cell is cut between letters, each keeping its marks
    long = break_lines("ญี่ปุ่น" * 12, REGULAR, 11, 40)
    assert all(stringWidth(line, REGULAR, 11) <= 40 for line in long)
    assert not any(unicodedata.category(line[0]) == "Mn" for line in long)


def test_same_paper_same_bytes_and_a_closed_month_prints_the_same_later(market_db):
    db, market = market_db
    closed = this_month().previous()
    fund_postings.close_month(db, closed.year, closed.month, None)
    paper = statements.build_statement(db, market.people[1], closed)
    first = build_statement_pdf(paper, CODE, printed_on=PRINTED)
    report_first = build_fund_report_pdf(build_fund_report(db, closed), CODE, printed_on=PRINTED)
    # later activity in the open month changes nothing of the closed one
    fund_postings.record_donation(db, key="later", donor="MICE", amount=Money.baht(700), on=dates.today(),
                         received_into="bank")
    again = statements.build_statement(db, market.people[1], closed)
    assert again == paper
    assert build_statement_pdf(again, CODE, printed_on=PRINTED) == first
    assert build_fund_report_pdf(build_fund_report(db, closed), CODE,
                                 printed_on=PRINTED) == report_first


def test_english_statement(market_db):
    db, market = market_db
    paper = statements.build_statement(db, market.borrower, this_month())
    text = "\n".join(pages(build_statement_pdf(paper, CODE, lang="en", printed_on=PRINTED)))
    assert "This month in short" in text and "Page 1/1" in text
    assert money(paper.closing) in text


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="needs zbarimg to read the QR")
def test_the_qr_reads_back_as_the_printed_code(market_db, tmp_path):
    import pypdfium2 as pdfium
    db, market = market_db
    paper = statements.build_statement(db, market.borrower, this_month())
    document = pdfium.PdfDocument(build_statement_pdf(paper, CODE, printed_on=PRINTED))
    document[0].render(scale=200 / 72).to_pil().save(tmp_path / "page.png")
    document.close()
    found = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page.png")],
                           capture_output=True, text=True, check=True).stdout.split()
    assert found == [CODE]


def test_grants_training_and_plot_tasks_are_printed(market_db):
    from kiosk.services import plot_tasks, plot_training
    db, market = market_db
    who = market.people[1]
    [task] = plot_tasks.add_task(db, market.staff, "weed", dates.today(), assignee_id=who,
                                 note="แปลงที่ 3")
    plot_tasks.mark_task_done(db, market.staff, task)
    plot_training.add_training(db, market.staff, dates.today(),
                               "การเก็บเมล็ดพันธุ์ผักพื้นบ้าน", "ครูบุญมี", [who])
    fund_postings.give_grant(db, key="g-now", participant_id=who, amount=Money.baht(321),
                    purpose="ค่าเมล็ดพันธุ์ถั่วฝักยาว", on=dates.today())
    paper = statements.build_statement(db, who, this_month())
    assert len(paper.tasks) == 1 and paper.grants_total == Money.baht(321)
    text = "\n".join(pages(build_statement_pdf(paper, CODE, printed_on=PRINTED)))
    assert plain("งานในแปลงที่คุณทำ") in text and plain("ถอนหญ้า") in text
    assert plain("การเก็บเมล็ดพันธุ์ผักพื้นบ้าน") in text
    assert "321.00" in text and plain("ค่าเมล็ดพันธุ์ถั่วฝักยาว") in text
