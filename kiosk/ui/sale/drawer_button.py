""""Open the cash drawer" in the day panel: a staff PIN and a reason, then the kick.

Shown only when the receipts go to an ESC/POS printer (the drawer hangs on
its drawer port). The opening is recorded with who approved it and why
before the printer is told (kiosk.services.drawer).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.services import drawer
from kiosk.services.printer_settings import printer_settings
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.printing import PrintRunner
from kiosk.ui.sale import receipts
from kiosk.ui.sale.approval import StaffPinDialog
from kiosk.ui.screen import Retranslates


def drawer_reasons() -> list[str]:
    return [tr("Change for a neighbour"), tr("Count the cash"), tr("Put in change money")]


class DrawerButton(Retranslates, QPushButton):
    def __init__(self, ctx: AppContext, printer: PrintRunner, parent: QWidget,
                 show: Callable[[str, str], None]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printer = printer
        self.show_message = show
        self.dialog: StaffPinDialog | None = None  # open now (for tests)
        self.setObjectName("day_open_drawer")
        self.clicked.connect(self.ask)
        self.setVisible(printer_settings(ctx.db).kind == "escpos")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(tr("Open the cash drawer"))
        self.setAccessibleName(tr("Open the cash drawer (staff PIN and a reason)"))

    def ask(self) -> None:
        dialog = StaffPinDialog(self.window(), lambda: tr("Open the cash drawer"), self._approve,
                                ask_reason=True, name="drawer", db=self.ctx.db,
                                reasons=drawer_reasons)
        dialog.done_with.connect(self._kick)
        self.dialog = dialog
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _approve(self, approval):  # noqa: ANN001, ANN202 - StaffPinDialog's Approval
        return drawer.approve_drawer_opening(self.ctx.db, self.ctx.who, approval.pin,
                                             approval.reason)

    def _kick(self, _approver: object) -> None:
        receipts.open_drawer(self.printer, self.ctx.db)
        self.show_message(tr("The cash drawer opens."), "ok")
