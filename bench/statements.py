"""Benchmark: 200 participants' statements for a busy month, beside plain reportlab.

Run: .venv/bin/python bench/statements.py [PARTICIPANTS]. Targets (issue 12):
200 statements in under 20 s, and at most 1.5x what plain reportlab takes to
build pages of the same content (the baseline lays the same tables out with
bare Paragraphs and Tables: no word breaking, no page n/total, no shared
styles; the same Sarabun with shaping, the same chart and QR). Both are
timed in the same run on the same Statement values.

The busy month is made through the services (sales with commission and loan
deductions, refunds, payouts, grants, training); making it is not timed.
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
import time
from datetime import date, datetime, time as clock, timedelta
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table

from kiosk import dates, schema
from kiosk.db import Database
from kiosk.models import Category, Participant, Product, Role
from kiosk.money import Money, baht_text, format_quantity
from kiosk.printing import statement_batch
from kiosk.reports.charts import column_chart
from kiosk.reports.fonts import thai_style
from kiosk.reports.paper import LOGO
from kiosk.reports.statement import build_statement_pdf
from kiosk.services import (auth, fund, fund_postings, loans, plot_training, sale_commit,
                            sale_reversals, sale_rules, sales, statements, stock, trading_day,
                            verification)
from kiosk.services.cart import Cart, CartLine
from kiosk.services.statement_data import Month, Statement
from figures import figure

PRODUCTS = [("KALE", "คะน้า", "bunch", "20"), ("CUCUMBER", "แตงกวาญี่ปุ่น", "kg", "60"),
            ("CULANTRO", "ผักชีฝรั่ง", "bunch", "10"), ("CHILI", "พริกขี้หนู สี่สี", "100g", "15"),
            ("BEAN", "ถั่วฝักยาว", "bunch", "25"), ("BASIL", "กะเพรา", "bunch", "10"),
            ("MORNING", "ผักบุ้งจีน", "bunch", "15"), ("EGGPLANT", "มะเขือเปราะ", "kg", "40")]


def busy_month(db: Database, people: int, seed: int = 7) -> Month:
    """The month before this one, full of activity; returns it."""
    rng = random.Random(seed)
    month = Month.of(dates.today()).previous()
    vendor = auth.SignedIn(auth.create_operator(db, "น้องฝน ขายดี", Role.VENDOR, "1111"),
                           "น้องฝน ขายดี", Role.VENDOR, None)
    staff = auth.SignedIn(auth.create_operator(db, "พี่แดง จัดการ", Role.STAFF, "2222"),
                          "พี่แดง จัดการ", Role.STAFF, None)
    with db.unit_of_work() as session:
        category = Category(code="VEG", name_th="ผัก", name_en="Vegetables", sort_order=0)
        session.add(category)
        session.flush()
        for code, name, unit, price in PRODUCTS:
            product = Product(code=code, name_th=name, name_en=code.title(), category_id=category.id,
                              unit=unit, sold_by_weight=unit == "kg", price=Money.baht(price),
                              picture="", active=True, sort_order=0)
            session.add(product)
            session.flush()
            stock.add_movement(session, product.id, Decimal(1_000_000), "harvest")
        for n in range(people):
            session.add(Participant(name_th=f"สมาชิก ญี่ปุ่น ที่ {n + 1}", nickname=f"ป้า{n + 1}",
                                    phone="", joined_on=date(2025, 6, 1), active=True, notes=""))
    with db.reading() as session:
        ids = [p.id for p in session.query(Participant).order_by(Participant.id)]
        products = [(p.id, p.code, p.name_th, p.name_en, p.unit, p.sold_by_weight, p.price)
                    for p in session.query(Product).order_by(Product.id)]
    start = month.previous().first
    fund_postings.record_donation(db, key="seed", donor="KKTT", amount=Money.baht(500_000), on=start,
                         received_into="cash")
    for n, pid in enumerate(ids[: people // 4]):
        loans.lend(db, key=f"loan-{pid}", participant_id=pid, principal=Money.baht(3000),
                   start_on=start + timedelta(days=n % 20), term=6, frequency="month",
                   method="flat", annual_rate="12", purpose="ซื้อเมล็ดพันธุ์",
                   auto_deduct_percent="20")
    for pid in ids:
        for _ in range(8):
            day = date(month.year, month.month, rng.randint(1, month.last.day))
            cart = Cart()
            for product_id, code, th, en, unit, by_weight, price in rng.sample(products, 3):
                cart = cart.add(CartLine(product_id, code, th, en, unit, by_weight,
                                         Decimal(rng.randint(1, 5)), price, pid))
            at = datetime.combine(day, clock(rng.randint(8, 17)), tzinfo=dates.BANGKOK)
            if not trading_day.day_state(db, at).opened:  # a sale needs its day opened
                sales.open_day(db, vendor, Money(0), at)
            result = sale_commit.commit_sale(db, cart, vendor, sale_rules.PaymentRequest(
                cash_tendered=cart.total), now=at)
            if rng.random() < 0.03:
                sale_reversals.void_sale(db, result.sale_id, vendor, "2222", "ลูกค้าเปลี่ยนใจ",
                                now=datetime.combine(day, clock(18), tzinfo=dates.BANGKOK))
    for pid in ids:
        owed = fund.owed_to(db, pid)
        if owed.satang > 10000:
            fund_postings.pay_out(db, key=f"pay-{pid}", participant_id=pid, amount=Money(owed.satang // 2),
                         on=date(month.year, month.month, 25))
    for week in range(4):
        plot_training.add_training(db, staff, month.first + timedelta(days=7 * week + 3),
                          "การทำปุ๋ยหมักแบบไม่พลิกกลับกอง", "อาจารย์สมชาย",
                          rng.sample(ids, min(30, len(ids))))
    return month


def baseline_pdf(paper: Statement, code: str) -> bytes:
    """The same content with bare reportlab: Paragraphs, Tables, the chart and the QR."""
    body = thai_style("b-body", 11.5)
    big = thai_style("b-big", 15, leading=21)
    heading = thai_style("b-heading", 14, bold=True)
    cell = lambda value, style=body: Paragraph(escape(str(value)), style)  # noqa: E731
    width = A4[0] - 30 * mm
    widget = QrCodeWidget(code)
    x1, y1, x2, y2 = widget.getBounds()
    qr = Drawing(26 * mm, 26 * mm, transform=[26 * mm / (x2 - x1), 0, 0, 26 * mm / (y2 - y1), 0, 0])
    qr.add(widget)
    story = [Table([[Image(str(LOGO), 22 * mm, 22 * mm),
                     [cell(paper.stall_name), cell(f"ใบแจ้งยอดประจำเดือน {paper.month.label()}", heading),
                      cell(f"{paper.name} ({paper.nickname}) รหัส {paper.code}"),
                      cell(f"ใบแจ้งยอดเลขที่ {paper.number}")], [qr, cell(code)]]],
                   colWidths=[26 * mm, width - 66 * mm, 40 * mm]), Spacer(1, 3 * mm)]
    short = [("ต้นเดือน", paper.opening), ("ขายผักได้", paper.sales_gross),
             ("ค่าฝากขาย", paper.commission), ("หักค่างวดเงินกู้", paper.loan_deducted),
             ("จ่ายให้แล้ว", paper.paid_out), ("สิ้นเดือน", paper.closing)]
    story.append(Table([[cell(a, big), cell(b.format(symbol=False), big)] for a, b in short]
                       + [[cell("ตัวหนังสือ"), cell(baht_text(abs(paper.closing)))]],
                       colWidths=[width * 0.62, width * 0.38]))
    rows = [[cell("ผัก"), cell("จำนวน"), cell("จำนวนเงิน")]]
    rows += [[cell(p.name_th), cell(f"{format_quantity(p.quantity)} {p.unit}"),
              cell(p.amount.format(symbol=False))] for p in paper.products]
    story += [cell("ผักที่คุณขายได้", heading),
              Table(rows, colWidths=[width * 0.5, width * 0.22, width * 0.28], repeatRows=1),
              column_chart([(f"{w.first.day}-{w.last.day}", w.amount) for w in paper.weeks],
                           width * 0.75, 42 * mm)]
    if paper.payouts:
        story.append(Table([[cell(dates.format_date(l.on)), cell(l.text),
                             cell(l.amount.format(symbol=False))] for l in paper.payouts],
                           colWidths=[width * 0.2, width * 0.55, width * 0.25]))
    for loan in paper.loans:
        story.append(Table([[cell(a), cell(b)] for a, b in (
            (f"เงินกู้ {loan.number}", loan.principal.format(symbol=False)),
            ("ต้นเดือน", loan.balance_start.format(symbol=False)),
            ("ค่างวดเดือนนี้", loan.due_in_month.format(symbol=False)),
            ("ชำระเดือนนี้", loan.paid_in_month.format(symbol=False)),
            ("สิ้นเดือน", loan.balance_end.format(symbol=False)))],
            colWidths=[width * 0.6, width * 0.4]))
    if paper.trainings:
        story.append(Table([[cell(dates.format_date(t.on)), cell(t.text)] for t in paper.trainings],
                           colWidths=[width * 0.2, width * 0.8]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                      invariant=1).build(story)
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    people = int(argv[1]) if len(argv) > 1 else 200
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        schema.upgrade(db)
        started = time.perf_counter()
        month = busy_month(db, people)
        print(f"made a busy month ({month.key}) for {people} participants in "
              f"{time.perf_counter() - started:.1f} s (not timed)")
        build_statement_pdf(statements.build_statement(db, 1, month), "ABCDEFGHJKM5")  # warm-up
        baseline_pdf(statements.build_statement(db, 1, month), "ABCDEFGHJKM5")

        t0, c0 = time.perf_counter(), time.process_time()
        ids = statements.statement_participants(db, month)
        papers = list(statements.iter_statements(db, month, ids))
        codes = verification.issue(db, papers)
        t1 = time.perf_counter()
        ours = [build_statement_pdf(p, c) for p, c in zip(papers, codes)]
        t2, c2 = time.perf_counter(), time.process_time()
        plain = [baseline_pdf(p, c) for p, c in zip(papers, codes)]
        t3, c3 = time.perf_counter(), time.process_time()
        # the command as staff run it: every file, the fund report and the
        # combined file written to disk
        result = statement_batch.produce(db, month, Path(folder) / "out")
        t4 = time.perf_counter()
        db.dispose()
    books, layout, baseline = t1 - t0, t2 - t1, t3 - t2
    cpu_ours, cpu_base = c2 - c0, c3 - c2
    lines = sum(len(p.products) for p in papers)
    print(f"{len(papers)} statements ({lines} product lines, "
          f"{sum(1 for p in papers if p.loans)} with loans), {sum(map(len, ours)) // 1024} KB")
    print(f"  ours:     {books + layout:6.2f} s  (books {books:.2f} s + layout {layout:.2f} s)"
          f"   target < 20 s")
    print(f"  baseline: {baseline:6.2f} s  plain reportlab, same tables")
    print(f"  layout / baseline: {layout / baseline:.2f}x, everything / baseline: "
          f"{(books + layout) / baseline:.2f}x   target <= 1.5x")
    print(f"  kiosk statements ({len(result.files)} files + fund report + combined file, "
          f"written): {t4 - t3:.2f} s")
    print(f"  CPU time (steadier on a shared machine): ours {cpu_ours:.2f} s, baseline "
          f"{cpu_base:.2f} s, {cpu_ours / cpu_base:.2f}x; {len(plain)} baseline PDFs")
    what = "plain reportlab, same tables"
    figure(f"{len(papers)} month's statements (books + layout)", books + layout, "s", bound=20,
           baseline=baseline, baseline_what=what)
    figure("statements / plain reportlab", (books + layout) / baseline, "x", bound=1.5, op="<=")
    figure("kiosk statements command, files written", t4 - t3, "s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
