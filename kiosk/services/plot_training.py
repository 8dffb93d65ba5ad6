"""Training sessions and who came to them.

Each public function that writes is one unit of work."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Participant
from kiosk.models.plot import TrainingAttendance, TrainingSession
from kiosk.names import short_name
from kiosk.services import audit, plot_bounds
from kiosk.services.auth import SignedIn
from kiosk.services.plot_changes import require_staff
from kiosk.services.plot_results import TrainingInfo
from kiosk.topics import Topic


def _check_people(session: Session, participant_ids: Iterable[int]) -> list[int]:
    ids = sorted(set(participant_ids))
    found = set(session.scalars(select(Participant.id).where(Participant.id.in_(ids))))
    if len(found) != len(ids):
        raise InvalidInput(tr("This participant does not exist."))
    return ids


def add_training(db: Database, who: SignedIn, held_on: date, topic: str, trainer: str,
                 participant_ids: Iterable[int] = ()) -> int:
    require_staff(who)
    if not isinstance(held_on, date):
        raise InvalidInput(tr("Please choose a date."))
    if not topic.strip():
        raise InvalidInput(tr("Please enter the topic."))
    if not trainer.strip():
        raise InvalidInput(tr("Please enter the trainer."))
    topic = plot_bounds.check_text(topic, "topic", tr("topic"))
    trainer = plot_bounds.check_text(trainer, "trainer", tr("trainer"))
    with db.unit_of_work() as session:
        ids = _check_people(session, participant_ids)
        training = TrainingSession(held_on=held_on, topic=topic.strip(), trainer=trainer.strip(),
                                   notes="")
        session.add(training)
        session.flush()
        session.add_all(TrainingAttendance(session_id=training.id, participant_id=p) for p in ids)
        audit.record(session, "plot_training_add", who.operator_id, topic.strip(),
                     held_on=held_on.isoformat(), attendees=len(ids))
        mark_changed(session, Topic.PLOT, Topic.TRAINING)
        return training.id


def set_attendance(db: Database, who: SignedIn, session_id: int,
                   participant_ids: Iterable[int]) -> None:
    """Who came to a training session (replaces the list)."""
    require_staff(who)
    with db.unit_of_work() as session:
        if session.get(TrainingSession, session_id) is None:
            raise NotFound(tr("This training session does not exist."))
        ids = _check_people(session, participant_ids)
        session.execute(delete(TrainingAttendance).where(TrainingAttendance.session_id == session_id))
        session.add_all(TrainingAttendance(session_id=session_id, participant_id=p) for p in ids)
        mark_changed(session, Topic.PLOT, Topic.TRAINING)


def trainings_between(db: Database, first: date, last: date) -> list[TrainingInfo]:
    with db.reading() as session:
        return trainings_in(session, first, last)


def trainings_in(session: Session, first: date, last: date) -> list[TrainingInfo]:
    sessions = session.scalars(select(TrainingSession).where(
        TrainingSession.held_on.between(first, last)).order_by(TrainingSession.held_on)).all()
    if not sessions:
        return []
    people: dict[int, list[tuple[int, str]]] = {s.id: [] for s in sessions}
    for sid, pid, name, nick in session.execute(
            select(TrainingAttendance.session_id, Participant.id, Participant.name_th,
                   Participant.nickname)
            .join(Participant, Participant.id == TrainingAttendance.participant_id)
            .where(TrainingAttendance.session_id.in_(people))):
        people[sid].append((pid, short_name(name, nick)))
    return [TrainingInfo(id=s.id, held_on=s.held_on, topic=s.topic, trainer=s.trainer,
                         attendee_ids=tuple(p for p, _ in people[s.id]),
                         attendee_names=tuple(n for _, n in people[s.id]))
            for s in sessions]


def training_attended(db: Database, participant_id: int, year: int, month: int) -> list[TrainingInfo]:
    """The training sessions a participant came to in a month (for their statement)."""
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return [t for t in trainings_between(db, first, last) if participant_id in t.attendee_ids]
