"""The programme's participants: list, add, edit, deactivate (staff and admins).

A national ID is optional; when given it must pass the Thai checksum, and it is
only ever shown masked ("x-xxxx-xxxxx-12-3"). Every change is audited, without
the ID itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select

from kiosk.dates import today
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotAllowed, NotFound
from kiosk.i18n import tr
from kiosk.names import display_name
from kiosk.thai import THAI_DIGITS
from kiosk.thai import national_id_ok as national_id_checksum_ok
from kiosk.models import Participant, Role
from kiosk.services import audit, inputs
from kiosk.services.auth import SignedIn
from kiosk.topics import Topic

MAX_NAME = 120
MAX_NICKNAME = 40
MAX_NOTES = 1000
EARLIEST_JOIN = date(2000, 1, 1)
_SEPARATORS = re.compile(r"[\s\-().]")


# -- validation (pure) -------------------------------------------------------
def _digits(text: object) -> str:
    if text is not None and not isinstance(text, str):
        raise InvalidInput(tr("Please type text here."))
    return _SEPARATORS.sub("", (text or "").strip().translate(THAI_DIGITS))


def normalise_phone(text: str) -> str:
    """A Thai phone number as digits ("0812345678"); "" stays "" (no phone)."""
    digits = _digits(text)
    if not digits:
        return ""
    if not digits.isdigit() or not digits.startswith("0") or len(digits) not in (9, 10):
        raise InvalidInput(tr("A phone number has 9 or 10 digits and starts with 0."))
    return digits


def format_phone(digits: str) -> str:
    """"081-234-5678" for a mobile, "043-123-456" for a landline."""
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if len(digits) == 9:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return digits


def normalise_national_id(text: str) -> str | None:
    """13 checked digits, or None when left empty (the ID is optional)."""
    digits = _digits(text)
    if not digits:
        return None
    if not digits.isdigit() or len(digits) != 13:
        raise InvalidInput(tr("A national ID has 13 digits."))
    if not national_id_checksum_ok(digits):
        raise InvalidInput(tr("This national ID is not valid: please check every digit."))
    return digits


def mask_national_id(digits: str | None) -> str:
    """"x-xxxx-xxxxx-12-3": only the last three digits show; "" when there is none."""
    if not digits:
        return ""
    return f"x-xxxx-xxxxx-{digits[10:12]}-{digits[12]}"


def past_day(day: object, *, missing: str, future: str, too_old: str) -> date:
    """A day between EARLIEST_JOIN and today, or InvalidInput with the caller's words."""
    if not isinstance(day, date) or isinstance(day, datetime):
        raise InvalidInput(missing)
    if day > today():
        raise InvalidInput(future)
    if day < EARLIEST_JOIN:
        raise InvalidInput(too_old)
    return day


def check_joined(day: object) -> date:
    return past_day(day, missing=tr("Please choose the date they joined."),
                    future=tr("The joining date cannot be in the future."),
                    too_old=tr("The joining date is too long ago."))


# -- data --------------------------------------------------------------------
@dataclass(frozen=True)
class ParticipantInput:
    """What the form sends. ``national_id=None`` keeps the stored ID on edit;
    "" removes it."""

    name_th: str
    joined_on: date | None
    nickname: str = ""
    phone: str = ""
    national_id: str | None = ""
    notes: str = ""
    photo_path: str | None = None


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    name_th: str
    nickname: str
    phone: str  # digits
    national_id_masked: str  # "" when none
    photo_path: str | None
    joined_on: date
    active: bool
    notes: str
    operator_id: int | None
    operator_role: Role | None
    erased: bool = False  # personal fields replaced by a pseudonym (kiosk.services.privacy)

    @property
    def phone_display(self) -> str:
        return format_phone(self.phone)

    @property
    def has_national_id(self) -> bool:
        return bool(self.national_id_masked)

    @property
    def display_name(self) -> str:
        return display_name(self.name_th, self.nickname)


@dataclass(frozen=True)
class _Clean:
    name_th: str
    nickname: str
    phone: str
    national_id: str | None
    keep_national_id: bool
    joined_on: date
    notes: str
    photo_path: str | None


def _clean(data: ParticipantInput) -> _Clean:
    if not isinstance(data, ParticipantInput):
        raise InvalidInput(tr("Please fill in the form."))
    name = " ".join(inputs.text(data.name_th, max_len=MAX_NAME * 2).split())
    if not name:
        raise InvalidInput(tr("Please enter the participant's name in Thai."))
    if len(name) > MAX_NAME:
        raise InvalidInput(tr("The name is too long."))
    if not re.search(r"[\u0e00-\u0e7f]", name):
        raise InvalidInput(tr("Please write the name in Thai."))
    nickname = " ".join(inputs.text(data.nickname, max_len=MAX_NICKNAME * 2).split())
    if len(nickname) > MAX_NICKNAME:
        raise InvalidInput(tr("The nickname is too long."))
    if data.photo_path is not None and (not isinstance(data.photo_path, str)
                                        or len(data.photo_path) > 1000):
        raise InvalidInput(tr("Choose the photo again."))
    phone = normalise_phone(data.phone)
    keep = data.national_id is None
    national_id = None if keep else normalise_national_id(data.national_id or "")
    joined = check_joined(data.joined_on)
    return _Clean(name, nickname, phone, national_id, keep, joined,
                  inputs.text(data.notes, max_len=MAX_NOTES), data.photo_path)


def _require_staff(who: SignedIn) -> None:
    if not isinstance(who, SignedIn) or not who.is_staff:
        raise NotAllowed(tr("Only staff can change participants."))


def _participant_id(value: object) -> int:
    return inputs.an_id(value, tr("This participant no longer exists."))


def _row(p: Participant) -> ParticipantRow:
    op = p.operator
    return ParticipantRow(p.id, p.name_th, p.nickname, p.phone, mask_national_id(p.national_id),
                          p.photo_path, p.joined_on, p.active, p.notes,
                          op.id if op else None, op.role if op else None,
                          p.erased_at is not None)


def _check_id_unique(session, national_id: str | None, exclude: int | None) -> None:
    if not national_id:
        return
    query = select(Participant.id).where(Participant.national_id == national_id)
    if exclude is not None:
        query = query.where(Participant.id != exclude)
    if session.scalar(query) is not None:
        raise InvalidInput(tr("Another participant already has this national ID."))


# -- use cases ---------------------------------------------------------------
def list_participants(db: Database, search: str = "",
                      include_inactive: bool = True) -> list[ParticipantRow]:
    """Participants by name; ``search`` matches name, nickname or phone."""
    search = inputs.text(search)
    inputs.a_flag(include_inactive)
    with db.reading() as session:
        query = select(Participant).order_by(Participant.active.desc(), Participant.name_th)
        if not include_inactive:
            query = query.where(Participant.active.is_(True))
        needle = search.strip()
        if needle:
            like = f"%{needle}%"
            digits = _digits(needle)
            conditions = [Participant.name_th.like(like), Participant.nickname.like(like)]
            if digits.isdigit():
                conditions.append(Participant.phone.like(f"%{digits}%"))
            query = query.where(or_(*conditions))
        return [_row(p) for p in session.scalars(query)]


def get_participant(db: Database, participant_id: int) -> ParticipantRow:
    with db.reading() as session:
        participant = session.get(Participant, _participant_id(participant_id))
        if participant is None:
            raise NotFound(tr("This participant no longer exists."))
        return _row(participant)


def count_active(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Participant)
                              .where(Participant.active.is_(True))) or 0


def create_participant(db: Database, who: SignedIn, data: ParticipantInput) -> int:
    """Add a participant (staff or admin); audited."""
    _require_staff(who)
    clean = _clean(data)
    with db.unit_of_work() as session:
        _check_id_unique(session, clean.national_id, None)
        participant = Participant(
            name_th=clean.name_th, nickname=clean.nickname, phone=clean.phone,
            national_id=clean.national_id, photo_path=clean.photo_path,
            joined_on=clean.joined_on, active=True, notes=clean.notes)
        session.add(participant)
        session.flush()
        audit.record(session, "participant_create", who.operator_id, clean.name_th,
                     participant_id=participant.id, nickname=clean.nickname,
                     national_id=mask_national_id(clean.national_id))
        mark_changed(session, Topic.PARTICIPANTS)
        return participant.id


def update_participant(db: Database, who: SignedIn, participant_id: int,
                       data: ParticipantInput) -> None:
    """Edit a participant (staff or admin); audited with the fields that changed."""
    _require_staff(who)
    clean = _clean(data)
    with db.unit_of_work() as session:
        participant = session.get(Participant, _participant_id(participant_id))
        if participant is None:
            raise NotFound(tr("This participant no longer exists."))
        if not clean.keep_national_id:
            _check_id_unique(session, clean.national_id, participant_id)
        new = {"name_th": clean.name_th, "nickname": clean.nickname, "phone": clean.phone,
               "joined_on": clean.joined_on, "notes": clean.notes}
        if clean.photo_path is not None:
            new["photo_path"] = clean.photo_path
        changes: dict[str, object] = {}
        for field, value in new.items():
            old = getattr(participant, field)
            if old != value:
                changes[field] = {"old": old, "new": value}
                setattr(participant, field, value)
        if not clean.keep_national_id and participant.national_id != clean.national_id:
            changes["national_id"] = {"old": mask_national_id(participant.national_id),
                                      "new": mask_national_id(clean.national_id)}
            participant.national_id = clean.national_id
        if not changes:
            return
        audit.record(session, "participant_update", who.operator_id, participant.name_th,
                     participant_id=participant.id, changes=changes)
        mark_changed(session, Topic.PARTICIPANTS)


def set_active(db: Database, who: SignedIn, participant_id: int, active: bool) -> None:
    """Deactivate (or bring back) a participant; their history stays. Audited."""
    _require_staff(who)
    inputs.a_flag(active)
    with db.unit_of_work() as session:
        participant = session.get(Participant, _participant_id(participant_id))
        if participant is None:
            raise NotFound(tr("This participant no longer exists."))
        if participant.active == active:
            return
        participant.active = active
        audit.record(session, "participant_activate" if active else "participant_deactivate",
                     who.operator_id, participant.name_th, participant_id=participant.id)
        mark_changed(session, Topic.PARTICIPANTS)


def deactivate_participant(db: Database, who: SignedIn, participant_id: int) -> None:
    set_active(db, who, participant_id, False)

