"""PINs, sign-in and lockout.

PINs are 4-6 digits, stored as scrypt hashes with a per-operator salt and
compared in constant time. Five wrong tries lock the operator for five
minutes; every failure and lockout is audited.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.dates import utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, KioskError, NotAllowed, NotFound
from kiosk.i18n import tr
from kiosk.models import Operator, Role
from kiosk.services import audit
from kiosk.topics import Topic

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)
_PIN = re.compile(r"^\d{4,6}$")
# scrypt cost: ~50 ms on the kiosk PC, slow enough to make guessing a
# stolen database expensive, fast enough for a vendor at the stall.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


class WrongPin(KioskError):
    def __init__(self, tries_left: int) -> None:
        super().__init__(tr("Wrong PIN. 1 try left.") if tries_left == 1
                         else tr("Wrong PIN. {n} tries left.").format(n=tries_left))
        self.tries_left = tries_left


class OperatorLocked(KioskError):
    def __init__(self, until: datetime) -> None:
        from kiosk.dates import format_time
        super().__init__(tr("Too many wrong PINs. Try again after {time}, or call the staff.").format(
            time=format_time(until)))
        self.until = until


@dataclass(frozen=True)
class SignedIn:
    """Who is at the kiosk; the UI passes it to every service call."""

    operator_id: int
    name: str
    role: Role
    participant_id: int | None

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.STAFF, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


@dataclass(frozen=True)
class OperatorTile:
    id: int
    name: str
    role: Role
    photo_path: str | None


def validate_pin(pin: str) -> str:
    if not _PIN.match(pin or ""):
        raise InvalidInput(tr("A PIN has 4 to 6 digits."))
    return pin


def new_salt() -> bytes:
    return os.urandom(16)


def hash_pin(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, **_SCRYPT)


def pin_matches(operator: Operator, pin: str) -> bool:
    return hmac.compare_digest(hash_pin(pin, operator.pin_salt), operator.pin_hash)


def operator_tiles(db: Database) -> list[OperatorTile]:
    """Active operators for the sign-in screen, in the order staff set."""
    with db.reading() as session:
        rows = session.scalars(select(Operator).where(Operator.active.is_(True))
                               .order_by(Operator.sort_order, Operator.name))
        return [OperatorTile(o.id, o.name, o.role, o.photo_path) for o in rows]


def sign_in(db: Database, operator_id: int, pin: str, now: datetime | None = None) -> SignedIn:
    """Check the PIN; a wrong one counts towards the lockout (and is audited)."""
    now = now or utc_now()
    failure: KioskError | None = None
    with db.unit_of_work() as session:
        operator = session.get(Operator, operator_id)
        if operator is None or not operator.active:
            raise NotFound(tr("This operator no longer exists."))
        if operator.locked_until is not None and operator.locked_until > now:
            raise OperatorLocked(operator.locked_until)
        if not _PIN.match(pin or "") or not pin_matches(operator, pin):
            operator.failed_attempts += 1
            audit.record(session, "pin_failed", operator.id, operator.name,
                         attempt=operator.failed_attempts)
            if operator.failed_attempts >= MAX_FAILED_ATTEMPTS:
                operator.locked_until = now + LOCKOUT
                operator.failed_attempts = 0
                audit.record(session, "lockout", operator.id, operator.name,
                             until=operator.locked_until.isoformat())
                failure = OperatorLocked(operator.locked_until)
            else:
                failure = WrongPin(MAX_FAILED_ATTEMPTS - operator.failed_attempts)
        else:
            operator.failed_attempts = 0
            operator.locked_until = None
            audit.record(session, "sign_in", operator.id, operator.name)
            signed_in = SignedIn(operator.id, operator.name, operator.role, operator.participant_id)
        mark_changed(session, Topic.OPERATORS)
    if failure is not None:
        raise failure
    return signed_in


def sign_out(db: Database, who: SignedIn, reason: str = "manual") -> None:
    with db.unit_of_work() as session:
        audit.record(session, "sign_out", who.operator_id, who.name, reason=reason)


class OwnPin(NotAllowed):
    def __init__(self) -> None:
        super().__init__(tr("That is your own PIN. A staff member must type theirs."))


def approve_with_staff_pin(db: Database, pin: str, action: str, target: str = "",
                           requested_by: int | None = None, now: datetime | None = None,
                           record_success: bool = True, **details: object) -> SignedIn:
    """A staff or admin PIN authorises a request; audited either way.

    The one home of staff approval (price, discount, void, refund, the day's
    float and Z). Wrong PINs typed for one requester lock that requester's
    approvals like sign-in does (five tries, five minutes), and the requester's
    own PIN never approves a vendor's request, even if a staff PIN is the same.
    ``record_success=False``: the caller audits the approval (``record_approval``)
    in the approved action's own unit of work, so a refused action leaves none.
    """
    now = now or utc_now()
    failure: KioskError | None = None
    with db.unit_of_work() as session:
        requester = session.get(Operator, requested_by) if requested_by is not None else None
        if (requester is not None and requester.approval_locked_until is not None
                and requester.approval_locked_until > now):
            raise OperatorLocked(requester.approval_locked_until)
        if not _PIN.match(pin or ""):
            approver = None
        elif requester is not None and requester.role not in (Role.STAFF, Role.ADMIN) \
                and pin_matches(requester, pin):
            approver, failure = None, OwnPin()
        else:
            staff = session.scalars(select(Operator).where(
                Operator.active.is_(True), Operator.role.in_([Role.STAFF, Role.ADMIN]))).all()
            approver = next((o for o in staff if pin_matches(o, pin)), None)
        if approver is None:
            audit.record(session, "approval_failed", requested_by, target, action=action)
            if requester is not None:
                requester.approval_failures = (requester.approval_failures or 0) + 1
                if requester.approval_failures >= MAX_FAILED_ATTEMPTS:
                    requester.approval_failures = 0
                    requester.approval_locked_until = now + LOCKOUT
                    audit.record(session, "approval_lockout", requested_by, target,
                                 until=requester.approval_locked_until.isoformat())
                    failure = OperatorLocked(requester.approval_locked_until)
                elif failure is None:
                    failure = WrongStaffPin(MAX_FAILED_ATTEMPTS - requester.approval_failures)
            failure = failure or WrongStaffPin(None)
        else:
            if requester is not None:
                requester.approval_failures = 0
                requester.approval_locked_until = None
            if record_success:
                audit.record(session, "approval", approver.id, target, action=action,
                             requested_by=requested_by, **details)
            signed = SignedIn(approver.id, approver.name, approver.role, approver.participant_id)
    if failure is not None:
        raise failure
    return signed


class WrongStaffPin(NotAllowed):
    def __init__(self, tries_left: int | None) -> None:
        text = tr("That is not a staff PIN.")
        if tries_left is not None:
            text += " " + (tr("1 try left.") if tries_left == 1
                           else tr("{n} tries left.").format(n=tries_left))
        super().__init__(text)
        self.tries_left = tries_left


def verify_staff_pin(db: Database, pin: str, action: str, target: str = "",
                     requested_by: int | None = None) -> SignedIn:
    """Whose staff PIN this is (wrong PINs audited and counted as in
    ``approve_with_staff_pin``); the caller audits the approval with
    ``record_approval`` inside the approved action's own unit of work."""
    return approve_with_staff_pin(db, pin if isinstance(pin, str) else "", action, target,
                                  requested_by, record_success=False)


def record_approval(session: Session, approver: SignedIn, action: str, target: str = "",
                    requested_by: int | None = None, **details: object) -> None:
    audit.record(session, "approval", approver.operator_id, target, action=action,
                 requested_by=requested_by, **details)


def create_operator(db: Database, name: str, role: Role, pin: str, by: int | None = None,
                    participant_id: int | None = None, photo_path: str | None = None,
                    sort_order: int = 0) -> int:
    """Add an operator (admin action, audited)."""
    validate_pin(pin)
    if not name.strip():
        raise InvalidInput(tr("Please enter a name."))
    with db.unit_of_work() as session:
        salt = new_salt()
        operator = Operator(name=name.strip(), role=role, pin_salt=salt, pin_hash=hash_pin(pin, salt),
                            participant_id=participant_id, photo_path=photo_path,
                            sort_order=sort_order, failed_attempts=0, active=True)
        session.add(operator)
        session.flush()
        audit.record(session, "operator_create", by, operator.name, role=role.value)
        mark_changed(session, Topic.OPERATORS)
        return operator.id


def change_pin(db: Database, operator_id: int, new_pin: str, by: int | None) -> None:
    validate_pin(new_pin)
    with db.unit_of_work() as session:
        operator = session.get(Operator, operator_id)
        if operator is None:
            raise NotFound(tr("This operator no longer exists."))
        operator.pin_salt = new_salt()
        operator.pin_hash = hash_pin(new_pin, operator.pin_salt)
        operator.failed_attempts = 0
        operator.locked_until = None
        audit.record(session, "operator_pin_change", by, operator.name)
