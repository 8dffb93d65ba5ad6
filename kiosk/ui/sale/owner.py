"""Whose produce is this line: the programme's plot or a participant's consignment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from kiosk.ui.i18n import tr
from kiosk.ui.screen import Retranslates
from kiosk.ui.theme import enable_swipe, set_size, two_lines

PLOT = -1


class OwnerDialog(Retranslates, QDialog):
    """Big buttons: the plot first, then each active participant."""

    chosen = Signal(object)  # participant id, or None for the plot

    def __init__(self, parent: QWidget | None, owners: dict[int, str],
                 current: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("owner_dialog")
        self.setModal(True)
        self.setMinimumSize(620, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self)
        heading.setObjectName("owner_heading")
        self.heading = heading
        heading.setProperty("role", "subheading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        area = QScrollArea(self)
        area.setObjectName("owner_scroll")
        area.setWidgetResizable(True)
        # long names wrap on two lines inside their button: never a sideways scroll bar
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area = area
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setSpacing(10)
        self.buttons: dict[int | None, QPushButton] = {}
        entries: list[tuple[int | None, str]] = [(None, "")]  # the plot's words: retranslate
        entries += [(pid, name) for pid, name in owners.items()]
        for index, (pid, text) in enumerate(entries):
            button = QPushButton(text, holder)
            button.setObjectName(f"owner_choice_{'plot' if pid is None else pid}")
            button.setAccessibleName(text)
            button.setProperty("label", text)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            set_size(button, "large")
            button.setCheckable(True)
            button.setChecked(pid == current)
            button.clicked.connect(lambda _=False, p=pid: self._choose(p))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[pid] = button
        area.setWidget(holder)
        enable_swipe(area)
        area.viewport().installEventFilter(self)
        layout.addWidget(area, 1)
        cancel = QPushButton(self)
        cancel.setObjectName("owner_cancel")
        cancel.clicked.connect(self.reject)
        self.cancel_button = cancel
        layout.addWidget(cancel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Whose produce?"))
        self.heading.setText(tr("Whose produce is this?"))
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel"))
        plot = self.buttons[None]
        plot.setProperty("label", tr("Plot (programme)"))
        plot.setAccessibleName(tr("Plot (programme)"))
        self._fit_labels()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 (Qt name)
        if watched is self.area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_labels()  # the visible width is known only once the area is laid out
        return super().eventFilter(watched, event)

    def _fit_labels(self) -> None:
        """Each name on at most two lines of its button (half the visible width)."""
        holder = self.area.widget()
        spacing = holder.layout().spacing()
        margins = holder.layout().contentsMargins()
        width = (self.area.viewport().width() - margins.left() - margins.right() - spacing) // 2
        for button in self.buttons.values():
            button.setText(two_lines(button.property("label"), button.fontMetrics(),
                                     max(40, width - 40)))

    def _choose(self, participant_id: int | None) -> None:
        self.chosen.emit(participant_id)
        self.accept()
