"""Every printed number, formatted and allocated in one place.

    receipt     JP-2569-000123   one counter row per Buddhist Era year (receipt_counters)
    loan        L-2569-001       the year's loans counted, plus one
    statement   ST-2569-11-P0012 a participant's month: made, not allocated
    fund report FR-2569-11       the fund's month: made, not allocated

Allocation runs inside the caller's transaction, so a number is taken only if
what carries it is written with it. Two terminals never take the same one:
every writing transaction holds kiosk.db's writer lock (BEGIN IMMEDIATE on
SQLite, an advisory lock on PostgreSQL) from its start to its commit.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from kiosk.models.ledger import JournalEntry, Loan
from kiosk.models.sales import ReceiptCounter
from kiosk.services.statement_data import Month, participant_code

RECEIPT_PREFIX = "JP"
LOAN_PREFIX = "L"

_COUNTERS = ReceiptCounter.__table__
_BUMP = (update(_COUNTERS).where(_COUNTERS.c.year_be == bindparam("year"))
         .values(last_number=_COUNTERS.c.last_number + 1).returning(_COUNTERS.c.last_number))
_NEW_COUNTER = insert(_COUNTERS).values(year_be=bindparam("year"), last_number=1)


# -- receipts ------------------------------------------------------------------------
def receipt_number(year_be: int, sequence: int) -> str:
    """"JP-2569-000123"."""
    return f"{RECEIPT_PREFIX}-{year_be}-{sequence:06d}"


def next_receipt_sequence(conn: Connection, year_be: int) -> int:
    """Take the year's next receipt sequence (1 for the year's first sale)."""
    sequence = conn.execute(_BUMP, {"year": year_be}).scalar()  # UPDATE ... RETURNING (SQLite, PostgreSQL)
    if sequence is None:
        conn.execute(_NEW_COUNTER, {"year": year_be})
        sequence = 1
    return sequence


# -- loans ---------------------------------------------------------------------------
def loan_number(year_be: int, sequence: int) -> str:
    """"L-2569-001"."""
    return f"{LOAN_PREFIX}-{year_be}-{sequence:03d}"


def next_loan_number(session: Session, year_be: int) -> str:
    """The number of a new loan paid out in ``year_be``."""
    count = session.scalar(select(func.count(Loan.id)).where(
        Loan.number.like(f"{LOAN_PREFIX}-{year_be}-%"))) or 0
    return loan_number(year_be, count + 1)


# -- journal entries -----------------------------------------------------------------
def next_entry_id(session: Session) -> int:
    """The id the next journal entry gets (a row that must name it before it exists)."""
    return (session.scalar(select(func.max(JournalEntry.id))) or 0) + 1


# -- papers --------------------------------------------------------------------------
def statement_number(month: Month, participant_id: int) -> str:
    """"ST-2569-11-P0012"."""
    return f"ST-{month.be_key}-{participant_code(participant_id)}"


def fund_report_number(month: Month) -> str:
    """"FR-2569-11"."""
    return f"FR-{month.be_key}"
