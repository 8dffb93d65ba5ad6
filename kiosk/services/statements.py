"""Monthly statements for participants: built from the books, laid out by kiosk.reports.

``build_statement`` and ``iter_statements`` return frozen ``Statement`` values;
the figures come from the ledger, the sales and the loan, plot and training
services (see statement_figures for what each figure is). The month is
checked first: not in the future, not before the fund began.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.db import Database
from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Crop, Participant
from kiosk.models.ledger import JournalEntry
from kiosk.models.plot import Planting
from kiosk.models.sales import Sale
from kiosk.money import Money
from kiosk.names import display_name
from kiosk.services import loan_standing, numbering, plot_results, plot_training, settings
from kiosk.services.plot_rules import crop_name, task_label
from kiosk.services.statement_data import (
    ActivityLine, LoanLine, Month, Statement, participant_code, parse_participant_code,
)
from kiosk.services.statement_figures import (
    MonthBooks, active_participant_ids, participants_with_activity,
)


def fund_began(session: Session) -> date:
    """The fund's first day: its first entry or sale (today while there is none)."""
    firsts = [session.scalar(select(func.min(JournalEntry.on))),
              session.scalar(select(func.min(Sale.business_day)))]
    firsts = [d for d in firsts if d is not None]
    return min(firsts) if firsts else dates.today()


def month_as_of(session: Session, month: Month, until: date | None = None) -> date:
    """The last day a month's papers count: its end, or today while it runs (or
    ``until``, the day an earlier paper was printed). Refuses a month in the future
    or before the fund began."""
    today = dates.today()
    if month > Month.of(today):
        raise InvalidInput(tr("{month} has not come yet.").format(month=month.label()))
    began = Month.of(fund_began(session))
    if month < began:
        raise InvalidInput(tr("The fund began in {began}: there is nothing before it.").format(
            began=began.label()))
    return min(month.last, today, until or today)


def check_month(db: Database, month: Month) -> date:
    with db.reading() as session:
        return month_as_of(session, month)


def find_participant(db: Database, code: str) -> int:
    """The participant a code such as P0012 names; NotFound when there is none."""
    participant_id = parse_participant_code(code)
    with db.reading() as session:
        if session.get(Participant, participant_id) is None:
            raise NotFound(tr("There is no participant {code}.").format(code=code.strip()))
    return participant_id


def statement_participants(db: Database, month: Month) -> list[int]:
    """Who gets a statement: every active participant, and anyone with something
    on their paper that month."""
    with db.reading() as session:
        books = MonthBooks(session, month, month_as_of(session, month))
        busy = participants_with_activity(session, books)
        joined = dict(session.execute(select(Participant.id, Participant.joined_on)).all())
        active = {i for i in active_participant_ids(session) if joined[i] <= month.last}
        return sorted((active | busy) & set(joined))


def _loan_lines(session: Session, books: MonthBooks, participant_id: int) -> tuple[LoanLine, ...]:
    month, as_of = books.month, books.as_of
    lines = []
    before = month.first - timedelta(days=1)
    ids = books.loan_ids(participant_id)
    ends = loan_standing.loan_statuses(session, ids, as_of)
    starts = {s.id: s for s in loan_standing.loan_statuses(
        session, [end.id for end in ends if end.start_on <= before], before)}
    for end in ends:
        start = starts.get(end.id)
        paid = books.loan_paid(end.id)
        if start is not None and start.closed and not paid and start.written_off == end.written_off:
            continue  # closed before this month
        due = sum((i.total for i in end.instalments if month.first <= i.due_on <= month.last),
                  Money(0))
        upcoming = [i for i in end.instalments if i.unpaid and i.due_on > as_of]
        nxt = upcoming[0] if upcoming and not end.closed else None
        lines.append(LoanLine(
            end.number, end.principal,
            start.principal_outstanding if start is not None else Money(0),
            end.principal_outstanding, due, paid, end.overdue_amount if not end.closed else Money(0),
            end.days_past_due if not end.closed else 0,
            nxt.due_on if nxt else None, nxt.unpaid if nxt else Money(0), end.written_off))
    return tuple(lines)


def _tasks(session: Session, books: MonthBooks, participant_id: int) -> tuple[ActivityLine, ...]:
    result = []
    for task in books.tasks_done(participant_id):
        text = task_label(task.kind)
        if task.planting_id is not None:
            crop = session.execute(select(Crop.name_th, Crop.name_en).join(
                Planting, Planting.crop_id == Crop.id).where(Planting.id == task.planting_id)).first()
            if crop is not None:
                text = f"{text}: {crop_name(*crop)}"
        result.append(ActivityLine(dates.to_local(task.done_at).date(), text))
    return tuple(result)


def _build(session: Session, books: MonthBooks, participant_id: int,
           trainings: Sequence[plot_results.TrainingInfo], stall_name: str) -> Statement:
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFound(tr("This participant no longer exists."))
    month, as_of = books.month, books.as_of
    flows = books.flows(participant_id)
    products = books.products(participant_id)
    gross = sum((p.amount for p in products), Money(0))
    opening = books.owed_balance(participant_id, month.first - timedelta(days=1))
    closing = books.owed_balance(participant_id, as_of)
    return Statement(
        number=numbering.statement_number(month, participant_id), participant_id=participant_id,
        name=person.name_th, nickname=person.nickname, month=month, as_of=as_of,
        stall_name=stall_name, opening=opening, sales_gross=gross,
        commission=gross - Money(flows.sales_net), loan_deducted=Money(flows.deducted),
        paid_out=Money(flows.paid_out), adjustments=Money(flows.adjustments), closing=closing,
        products=products, weeks=books.weeks(participant_id), payouts=tuple(flows.payouts),
        grants=books.grants(participant_id),
        loans=_loan_lines(session, books, participant_id),
        trainings=tuple(ActivityLine(t.held_on, t.topic) for t in trainings
                        if participant_id in t.attendee_ids),
        tasks=_tasks(session, books, participant_id))


def iter_statements(db: Database, month: Month, participant_ids: Sequence[int] | None = None,
                    until: date | None = None) -> Iterator[Statement]:
    """Each participant's statement for the month, in one read of the books."""
    with db.reading() as session:
        as_of = month_as_of(session, month, until)
    ids = list(participant_ids) if participant_ids is not None else statement_participants(db, month)
    trainings = plot_training.trainings_between(db, month.first, as_of)
    with db.reading() as session:
        books = MonthBooks(session, month, as_of)
        stall_name = str(settings.get(session, "stall_name"))
        for participant_id in ids:
            yield _build(session, books, participant_id, trainings, stall_name)


def build_statement(db: Database, participant_id: int, month: Month,
                    until: date | None = None) -> Statement:
    return next(iter_statements(db, month, [participant_id], until))


def statement_months(db: Database) -> list[Month]:
    """The months that can have papers, newest first: from the fund's first to this one."""
    with db.reading() as session:
        month, first = Month.of(dates.today()), Month.of(fund_began(session))
    months = []
    while month >= first:
        months.append(month)
        month = month.previous()
    return months


def statement_people(db: Database, month: Month) -> list[tuple[int, str]]:
    """(id, "P0012 name (nickname)") of everyone who gets a statement for the month."""
    ids = statement_participants(db, month)
    with db.reading() as session:
        people = {p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(ids)))}
        return [(i, f"{participant_code(i)}  {display_name(people[i].name_th, people[i].nickname)}")
                for i in ids]
