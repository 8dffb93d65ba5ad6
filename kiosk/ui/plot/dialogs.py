"""Dialogs of the plot screen: new planting, record a harvest, a bed's history.

They open with ``open()`` (window-modal, not blocking) and show problems in
their own message line, so nothing is lost when the input is bad.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from kiosk.dates import format_date, today
from kiosk.errors import KioskError
from kiosk.units import is_weighed, quantity_text
from kiosk.services import (plot_beds, plot_crops, plot_harvests, plot_people, plot_plantings,
                            plot_views)
from kiosk.services.plot_rules import status_label
from kiosk.services import plot_results
from kiosk.ui import actions
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.plot.today import unit_label
from kiosk.ui.kit.named import named
from kiosk.ui.plot.widgets import PLOT_STYLE, DateStepper


def _message_label(parent: QWidget, name: str, lines: int = 2) -> QLabel:
    """An error line that always keeps its room: a message never moves the buttons."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    reserve(label, lines)
    return label


def reserve(label: QLabel, lines: int) -> None:
    # Thai upper and lower marks need the full line spacing, plus the label's padding
    label.setMinimumHeight(lines * label.fontMetrics().lineSpacing() + 16)


def cm_suffix() -> str:
    return " " + tr("cm")


def _buttons(dialog: QDialog, prefix: str, save_text: str) -> tuple[QPushButton, QPushButton]:
    cancel = QPushButton(tr("Cancel"), dialog)
    named(cancel, f"{prefix}_cancel", tr("Cancel"))
    cancel.clicked.connect(dialog.reject)
    save = QPushButton(save_text, dialog)
    named(save, f"{prefix}_save", save_text)
    save.setProperty("role", "primary")
    save.setDefault(True)
    return cancel, save


class PlantingDialog(QDialog):
    """Crop, bed (all or part), date; the harvest window and warnings update live."""

    saved = Signal(object)  # PlantingResult

    def __init__(self, ctx: AppContext, start_on: date, parent: QWidget | None = None,
                 bed_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plot_planting_dialog")
        self.setWindowTitle(tr("New planting"))
        self.setStyleSheet(PLOT_STYLE)
        self.setMinimumWidth(760)
        self.crops = plot_crops.list_crops(ctx.db)
        self.beds = [b for b in plot_beds.list_beds(ctx.db)]
        layout = QVBoxLayout(self)
        heading = QLabel(tr("New planting"), self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.crop = QComboBox(self)
        named(self.crop, "plot_planting_crop", tr("Crop"))
        for crop in self.crops:
            self.crop.addItem(f"{crop.name} ({crop.days_to_first_harvest} " + tr("days") + ")",
                              crop.id)
        self.bed = QComboBox(self)
        named(self.bed, "plot_planting_bed", tr("Bed"))
        for bed in self.beds:
            self.bed.addItem(bed.name, bed.id)
        if bed_id is not None and self.bed.findData(bed_id) >= 0:
            self.bed.setCurrentIndex(self.bed.findData(bed_id))
        self.start = DateStepper("plot_planting_start", start_on, self)
        self.from_cm = QSpinBox(self)
        named(self.from_cm, "plot_planting_from", tr("From cm"))
        self.to_cm = QSpinBox(self)
        named(self.to_cm, "plot_planting_to", tr("To cm"))
        for spin in (self.from_cm, self.to_cm):
            spin.setRange(0, 1200)
            spin.setSingleStep(50)
            spin.setSuffix(cm_suffix())
        part = QHBoxLayout()
        part.addWidget(self.from_cm)
        part.addWidget(QLabel("–", self))
        part.addWidget(self.to_cm)
        self.harvest = QLabel(self)
        self.harvest.setObjectName("plot_planting_harvest")
        self.harvest.setProperty("role", "big")
        self.yield_edit = QLineEdit(self)
        named(self.yield_edit, "plot_planting_yield", tr("Expected yield"))
        self.yield_edit.setPlaceholderText(tr("optional"))
        form.addRow(tr("Crop"), self.crop)
        form.addRow(tr("Bed"), self.bed)
        form.addRow(tr("Sow or plant on"), self.start)
        form.addRow(tr("Part of the bed"), part)
        form.addRow(tr("Harvest"), self.harvest)
        form.addRow(tr("Expected yield"), self.yield_edit)
        layout.addLayout(form)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("plot_planting_warnings")
        self.warnings.setProperty("role", "warning")
        self.warnings.setWordWrap(True)
        reserve(self.warnings, 2)
        layout.addWidget(self.warnings)
        self.message = _message_label(self, "plot_planting_message")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel, self.save_button = _buttons(self, "plot_planting", tr("Save planting"))
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.bed.currentIndexChanged.connect(self._bed_changed)
        self.crop.currentIndexChanged.connect(self.update_plan)
        self.start.changed.connect(self.update_plan)
        self.from_cm.valueChanged.connect(self.update_plan)
        self.to_cm.valueChanged.connect(self.update_plan)
        for signal in (self.crop.currentIndexChanged, self.bed.currentIndexChanged,
                       self.start.changed, self.from_cm.valueChanged, self.to_cm.valueChanged,
                       self.yield_edit.textChanged):
            signal.connect(lambda *_: self.message.setText(""))
        self._bed_changed()

    def _bed_changed(self) -> None:
        bed = next((b for b in self.beds if b.id == self.bed.currentData()), None)
        if bed is not None:
            self.from_cm.blockSignals(True)
            self.to_cm.blockSignals(True)
            self.from_cm.setValue(0)
            self.to_cm.setValue(bed.long_cm)
            self.from_cm.blockSignals(False)
            self.to_cm.blockSignals(False)
        self.update_plan()

    def update_plan(self) -> None:
        """Show the computed harvest window and any warnings (nothing is saved)."""
        if self.crop.currentData() is None or self.bed.currentData() is None:
            self.harvest.setText(tr("Add crops and beds first."))
            self.warnings.setText("")
            return
        try:
            plan = plot_plantings.plan_planting(
                self.ctx.db, self.crop.currentData(), self.bed.currentData(),
                self.start.value(), self.from_cm.value(), self.to_cm.value())
        except KioskError as error:
            self.harvest.setText("")
            self.warnings.setText(error.message)
            return
        self.harvest.setText(tr("{first} to {last}").format(
            first=format_date(plan.harvest_from), last=format_date(plan.harvest_to)))
        self.warnings.setText("\n".join("⚠ " + w.message for w in plan.warnings))

    def save(self) -> None:
        outcome = actions.attempt(self.ctx.db, lambda: plot_plantings.create_planting(
            self.ctx.db, self.ctx.who, self.crop.currentData() or 0,
            self.bed.currentData() or 0, self.start.value(), from_cm=self.from_cm.value(),
            to_cm=self.to_cm.value(), expected_yield=self.yield_edit.text().strip() or None),
            show=self.message.setText, busy=self.save_button.setDisabled)
        if not outcome.ok:
            return
        result = outcome.value
        self.result_value = result
        self.saved.emit(result)
        self.accept()


class HarvestDialog(QDialog):
    """How much came off a planting, in which unit, picked by whom."""

    saved = Signal(object)  # HarvestInfo

    def __init__(self, ctx: AppContext, planting_id: int, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.planting_id = planting_id
        self.day = day
        self.setObjectName("plot_harvest_dialog")
        self.setWindowTitle(tr("Record harvest"))
        self.setStyleSheet(PLOT_STYLE)
        self.setMinimumWidth(620)
        planting = plot_plantings.get_planting(ctx.db, planting_id)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Harvest of {crop}, bed {bed}").format(
            crop=planting.crop_name, bed=planting.bed_name), self)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.quantity = QLineEdit(self)
        named(self.quantity, "plot_harvest_quantity", tr("Quantity"))
        self.quantity.setPlaceholderText("0.000")
        self.unit = QComboBox(self)
        named(self.unit, "plot_harvest_unit", tr("Unit"))
        for _, unit in plot_harvests.harvest_units(ctx.db, planting_id):
            if self.unit.findData(unit) < 0:
                self.unit.addItem(unit_label(unit), unit)
        self.person = QComboBox(self)
        named(self.person, "plot_harvest_person", tr("Harvested by"))
        self.person.addItem(tr("(not said)"), None)
        for person in plot_people.participants(ctx.db):
            self.person.addItem(person.name, person.id)
        if ctx.who.participant_id is not None:
            index = self.person.findData(ctx.who.participant_id)
            if index >= 0:
                self.person.setCurrentIndex(index)
        form.addRow(tr("Quantity"), self.quantity)
        form.addRow(tr("Unit"), self.unit)
        form.addRow(tr("Harvested by"), self.person)
        layout.addLayout(form)
        self.message = _message_label(self, "plot_harvest_message")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel, self.save_button = _buttons(self, "plot_harvest", tr("Save harvest"))
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)
        if self.unit.count() == 0:
            self.message.setText(tr("No sale product for this crop in that unit: "
                                    "ask the staff to add one first."))
            self.save_button.setEnabled(False)
        self.quantity.textChanged.connect(lambda _t: self.message.setText(""))
        self.quantity.setFocus()

    def save(self) -> None:
        outcome = actions.attempt(self.ctx.db, lambda: plot_harvests.record_harvest(
            self.ctx.db, self.ctx.who, self.planting_id, self.quantity.text(),
            unit=self.unit.currentData(), harvested_by=self.person.currentData(), on=self.day),
            show=self.message.setText, busy=self.save_button.setDisabled)
        if not outcome.ok:
            return
        result = outcome.value
        self.result_value = result
        self.saved.emit(result)
        self.accept()


class BedHistoryDialog(QDialog):
    """Everything a bed has grown, newest first."""

    def __init__(self, ctx: AppContext, bed: plot_results.BedInfo, parent: QWidget | None = None,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plot_history_dialog")
        self.setWindowTitle(tr("History of bed {name}").format(name=bed.name))
        self.setStyleSheet(PLOT_STYLE)
        self.setMinimumSize(720, 480)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("History of bed {name}").format(name=bed.name), self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        size = QLabel(tr("{length} x {width} cm at ({x}, {y})").format(
            length=bed.length_cm, width=bed.width_cm, x=bed.x_cm, y=bed.y_cm), self)
        size.setProperty("role", "small")
        layout.addWidget(size)
        self.ctx, self.bed, self.day = ctx, bed, day or today()
        self.list = QListWidget(self)
        named(self.list, "plot_history_list", tr("History"))
        self.fill()
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.status_button = QPushButton(tr("Change status"), self)
        named(self.status_button, "plot_history_status", tr("Change status"))
        self.status_button.setVisible(ctx.who.is_staff and bool(self.plantings))
        self.status_button.clicked.connect(self.open_status)
        row.addWidget(self.status_button)
        row.addStretch(1)
        close = QPushButton(tr("Close"), self)
        named(close, "plot_history_close", tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)

    def fill(self) -> None:
        chosen = self.list.currentRow()
        self.list.clear()
        self.plantings = plot_views.bed_history(self.ctx.db, self.bed.id)
        for p in self.plantings:
            text = (f"{p.crop_name} · {format_date(p.start_on)} → {format_date(p.end_on)} · "
                    f"{status_label(p.status)}")
            if p.harvested > 0:
                text += " · " + tr("harvested {q} {unit}").format(
                    q=quantity_text(p.harvested, is_weighed(p.yield_unit)),
                    unit=unit_label(p.yield_unit))
            if p.failed_reason:
                text += f" ({p.failed_reason})"
            self.list.addItem(text)
        if self.list.count() == 0:
            self.list.addItem(tr("Nothing planted here yet."))
        elif self.plantings:
            self.list.setCurrentRow(max(chosen, 0))

    def open_status(self):
        """The chosen planting's status (staff); the list updates after saving."""
        from kiosk.ui.plot.status import StatusDialog
        row = self.list.currentRow()
        if not 0 <= row < len(self.plantings):
            return None
        self.status_dialog = StatusDialog(self.ctx, [self.plantings[row]], self.day, self)
        self.status_dialog.saved.connect(lambda _: self.fill())
        self.status_dialog.open()
        return self.status_dialog
