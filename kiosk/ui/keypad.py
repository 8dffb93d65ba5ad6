"""A large on-screen keypad: digits, an optional decimal point, clear, backspace, OK.

Used for PINs (masked), weights and cash::

    pad = Keypad(masked=True, max_length=6)
    pad.submitted.connect(lambda text: ...)   # OK or Enter
    pad.value()                               # "1234"

A physical keyboard works too while the keypad has focus (digits, ".",
Backspace, Delete to clear, Enter to submit). Escape is left to the dialog
around the keypad: it closes it, as everywhere else.

A key that would be refused is disabled, never silently dropped: the point
once there is one, the digits once ``decimals`` places or ``max_length``
characters are typed. ``number()`` is the entry without a trailing point, so
"12." reads as 12 while the vendor is still typing.

``MessageLine`` is the message under a keypad: it keeps its height whether
or not it shows a message, so a message never moves a key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
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
                 show_display: bool = True, name: str = "keypad",
                 decimals: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._text = ""
        self._masked = masked
        self._allow_decimal = allow_decimal
        self._max_length = max_length
        self._decimals = decimals
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

    def number(self) -> str:
        """The entry as a number's text: "12." (still being typed) reads "12"."""
        return self._text.removesuffix(POINT)

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

    def set_decimals(self, decimals: int | None) -> None:
        self._decimals = decimals
        self._refresh()

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

    def _accepts(self, char: str) -> bool:
        """Would typing ``char`` now be taken?"""
        if not (char.isdigit() and char.isascii()) and not (char == POINT and self._allow_decimal):
            return False
        if char == POINT and POINT in self._text:
            return False
        if self._max_length is not None and len(self._text) >= self._max_length:
            return False
        if (char != POINT and self._decimals is not None and POINT in self._text
                and len(self._text.partition(POINT)[2]) >= self._decimals):
            return False
        return True

    def _type(self, char: str, emit: bool = True) -> None:
        if not self._accepts(char):
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
            for key in "0123456789" + POINT:
                if key in self._buttons:
                    self._buttons[key].setEnabled(self._accepts(key))

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
        if key == Qt.Key.Key_Delete:
            self.press(CLEAR)
            return True
        text = event.text()
        if len(text) == 1 and ((text.isdigit() and text.isascii()) or text in ".,"):
            self.press(POINT if text in ".," else text)
            return True
        return False


class MessageLine(QLabel):
    """A message under a keypad or a form that never moves what is below it.

    Its height is set for ``lines`` lines of the error style (with room for
    Thai marks above and below the line) whether or not a message shows;
    without a message it is blank.
    """

    PIXEL_SIZE = 20

    def __init__(self, parent: QWidget | None = None, *, lines: int = 2,
                 name: str = "message") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("role", "message")
        font = QFont(self.font())
        font.setPixelSize(self.PIXEL_SIZE)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        metrics = QFontMetrics(font)
        # ascent+descent of Sarabun already holds stacked marks; padding 6+6 and border 2+2
        self.setFixedHeight(metrics.height() * lines + metrics.leading() * (lines - 1) + 20)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.show_message("")

    def show_message(self, text: str, state: str = "error", remake=None) -> None:  # noqa: ANN001
        """Show ``text``; ``remake()`` gives it again in a new language after a switch.

        A message without ``remake`` is cleared on a switch rather than left in
        the other language.
        """
        self._remake = remake
        self.setText(text)
        self.setProperty("state", state if text else "")
        self.style().unpolish(self)
        self.style().polish(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange and self.text():
            remake = getattr(self, "_remake", None)
            self.show_message(remake() if remake else "", self.property("state") or "error",
                              remake)
        super().changeEvent(event)

    def message(self) -> str:
        return self.text()
