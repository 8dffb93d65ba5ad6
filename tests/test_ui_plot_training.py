"""Training view (staff): list sessions, add one, tick who came (counts in statements)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kiosk.models.plot import TrainingSession
from kiosk.services import plot_training
from kiosk.ui.i18n import tr
from kiosk.ui.plot import PlotScreen
from tests.plot_helpers import add_participant

TODAY = date(2026, 11, 25)


@pytest.fixture
def people(db):
    return [add_participant(db, "สมศรี ใจดี", "ศรี"), add_participant(db, "บุญมี ศรีสุข", "มี"),
            add_participant(db, "ทองดี บุญเรือง", "ดี")]


@pytest.fixture
def screen(qtbot, ui_context, people):
    widget = PlotScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_day(TODAY)
    widget.show()
    qtbot.mouseClick(widget.view_buttons["training"], Qt.MouseButton.LeftButton)
    return widget


def _sessions(db):
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(TrainingSession))


def test_add_a_session_then_tick_attendance(qtbot, screen, db, people):
    view = screen.training_view
    assert screen.stack.currentWidget() is view
    assert view.list.count() == 1 and not view.toggles  # "no sessions yet"
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.day.value() == TODAY
    qtbot.mouseClick(dialog.day._buttons["forward"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.topic, "Compost")
    qtbot.keyClicks(dialog.trainer, "Dr Somporn")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.session().held_on == date(2026, 11, 26)
    assert "2569" in view.list.item(0).text() and "Compost" in view.list.item(0).text()
    assert set(view.toggles) == set(people)
    first, second = people[0], people[1]
    assert view.toggles[first].height() >= 48
    qtbot.mouseClick(view.toggles[first], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.toggles[second], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.toggles[second], Qt.MouseButton.LeftButton)  # untick again
    (saved,) = plot_training.trainings_between(db, TODAY, date(2026, 11, 30))
    assert saved.attendee_ids == (first,)
    assert view.toggles[first].isChecked() and not view.toggles[second].isChecked()
    # it counts in the participant's month
    assert [t.topic for t in plot_training.training_attended(db, first, 2026, 11)] == ["Compost"]
    assert plot_training.training_attended(db, second, 2026, 11) == []
    assert view.list.item(0).text().endswith(tr("{n} came").format(n=1))  # the count


def test_a_session_without_topic_is_refused(qtbot, screen, db):
    dialog = screen.training_view.open_new()
    qtbot.keyClicks(dialog.trainer, "Somporn")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible() and dialog.message.text()
    assert _sessions(db) == 0


def test_sessions_listed_newest_first_with_counts(qtbot, screen, db, staff, people):
    old = plot_training.add_training(db, staff, date(2026, 10, 3), "Seedlings", "A", people[:2])
    new = plot_training.add_training(db, staff, date(2026, 11, 20), "Neem spray", "B", people)
    view = screen.training_view  # refreshed by the change signal
    assert [s.id for s in view.sessions] == [new, old]
    assert view.selected_id == old  # the first one added stays chosen
    assert {pid for pid, b in view.toggles.items() if b.isChecked()} == set(people[:2])
    view.list.setCurrentRow(0)
    assert view.selected_id == new
    assert all(b.isChecked() for b in view.toggles.values())


def test_unticking_keeps_inactive_attendees(qtbot, screen, db, staff, people):
    from kiosk.models import Participant
    sid = plot_training.add_training(db, staff, date(2026, 11, 20), "Neem spray", "B", people)
    with db.unit_of_work() as session:
        session.get(Participant, people[2]).active = False
    view = screen.training_view
    view.refresh()
    assert set(view.toggles) == set(people[:2])  # only active people get a toggle
    qtbot.mouseClick(view.toggles[people[0]], Qt.MouseButton.LeftButton)
    (saved,) = [s for s in plot_training.trainings_between(db, TODAY.replace(day=1), TODAY) if s.id == sid]
    assert set(saved.attendee_ids) == {people[1], people[2]}
