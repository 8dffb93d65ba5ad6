"""The sign-in screen: tap your name, type your PIN on the big keypad."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter,
                           QPainterPath, QPixmap)
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from kiosk import i18n
from kiosk.dates import format_date, today
from kiosk.errors import KioskError
from kiosk.paths import ASSETS
from kiosk.ui import actions, theme
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import Keypad
from kiosk.ui.language import LanguageToggle
from kiosk.ui.theme import enable_swipe, two_lines

if TYPE_CHECKING:  # the sign-in paints before SQLAlchemy is imported (a quick start)
    from kiosk.db import Database
    from kiosk.services.auth import OperatorTile

TILE_ICON = 96
TILE_WIDTH = 176
TILE_HEIGHT = 200  # the avatar and two lines of name
_HONORIFICS = ("น้อง", "พี่", "คุณ", "ป้า", "ลุง", "ยาย", "ตา", "แม่", "พ่อ", "นาง", "นาย")


def initial(name: str) -> str:
    """The letter on an avatar: the first Thai consonant of the name itself
    (after a title such as พี่ or คุณ), else the first letter or digit."""
    text = name.strip()
    for title in _HONORIFICS:
        if text.startswith(title) and len(text) > len(title):
            text = text[len(title):].lstrip()
            break
    for char in text:
        if "\u0e01" <= char <= "\u0e2e":  # ก .. ฮ
            return char
    for char in text:
        if char.isalnum():
            return char.upper()
    return "?"


def _photo(path: str | None) -> QPixmap | None:
    if not path:
        return None
    for candidate in (Path(path), ASSETS / path):
        if candidate.is_file():
            pixmap = QPixmap(str(candidate))
            if not pixmap.isNull():
                return pixmap
    return None


def avatar_pixmap(tile: OperatorTile, size: int = TILE_ICON) -> QPixmap:
    """A round photo, or a coloured circle with the name's first letter."""
    ratio = 2  # sharp on high-density screens
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    full = pixmap.rect()
    clip = QPainterPath()
    clip.addEllipse(full)
    photo = _photo(tile.photo_path)
    if photo is not None:
        painter.setClipPath(clip)
        scaled = photo.scaled(full.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawPixmap((full.width() - scaled.width()) // 2,
                           (full.height() - scaled.height()) // 2, scaled)
    else:
        colour = QColor(theme.AVATAR_COLOURS[tile.id % len(theme.AVATAR_COLOURS)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(full)
        font = QFont(theme.FAMILY)
        font.setPixelSize(int(size * ratio * 0.5))
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(full, Qt.AlignmentFlag.AlignCenter, initial(tile.name))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class OperatorTileButton(QToolButton):
    """One operator: the avatar above the name (two lines if needed); touch-sized."""

    def __init__(self, tile: OperatorTile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = tile
        self.setObjectName(f"operator_tile_{tile.id}")
        self.setAccessibleName(tile.name)
        self.setProperty("role", "operator_tile")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIcon(QIcon(avatar_pixmap(tile)))
        self.setIconSize(QSize(TILE_ICON, TILE_ICON))
        self.setText(tile.name)
        self.setFixedSize(TILE_WIDTH, TILE_HEIGHT)

    def fit_name(self) -> None:
        """Wrap the name to the tile (again after the style sheet set the font)."""
        self.setText(two_lines(self.tile.name, self.fontMetrics(), TILE_WIDTH - 24))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # the style sheet's min-height would let a full grid squash the tiles: keep them whole
            self.setFixedSize(TILE_WIDTH, TILE_HEIGHT)
            self.fit_name()
        return handled


class TileGrid(QWidget):
    """Operator tiles that reflow into as many columns as the visible width holds.

    The width comes from the scroll area's viewport (``follow``), not from the
    grid itself: a grid laid out for a wide window would otherwise keep its
    width after a resize and hide its right-hand tiles.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._width = TILE_WIDTH
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setSpacing(14)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tiles: list[OperatorTileButton] = []
        self._columns = 0

    def set_tiles(self, tiles: list[OperatorTileButton]) -> None:
        for old in self.tiles:
            self.grid.removeWidget(old)
            old.deleteLater()
        self.tiles = tiles
        self._columns = 0
        self._reflow()

    def follow(self, area: QScrollArea) -> None:
        """Reflow whenever ``area``'s viewport changes width."""
        self._area = area
        area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and watched is self._area.viewport():
            self._width = watched.width()
            self._reflow()
        return super().eventFilter(watched, event)

    def _reflow(self) -> None:
        margins = self.grid.contentsMargins()
        width = max(self._width - margins.left() - margins.right(), TILE_WIDTH)
        columns = max(1, (width + self.grid.spacing()) // (TILE_WIDTH + self.grid.spacing()))
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // columns, index % columns)


class SignInScreen(QWidget):
    """Choose an operator, enter the PIN; ``signed_in(SignedIn)`` on success."""

    signed_in = Signal(object)

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signin_screen")
        self.db = db
        self._chosen: OperatorTile | None = None
        self._error: KioskError | None = None

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
        if self._chosen is None:
            return
        from kiosk.services import auth
        chosen = self._chosen.id
        outcome = actions.attempt(self.db, lambda: auth.sign_in(self.db, chosen, pin),
                                  show=lambda _message: None)
        if not outcome.ok:  # a wrong PIN, a lock, or a database that cannot be written
            error = outcome.error
            self._error = error if isinstance(error, KioskError) else KioskError(outcome.message)
            self.keypad.clear()
            self._show_state()
            return
        self.reset()
        self.signed_in.emit(outcome.value)

    def _on_typing(self, text: str) -> None:
        from kiosk.services.auth import OperatorLocked
        if text and self._error is not None and not isinstance(self._error, OperatorLocked):
            self._error = None
            self._show_state()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
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
        if self._error is not None:
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
