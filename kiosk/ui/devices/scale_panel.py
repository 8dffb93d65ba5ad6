"""The live weight above the weight keypad: large, with one button to take it.

The button is enabled only while the reading is steady and above zero;
otherwise the line under the weight says why (moving, overloaded, below
zero, wrong unit, no scale on the port). The keypad stays usable whatever
the scale does: a broken scale never blocks a sale.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.devices.scale_protocols import Reading
from kiosk.units import unit_label
from kiosk.ui.devices.scale_monitor import ScaleMonitor
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import MessageLine
from kiosk.ui.screen import Retranslates


def weight_text(reading: Reading | None) -> str:
    if reading is None or reading.kg is None:
        return f"– {unit_label('kg')}"
    return f"{reading.kg:.3f} {unit_label('kg')}"


class ScalePanel(Retranslates, QWidget):
    """Shows ``monitor``'s weight; ``taken(Decimal kg)`` when the vendor takes it."""

    taken = Signal(object)

    def __init__(self, monitor: ScaleMonitor, parent: QWidget | None = None,
                 name: str = "scale", takes: bool = True, vertical: bool = True) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self.setObjectName(f"{name}_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QVBoxLayout() if vertical else QHBoxLayout()
        self.weight = QLabel(self)
        self.weight.setObjectName(f"{name}_weight")
        self.weight.setProperty("role", "total")
        self.weight.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.weight.setWordWrap(True)
        row.addWidget(self.weight, 1)
        self.take_button = QPushButton(self)
        self.take_button.setObjectName(f"{name}_take")
        self.take_button.setProperty("role", "primary")
        self.take_button.clicked.connect(self.take)
        row.addWidget(self.take_button)
        self.take_button.setVisible(takes)
        self.takes = takes
        layout.addLayout(row)
        self.take_button.setMinimumHeight(72)
        self.status = MessageLine(self, lines=3 if vertical else 2, name=f"{name}_status")
        (layout if vertical else row).addWidget(self.status, 0 if vertical else 2)
        monitor.reading_changed.connect(self._show)
        monitor.state_changed.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.take_button.setText(tr("Use the scale's weight"))
        self.take_button.setAccessibleName(tr("Use the scale's weight"))
        self.weight.setAccessibleName(tr("Weight on the scale"))
        self._show()

    def _show(self, *_: object) -> None:
        reading = self.monitor.latest
        self.weight.setText(weight_text(reading))
        self.take_button.setEnabled(reading is not None and reading.takeable
                                    and not self.monitor.message())
        problem = self.monitor.message()
        if problem:
            self.status.show_message(problem, remake=self.monitor.message)
        elif reading is None:
            self.status.show_message(tr("Waiting for the scale…"), "ok")
        elif self.takes:
            self.status.show_message(tr("Steady: tap to use this weight."), "ok")
        else:
            self.status.show_message(tr("The scale is working."), "ok")

    def take(self) -> None:
        """The weight on the pan now, if it may be used; otherwise say why."""
        reading = self.monitor.latest
        if reading is None or not reading.takeable:
            self._show()
            return
        self.taken.emit(Decimal(reading.kg))
