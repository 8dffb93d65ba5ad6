"""Taking the money: cash with quick notes and change, PromptPay QR, or both.

The panel only decides what the customer paid; it emits ``paid`` with a
``PaymentRequest`` and the screen commits the sale (one service call).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from kiosk import promptpay
from kiosk.errors import KioskError
from kiosk.money import Money
from kiosk.services.sale_rules import PaymentRequest
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import Keypad, MessageLine
from kiosk.ui.screen import size_to_current_page
from kiosk.ui.theme import set_size
from kiosk.ui.sale.labels import baht
from kiosk.ui.sale.qr import QrView

NOTES = (20, 50, 100, 500, 1000)
#: Thai banknote colours, so a vendor finds the note without reading
NOTE_COLOURS = {20: "#2E7D32", 50: "#1565C0", 100: "#C62828", 500: "#6A1B9A", 1000: "#6D4C41"}
CASH, PROMPTPAY = 0, 1


def masked_target(target: str) -> str:
    digits = "".join(c for c in target if c.isdigit())
    if len(digits) == 10:
        return f"{digits[:3]}-xxx-{digits[-4:]}"
    return f"x-xxxx-xxxxx-{digits[-3:-1]}-{digits[-1:]}" if len(digits) == 13 else target


class PaymentPanel(QWidget):
    """Total, the way of paying, and a confirm button that commits."""

    paid = Signal(object)  # PaymentRequest
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payment_panel")
        self.total = Money(0)
        self.received = Money(0)  # cash handed over
        self.promptpay_part = Money(0)
        self.target = ""
        self.max_amount: Money | None = None
        self._busy = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)

        # -- the top: total and the way of paying -----------------------------
        top = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("payment_back")
        self.back_button.clicked.connect(self.cancelled)
        top.addWidget(self.back_button)
        total_box = QVBoxLayout()
        self.total_caption = QLabel(self)
        self.total_caption.setProperty("role", "muted")
        self.total_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("payment_total")
        self.total_label.setProperty("role", "total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        total_box.addWidget(self.total_caption)
        total_box.addWidget(self.total_label)
        top.addLayout(total_box, 1)
        self.method_group = QButtonGroup(self)
        self.cash_tab = QPushButton(self)
        self.cash_tab.setObjectName("payment_method_cash")
        self.qr_tab = QPushButton(self)
        self.qr_tab.setObjectName("payment_method_promptpay")
        for method, button in ((CASH, self.cash_tab), (PROMPTPAY, self.qr_tab)):
            button.setCheckable(True)
            button.setProperty("role", "method")
            button.setMinimumSize(190, 72)
            self.method_group.addButton(button, method)
            top.addWidget(button)
        self.cash_tab.setChecked(True)
        self.method_group.idClicked.connect(self._on_method)
        outer.addLayout(top)

        self.error = MessageLine(self, name="payment_error")
        outer.addWidget(self.error)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_cash())
        self.pages.addWidget(self._build_promptpay())
        outer.addWidget(self.pages, 1)
        size_to_current_page(self.pages)
        self.retranslate()

    # -- cash -------------------------------------------------------------------------
    def _build_cash(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("payment_cash_page")
        row = QHBoxLayout(page)
        row.setSpacing(20)

        notes = QGridLayout()
        notes.setSpacing(12)
        self.note_buttons: dict[int, QPushButton] = {}
        for index, value in enumerate(NOTES):
            button = QPushButton(f"฿{value:,}", page)
            button.setObjectName(f"payment_note_{value}")
            button.setProperty("role", "note")
            button.setStyleSheet(
                f"QPushButton {{ background: {NOTE_COLOURS[value]}; color: white; font-size: 32px;"
                f" font-weight: 700; border: 3px solid rgba(0,0,0,60); border-radius: 14px; }}"
                f"QPushButton:pressed {{ background: #263238; }}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            set_size(button, "large")
            button.clicked.connect(lambda _=False, v=value: self.add_note(v))
            notes.addWidget(button, index // 2, index % 2)
            self.note_buttons[value] = button
        self.exact_button = QPushButton(page)
        self.exact_button.setObjectName("payment_exact")
        self.exact_button.setProperty("role", "exact")
        set_size(self.exact_button, "large")
        self.exact_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.exact_button.clicked.connect(self.pay_exact)
        notes.addWidget(self.exact_button, 2, 1)
        row.addLayout(notes, 5)

        self.cash_keypad = Keypad(page, allow_decimal=True, max_length=9, show_display=False,
                                  name="payment_keypad", decimals=2)
        self.cash_keypad.changed.connect(self._on_typed)
        self.cash_keypad.submitted.connect(lambda _t: self.confirm_cash())
        row.addWidget(self.cash_keypad, 4)

        figures = QVBoxLayout()
        figures.setSpacing(6)
        self.received_caption = QLabel(page)
        self.received_caption.setProperty("role", "muted")
        self.received_label = QLabel(page)
        self.received_label.setObjectName("payment_received")
        self.received_label.setProperty("role", "figure")
        self.change_caption = QLabel(page)
        self.change_caption.setObjectName("payment_change_caption")
        self.change_caption.setProperty("role", "muted")
        self.change_label = QLabel(page)
        self.change_label.setObjectName("payment_change")
        self.change_label.setProperty("role", "change")
        self.clear_received = QPushButton(page)
        self.clear_received.setObjectName("payment_clear")
        self.clear_received.clicked.connect(self.reset_cash)
        # "start again" beside "received": the column fits a 768 px screen with the split button
        received_row = QHBoxLayout()
        received_row.addWidget(self.clear_received)
        received_row.addWidget(self.received_caption, 1)
        figures.addLayout(received_row)
        for label in (self.received_caption, self.received_label, self.change_caption,
                      self.change_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if label is not self.received_caption:
                figures.addWidget(label)
        figures.addStretch(1)
        self.split_button = QPushButton(page)
        self.split_button.setObjectName("payment_split")
        self.split_button.setProperty("role", "split")
        self.split_button.clicked.connect(self.split_rest)
        figures.addWidget(self.split_button)
        self.cash_confirm = QPushButton(page)
        self.cash_confirm.setObjectName("payment_confirm_cash")
        self.cash_confirm.setProperty("role", "primary")
        set_size(self.cash_confirm, "large")
        self.cash_confirm.clicked.connect(self.confirm_cash)
        figures.addWidget(self.cash_confirm)
        row.addLayout(figures, 5)
        return page

    # -- PromptPay -------------------------------------------------------------------
    def _build_promptpay(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("payment_promptpay_page")
        row = QHBoxLayout(page)
        row.setSpacing(24)
        card = QFrame(page)
        card.setObjectName("payment_qr_card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 10, 16, 10)
        self.qr_brand = QLabel("PromptPay · พร้อมเพย์", card)
        self.qr_brand.setObjectName("payment_qr_brand")
        self.qr_brand.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout.addWidget(self.qr_brand)
        self.qr = QrView("payment_qr", card)
        card_layout.addWidget(self.qr, 1)
        self.qr_amount = QLabel(card)
        self.qr_amount.setObjectName("payment_qr_amount")
        self.qr_amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout.addWidget(self.qr_amount)
        self.qr_target = QLabel(card)
        self.qr_target.setObjectName("payment_qr_target")
        self.qr_target.setProperty("role", "muted")
        self.qr_target.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout.addWidget(self.qr_target)
        row.addWidget(card, 5)

        side = QVBoxLayout()
        side.setSpacing(14)
        self.qr_steps = QLabel(page)
        self.qr_steps.setObjectName("payment_qr_steps")
        self.qr_steps.setWordWrap(True)
        self.qr_steps.setProperty("role", "hint")
        side.addWidget(self.qr_steps)
        self.split_note = QLabel(page)
        self.split_note.setObjectName("payment_split_note")
        self.split_note.setProperty("role", "subheading")
        self.split_note.setWordWrap(True)
        side.addWidget(self.split_note)
        side.addStretch(1)
        self.qr_confirm = QPushButton(page)
        self.qr_confirm.setObjectName("payment_confirm_promptpay")
        self.qr_confirm.setProperty("role", "primary")
        set_size(self.qr_confirm, "huge")
        self.qr_confirm.clicked.connect(self.confirm_promptpay)
        side.addWidget(self.qr_confirm)
        row.addLayout(side, 4)
        return page

    def retranslate(self) -> None:
        self.back_button.setText("← " + tr("Back"))
        self.back_button.setAccessibleName(tr("Back to the cart"))
        self.total_caption.setText(tr("To pay"))
        self.cash_tab.setText(tr("Cash"))
        self.cash_tab.setAccessibleName(tr("Cash"))
        self.qr_tab.setText(tr("PromptPay"))
        self.qr_tab.setAccessibleName(tr("PromptPay"))
        for value, button in self.note_buttons.items():
            button.setAccessibleName(tr("{amount} baht note").format(amount=value))
        self.exact_button.setText(tr("Exact"))
        self.exact_button.setAccessibleName(tr("Customer gave the exact amount"))
        self.received_caption.setText(tr("Received"))
        self.clear_received.setText(tr("Start again"))
        self.clear_received.setAccessibleName(tr("Clear the cash received"))
        self.cash_confirm.setText("✓ " + tr("Cash received"))
        self.cash_confirm.setAccessibleName(tr("Cash received"))
        self.qr_confirm.setText("✓ " + tr("Customer paid"))
        self.qr_confirm.setAccessibleName(tr("Customer paid by PromptPay"))
        self.qr_steps.setText(tr("1. The customer scans with a bank app\n"
                                 "2. Look at the customer's phone: it must show success\n"
                                 "3. Then press the green button"))
        self.split_button.setAccessibleName(tr("Pay the rest by PromptPay"))
        self.qr_tab.setToolTip(tr("PromptPay"))
        self._refresh()

    # -- the screen drives these -------------------------------------------------------
    def start(self, total: Money, target: str, max_amount: Money | None = None) -> None:
        """A new payment of ``total``."""
        self.total = total
        self.target = target
        self.max_amount = max_amount
        self.promptpay_part = Money(0)
        self._busy = False
        self.show_error("")
        self.cash_tab.setChecked(True)
        self.pages.setCurrentIndex(CASH)
        self.reset_cash()

    def set_busy(self, busy: bool) -> None:
        """While committing, nothing can be pressed twice."""
        self._busy = busy
        self._refresh()

    def show_error(self, message: str) -> None:
        self.error.show_message(message)

    # -- cash ----------------------------------------------------------------------------
    def add_note(self, value: int) -> None:
        """A note handed over: the notes add up (100 + 20 = 120)."""
        self.received = self.received + Money.baht(value)
        self.cash_keypad.blockSignals(True)
        self.cash_keypad.set_value(self.received.plain().removesuffix(".00"))
        self.cash_keypad.blockSignals(False)
        self.show_error("")
        self._refresh()

    def pay_exact(self) -> None:
        self.received = self.total
        self.cash_keypad.blockSignals(True)
        self.cash_keypad.set_value(self.total.plain().removesuffix(".00"))
        self.cash_keypad.blockSignals(False)
        self.show_error("")
        self._refresh()

    def reset_cash(self) -> None:
        self.received = Money(0)
        self.cash_keypad.blockSignals(True)
        self.cash_keypad.clear()
        self.cash_keypad.blockSignals(False)
        self._refresh()

    def _on_typed(self, _text: str) -> None:
        # the keypad takes only what can still become a valid amount ("12." is 12 so far)
        text = self.cash_keypad.number()
        try:
            self.received = Money.parse(text) if text else Money(0)
        except KioskError as error:
            self.show_error(error.message)
            return
        self.show_error("")
        self._refresh()

    @property
    def cash_due(self) -> Money:
        return self.total - self.promptpay_part

    @property
    def change(self) -> Money:
        return self.received - self.cash_due

    def confirm_cash(self) -> None:
        if self._busy:
            return
        if self.received < self.total:
            self.show_error(tr("Not enough cash: {missing} more is needed.").format(
                missing=baht(self.total - self.received)))
            return
        self.paid.emit(PaymentRequest(cash_tendered=self.received, promptpay=Money(0)))

    def split_rest(self) -> None:
        """Cash received so far, the rest by PromptPay."""
        if not (Money(0) < self.received < self.total):
            return
        self._show_qr(self.total - self.received)

    # -- PromptPay ------------------------------------------------------------------------
    def _on_method(self, method: int) -> None:
        if method == PROMPTPAY:
            self.received = Money(0)
            self._show_qr(self.total)
        else:
            self.promptpay_part = Money(0)
            self.pages.setCurrentIndex(CASH)
            self.reset_cash()

    def _show_qr(self, amount: Money) -> None:
        try:
            text = promptpay.payload(self.target, amount, self.max_amount)
        except KioskError as error:
            self.promptpay_part = Money(0)
            self.cash_tab.setChecked(True)
            self.pages.setCurrentIndex(CASH)
            self.show_error(error.message)
            self._refresh()
            return
        self.promptpay_part = amount
        self.qr.set_payload(text)
        self.qr_tab.setChecked(True)
        self.pages.setCurrentIndex(PROMPTPAY)
        self.show_error("")
        self._refresh()

    def confirm_promptpay(self) -> None:
        if self._busy or not self.promptpay_part or not self.qr.payload:
            return
        cash = self.total - self.promptpay_part
        self.paid.emit(PaymentRequest(cash_tendered=cash, promptpay=self.promptpay_part))

    # -- what the labels say -------------------------------------------------------------
    def _refresh(self) -> None:
        self.total_label.setText(baht(self.total))
        self.received_label.setText(baht(self.received))
        short = self.received < self.total
        if short:
            self.change_caption.setText(tr("Still to pay"))
            self.change_label.setText(baht(self.total - self.received))
            self.change_label.setProperty("state", "short")
        else:
            self.change_caption.setText(tr("Change"))
            self.change_label.setText(baht(self.received - self.total))
            self.change_label.setProperty("state", "ok")
        self.change_label.style().unpolish(self.change_label)
        self.change_label.style().polish(self.change_label)
        self.cash_confirm.setEnabled(not self._busy and not short)
        self.qr_confirm.setEnabled(not self._busy and bool(self.promptpay_part))
        self.back_button.setEnabled(not self._busy)
        can_split = Money(0) < self.received < self.total
        self.split_button.setVisible(can_split)
        if can_split:
            # two lines: the amount must not widen the column (1024 px screens)
            self.split_button.setText(tr("Rest by PromptPay") + "\n" + baht(self.total - self.received))
        self.qr_amount.setText(baht(self.promptpay_part) if self.promptpay_part else "")
        self.qr_target.setText(tr("To {target}").format(target=masked_target(self.target)))
        if self.promptpay_part and self.promptpay_part != self.total:
            self.split_note.setText(tr("Cash {cash} + PromptPay {qr}").format(
                cash=baht(self.total - self.promptpay_part), qr=baht(self.promptpay_part)))
            self.split_note.show()
        else:
            self.split_note.hide()
