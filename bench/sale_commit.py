"""Benchmark: commit of a 10-line sale with payment, next to raw sqlite3 inserting the same rows.

Both run on a SQLite file with the kiosk's settings (WAL, synchronous=FULL),
one transaction per sale. Run: .venv/bin/python bench/sale_commit.py [N]
Targets (issue 4): median < 15 ms and at most 3x the raw sqlite3 baseline.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from kiosk import schema
from kiosk.db import Database
from kiosk.models import Category, Participant, Product, Role
from kiosk.models.ledger import JournalEntry, JournalLine
from kiosk.money import Money
from kiosk.services import auth, sales, stock
from kiosk.services.cart import Cart, CartLine


def _setup(path: Path) -> tuple[Database, auth.SignedIn, list[Product], int]:
    db = Database(f"sqlite:///{path}")
    schema.upgrade(db)
    operator_id = auth.create_operator(db, "ฝน", Role.VENDOR, "1111")
    who = auth.SignedIn(operator_id, "ฝน", Role.VENDOR, None)
    with db.unit_of_work() as session:
        category = Category(code="VEG", name_th="ผัก", name_en="Vegetables", sort_order=0)
        session.add(category)
        person = Participant(name_th="สมศรี ใจดี", nickname="ศรี", phone="",
                             joined_on=date(2026, 1, 5), active=True, notes="")
        session.add(person)
        session.flush()
        products = []
        for i in range(200):
            product = Product(code=f"P{i:03d}", name_th=f"ผักชีฝรั่ง {i}", name_en=f"Veg {i}",
                              category_id=category.id, unit="kg", sold_by_weight=i % 2 == 0,
                              price=Money.baht(20 + i % 40), picture="", active=True, sort_order=i)
            session.add(product)
            session.flush()
            stock.add_movement(session, product.id, Decimal("1000"), "harvest")
            products.append(product)
        participant_id = person.id
    return db, who, products, participant_id


def _cart(products: list[Product], n: int, participant_id: int) -> Cart:
    cart = Cart()
    for i in range(10):
        p = products[(n * 7 + i * 13) % len(products)]
        qty = Decimal("0.350") if p.sold_by_weight else Decimal("2")
        owner = participant_id if i % 4 == 0 else None
        cart = cart.add(CartLine(p.id, p.code, p.name_th, p.name_en, p.unit, p.sold_by_weight,
                                 qty, p.price, owner))
    return cart


def bench_kiosk(path: Path, runs: int, with_ledger: bool = True) -> tuple[list[float], dict[str, int]]:
    db, who, products, participant_id = _setup(path)
    saved = sales._post_sale_ledger
    if not with_ledger:
        sales._post_sale_ledger = lambda *a, **k: 0
    try:
        times = []
        for n in range(runs + 5):
            cart = _cart(products, n, participant_id)
            payment = sales.PaymentRequest(cash_tendered=cart.total - Money.baht(10),
                                           promptpay=Money.baht(10))
            start = time.perf_counter()
            result = sales.commit_sale(db, cart, who, payment)
            elapsed = time.perf_counter() - start
            assert not result.already_committed
            if n >= 5:  # warm-up
                times.append(elapsed * 1000)
    finally:
        sales._post_sale_ledger = saved
    with db.reading() as session:
        entries = session.execute(select(func.count()).select_from(JournalEntry)).scalar_one()
        jlines = session.execute(select(func.count()).select_from(JournalLine)).scalar_one()
    db.dispose()
    shape = {"ledger_lines_per_sale": round(jlines / entries) if entries else 0,
             "ledger": int(with_ledger)}
    return times, shape


def bench_raw(path: Path, runs: int, ledger_lines: int) -> list[float]:
    """Raw sqlite3: the same rows into the same schema, same pragmas, one transaction each."""
    db, who, products, participant_id = _setup(path)
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("INSERT INTO receipt_counters (year_be, last_number) VALUES (2569, 0)")
    accounts = [r[0] for r in conn.execute("SELECT id FROM ledger_accounts LIMIT ?", (ledger_lines,))]
    for a in accounts:
        conn.execute("INSERT OR IGNORE INTO ledger_balances (account_id, balance) VALUES (?, 0)", (a,))
    times = []
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(" ")
    for n in range(runs + 5):
        cart = _cart(products, n, participant_id)
        start = time.perf_counter()
        cur = conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        cur.execute("UPDATE receipt_counters SET last_number = last_number + 1 WHERE year_be = 2569")
        seq = cur.execute("SELECT last_number FROM receipt_counters WHERE year_be = 2569").fetchone()[0]
        number = f"JP-2569-{seq:06d}"
        cur.execute(
            "INSERT INTO sales (uid, number, year_be, sequence, at, business_day, operator_id, "
            "vendor_name, total, cash, promptpay, tendered, change, voided) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (cart.sale_uid, number, 2569, seq, now, "2026-11-25", who.operator_id, who.name,
             cart.total.satang, cart.total.satang - 1000, 1000, cart.total.satang - 1000, 0, 0))
        sale_id = cur.lastrowid
        cur.executemany(
            "INSERT INTO sale_lines (sale_id, position, product_id, code, name_th, name_en, unit, "
            "sold_by_weight, quantity, unit_price, list_price, discount, amount, "
            "owner_participant_id, override_by_id, commission_percent, stock_before) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(sale_id, i, l.product_id, l.code, l.name_th, l.name_en, l.unit, l.sold_by_weight,
              int(l.quantity * 1000), l.unit_price.satang, None, 0, l.amount.satang,
              l.owner_participant_id, None, "10", None) for i, l in enumerate(cart.lines)])
        cur.executemany(
            "INSERT INTO sale_payments (sale_id, method, amount, confirmed_by_id, confirmed_at, "
            "reconciled) VALUES (?,?,?,?,?,?)",
            [(sale_id, "cash", cart.total.satang - 1000, who.operator_id, now, 0),
             (sale_id, "promptpay", 1000, who.operator_id, now, 0)])
        cur.executemany(
            "INSERT INTO stock_movements (product_id, quantity, reason, reference, at, "
            "operator_id, note) VALUES (?,?,?,?,?,?,?)",
            [(l.product_id, -int(l.quantity * 1000), "sale", number, now, who.operator_id, "")
             for l in cart.lines])
        entry_id = n + 1
        cur.execute(
            "INSERT INTO ledger_entries (id, key, \"on\", posted_at, kind, description, reference, "
            "operator_id, participant_id, reverses_id, content_hash, prev_hash, hash) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (entry_id, f"sale:{cart.sale_uid}", "2026-11-25", now, "sale", number, number,
             who.operator_id, None, None, "0" * 64, "0" * 64, "0" * 64))
        cur.executemany(
            "INSERT INTO ledger_lines (entry_id, position, account_id, amount, loan_id) "
            "VALUES (?,?,?,?,?)", [(entry_id, i, a, 100, None) for i, a in enumerate(accounts)])
        cur.executemany("UPDATE ledger_balances SET balance = balance + ? WHERE account_id = ?",
                        [(100, a) for a in accounts])
        cur.execute("COMMIT")
        elapsed = time.perf_counter() - start
        if n >= 5:
            times.append(elapsed * 1000)
    conn.close()
    return times


def main(argv: list[str]) -> int:
    runs = int(argv[1]) if len(argv) > 1 else 200
    with tempfile.TemporaryDirectory() as tmp:
        kiosk_times, shape = bench_kiosk(Path(tmp) / "kiosk.sqlite3", runs)
        core_times, _ = bench_kiosk(Path(tmp) / "core.sqlite3", runs, with_ledger=False)
        raw_times = bench_raw(Path(tmp) / "raw.sqlite3", runs, shape["ledger_lines_per_sale"])
    kiosk_median = statistics.median(kiosk_times)
    core_median = statistics.median(core_times)
    raw_median = statistics.median(raw_times)
    print(f"10-line sale commit, {runs} runs, SQLite WAL synchronous=FULL")
    print(f"  kiosk commit_sale (with ledger): median {kiosk_median:6.2f} ms  "
          f"p90 {statistics.quantiles(kiosk_times, n=10)[-1]:6.2f} ms")
    print(f"  kiosk commit_sale (no ledger):   median {core_median:6.2f} ms")
    print(f"  raw sqlite3, same rows:          median {raw_median:6.2f} ms")
    print(f"  ratio kiosk/raw: {kiosk_median / raw_median:4.2f}x (target <= 3x); "
          f"without ledger {core_median / raw_median:4.2f}x; target median < 15 ms: "
          f"{'OK' if kiosk_median < 15 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
