"""What a monthly statement and the fund report hold: frozen values, no database.

``figures()`` names every figure a paper prints that the books must still
agree with; the verification code is an HMAC over the identity and these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from kiosk import dates
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.money import Money

# a PDF of ours carries its verification code in its Keywords, after this
PDF_KEYWORD = "kiosk-verify:"
_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Month:
    year: int  # CE
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """"2569-11" (Buddhist Era) or "2026-11" (CE); years above 2400 are BE."""
        match = _MONTH.match(str(text or ""))
        if not match:
            raise InvalidInput(tr("Write the month as year-month, such as 2569-11."))
        year, month = int(match.group(1)), int(match.group(2))
        if year > 2400:
            year -= dates.BE_OFFSET
        if not 1 <= month <= 12 or not 1900 < year < 2400:
            raise InvalidInput(tr("Write the month as year-month, such as 2569-11."))
        return cls(year, month)

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return self.next().first - timedelta(days=1)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def be_key(self) -> str:
        return f"{self.year + dates.BE_OFFSET:04d}-{self.month:02d}"

    def label(self, lang: str | None = None) -> str:
        return dates.format_month(self.year, self.month, lang)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)


def week_ranges(month: Month) -> list[tuple[date, date]]:
    """The month in weeks people can count on their fingers: 1-7, 8-14, 15-21, 22-28, 29-end."""
    last = month.last.day
    return [(date(month.year, month.month, start), date(month.year, month.month, min(start + 6, last)))
            for start in range(1, last + 1, 7)]


def format_code(code: str) -> str:
    """A verification code in groups of four, to read aloud: "ABCD-EFGH-JKM5"."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def participant_code(participant_id: int) -> str:
    return f"P{participant_id:04d}"


def parse_participant_code(text: str) -> int:
    """"P0012", "p12" or "12" -> 12."""
    value = str(text or "").strip().upper().removeprefix("P")
    if not value.isdigit() or not 0 < int(value) < 10**9:
        raise InvalidInput(tr("A participant code looks like P0012."))
    return int(value)


# -- the participant's statement -------------------------------------------------
@dataclass(frozen=True)
class ProductSales:
    name_th: str
    name_en: str
    unit: str
    quantity: Decimal
    amount: Money


@dataclass(frozen=True)
class WeekSales:
    first: date
    last: date
    amount: Money


@dataclass(frozen=True)
class MoneyLine:
    on: date
    amount: Money
    text: str


@dataclass(frozen=True)
class LoanLine:
    number: str
    principal: Money
    balance_start: Money  # principal outstanding at the start of the month
    balance_end: Money
    due_in_month: Money  # instalments falling due in the month
    paid_in_month: Money  # repayments in the month (principal and interest)
    overdue: Money  # unpaid instalments past due at the month's end
    days_past_due: int
    next_due_on: date | None
    next_amount: Money
    written_off: bool


@dataclass(frozen=True)
class ActivityLine:
    on: date
    text: str


@dataclass(frozen=True)
class Statement:
    number: str
    participant_id: int
    name: str
    nickname: str
    month: Month
    as_of: date  # the month's last day, or today while it runs
    stall_name: str
    opening: Money  # what the fund owed them at the start (negative: they owe the fund)
    sales_gross: Money  # what customers paid for their produce, less refunds
    commission: Money
    loan_deducted: Money  # loan repayments taken from their proceeds
    paid_out: Money
    adjustments: Money  # corrections and other entries on what is owed to them
    closing: Money
    products: tuple[ProductSales, ...]
    weeks: tuple[WeekSales, ...]
    payouts: tuple[MoneyLine, ...]
    grants: tuple[MoneyLine, ...]
    loans: tuple[LoanLine, ...]
    trainings: tuple[ActivityLine, ...]
    tasks: tuple[ActivityLine, ...]

    @property
    def code(self) -> str:
        return participant_code(self.participant_id)

    @property
    def complete(self) -> bool:
        return self.as_of >= self.month.last

    @property
    def sales_net(self) -> Money:
        return self.sales_gross - self.commission

    @property
    def grants_total(self) -> Money:
        return sum((g.amount for g in self.grants), Money(0))

    @property
    def no_activity(self) -> bool:
        """Nothing happened this month: the paper is a short page."""
        return not (self.products or self.sales_gross or self.payouts or self.grants
                    or self.trainings or self.tasks or self.loan_deducted or self.adjustments
                    or any(l.paid_in_month or l.due_in_month or l.balance_start != l.balance_end
                           for l in self.loans))

    def figures(self) -> dict[str, int]:
        values = {
            "opening": self.opening.satang, "sales_gross": self.sales_gross.satang,
            "commission": self.commission.satang, "loan_deducted": self.loan_deducted.satang,
            "paid_out": self.paid_out.satang, "grants": self.grants_total.satang,
            "adjustments": self.adjustments.satang, "closing": self.closing.satang,
            "trainings": len(self.trainings), "tasks": len(self.tasks),
        }
        for loan in self.loans:
            values[f"loan {loan.number} balance_end"] = loan.balance_end.satang
            values[f"loan {loan.number} paid_in_month"] = loan.paid_in_month.satang
        return values


# -- the fund's report -----------------------------------------------------------
@dataclass(frozen=True)
class ArrearsLine:
    number: str
    participant: str
    days_past_due: int
    overdue: Money
    outstanding: Money


@dataclass(frozen=True)
class CropLine:
    name: str
    unit: str
    harvested: Decimal
    sold: Decimal
    amount: Money


@dataclass(frozen=True)
class MonthMoney:
    month: Month
    money: Money


@dataclass(frozen=True)
class TrialRow:
    code: str
    name: str
    balance: Money  # raw: debit > 0, credit < 0

    @property
    def debit(self) -> Money:
        return self.balance if self.balance.satang > 0 else Money(0)

    @property
    def credit(self) -> Money:
        return -self.balance if self.balance.satang < 0 else Money(0)


@dataclass(frozen=True)
class FundReport:
    number: str
    month: Month
    as_of: date
    stall_name: str
    money_start: Money  # cash, bank and PromptPay
    money_end: Money
    owed_start: Money  # what the fund owes participants
    owed_end: Money
    lent_start: Money  # loan principal outstanding
    lent_end: Money
    donations: Money
    commission: Money
    plot_sales: Money
    grants: Money
    loans_given: Money
    loans_repaid: Money  # principal
    interest: Money
    write_offs: Money
    par_days: int
    par_at_risk: Money
    par_outstanding: Money
    par_percent: Decimal
    arrears: tuple[ArrearsLine, ...]
    participants_active: int
    participants_selling: int
    trainings_held: int
    training_attendances: int
    crops: tuple[CropLine, ...]
    history: tuple[MonthMoney, ...]  # the fund's available money, 12 month ends
    trial_balance: tuple[TrialRow, ...]
    chain_head: str  # short hash of the journal's last entry at the month's end

    @property
    def available_start(self) -> Money:
        return self.money_start - self.owed_start

    @property
    def available_end(self) -> Money:
        return self.money_end - self.owed_end

    @property
    def complete(self) -> bool:
        return self.as_of >= self.month.last

    def figures(self) -> dict[str, int]:
        names = ("money_start", "money_end", "owed_start", "owed_end", "lent_start", "lent_end",
                 "donations", "commission", "plot_sales", "grants", "loans_given", "loans_repaid",
                 "interest", "write_offs", "par_at_risk", "par_outstanding")
        values = {name: getattr(self, name).satang for name in names}
        values.update(participants_active=self.participants_active,
                      participants_selling=self.participants_selling,
                      trainings_held=self.trainings_held,
                      training_attendances=self.training_attendances,
                      arrears=len(self.arrears))
        return values


# figures that are counts, not money
COUNT_FIGURES = frozenset({"trainings", "tasks", "participants_active", "participants_selling",
                           "trainings_held", "training_attendances", "arrears"})
# the order figures are listed in when a paper is checked
FIGURE_ORDER = ("opening", "sales_gross", "commission", "loan_deducted", "paid_out", "adjustments",
                "closing", "grants", "trainings", "tasks", "money_start", "money_end", "owed_start",
                "owed_end", "lent_start", "lent_end", "donations", "plot_sales",
                "loans_given", "loans_repaid", "interest", "write_offs", "par_outstanding",
                "par_at_risk", "arrears", "participants_active", "participants_selling",
                "trainings_held", "training_attendances")


def figure_sort_key(name: str) -> tuple[int, str]:
    return (FIGURE_ORDER.index(name) if name in FIGURE_ORDER else len(FIGURE_ORDER), name)


def figure_text(name: str, value: int | None) -> str:
    """A figure as printed: money in baht, counts as numbers, "-" when there is none."""
    if value is None:
        return "-"
    return str(value) if name in COUNT_FIGURES else Money(value).format()


def figure_label(name: str) -> str:
    """A figure's name as a person reads it ("loan L-2569-001 balance_end" included)."""
    labels = {
        "opening": tr("Owed to you at the start of the month"),
        "sales_gross": tr("Your sales"), "commission": tr("Commission"),
        "loan_deducted": tr("Loan repayment from your sales"), "paid_out": tr("Paid to you"),
        "grants": tr("Grants"), "adjustments": tr("Other corrections"),
        "closing": tr("Owed to you at the end of the month"),
        "trainings": tr("Training sessions attended"), "tasks": tr("Plot tasks done"),
        "money_start": tr("Money at the start of the month"),
        "money_end": tr("Money at the end of the month"),
        "owed_start": tr("Owed to participants at the start"),
        "owed_end": tr("Owed to participants at the end"),
        "lent_start": tr("Lent out at the start"), "lent_end": tr("Lent out at the end"),
        "donations": tr("Donations"), "plot_sales": tr("Plot produce sales"),
        "loans_given": tr("Loans given"), "loans_repaid": tr("Loans repaid (principal)"),
        "interest": tr("Interest"), "write_offs": tr("Write-offs"),
        "par_at_risk": tr("Portfolio at risk"), "par_outstanding": tr("Loans outstanding"),
        "participants_active": tr("Participants active"),
        "participants_selling": tr("Participants who sold"),
        "trainings_held": tr("Training sessions held"),
        "training_attendances": tr("Training attendances"),
        "arrears": tr("Loans in arrears"),
    }
    if name.startswith("loan "):
        _, number, what = name.split(" ", 2)
        what_text = tr("balance at the end") if what == "balance_end" else tr("paid this month")
        return tr("Loan {number}: {what}").format(number=number, what=what_text)
    return labels.get(name, name)
