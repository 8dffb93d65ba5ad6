"""FormPanel: the right-hand side of a list-and-form screen (Settings > Operators and
Products, the participants): a title, the fields, the message line, whatever else
the screen adds, and its buttons at the bottom."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from kiosk.ui.kit.status import StatusLabel


class FormPanel(QFrame):
    """``title`` ("{name}_form_title"), ``form``, ``message`` ("{name}_message") and
    ``buttons`` (a row at the bottom, filled by the screen)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName(f"{name}_form_title")
        self.title.setProperty("role", "subheading")
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.message = StatusLabel(f"{name}_message", self)
        self.buttons = QHBoxLayout()
        self._column = QVBoxLayout(self)
        self._column.addWidget(self.title)
        self._column.addLayout(self.form)
        self._column.addWidget(self.message)
        self._column.addStretch(1)
        self._column.addLayout(self.buttons)

    def add(self, widget: QWidget) -> None:
        """``widget`` below the message, above the space before the buttons."""
        self._column.insertWidget(self._column.count() - 2, widget)


def fill_list(widget: QListWidget, items: Iterable[tuple[str, int, bool]],
              chosen: int | None) -> None:
    """(text, id, dimmed) items, the ``chosen`` id selected, without telling anyone
    (filling is not a person choosing)."""
    widget.blockSignals(True)
    widget.clear()
    for text, item_id, dimmed in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        if dimmed:
            item.setForeground(Qt.GlobalColor.gray)
        widget.addItem(item)
        if item_id == chosen:
            widget.setCurrentItem(item)
    widget.blockSignals(False)
