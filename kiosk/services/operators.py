"""Operators (who can sign in): admins list, add, change role or PIN, deactivate.

Every action checks that the signed-in operator is an admin and is audited.
The kiosk never loses its last active admin: deactivating or demoting them
is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.dates import utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import Conflict, InvalidInput, NotAllowed, NotFound
from kiosk.i18n import tr
from kiosk.models import Operator, Participant, Role
from kiosk.services import audit, auth
from kiosk.services.auth import SignedIn
from kiosk.topics import Topic


@dataclass(frozen=True)
class OperatorRow:
    id: int
    name: str
    role: Role
    active: bool
    locked: bool
    participant_id: int | None
    participant_name: str


def role_label(role: Role) -> str:
    """The role as staff read it."""
    return {Role.VENDOR: tr("Vendor"), Role.STAFF: tr("Staff"), Role.ADMIN: tr("Admin")}[role]


def _require_admin(who: SignedIn) -> None:
    if not who.is_admin:
        raise NotAllowed(tr("Only an admin can manage operators."))


def _get(session: Session, operator_id: int) -> Operator:
    operator = session.get(Operator, operator_id)
    if operator is None:
        raise NotFound(tr("This operator no longer exists."))
    return operator


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Operator).where(
        Operator.active.is_(True), Operator.role == Role.ADMIN)) or 0


def _refuse_losing_last_admin(session: Session, operator: Operator) -> None:
    if operator.active and operator.role is Role.ADMIN and _active_admins(session) <= 1:
        raise Conflict(tr("This is the last admin. Make another operator an admin first."))


def list_operators(db: Database, who: SignedIn, include_inactive: bool = True) -> list[OperatorRow]:
    _require_admin(who)
    now = utc_now()
    with db.reading() as session:
        query = (select(Operator, Participant.name_th)
                 .outerjoin(Participant, Participant.id == Operator.participant_id)
                 .order_by(Operator.active.desc(), Operator.sort_order, Operator.name))
        if not include_inactive:
            query = query.where(Operator.active.is_(True))
        return [OperatorRow(o.id, o.name, o.role, o.active,
                            o.locked_until is not None and o.locked_until > now,
                            o.participant_id, pname or "")
                for o, pname in session.execute(query)]


def create_operator(db: Database, who: SignedIn, name: str, role: Role, pin: str,
                    participant_id: int | None = None) -> int:
    """Add an operator who can sign in (admin only; audited by auth)."""
    _require_admin(who)
    auth.validate_pin(pin)
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput(tr("Please enter a name."))
    if len(name) > 120:
        raise InvalidInput(tr("The name is too long."))
    with db.reading() as session:
        if session.scalar(select(Operator.id).where(Operator.name == name,
                                                   Operator.active.is_(True))) is not None:
            raise InvalidInput(tr("An operator with this name already exists."))
        if participant_id is not None:
            participant = session.get(Participant, participant_id)
            if participant is None:
                raise NotFound(tr("This participant no longer exists."))
            if session.scalar(select(Operator.id).where(
                    Operator.participant_id == participant_id)) is not None:
                raise InvalidInput(tr("This participant can already sign in."))
        order = (session.scalar(select(func.max(Operator.sort_order))) or 0) + 1
    return auth.create_operator(db, name, role, pin, by=who.operator_id,
                                participant_id=participant_id, sort_order=order)


def change_role(db: Database, who: SignedIn, operator_id: int, role: Role) -> None:
    _require_admin(who)
    with db.unit_of_work() as session:
        operator = _get(session, operator_id)
        if operator.role is role:
            return
        if role is not Role.ADMIN:
            _refuse_losing_last_admin(session, operator)
        old = operator.role
        operator.role = role
        audit.record(session, "operator_role_change", who.operator_id, operator.name,
                     subject_id=operator.id, old=old.value, new=role.value)
        mark_changed(session, Topic.OPERATORS)


def reset_pin(db: Database, who: SignedIn, operator_id: int, new_pin: str) -> None:
    """Give an operator a new PIN (and lift a lockout); audited by auth."""
    _require_admin(who)
    auth.change_pin(db, operator_id, new_pin, by=who.operator_id)


def set_active(db: Database, who: SignedIn, operator_id: int, active: bool) -> None:
    _require_admin(who)
    with db.unit_of_work() as session:
        operator = _get(session, operator_id)
        if operator.active == active:
            return
        if not active:
            _refuse_losing_last_admin(session, operator)
        operator.active = active
        audit.record(session, "operator_activate" if active else "operator_deactivate",
                     who.operator_id, operator.name, subject_id=operator.id)
        mark_changed(session, Topic.OPERATORS)


def deactivate_operator(db: Database, who: SignedIn, operator_id: int) -> None:
    set_active(db, who, operator_id, False)
