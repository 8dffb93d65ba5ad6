"""After the sale: the change in huge type, the receipt number, print and next sale."""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.services.sale_results import SaleResult
from kiosk.ui.i18n import tr
from kiosk.ui.sale.labels import baht, product_name
from kiosk.ui.theme import set_size


log = logging.getLogger(__name__)

#: taps this soon after the sale are the second half of a double tap on "receive cash"
TAP_GUARD_MS = 700


class DonePanel(QWidget):
    new_sale = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done_panel")
        self.sale: SaleResult | None = None
        self._shown = QElapsedTimer()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(10)
        layout.addStretch(1)
        self.tick = QLabel("✓", self)
        self.tick.setObjectName("done_tick")
        self.caption = QLabel(self)
        self.caption.setObjectName("done_caption")
        self.caption.setProperty("role", "heading")
        self.change_caption = QLabel(self)
        self.change_caption.setObjectName("done_change_caption")
        self.change_caption.setProperty("role", "subheading")
        self.change = QLabel(self)
        self.change.setObjectName("done_change")
        self.number = QLabel(self)
        self.number.setObjectName("done_number")
        self.warning = QLabel(self)
        self.warning.setObjectName("done_warning")
        self.warning.setWordWrap(True)
        self.print_status = QLabel(self)
        self.print_status.setObjectName("done_print_status")
        self.print_status.setWordWrap(True)
        for label in (self.tick, self.caption, self.change_caption, self.change, self.number,
                      self.warning, self.print_status):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(20)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("done_print")
        set_size(self.print_button, "large")
        self.print_button.clicked.connect(self.print_requested)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("done_new_sale")
        self.next_button.setProperty("role", "primary")
        set_size(self.next_button, "large")
        self.next_button.setStyleSheet("font-size: 30px;")
        self.print_button.setStyleSheet("font-size: 26px;")
        self.next_button.clicked.connect(lambda: self._guarded(self.new_sale))
        buttons.addStretch(1)
        buttons.addWidget(self.print_button, 2)
        buttons.addWidget(self.next_button, 3)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(tr("Sale saved"))
        if self.sale is not None:
            self._describe()
        self._say_print_status()
        self.next_button.setText(tr("Next customer") + " →")
        self.next_button.setAccessibleName(tr("Next customer"))
        self.print_button.setAccessibleName(tr("Print receipt"))
        self._label_print_button()

    def _label_print_button(self) -> None:
        failed = self.print_status.property("state") == "error"
        self.print_button.setText((tr("Print again") if failed else tr("Print receipt")))

    def _guarded(self, signal) -> None:  # noqa: ANN001 - a bound Signal
        """Emit ``signal`` unless the change has only just been shown."""
        if self._shown.isValid() and not self._shown.hasExpired(TAP_GUARD_MS):
            return
        signal.emit()

    def show_sale(self, sale: SaleResult, receipt_mode: str) -> None:
        self.sale = sale
        self._mode = receipt_mode
        self._shown.start()
        self.print_status.setProperty("state", "")
        self._describe()

    def _describe(self) -> None:
        """The change, the number and the prompts of the sale on show, in today's language."""
        sale, receipt_mode = self.sale, self._mode
        if sale.change:
            self.change_caption.setText(tr("Give change"))
            self.change.setText(baht(sale.change))
            self.change_caption.show()
            self.change.show()
        else:
            self.change_caption.setText(tr("No change"))
            self.change.hide()
        self.number.setText(tr("Receipt {number} · {total} · {how}").format(
            number=sale.number, total=baht(sale.total), how=payment_words(sale.payment_label)))
        if sale.stock_warnings:
            names = ", ".join(product_name(w.name_th, w.name_en) for w in sale.stock_warnings)
            self.warning.setText("⚠ " + tr("Sold more than the recorded stock: {names}. "
                                           "Tell staff to count it.").format(names=names))
            self.warning.show()
        else:
            self.warning.hide()
        if not self.print_status.property("state"):  # what the printer said stays as said
            self.print_status.setText(tr("Customer wants a receipt? Press print.")
                                      if receipt_mode == "ask" else "")
            self.print_status.setVisible(receipt_mode == "ask")
            self.print_button.setVisible(receipt_mode != "never")
        self._repolish()

    def printing(self) -> None:
        self.print_status.setProperty("state", "busy")
        self._say_print_status()
        self.print_status.show()
        self.print_button.show()
        self._repolish()

    def printed(self, message: str) -> None:
        """What the printer said, kept as "saved" or "printed" to be said again after a switch."""
        self.print_status.setProperty("state", "ok")
        self._saved = message == tr("Receipt saved.")  # the PDF folder, not paper
        self._say_print_status(message)
        self._repolish()

    def print_failed(self, message: str) -> None:
        """One plain sentence with the way out; what the printer said goes to the log."""
        log.warning("receipt did not print: %s", message)
        self.print_status.setProperty("state", "error")
        self._say_print_status()
        self.print_status.show()
        self.print_button.show()
        self._repolish()

    def _say_print_status(self, printed: str = "") -> None:
        """The print line in today's language (it is said again after a language switch)."""
        state = self.print_status.property("state")
        if state == "busy":
            self.print_status.setText(tr("Printing…"))
        elif state == "ok":
            again = tr("Receipt saved.") if getattr(self, "_saved", False) else tr("Receipt printed.")
            self.print_status.setText("✓ " + (printed or again))
        elif state == "error":
            self.print_status.setText("⚠ " + tr("The receipt did not print, but the sale is done.")
                                      + "\n" + tr('Check that the printer is on and has paper, '
                                                   'then press "Print again". If it still does '
                                                   'not print, tell the staff.'))

    def _repolish(self) -> None:
        self._label_print_button()
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)


def payment_words(label: str) -> str:
    return {"cash": tr("cash"), "promptpay": tr("PromptPay"), "split": tr("cash + PromptPay")}.get(
        label, label)
