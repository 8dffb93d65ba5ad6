"""What a participant's export holds, as plain frozen dataclasses (no database:
kiosk.reports.person_export lays them out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from kiosk.money import Money


@dataclass(frozen=True)
class PersonRecord:
    id: int
    code: str
    name_th: str
    nickname: str
    phone: str
    national_id: str | None
    photo_path: str | None
    joined_on: date
    active: bool
    notes: str
    consent_on: date | None
    consent_method: str | None
    consent_recorded_by: str
    consent_notice: str | None
    erased_at: datetime | None
    sign_in_name: str  # their operator tile, "" when they do not sign in
    sign_in_role: str


@dataclass(frozen=True)
class SoldLine:
    sale: str
    day: date
    product: str
    quantity: Decimal
    unit: str
    amount: Money
    commission_percent: str
    voided: bool


@dataclass(frozen=True)
class Repayment:
    on: date
    principal: Money
    interest: Money
    reversed: bool


@dataclass(frozen=True)
class LoanRecord:
    number: str
    principal: Money
    start_on: date
    term: int
    frequency: str
    annual_rate: Decimal
    purpose: str
    state: str  # loan_standing's code ("open", "repaid", ...)
    state_words: str
    owed: Money
    repayments: tuple[Repayment, ...]


@dataclass(frozen=True)
class EntryRecord:
    """A journal entry about them (a payout, a grant, a deduction from sales)."""
    id: int
    on: date
    kind: str
    description: str
    reference: str


@dataclass(frozen=True)
class StatementRecord:
    number: str
    month: str
    issued_at: datetime
    figures: dict


@dataclass(frozen=True)
class TaskRecord:
    due_on: date
    kind: str
    kind_words: str
    done: bool


@dataclass(frozen=True)
class TrainingRecord:
    held_on: date
    topic: str


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    action: str
    operator: str
    target: str
    details: dict
    sentence: str  # the event as the audit log reads it


@dataclass(frozen=True)
class PersonExport:
    made_at: datetime
    person: PersonRecord
    sales: tuple[SoldLine, ...]
    loans: tuple[LoanRecord, ...]
    entries: tuple[EntryRecord, ...]
    statements: tuple[StatementRecord, ...]
    tasks: tuple[TaskRecord, ...]
    training: tuple[TrainingRecord, ...]
    audit: tuple[AuditRecord, ...]
