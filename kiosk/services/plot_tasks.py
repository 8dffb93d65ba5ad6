"""Plot tasks: adding (one or a series), assigning and ticking them done.

Each public function that writes is one unit of work."""

from __future__ import annotations

from datetime import date, timedelta

from kiosk.dates import utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import InternalError, InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Participant
from kiosk.models.plot import Bed, Planting, PlotTask
from kiosk.services import audit, plot_bounds
from kiosk.services.auth import SignedIn
from kiosk.services.plot_changes import require_staff
from kiosk.services.plot_rules import TASK_KINDS
from kiosk.topics import Topic


def add_task(db: Database, who: SignedIn, kind: str, due_on: date, *,
             planting_id: int | None = None, bed_id: int | None = None, note: str = "",
             assignee_id: int | None = None, every_days: int = 0,
             until: date | None = None) -> list[int]:
    """A task (or a series: every ``every_days`` until ``until``) for a planting or bed."""
    require_staff(who)
    if kind not in TASK_KINDS:
        raise InternalError(f"unknown kind of task {kind!r}")
    if not isinstance(due_on, date):
        raise InvalidInput(tr("Please choose a date."))
    if every_days < 0 or (every_days and (until is None or until < due_on)):
        raise InvalidInput(tr("A repeating task needs an end date after its first day."))
    if every_days and (until - due_on).days // every_days > 366:
        raise InvalidInput(tr("That would make more than a year of tasks."))
    note = plot_bounds.check_text(note, "task_note", tr("note"))
    with db.unit_of_work() as session:
        if planting_id is not None:
            planting = session.get(Planting, planting_id)
            if planting is None:
                raise InvalidInput(tr("This planting does not exist."))
            bed_id = planting.bed_id
        if bed_id is not None and session.get(Bed, bed_id) is None:
            raise InvalidInput(tr("This bed does not exist."))
        if assignee_id is not None and session.get(Participant, assignee_id) is None:
            raise InvalidInput(tr("This participant does not exist."))
        days = [due_on]
        if every_days:
            days = [due_on + timedelta(days=d) for d in range(0, (until - due_on).days + 1,
                                                              every_days)]
        tasks = [PlotTask(kind=kind, due_on=d, planting_id=planting_id, bed_id=bed_id,
                          note=note.strip(), assignee_id=assignee_id) for d in days]
        session.add_all(tasks)
        session.flush()
        audit.record(session, "plot_task_add", who.operator_id, kind, count=len(tasks),
                     first=due_on.isoformat())
        mark_changed(session, Topic.PLOT)
        return [t.id for t in tasks]


def assign_task(db: Database, who: SignedIn, task_id: int, participant_id: int | None) -> None:
    require_staff(who)
    with db.unit_of_work() as session:
        task = session.get(PlotTask, task_id)
        if task is None:
            raise NotFound(tr("This task does not exist."))
        if participant_id is not None and session.get(Participant, participant_id) is None:
            raise InvalidInput(tr("This participant does not exist."))
        task.assignee_id = participant_id
        mark_changed(session, Topic.PLOT)


def mark_task_done(db: Database, who: SignedIn, task_id: int, done: bool = True) -> None:
    """Tick a task done (or undo a tick); anyone signed in may, it records who."""
    with db.unit_of_work() as session:
        task = session.get(PlotTask, task_id)
        if task is None:
            raise NotFound(tr("This task does not exist."))
        if done:
            task.done_at, task.done_by_id = utc_now(), who.operator_id
            if task.planting_id and task.kind in ("sow", "transplant"):
                planting = session.get(Planting, task.planting_id)
                if planting is not None and planting.status == "planned":
                    planting.status = "sown"
        else:
            task.done_at, task.done_by_id = None, None
        mark_changed(session, Topic.PLOT)
