"""The fund's use cases for staff: donations, grants, payouts, month close, reversals,
and what the Fund screen reads (overview, journal, statements)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select, union
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import current_language, tr
from kiosk.models import Operator, Participant
from kiosk.models.ledger import Account, JournalEntry, JournalLine, PeriodClose
from kiosk.money import Money
from kiosk.names import display_name
from kiosk.services import audit, inputs, ledger_chart, ledger_reads, loan_standing, row_versions
from kiosk.services.ledger_reads import SATANG
from kiosk.topics import Topic



def closed_months(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(PeriodClose.month).order_by(PeriodClose.month)))


# -- overview -------------------------------------------------------------------------
@dataclass(frozen=True)
class MonthPoint:
    year: int
    month: int
    money: Money  # the fund's available money at the month's end (or today)


@dataclass(frozen=True)
class Overview:
    as_of: date
    available: Money
    cash: Money
    bank: Money
    promptpay: Money
    lent_out: Money
    owed_to_participants: Money
    month_donations: Money
    month_commission: Money
    month_grants: Money
    par: loan_standing.PortfolioAtRisk
    history: tuple[MonthPoint, ...]
    arrears: tuple[loan_standing.ArrearsRow, ...]  # loans behind past the grace days

    @property
    def behind(self) -> int:
        return len(self.arrears)


def _month_bounds(day: date) -> tuple[date, date]:
    start = day.replace(day=1)
    end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start, end


def month_flows(session: Session, start: date, end: date) -> dict[str, Money]:
    """Raw sum of lines on accounts of each kind for entries dated in [start, end)."""
    kinds = dict(session.execute(select(Account.id, Account.kind)).all())
    totals: dict[str, Money] = defaultdict(Money.zero)
    for account_id, total in ledger_reads.flows(session, start, end).items():
        totals[kinds[account_id]] += Money(total)
    return totals


def overview(db: Database, as_of: date | None = None) -> Overview:
    as_of = inputs.optional_date(as_of) or dates.today()
    with db.reading() as session:
        start, end = _month_bounds(as_of)
        points = []
        year, month = as_of.year, as_of.month
        for _ in range(12):
            month_end = _month_bounds(date(year, month, 1))[1]
            points.append((year, month, min(as_of, date.fromordinal(month_end.toordinal() - 1))))
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        balances = ledger_reads.balances_at(session, [day for _, _, day in points])
        history = [MonthPoint(year, month, ledger_reads.kinds_sum(
            session, balances[day], ledger_chart.MONEY_KINDS + (ledger_chart.OWED,)))
            for year, month, day in points]
        flows = month_flows(session, start, end)
        book = loan_standing.loan_book(session, as_of)
        return Overview(
            as_of=as_of, available=ledger_reads.available(session),
            cash=ledger_reads.kind_total(session, [ledger_chart.CASH]),
            bank=ledger_reads.kind_total(session, [ledger_chart.BANK]),
            promptpay=ledger_reads.kind_total(session, [ledger_chart.PROMPTPAY]),
            lent_out=ledger_reads.kind_total(session, [ledger_chart.LOANS_RECEIVABLE]),
            owed_to_participants=-ledger_reads.kind_total(session, [ledger_chart.OWED]),
            month_donations=-flows[ledger_chart.DONATIONS],
            month_commission=-flows[ledger_chart.COMMISSION],
            month_grants=flows[ledger_chart.GRANTS],
            par=book.par, arrears=book.arrears, history=tuple(reversed(history)))


# -- journal ---------------------------------------------------------------------------
@dataclass(frozen=True)
class EntryRow:
    id: int
    on: date
    kind: str
    description: str
    reference: str
    amount: Money  # total of the debits
    reversed_by: int | None
    reverses: int | None


@dataclass(frozen=True)
class LineRow:
    account_code: str
    account_name: str
    debit: Money
    credit: Money
    loan_number: str


@dataclass(frozen=True)
class EntryDetail:
    row: EntryRow
    operator: str
    participant: str
    lines: tuple[LineRow, ...]
    hash: str


def account_name(account: Account) -> str:
    return account.name_th if current_language() == "th" else account.name_en


def journal(db: Database, *, account_id: int | None = None, participant_id: int | None = None,
            text: str = "", limit: int = 100, before_id: int | None = None) -> list[EntryRow]:
    """Entries newest first by date, then number (a back-dated entry sits at its date);
    filtered; the next page starts after the entry ``before_id``."""
    account_id = inputs.optional_id(account_id, tr("The account is unknown."))
    participant_id = inputs.optional_id(participant_id, tr("This participant no longer exists."))
    before_id = inputs.optional_id(before_id, tr("There is no such entry."))
    text = inputs.text(text)
    limit = inputs.a_count(limit, 1, 10_000, tr("Show between 1 and 10,000 entries."))
    with db.reading() as session:
        query = (select(JournalEntry)
                 .order_by(JournalEntry.on.desc(), JournalEntry.id.desc()).limit(limit))
        if before_id is not None:
            before_on = session.scalar(select(JournalEntry.on).where(JournalEntry.id == before_id))
            if before_on is not None:
                query = query.where(or_(JournalEntry.on < before_on, (JournalEntry.on == before_on)
                                        & (JournalEntry.id < before_id)))
        if account_id is not None:
            query = query.where(_touches(session, JournalLine.account_id == account_id))
        if participant_id is not None:
            accounts = select(Account.id).where(Account.participant_id == participant_id)
            query = query.where(_touches(session, JournalLine.account_id.in_(accounts),
                                         participant_id))
        if text.strip():
            pattern = f"%{text.strip()}%"
            query = query.where(or_(JournalEntry.description.like(pattern),
                                    JournalEntry.reference.like(pattern)))
        entries = session.scalars(query).all()
        return _rows(session, entries)


_BUSY = 2000  # lines: an account with more is looked for entry by entry, newest first


def _touches(session: Session, on_accounts, participant_id: int | None = None):
    """"The entry has a line on the accounts (or names the participant)", in the form
    SQLite runs fast: a busy account (the cash drawer, a seller's) is met within the
    newest entries, so they are walked by date; a quiet one's few entries are
    gathered and sorted instead."""
    named = JournalEntry.participant_id == participant_id
    lines = select(JournalLine.id).where(on_accounts).limit(_BUSY)
    entries = select(JournalEntry.id).where(named).limit(_BUSY)
    busy = session.scalar(select(func.count()).select_from(lines.subquery())) >= _BUSY or (
        participant_id is not None
        and session.scalar(select(func.count()).select_from(entries.subquery())) >= _BUSY)
    if busy:
        touching = select(JournalLine.id).where(JournalLine.entry_id == JournalEntry.id,
                                                on_accounts).exists()
        return or_(named, touching) if participant_id is not None else touching
    ids = select(JournalLine.entry_id).where(on_accounts)
    if participant_id is not None:
        ids = union(ids, select(JournalEntry.id).where(named))
    return JournalEntry.id.in_(ids)


def _rows(session: Session, entries: list[JournalEntry]) -> list[EntryRow]:
    ids = [e.id for e in entries]
    if not ids:
        return []
    debits = dict(session.execute(
        select(JournalLine.entry_id, func.sum(SATANG))
        .where(JournalLine.entry_id.in_(ids), SATANG > 0).group_by(JournalLine.entry_id)).all())
    reversed_by = dict(session.execute(
        select(JournalEntry.reverses_id, JournalEntry.id).where(JournalEntry.reverses_id.in_(ids))).all())
    return [EntryRow(e.id, e.on, e.kind, e.description, e.reference, Money(int(debits.get(e.id, 0))),
                     reversed_by.get(e.id), e.reverses_id) for e in entries]


def entry_detail(db: Database, entry_id: int) -> EntryDetail:
    with db.reading() as session:
        entry = session.get(JournalEntry, inputs.an_id(entry_id, tr("There is no such entry.")))
        if entry is None:
            raise NotFound(tr("There is no such entry."))
        row = _rows(session, [entry])[0]
        operator = session.get(Operator, entry.operator_id) if entry.operator_id else None
        person = session.get(Participant, entry.participant_id) if entry.participant_id else None
        lines = []
        from kiosk.models.ledger import Loan
        for line, account in session.execute(
                select(JournalLine, Account).join(Account, Account.id == JournalLine.account_id)
                .where(JournalLine.entry_id == entry_id).order_by(JournalLine.position)):
            loan = session.get(Loan, line.loan_id) if line.loan_id else None
            lines.append(LineRow(account.code, account_name(account),
                                 line.amount if line.amount.satang > 0 else Money(0),
                                 -line.amount if line.amount.satang < 0 else Money(0),
                                 loan.number if loan else ""))
        return EntryDetail(row, operator.name if operator else "", person.name_th if person else "",
                           tuple(lines), entry.hash)


# -- accounts and statements --------------------------------------------------------------
@dataclass(frozen=True)
class AccountRow:
    id: int
    code: str
    name: str
    type: str
    balance: Money  # on the account's normal side
    closed: bool
    participant_id: int | None
    version: int = 1  # what a change names (services/row_versions)


@dataclass(frozen=True)
class StatementLine:
    entry_id: int
    on: date
    description: str
    amount: Money  # on the account's normal side: + increases the balance
    balance: Money


def accounts(db: Database) -> list[AccountRow]:
    with db.reading() as session:
        cache = ledger_reads.trial_balance(session)
        rows = list(session.scalars(select(Account).order_by(Account.code)))
        # a parent account (owed to participants, loans receivable) shows the sum of its
        # sub-accounts with its own lines
        total = {a.id: cache.get(a.id, Money(0)) for a in rows}
        parent = {a.id: a.parent_id for a in rows}
        for a in rows:
            up = parent[a.id]
            while up is not None:
                total[up] = total[up] + cache.get(a.id, Money(0))
                up = parent.get(up)
        return [AccountRow(a.id, a.code, account_name(a), a.type,
                           ledger_chart.normal_balance(a, total[a.id]), a.closed, a.participant_id,
                           a.version)
                for a in rows]


def statement(db: Database, account_id: int, limit: int = 500) -> list[StatementLine]:
    """An account's lines with the running balance, oldest first (the last ``limit``)."""
    limit = inputs.a_count(limit, 1, 10_000, tr("Show between 1 and 10,000 entries."))
    with db.reading() as session:
        account = session.get(Account, inputs.an_id(account_id, tr("The account is unknown.")))
        if account is None:
            raise InvalidInput(tr("The account is unknown."))
        # the last lines, newest first, and the balance before them: today's cached
        # balance less what they add (the whole history is never read)
        rows = session.execute(
            select(JournalEntry.id, JournalEntry.on, JournalEntry.description, SATANG)
            .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .where(JournalLine.account_id == account_id)
            .order_by(JournalLine.entry_id.desc(), JournalLine.id.desc()).limit(limit)).all()
        raw = ledger_reads.raw_balance(session, account_id) - Money(sum(int(r[3]) for r in rows))
        balance = ledger_chart.normal_balance(account, raw)
        result = []
        for entry_id, on, description, satang in reversed(rows):
            amount = ledger_chart.normal_balance(account, Money(int(satang)))
            balance = balance + amount
            result.append(StatementLine(entry_id, on, description, amount, balance))
        return result


def participant_accounts(db: Database, participant_id: int) -> list[AccountRow]:
    inputs.an_id(participant_id, tr("This participant no longer exists."))
    return [a for a in accounts(db) if a.participant_id == participant_id]


def add_account(db: Database, *, code: str, name_th: str, name_en: str, type_: str,
                operator_id: int | None) -> int:
    """Staff add an account to the chart."""
    code = inputs.text(code, max_len=20, required=tr("Please enter an account code."))
    name_th = inputs.text(name_th, max_len=120, required=tr("Please enter the account's name."))
    name_en = inputs.text(name_en, max_len=120)
    inputs.choice(type_, ("asset", "liability", "equity", "income", "expense"),
                  tr("Choose the account's type."))
    with db.unit_of_work() as session:
        inputs.operator_id(session, operator_id)
        if session.scalar(select(Account.id).where(Account.code == code)):
            raise InvalidInput(tr("An account with this code already exists."))
        account = Account(code=code, name_th=name_th, name_en=(name_en or name_th).strip(),
                          type=type_, kind=None, limit="none", closed=False)
        session.add(account)
        session.flush()
        audit.record(session, "account_create", operator_id, code, name=name_th, type=type_)
        mark_changed(session, Topic.LEDGER)
        return account.id


def close_account(db: Database, account_id: int, operator_id: int | None,
                  expected_version: int | None = None) -> None:
    """An account is never deleted; closed, it takes no new entries.
    ``expected_version``: the account's version as shown; refused
    (row_versions.ChangedMeanwhile) if another terminal changed it since."""
    with db.unit_of_work() as session:
        account = session.get(Account, inputs.an_id(account_id, tr("The account is unknown.")))
        if account is None:
            raise InvalidInput(tr("The account is unknown."))
        inputs.operator_id(session, operator_id)
        row_versions.claim(account, expected_version)
        if account.kind is not None and account.participant_id is None:
            raise InvalidInput(tr("The programme's own accounts cannot be closed."))
        if ledger_reads.raw_balance(session, account.id):
            raise InvalidInput(tr("Only an account with a zero balance can be closed."))
        account.closed = True
        audit.record(session, "account_close", operator_id, account.code)
        mark_changed(session, Topic.LEDGER)


@dataclass(frozen=True)
class ParticipantChoice:
    id: int
    name: str


def participants(db: Database) -> list[ParticipantChoice]:
    with db.reading() as session:
        return [ParticipantChoice(p.id, display_name(p.name_th, p.nickname))
                for p in session.scalars(select(Participant).where(Participant.active.is_(True))
                                         .order_by(Participant.name_th))]


def owed_to(db: Database, participant_id: int) -> Money:
    inputs.an_id(participant_id, tr("This participant no longer exists."))
    with db.reading() as session:
        account = session.scalar(select(Account).where(
            Account.kind == ledger_chart.OWED, Account.participant_id == participant_id))
        if account is None:
            return Money(0)
        return ledger_chart.normal_balance(account, ledger_reads.raw_balance(session, account.id))


def available(db: Database) -> Money:
    with db.reading() as session:
        return ledger_reads.available(session)
