"""Fund forms for loans: a new loan (with its schedule), a repayment, a reschedule
and a write-off (those two approved with a reason and a staff PIN)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QSpinBox, QWidget

from kiosk.dates import format_date_numeric, today
from kiosk.errors import KioskError
from kiosk.money import Money
from kiosk.services import loan_inputs, loan_views, loans
from kiosk.ui.context import AppContext
from kiosk.ui.fund import confirm
from kiosk.ui.fund.form_base import Cancelled, FundForm, Invalid
from kiosk.ui.fund.journal import table
from kiosk.ui.kit.rows_model import RowsModel
from kiosk.ui.fund.loan_view import next_due_text
from kiosk.ui.i18n import tr


class LoanTermsMixin:
    """Term, frequency, interest method and rate fields, shared by new loan and reschedule."""

    def add_terms(self: FundForm) -> None:  # type: ignore[misc]
        self.term = QSpinBox(self)
        self.term.setRange(1, 260)
        self.term.setValue(6)
        self.term.lineEdit().textChanged.connect(lambda _t: self.validate())
        self.frequency = QComboBox(self)
        self._pair(self.term, "term", self.frequency, "frequency",
                   lambda: tr("Number of instalments"), lambda: tr("Instalments"))
        self.method = QComboBox(self)
        self.rate = QLineEdit(self)
        self.rate.setText("0")
        self._pair(self.method, "method", self.rate, "rate", lambda: tr("Interest"),
                   lambda: tr("Interest per year (%)"))

    def term_value(self: FundForm) -> int:  # type: ignore[misc]
        """The number of instalments as the box shows it (0 while it shows nothing)."""
        text = self.term.cleanText().strip()
        return int(text) if text.isdigit() else 0

    def fill_terms(self: FundForm) -> None:  # type: ignore[misc]
        self.fill(self.frequency, [("month", tr("Monthly")), ("week", tr("Weekly"))])
        self.fill(self.method, [("zero", tr("No interest")), ("flat", tr("Flat rate")),
                                ("declining", tr("Declining balance"))])

    def rate_value(self: FundForm) -> Decimal:  # type: ignore[misc]
        if self.method.currentData() == "zero":
            return Decimal(0)
        try:
            rate = loan_inputs.parse_rate(self.rate.text())
        except KioskError as error:
            raise Invalid(error.message) from error
        if rate <= 0:
            raise Invalid(tr("Enter the interest rate, or choose no interest."))
        return rate


class LoanForm(LoanTermsMixin, FundForm):
    key = "loan"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.participant = self.combo("participant", lambda: tr("Participant"))
        self.principal = self.line("principal", lambda: tr("Amount lent (baht)"))
        self.start = self.date_field("start", lambda: tr("Paid out on"))
        self.add_terms()
        self.deduct = self.line("deduct", lambda: tr("Deduct from daily sales (%)"))
        self.deduct.setText("0")
        self.purpose = self.line("purpose", lambda: tr("Purpose"))
        self.source = self.combo("source", lambda: tr("Paid from"))
        self.schedule_title = QLabel(self)
        self.schedule_title.setProperty("role", "muted")
        self.schedule_title.setWordWrap(True)
        self.schedule_model = RowsModel([
            (lambda: tr("No."), lambda i: str(i.seq)),
            (lambda: tr("Due"), lambda i: format_date_numeric(i.due_on)),
            (lambda: tr("Principal"), lambda i: i.principal.format()),
            (lambda: tr("Interest"), lambda i: i.interest.format()),
            (lambda: tr("Instalment"), lambda i: i.total.format()),
        ], self)
        self.schedule = table(self, self.schedule_model, "fund_loan_schedule", "schedule")
        self.schedule.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.schedule.setMinimumWidth(300)
        self.extra.addWidget(self.schedule_title)
        self.extra.addWidget(self.schedule, 1)
        self.retranslate()

    def confirm_action(self) -> tuple[str, Money | None]:
        return "loan", None

    def title(self) -> str:
        return tr("New loan")

    def post_text(self) -> str:
        return tr("Lend")

    def fill_choices(self) -> None:
        self.participants(self.participant)
        self.sources(self.source)
        self.fill_terms()

    def draft(self) -> loan_views.LoanDraft:
        return loan_views.LoanDraft(
            participant_id=self.participant.currentData(), principal=self.principal.text(),
            start_on=self.start.value(), term=self.term_value(),
            frequency=self.frequency.currentData() or "month",
            method=self.method.currentData() or "zero", rate=self.rate.text(),
            deduct_percent=self.deduct.text(), purpose=self.purpose.text(),
            paid_from=self.source.currentData() or "cash")

    def check(self) -> None:
        # one service call gives the schedule and every problem with the draft
        result = loan_views.check_new_loan(self.ctx.db, self.draft())
        self.schedule_model.set_rows(list(result.schedule))
        if result.schedule:
            total = sum((r.total for r in result.schedule), Money(0))
            self.schedule_title.setText(tr("Schedule: {n} instalments, {total} in all.").format(
                n=len(result.schedule), total=total.format()))
        else:
            self.schedule_title.setText(tr("The schedule shows here when the loan is filled in."))
        if result.problems:
            raise Invalid(result.problems[0])

    def submit(self) -> str:
        loan_id = loans.lend(
            self.ctx.db, key=f"ui-loan:{self.idempotency_key}",
            participant_id=self.participant.currentData(),
            principal=self.money(self.principal, ""), start_on=self.day(self.start),
            term=self.term_value(), frequency=self.frequency.currentData(),
            method=self.method.currentData(), annual_rate=self.rate_value(),
            purpose=self.purpose.text(), paid_from=self.source.currentData(),
            operator_id=self.ctx.who.operator_id, auto_deduct_percent=self.deduct.text() or "0")
        number = loan_views.loan_view(self.ctx.db, loan_id).status.number
        return tr("Loan {number} recorded.").format(number=number)

    def clear(self) -> None:
        self.principal.clear()
        self.purpose.clear()


class RepaymentForm(FundForm):
    key = "repayment"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loan = self.combo("loan", lambda: tr("Loan"))
        self.amount = self.line("amount", lambda: tr("Amount (baht)"))
        self.paid_by = self.combo("paid_by", lambda: tr("Received into"))
        self.on = self.date_field("date", lambda: tr("Date"))
        self.owed = self.add_owed_note()
        self.retranslate()

    def show_owed(self) -> None:
        loan_id = self.loan.currentData()
        if loan_id is None:
            self.owed.setText("")
            return
        loan = loan_views.loan_view(self.ctx.db, loan_id)
        text = tr("Owed on {number}: {owed}").format(number=loan.status.number,
                                                     owed=loan.owed.format())
        if loan.next_due is not None:
            text += "\n" + next_due_text(loan.next_due.due_on, loan.next_due.unpaid)
        if loan.status.days_past_due:
            text += "\n" + tr("Overdue {amount}, {n} days past due.").format(
                amount=loan.status.overdue_amount.format(), n=loan.status.days_past_due)
        self.owed.setText(text)

    def title(self) -> str:
        return tr("Loan repayment")

    def fill_choices(self) -> None:
        self.open_loans(self.loan)
        self.sources(self.paid_by, with_promptpay=True)

    def check(self) -> None:
        self.show_owed()
        if self.loan.currentData() is None:
            raise Invalid(tr("There is no open loan."))
        self.money(self.amount, tr("amount"))
        self.day(self.on)

    def submit(self) -> str:
        amount = self.money(self.amount, "")
        kwargs = dict(key=f"ui-repay:{self.idempotency_key}", loan_id=self.loan.currentData(),
                      amount=amount, on=self.day(self.on), paid_by=self.paid_by.currentData(),
                      operator_id=self.ctx.who.operator_id)
        try:
            loans.repay(self.ctx.db, **kwargs)
        except loans.Overpayment as over:
            if not confirm.choose_overpayment(self, over.message):
                raise Cancelled(tr("Nothing was recorded. Change the amount.")) from over
            loans.repay(self.ctx.db, rest="donation", **kwargs)
        return tr("Repayment of {amount} recorded.").format(amount=amount.format())

    def clear(self) -> None:
        self.amount.clear()


class _ApprovedLoanForm(FundForm):
    """A loan change that needs a reason and a staff PIN."""

    def add_approval(self) -> None:
        self.reason = self.line("reason", lambda: tr("Reason"))
        self.pin = self.line("pin", lambda: tr("Staff PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)

    def check_approval(self) -> None:
        self.required(self.reason, tr("Write the reason."))
        if not self.pin.text().isdigit() or not 4 <= len(self.pin.text()) <= 6:
            raise Invalid(tr("A staff member enters their PIN to approve."))

    def clear(self) -> None:
        self.reason.clear()
        self.pin.clear()


class RescheduleForm(LoanTermsMixin, _ApprovedLoanForm):
    key = "reschedule"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loan = self.combo("loan", lambda: tr("Loan"))
        self.add_terms()
        self.add_approval()
        self.retranslate()

    def confirm_action(self) -> tuple[str, Money | None]:
        return "reschedule", None

    def title(self) -> str:
        return tr("Reschedule a loan")

    def fill_choices(self) -> None:
        self.open_loans(self.loan)
        self.fill_terms()

    def check(self) -> None:
        if self.loan.currentData() is None:
            raise Invalid(tr("There is no open loan."))
        self.rate_value()
        self.check_approval()

    def prepared(self) -> Callable[[], str]:
        db, fields = self.ctx.db, dict(
            loan_id=self.loan.currentData(), on=today(), term=self.term_value(),
            frequency=self.frequency.currentData(), method=self.method.currentData(),
            annual_rate=self.rate_value(), reason=self.reason.text(), staff_pin=self.pin.text(),
            operator_id=self.ctx.who.operator_id)

        def reschedule() -> str:  # on a worker: the staff PIN is hashed there
            version = loans.reschedule(db, **fields)
            return tr("New schedule (version {n}) saved.").format(n=version)
        return reschedule


class WriteOffForm(_ApprovedLoanForm):
    key = "write_off"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loan = self.combo("loan", lambda: tr("Loan"))
        self.on = self.date_field("date", lambda: tr("Date"))
        self.add_approval()
        self.retranslate()

    def confirm_action(self) -> tuple[str, Money | None]:
        return "write_off", None

    def title(self) -> str:
        return tr("Write off a loan")

    def post_text(self) -> str:
        return tr("Write off")

    def fill_choices(self) -> None:
        self.open_loans(self.loan)

    def check(self) -> None:
        if self.loan.currentData() is None:
            raise Invalid(tr("There is no open loan."))
        self.day(self.on)
        self.check_approval()

    def prepared(self) -> Callable[[], str]:
        db, fields = self.ctx.db, dict(
            key=f"ui-writeoff:{self.idempotency_key}", loan_id=self.loan.currentData(),
            on=self.day(self.on), reason=self.reason.text(), staff_pin=self.pin.text(),
            operator_id=self.ctx.who.operator_id)

        def write_off() -> str:  # on a worker: the staff PIN is hashed there
            loans.write_off(db, **fields)
            return tr("The loan was written off.")
        return write_off
