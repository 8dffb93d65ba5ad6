"""The product tiles: category tabs, a search box and a grid of pictures.

The grid is one QListView over a list model with a painting delegate: 200
tiles cost one view, not 200 widgets, and a tap never rebuilds anything.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QListView,
                               QPushButton, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QVBoxLayout, QWidget)

from kiosk.services.catalog import CategoryTab, ProductTile, find_by_code
from kiosk.ui.i18n import tr
from kiosk.ui.sale.labels import baht, product_name, unit_label
from kiosk.ui.sale.flow import FlowLayout
from kiosk.ui.theme import enable_swipe

TILE_W, TILE_H = 150, 204
PICTURE_H = 92
NAME_LINES = 2  # a name takes up to two lines (English names are long), never cut mid-word
TileRole = Qt.ItemDataRole.UserRole + 1

_PALETTE = ("#66BB6A", "#26A69A", "#9CCC65", "#FFA726", "#EF5350", "#AB47BC",
            "#42A5F5", "#8D6E63", "#D4E157", "#EC407A")


def _colour_for(code: str) -> QColor:
    digest = hashlib.md5(code.encode("utf-8")).digest()
    return QColor(_PALETTE[digest[0] % len(_PALETTE)])


class ProductTileModel(QAbstractListModel):
    """The tiles shown now: all products filtered by category and search text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[ProductTile] = []
        self._shown: list[ProductTile] = []
        self._category: int | None = None
        self._search = ""

    def set_tiles(self, tiles: list[ProductTile]) -> None:
        self._all = list(tiles)
        self._refilter()

    def set_filter(self, category_id: int | None = None, search: str | None = None) -> None:
        if search is not None:
            self._search = search
        self._category = category_id
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        if self._search.strip():
            # a search looks through every category: the vendor need not know where
            self._shown = [t for t in self._all if t.matches(self._search)]
        else:
            self._shown = [t for t in self._all
                           if self._category is None or t.category_id == self._category]
        self.endResetModel()

    @property
    def all_tiles(self) -> list[ProductTile]:
        return self._all

    def tile(self, row: int) -> ProductTile:
        return self._shown[row]

    def row_of(self, product_id: int) -> int:
        return next((i for i, t in enumerate(self._shown) if t.id == product_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        tile = self._shown[index.row()]
        if role == TileRole:
            return tile
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{product_name(tile.name_th, tile.name_en)} {baht(tile.price)}/{unit_label(tile.unit)}"
            return text + (" (" + tr("sold out") + ")" if tile.sold_out else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{tile.name_th} · {tile.name_en} · {tile.code}"
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # sold-out tiles stay tappable: the stock is weighed, it may be wrong
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TileDelegate(QStyledItemDelegate):
    """Paints a tile: picture, Thai name (two lines), price per unit."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pictures: dict[str, QPixmap] = {}
        self.name_font = QFont("Sarabun")
        self.name_font.setPixelSize(20)
        self.name_font.setWeight(QFont.Weight.DemiBold)
        self.price_font = QFont("Sarabun")
        self.price_font.setPixelSize(22)
        self.price_font.setWeight(QFont.Weight.Bold)
        self.badge_font = QFont("Sarabun")
        self.badge_font.setPixelSize(16)
        self.badge_font.setWeight(QFont.Weight.Bold)
        self.initial_font = QFont("Sarabun")
        self.initial_font.setPixelSize(54)
        self.initial_font.setWeight(QFont.Weight.Bold)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return QSize(TILE_W, TILE_H)

    def fitted_name_font(self, name: str, rect: QRect) -> QFont:
        """The name's font, a little smaller if needed so that it fits ``rect`` whole."""
        font = QFont(self.name_font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        while font.pixelSize() > 14:
            metrics = QFontMetrics(font)
            words_fit = all(metrics.horizontalAdvance(w) <= rect.width() for w in name.split())
            if words_fit and metrics.boundingRect(rect, flags, name).height() <= rect.height():
                break
            font.setPixelSize(font.pixelSize() - 1)
        return font

    def _picture(self, path: str, size: QSize) -> QPixmap | None:
        key = f"{path}@{size.width()}x{size.height()}"
        if key not in self._pictures:
            pixmap = QPixmap(path) if path else QPixmap()
            if not pixmap.isNull():
                pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                       Qt.TransformationMode.SmoothTransformation)
                x = (pixmap.width() - size.width()) // 2
                y = (pixmap.height() - size.height()) // 2
                pixmap = pixmap.copy(x, y, size.width(), size.height())
            self._pictures[key] = pixmap
        pixmap = self._pictures[key]
        return None if pixmap.isNull() else pixmap

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        tile: ProductTile = index.data(TileRole)
        if tile is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRect(option.rect).adjusted(6, 6, -6, -6)
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(card, 14, 14)
        painter.fillPath(path, QColor("#FFFFFF"))
        painter.setClipPath(path)
        picture_rect = QRect(card.left(), card.top(), card.width(), PICTURE_H)
        picture = self._picture(tile.picture, picture_rect.size())
        if picture is not None:
            painter.drawPixmap(picture_rect.topLeft(), picture)
        else:
            colour = _colour_for(tile.code)
            painter.fillRect(picture_rect, colour.lighter(160))
            painter.setFont(self.initial_font)
            painter.setPen(colour.darker(150))
            painter.drawText(picture_rect, Qt.AlignmentFlag.AlignCenter,
                             product_name(tile.name_th, tile.name_en)[:1])
        if tile.sold_by_weight:
            painter.setFont(self.badge_font)
            badge = QRect(picture_rect.right() - 62, picture_rect.top() + 6, 56, 26)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawRoundedRect(badge, 13, 13)
            painter.setPen(QColor("#1B5E20"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "⚖ " + unit_label("kg"))
        painter.setClipping(False)
        text_rect = QRect(card.left() + 10, picture_rect.bottom() + 4, card.width() - 20,
                          card.bottom() - picture_rect.bottom() - 40)
        painter.setFont(self.fitted_name_font(product_name(tile.name_th, tile.name_en), text_rect))
        painter.setPen(QColor("#1C2B1E"))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                        | Qt.TextFlag.TextWordWrap),
                         product_name(tile.name_th, tile.name_en))
        price_rect = QRect(card.left() + 10, card.bottom() - 38, card.width() - 20, 34)
        painter.setFont(self.price_font)
        painter.setPen(QColor("#2E7D32"))
        painter.drawText(price_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         baht(tile.price))
        painter.setFont(self.badge_font)
        painter.setPen(QColor("#4A5E4D"))
        painter.drawText(price_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         "/" + unit_label(tile.unit))
        if tile.sold_out:
            painter.fillPath(path, QColor(240, 240, 240, 170))
            painter.setFont(self.badge_font)
            badge = QRect(card.left() + 8, card.top() + 8, 72, 28)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#616161"))
            painter.drawRoundedRect(badge, 8, 8)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, tr("sold out"))
        pen = QPen(QColor("#2E7D32" if pressed else "#C8DCC9"), 4 if pressed else 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card, 14, 14)
        painter.restore()


class ProductGrid(QWidget):
    """Category buttons, the search box (and scanner input) and the tiles."""

    #: a tile was tapped, or a scanned code matched one
    tile_chosen = Signal(object)  # ProductTile
    #: Enter was pressed with a code that matches no product
    code_not_found = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sale_grid")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("sale_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._on_enter)
        self.search.installEventFilter(self)
        top.addWidget(self.search, 1)
        layout.addLayout(top)

        # the chips wrap onto a second row rather than being cut at the right
        self.category_bar = QWidget(self)
        self.category_bar.setObjectName("sale_category_bar")
        self._tabs_layout = FlowLayout(self.category_bar, spacing=8)
        layout.addWidget(self.category_bar)
        self._tab_group = QButtonGroup(self)
        self._tab_group.setExclusive(True)
        self._tab_group.idClicked.connect(self._on_tab)
        self.category_buttons: dict[int | None, QPushButton] = {}
        self._categories: list[CategoryTab] = []

        self.model = ProductTileModel(self)
        self.view = QListView(self)
        self.view.setObjectName("sale_tiles")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setGridSize(QSize(TILE_W, TILE_H))
        self.view.setSpacing(0)
        self.view.setWrapping(True)
        self.view.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setItemDelegate(TileDelegate(self.view))
        self.view.setModel(self.model)
        self.view.clicked.connect(self._on_clicked)
        self.view.viewport().installEventFilter(self)
        enable_swipe(self.view)
        layout.addWidget(self.view, 1)
        self.no_match = QLabel(self)
        self.no_match.setObjectName("sale_no_match")
        self.no_match.setProperty("role", "hint")
        self.no_match.setWordWrap(True)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.hide()
        layout.addWidget(self.no_match)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Alt+letter is a shortcut (or nothing), never text in the search box
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.modifiers() & (Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.MetaModifier)):
            return True
        # Share the spare width among the columns so the tiles fill the row
        # evenly at any screen size instead of leaving a gap on the right.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            width = self.view.viewport().width()
            columns = max(1, width // TILE_W)
            cell = QSize(max(TILE_W, (width - 1) // columns), TILE_H)  # exactly full wraps early
            if self.view.gridSize() != cell:
                self.view.setGridSize(cell)
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Search name or code, or scan"))
        self.search.setAccessibleName(tr("Search products"))
        self.view.setAccessibleName(tr("Products"))
        self._label_tabs()
        self._say_no_match()

    # -- data ----------------------------------------------------------------
    def set_data(self, categories: list[CategoryTab], tiles: list[ProductTile]) -> None:
        if [c.id for c in categories] != [c.id for c in self._categories]:
            self._build_tabs(categories)
        self._categories = categories
        current = self._tab_group.checkedId()
        self.model.set_tiles(tiles)
        self.model.set_filter(None if current < 0 else current)

    def _build_tabs(self, categories: list[CategoryTab]) -> None:
        for button in self.category_buttons.values():
            self._tab_group.removeButton(button)
            button.deleteLater()
        self.category_buttons = {}
        entries: list[tuple[int | None, str]] = [(None, "all")]
        entries += [(c.id, c.code) for c in categories]
        for category_id, code in entries:
            button = QPushButton(self.category_bar)
            button.setObjectName(f"sale_category_{code}")
            button.setCheckable(True)
            button.setProperty("role", "category")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._tab_group.addButton(button, -1 if category_id is None else category_id)
            self._tabs_layout.addWidget(button)
            self.category_buttons[category_id] = button
        self.category_buttons[None].setChecked(True)
        self._categories = categories
        self._label_tabs()

    def _label_tabs(self) -> None:
        if None in self.category_buttons:
            self.category_buttons[None].setText(tr("Popular"))
        for category in self._categories:
            button = self.category_buttons.get(category.id)
            if button is not None:
                button.setText(product_name(category.name_th, category.name_en))
        for button in self.category_buttons.values():
            button.setAccessibleName(button.text())

    # -- events --------------------------------------------------------------
    def _current_category(self) -> int | None:
        checked = self._tab_group.checkedId()
        return None if checked < 0 else checked

    def _on_tab(self, category_id: int) -> None:
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.model.set_filter(None if category_id < 0 else category_id, "")

    def _on_search(self, text: str) -> None:
        self.model.set_filter(self._current_category(), text)
        self._say_no_match()

    def _say_no_match(self) -> None:
        """A search that finds nothing says so (the grid alone would just be empty)."""
        text = self.search.text().strip()
        empty = bool(text) and self.model.rowCount() == 0
        self.no_match.setText(tr("No product matches {text}.").format(text=text) if empty else "")
        self.no_match.setVisible(empty)

    def _on_enter(self) -> None:
        """A scanner (or a vendor) typed a code and Enter: add that exact product."""
        code = self.search.text().strip()
        if not code:
            return
        tile = find_by_code(self.model.all_tiles, code)
        if tile is None:
            matches = [t for t in self.model.all_tiles if t.matches(code)]
            if len(matches) == 1:
                tile = matches[0]
        self.search.clear()
        if tile is None:
            self.code_not_found.emit(code)
        else:
            self.tile_chosen.emit(tile)

    def _on_clicked(self, index) -> None:
        if index.isValid():
            self.tile_chosen.emit(self.model.tile(index.row()))

    def tap(self, product_id: int) -> bool:
        """Tap the tile of ``product_id`` if it is shown (for tests and benchmarks)."""
        row = self.model.row_of(product_id)
        if row < 0:
            return False
        self.tile_chosen.emit(self.model.tile(row))
        return True

    def tile_rect(self, product_id: int) -> QRect:
        """Where that tile is on the view's viewport (to click it)."""
        row = self.model.row_of(product_id)
        return self.view.visualRect(self.model.index(row)) if row >= 0 else QRect()
