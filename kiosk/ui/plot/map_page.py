"""The Plot screen's map page (staff): the beds drawn to scale, and the chosen bed's form.

A bed is moved or resized on the map or typed in cm in the form; the service
checks it, and a refused change snaps back to what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from kiosk.errors import KioskError
from kiosk.services import plot_beds, plot_results, plot_views
from kiosk.ui import dialogs
from kiosk.ui.i18n import tr
from kiosk.ui.plot.dialogs import BedHistoryDialog, cm_suffix
from kiosk.ui.plot.map import PlotMapView
from kiosk.ui.kit.named import named


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


class MapPage(QWidget):
    """The map and the bed form beside it, on a PlotScreen (``screen``)."""

    error = Signal(str)
    dialog_opened = Signal(object)  # the bed's history dialog, as it opens

    def __init__(self, screen) -> None:  # noqa: ANN001 - a PlotScreen
        super().__init__(screen)
        self.screen = screen
        self.ctx = screen.ctx
        self.map_view = PlotMapView(self, editable=True)
        self.map_view.bed_tapped.connect(self._bed_tapped)
        self.map_view.bed_moved.connect(self._bed_moved)
        self.map_view.bed_resized.connect(self._bed_resized)
        self.bed_panel = BedPanel(self)
        self.bed_panel.save.clicked.connect(self._save_bed)
        self.bed_panel.history.clicked.connect(self._history)
        self.bed_panel.archive.clicked.connect(self._archive)
        self.bed_panel.add.clicked.connect(self._add_bed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.map_view, 4)
        # the bed form scrolls on a short screen rather than making the page taller
        self.panel_frame = QScrollArea(self)
        self.panel_frame.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_frame.setWidgetResizable(True)
        self.panel_frame.setWidget(self.bed_panel)
        self.panel_frame.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit_bed_panel()
        row.addWidget(self.panel_frame, 1)

    def refresh(self) -> None:
        self.map_view.show_map(plot_views.plot_map(self.ctx.db, self.screen.current_day()))
        beds = {b.bed.id: b.bed for b in self.map_view.data.beds}
        current = self.bed_panel.bed
        self.bed_panel.show_bed(beds.get(current.id) if current else None)

    def retranslate(self) -> None:
        self.bed_panel.retranslate()
        self.fit_bed_panel()

    def fit_bed_panel(self) -> None:
        """As wide as the bed form in the language on screen, beside its scroll bar."""
        frame = self.panel_frame
        frame.setMinimumWidth(self.bed_panel.minimumSizeHint().width()
                              + frame.verticalScrollBar().sizeHint().width() + 8)

    def _bed_tapped(self, bed_id: int) -> None:
        beds = {b.bed.id: b.bed for b in self.map_view.data.beds}
        self.bed_panel.show_bed(beds.get(bed_id))
        self._history()

    def _history(self) -> None:
        if self.bed_panel.bed is None:
            return
        dialog = BedHistoryDialog(self.ctx, self.bed_panel.bed, self.screen, self.screen.current_day())
        self.dialog_opened.emit(dialog)
        dialog.open()

    def _change_bed(self, bed_id: int, **values: object) -> None:
        # the version on screen: a bed another terminal saved meanwhile is refused
        shown = {b.bed.id: b.bed for b in self.map_view.data.beds}.get(bed_id)
        try:
            bed = plot_beds.update_bed(self.ctx.db, self.ctx.who, bed_id, **values,
                                       expected_version=shown.version if shown else None)
            self.bed_panel.show_bed(bed)
        except KioskError as error:
            self.refresh()  # snap back to what is stored
            self.error.emit(error.message)

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
                self.screen, tr("Take bed {name} off the map? Its history stays.").format(name=bed.name)):
            return
        try:
            plot_beds.archive_bed(self.ctx.db, self.ctx.who, bed.id)
            self.bed_panel.show_bed(None)
        except KioskError as error:
            self.error.emit(error.message)

    def _add_bed(self) -> None:
        name = dialogs.ask_text(self.screen, tr("Name of the new bed"))
        if not name:
            return
        spins = self.bed_panel.spins
        try:
            bed = plot_beds.add_bed(self.ctx.db, self.ctx.who, name, spins["x"].value(),
                               spins["y"].value(), spins["length"].value() or 100,
                               spins["width"].value() or 100)
            self.bed_panel.show_bed(bed)
        except KioskError as error:
            self.error.emit(error.message)
