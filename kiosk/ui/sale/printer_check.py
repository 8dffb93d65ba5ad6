"""Before the customer pays: is the receipt printer able to print?

When the sale screen turns to payment and receipts go to an ESC/POS
printer, the printer is asked its status on a worker thread; paper out,
cover open, offline or unreachable shows on the payment page while the
customer is still there, not after the sale. Nothing is blocked: the sale
can go on and the receipt be printed again later.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.printing.escpos_probe import Probe, probe
from kiosk.services.printer_settings import PrinterSettings, printer_settings
from kiosk.ui.i18n import tr

PAY = 1  # the sale screen's payment page (kiosk.ui.sale.sell_page)


class PrinterCheck(QObject):
    found = Signal(int, object)  # the check's number, its Probe

    def __init__(self, sale: QWidget) -> None:
        super().__init__(sale)
        self.sale = sale
        self.checks = 0
        self.threads: list[threading.Thread] = []
        self.found.connect(self._show)
        sale.pages.currentChanged.connect(self._on_page)

    def _on_page(self, index: int) -> None:
        if index != PAY:
            return
        config = printer_settings(self.sale.ctx.db)
        if config.kind != "escpos":
            return
        self.checks += 1
        thread = threading.Thread(target=self._ask, args=(self.checks, config), daemon=True)
        self.threads = [t for t in self.threads if t.is_alive()] + [thread]
        thread.start()

    def _ask(self, number: int, config: PrinterSettings) -> None:
        answer = probe(config)
        try:
            self.found.emit(number, answer)
        except RuntimeError:  # the sale screen closed (signed out) while the printer was asked
            pass

    def _show(self, number: int, answer: Probe) -> None:
        # only the latest check, and only while the customer is still paying
        problem = answer.problem()
        if problem and number == self.checks and self.sale.pages.currentIndex() == PAY:
            self.sale.payment.show_error(tr("The receipt will not print: {problem}").format(
                problem=problem))

    def wait(self, seconds: float = 5) -> None:
        for thread in self.threads:
            thread.join(seconds)


def attach(sale: QWidget) -> PrinterCheck:
    return PrinterCheck(sale)
