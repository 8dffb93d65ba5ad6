"""The cart as a table: a QAbstractTableModel adapter over the immutable Cart.

The screen owns the Cart value; after each change it hands the new one to
``set_cart``, which tells the view exactly which rows changed (an added
line is one inserted row, a +1 is one changed row), so a tap repaints one row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.services.cart import Cart, CartLine
from kiosk.ui.i18n import tr
from kiosk.ui.sale.labels import baht, product_name, quantity_text, unit_label

COL_NAME, COL_QTY, COL_AMOUNT, COL_MINUS, COL_PLUS, COL_REMOVE = range(6)
BUTTON_PX = 48  # each −/+/✕ circle is a 48 px touch target ...
BUTTON_GAP_PX = 8  # ... with a gap to its neighbour
BUTTON_COLUMN_PX = BUTTON_PX + BUTTON_GAP_PX
COLUMNS = 6
LineRole = Qt.ItemDataRole.UserRole + 1
OwnerRole = Qt.ItemDataRole.UserRole + 2
ROW_HEIGHT = 68


class CartTableModel(QAbstractTableModel):
    """Rows are cart lines; the last three columns are the −, + and ✕ buttons."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cart = Cart()
        self._owners: dict[int, str] = {}  # participant id -> name

    @property
    def cart(self) -> Cart:
        return self._cart

    def set_owner_names(self, owners: dict[int, str]) -> None:
        self._owners = dict(owners)
        if self._cart.lines:
            self.dataChanged.emit(self.index(0, COL_NAME),
                                  self.index(len(self._cart.lines) - 1, COL_NAME))

    def owner_name(self, participant_id: int | None) -> str:
        if participant_id is None:
            return tr("Plot")
        return self._owners.get(participant_id, tr("Participant {n}").format(n=participant_id))

    def set_cart(self, cart: Cart) -> None:
        old, new = self._cart.lines, cart.lines
        if len(new) == len(old) + 1 and new[:-1] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(old))
            self._cart = cart
            self.endInsertRows()
        elif len(new) == len(old) - 1 and _removed_one(old, new) is not None:
            row = _removed_one(old, new)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._cart = cart
            self.endRemoveRows()
        elif len(new) == len(old):
            self._cart = cart
            changed = [i for i, (a, b) in enumerate(zip(old, new)) if a != b]
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0),
                                      self.index(max(changed), COLUMNS - 1))
        else:
            self.beginResetModel()
            self._cart = cart
            self.endResetModel()

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._cart.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_NAME: tr("Item"), COL_QTY: tr("Qty x price"), COL_AMOUNT: tr("Amount")}.get(
            section, "")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cart.lines):
            return None
        line = self._cart.lines[index.row()]
        column = index.column()
        if role == LineRole:
            return line
        if role == OwnerRole:
            return self.owner_name(line.owner_participant_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return product_name(line.name_th, line.name_en)
            if column == COL_QTY:
                return line_quantity_text(line)
            if column == COL_AMOUNT:
                return baht(line.amount)
            if column == COL_MINUS and not can_lessen(line):
                return ""  # not offered: a tap would be refused
            return {COL_MINUS: "−", COL_PLUS: "+", COL_REMOVE: "✕"}[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return {COL_MINUS: tr("One less"), COL_PLUS: tr("One more"),
                    COL_REMOVE: tr("Remove line")}.get(column) or self.data(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column >= COL_MINUS:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _removed_one(old: tuple[CartLine, ...], new: tuple[CartLine, ...]) -> int | None:
    for row in range(len(old)):
        if old[:row] + old[row + 1:] == new:
            return row
    return None


def can_lessen(line: CartLine) -> bool:
    """Whether "one less" applies: a unit line of two or more."""
    return not line.sold_by_weight and line.quantity > 1


def line_quantity_text(line: CartLine) -> str:
    """"2 กำ × ฿10", "1 หัว × ฿35" or "0.350 กก. × ฿60": the product's own unit, always."""
    quantity = quantity_text(line.quantity, line.sold_by_weight)
    return f"{quantity} {unit_label(line.unit)} × {baht(line.unit_price)}"


class CartDelegate(QStyledItemDelegate):
    """Name over quantity (and owner, overrides), the amount, round −/+/✕ buttons."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.big = QFont("Sarabun")
        self.big.setPixelSize(21)
        self.big.setWeight(QFont.Weight.DemiBold)
        self.small = QFont("Sarabun")
        self.small.setPixelSize(16)
        self.small.setWeight(QFont.Weight.DemiBold)
        self.qty = QFont("Sarabun")
        self.qty.setPixelSize(18)
        self.amount = QFont("Sarabun")
        self.amount.setPixelSize(22)
        self.amount.setWeight(QFont.Weight.Bold)
        self.button = QFont("Sarabun")
        self.button.setPixelSize(26)
        self.button.setWeight(QFont.Weight.Bold)

    def amount_font(self, text: str, width: int) -> QFont:
        """The amount's font, smaller for a large amount: an amount is never clipped."""
        font = QFont(self.amount)
        while QFontMetrics(font).horizontalAdvance(text) > width and font.pixelSize() > 10:
            font.setPixelSize(font.pixelSize() - 1)
        return font

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return QSize(60, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        line: CartLine | None = index.data(LineRole)
        if line is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor("#DCEFDD") if selected else QColor("white"))
        painter.setPen(QColor("#E3ECE3"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        column = index.column()
        inner = rect.adjusted(10, 4, -8, -4)
        if column == COL_NAME:
            painter.setFont(self.big)
            painter.setPen(QColor("#1C2B1E"))
            top = QRect(inner.left(), inner.top(), inner.width(), inner.height() // 2 + 4)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             painter.fontMetrics().elidedText(index.data(), Qt.TextElideMode.ElideRight,
                                                              top.width()))
            bottom = QRect(inner.left(), top.bottom() + 2, inner.width(), inner.bottom() - top.bottom())
            painter.setFont(self.qty)
            painter.setPen(QColor("#33691E") if line.sold_by_weight else QColor("#1C2B1E"))
            quantity = line_quantity_text(line)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), quantity)
            used = painter.fontMetrics().horizontalAdvance(quantity + "  ")
            notes = []
            if line.owner_participant_id is not None:
                notes.append(index.data(OwnerRole))
            if line.list_price is not None:
                notes.append(tr("price changed"))
            if line.discount:
                notes.append(tr("discount {amount}").format(amount=baht(line.discount)))
            if notes:
                painter.setFont(self.small)
                painter.setPen(QColor("#8D4E00") if line.overridden else QColor("#1565C0"))
                rest = bottom.adjusted(used, 1, 0, 0)
                painter.drawText(rest, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                                 painter.fontMetrics().elidedText(" · ".join(notes),
                                                                  Qt.TextElideMode.ElideRight,
                                                                  rest.width()))
        elif column == COL_QTY:
            painter.setFont(self.big)
            painter.setPen(QColor("#1C2B1E"))
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             index.data())
        elif column == COL_AMOUNT:
            painter.setFont(self.amount_font(index.data(), inner.width()))
            painter.setPen(QColor("#1B5E20"))
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             index.data())
        else:
            if column == COL_MINUS and not can_lessen(line):
                painter.restore()
                return
            if column == COL_PLUS and line.sold_by_weight:
                text = "⚖"
            else:
                text = index.data()
            size = min(BUTTON_PX, min(rect.width(), rect.height()) - BUTTON_GAP_PX)
            circle = QRect(0, 0, size, size)
            circle.moveCenter(rect.center())
            fill = {COL_MINUS: "#FFF3E0", COL_PLUS: "#E8F5E9", COL_REMOVE: "#FFEBEE"}[column]
            ink = {COL_MINUS: "#E65100", COL_PLUS: "#1B5E20", COL_REMOVE: "#B71C1C"}[column]
            painter.setPen(QColor(ink))
            painter.setBrush(QColor(fill))
            painter.drawEllipse(circle)
            painter.setFont(self.button)
            painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
