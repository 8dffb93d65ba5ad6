"""Training (staff): sessions with date, topic and trainer; tick who came.

Attendance counts in each participant's monthly statement
(``plot_training.training_attended``). A tick saves at once (one unit of work).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea,
                               QSizePolicy,
                               QVBoxLayout, QWidget)

from kiosk.dates import format_date, weekday_short
from kiosk.errors import KioskError
from kiosk.services import plot_people, plot_results, plot_training
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.kit.named import named
from kiosk.ui.plot.widgets import message_and_buttons, DONE_MARK, PLOT_STYLE, DateStepper

#: Sessions listed: this far back and ahead of the screen's day.
DAYS_BACK = 365
DAYS_AHEAD = 180

TRAINING_STYLE = PLOT_STYLE + """
QPushButton[role="attend"] { min-height: 64px; font-size: 18px; text-align: left;
    padding: 4px 14px; border-radius: 12px; }
QPushButton[role="attend"]:checked { background: #2E7D32; color: white; border-color: #1B5E20; }
QListWidget#plot_training_list { font-size: 20px; }
QListWidget#plot_training_list::item { min-height: 64px; padding: 4px 8px; }
QListWidget#plot_training_list::item:selected { background: #E8F5E9; color: #1C2B1E;
    border-left: 6px solid #2E7D32; }
"""


def session_text(session: plot_results.TrainingInfo) -> str:
    return "{day} · {topic}\n{trainer} · {came}".format(
        day=f"{weekday_short(session.held_on)} {format_date(session.held_on)}",
        topic=session.topic, trainer=tr("trainer {name}").format(name=session.trainer),
        came=tr("{n} came").format(n=len(session.attendee_ids)))


class TrainingDialog(QDialog):
    """A new session: date, topic, trainer."""

    saved = Signal(int)  # the session's id

    def __init__(self, ctx: AppContext, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plot_training_dialog")
        self.setWindowTitle(tr("New training session"))
        self.setStyleSheet(TRAINING_STYLE)
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("New training session"), self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.day = DateStepper("plot_training_day", day, self)
        self.topic = named(QLineEdit(self), "plot_training_topic", tr("Topic"))
        self.topic.setPlaceholderText(tr("e.g. making compost"))
        self.trainer = named(QLineEdit(self), "plot_training_trainer", tr("Trainer"))
        form.addRow(tr("Date"), self.day)
        form.addRow(tr("Topic"), self.topic)
        form.addRow(tr("Trainer"), self.trainer)
        layout.addLayout(form)
        self.message, self.save_button = message_and_buttons(self, layout, "plot_training",
                                                             tr("Save session"))
        self.topic.setFocus()

    def save(self) -> None:
        try:
            session_id = plot_training.add_training(self.ctx.db, self.ctx.who, self.day.value(),
                                           self.topic.text(), self.trainer.text())
        except KioskError as error:
            self.message.say(error.message, error=True)
            return
        self.result_value = session_id
        self.saved.emit(session_id)
        self.accept()


class TrainingView(QWidget):
    """Sessions on the left (newest first); who came to the chosen one on the right."""

    error = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plot_training")
        self.setStyleSheet(TRAINING_STYLE)
        self.filter = None
        self.today = date.today()
        self.sessions: list[plot_results.TrainingInfo] = []
        self.selected_id: int | None = None
        self.dialog: TrainingDialog | None = None
        self.toggles: dict[int, QPushButton] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        left = QVBoxLayout()
        self.add_button = named(QPushButton(self), "plot_training_add")
        self.add_button.setProperty("role", "primary")
        self.add_button.setMinimumHeight(MIN_TARGET_PX)
        self.add_button.clicked.connect(self.open_new)
        left.addWidget(self.add_button)
        self.list = named(QListWidget(self), "plot_training_list")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self._row_changed)
        left.addWidget(self.list, 1)
        outer.addLayout(left, 2)
        right = QFrame(self)
        right.setObjectName("plot_training_panel")
        right.setProperty("role", "card")
        panel = QVBoxLayout(right)
        self.title = QLabel(right)
        self.title.setObjectName("plot_training_title")
        self.title.setProperty("role", "subheading")
        self.title.setWordWrap(True)
        panel.addWidget(self.title)
        self.count = QLabel(right)
        self.count.setObjectName("plot_training_count")
        self.count.setProperty("role", "small")
        panel.addWidget(self.count)
        scroll = QScrollArea(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_box = QWidget(scroll)
        self.people_grid = QGridLayout(self.people_box)
        self.people_grid.setSpacing(8)
        self.people_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.people_box)
        panel.addWidget(scroll, 1)
        outer.addWidget(right, 3)
        self.retranslate()

    # -- data --------------------------------------------------------------------
    def refresh(self) -> None:
        self.sessions = list(reversed(plot_training.trainings_between(
            self.ctx.db, self.today - timedelta(days=DAYS_BACK),
            self.today + timedelta(days=DAYS_AHEAD))))
        keep = self.selected_id
        self.list.blockSignals(True)
        self.list.clear()
        for session in self.sessions:
            item = QListWidgetItem(session_text(session), self.list)
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, session_text(session))
        if not self.sessions:
            empty = QListWidgetItem(tr("No training sessions yet."), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        ids = [s.id for s in self.sessions]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._row_changed(row)

    def session(self) -> plot_results.TrainingInfo | None:
        return next((s for s in self.sessions if s.id == self.selected_id), None)

    def _row_changed(self, row: int) -> None:
        self.selected_id = self.sessions[row].id if 0 <= row < len(self.sessions) else None
        self._fill_people()

    def _fill_people(self) -> None:
        while self.people_grid.count():
            widget = self.people_grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.toggles = {}
        session = self.session()
        if session is None:
            self.title.setText(tr("Add a training session first."))
            self.count.setText("")
            return
        self.title.setText(f"{format_date(session.held_on)} · {session.topic}")
        self.count.setText(tr("Trainer: {name}").format(name=session.trainer) + " · "
                           + tr("{n} came").format(n=len(session.attendee_ids))
                           + " · " + tr("tap a name to tick who came"))
        people = plot_people.participants(self.ctx.db)
        for i, person in enumerate(people):
            came = person.id in session.attendee_ids
            button = QPushButton(self._toggle_text(person.name, came), self.people_box)
            named(button, f"plot_attend_{person.id}", tr("{name} came").format(name=person.name))
            button.setProperty("role", "attend")
            button.setMinimumHeight(64)
            button.setCheckable(True)
            button.setChecked(came)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setToolTip(person.name)
            button.clicked.connect(lambda checked, pid=person.id: self.set_came(pid, checked))
            self.people_grid.addWidget(button, i // 2, i % 2)
            self.toggles[person.id] = button
        if not people:
            none = QLabel(tr("No active participants."), self.people_box)
            none.setProperty("role", "small")
            self.people_grid.addWidget(none, 0, 0)

    @staticmethod
    def _toggle_text(name: str, came: bool) -> str:
        # "full name (nickname)" on two lines so two columns fit
        return f"{DONE_MARK if came else '○'}  " + name.replace(" (", "\n      (", 1)

    # -- actions -----------------------------------------------------------------
    def set_came(self, participant_id: int, came: bool) -> None:
        """Tick or untick one person; saved at once (others, even inactive ones, stay)."""
        session = self.session()
        if session is None:
            return
        ids = set(session.attendee_ids)
        if came:
            ids.add(participant_id)
        else:
            ids.discard(participant_id)
        try:
            plot_training.set_attendance(self.ctx.db, self.ctx.who, session.id, ids)
        except KioskError as error:
            self.refresh()
            self.error.emit(error.message)
            return
        self.refresh()  # (the screen also refreshes on the change signal)

    def open_new(self) -> TrainingDialog:
        self.dialog = TrainingDialog(self.ctx, self.today, self)
        self.dialog.saved.connect(self._created)
        self.dialog.open()
        return self.dialog

    def _created(self, session_id: int) -> None:
        self.selected_id = session_id
        self.refresh()

    def retranslate(self) -> None:
        self.add_button.setText(tr("Add a training session"))
        self.add_button.setAccessibleName(tr("Add a training session"))
        self.list.setAccessibleName(tr("Training sessions"))
