"""Holding the auditor's books against what the services say, after every day.

Everything here reads through the services' own read functions (what the
screens and reports show); the first figure that differs is the answer.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kiosk.db import Database
from kiosk.money import Money
from kiosk.services import fund, ledger_reads, loan_standing, sales, stock
from kiosk.simulate.auditor import Auditor

KINDS = ("cash", "bank", "promptpay", "loans_receivable", "owed_to_participant", "donations",
         "commission", "plot_sales", "interest", "grants", "write_offs")


def _milli(value: Decimal) -> int:
    return int(value * 1000)


def _first(pairs) -> str | None:
    for what, expected, found in pairs:
        if expected != found:
            return f"{what}: the auditor expects {expected}, the kiosk has {found}"
    return None


def day_differences(db: Database, books: Auditor, day: date):
    """(what, expected, found) for the day's drawer and receipts."""
    report = sales.day_report(db, day)
    book = books.days.get(day)
    if book is None:
        yield f"{day} sales recorded", 0, report.sale_count
        return
    yield f"{day} expected cash in the drawer", book.opening_float + book.cash, \
        report.expected_cash.satang
    yield f"{day} takings", book.gross, report.gross.satang
    yield f"{day} given back", book.given_back, report.refunds.satang
    if book.counted is not None:
        yield f"{day} Z difference", book.counted - (book.opening_float + book.cash), \
            None if report.difference is None else report.difference.satang
    numbers = sorted(s.number for s in sales.sales_of_day(db, day))
    yield f"{day} receipt numbers", sorted(book.sale_numbers), numbers


def book_differences(db: Database, books: Auditor, day: date):
    """(what, expected, found) for stock, every account kind, what is owed and every loan."""
    with db.reading() as session:
        levels = stock.levels(session)
        totals = {kind: ledger_reads.kind_total(session, [kind]).satang for kind in KINDS}
    for product_id in sorted(set(books.stock) | set(levels)):
        yield (f"stock of product {product_id} (thousandths)", books.stock.get(product_id, 0),
               _milli(levels.get(product_id, Decimal(0))))
    for kind in KINDS:
        yield f"ledger balance of {kind} (raw satang)", books.kind_total(kind), totals[kind]
    owed = {a.participant_id: a.balance.satang for a in fund.accounts(db)
            if a.participant_id is not None and a.type == "liability"}
    for participant in sorted(books.participants):
        yield (f"owed to participant {participant}", books.owed(participant),
               owed.get(participant, 0))
    # every loan on a month's last day; on other days the open ones and those closed lately
    # (a closed loan's figures no longer move: reading all of them daily costs years of runs)
    every = (day + timedelta(days=1)).day == 1
    with db.reading() as session:
        for loan_id, loan in sorted(books.loans.items()):
            if not every and loan.closed and loan.checked_closed:
                continue
            found = loan_standing.loan_status(session, loan_id, day)
            yield f"loan {found.number} principal outstanding", loan.principal_left, \
                found.principal_outstanding.satang
            yield f"loan {found.number} interest outstanding", loan.interest_left, \
                found.interest_outstanding.satang
            yield f"loan {found.number} overdue on {day}", loan.overdue(day), \
                found.overdue_amount.satang
            loan.checked_closed = loan.closed


def first_difference(db: Database, books: Auditor, day: date) -> str | None:
    return _first(day_differences(db, books, day)) or _first(book_differences(db, books, day))


def statement_differences(papers, books: Auditor, month: str):
    """(what, expected, found) for a month's statements against the auditor's month."""
    for paper in papers:
        pid = paper.participant_id
        figures = books.months.get((month, pid))
        expected = {
            "opening": books.owed_at_month_end.get((_previous(month), pid), 0),
            "closing": books.owed_at_month_end.get((month, pid)),
            "sales_gross": figures.sales_gross if figures else 0,
            "commission": figures.commission if figures else 0,
            "loan_deducted": figures.deducted if figures else 0,
            "paid_out": figures.paid_out if figures else 0,
        }
        for name, value in expected.items():
            found = getattr(paper, name)
            yield (f"statement {paper.number} {name}", value,
                   found.satang if isinstance(found, Money) else found)


def _previous(month: str) -> str:
    year, number = int(month[:4]), int(month[5:])
    return f"{year - (number == 1)}-{(number - 2) % 12 + 1:02d}"


def first_statement_difference(papers, books: Auditor, month: str) -> str | None:
    return _first(statement_differences(papers, books, month))
