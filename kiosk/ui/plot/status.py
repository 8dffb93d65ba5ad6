"""Move a planting along (planned, sown, growing, harvesting, done) or mark it failed.

Opened from a bed's history or the month view's day panel (staff). Failing
needs a reason; the service refuses it without one and nothing is written.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QGridLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from kiosk.dates import format_date
from kiosk.errors import KioskError
from kiosk.services import plot_plantings, plot_results
from kiosk.services.plot_rules import STATUSES, status_label
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.named import named
from kiosk.ui.plot.widgets import message_and_buttons, PLOT_STYLE

STATUS_STYLE = PLOT_STYLE + """
QPushButton[role="status"] { min-height: 64px; font-size: 20px; padding: 2px 12px; }
QPushButton[role="status"]:checked { background: #2E7D32; color: white; border-color: #1B5E20; }
QPushButton[role="status"][failed="true"]:checked { background: #B71C1C; border-color: #7F0000; }
"""


def planting_text(p: plot_results.PlantingInfo) -> str:
    return "{crop} · {bed} · {start} · {status}".format(
        crop=p.crop_name, bed=tr("bed {name}").format(name=p.bed_name),
        start=format_date(p.start_on), status=status_label(p.status))


class StatusDialog(QDialog):
    """Choose a planting (if several), its new status and, for a failure, why."""

    saved = Signal(object)  # PlantingInfo

    def __init__(self, ctx: AppContext, plantings: list[plot_results.PlantingInfo], day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = day
        self.plantings = plantings
        self.setObjectName("plot_status_dialog")
        self.setWindowTitle(tr("Change a planting's status"))
        self.setStyleSheet(STATUS_STYLE)
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(tr("Change a planting's status"), self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.planting = named(QComboBox(self), "plot_status_planting", tr("Planting"))
        for p in plantings:
            self.planting.addItem(planting_text(p), p.id)
        self.planting.currentIndexChanged.connect(self._planting_changed)
        layout.addWidget(self.planting)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.group = QButtonGroup(self)
        self.status_buttons: dict[str, QPushButton] = {}
        for i, status in enumerate(STATUSES):
            button = QPushButton(status_label(status), self)
            named(button, f"plot_status_{status}", status_label(status))
            button.setProperty("role", "status")
            button.setMinimumHeight(64)
            button.setProperty("failed", status == "failed")
            button.setCheckable(True)
            button.clicked.connect(self._status_changed)
            self.group.addButton(button)
            grid.addWidget(button, i // 3, i % 3)
            self.status_buttons[status] = button
        layout.addLayout(grid)
        self.reason_label = QLabel(tr("Why did it fail? (needed)"), self)
        self.reason = named(QLineEdit(self), "plot_status_reason", tr("Why did it fail?"))
        self.reason.setPlaceholderText(tr("e.g. flooded, eaten by snails"))
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        self.ended = QLabel(self)
        self.ended.setObjectName("plot_status_ended")
        self.ended.setProperty("role", "small")
        self.ended.setWordWrap(True)
        layout.addWidget(self.ended)
        self.message, self.save_button = message_and_buttons(self, layout, "plot_status",
                                                             tr("Save status"))
        self.planting.setVisible(len(plantings) > 1)
        self._planting_changed()

    def current(self) -> plot_results.PlantingInfo | None:
        return next((p for p in self.plantings if p.id == self.planting.currentData()), None)

    def chosen(self) -> str | None:
        return next((s for s, b in self.status_buttons.items() if b.isChecked()), None)

    def _planting_changed(self) -> None:
        p = self.current()
        if p is None:
            self.save_button.setEnabled(False)
            return
        self.status_buttons[p.status].setChecked(True)
        self.reason.setText(p.failed_reason)
        self._status_changed()

    def _status_changed(self) -> None:
        failed = self.chosen() == "failed"
        self.reason_label.setVisible(failed)
        self.reason.setVisible(failed)
        if self.chosen() in ("done", "failed"):
            self.ended.setText(tr("It ends on {day}; its open tasks after that day are removed.")
                               .format(day=format_date(self.day)))
            self.ended.show()
        else:
            self.ended.hide()
        if failed:
            self.reason.setFocus()

    def save(self) -> None:
        p, status = self.current(), self.chosen()
        if p is None or status is None:
            return
        if status == p.status and (status != "failed" or self.reason.text().strip() == p.failed_reason):
            self.reject()  # nothing changed: keep its end date
            return
        try:
            result = plot_plantings.set_planting_status(self.ctx.db, self.ctx.who, p.id, status,
                                              reason=self.reason.text(), on=self.day)
        except KioskError as error:
            self.message.say(error.message, error=True)
            return
        self.result_value = result
        self.saved.emit(result)
        self.accept()
