"""The sign-in screen's operator tiles: a round avatar (photo or first letter) above
the name, in a grid that reflows to the visible width."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QGridLayout, QScrollArea, QToolButton, QWidget

from kiosk.paths import ASSETS
from kiosk.ui import theme
from kiosk.ui.theme import two_lines

if TYPE_CHECKING:  # the sign-in paints before SQLAlchemy is imported (a quick start)
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
