"""The Plot screen: Today for everyone; map, month, week and timeline for staff."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QScrollArea, QSpinBox, QStackedWidget,
                               QVBoxLayout,
                               QWidget)

from kiosk.dates import today as real_today
from kiosk.errors import KioskError
from kiosk.services import plot_beds, plot_crops, plot_people, plot_results, plot_views
from kiosk.ui import dialogs
from kiosk.ui.i18n import tr
from kiosk.ui.plot.calendar import MonthView, WeekView
from kiosk.ui.plot.timeline import TimelineView
from kiosk.ui.plot.crops import CropsView
from kiosk.ui.plot.dialogs import BedHistoryDialog, HarvestDialog, PlantingDialog, cm_suffix
from kiosk.ui.plot.map import PlotMapView
from kiosk.ui.plot.status import StatusDialog
from kiosk.ui.plot.today import TodayView
from kiosk.ui.plot.training import TrainingView
from kiosk.ui.plot.widgets import PLOT_STYLE, named
from kiosk.ui.screen import Screen

VIEWS = ("today", "map", "month", "week", "timeline", "crops", "training")
TOPICS = {"plot", "stock", "catalog", "people", "training", "settings"}


class BedPanel(QFrame):
    """Beside the map: the chosen bed's name and size, typed in cm (staff)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("plot_bed_panel")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setProperty("role", "subheading")
        layout.addWidget(self.title)
        form = QFormLayout()
        self.name = QLineEdit(self)
        named(self.name, "plot_bed_name")
        self.spins: dict[str, QSpinBox] = {}
        self.form_labels: dict[str, QLabel] = {}
        for key in ("x", "y", "length", "width"):
            spin = QSpinBox(self)
            named(spin, f"plot_bed_{key}")
            spin.setRange(0, 1200)
            spin.setSingleStep(25)
            spin.setSuffix(cm_suffix())
            self.spins[key] = spin
        self.form_labels["name"] = QLabel(self)
        form.addRow(self.form_labels["name"], self.name)
        for key, spin in self.spins.items():
            self.form_labels[key] = QLabel(self)
            form.addRow(self.form_labels[key], spin)
        layout.addLayout(form)
        self.save = named(QPushButton(self), "plot_bed_save")
        self.save.setProperty("role", "primary")
        self.history = named(QPushButton(self), "plot_bed_history")
        self.archive = named(QPushButton(self), "plot_bed_archive")
        self.archive.setProperty("role", "danger")
        self.add = named(QPushButton(self), "plot_bed_add")
        for button in (self.save, self.history, self.archive, self.add):
            layout.addWidget(button)
        layout.addStretch(1)
        self.bed: plot_results.BedInfo | None = None
        self.retranslate()

    def show_bed(self, bed: plot_results.BedInfo | None) -> None:
        self.bed = bed
        enabled = bed is not None
        for widget in [self.name, *self.spins.values(), self.save, self.history, self.archive]:
            widget.setEnabled(enabled)
        if bed is None:
            self.title.setText(tr("Tap a bed"))
            return
        self.title.setText(tr("Bed {name}").format(name=bed.name))
        self.name.setText(bed.name)
        for key, value in (("x", bed.x_cm), ("y", bed.y_cm), ("length", bed.length_cm),
                           ("width", bed.width_cm)):
            self.spins[key].setValue(value)

    def retranslate(self) -> None:
        texts = {"name": tr("Name"), "x": tr("From the left"), "y": tr("From the top"),
                 "length": tr("Length"), "width": tr("Width")}
        for key, label in self.form_labels.items():
            label.setText(texts[key])
        self.name.setAccessibleName(texts["name"])
        for key, spin in self.spins.items():
            spin.setAccessibleName(texts[key])
            spin.setSuffix(cm_suffix())
        for button, text in ((self.save, tr("Save size")), (self.history, tr("History")),
                             (self.archive, tr("Archive bed")), (self.add, tr("Add a bed"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.show_bed(self.bed)


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
            self.map_view = PlotMapView(self, editable=True)
            self.map_view.bed_tapped.connect(self._bed_tapped)
            self.map_view.bed_moved.connect(self._bed_moved)
            self.map_view.bed_resized.connect(self._bed_resized)
            self.bed_panel = BedPanel(self)
            self.bed_panel.save.clicked.connect(self._save_bed)
            self.bed_panel.history.clicked.connect(self._history)
            self.bed_panel.archive.clicked.connect(self._archive)
            self.bed_panel.add.clicked.connect(self._add_bed)
            map_page = QWidget(self)
            row = QHBoxLayout(map_page)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.map_view, 4)
            # the bed form scrolls on a short screen rather than making the page taller
            panel_frame = QScrollArea(map_page)
            panel_frame.setFrameShape(QFrame.Shape.NoFrame)
            panel_frame.setWidgetResizable(True)
            panel_frame.setWidget(self.bed_panel)
            panel_frame.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.panel_frame = panel_frame
            self._fit_bed_panel()
            row.addWidget(panel_frame, 1)
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
            if {"catalog", "people", "plot"} & topics:
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
            self.map_view.show_map(plot_views.plot_map(self.ctx.db, self.current_day()))
            beds = {b.bed.id: b.bed for b in self.map_view.data.beds}
            current = self.bed_panel.bed
            self.bed_panel.show_bed(beds.get(current.id) if current else None)
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

    def _bed_tapped(self, bed_id: int) -> None:
        beds = {b.bed.id: b.bed for b in self.map_view.data.beds}
        self.bed_panel.show_bed(beds.get(bed_id))
        self._history()

    def _history(self) -> None:
        if self.bed_panel.bed is None:
            return
        self.dialog = BedHistoryDialog(self.ctx, self.bed_panel.bed, self, self.current_day())
        self.dialog.open()

    def _change_bed(self, bed_id: int, **values: object) -> None:
        try:
            bed = plot_beds.update_bed(self.ctx.db, self.ctx.who, bed_id, **values)
            self.bed_panel.show_bed(bed)
        except KioskError as error:
            self._dirty.add("map")
            self._refresh_current()  # snap back to what is stored
            self._error(error.message)

    def _bed_moved(self, bed_id: int, x: int, y: int) -> None:
        self._change_bed(bed_id, x_cm=x, y_cm=y)

    def _bed_resized(self, bed_id: int, length: int, width: int) -> None:
        self._change_bed(bed_id, length_cm=length, width_cm=width)

    def _save_bed(self) -> None:
        bed = self.bed_panel.bed
        if bed is None:
            return
        spins = self.bed_panel.spins
        self._change_bed(bed.id, name=self.bed_panel.name.text(), x_cm=spins["x"].value(),
                         y_cm=spins["y"].value(), length_cm=spins["length"].value(),
                         width_cm=spins["width"].value())

    def _archive(self) -> None:
        bed = self.bed_panel.bed
        if bed is None or not dialogs.confirm(
                self, tr("Take bed {name} off the map? Its history stays.").format(name=bed.name)):
            return
        try:
            plot_beds.archive_bed(self.ctx.db, self.ctx.who, bed.id)
            self.bed_panel.show_bed(None)
        except KioskError as error:
            self._error(error.message)

    def _add_bed(self) -> None:
        name = dialogs.ask_text(self, tr("Name of the new bed"))
        if not name:
            return
        spins = self.bed_panel.spins
        try:
            bed = plot_beds.add_bed(self.ctx.db, self.ctx.who, name, spins["x"].value(),
                               spins["y"].value(), spins["length"].value() or 100,
                               spins["width"].value() or 100)
            self.bed_panel.show_bed(bed)
        except KioskError as error:
            self._error(error.message)

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

    def _fit_bed_panel(self) -> None:
        """As wide as the bed form in the language on screen, beside its scroll bar."""
        frame = getattr(self, "panel_frame", None)
        if frame is not None:
            frame.setMinimumWidth(self.bed_panel.minimumSizeHint().width()
                                  + frame.verticalScrollBar().sizeHint().width() + 8)

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
        for part in [*self.views.values(), getattr(self, "bed_panel", None)]:
            retranslate = getattr(part, "retranslate", None)
            if callable(retranslate):
                retranslate()
        self._fit_bed_panel()
        self._fill_filters()
        self._dirty = set(VIEWS)
        self._refresh_current()
