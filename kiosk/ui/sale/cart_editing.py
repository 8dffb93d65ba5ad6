"""The sale screen's cart editing: adding tiles, the line buttons, owner, price, discount.

A mixin of SaleScreen: every change makes a new ``Cart`` and hands it to
``set_cart`` (which repaints and parks it).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel

from kiosk.errors import KioskError
from kiosk.money import Money
from kiosk.services.cart import by_amount
from kiosk.services.catalog import ProductTile
from kiosk.ui import dialogs
from kiosk.ui.i18n import tr
from kiosk.ui.sale import staff_steps
from kiosk.ui.sale.cart_model import COL_MINUS, COL_NAME, COL_PLUS, COL_QTY, COL_REMOVE, can_lessen
from kiosk.ui.sale.sell_page import SELL
from kiosk.ui.sale.owner import OwnerDialog
from kiosk.ui.sale.weight import WeightDialog


class CartEditing:
    """What a tap on a tile or on the cart's tools does (mixed into SaleScreen)."""

    def add_tile(self, tile: ProductTile) -> None:
        """A tap on a tile: one unit, or the weight keypad for weighed produce."""
        if self.pages.currentIndex() != SELL:
            return
        if tile.sold_by_weight:
            dialog = WeightDialog(tile, self)
            dialog.chosen.connect(lambda qty, t=tile: self._add_line(t, qty))
            self.open_dialog(dialog)
            return
        self._add_line(tile, Decimal("1.000"))

    def _add_line(self, tile: ProductTile, quantity: Decimal | Money) -> None:
        try:
            owner = self.default_owners.get(tile.id)
            if isinstance(quantity, Money):  # by money: the amount typed is the line's amount
                cart = self.cart.add(by_amount(tile.line(Decimal("1.000"), owner), quantity))
            else:
                cart = self.cart.add(tile.line(quantity, owner))
        except KioskError as error:
            dialogs.show_error(self, error.message)
            return
        self.set_cart(cart)
        row = next((i for i, line in enumerate(cart.lines) if line.product_id == tile.id
                    and not line.overridden and line.owner_participant_id == owner), -1)
        if tile.sold_by_weight or row < 0:
            row = len(cart.lines) - 1
        self.cart_view.selectionModel().setCurrentIndex(
            self.cart_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.cart_view.scrollTo(self.cart_model.index(row, 0))

    def _on_cart_clicked(self, index) -> None:
        row, column = index.row(), index.column()
        line = self.cart.lines[row]
        try:
            if column == COL_REMOVE:
                self.set_cart(self.cart.remove(row))
            elif column == COL_PLUS and not line.sold_by_weight:
                self.set_cart(self.cart.set_quantity(row, line.quantity + 1))
            elif column == COL_MINUS and can_lessen(line):
                self.set_cart(self.cart.set_quantity(row, line.quantity - 1))
            elif line.sold_by_weight and column in (COL_NAME, COL_QTY, COL_PLUS):
                self._edit_weight(row)
        except KioskError as error:
            dialogs.show_error(self, error.message)
        self._refresh_tools()

    def _edit_weight(self, row: int) -> None:
        line = self.cart.lines[row]
        tile = next((t for t in self.grid.model.all_tiles if t.id == line.product_id), None)
        if tile is None:
            return
        dialog = WeightDialog(tile, self, start=line.quantity)
        dialog.chosen.connect(lambda qty, r=row: self._set_quantity(r, qty))
        self.open_dialog(dialog)

    def _set_quantity(self, row: int, quantity: Decimal | Money) -> None:
        try:
            if isinstance(quantity, Money):
                self.set_cart(self.cart.set_amount(row, quantity))
            else:
                self.set_cart(self.cart.set_quantity(row, quantity))
        except KioskError as error:
            dialogs.show_error(self, error.message)

    def selected_row(self) -> int:
        rows = self.cart_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        self.cart_view.selectRow(row)

    def clear_cart(self) -> None:
        if self.cart.is_empty:
            return
        if dialogs.confirm(self, tr("Remove everything from the cart?"), yes=tr("Clear the cart")):
            self.set_cart(self.cart.cleared())

    def choose_owner(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        dialog = OwnerDialog(self, self.owners, self.cart.lines[row].owner_participant_id)
        dialog.chosen.connect(lambda pid, r=row: self.set_cart(self.cart.set_owner(r, pid)))
        self.open_dialog(dialog)

    def override_price(self) -> None:
        self._change_line("price_override")

    def give_discount(self) -> None:
        self._change_line("discount")

    def _change_line(self, kind: str) -> None:
        staff_steps.change_line(self, kind)
