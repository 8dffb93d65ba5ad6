"""Fund forms that move the fund's money or close its books: donation, grant,
payout to a participant, month close."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.dates import format_month
from kiosk.money import Money
from kiosk.services import fund, fund_postings, loan_views
from kiosk.ui.context import AppContext
from kiosk.ui.fund.form_base import FundForm, Invalid
from kiosk.ui.i18n import tr


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
        fund_postings.record_donation(self.ctx.db, key=f"ui-donation:{self.idempotency_key}",
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
        self.service_check(fund_postings.check_enough_money, self.ctx.db, amount, self.source.currentData())
        self.required(self.purpose, tr("Write what the money is for."))
        self.day(self.on)

    def submit(self) -> str:
        amount = self.money(self.amount, "")
        fund_postings.give_grant(self.ctx.db, key=f"ui-grant:{self.idempotency_key}",
                        participant_id=self.participant.currentData(), amount=amount,
                        purpose=self.purpose.text(), on=self.day(self.on),
                        paid_from=self.source.currentData(), operator_id=self.ctx.who.operator_id)
        return tr("Grant of {amount} recorded.").format(amount=amount.format())

    def clear(self) -> None:
        self.amount.clear()
        self.purpose.clear()


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
        fund_postings.pay_out(self.ctx.db, key=f"ui-payout:{self.idempotency_key}",
                     participant_id=self.participant.currentData(), amount=amount,
                     on=self.day(self.on), paid_from=self.source.currentData(),
                     operator_id=self.ctx.who.operator_id)
        return tr("Payout of {amount} recorded.").format(amount=amount.format())

    def clear(self) -> None:
        self.amount.clear()


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
        self.fill(self.month, [(m, format_month(*m)) for m in fund_postings.closable_months(self.ctx.db)])

    def check(self) -> None:
        if self.month.currentData() is None:
            raise Invalid(tr("Every recent month is already closed."))

    def submit(self) -> str:
        year, month = self.month.currentData()
        fund_postings.close_month(self.ctx.db, year, month, self.ctx.who.operator_id)
        return tr("{month} is closed.").format(month=format_month(year, month))
