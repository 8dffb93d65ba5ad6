"""A large on-screen keypad: digits, an optional decimal point, clear, backspace, OK.

Used for PINs (masked), weights and cash::

    pad = Keypad(masked=True, max_length=6)
    pad.submitted.connect(lambda text: ...)   # OK or Enter
    pad.value()                               # "1234"

A physical keyboard works too while the keypad has focus (digits, ".",
Backspace, Delete/Escape to clear, Enter to submit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.i18n import tr

MASK_CHAR = "●"
BACK = "back"
CLEAR = "clear"
OK = "ok"
POINT = "."


class Keypad(QWidget):
    """Digits plus clear, backspace and OK; ``submitted(text)`` on OK/Enter."""

    submitted = Signal(str)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, masked: bool = False,
                 allow_decimal: bool = False, max_length: int | None = None,
                 show_display: bool = True, name: str = "keypad") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._text = ""
        self._masked = masked
        self._allow_decimal = allow_decimal
        self._max_length = max_length
        self._buttons: dict[str, QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self._display = QLabel(self)
        self._display.setObjectName("keypad_display")
        self._display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._display.setVisible(show_display)
        layout.addWidget(self._display)

        grid = QGridLayout()
        grid.setSpacing(10)
        layout.addLayout(grid)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._make(digit, digit, "key"), index // 3, index % 3)
        bottom_left = POINT if allow_decimal else CLEAR
        grid.addWidget(self._make(bottom_left, POINT if allow_decimal else "", "key" if allow_decimal
                                  else "key_clear"), 3, 0)
        grid.addWidget(self._make("0", "0", "key"), 3, 1)
        grid.addWidget(self._make(BACK, "⌫", "key_back"), 3, 2)
        if allow_decimal:
            grid.addWidget(self._make(CLEAR, "", "key_clear"), 4, 0)
            grid.addWidget(self._make(OK, "", "key_ok"), 4, 1, 1, 2)
        else:
            grid.addWidget(self._make(OK, "", "key_ok"), 4, 0, 1, 3)
        self.retranslate()
        self._refresh()

    # -- API -------------------------------------------------------------------
    def value(self) -> str:
        """The text typed so far (never masked)."""
        return self._text

    def set_value(self, text: str) -> None:
        self._text = ""
        for char in text:
            self._type(char, emit=False)
        self._refresh()
        self.changed.emit(self._text)

    def clear(self) -> None:
        self.set_value("")

    def button(self, key: str) -> QPushButton:
        """The button for ``key``: "0".."9", ".", "clear", "back" or "ok"."""
        return self._buttons[key]

    def press(self, key: str) -> None:
        """What tapping ``key`` does."""
        if key == OK:
            self.submitted.emit(self._text)
        elif key == CLEAR:
            self.clear()
        elif key == BACK:
            self.set_value(self._text[:-1])
        else:
            self._type(key)

    def set_masked(self, masked: bool) -> None:
        self._masked = masked
        self._refresh()

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 (Qt name)
        super().setEnabled(enabled)
        self._refresh()

    # -- internals ---------------------------------------------------------------
    def _make(self, key: str, text: str, role: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{self.objectName()}_key_{'point' if key == POINT else key}")
        button.setAccessibleName(key)
        button.setProperty("role", role)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setAutoRepeat(key == BACK)
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        self._buttons[key] = button
        return button

    def _type(self, char: str, emit: bool = True) -> None:
        if not (char.isdigit() and char.isascii()) and not (char == POINT and self._allow_decimal):
            return
        if char == POINT and POINT in self._text:
            return
        if self._max_length is not None and len(self._text) >= self._max_length:
            return
        self._text += "0." if char == POINT and not self._text else char
        if emit:
            self._refresh()
            self.changed.emit(self._text)

    def _refresh(self) -> None:
        shown = MASK_CHAR * len(self._text) if self._masked else self._text
        self._display.setText(shown or " ")
        self._display.setAccessibleName(tr("{n} digits entered").format(n=len(self._text))
                                        if self._masked else self._text)
        if OK in self._buttons:
            self._buttons[OK].setEnabled(self.isEnabled() and bool(self._text))
            self._buttons[BACK].setEnabled(bool(self._text))

    def retranslate(self) -> None:
        self._buttons[OK].setText(tr("OK"))
        self._buttons[CLEAR].setText(tr("Clear"))
        self._buttons[BACK].setToolTip(tr("Delete the last digit"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if self.handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Apply a physical key press; True if the keypad used it."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._text:
                self.press(OK)
            return True
        if key == Qt.Key.Key_Backspace:
            self.press(BACK)
            return True
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete):
            self.press(CLEAR)
            return True
        text = event.text()
        if len(text) == 1 and ((text.isdigit() and text.isascii()) or text in ".,"):
            self.press(POINT if text in ".," else text)
            return True
        return False
