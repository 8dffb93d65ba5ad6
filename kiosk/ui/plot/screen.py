"""The Plot screen: Today for everyone; map, month, week and timeline for staff."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QHBoxLayout, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from kiosk.dates import today as real_today
from kiosk.errors import KioskError
from kiosk.services import plot_beds, plot_crops, plot_people, plot_views
from kiosk.topics import Topic
from kiosk.ui import dialogs
from kiosk.ui.i18n import tr
from kiosk.ui.plot.calendar import MonthView, WeekView
from kiosk.ui.plot.crops import CropsView
from kiosk.ui.plot.dialogs import HarvestDialog, PlantingDialog
from kiosk.ui.plot.map_page import MapPage
from kiosk.ui.plot.status import StatusDialog
from kiosk.ui.plot.timeline import TimelineView
from kiosk.ui.plot.today import TodayView
from kiosk.ui.plot.training import TrainingView
from kiosk.ui.kit.named import named
from kiosk.ui.plot.widgets import PLOT_STYLE
from kiosk.ui.screen import Screen

VIEWS = ("today", "map", "month", "week", "timeline", "crops", "training")
TOPICS = {Topic.PLOT, Topic.STOCK, Topic.CATALOG, Topic.PARTICIPANTS, Topic.TRAINING, Topic.SETTINGS}


class PlotScreen(Screen):
    key = "plot"

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(PLOT_STYLE)
        self.staff = ctx.who.is_staff
        self.day: date | None = None  # None: the real today (tests and demos pin it)
        self.filter = plot_views.NO_FILTER
        self.dialog = None  # the open dialog, if any
        self._dirty: set[str] = set(VIEWS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        bar = QHBoxLayout()
        self.view_buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        for key in VIEWS:
            button = QPushButton(self)
            named(button, f"plot_view_{key}")
            button.setProperty("role", "view")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=key: self.show_view(k))
            self.group.addButton(button)
            bar.addWidget(button)
            self.view_buttons[key] = button
            button.setVisible(self.staff)
        bar.addStretch(1)
        self.print_button = named(QPushButton(self), "plot_print_week")
        self.print_button.clicked.connect(self.print_week)
        self.print_button.setVisible(self.staff)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        filters = QHBoxLayout()
        self.filter_boxes: dict[str, QComboBox] = {}
        for key in ("bed", "crop", "participant"):
            box = QComboBox(self)
            named(box, f"plot_filter_{key}")
            box.setMinimumWidth(220)
            box.currentIndexChanged.connect(self._filter_changed)
            self.filter_boxes[key] = box
            filters.addWidget(box)
        filters.addStretch(1)
        self.filter_row = QWidget(self)
        self.filter_row.setLayout(filters)
        self.filter_row.setVisible(self.staff)
        layout.addWidget(self.filter_row)
        self.stack = QStackedWidget(self)
        self.today_view = TodayView(ctx, self)
        self.today_view.harvest_requested.connect(self.open_harvest)
        self.today_view.error.connect(self._error)
        self.stack.addWidget(self.today_view)
        self.views: dict[str, QWidget] = {"today": self.today_view}
        if self.staff:
            map_page = MapPage(self)
            map_page.error.connect(self._error)
            map_page.dialog_opened.connect(lambda dialog: setattr(self, "dialog", dialog))
            self.map_page = map_page
            self.map_view, self.bed_panel = map_page.map_view, map_page.bed_panel
            self.panel_frame = map_page.panel_frame
            self.month_view = MonthView(ctx, self)
            self.month_view.new_planting.connect(self.open_planting)
            self.month_view.change_status.connect(self.open_status)
            self.week_view = WeekView(ctx, self)
            self.timeline_view = TimelineView(ctx, self)
            self.crops_view = CropsView(ctx, self)
            self.training_view = TrainingView(ctx, self)
            self.training_view.error.connect(self._error)
            for key, widget in (("map", map_page), ("month", self.month_view),
                                ("week", self.week_view), ("timeline", self.timeline_view),
                                ("crops", self.crops_view), ("training", self.training_view)):
                self.stack.addWidget(widget)
                self.views[key] = widget
        layout.addWidget(self.stack, 1)
        self.current = "today"
        self.view_buttons["today"].setChecked(True)
        self._fill_filters()
        self.retranslate()

    # -- navigation ------------------------------------------------------------
    def title(self) -> str:
        return tr("Plot")

    def current_day(self) -> date:
        return self.day or real_today()

    def set_day(self, day: date) -> None:
        """Pin 'today' (demo screenshots and tests)."""
        self.day = day
        self.today_view.day = day
        if self.staff:
            self.month_view.today = self.month_view.selected = day
            self.month_view.year, self.month_view.month = day.year, day.month
            self.week_view.monday = day - timedelta(days=day.weekday())
            self.timeline_view.today = day
            self.training_view.today = day
        self._dirty = set(VIEWS)
        self._refresh_current()

    def show_view(self, key: str) -> None:
        if key not in self.views:
            return  # vendors only have Today
        self.current = key
        self.view_buttons[key].setChecked(True)
        self.filter_row.setVisible(self.staff and key not in ("crops", "training"))
        self.stack.setCurrentWidget(self.views[key])
        self._refresh_current()

    def on_shown(self) -> None:
        self._dirty = set(VIEWS)
        self._fill_filters()
        self._refresh_current()

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & TOPICS:
            self._dirty = set(VIEWS)
            if {Topic.CATALOG, Topic.PARTICIPANTS, Topic.PLOT} & topics:
                self._fill_filters()
            self._refresh_current()

    def _refresh_current(self) -> None:
        key = self.current
        if key not in self._dirty:
            return
        self._dirty.discard(key)
        if key == "today":
            self.today_view.filter = self.filter
            self.today_view.refresh()
        elif key == "map":
            self.map_page.refresh()
        else:
            view = self.views[key]
            view.filter = self.filter
            view.refresh()

    # -- filters -----------------------------------------------------------------
    def _fill_filters(self) -> None:
        if not self.staff:
            return
        sources = {
            "bed": [(b.id, tr("bed {name}").format(name=b.name)) for b in plot_beds.list_beds(self.ctx.db)],
            "crop": [(c.id, c.name) for c in plot_crops.list_crops(self.ctx.db)],
            "participant": [(p.id, p.name) for p in plot_people.participants(self.ctx.db)],
        }
        everyone = {"bed": tr("All beds"), "crop": tr("All crops"),
                    "participant": tr("Everyone")}
        for key, box in self.filter_boxes.items():
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone[key], None)
            for value, text in sources[key]:
                box.addItem(text, value)
            index = box.findData(chosen)
            box.setCurrentIndex(max(index, 0))
            box.setAccessibleName(everyone[key])
            box.blockSignals(False)

    def _filter_changed(self) -> None:
        self.filter = plot_views.PlotFilter(self.filter_boxes["bed"].currentData(),
                                            self.filter_boxes["crop"].currentData(),
                                            self.filter_boxes["participant"].currentData())
        self._dirty = set(VIEWS)
        self._refresh_current()

    # -- actions -----------------------------------------------------------------
    def _error(self, message: str) -> None:
        dialogs.show_error(self, message)

    def open_planting(self, day: date, bed_id: int | None = None) -> PlantingDialog:
        self.dialog = PlantingDialog(self.ctx, day, self, bed_id)
        self.dialog.open()
        return self.dialog

    def open_harvest(self, planting_id: int) -> HarvestDialog:
        self.dialog = HarvestDialog(self.ctx, planting_id, self.current_day(), self)
        self.dialog.open()
        return self.dialog

    def open_status(self, day: date) -> StatusDialog | None:
        """Change the status of a planting that is in the ground on ``day``."""
        plantings = [p for row in plot_views.timeline(self.ctx.db, day, day, self.filter)
                     for p in row.plantings]
        if not plantings:
            self._error(tr("No planting is in the ground on this day."))
            return None
        self.dialog = StatusDialog(self.ctx, plantings, self.current_day(), self)
        self.dialog.open()
        return self.dialog

    def print_week(self) -> None:
        """Write this week's A4 schedule (with the map) and say where it is."""
        from kiosk.reports.weekly_schedule import build_weekly_schedule
        from kiosk.services import documents
        day = self.current_day()
        monday = day - timedelta(days=day.weekday())
        try:
            pdf = build_weekly_schedule(plot_views.weekly_schedule(self.ctx.db, monday, self.filter))
            folder = documents.folder(self.ctx.db, "schedules")  # this database's own folder
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"plot-week-{monday.isoformat()}.pdf"
            path.write_bytes(pdf)
        except (KioskError, OSError) as error:
            self._error(getattr(error, "message", str(error)))
            return
        self.last_schedule = path
        dialogs.show_info(self, tr("The weekly schedule is saved as {path}").format(path=path))

    # -- texts ---------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {"today": tr("Today"), "map": tr("Map"), "month": tr("Month"),
                 "week": tr("Week"), "timeline": tr("Timeline"), "crops": tr("Crops"),
                 "training": tr("Training")}
        for key, button in self.view_buttons.items():
            button.setText(names[key])
            button.setAccessibleName(names[key])
        self.print_button.setText(tr("Print this week"))
        self.print_button.setAccessibleName(tr("Print this week"))
        # every view and the bed panel, shown or not, so nothing keeps the old language
        for part in self.views.values():
            retranslate = getattr(part, "retranslate", None)
            if callable(retranslate):
                retranslate()
        self._fill_filters()
        self._dirty = set(VIEWS)
        self._refresh_current()
