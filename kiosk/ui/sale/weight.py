"""The weight keypad: kg with up to 3 decimals, or an amount of baht turned into kg."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QDialog, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from kiosk.devices.scale_protocols import in_unit
from kiosk.errors import KioskError
from kiosk.money import LARGE_QUANTITY, Money, check_quantity, parse_quantity
from kiosk.services.cart import quantity_for_amount  # noqa: F401  (the one home; tests use it here)
from kiosk.services.catalog import ProductTile
from kiosk.ui import actions, dialogs
from kiosk.ui.devices import scale_monitor
from kiosk.ui.devices.scale_panel import ScalePanel
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import Keypad, MessageLine
from kiosk.ui.screen import Retranslates
from kiosk.ui.sale.labels import baht, product_name, quantity_text, unit_label

KG, BAHT = 0, 1


class WeightDialog(Retranslates, QDialog):
    """Ask how much of a weighed product; ``chosen(Decimal)`` when confirmed.

    Open it with ``open()`` (not ``exec()``): the sale screen keeps running and
    a test presses the keys on it like a vendor. With a scale set up its live
    weight shows above the keys (``scale``: the running monitor by default).
    """

    chosen = Signal(object)  # Decimal quantity in the product's unit, or Money when by money

    def __init__(self, tile: ProductTile, parent: QWidget | None = None,
                 start: Decimal | None = None,
                 scale: scale_monitor.ScaleMonitor | None | bool = True) -> None:
        super().__init__(parent)
        self.tile = tile
        self.setObjectName("weight_dialog")
        self.setModal(True)
        self.setWindowTitle(tr("How much?"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)

        self.heading = QLabel(self)
        self.heading.setObjectName("weight_heading")
        self.heading.setProperty("role", "subheading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)

        monitor = scale_monitor.current() if scale is True else scale or None
        self.scale_panel = (ScalePanel(monitor, self, name="weight_scale")
                            if monitor and in_unit(Decimal(1), tile.unit) is not None else None)
        if self.scale_panel is not None:
            self.scale_panel.taken.connect(self._take_scale)

        modes = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.kg_button = QPushButton(self)
        self.kg_button.setObjectName("weight_mode_kg")
        self.baht_button = QPushButton(self)
        self.baht_button.setObjectName("weight_mode_baht")
        for mode, button in ((KG, self.kg_button), (BAHT, self.baht_button)):
            button.setCheckable(True)
            button.setProperty("role", "segment")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.mode_group.addButton(button, mode)
            modes.addWidget(button)
        self.kg_button.setChecked(True)
        self.mode_group.idClicked.connect(self._on_mode)
        layout.addLayout(modes)

        self.keypad = Keypad(self, allow_decimal=True, max_length=8, name="weight_keypad",
                             decimals=3)
        self.keypad.changed.connect(self._preview)
        self.keypad.submitted.connect(self._submit)
        if self.scale_panel is None:
            layout.addWidget(self.keypad)
        else:  # beside the keys, not above them: the dialog still fits a 768 px screen
            keys_and_scale = QHBoxLayout()
            keys_and_scale.addWidget(self.keypad, 3)
            keys_and_scale.addWidget(self.scale_panel, 2)
            layout.addLayout(keys_and_scale)
            self.setMinimumWidth(680)

        self.preview = QLabel(self)
        self.preview.setObjectName("weight_preview")
        self.preview.setProperty("role", "subheading")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.preview)
        self.error = MessageLine(self, name="weight_error")
        layout.addWidget(self.error)

        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("weight_cancel")
        self.cancel_button.clicked.connect(self.reject)
        modes.addWidget(self.cancel_button)  # beside the modes: the dialog fits a 768 px screen
        self.retranslate()
        if start is not None:
            self.keypad.set_value(quantity_text(start, True))
        self._preview()

    def retranslate(self) -> None:
        unit = unit_label(self.tile.unit)
        self.heading.setText(f"{product_name(self.tile.name_th, self.tile.name_en)}  "
                             f"{baht(self.tile.price)}/{unit}")
        self.kg_button.setText(tr("By weight ({unit})").format(unit=unit))
        self.baht_button.setText(tr("By money (฿)"))
        self.kg_button.setAccessibleName(self.kg_button.text())
        self.baht_button.setAccessibleName(self.baht_button.text())
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.setWindowTitle(tr("How much?"))
        if hasattr(self, "preview"):
            self._show_preview()

    # -- what the keys mean ---------------------------------------------------------
    @property
    def mode(self) -> int:
        return self.mode_group.checkedId()

    def quantity(self) -> Decimal:
        """The quantity typed (raises InvalidInput with a Thai message if wrong)."""
        text = self.keypad.number()
        if self.mode == BAHT:
            amount = Money.parse(text)
            if amount.satang <= 0:
                raise KioskError(tr("The amount must be more than zero."))
            value = quantity_for_amount(amount, self.tile.price)
            if value <= 0:
                raise KioskError(tr("That amount is too small to weigh."))
            return value
        return check_quantity(parse_quantity(text), True)

    def _on_mode(self, mode: int) -> None:
        self.keypad.set_decimals(2 if mode == BAHT else 3)
        self.keypad.clear()

    def _preview(self, *_: object) -> None:
        """A key was pressed: the old message goes, the preview follows the entry."""
        self.error.show_message("")
        self._show_preview()

    def _show_preview(self) -> None:
        unit = unit_label(self.tile.unit)
        if not self.keypad.value():
            self.preview.setText(tr("Type the weight in {unit}").format(unit=unit)
                                 if self.mode == KG else tr("Type the amount in baht"))
            return
        try:
            value = self.quantity()
        except KioskError:
            self.preview.setText(" ")  # a blank line keeps its height: no key moves
            return
        amount = Money.parse(self.keypad.number()) if self.mode == BAHT else self.tile.price.times(value)
        self.preview.setText(f"{quantity_text(value, True)} {unit} = {baht(amount)}")

    def _take_scale(self, kg: Decimal) -> None:
        """The scale's steady weight, as if typed (no "is that right?": nobody typed it)."""
        try:
            value = check_quantity(in_unit(kg, self.tile.unit), True)
        except KioskError as error:
            self.error.show_message(error.message)
            return
        self.chosen.emit(value)
        self.accept()

    def _submit(self, _text: str = "") -> None:
        try:
            value = self.quantity()
        except KioskError as error:
            self.error.show_message(error.message,
                                    remake=lambda: actions.message_of(None, self.quantity))
            return
        if value > LARGE_QUANTITY and not dialogs.confirm(
                self, tr("{qty} {unit} is a lot. Is that right?").format(
                    qty=quantity_text(value, True), unit=unit_label(self.tile.unit)),
                yes=tr("Yes, that much")):
            return
        # by money the line charges exactly what was typed; the quantity follows from it
        self.chosen.emit(Money.parse(self.keypad.number()) if self.mode == BAHT else value)
        self.accept()
