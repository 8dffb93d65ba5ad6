"""Small touch widgets the plot views share: a BE date stepper, a tick button."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QBoxLayout, QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.dates import format_date, weekday_short
from kiosk.ui.i18n import tr
from kiosk.ui.kit.named import named
from kiosk.ui.kit.status import StatusLabel
from kiosk.paths import ICONS
from kiosk.ui.theme import DANGER, GREEN, GREEN_DARK, GREEN_LIGHT, LEAF, MIN_TARGET_PX, MUTED, SUN

PLOT_STYLE = f"""
QPushButton[role="view"] {{ min-height: 56px; font-size: 20px; padding: 2px 12px; }}
QPushButton[role="view"]:checked {{ background: {GREEN}; color: white; border-color: {GREEN_DARK}; }}
QPushButton[role="tick"] {{ min-height: 64px; min-width: 64px; font-size: 30px; border-radius: 32px; }}
QPushButton[role="tick"]:checked {{ background: {GREEN}; color: white; border-color: {GREEN_DARK}; }}
QPushButton[role="weektask"] {{ min-height: 52px; font-size: 16px; font-weight: 500;
    text-align: left; padding: 2px 6px; border-radius: 8px; }}
QPushButton[role="weektask"]:checked {{ background: {GREEN_LIGHT}; color: {MUTED}; }}
QFrame[role="card"] {{ background: white; border: 2px solid {LEAF}; border-radius: 14px; }}
QFrame[role="daycell"] {{ background: white; border: 1px solid {LEAF}; }}
QFrame[role="daycell"][today="true"] {{ border: 3px solid {SUN}; }}
QFrame[role="daycell"][selected="true"] {{ background: {GREEN_LIGHT}; border: 3px solid {GREEN}; }}
QFrame[role="daycell"][outside="true"] {{ background: #F1F3F0; }}
QLabel[role="daynum"] {{ font-size: 18px; font-weight: 700; color: {GREEN_DARK}; border: none; }}
QLabel[role="dayline"] {{ font-size: 15px; border: none; background: transparent; }}
QLabel[role="warning"] {{ color: #8D4E00; background: #FFF8E1; border: 2px solid {SUN};
    border-radius: 10px; padding: 6px 10px; font-size: 18px; }}
QLabel[role="section"] {{ font-size: 26px; font-weight: 700; color: {GREEN_DARK}; }}
QLabel[role="big"] {{ font-size: 24px; font-weight: 600; }}
QLabel[role="small"] {{ font-size: 18px; color: {MUTED}; }}
QLabel#plot_message {{ font-size: 20px; color: {DANGER}; }}
QSpinBox {{ padding-right: 46px; }}
QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border; width: 42px;
    border-left: 1px solid {LEAF}; background: {GREEN_LIGHT}; }}
QSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 8px; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 8px; }}
QSpinBox::up-arrow {{ image: url({(ICONS / "spin_up.svg").as_posix()}); width: 16px; height: 16px; }}
QSpinBox::down-arrow {{ image: url({(ICONS / "spin_down.svg").as_posix()}); width: 16px; height: 16px; }}
"""

DONE_MARK = "✓"


def readable_text(colour: str) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    c = QColor(colour)
    return QColor("#000000") if (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) > 150 \
        else QColor("#ffffff")


class DateStepper(QWidget):
    """[−] 25 พ.ย. 2569 [+]: a date in Buddhist Era, changed a day (or week) at a time."""

    changed = Signal(object)  # date

    def __init__(self, name: str, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._value = value
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._buttons = {}
        for key, days in (("week_back", -7), ("back", -1)):
            self._buttons[key] = self._button(key, days, layout)
        self._label = QLabel(self)
        self._label.setObjectName(f"{name}_text")
        self._label.setProperty("role", "big")
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setMinimumWidth(190)
        layout.addWidget(self._label, 1)
        for key, days in (("forward", 1), ("week_forward", 7)):
            self._buttons[key] = self._button(key, days, layout)
        self.retranslate()

    def _button(self, key: str, days: int, layout: QHBoxLayout) -> QPushButton:
        text = {"week_back": "«", "back": "−", "forward": "+", "week_forward": "»"}[key]
        button = QPushButton(text, self)
        button.setObjectName(f"{self.objectName()}_{key}")
        button.setMinimumWidth(56)
        button.clicked.connect(lambda: self.set_value(self._value + timedelta(days=days)))
        layout.addWidget(button)
        return button

    def value(self) -> date:
        return self._value

    def set_value(self, value: date) -> None:
        if value != self._value:
            self._value = value
            self.retranslate()
            self.changed.emit(value)

    def retranslate(self) -> None:
        self._label.setText(f"{weekday_short(self._value)} {format_date(self._value)}")
        names = {"week_back": tr("A week earlier"), "back": tr("A day earlier"),
                 "forward": tr("A day later"), "week_forward": tr("A week later")}
        for key, button in self._buttons.items():
            button.setAccessibleName(names[key])
            button.setToolTip(names[key])
        self._label.setAccessibleName(tr("Date"))


def tick_button(parent: QWidget, task_id: int, done: bool, label: str) -> QPushButton:
    """A big round check button for a task."""
    button = QPushButton(DONE_MARK if done else "", parent)
    button.setObjectName(f"plot_task_tick_{task_id}")
    button.setAccessibleName(tr("Done: {task}").format(task=label))
    button.setProperty("role", "tick")
    button.setCheckable(True)
    button.setChecked(done)
    return button


def message_and_buttons(dialog: QDialog, layout: QBoxLayout, prefix: str,
                        save_text: str) -> tuple[StatusLabel, QPushButton]:
    """The foot of a plot dialog: a hidden error line, then Cancel and a primary
    Save button (``<prefix>_message``, ``_cancel``, ``_save``)."""
    message = StatusLabel(f"{prefix}_message", dialog)
    layout.addWidget(message)
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = named(QPushButton(tr("Cancel"), dialog), f"{prefix}_cancel", tr("Cancel"))
    cancel.clicked.connect(dialog.reject)
    save = named(QPushButton(save_text, dialog), f"{prefix}_save", save_text)
    save.setProperty("role", "primary")
    save.clicked.connect(dialog.save)
    for button in (cancel, save):
        button.setMinimumHeight(MIN_TARGET_PX)
        row.addWidget(button)
    layout.addLayout(row)
    return message, save
