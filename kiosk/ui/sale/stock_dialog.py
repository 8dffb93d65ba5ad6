"""The "Stock" dialog of the sale screen: receive consignments, record waste, count stock.

Products are listed with their stock and whose produce they are now; the
right side is a small form with the shared keypad. Vendors may receive
consignments; waste and counts need a staff sign-in. Each OK is one call to
kiosk.services.stock_forms (one unit of work, audited).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from kiosk.errors import KioskError
from kiosk.services import people, stock_forms
from kiosk.money import LARGE_QUANTITY, parse_quantity
from kiosk.services.stock_forms import StockChange, StockRow
from kiosk.topics import Topic
from kiosk.ui import dialogs
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.rows_model import RowsTableModel
from kiosk.ui.theme import enable_swipe
from kiosk.ui.keypad import Keypad
from kiosk.ui.sale.labels import product_name, quantity_text, unit_label
from kiosk.ui.sale.owner import OwnerDialog
from kiosk.ui.sale.style import SALE_STYLE

CONSIGNMENT, WASTE, COUNT = "consignment", "waste", "count"
MODES = (CONSIGNMENT, WASTE, COUNT)
ROW_HEIGHT = 56


def signed(value: Decimal, sold_by_weight: bool) -> str:
    text = quantity_text(abs(value), sold_by_weight)
    return f"+{text}" if value >= 0 else f"−{text}"


class StockTableModel(RowsTableModel[StockRow]):
    """Products with their recorded stock and whose produce they are now."""

    def row_of(self, product_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.product_id == product_id), -1)

    def headers(self) -> list[str]:
        return [tr("Product"), tr("In stock"), tr("Whose produce")]

    def cell(self, row: StockRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return product_name(row.name_th, row.name_en)
            if column == 1:
                return f"{quantity_text(row.level, row.sold_by_weight)} {unit_label(row.unit)}"
            return row.owner_name or tr("Plot (programme)")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row.level <= 0:
            return QColor("#B71C1C")
        if role == Qt.ItemDataRole.FontRole and column == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None


class StockDialog(QDialog):
    """Pick a product on the left, an action and a quantity on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = CONSIGNMENT
        self.participant_id: int | None = None
        self.owners: dict[int, str] = {}
        self.last_change: StockChange | None = None
        self.owner_dialog: OwnerDialog | None = None
        self.setObjectName("stock_dialog")
        self.setModal(True)
        self.setStyleSheet(SALE_STYLE)  # segments and tool buttons as on the sale screen
        dialogs.fit_to_screen(self, 1200, 740)
        root = QHBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(20)

        left = QVBoxLayout()
        left.setSpacing(10)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("stock_heading")
        self.heading.setProperty("role", "heading")
        top.addWidget(self.heading, 1)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("stock_close")
        self.close_button.setMinimumWidth(140)
        self.close_button.clicked.connect(self.accept)
        top.addWidget(self.close_button)
        left.addLayout(top)
        self.product_label = QLabel(self)
        self.product_label.setObjectName("stock_product")
        self.product_label.setProperty("role", "subheading")
        self.product_label.setWordWrap(True)
        left.addWidget(self.product_label)
        self.model = StockTableModel(self)
        self.table = QTableView(self)
        enable_swipe(self.table)
        self.table.setObjectName("stock_table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._refresh_form())
        left.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("stock_message")
        self.message.setWordWrap(True)
        self.message.hide()
        left.addWidget(self.message)
        root.addLayout(left, 3)

        side = QVBoxLayout()
        side.setSpacing(10)
        modes = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        for index, mode in enumerate(MODES):
            button = QPushButton(self)
            button.setObjectName(f"stock_mode_{mode}")
            button.setCheckable(True)
            button.setProperty("role", "segment")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.mode_group.addButton(button, index)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        self.mode_buttons[CONSIGNMENT].setChecked(True)
        self.mode_group.idClicked.connect(lambda i: self.set_mode(MODES[i]))
        for mode in (WASTE, COUNT):
            self.mode_buttons[mode].setEnabled(ctx.who.is_staff)
        side.addLayout(modes)

        self.owner_button = QPushButton(self)
        self.owner_button.setObjectName("stock_owner")
        self.owner_button.clicked.connect(self.choose_participant)
        side.addWidget(self.owner_button)
        self.reasons = QHBoxLayout()
        self.reason_buttons: list[QPushButton] = []
        for key in ("wilted", "damaged", "given"):
            button = QPushButton(self)
            button.setObjectName(f"stock_reason_{key}")
            button.setProperty("role", "tool")
            button.clicked.connect(lambda _=False, b=button: self.note.setText(b.text()))
            self.reasons.addWidget(button)
            self.reason_buttons.append(button)
        side.addLayout(self.reasons)

        self.prompt = QLabel(self)
        self.prompt.setObjectName("stock_prompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        side.addWidget(self.prompt)
        self.keypad = Keypad(self, allow_decimal=True, max_length=8, name="stock_keypad")
        self.keypad.submitted.connect(self.submit)
        side.addWidget(self.keypad, 1)
        self.note = QLineEdit(self)
        self.note.setObjectName("stock_note")
        self.note.setMaxLength(stock_forms.MAX_NOTE)
        side.addWidget(self.note)
        root.addLayout(side, 2)

        ctx.bus.changed.connect(self._on_changed)
        self.reload()
        self.retranslate()
        if self.model.rowCount():
            self.table.selectRow(0)

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(stock_forms.stock_rows(self.ctx.db))
        self.owners = {p.id: p.display_name
                       for p in people.list_participants(self.ctx.db, include_inactive=False)}
        if selected is not None and (row := self.model.row_of(selected.product_id)) >= 0:
            self.table.selectRow(row)
        self._refresh_form()

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & {Topic.STOCK, Topic.CATALOG, Topic.PARTICIPANTS}:
            self.reload()

    def selected(self) -> StockRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_product(self, product_id: int) -> None:
        self.table.selectRow(self.model.row_of(product_id))

    # -- the form --------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        if mode != CONSIGNMENT and not self.ctx.who.is_staff:
            mode = CONSIGNMENT
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.keypad.clear()
        self.note.clear()
        self.message.hide()
        self._refresh_form()

    def set_participant(self, participant_id: int | None) -> None:
        self.participant_id = participant_id
        self._refresh_form()

    def choose_participant(self) -> None:
        dialog = OwnerDialog(self, self.owners, self.participant_id)
        dialog.buttons[None].hide()  # consignments always belong to a participant
        dialog.chosen.connect(self.set_participant)
        dialog.finished.connect(lambda *_: setattr(self, "owner_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        self.owner_dialog = dialog
        dialog.open()

    def _refresh_form(self) -> None:
        row = self.selected()
        consignment = self.mode == CONSIGNMENT
        self.owner_button.setVisible(consignment)
        for button in self.reason_buttons:
            button.setVisible(self.mode == WASTE)
        self.note.setVisible(self.mode != COUNT)
        self.note.setPlaceholderText(tr("Reason (needed for waste)") if self.mode == WASTE
                                     else tr("Note (optional)"))
        self.keypad.setEnabled(row is not None)
        if row is None:
            self.product_label.setText(tr("Choose a product on the left"))
            self.prompt.setText("")
        else:
            unit = unit_label(row.unit)
            self.product_label.setText(tr("{name}: {level} {unit} in stock").format(
                name=product_name(row.name_th, row.name_en),
                level=quantity_text(row.level, row.sold_by_weight), unit=unit))
            self.prompt.setText({
                CONSIGNMENT: tr("How much did they bring? ({unit})"),
                WASTE: tr("How much is thrown away? ({unit})"),
                COUNT: tr("How much is there now? ({unit})"),
            }[self.mode].format(unit=unit))
        name = self.owners.get(self.participant_id or 0, "")
        self.owner_button.setText(tr("Whose produce: {name}").format(name=name) if name
                                  else tr("Whose produce? Tap to choose"))
        self.owner_button.setAccessibleName(tr("Whose produce"))

    def submit(self, _text: str = "") -> None:
        """OK on the keypad: one service call for the chosen action."""
        row = self.selected()
        if row is None:
            return
        text = self.keypad.value()
        try:
            if row.sold_by_weight and self.mode != COUNT:
                amount = parse_quantity(text or "0", allow_zero=True)
                if amount > LARGE_QUANTITY and not dialogs.confirm(
                        self, tr("{qty} {unit} is a lot. Is that right?").format(
                            qty=text, unit=unit_label(row.unit)), yes=tr("Yes, that much")):
                    return
            if self.mode == CONSIGNMENT:
                change = stock_forms.receive_consignment(
                    self.ctx.db, self.ctx.who, self.participant_id or 0, row.product_id, text,
                    self.note.text())
            elif self.mode == WASTE:
                change = stock_forms.record_waste(self.ctx.db, self.ctx.who, row.product_id, text,
                                                  self.note.text())
            else:
                change = stock_forms.record_count(self.ctx.db, self.ctx.who, row.product_id, text)
        except KioskError as error:
            self._message(False, error.message)
            return
        self.last_change = change
        self.keypad.clear()
        self.note.clear()
        self.reload()
        self._message(True, tr("Saved: {name} {change} {unit}, now {level} {unit}.").format(
            name=product_name(row.name_th, row.name_en),
            change=signed(change.quantity, row.sold_by_weight), unit=unit_label(row.unit),
            level=quantity_text(change.level_after, row.sold_by_weight)))

    def _message(self, ok: bool, text: str) -> None:
        self.message.setText(("✓ " if ok else "⚠ ") + text)
        self.message.setProperty("role", "" if ok else "error")
        self.message.setStyleSheet("font-size: 20px; color: #1B5E20; font-weight: 600;" if ok else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(tr("Stock"))
        self.heading.setText(tr("Stock"))
        names = {CONSIGNMENT: tr("Consignment in"), WASTE: tr("Waste"), COUNT: tr("Count")}
        for mode, button in self.mode_buttons.items():
            button.setText(names[mode])
            button.setAccessibleName(names[mode])
        if not self.ctx.who.is_staff:
            for mode in (WASTE, COUNT):
                self.mode_buttons[mode].setToolTip(tr("Staff only"))
        for button, text in zip(self.reason_buttons, (tr("Wilted"), tr("Damaged"),
                                                      tr("Given away"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.note.setAccessibleName(tr("Reason or note"))
        self.table.setAccessibleName(tr("Products in stock"))
        self.close_button.setText(tr("Close"))
        self.close_button.setAccessibleName(tr("Close"))
        self.model.retranslate()
        self._refresh_form()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
