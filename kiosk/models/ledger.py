"""The fund's double-entry books: accounts, journal entries and lines, periods, loans.

Amounts are signed satang: a debit is positive, a credit negative, so every
entry's lines sum to zero. Entries, lines, period closes, loans, schedules,
instalments and loan events are append-only (the database refuses UPDATE and
DELETE); only accounts (name, closed flag) and the balance cache change.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.models.base import Base, MoneyType, UTCDateTime
from kiosk.money import Money

ACCOUNT_TYPES = ("asset", "liability", "equity", "income", "expense")
# Balance limits (as TigerBeetle's flags): "none", or "not_negative": the
# balance on the account's normal side (debit for assets and expenses,
# credit for the others) may never go below zero.
LIMITS = ("none", "not_negative")


class Account(Base):
    __tablename__ = "ledger_accounts"
    __table_args__ = (UniqueConstraint("kind", "participant_id", name="uq_ledger_accounts_kind_participant"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_th: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    type: Mapped[str] = mapped_column(String(10))  # one of ACCOUNT_TYPES
    # what the programme uses it for ("cash", "owed_to_participant", ...); None
    # for staff-made accounts
    kind: Mapped[str | None] = mapped_column(String(30), nullable=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_accounts.id"), nullable=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"), nullable=True)
    limit: Mapped[str] = mapped_column(String(20), default="none")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    # counts edits: a change names the version it was made from (two terminals)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class AccountBalance(Base):
    """A cache of each account's balance, kept in the posting transaction (checked)."""

    __tablename__ = "ledger_balances"

    account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"), primary_key=True)
    balance: Mapped[Money] = mapped_column(MoneyType)


class JournalEntry(Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (Index("ix_ledger_entries_on", "on", "id"),
                      Index("ix_ledger_entries_participant", "participant_id"))

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String(120), unique=True)  # idempotency key
    on: Mapped[date] = mapped_column(Date)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(20))  # sale, refund, donation, grant, loan, ...
    description: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(String(60), default="")
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"), nullable=True)
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_entries.id"), nullable=True, unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class JournalLine(Base):
    __tablename__ = "ledger_lines"
    __table_args__ = (Index("ix_ledger_lines_account", "account_id", "entry_id", "amount"),
                      Index("ix_ledger_lines_entry", "entry_id"),
                      Index("ix_ledger_lines_loan", "loan_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"))
    position: Mapped[int] = mapped_column(Integer)
    account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"))
    amount: Mapped[Money] = mapped_column(MoneyType)  # debit > 0, credit < 0
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"), nullable=True)


class PeriodClose(Base):
    """A closed month: no entry may be dated in it any more."""

    __tablename__ = "ledger_period_closes"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), unique=True)  # "2026-10"
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    last_entry_id: Mapped[int] = mapped_column(Integer)  # the newest entry when it closed


class CloseBalance(Base):
    """An account's raw balance at the end of a closed month, written with the close.
    No entry may be dated in a closed month afterwards, so it never changes: a
    balance on a past day starts from it instead of summing all history."""

    __tablename__ = "ledger_close_balances"

    month: Mapped[str] = mapped_column(
        String(7), ForeignKey("ledger_period_closes.month"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"), primary_key=True)
    balance: Mapped[Money] = mapped_column(MoneyType)


class Loan(Base):
    __tablename__ = "loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # "L-2569-001"
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    principal: Mapped[Money] = mapped_column(MoneyType)
    start_on: Mapped[date] = mapped_column(Date)
    term: Mapped[int] = mapped_column(Integer)
    frequency: Mapped[str] = mapped_column(String(10))  # "month" or "week"
    interest_method: Mapped[str] = mapped_column(String(10))  # "zero", "flat", "declining"
    annual_rate: Mapped[str] = mapped_column(String(12), default="0")  # percent, Decimal text
    auto_deduct_percent: Mapped[str] = mapped_column(String(12), default="0")
    purpose: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    # deferred: the loan row is written just before its disbursement entry
    disbursed_entry_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_entries.id", deferrable=True, initially="DEFERRED"))


class LoanSchedule(Base):
    """One version of a loan's schedule; a reschedule adds a new one, keeping the old."""

    __tablename__ = "loan_schedules"
    __table_args__ = (UniqueConstraint("loan_id", "version", name="uq_loan_schedules_loan_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    version: Mapped[int] = mapped_column(Integer)
    made_on: Mapped[date] = mapped_column(Date)
    # repayments in entries with a larger id than this go to this schedule
    after_entry_id: Mapped[int] = mapped_column(Integer)
    principal: Mapped[Money] = mapped_column(MoneyType)


class LoanInstalment(Base):
    __tablename__ = "loan_instalments"
    __table_args__ = (UniqueConstraint("schedule_id", "seq", name="uq_loan_instalments_schedule_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("loan_schedules.id"))
    seq: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    principal: Mapped[Money] = mapped_column(MoneyType)
    interest: Mapped[Money] = mapped_column(MoneyType)


class LoanEvent(Base):
    """A reschedule or write-off: who approved it, when and why."""

    __tablename__ = "loan_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    kind: Mapped[str] = mapped_column(String(20))  # "reschedule", "write_off"
    on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), nullable=True)
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("loan_schedules.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


APPEND_ONLY_TABLES = ("ledger_entries", "ledger_lines", "ledger_period_closes",
                      "ledger_close_balances", "loans",
                      "loan_schedules", "loan_instalments", "loan_events")
