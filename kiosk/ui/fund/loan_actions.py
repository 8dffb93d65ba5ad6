"""Corrections on the loan view (staff): reverse a repayment, reverse a write-off,
cancel a loan. The journal's Reverse refuses these entries: they are undone here,
through the loan, so the loan's schedule and the books never disagree. The
services (kiosk.services.loan_reversals) decide what is allowed; this row only
offers what can apply, asks first, and shows the service's answer."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.dates import format_date_numeric, today
from kiosk.services import confirm_rules, fund_bounds, loan_reversals
from kiosk.services.loan_views import LoanView, PaymentLine
from kiosk.ui import actions
from kiosk.ui.context import AppContext
from kiosk.ui.fund import confirm
from kiosk.ui.i18n import tr
from kiosk.ui.kit.named import named as _name


class LoanActions(QWidget):
    """A reason, the corrections that apply to the loan shown, and what happened."""

    def __init__(self, ctx: AppContext, done: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.done = done  # the view reads the loan again after a correction
        self.loan: LoanView | None = None
        self.payment: PaymentLine | None = None
        self.message = ""  # the last outcome, kept until the choice changes
        self.failed = False
        self.reason = QLineEdit(self)
        self.reason.setMinimumHeight(52)
        self.reason.setMaxLength(fund_bounds.TEXT_MAX)
        self.reverse_repayment_button = self._button()
        self.reverse_write_off_button = self._button()
        self.cancel_button = self._button()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        # one row for the reason and the buttons: the loan view must fit 1280x800 whole
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reason, 1)
        row.addWidget(self.reverse_repayment_button)
        row.addWidget(self.reverse_write_off_button)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.reason.textChanged.connect(lambda _t: self.update_state())
        self.reverse_repayment_button.clicked.connect(self.reverse_repayment)
        self.reverse_write_off_button.clicked.connect(self.reverse_write_off)
        self.cancel_button.clicked.connect(self.cancel_loan)
        if not ctx.who.is_staff:  # corrections are for staff and admins
            self.hide()
        self.retranslate()

    def _button(self) -> QPushButton:
        button = QPushButton(self)
        button.setMinimumHeight(56)
        button.setProperty("role", "danger")
        return button

    def retranslate(self) -> None:
        _name(self, "fund_loan_actions", tr("Loan corrections"))
        _name(self.reason, "fund_loan_reason", tr("Reason for the reversal"))
        self.reason.setPlaceholderText(tr("Reason for the reversal"))
        for button, object_name, text in (
                (self.reverse_repayment_button, "fund_loan_reverse_repayment",
                 tr("Reverse this repayment")),
                (self.reverse_write_off_button, "fund_loan_reverse_write_off",
                 tr("Reverse the write-off")),
                (self.cancel_button, "fund_loan_cancel", tr("Cancel this loan"))):
            _name(button, object_name, text)
            button.setText(text)
        _name(self.hint, "fund_loan_actions_hint", tr("Loan corrections"))
        self.message = ""
        self.update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what applies ---------------------------------------------------------------------
    def set_loan(self, loan: LoanView | None, payment: PaymentLine | None = None) -> None:
        """The loan shown and the repayment chosen in its list (if any)."""
        if loan is None or self.loan is None or loan.status.id != self.loan.status.id \
                or payment != self.payment:
            self.message = ""
        self.loan, self.payment = loan, payment
        self.update_state()

    def update_state(self) -> None:
        loan, payment = self.loan, self.payment
        has_payments = loan is not None and any(not p.reversed for p in loan.payments)
        self.reverse_repayment_button.setVisible(has_payments)
        self.reverse_write_off_button.setVisible(
            loan is not None and loan.write_off_entry_id is not None)
        self.cancel_button.setVisible(loan is not None and loan.cancellable)
        self.reason.setVisible(loan is not None)
        reason = ""
        if payment is None:
            reason = tr("Choose a repayment in the list to reverse it.") if has_payments else ""
        elif payment.reversed:
            reason = tr("This repayment has already been reversed.")
        typed = bool(self.reason.text().strip())
        self.reverse_repayment_button.setEnabled(typed and payment is not None
                                                 and not payment.reversed)
        self.reverse_write_off_button.setEnabled(typed)
        self.cancel_button.setEnabled(typed)
        if loan is not None and not typed and (has_payments or loan.cancellable
                                               or loan.write_off_entry_id is not None):
            reason = " ".join(t for t in (reason, tr("Write the reason first.")) if t)
        self.hint.setProperty("role", "error" if self.message and self.failed else "muted")
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        self.hint.setText(self.message or reason)

    # -- the corrections ------------------------------------------------------------------
    def _ask(self, title: str, rows: list[tuple[str, str]]) -> bool:
        assert self.loan is not None
        rows = [(tr("Loan"), self.loan.status.number),
                (tr("Participant"), self.loan.status.participant_name),
                *rows, (tr("Reason for the reversal"), self.reason.text().strip())]
        return not confirm_rules.needs_confirmation("reversal") or confirm.ask(
            self, title, rows, yes=title)

    def _run(self, work: Callable[[str], int], success: str) -> None:
        key = f"ui-loan-correction:{uuid.uuid4().hex}"
        outcome = actions.attempt(self.ctx.db, lambda: work(key), show=self.show_refusal,
                                  busy=self.setDisabled)
        if not outcome.ok:
            return
        self.reason.clear()
        self.payment = None
        self.done()
        self.failed, self.message = False, success
        self.update_state()

    def show_refusal(self, message: str) -> None:
        self.failed, self.message = True, message
        self.update_state()

    def reverse_repayment(self) -> None:
        loan, payment = self.loan, self.payment
        if loan is None or payment is None or not self._ask(tr("Reverse this repayment"), [
                (tr("Date"), format_date_numeric(payment.on)),
                (tr("Amount"), payment.amount.format()),
                (tr("What happens"), tr("The money is taken back out of the fund and the "
                                        "loan is owed again as before this repayment."))]):
            return
        self._run(lambda key: loan_reversals.reverse_repayment(
            self.ctx.db, key=key, entry_id=payment.entry_id, on=today(),
            reason=self.reason.text(), operator_id=self.ctx.who.operator_id),
            tr("The repayment was reversed."))

    def reverse_write_off(self) -> None:
        loan = self.loan
        if loan is None or loan.write_off_entry_id is None or not self._ask(
                tr("Reverse the write-off"), [
                    (tr("What happens"), tr("The loan is owed again as before the write-off."))]):
            return
        entry_id = loan.write_off_entry_id
        self._run(lambda key: loan_reversals.reverse_write_off(
            self.ctx.db, key=key, entry_id=entry_id, on=today(),
            reason=self.reason.text(), operator_id=self.ctx.who.operator_id),
            tr("The write-off was reversed."))

    def cancel_loan(self) -> None:
        loan = self.loan
        if loan is None or not self._ask(tr("Cancel this loan"), [
                (tr("Principal"), loan.status.principal.format()),
                (tr("What happens"), tr("The payout is reversed; the loan keeps its number "
                                        "and is marked cancelled."))]):
            return
        self._run(lambda key: loan_reversals.cancel_loan(
            self.ctx.db, key=key, loan_id=loan.status.id, on=today(), reason=self.reason.text(),
            operator_id=self.ctx.who.operator_id),
            tr("The loan was cancelled."))
