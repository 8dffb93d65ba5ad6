"""The sign-in screen: tap your name, type your PIN on the big keypad."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from kiosk import i18n
from kiosk.dates import format_date, today
from kiosk.errors import KioskError
from kiosk.ui import theme
from kiosk.ui.actions import Outcome
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import Keypad
from kiosk.ui.kit.background import attempt_in_background
from kiosk.ui.language import LanguageToggle
from kiosk.ui.signin_tiles import OperatorTileButton, TileGrid
from kiosk.ui.theme import enable_swipe

if TYPE_CHECKING:  # the sign-in paints before SQLAlchemy is imported (a quick start)
    from kiosk.db import Database
    from kiosk.services.auth import OperatorTile


class SignInScreen(QWidget):
    """Choose an operator, enter the PIN; ``signed_in(SignedIn)`` on success."""

    signed_in = Signal(object)

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signin_screen")
        self.db = db
        self._chosen: OperatorTile | None = None
        self._error: KioskError | None = None
        self.checking = False  # a PIN is being checked on a worker thread

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 14, 28, 14)
        outer.setSpacing(10)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("signin_title")
        self.title_label.setProperty("role", "heading")
        self.date_label = QLabel(self)
        self.date_label.setObjectName("signin_date")
        self.date_label.setProperty("role", "muted")
        titles.addWidget(self.title_label)
        titles.addWidget(self.date_label)
        header.addLayout(titles, 1)
        self.language_toggle = LanguageToggle(db, None, self, name="signin_language")
        header.addWidget(self.language_toggle, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        body = QHBoxLayout()
        body.setSpacing(28)
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        left.setSpacing(10)
        self.prompt_label = QLabel(self)
        self.prompt_label.setObjectName("signin_prompt")
        self.prompt_label.setProperty("role", "subheading")
        left.addWidget(self.prompt_label)
        self.tile_grid = TileGrid()
        self.tile_grid.setObjectName("signin_tiles")
        self._tile_group = QButtonGroup(self)
        self._tile_group.setExclusive(True)
        scroll = QScrollArea(self)
        scroll.setObjectName("signin_tiles_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.tile_grid)
        self.tile_grid.follow(scroll)
        enable_swipe(scroll)
        scroll.viewport().setAutoFillBackground(False)
        self.tile_grid.setAutoFillBackground(False)
        left.addWidget(scroll, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("signin_no_operators")
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "hint")
        left.addWidget(self.empty_label)
        body.addLayout(left, 3)

        panel = QFrame(self)
        panel.setObjectName("signin_pin_panel")
        panel.setStyleSheet("#signin_pin_panel { background: white; border: 2px solid "
                            f"{theme.LEAF}; border-radius: 18px; }}")
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        panel.setMinimumWidth(340)
        panel.setMaximumWidth(400)
        right = QVBoxLayout(panel)
        right.setContentsMargins(18, 12, 18, 16)
        right.setSpacing(10)
        self.chosen_label = QLabel(panel)
        self.chosen_label.setObjectName("signin_chosen_name")
        self.chosen_label.setProperty("role", "subheading")
        self.chosen_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chosen_label.setWordWrap(True)
        right.addWidget(self.chosen_label)
        self.message_label = QLabel(panel)
        self.message_label.setObjectName("signin_message")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "hint")
        # two lines of the error style, hint or error: the keys never move and Thai marks
        # above and below a line are never clipped
        error_font = QFont(theme.FAMILY)
        error_font.setPixelSize(24)
        self.message_label.setFixedHeight(QFontMetrics(error_font).height() * 2 + 24)
        right.addWidget(self.message_label)
        self.keypad = Keypad(panel, masked=True, max_length=6, name="pin_keypad")
        self.keypad.setAccessibleName("PIN")
        self.keypad.submitted.connect(self._submit)
        self.keypad.changed.connect(self._on_typing)
        right.addWidget(self.keypad, 1)
        body.addWidget(panel, 2)

        if db is not None:
            self.reload()
        else:
            self.empty_label.hide()  # the database opens right after the first frame
            self.keypad.setEnabled(False)
        self.retranslate()

    def attach(self, db: Database) -> None:
        """The database, opened after the first frame: now the operators can show."""
        self.db = db
        self.reload()

    # -- operators ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the operators again (after sign-out or a change in Settings)."""
        from kiosk.services import auth
        tiles = []
        for tile in auth.operator_tiles(self.db):
            button = OperatorTileButton(tile)
            button.clicked.connect(lambda _=False, t=tile: self.choose(t.id))
            self._tile_group.addButton(button)
            tiles.append(button)
        self.tile_grid.set_tiles(tiles)
        self.empty_label.setVisible(not tiles)
        self.reset()

    def tile_button(self, operator_id: int) -> OperatorTileButton:
        for button in self.tile_grid.tiles:
            if button.tile.id == operator_id:
                return button
        raise KeyError(operator_id)

    def choose(self, operator_id: int) -> None:
        """Someone tapped their tile: ask for their PIN."""
        if self.checking:
            return  # the PIN typed for the one chosen is being checked
        button = self.tile_button(operator_id)
        button.setChecked(True)
        self._chosen = button.tile
        self._error = None
        self.keypad.clear()
        self.keypad.setEnabled(True)
        self.keypad.setFocus()
        self._show_state()

    def reset(self) -> None:
        """Nobody chosen, nothing typed (after a sign-out)."""
        self._chosen = None
        self._error = None
        checked = self._tile_group.checkedButton()
        if checked is not None:
            self._tile_group.setExclusive(False)
            checked.setChecked(False)
            self._tile_group.setExclusive(True)
        self.keypad.clear()
        self.keypad.setEnabled(False)
        self._show_state()

    # -- PIN --------------------------------------------------------------------------
    def _submit(self, pin: str) -> None:
        if self._chosen is None or self.checking:
            return  # one check at a time: a second OK would count a second wrong PIN
        from kiosk.services import auth
        chosen, db = self._chosen.id, self.db
        self._set_checking(True)
        # scrypt takes ~50 ms a try (more on a slow PC): the screen keeps painting meanwhile
        attempt_in_background(db, lambda: auth.sign_in(db, chosen, pin), self._checked,
                              receiver=self)

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        self.keypad.setEnabled(not checking and self._chosen is not None)
        self.tile_grid.setEnabled(not checking)
        self._show_state()

    def _checked(self, outcome: Outcome) -> None:
        if not outcome.ok:  # a wrong PIN, a lock, or a database that cannot be written
            error = outcome.error
            self._error = error if isinstance(error, KioskError) else KioskError(outcome.message)
            self.keypad.clear()
            self._set_checking(False)
            if self._chosen is not None:
                self.keypad.setFocus()
            return
        self._set_checking(False)
        self.reset()
        self.signed_in.emit(outcome.value)

    def _on_typing(self, text: str) -> None:
        from kiosk.services.auth import OperatorLocked
        if text and self._error is not None and not isinstance(self._error, OperatorLocked):
            self._error = None
            self._show_state()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if self.checking:
            event.accept()  # keys typed while the PIN is checked go nowhere
            return
        if self._chosen is not None and self.keypad.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- texts --------------------------------------------------------------------------
    def _error_text(self) -> str:
        from kiosk.services.auth import OperatorLocked, WrongPin
        error = self._error
        if isinstance(error, WrongPin):  # made again: follows a language switch
            return WrongPin(error.tries_left).message
        if isinstance(error, OperatorLocked):
            return OperatorLocked(error.until).message
        return error.message if error is not None else ""

    def _show_state(self) -> None:
        if self._chosen is None:
            self.chosen_label.setText(tr("Who is signing in?"))
        else:
            self.chosen_label.setText(self._chosen.name)
        if self.checking:
            self.message_label.setProperty("role", "hint")
            self.message_label.setText(tr("Checking the PIN…"))
        elif self._error is not None:
            self.message_label.setProperty("role", "error")
            self.message_label.setText(self._error_text())
        else:
            self.message_label.setProperty("role", "hint")
            self.message_label.setText(tr("Tap your name on the left.") if self._chosen is None
                                       else tr("Enter your PIN, then press OK."))
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.updateGeometry()  # the error style has a border and padding

    def retranslate(self) -> None:
        self.title_label.setText(tr("Talad Jompol: pesticide-free vegetables"))
        self.date_label.setText(format_date(today(), i18n.current_language()))
        self.prompt_label.setText(tr("Tap your name to sign in"))
        self.empty_label.setText(tr("No one can sign in yet. Create the demo data or add an "
                                    "operator from the command line."))
        self._show_state()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        self.date_label.setText(format_date(today(), i18n.current_language()))
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
