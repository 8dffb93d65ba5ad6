"""Benchmark and proof: two terminals selling at the same moment on one database.

Two processes commit N sales each against the same database (any URL: a
SQLite file or a PostgreSQL server), started together. Prints each one's sales
per second, then checks what they left: every sale once, receipt numbers
without a gap or a duplicate, one unbroken hash chain, every `kiosk check`
invariant. Exits 1 on any problem. Run:
.venv/bin/python bench/two_terminals.py [--db URL] [--sales N]
The URL's database must be empty (or a fresh kiosk): the set-up adds a vendor,
products and today's opening. Without --db: a new SQLite file, then a
throwaway PostgreSQL server, 300 sales a terminal on each.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from figures import figure
from sqlalchemy import select
from sqlalchemy.engine import make_url

from kiosk.db import Database
from kiosk.db_errors import shown
from kiosk.errors import KioskError
from kiosk.models import Category, Participant, Product, Role
from kiosk.models.sales import Sale
from kiosk.money import Money
from kiosk.services import auth, ledger_chain, sale_commit, sales, stock
from kiosk.services.cart import Cart, CartLine
from kiosk.services.checks import registered_checks
from kiosk.services.opening import open_database
from kiosk.services.sale_rules import PaymentRequest

TERMINALS = 2


def prepare(url: str) -> int:
    """A vendor, three products with plenty of stock, an owner, today opened; the vendor's id."""
    db = open_database(url)
    try:
        operator_id = auth.create_operator(db, "ฝน สองจอ", Role.VENDOR, "1111")
        with db.unit_of_work() as session:
            category = Category(code="VEG2", name_th="ผัก", name_en="Vegetables", sort_order=0)
            session.add(category)
            session.add(Participant(name_th="สมศรี สองจอ", nickname="ศรี", phone="",
                                    joined_on=date(2026, 1, 5), active=True, notes=""))
            session.flush()
            for i in range(3):
                product = Product(code=f"TT{i}", name_th=f"ผัก {i}", name_en=f"Veg {i}",
                                  category_id=category.id, unit="kg", sold_by_weight=False,
                                  price=Money.baht(20 + i), picture="", active=True, sort_order=i)
                session.add(product)
                session.flush()
                stock.add_movement(session, product.id, Decimal("100000"), "harvest")
        sales.open_day(db, _vendor(operator_id), Money(0))
    finally:
        db.dispose()
    return operator_id


def _vendor(operator_id: int) -> auth.SignedIn:
    return auth.SignedIn(operator_id, "ฝน สองจอ", Role.VENDOR, None)


def sell(url: str, operator_id: int, count: int, start_at: float, results) -> None:
    """One terminal: ``count`` sales of two lines (one an owner's), from ``start_at`` on."""
    db = Database(url)
    try:
        with db.reading() as session:
            owner = session.scalar(select(Participant.id).where(
                Participant.name_th == "สมศรี สองจอ"))
            products = [_line(p) for p in session.scalars(
                select(Product).where(Product.code.like("TT%")).order_by(Product.code))]
        who = _vendor(operator_id)
        time.sleep(max(0.0, start_at - time.time()))
        started = time.perf_counter()
        for n in range(count):
            first, second = products[n % 3], products[(n + 1) % 3]
            cart = Cart().add(first).add(replace(second, owner_participant_id=owner))
            sale_commit.commit_sale(db, cart, who, PaymentRequest(cash_tendered=Money.baht(100)))
        results.put(("ok", count, time.perf_counter() - started))
    except Exception as error:  # reported by the parent, which exits 1
        results.put(("error", repr(error), 0.0))
    finally:
        db.dispose()


def _line(product: Product) -> CartLine:
    return CartLine(product.id, product.code, product.name_th, product.name_en, product.unit,
                    product.sold_by_weight, Decimal(1), product.price, None)


def run(url: str, count: int) -> tuple[list[float], list[str]]:
    """Both terminals' sales per second, and the problems found afterwards."""
    operator_id = prepare(url)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    start_at = time.time() + 2.0  # both processes up and connected before either sells
    terminals = [context.Process(target=sell, args=(url, operator_id, count, start_at, results))
                 for _ in range(TERMINALS)]
    for terminal in terminals:
        terminal.start()
    outcomes = [results.get(timeout=600) for _ in terminals]
    for terminal in terminals:
        terminal.join()
    problems = [f"a terminal failed: {detail}" for state, detail, _ in outcomes if state != "ok"]
    rates = [n / seconds for state, n, seconds in outcomes if state == "ok" and seconds]
    return rates, problems + verify(url, TERMINALS * count)


def verify(url: str, expected: int) -> list[str]:
    """Every sale once, gapless numbers, one chain, every invariant."""
    db = Database(url)
    try:
        with db.reading() as session:
            rows = session.execute(select(Sale.uid, Sale.year_be, Sale.sequence)).all()
            problems = [f"{name}: {found[0]}" for name, check in registered_checks().items()
                        if (found := list(check(session)))]
            problems += ledger_chain.verify_chain(session)
    finally:
        db.dispose()
    if len(rows) != expected:
        problems.append(f"{len(rows)} sales recorded, {expected} committed")
    if len({r.uid for r in rows}) != len(rows):
        problems.append("a sale was recorded twice")
    for year in {r.year_be for r in rows}:
        numbers = sorted(r.sequence for r in rows if r.year_be == year)
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(f"receipt numbers of {year} have a gap or a duplicate")
    return problems


def report(url: str, count: int, backend: str) -> bool:
    """Run on ``url``, print the figures; True when nothing is wrong."""
    try:
        rates, problems = run(url, count)
    except KioskError as error:
        rates, problems = [], [error.message]
    print(f"{shown(url)}: {TERMINALS} terminals x {count} sales")
    for n, rate in enumerate(rates, 1):
        print(f"  terminal {n}: {rate:.0f} sales/s")
    print(f"  together: {sum(rates):.0f} sales/s")
    for problem in problems:
        print(f"  PROBLEM {problem}")
    figure(f"two terminals on {backend}, sales per second together", sum(rates), "sales/s")
    figure(f"two terminals on {backend}, duplicates, gaps and failed checks", len(problems),
           "count", bound=0, op="<=")
    return not problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="URL", help="default: a new SQLite file, then a "
                        "throwaway PostgreSQL server (tests/postgres_server.py)")
    parser.add_argument("--sales", type=int, default=300, metavar="N", help="sales per terminal")
    args = parser.parse_args(argv)
    if args.db:
        return 0 if report(args.db, args.sales, make_url(args.db).get_backend_name()) else 1
    with tempfile.TemporaryDirectory() as folder:
        ok = report(f"sqlite:///{Path(folder) / 'kiosk.sqlite3'}", args.sales, "sqlite")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import postgres_server
    server = postgres_server.start()
    try:
        ok = report(server.url(), args.sales, "postgresql") and ok
    finally:
        postgres_server.stop(server)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
