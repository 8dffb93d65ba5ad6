"""All the kiosk holds about one participant (PDPA right of access), as plain data:
``export_person`` gathers it and audits the export; ``to_json`` is the
machine-readable copy and kiosk.reports.person_export the readable one.

Their own copy holds their national ID in full: it is theirs, and the export is
an admin's audited action.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select

from kiosk.dates import utc_now
from kiosk.db import Database
from kiosk.models import AuditEvent, Operator, Participant
from kiosk.models.ledger import JournalEntry
from kiosk.models.plot import PlotTask, TrainingAttendance, TrainingSession
from kiosk.models.sales import Sale, SaleLine
from kiosk.models.statements import IssuedStatement
from kiosk.services.person_export_data import (AuditRecord, EntryRecord, LoanRecord,
                                               PersonExport, PersonRecord, Repayment, SoldLine,
                                               StatementRecord, TaskRecord, TrainingRecord)
from kiosk.services import audit, loan_standing, loan_views
from kiosk.services.auth import SignedIn
from kiosk.services.plot_rules import task_label
from kiosk.services.privacy import load_participant, require, audit_target
from kiosk.services.statement_data import participant_code


def _person(session, p: Participant) -> PersonRecord:
    by = session.get(Operator, p.consent_by_id) if p.consent_by_id else None
    op = session.scalars(select(Operator).where(Operator.participant_id == p.id)).first()
    return PersonRecord(
        p.id, participant_code(p.id), p.name_th, p.nickname, p.phone, p.national_id,
        p.photo_path, p.joined_on, p.active, p.notes, p.consent_on, p.consent_method,
        by.name if by else "", p.consent_notice, p.erased_at,
        op.name if op else "", op.role.value if op else "")


def _sales(session, pid: int) -> tuple[SoldLine, ...]:
    rows = session.execute(select(SaleLine, Sale).join(Sale, Sale.id == SaleLine.sale_id)
                           .where(SaleLine.owner_participant_id == pid)
                           .order_by(Sale.id, SaleLine.position))
    return tuple(SoldLine(sale.number, sale.business_day, line.name_th, line.quantity, line.unit,
                          line.amount, line.commission_percent, sale.voided)
                 for line, sale in rows)


def _loans(db: Database, loan_ids: list[int]) -> tuple[LoanRecord, ...]:
    result = []
    for loan_id in loan_ids:
        view = loan_views.loan_view(db, loan_id)
        status = view.status
        result.append(LoanRecord(
            status.number, status.principal, status.start_on, status.term, status.frequency,
            status.annual_rate, status.purpose, status.state, status.state_text(),
            view.owed,
            tuple(Repayment(p.on, p.principal, p.interest, p.reversed) for p in view.payments)))
    return tuple(result)


def _audit(session, p: Participant, loan_numbers: set[str]) -> tuple[AuditRecord, ...]:
    """Events naming them: by number (details or target), by one of their loans, or
    (older events) by the name they had then."""
    targets = {audit_target(p.id), *loan_numbers}
    if p.erased_at is None:
        targets.add(p.name_th)
    query = (select(AuditEvent, Operator.name)
             .outerjoin(Operator, Operator.id == AuditEvent.operator_id)
             .where(or_(AuditEvent.target.in_(targets),
                        AuditEvent.details.like('%"participant%')))
             .order_by(AuditEvent.id))
    result = []
    for event, name in session.execute(query):
        details = json.loads(event.details or "{}")
        named = {details.get("participant_id"), details.get("participant")}
        if event.target in targets or p.id in named:
            row = audit.AuditRow(event.id, event.at, name or "", event.action, event.target, details)
            result.append(AuditRecord(event.at, event.action, name or "", event.target, details,
                                      audit.describe(row)))
    return tuple(result)


def gather(db: Database, participant_id: int) -> PersonExport:
    """Everything about one participant (no audit: ``export_person`` is the action)."""
    with db.reading() as session:
        p = load_participant(session, participant_id)
        pid = p.id
        loan_ids = loan_standing.loan_ids(session, pid)
        person, sales = _person(session, p), _sales(session, pid)
        entries = tuple(EntryRecord(e.id, e.on, e.kind, e.description, e.reference)
                        for e in session.scalars(select(JournalEntry).where(
                            JournalEntry.participant_id == pid).order_by(JournalEntry.id)))
        statements = tuple(
            StatementRecord(s.number, s.month, s.issued_at, json.loads(s.figures_json))
            for s in session.scalars(select(IssuedStatement).where(
                IssuedStatement.participant_id == pid).order_by(IssuedStatement.id)))
        tasks = tuple(TaskRecord(t.due_on, t.kind, task_label(t.kind), t.done_at is not None)
                      for t in session.scalars(select(PlotTask).where(
                          PlotTask.assignee_id == pid).order_by(PlotTask.due_on)))
        training = tuple(TrainingRecord(s.held_on, s.topic) for s in session.scalars(
            select(TrainingSession).join(TrainingAttendance,
                                         TrainingAttendance.session_id == TrainingSession.id)
            .where(TrainingAttendance.participant_id == pid).order_by(TrainingSession.held_on)))
    loans = _loans(db, loan_ids)
    with db.reading() as session:
        events = _audit(session, session.get(Participant, pid), {l.number for l in loans})
    return PersonExport(utc_now(), person, sales, loans, entries, statements, tasks, training,
                        events)


def export_person(db: Database, who: SignedIn, participant_id: int) -> PersonExport:
    """The export, for an admin at the kiosk; audited."""
    require(who, admin=True)
    return _audited(db, who.operator_id, participant_id, "screen")


def export_person_from_command_line(db: Database, participant_id: int) -> PersonExport:
    """``kiosk person export``: whoever runs it can read the database file already;
    audited like the screen's, with no operator."""
    return _audited(db, None, participant_id, "command line")


def _audited(db: Database, operator_id: int | None, participant_id: int,
             via: str) -> PersonExport:
    export = gather(db, participant_id)
    with db.unit_of_work() as session:
        audit.record(session, "person_export", operator_id, audit_target(export.person.id),
                     participant_id=export.person.id, via=via)
    return export


def _plain(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def to_json(export: PersonExport) -> str:
    """The machine-readable copy: money as {"satang": n}, quantities as decimal strings, dates ISO."""
    body = {"format": "talad-jompol-person-export", "version": 1, **asdict(export)}
    return json.dumps(body, ensure_ascii=False, indent=2, default=_plain)
