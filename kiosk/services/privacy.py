"""A participant's personal data under Thailand's PDPA: consent, seeing the full
national ID, and erasure (pseudonymisation) when they leave and ask.

Erasure never touches the books: journal entries, their lines and the hash chain
stay byte for byte (the chain covers each entry's description, and grant and
payout descriptions carry the name they were written with; accounting records
are kept by law, PDPA section 33). What the participant's own record holds is
replaced: name by a pseudonym, nickname, phone, national ID, notes and photo
cleared; their per-participant accounts are renamed (account names are not in
the chain). So ``kiosk check`` reads an erasure as nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.dates import utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import Conflict, NotAllowed, NotFound
from kiosk.i18n import QT_TRANSLATE_NOOP, tr
from kiosk.models import Operator, Participant
from kiosk.models.ledger import Account
from kiosk.money import Money
from kiosk.names import display_name
from kiosk.thai import national_id_ok
from kiosk.services import audit, inputs, loan_standing, row_versions, settings
from kiosk.services.auth import SignedIn
from kiosk.services.checks import invariant
from kiosk.services.sale_results import DayReport
from kiosk.services.people import past_day
from kiosk.services.privacy_notice import (CONSENT_METHODS, NOTICE_VERSION, PrivacyNotice,
                                          method_label, notice)
from kiosk.services.statement_data import participant_code
from kiosk.topics import Topic

PSEUDONYM = "ผู้เข้าร่วม #{id}"  # stored data, Thai like every name_th


def pseudonym(participant_id: int) -> str:
    return PSEUDONYM.format(id=participant_id)


def audit_target(participant_id: int) -> str:
    """Privacy events name the participant by number, never by name."""
    return f"participant:{participant_id}"


@dataclass(frozen=True)
class Consent:
    on: date | None
    method: str | None
    recorded_by: str  # the operator's name, "" when none is recorded
    notice_version: str | None

    @property
    def given(self) -> bool:
        return self.on is not None


@dataclass(frozen=True)
class ErasureResult:
    participant_id: int
    pseudonym: str
    photos_deleted: tuple[str, ...]
    photos_not_deleted: tuple[str, ...]  # files that could not be removed (say so)


# -- who may see what (one home for the rule) ---------------------------------------
def sees_others_finances(who: SignedIn) -> bool:
    """Vendors see other participants' names only where a sale needs them (whose
    produce); balances, loans and repayments are for staff and admins."""
    return isinstance(who, SignedIn) and who.is_staff


def day_report_for(report: DayReport, who: SignedIn) -> DayReport:
    """The X/Z report as the screen shows ``who``: a vendor closing the day sees whose
    produce sold, not the loan repayments taken from another participant's sales."""
    if sees_others_finances(who):
        return report
    return replace(report, by_owner=tuple(replace(owner, loan_repayment=Money(0))
                                          for owner in report.by_owner))


def require(who: SignedIn, admin: bool) -> None:
    allowed = isinstance(who, SignedIn) and (who.is_admin if admin else who.is_staff)
    if not allowed:
        raise NotAllowed(tr("Only an admin can do this.") if admin
                         else tr("Only staff can change participants."))


def load_participant(session: Session, participant_id: object) -> Participant:
    number = inputs.an_id(participant_id, tr("This participant no longer exists."))
    person = session.get(Participant, number)
    if person is None:
        raise NotFound(tr("This participant no longer exists."))
    return person


# -- consent -------------------------------------------------------------------------
def check_consent_date(day: object) -> date:
    return past_day(day, missing=tr("Please choose the day they consented."),
                    future=tr("The consent date cannot be in the future."),
                    too_old=tr("The consent date is too long ago."))


def consent_of(db: Database, participant_id: int) -> Consent:
    with db.reading() as session:
        person = load_participant(session, participant_id)
        by = session.get(Operator, person.consent_by_id) if person.consent_by_id else None
        return Consent(person.consent_on, person.consent_method, by.name if by else "",
                       person.consent_notice)


def record_consent(db: Database, who: SignedIn, participant_id: int, on: date,
                   method: str) -> None:
    """Write down that the participant consented to the current notice (staff); audited."""
    require(who, admin=False)
    day = check_consent_date(on)
    how = inputs.choice(method, CONSENT_METHODS, tr("Please choose how they consented."))
    with db.unit_of_work() as session:
        person = load_participant(session, participant_id)
        if person.erased_at is not None:
            raise Conflict(tr("This participant's personal data was erased."))
        person.consent_on, person.consent_method = day, how
        person.consent_by_id, person.consent_notice = who.operator_id, NOTICE_VERSION
        audit.record(session, "participant_consent", who.operator_id, audit_target(person.id),
                     participant_id=person.id, on=day.isoformat(), method=how,
                     notice=NOTICE_VERSION)
        mark_changed(session, Topic.PARTICIPANTS)


def notice_for(db: Database, participant_id: int | None = None) -> PrivacyNotice:
    """The notice to print: blank, or with the participant's name and their consent."""
    with db.reading() as session:
        stall = str(settings.get(session, "stall_name"))
        if participant_id is None:
            return notice(stall)
        person = load_participant(session, participant_id)
        return notice(stall, display_name(person.name_th, person.nickname),
                      participant_code(person.id), person.consent_on,
                      method_label(person.consent_method) if person.consent_method else "")


# -- the full national ID ------------------------------------------------------------
def reveal_national_id(db: Database, who: SignedIn, participant_id: int) -> str:
    """The whole 13 digits, for an admin on the participant's page; every look audited."""
    require(who, admin=True)
    with db.unit_of_work() as session:
        person = load_participant(session, participant_id)
        if not person.national_id:
            raise NotFound(tr("No national ID is kept for this participant."))
        audit.record(session, "national_id_view", who.operator_id, audit_target(person.id),
                     participant_id=person.id)
        return person.national_id


# -- erasure -------------------------------------------------------------------------
def owed_to_fund(session: Session, participant_id: int) -> Money:
    """What the participant still owes on their loans (written-off loans owe nothing)."""
    total = Money(0)
    for loan_id in loan_standing.loan_ids(session, participant_id):
        status = loan_standing.loan_status(session, loan_id)
        if not status.written_off:
            total += status.owed
    return total


def erase_participant(db: Database, who: SignedIn, participant_id: int) -> ErasureResult:
    """Replace the participant's personal fields by a pseudonym (admin); refused while
    they owe the fund. Audited without the name. Photos are deleted after the commit."""
    require(who, admin=True)
    with db.unit_of_work() as session:
        person = load_participant(session, participant_id)
        if person.erased_at is not None:
            raise Conflict(tr("This participant's personal data was already erased."))
        owed = owed_to_fund(session, person.id)
        if owed.satang > 0:
            raise Conflict(tr("Cannot erase: they still owe the fund {amount} baht on their "
                              "loans. Erase after the loans are repaid or written off.")
                           .format(amount=owed.format(symbol=False)))
        name = pseudonym(person.id)
        photos = [p for p in (person.photo_path,) if p]
        person.name_th, person.nickname, person.phone = name, "", ""
        person.national_id, person.photo_path, person.notes = None, None, ""
        person.active, person.erased_at = False, utc_now()
        for operator in session.scalars(select(Operator).where(
                Operator.participant_id == person.id)):
            photos += [operator.photo_path] if operator.photo_path else []
            operator.name, operator.photo_path, operator.active = name, None, False
        for account in session.scalars(select(Account).where(Account.participant_id == person.id)):
            parent = session.get(Account, account.parent_id) if account.parent_id else None
            account.name_th = f"{parent.name_th}: {name}" if parent else name
            account.name_en = f"{parent.name_en}: {name}" if parent else name
            row_versions.claim(account, None)  # a close shown the old name is refused
        audit.record(session, "participant_erase", who.operator_id, audit_target(person.id),
                     participant_id=person.id, photos=len(photos))
        mark_changed(session, Topic.PARTICIPANTS)
    deleted, kept = [], []
    for photo in photos:
        try:
            Path(photo).unlink(missing_ok=True)
            deleted.append(photo)
        except OSError:
            kept.append(photo)
    return ErasureResult(participant_id, name, tuple(deleted), tuple(kept))


# -- invariants (kiosk check) --------------------------------------------------------
@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "privacy: erased participants keep no personal data"))
def check_erasures(session: Session) -> list[str]:
    problems = []
    for person in session.scalars(select(Participant).where(Participant.erased_at.is_not(None))):
        kept = [name for name, value in (
            ("name", person.name_th != pseudonym(person.id)), ("nickname", person.nickname),
            ("phone", person.phone), ("national ID", person.national_id),
            ("photo", person.photo_path), ("notes", person.notes)) if value]
        if kept:
            problems.append(f"participant {person.id} was erased but keeps: {', '.join(kept)}")
    return problems


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "privacy: national IDs are 13 checked digits"))
def check_national_ids(session: Session) -> list[str]:
    return [f"participant {pid} has a national ID that fails its checksum"
            for pid, digits in session.execute(select(Participant.id, Participant.national_id)
                                               .where(Participant.national_id.is_not(None)))
            if not (len(digits) == 13 and digits.isdigit() and national_id_ok(digits))]
