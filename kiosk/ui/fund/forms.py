"""The fund's forms. Each one validates as it is filled: the Post button stays
disabled, with the reason shown beside it, until every field is valid."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QPushButton, QSizePolicy, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from kiosk.dates import format_date_numeric, format_month, today
from kiosk.errors import KioskError
from kiosk.money import Money
from kiosk.services import confirm_rules, fund, loan_inputs, loan_views, loans
from kiosk.ui import actions, dialogs
from kiosk.ui.fund import confirm
from kiosk.ui.context import AppContext
from kiosk.ui.fund.journal import RowsModel, name, table
from kiosk.ui.fund.loan_view import next_due_text
from kiosk.ui.i18n import tr
from kiosk.ui.people.panel import DateField


Label = Callable[[], str]  # a field's caption, translated when called


class Invalid(Exception):
    """A field is not valid yet; the message says why."""


class Cancelled(Exception):
    """The person chose not to record it; the message says what to do instead."""


class FundForm(QWidget):
    key = "form"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"fund_form_{self.key}")
        self.idempotency_key = uuid.uuid4().hex
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subheading")
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.hint = QLabel(self)
        self.hint.setObjectName(f"fund_{self.key}_hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.post_button = QPushButton(self)
        self.post_button.setProperty("role", "primary")
        self.post_button.setMinimumHeight(60)
        self.post_button.setMinimumWidth(200)
        self.post_button.clicked.connect(self.post)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.post_button)
        self.extra = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        # the fields, and beside them what a form shows (a schedule); below them when
        # the page is too narrow for both side by side (1024x768)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(self.form, 1)
        self.body.addLayout(self.extra, 1)
        layout.addLayout(self.body)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self._labels: list[tuple[QLabel, Label]] = []
        self._pair_labels: list[tuple[QWidget, Label, QWidget, Label]] = []
        self._built = False  # fields fire signals while the subclass is still adding them

    # -- fitting the page -------------------------------------------------------------
    def _side_by_side_width(self) -> int:
        """The narrowest width that shows the fields and the extra part side by side."""
        margins = self.layout().contentsMargins()
        return (self.form.minimumSize().width() + self.body.spacing()
                + self.extra.minimumSize().width() + margins.left() + margins.right())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as the fields alone: the extra part moves below them when needed."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        narrow = (max(self.form.minimumSize().width(), self.extra.minimumSize().width())
                  + margins.left() + margins.right())
        return QSize(max(narrow, self.heading.minimumSizeHint().width()), hint.height())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        # a form not on show (its stack asks them all) must not make the page taller
        return -1 if self.isHidden() else super().heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        wide = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        super().resizeEvent(event)

    # -- building -------------------------------------------------------------------
    def _row(self, widget: QWidget, object_name: str, label: Label) -> QWidget:
        """Add a field; ``label`` gives its translated caption (called in retranslate())."""
        widget.setObjectName(f"fund_{self.key}_{object_name}")
        widget.setMinimumHeight(50)
        caption = QLabel(self)
        self._labels.append((caption, label))
        self.form.addRow(caption, widget)
        for signal in ("textChanged", "currentIndexChanged", "valueChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_: self.validate())
        if isinstance(widget, DateField):
            for combo in (widget.day, widget.month, widget.year):
                combo.currentIndexChanged.connect(lambda *_: self.validate())
        return widget

    def _pair(self, first: QWidget, first_name: str, second: QWidget, second_name: str,
              label: Label, second_label: Label) -> None:
        """Two fields on one row (saves height on a 800 px screen)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, object_name in ((first, first_name), (second, second_name)):
            widget.setObjectName(f"fund_{self.key}_{object_name}")
            widget.setMinimumHeight(50)
            row.addWidget(widget, 1)
            for signal in ("textChanged", "currentIndexChanged", "valueChanged"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(lambda *_: self.validate())
        caption = QLabel(self)
        self._labels.append((caption, label))
        self._pair_labels.append((first, label, second, second_label))
        self.form.addRow(caption, box)

    def line(self, object_name: str, label: Label) -> QLineEdit:
        return self._row(QLineEdit(self), object_name, label)  # type: ignore[return-value]

    def combo(self, object_name: str, label: Label) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return self._row(combo, object_name, label)  # type: ignore[return-value]

    def date_field(self, object_name: str, label: Label) -> DateField:
        return self._row(DateField(f"fund_{self.key}_{object_name}", self), object_name, label)  # type: ignore[return-value]

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for caption, source in self._labels:
            caption.setText(source())
        for first, label, second, second_label in self._pair_labels:
            first.setAccessibleName(label())
            second.setAccessibleName(second_label())
        for i in range(self.form.rowCount()):
            caption = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if caption and field and caption.widget() and field.widget():
                field.widget().setAccessibleName(caption.widget().text())
        name(self.post_button, f"fund_{self.key}_post", self.post_text())
        self.post_button.setText(self.post_text())
        for field in self.findChildren(DateField):
            field.retranslate()
        self._built = True
        self.fill_choices()
        self.validate()

    # -- for subclasses ---------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def post_text(self) -> str:
        return tr("Post")

    def fill_choices(self) -> None:
        """Fill drop-downs from the database (on show and after each change)."""

    def check(self) -> None:
        """Raise Invalid(reason) while the form is not ready to post."""

    def submit(self) -> str:
        """Post; return what to tell the person."""
        raise NotImplementedError

    def clear(self) -> None:
        """Empty the fields after a successful post."""

    def confirm_action(self) -> tuple[str, Money | None] | None:
        """(action, amount) for ``confirm_rules``; None: this form never asks."""
        return None

    def summary(self) -> list[tuple[str, str]]:
        """What will be recorded, row by row, as the form shows it (the PIN left out)."""
        rows = []
        for i in range(self.form.rowCount()):
            caption = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if not (caption and field and caption.widget() and field.widget()):
                continue
            widget = field.widget()
            # a pair of fields sits in a plain box
            parts = ([w for w in widget.children() if isinstance(w, QWidget)]
                     if type(widget) is QWidget else [widget])
            texts = []
            for part in parts:
                if isinstance(part, QLineEdit):
                    if part.echoMode() != QLineEdit.EchoMode.Normal:
                        continue
                    texts.append(part.text().strip())
                elif isinstance(part, QComboBox):
                    texts.append(part.currentText())
                elif isinstance(part, QSpinBox):
                    texts.append(part.text())
                elif isinstance(part, DateField):
                    day = part.value()
                    texts.append(format_date_numeric(day) if day else "")
            text = "  ".join(t for t in texts if t)
            if text:
                rows.append((caption.widget().text(), text))
        return rows

    # -- shared helpers ---------------------------------------------------------------------
    @staticmethod
    def money(field: QLineEdit, what: str) -> Money:
        if not field.text().strip():
            raise Invalid(tr("Enter the {what}.").format(what=what))
        try:
            amount = Money.parse(field.text())
        except KioskError as error:
            raise Invalid(error.message) from error
        if not amount:
            raise Invalid(tr("The amount must be more than zero."))
        return amount

    @staticmethod
    def day(field: DateField) -> date:
        value = field.value()
        if value is None:
            raise Invalid(tr("That date does not exist."))
        if value > today():
            raise Invalid(tr("The date cannot be in the future."))
        return value

    @staticmethod
    def required(field: QLineEdit, message: str) -> str:
        if not field.text().strip():
            raise Invalid(message)
        return field.text().strip()

    @staticmethod
    def service_check(check: Callable[..., object], *args: object) -> None:
        """Run a service's own check: its message becomes the form's reason."""
        try:
            check(*args)
        except KioskError as error:
            raise Invalid(error.message) from error

    @staticmethod
    def fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        combo.blockSignals(False)

    def participants(self, combo: QComboBox) -> None:
        self.fill(combo, [(p.id, p.name) for p in fund.participants(self.ctx.db)])

    def open_loans(self, combo: QComboBox) -> None:
        self.fill(combo, [(s.id, tr("{number} {name} (owes {owed})").format(
            number=s.number, name=s.participant_name, owed=s.owed.format()))
            for s in loan_views.loan_summaries(self.ctx.db, open_only=True)])

    def add_owed_note(self) -> QLabel:
        """A line above the buttons that says what is owed (repayment and payout forms)."""
        note = QLabel(self)
        note.setObjectName(f"fund_{self.key}_owed")
        note.setWordWrap(True)
        note.setProperty("role", "subheading")
        self.extra.addWidget(note)
        self.extra.addStretch(1)
        return note

    def sources(self, combo: QComboBox, with_promptpay: bool = False) -> None:
        items = [("cash", tr("Cash drawer")), ("bank", tr("Bank account"))]
        if with_promptpay:
            items.append(("promptpay", tr("PromptPay")))
        self.fill(combo, items)

    # -- behaviour ------------------------------------------------------------------------
    def validate(self) -> bool:
        if not self._built:
            return False
        try:
            self.check()
        except Invalid as why:
            self.hint.setText(str(why))
            self.hint.setProperty("role", "muted")
            self.post_button.setEnabled(False)
            return False
        self.hint.setText(tr("Ready to post."))
        self.post_button.setEnabled(True)
        return True

    def _failed(self, message: str) -> None:
        self.hint.setText(message)
        dialogs.show_error(self, message)

    def post(self) -> None:
        if not self.validate():
            return
        action = self.confirm_action()
        if action is not None and confirm_rules.needs_confirmation(*action):
            if not confirm.ask(self, self.title(), self.summary(), yes=self.post_text()):
                self.hint.setText(tr("Nothing was recorded."))
                return
        def work() -> str | Cancelled:
            try:
                return self.submit()
            except Cancelled as why:  # the person chose; not a failure
                return why

        outcome = actions.attempt(self.ctx.db, work, show=self._failed,
                                  busy=self.post_button.setDisabled)
        if not outcome.ok:
            return
        if isinstance(outcome.value, Cancelled):
            self.hint.setText(str(outcome.value))
            return
        message = str(outcome.value)
        self.idempotency_key = uuid.uuid4().hex
        self.clear()
        self.fill_choices()
        self.validate()
        self.hint.setText(message)


class DonationForm(FundForm):
    key = "donation"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.donor = self.line("donor", lambda: tr("Donor"))
        self.amount = self.line("amount", lambda: tr("Amount (baht)"))
        self.into = self.combo("into", lambda: tr("Received into"))
        self.on = self.date_field("date", lambda: tr("Date"))
        self.note = self.line("note", lambda: tr("Note"))
        self.retranslate()

    def confirm_action(self) -> tuple[str, Money | None]:
        return "donation", self.money(self.amount, "")

    def title(self) -> str:
        return tr("Donation received")

    def fill_choices(self) -> None:
        self.sources(self.into, with_promptpay=True)

    def check(self) -> None:
        self.required(self.donor, tr("Enter who gave the money."))
        self.money(self.amount, tr("amount"))
        self.day(self.on)

    def submit(self) -> str:
        amount = self.money(self.amount, "")
        fund.record_donation(self.ctx.db, key=f"ui-donation:{self.idempotency_key}",
                             donor=self.donor.text(), amount=amount, on=self.day(self.on),
                             received_into=self.into.currentData(), note=self.note.text(),
                             operator_id=self.ctx.who.operator_id)
        return tr("Donation of {amount} recorded.").format(amount=amount.format())

    def clear(self) -> None:
        for field in (self.donor, self.amount, self.note):
            field.clear()


class GrantForm(FundForm):
    key = "grant"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.participant = self.combo("participant", lambda: tr("Participant"))
        self.amount = self.line("amount", lambda: tr("Amount (baht)"))
        self.purpose = self.line("purpose", lambda: tr("Purpose"))
        self.source = self.combo("source", lambda: tr("Paid from"))
        self.on = self.date_field("date", lambda: tr("Date"))
        self.retranslate()

    def confirm_action(self) -> tuple[str, Money | None]:
        return "grant", None

    def title(self) -> str:
        return tr("Grant")

    def fill_choices(self) -> None:
        self.participants(self.participant)
        self.sources(self.source)

    def check(self) -> None:
        if self.participant.currentData() is None:
            raise Invalid(tr("Choose a participant."))
        amount = self.money(self.amount, tr("amount"))
        self.service_check(fund.check_enough_money, self.ctx.db, amount, self.source.currentData())
        self.required(self.purpose, tr("Write what the money is for."))
        self.day(self.on)

    def submit(self) -> str:
        amount = self.money(self.amount, "")
        fund.give_grant(self.ctx.db, key=f"ui-grant:{self.idempotency_key}",
                        participant_id=self.participant.currentData(), amount=amount,
                        purpose=self.purpose.text(), on=self.day(self.on),
                        paid_from=self.source.currentData(), operator_id=self.ctx.who.operator_id)
        return tr("Grant of {amount} recorded.").format(amount=amount.format())

    def clear(self) -> None:
        self.amount.clear()
        self.purpose.clear()


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
        number = loan_views.loan_view(self.ctx.db, loan_id).number
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
        self.paid_by = self.combo("paid_by", lambda: tr("Paid by"))
        self.on = self.date_field("date", lambda: tr("Date"))
        self.owed = self.add_owed_note()
        self.retranslate()

    def show_owed(self) -> None:
        loan_id = self.loan.currentData()
        if loan_id is None:
            self.owed.setText("")
            return
        loan = loan_views.loan_view(self.ctx.db, loan_id)
        text = tr("Owed on {number}: {owed}").format(number=loan.number, owed=loan.owed.format())
        if loan.next_due is not None:
            text += "\n" + next_due_text(loan.next_due.due_on, loan.next_due.unpaid)
        if loan.days_past_due:
            text += "\n" + tr("Overdue {amount}, {n} days past due.").format(
                amount=loan.overdue.format(), n=loan.days_past_due)
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


class PayoutForm(FundForm):
    key = "payout"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.participant = self.combo("participant", lambda: tr("Participant"))
        self.amount = self.line("amount", lambda: tr("Amount (baht)"))
        self.source = self.combo("source", lambda: tr("Paid from"))
        self.on = self.date_field("date", lambda: tr("Date"))
        self.owed = self.add_owed_note()
        self.retranslate()

    def confirm_action(self) -> tuple[str, Money | None]:
        return "payout", None

    def show_owed(self) -> None:
        participant = self.participant.currentData()
        if participant is None:
            self.owed.setText("")
            return
        text = tr("The stall owes this participant {owed} from their sales.").format(
            owed=fund.owed_to(self.ctx.db, participant).format())
        open_loans = loan_views.loan_summaries(self.ctx.db, participant, open_only=True)
        if open_loans:
            text += "\n" + tr("They owe the fund {owed} on {n} loans.").format(
                owed=sum((s.owed for s in open_loans), Money(0)).format(), n=len(open_loans))
        self.owed.setText(text)

    def title(self) -> str:
        return tr("Payout to a participant")

    def fill_choices(self) -> None:
        self.participants(self.participant)
        self.sources(self.source)

    def check(self) -> None:
        self.show_owed()
        if self.participant.currentData() is None:
            raise Invalid(tr("Choose a participant."))
        owed = fund.owed_to(self.ctx.db, self.participant.currentData())
        amount = self.money(self.amount, tr("amount"))
        if amount > owed:
            raise Invalid(tr("The participant is owed only {owed}.").format(owed=owed.format()))
        self.day(self.on)

    def submit(self) -> str:
        amount = self.money(self.amount, "")
        fund.pay_out(self.ctx.db, key=f"ui-payout:{self.idempotency_key}",
                     participant_id=self.participant.currentData(), amount=amount,
                     on=self.day(self.on), paid_from=self.source.currentData(),
                     operator_id=self.ctx.who.operator_id)
        return tr("Payout of {amount} recorded.").format(amount=amount.format())

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

    def submit(self) -> str:
        version = loans.reschedule(
            self.ctx.db, loan_id=self.loan.currentData(), on=today(), term=self.term_value(),
            frequency=self.frequency.currentData(), method=self.method.currentData(),
            annual_rate=self.rate_value(), reason=self.reason.text(), staff_pin=self.pin.text(),
            operator_id=self.ctx.who.operator_id)
        return tr("New schedule (version {n}) saved.").format(n=version)


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

    def submit(self) -> str:
        loans.write_off(self.ctx.db, key=f"ui-writeoff:{self.idempotency_key}",
                        loan_id=self.loan.currentData(), on=self.day(self.on),
                        reason=self.reason.text(), staff_pin=self.pin.text(),
                        operator_id=self.ctx.who.operator_id)
        return tr("The loan was written off.")


class MonthCloseForm(FundForm):
    key = "month_close"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.month = self.combo("month", lambda: tr("Month"))
        self.retranslate()

    def confirm_action(self) -> tuple[str, Money | None]:
        return "month_close", None

    def title(self) -> str:
        return tr("Close a month")

    def post_text(self) -> str:
        return tr("Close month")

    def fill_choices(self) -> None:
        # the months after the last closed one (closing one locks those before it)
        self.fill(self.month, [(m, format_month(*m)) for m in fund.closable_months(self.ctx.db)])

    def check(self) -> None:
        if self.month.currentData() is None:
            raise Invalid(tr("Every recent month is already closed."))

    def submit(self) -> str:
        year, month = self.month.currentData()
        fund.close_month(self.ctx.db, year, month, self.ctx.who.operator_id)
        return tr("{month} is closed.").format(month=format_month(year, month))


FORMS = (DonationForm, GrantForm, LoanForm, RepaymentForm, PayoutForm, RescheduleForm,
         WriteOffForm, MonthCloseForm)


class FormsTab(QWidget):
    """A list of forms on the left, the chosen form on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fund_forms")
        self.list = QListWidget(self)
        name(self.list, "fund_forms_list", "forms")
        self.list.setFixedWidth(250)
        self.list.setStyleSheet("QListWidget::item { min-height: 56px; padding-left: 8px; }")
        self.stack = QStackedWidget(self)
        self.forms: dict[str, FundForm] = {}
        for form_class in FORMS:
            form = form_class(ctx, self.stack)
            self.forms[form.key] = form
            self.stack.addWidget(form)
            self.list.addItem("")
        self.list.currentRowChanged.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the tab's frame has its own padding
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.setCurrentRow(0)
        self.retranslate()

    def _choose(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        form = self.stack.currentWidget()
        for index in range(self.stack.count()):  # only the form on show sizes the page
            policy = (QSizePolicy.Policy.Preferred if index == row else QSizePolicy.Policy.Ignored)
            self.stack.widget(index).setSizePolicy(policy, policy)
        if isinstance(form, FundForm):
            form.fill_choices()
            form.validate()

    def show_form(self, key: str) -> FundForm:
        self.list.setCurrentRow(list(self.forms).index(key))
        return self.forms[key]

    def retranslate(self) -> None:
        self.list.setAccessibleName(tr("Forms"))
        for row, form in enumerate(self.forms.values()):
            form.retranslate()
            self.list.item(row).setText(form.title())
            self.list.item(row).setTextAlignment(Qt.AlignmentFlag.AlignVCenter)

    def refresh(self) -> None:
        form = self.stack.currentWidget()
        if isinstance(form, FundForm):
            form.fill_choices()
            form.validate()
