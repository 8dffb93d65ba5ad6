"""Benchmark: commit of a 10-line sale with payment, next to raw sqlite3 inserting the same rows.

Both run on a SQLite file with the kiosk's settings (WAL, synchronous=FULL),
one transaction per sale, the three sides interleaved. Run:
.venv/bin/python bench/sale_commit.py [N] [-v: list each side's statements] [--dir DIR]
Targets (issue 4): median < 15 ms and at most 3x the raw sqlite3 baseline.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from collections.abc import Callable

from sqlalchemy import event, func, select

from kiosk import schema
from kiosk.dates import to_local
from kiosk.db import Database
from kiosk.models import Category, Participant, Product, Role
from kiosk.models.ledger import JournalEntry, JournalLine
from kiosk.money import Money
from kiosk.services import auth, ledger_chart, sale_commit, sale_ledger, sale_rules, sales, stock
from kiosk.services.cart import Cart, CartLine
from figures import figure


def _setup(path: Path | str) -> tuple[Database, auth.SignedIn, list[Product], int]:
    """``path``: a SQLite file, or a database URL (bench_postgres.py)."""
    db = Database(path if isinstance(path, str) else f"sqlite:///{path}")
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
    sales.open_day(db, who, Money(0))  # a sale needs today opened (its float)
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


WARM_UP = 5
RAW_STEPS = (
    "BEGIN IMMEDIATE",
    "SELECT sale by uid (idempotency) + day closed? + 3 settings (one SELECT of subqueries)",
    "SELECT stock levels of the cart's products (oversell warnings)",
    "UPDATE receipt counter RETURNING (gapless number)", "INSERT sale",
    "INSERT 10 sale lines (one multi-row INSERT ... RETURNING id, position)",
    "INSERT 2 payments (executemany)", "INSERT 10 stock movements (executemany)",
    "SELECT the entry's accounts with balances",
    "SELECT period closed? + chain head (one SELECT of subqueries)",
    "INSERT ledger entry (sha256 content + chain)",
    "INSERT ledger lines (executemany)", "UPDATE balance cache (executemany)",
    "DELETE parked cart", "SELECT owner names (receipt)", "COMMIT",
)


def kiosk_sale(path: Path, with_ledger: bool = True) -> tuple[Callable[[int], float], Database]:
    """A function committing the n-th cart through sale_commit.commit_sale; returns its ms."""
    db, who, products, participant_id = _setup(path)

    def one(n: int) -> float:
        cart = _cart(products, n, participant_id)
        payment = sale_rules.PaymentRequest(cash_tendered=cart.total - Money.baht(10),
                                       promptpay=Money.baht(10))
        saved = sale_ledger.post
        if not with_ledger:
            sale_ledger.post = lambda *a, **k: 0
        try:
            start = time.perf_counter()
            result = sale_commit.commit_sale(db, cart, who, payment)
            elapsed = time.perf_counter() - start
        finally:
            sale_ledger.post = saved
        assert not result.already_committed and len(result.lines) == 10
        return elapsed * 1000

    return one, db


def kiosk_statements(db: Database, one: Callable[[int], float], n: int) -> list[str]:
    """What one commit sends to the database (counted outside the timed runs)."""
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        statements.append(statement.split()[0].upper() + (" (executemany)" if executemany else ""))

    event.listen(db.engine, "before_cursor_execute", count)
    one(n)
    event.remove(db.engine, "before_cursor_execute", count)
    return statements


def raw_sale(path: Path) -> tuple[Callable[[int], float], Callable[[], None], list[float]]:
    """Raw sqlite3 doing what a commit must do, by hand: the same reads, the same rows.

    Same schema, same pragmas (WAL, synchronous=FULL, foreign keys), one
    BEGIN IMMEDIATE ... COMMIT per sale, statements prepared once (sqlite3's
    statement cache), no ORM, no type processors. It reads what the kiosk
    must read (see RAW_STEPS) and writes the same rows with real values
    (receipt number, commission, balanced ledger lines, content and chain hashes).
    """
    db, who, products, participant_id = _setup(path)
    with db.unit_of_work() as session:  # what the kiosk's first sale makes: the owed sub-account
        ledger_chart.account_for(session, ledger_chart.OWED, participant_id)
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    top_kinds = (ledger_chart.CASH, ledger_chart.PROMPTPAY, ledger_chart.COMMISSION, ledger_chart.PLOT_SALES)
    line_sql = ("INSERT INTO sale_lines (sale_id, position, product_id, code, name_th, name_en, "
                "unit, sold_by_weight, quantity, unit_price, list_price, discount, amount, "
                "owner_participant_id, override_by_id, commission_percent, stock_before) VALUES ")
    line_marks = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
    commits: list[float] = []  # the COMMIT alone (the fsync of the WAL), in ms

    def one(n: int) -> float:
        cart = _cart(products, n, participant_id)
        start = time.perf_counter()
        now = datetime.now(timezone.utc)
        at = str(now.replace(tzinfo=None))
        day = to_local(now).date()
        year = day.year + 543
        amounts = [l.unit_price.times(l.quantity).satang - l.discount.satang for l in cart.lines]
        total = sum(amounts)
        promptpay = 1000
        cash = total - promptpay
        cur = conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        existing, closed, *settings = cur.execute(
            "SELECT (SELECT id FROM sales WHERE uid = ?), "
            "(SELECT closed_at FROM business_days WHERE day = ?), "
            "(SELECT value FROM settings WHERE key = 'commission_percent_plot'), "
            "(SELECT value FROM settings WHERE key = 'commission_percent_consignment'), "
            "(SELECT value FROM settings WHERE key = 'promptpay_max_amount')",
            (cart.sale_uid, day.isoformat())).fetchone()
        if existing is not None or closed is not None:
            raise AssertionError("already committed or day closed")
        values = {k: v for k, v in zip(("commission_percent_plot", "commission_percent_consignment",
                                        "promptpay_max_amount"), settings) if v is not None}
        rate_plot = Decimal(str(json.loads(values.get("commission_percent_plot", '"100"'))))
        rate_cons = Decimal(str(json.loads(values.get("commission_percent_consignment", '"10"'))))
        ids = sorted({l.product_id for l in cart.lines})
        running = dict(cur.execute(
            f"SELECT product_id, SUM(quantity) FROM stock_movements WHERE product_id IN "
            f"({','.join('?' * len(ids))}) GROUP BY product_id", ids))
        before = []
        for l in cart.lines:
            have = running.get(l.product_id, 0)
            sold = int(l.quantity * 1000)
            running[l.product_id] = have - sold
            before.append(have if sold > have else None)
        seq = cur.execute("UPDATE receipt_counters SET last_number = last_number + 1 "
                          "WHERE year_be = ? RETURNING last_number", (year,)).fetchall()
        seq = seq[0] if seq else None
        if seq is None:
            cur.execute("INSERT INTO receipt_counters (year_be, last_number) VALUES (?, 1)", (year,))
            seq = (1,)
        number = f"JP-{year}-{seq[0]:06d}"
        cur.execute(
            "INSERT INTO sales (uid, number, year_be, sequence, at, business_day, operator_id, "
            "vendor_name, total, cash, promptpay, tendered, change, voided) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (cart.sale_uid, number, year, seq[0], at, day.isoformat(), who.operator_id, who.name,
             total, cash, promptpay, cash, 0, 0))
        sale_id = cur.lastrowid
        rows = []
        for i, (l, amount, b) in enumerate(zip(cart.lines, amounts, before), start=1):
            rate = rate_plot if l.owner_participant_id is None else rate_cons
            rows += (sale_id, i, l.product_id, l.code, l.name_th, l.name_en, l.unit,
                     l.sold_by_weight, int(l.quantity * 1000), l.unit_price.satang,
                     None if l.list_price is None else l.list_price.satang, l.discount.satang,
                     amount, l.owner_participant_id, l.override_by, str(rate), b)
        line_ids = dict((p, i) for i, p in cur.execute(
            line_sql + ",".join([line_marks] * len(cart.lines)) + " RETURNING id, position", rows))
        cur.executemany(
            "INSERT INTO sale_payments (sale_id, method, amount, confirmed_by_id, confirmed_at, "
            "reconciled) VALUES (?,?,?,?,?,?)",
            [(sale_id, "cash", cash, who.operator_id, at, 0),
             (sale_id, "promptpay", promptpay, who.operator_id, at, 0)])
        cur.executemany(
            "INSERT INTO stock_movements (product_id, quantity, reason, reference, at, "
            "operator_id, note) VALUES (?,?,?,?,?,?,?)",
            [(l.product_id, -int(l.quantity * 1000), "sale", number, at, who.operator_id, "")
             for l in cart.lines])
        # the fund ledger: period open? accounts and balances, chain head, entry, lines, balances
        closed_month, last_id, last_hash = cur.execute(
            "SELECT (SELECT id FROM ledger_period_closes WHERE month = ?), "
            "(SELECT id FROM ledger_entries ORDER BY id DESC LIMIT 1), "
            "(SELECT hash FROM ledger_entries ORDER BY id DESC LIMIT 1)",
            (f"{day.year:04d}-{day.month:02d}",)).fetchone()
        if closed_month is not None:
            raise AssertionError("month closed")
        gross: dict[int | None, int] = {}
        for l, amount in zip(cart.lines, amounts):
            gross[l.owner_participant_id] = gross.get(l.owner_participant_id, 0) + amount
        owners = [o for o in gross if o is not None]
        accounts = {}
        for aid, kind, owner, type_, limit, closed, balance in cur.execute(
                "SELECT a.id, a.kind, a.participant_id, a.type, a.\"limit\", a.closed, b.balance "
                "FROM ledger_accounts a LEFT JOIN ledger_balances b ON b.account_id = a.id "
                "WHERE (a.kind IN (?,?,?,?) AND a.participant_id IS NULL AND a.parent_id IS NULL) "
                f"OR (a.kind = ? AND a.participant_id IN ({','.join('?' * len(owners))}))",
                (*top_kinds, ledger_chart.OWED, *owners)):
            assert not closed
            accounts[(kind, owner)] = (aid, balance)
        deltas: dict[int, int] = {}
        def add(key, amount):
            aid = accounts[key][0]
            deltas[aid] = deltas.get(aid, 0) + amount
        add((ledger_chart.CASH, None), cash)
        add((ledger_chart.PROMPTPAY, None), promptpay)
        for owner, g in gross.items():
            c = int((Decimal(g) * (rate_plot if owner is None else rate_cons) / 100)
                    .to_integral_value(rounding=ROUND_HALF_UP))
            add((ledger_chart.PLOT_SALES, None) if owner is None else (ledger_chart.OWED, owner), -(g - c))
            add((ledger_chart.COMMISSION, None), -c)
        jlines = [(a, d) for a, d in deltas.items() if d]
        assert sum(d for _, d in jlines) == 0
        key = f"sale:{cart.sale_uid}"
        content = json.dumps({
            "key": key, "on": day.isoformat(), "kind": "sale", "description": f"Sale {number}",
            "reference": number, "operator": who.operator_id, "participant": owners[0] if len(owners) == 1 else None,
            "reverses": None, "lines": [[a, d, None] for a, d in jlines]},
            ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        content_hash = hashlib.sha256(content.encode()).hexdigest()
        entry_id, prev = (last_id + 1, last_hash) if last_id is not None else (1, "0" * 64)
        chain = hashlib.sha256(f"{entry_id}|{content_hash}|{prev}".encode()).hexdigest()
        cur.execute(
            "INSERT INTO ledger_entries (id, key, \"on\", posted_at, kind, description, reference, "
            "operator_id, participant_id, reverses_id, content_hash, prev_hash, hash) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (entry_id, key, day.isoformat(), at, "sale", f"Sale {number}", number,
             who.operator_id, owners[0] if len(owners) == 1 else None, None, content_hash, prev, chain))
        cur.executemany(
            "INSERT INTO ledger_lines (entry_id, position, account_id, amount, loan_id) "
            "VALUES (?,?,?,?,?)", [(entry_id, i, a, d, None) for i, (a, d) in enumerate(jlines)])
        known = {aid for aid, balance in accounts.values() if balance is not None}
        cur.executemany("UPDATE ledger_balances SET balance = balance + ? WHERE account_id = ?",
                        [(d, a) for a, d in jlines if a in known])
        cur.executemany("INSERT INTO ledger_balances (account_id, balance) VALUES (?, ?)",
                        [(a, d) for a, d in jlines if a not in known])
        cur.execute("DELETE FROM parked_carts WHERE operator_id = ? AND sale_uid = ?",
                    (who.operator_id, cart.sale_uid))
        names = {}
        if owners:
            names = {i: f"{t} ({k})" if k else t for i, t, k in cur.execute(
                f"SELECT id, name_th, nickname FROM participants WHERE id IN "
                f"({','.join('?' * len(owners))})", owners)}
        committing = time.perf_counter()
        cur.execute("COMMIT")
        commits.append((time.perf_counter() - committing) * 1000)
        receipt = [(line_ids[i], l.code, amount, names.get(l.owner_participant_id, ""))
                   for i, (l, amount) in enumerate(zip(cart.lines, amounts), start=1)]
        elapsed = time.perf_counter() - start
        assert len(receipt) == 10
        return elapsed * 1000

    return one, conn.close, commits


def main(argv: list[str]) -> int:
    numbers = [a for a in argv[1:] if a.isdigit()]
    runs = int(numbers[0]) if numbers else 200
    # --dir /dev/shm: a memory file system, where fsync costs nothing (the CPU part alone)
    where = argv[argv.index("--dir") + 1] if "--dir" in argv else None
    with tempfile.TemporaryDirectory(dir=where) as tmp:
        kiosk, kiosk_db = kiosk_sale(Path(tmp) / "kiosk.sqlite3")
        core, core_db = kiosk_sale(Path(tmp) / "core.sqlite3", with_ledger=False)
        raw, close_raw, raw_commits = raw_sale(Path(tmp) / "raw.sqlite3")
        sides = [(kiosk, []), (core, []), (raw, [])]
        # Interleaved, in a rotating order: the disk's fsync time drifts (other
        # processes, the WAL's checkpoints), and each side should see the same drift.
        for n in range(runs + WARM_UP):
            for k in range(3):
                run, times = sides[(n + k) % 3]
                elapsed = run(n)
                if n >= WARM_UP:
                    times.append(elapsed)
        with kiosk_db.reading() as session:
            entries = session.execute(select(func.count()).select_from(JournalEntry)).scalar_one()
            entry_lines = session.execute(select(func.count()).select_from(JournalLine)).scalar_one()
        kiosk_sends = kiosk_statements(kiosk_db, kiosk, runs + WARM_UP)
        core_sends = kiosk_statements(core_db, core, runs + WARM_UP)
        kiosk_db.dispose()
        core_db.dispose()
        close_raw()
    (_, kiosk_times), (_, core_times), (_, raw_times) = sides
    kiosk_median = statistics.median(kiosk_times)
    core_median = statistics.median(core_times)
    raw_median = statistics.median(raw_times)
    commit_median = statistics.median(raw_commits[WARM_UP:])
    print(f"10-line sale commit (2 payments, 10 stock movements, a "
          f"{round(entry_lines / entries)}-line ledger entry), "
          f"{runs} runs each, interleaved, SQLite WAL synchronous=FULL")
    print(f"  kiosk commit_sale (with ledger): median {kiosk_median:6.2f} ms  "
          f"p90 {statistics.quantiles(kiosk_times, n=10)[-1]:6.2f} ms  "
          f"({len(kiosk_sends) - 1} statements + BEGIN/COMMIT)")
    print(f"  kiosk commit_sale (no ledger):   median {core_median:6.2f} ms  "
          f"p90 {statistics.quantiles(core_times, n=10)[-1]:6.2f} ms  "
          f"({len(core_sends) - 1} statements + BEGIN/COMMIT)")
    print(f"  raw sqlite3, same reads + rows:  median {raw_median:6.2f} ms  "
          f"p90 {statistics.quantiles(raw_times, n=10)[-1]:6.2f} ms  "
          f"({len(RAW_STEPS) - 2} statements + BEGIN/COMMIT; its COMMIT alone {commit_median:.2f} ms)")
    print(f"  ratio kiosk/raw: {kiosk_median / raw_median:4.2f}x (target <= 3x); "
          f"without ledger {core_median / raw_median:4.2f}x; target median < 15 ms: "
          f"{'OK' if kiosk_median < 15 else 'MISSED'}")
    raw_what = "raw sqlite3, same reads and rows"
    figure("10-line sale commit, median", kiosk_median, "ms", bound=15, baseline=raw_median,
           baseline_what=raw_what)
    figure("10-line sale commit, p90", statistics.quantiles(kiosk_times, n=10)[-1], "ms",
           baseline=statistics.quantiles(raw_times, n=10)[-1], baseline_what=raw_what)
    figure("sale commit / raw sqlite3 (medians)", kiosk_median / raw_median, "x", bound=3,
           op="<=")
    if "-v" in argv:
        print("  kiosk sends:", ", ".join(kiosk_sends))
        print("  raw does:   ", "; ".join(RAW_STEPS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
