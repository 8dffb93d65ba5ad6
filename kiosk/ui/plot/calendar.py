"""Month view (calendar grid) and week view (tasks per day); the timeline is in timeline.py."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from kiosk.dates import format_date, format_month, weekday_short
from kiosk.services import plot_results, plot_views
from kiosk.services.plot_rules import task_label
from kiosk.ui.i18n import tr
from kiosk.ui.plot.fit_text import FittingButton, fit_lines, joined
from kiosk.ui.kit.named import named

MAX_LINES = 2  # event lines under the day number (the task count sits beside it)
CELL_MIN_HEIGHT = 60  # six rows and the side buttons fit a 1280 x 800 screen


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class DayCell(QFrame):
    clicked = Signal(object)  # date

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"plot_month_cell_{index}")
        self.setProperty("role", "daycell")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.day: date | None = None
        self._entries: list[tuple[tuple[str, str], str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        self.setMinimumHeight(CELL_MIN_HEIGHT)
        self.number = QLabel(self)
        self.number.setProperty("role", "daynum")
        self.tasks = QLabel(self)
        self.tasks.setProperty("role", "dayline")
        self.tasks.setStyleSheet("color: #4a5e4d;")
        self.tasks.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # the count gives way to the day number: "3/7" where "3/7 tasks" does not fit
        self.tasks.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._counts = ("", "")
        self.lines = QLabel(self)
        self.lines.setProperty("role", "dayline")
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # the grid's rows share the page's height; what does not fit is clipped, not grown
        self.lines.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(self.number)
        top.addWidget(self.tasks, 1)
        layout.addLayout(top)
        layout.addWidget(self.lines, 1)
        self.tasks.installEventFilter(self)
        self.lines.installEventFilter(self)

    def show_day(self, day: date, events: plot_results.DayEvents, month: int, is_today: bool,
                 selected: bool) -> None:
        self.day = day
        self.number.setText(str(day.day))
        entries: list[tuple[str, str]] = []
        for t in events.training:
            entries.append((("★ " + t.topic, ""), "#1565c0"))
        for p in events.sown:
            entries.append((("▲ " + p.crop_name, p.bed_name), "#2e7d32"))
        for p in events.harvest_starts:
            entries.append((("◆ " + p.crop_name, p.bed_name), "#e65100"))
        full = [joined(entry) for entry, _ in entries]
        self._entries = entries
        # names are cut to the cell, so the whole of them is told on hover and to a reader
        self.setToolTip("\n".join(full))
        self.setAccessibleName(", ".join([format_date(day)] + full))
        summary = ""
        if events.task_counts:
            total = sum(t for _, t, _ in events.task_counts)
            done = sum(d for _, _, d in events.task_counts)
            summary = tr("{done}/{total} tasks").format(done=done, total=total)
            self._counts = (summary, f"{done}/{total}")
        else:
            self._counts = ("", "")
        self._fit_lines()
        changed = False
        for prop, value in (("outside", day.month != month), ("today", is_today),
                            ("selected", selected)):
            if self.property(prop) != value:
                self.setProperty(prop, value)
                changed = True
        if changed:
            _restyle(self)

    def _fit_lines(self) -> None:
        self.tasks.ensurePolished()
        long, short = self._counts
        fits = self.tasks.fontMetrics().horizontalAdvance(long) <= self.tasks.contentsRect().width()
        self.tasks.setText(long if fits else short)
        self.tasks.setToolTip(long)
        self.lines.ensurePolished()
        metrics = self.lines.fontMetrics()
        # as many lines as the cell's height holds (a 1024 x 768 screen has room for one)
        rows = min(MAX_LINES, max(1, self.lines.contentsRect().height() // metrics.lineSpacing()))
        entries = self._entries
        if len(entries) > rows:
            more = tr("+{n} more").format(n=len(entries) - rows + 1)
            entries = entries[:rows - 1] + [((more, ""), "")]
        shown = fit_lines([entry for entry, _ in entries], metrics,
                          self.lines.contentsRect().width(), rows)
        colours = [colour for _, colour in entries]
        self.lines.setText("<br>".join(
            f"<span style='color:{colours[i]}'>{escape(text)}</span>" if colours[i] else escape(text)
            for i, text in shown))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        # the labels change width without the cell resizing (a wider day number)
        if event.type() == QEvent.Type.Resize:
            self._fit_lines()
        return False

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.day is not None:
            self.clicked.emit(self.day)
        super().mousePressEvent(event)


class MonthView(QWidget):
    """A six-week grid with sowings, first harvests, task counts and training."""

    new_planting = Signal(object)  # date
    change_status = Signal(object)  # date
    error = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plot_month")
        self.filter = plot_views.NO_FILTER
        self.today = date.today()
        self.year, self.month = self.today.year, self.today.month
        self.selected = self.today
        self.data: plot_results.MonthData | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        bar = QHBoxLayout()
        self.prev = named(QPushButton("◀", self), "plot_month_prev")
        self.next = named(QPushButton("▶", self), "plot_month_next")
        self.title = QLabel(self)
        self.title.setObjectName("plot_month_title")
        self.title.setProperty("role", "subheading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        bar.addWidget(self.prev)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.next)
        left.addLayout(bar)
        grid = QGridLayout()
        grid.setSpacing(0)
        self.weekday_labels = []
        for col in range(7):
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setProperty("role", "small")
            grid.addWidget(label, 0, col)
            self.weekday_labels.append(label)
        self.cells: list[DayCell] = []
        for index in range(42):
            cell = DayCell(index, self)
            cell.clicked.connect(self.select)
            grid.addWidget(cell, 1 + index // 7, index % 7)
            self.cells.append(cell)
        for row in range(1, 7):
            grid.setRowStretch(row, 1)
        left.addLayout(grid, 1)
        outer.addLayout(left, 3)
        side = QVBoxLayout()
        self.day_title = QLabel(self)
        self.day_title.setObjectName("plot_month_day_title")
        self.day_title.setProperty("role", "subheading")
        self.day_detail = QLabel(self)
        self.day_detail.setObjectName("plot_month_day_detail")
        self.day_detail.setWordWrap(True)
        self.day_detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.day_detail.setTextFormat(Qt.TextFormat.RichText)
        self.add_button = QPushButton(self)
        named(self.add_button, "plot_month_new_planting")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(lambda: self.new_planting.emit(self.selected))
        self.status_button = named(QPushButton(self), "plot_month_status")
        self.status_button.clicked.connect(lambda: self.change_status.emit(self.selected))
        side.addWidget(self.day_title)
        side.addWidget(self.day_detail, 1)
        side.addWidget(self.status_button)
        side.addWidget(self.add_button)
        outer.addLayout(side, 1)
        self.retranslate()

    def step(self, months: int) -> None:
        total = self.year * 12 + self.month - 1 + months
        self.year, self.month = divmod(total, 12)
        self.month += 1
        self.selected = date(self.year, self.month, 1)
        self.refresh()

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.refresh()

    def select(self, day: date) -> None:
        self.selected = day
        if (day.year, day.month) != (self.year, self.month):
            self.year, self.month = day.year, day.month
            self.refresh()
        else:
            self._fill()

    def cell_for(self, day: date) -> DayCell:
        return next(c for c in self.cells if c.day == day)

    def refresh(self) -> None:
        self.data = plot_views.month_view(self.ctx.db, self.year, self.month, self.filter)
        self._fill()

    def _fill(self) -> None:
        data = self.data
        if data is None:
            return
        self.title.setText(format_month(data.year, data.month))
        days = [d for week in data.weeks for d in week]
        for cell, day in zip(self.cells, days):
            cell.show_day(day, data.events(day), data.month, day == self.today, day == self.selected)
        self._fill_side()

    def _fill_side(self) -> None:
        day = self.selected
        events = self.data.events(day) if self.data else plot_results.DayEvents()
        self.day_title.setText(f"{weekday_short(day)} {format_date(day)}")
        # the button names its day: the selected one, which need not be today
        text = (tr("New planting today") if day == self.today
                else tr("New planting on {date}").format(date=format_date(day)))
        self.add_button.setText(text)
        self.add_button.setAccessibleName(text)
        parts = []
        for t in events.training:
            parts.append("<b>" + escape(tr("Training")) + f":</b> {escape(t.topic)} ({escape(t.trainer)}), "
                         + escape(tr("{n} came").format(n=len(t.attendee_ids))))
        for p in events.sown:
            parts.append("<b>" + escape(tr("Sow or plant")) + f":</b> {escape(p.crop_name)}, "
                         + escape(tr("bed {name}").format(name=p.bed_name)))
        for p in events.harvest_starts:
            parts.append("<b>" + escape(tr("First harvest")) + f":</b> {escape(p.crop_name)}, "
                         + escape(tr("bed {name}").format(name=p.bed_name)))
        for p in events.harvest_ends:
            parts.append("<b>" + escape(tr("Last harvest")) + f":</b> {escape(p.crop_name)}, "
                         + escape(tr("bed {name}").format(name=p.bed_name)))
        for kind, total, done in events.task_counts:
            parts.append(escape(f"{task_label(kind)}: {done}/{total}"))
        self.day_detail.setText("<br>".join(parts) or escape(tr("Nothing planned.")))

    def retranslate(self) -> None:
        monday = date(2024, 1, 1)
        for i, label in enumerate(self.weekday_labels):
            label.setText(weekday_short(monday + timedelta(days=i)))
        self.prev.setAccessibleName(tr("Previous month"))
        self.next.setAccessibleName(tr("Next month"))
        self.status_button.setText(tr("Change a planting's status"))
        self.status_button.setAccessibleName(tr("Change a planting's status"))
        self._fill()


class WeekView(QWidget):
    """Seven columns of tasks (tick them) with the day's sowings and harvests."""

    error = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plot_week")
        self.filter = plot_views.NO_FILTER
        self.monday = date.today() - timedelta(days=date.today().weekday())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.prev = named(QPushButton("◀", self), "plot_week_prev")
        self.next = named(QPushButton("▶", self), "plot_week_next")
        self.title = QLabel(self)
        self.title.setObjectName("plot_week_title")
        self.title.setProperty("role", "subheading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.next.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        bar.addWidget(self.prev)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.next)
        outer.addLayout(bar)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.columns_layout = QHBoxLayout(body)
        self.columns_layout.setSpacing(6)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.body = body
        self.retranslate()

    def show_week(self, monday: date) -> None:
        self.monday = monday
        self.refresh()

    def refresh(self) -> None:
        days = plot_views.week_view(self.ctx.db, self.monday, self.filter)
        while self.columns_layout.count():
            item = self.columns_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        for day in days:
            column = QFrame(self.body)
            column.setObjectName(f"plot_week_day_{day.day.isoformat()}")
            layout = QVBoxLayout(column)
            layout.setContentsMargins(2, 2, 2, 2)
            layout.setSpacing(4)
            head = QLabel(f"{weekday_short(day.day)} {day.day.day}", column)
            head.setProperty("role", "subheading")
            layout.addWidget(head)
            for p in day.events.sown:
                layout.addWidget(self._note(column, "▲ " + p.crop_name + " " + p.bed_name, "#2e7d32"))
            for p in day.events.harvest_starts:
                layout.addWidget(self._note(column, "◆ " + p.crop_name + " " + p.bed_name, "#e65100"))
            for t in day.events.training:
                layout.addWidget(self._note(column, "★ " + t.topic, "#1565c0"))
            for task in day.tasks:
                text = " ".join(x for x in (task_label(task.kind), task.crop_name, task.bed_name) if x)
                # what to do on one line, on what on the next: English names are long
                shown = [(("✓ " if task.done else "○ ") + task_label(task.kind), "")]
                if task.crop_name or task.bed_name:
                    shown.append((task.crop_name or task.bed_name, task.bed_name if task.crop_name else ""))
                button = FittingButton(shown, text, column)
                button.setObjectName(f"plot_week_task_{task.id}")
                button.setProperty("role", "weektask")
                button.setCheckable(True)
                button.setChecked(task.done)
                button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                button.clicked.connect(lambda checked, tid=task.id: self._tick(tid, checked))
                layout.addWidget(button)
            layout.addStretch(1)
            self.columns_layout.addWidget(column, 1)
        self.retranslate()

    def _tick(self, task_id: int, done: bool) -> None:
        from kiosk.errors import KioskError
        from kiosk.services import plot_tasks
        try:
            plot_tasks.mark_task_done(self.ctx.db, self.ctx.who, task_id, done)
        except KioskError as error:
            self.error.emit(error.message)

    @staticmethod
    def _note(parent: QWidget, text: str, colour: str) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        return label

    def retranslate(self) -> None:
        last = self.monday + timedelta(days=6)
        self.title.setText(tr("Week {first} to {last}").format(
            first=format_date(self.monday), last=format_date(last)))
        self.prev.setAccessibleName(tr("Previous week"))
        self.next.setAccessibleName(tr("Next week"))
