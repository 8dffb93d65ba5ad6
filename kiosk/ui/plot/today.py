"""Today: what to harvest, water and do, in large type; tick tasks done.

This is the only view vendors see.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from kiosk.dates import format_date_long, weekday_short
from kiosk.errors import KioskError
from kiosk.units import is_weighed, quantity_text
from kiosk.services import plot_results, plot_tasks, plot_views
from kiosk.services.plot_rules import task_label
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.named import named
from kiosk.ui.plot.widgets import tick_button
from kiosk.units import unit_label  # noqa: F401 (used here and re-exported)


def task_text(task: plot_results.TaskInfo) -> str:
    parts = [task_label(task.kind)]
    if task.crop_name:
        parts.append(task.crop_name)
    if task.bed_name:
        parts.append(tr("bed {name}").format(name=task.bed_name))
    return " · ".join(parts)


def task_detail(task: plot_results.TaskInfo, day: date) -> str:
    bits = []
    if task.due_on != day:
        bits.append(tr("late since {day}").format(day=weekday_short(task.due_on)))
    if task.assignee_name:
        bits.append(tr("for {name}").format(name=task.assignee_name))
    if task.done_by:
        bits.append(tr("done by {name}").format(name=task.done_by))
    if task.note:
        bits.append(task.note)
    if task.remedy and not task.done:
        bits.append(task.remedy)
    return " · ".join(bits)


class TaskRow(QFrame):
    """A task with a big tick button."""

    toggled = Signal(int, bool)

    def __init__(self, task: plot_results.TaskInfo, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.setObjectName(f"plot_task_{task.id}")
        self.setProperty("role", "card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.tick = tick_button(self, task.id, task.done, task_text(task))
        self.tick.clicked.connect(lambda checked: self.toggled.emit(task.id, checked))
        layout.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        title = QLabel(task_text(task), self)
        title.setProperty("role", "big")
        title.setWordWrap(True)
        texts.addWidget(title)
        detail = task_detail(task, day)
        if detail:
            small = QLabel(detail, self)
            small.setProperty("role", "small")
            small.setWordWrap(True)
            texts.addWidget(small)
        layout.addLayout(texts, 1)


class HarvestCard(QFrame):
    """A planting ready to harvest, with its button to record a harvest."""

    record = Signal(int)

    def __init__(self, ready: plot_results.ReadyPlanting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        p = ready.planting
        self.setObjectName(f"plot_ready_{p.id}")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        title = QLabel(f"<span style='color:{p.colour}'>■</span> {p.crop_name} · "
                       + tr("bed {name}").format(name=p.bed_name), self)
        title.setProperty("role", "big")
        layout.addWidget(title)
        lines = [tr("{n} days left to harvest").format(n=ready.days_left)]
        if p.harvested > 0:
            lines.append(tr("harvested so far: {q} {unit}").format(
                q=quantity_text(p.harvested, is_weighed(p.yield_unit)),
                unit=unit_label(p.yield_unit)))
        info = QLabel(" · ".join(lines), self)
        info.setProperty("role", "small")
        info.setWordWrap(True)
        layout.addWidget(info)
        button = QPushButton(tr("Record harvest"), self)
        named(button, f"plot_harvest_{p.id}", tr("Record harvest of {crop}").format(crop=p.crop_name))
        button.setProperty("role", "primary")
        button.clicked.connect(lambda: self.record.emit(p.id))
        layout.addWidget(button)




class TodayView(QWidget):
    """Three columns: harvest, water, other tasks; training under the heading."""

    harvest_requested = Signal(int)  # planting id
    error = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plot_today")
        self.day = None  # None: the real today
        self.filter = plot_views.NO_FILTER
        self.data: plot_results.TodayData | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("plot_today_heading")
        self.heading.setProperty("role", "heading")
        outer.addWidget(self.heading)
        self.training = QLabel(self)
        self.training.setObjectName("plot_today_training")
        self.training.setProperty("role", "big")
        self.training.setWordWrap(True)
        outer.addWidget(self.training)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.titles: list[QLabel] = []
        self.scrolls: list[QScrollArea] = []
        self.columns: list[QVBoxLayout] = []
        for col, key in enumerate(("harvest", "water", "tasks")):
            title = QLabel(self)
            title.setObjectName(f"plot_today_{key}_title")
            title.setProperty("role", "section")
            grid.addWidget(title, 0, col)
            self.titles.append(title)
            scroll = QScrollArea(self)
            scroll.setObjectName(f"plot_today_{key}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            grid.addWidget(scroll, 1, col)
            grid.setColumnStretch(col, 1)
            self.scrolls.append(scroll)
            self.columns.append(self._new_column(scroll))
        outer.addLayout(grid, 1)

    def current_day(self) -> date:
        from kiosk.dates import today
        return self.day or today()

    def refresh(self) -> None:
        day = self.current_day()
        self.data = plot_views.today_view(self.ctx.db, day, self.filter)
        self._fill()

    @staticmethod
    def _new_column(scroll: QScrollArea) -> QVBoxLayout:
        """A fresh body for a column; the scroll area deletes the old one with its cards."""
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(8)
        column.addStretch(1)
        scroll.setWidget(body)
        return column

    def _fill(self) -> None:
        data = self.data
        self.columns = [self._new_column(scroll) for scroll in self.scrolls]
        self.retranslate()
        for ready in data.harvest:
            card = HarvestCard(ready, self)
            card.record.connect(self.harvest_requested)
            self.columns[0].insertWidget(self.columns[0].count() - 1, card)
        for index, tasks in ((1, data.water), (2, data.tasks)):
            for task in tasks:
                row = TaskRow(task, data.day, self)
                row.toggled.connect(self._toggle)
                self.columns[index].insertWidget(self.columns[index].count() - 1, row)
        for column, empty in zip(self.columns, (tr("Nothing to harvest today."),
                                                tr("No watering today."),
                                                tr("No other tasks today."))):
            if column.count() == 1:
                label = QLabel(empty, self)
                label.setProperty("role", "small")
                column.insertWidget(0, label)

    def retranslate(self) -> None:
        day = self.current_day()
        self.heading.setText(tr("Today, {day}").format(
            day=f"{weekday_short(day)} {format_date_long(day)}"))
        data = self.data
        counts = (len(data.harvest), len(data.water), len(data.tasks)) if data else (0, 0, 0)
        for title, text, n in zip(self.titles, (tr("Harvest"), tr("Water"), tr("To do")), counts):
            title.setText(f"{text} ({n})")
        if data and data.training:
            self.training.setText(" · ".join(
                tr("Training today: {topic} with {trainer}").format(topic=t.topic, trainer=t.trainer)
                for t in data.training))
            self.training.show()
        else:
            self.training.hide()

    def _toggle(self, task_id: int, done: bool) -> None:
        try:
            plot_tasks.mark_task_done(self.ctx.db, self.ctx.who, task_id, done)
        except KioskError as error:
            self.error.emit(error.message)
            self.refresh()
