"""The auditor: its own plain books of everything the simulation did.

Told each action the simulation made through the services (what the customer
bought, what was refunded, what was lent and repaid), it works out with its
own arithmetic (kiosk.simulate.arithmetic, loan_model) what every balance,
stock level, owed amount, loan and receipt number must now be. It never
reads the database; kiosk.simulate.compare holds its picture against what
the services say.

Its accounts are raw, debit-positive satang by (kind, participant), as a
bookkeeper keeps a ledger: cash and PromptPay go up with a sale, what the
fund owes a participant goes down (a credit), and so on.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from kiosk.simulate.arithmetic import (
    for_amount, percent_of, price_times, running_part,
)
from kiosk.simulate.loan_model import LoanModel

PLOT_RATE = Fraction(100)  # the programme's own produce: all of it to the fund
CONSIGNMENT_RATE = Fraction(10)  # a participant's produce: a tenth to the fund
RECEIPT_PREFIX = "JP"


@dataclass(frozen=True)
class Asked:
    """One cart line as the customer asked for it."""

    product_id: int
    price: int  # satang per unit as charged
    quantity_milli: int | None  # None: sold by money
    owner: int | None
    discount: int = 0
    amount_asked: int | None = None  # "20 baht of it"


@dataclass
class Sold:
    product_id: int
    quantity: int  # thousandths
    amount: int
    owner: int | None
    rate: Fraction
    back_quantity: int = 0
    back_amount: int = 0


@dataclass
class SaleBook:
    sale_id: int
    number: str
    day: date
    cash: int
    promptpay: int
    lines: list[Sold]
    deducted: dict[int, list[tuple[tuple[str, int | None], int | None, int]]] = field(
        default_factory=dict)  # owner -> [(account, loan id, raw amount)] of the deduction
    back_cash: int = 0
    back_promptpay: int = 0
    voided: bool = False

    def gross_of(self, owner: int | None, refunded: bool = False) -> int:
        return sum(l.back_amount if refunded else l.amount for l in self.lines if l.owner == owner)

    def owners(self) -> list[int | None]:
        seen: list[int | None] = []
        for line in self.lines:
            if line.owner not in seen:
                seen.append(line.owner)
        return seen

    def rate_of(self, owner: int | None) -> Fraction:
        return next(l.rate for l in self.lines if l.owner == owner)


@dataclass
class DayBook:
    opening_float: int = 0
    cash: int = 0  # the drawer: sales' cash less cash given back
    sale_numbers: list[str] = field(default_factory=list)
    gross: int = 0
    given_back: int = 0
    counted: int | None = None


@dataclass
class MonthFigures:
    """A participant's month as their statement shows it."""

    sales_gross: int = 0
    commission: int = 0
    deducted: int = 0
    paid_out: int = 0


class Auditor:
    def __init__(self) -> None:
        self.accounts: dict[tuple[str, int | None], int] = defaultdict(int)
        self.stock: dict[int, int] = defaultdict(int)
        self.counters: dict[int, int] = defaultdict(int)  # BE year -> last receipt number
        self.sales: dict[int, SaleBook] = {}
        self.days: dict[date, DayBook] = {}
        self.loans: dict[int, LoanModel] = {}
        self.months: dict[tuple[str, int], MonthFigures] = defaultdict(MonthFigures)
        self.owed_at_month_end: dict[tuple[str, int], int] = {}
        self.participants: set[int] = set()
        self.consignment: dict[int, int] = {}  # product -> the participant who brings it
        self.sale_count = self.line_count = 0

    def forget_before(self, day: date) -> None:
        """Sales from before ``day`` can no longer be refunded or voided: drop their detail."""
        for sale_id in [i for i, s in self.sales.items() if s.day < day]:
            del self.sales[sale_id]

    # -- the ledger --------------------------------------------------------------------
    def post(self, lines: list[tuple[tuple[str, int | None], int]]) -> None:
        assert sum(amount for _, amount in lines) == 0, lines
        for account, amount in lines:
            self.accounts[account] += amount

    def owed(self, participant: int) -> int:
        """What the fund owes a participant, as people read it."""
        return -self.accounts[("owed_to_participant", participant)]

    def month_of(self, day: date, participant: int) -> MonthFigures:
        return self.months[(f"{day:%Y-%m}", participant)]

    # -- the stall -----------------------------------------------------------------------
    def open_day(self, day: date, opening_float: int) -> None:
        self.days.setdefault(day, DayBook()).opening_float = opening_float

    def expected_cash(self, day: date) -> int:
        book = self.days.get(day, DayBook())
        return book.opening_float + book.cash

    def close_day(self, day: date, counted: int) -> int:
        """The Z's difference (counted less expected)."""
        book = self.days.setdefault(day, DayBook())
        book.counted = counted
        return counted - self.expected_cash(day)

    def next_number(self, day: date) -> str:
        year = day.year + 543
        return f"{RECEIPT_PREFIX}-{year}-{self.counters[year] + 1:06d}"

    def line_amount(self, asked: Asked) -> tuple[int, int]:
        """(thousandths sold, amount charged) of a line."""
        if asked.amount_asked is not None:
            return for_amount(asked.amount_asked, asked.price), asked.amount_asked - asked.discount
        return asked.quantity_milli, price_times(asked.price, asked.quantity_milli) - asked.discount

    def sale(self, sale_id: int, day: date, asked: list[Asked], cash: int, promptpay: int) -> SaleBook:
        year = day.year + 543
        self.counters[year] += 1
        number = f"{RECEIPT_PREFIX}-{year}-{self.counters[year]:06d}"
        lines = []
        for a in asked:
            quantity, amount = self.line_amount(a)
            lines.append(Sold(a.product_id, quantity, amount, a.owner,
                              PLOT_RATE if a.owner is None else CONSIGNMENT_RATE))
            self.stock[a.product_id] -= quantity
        book = SaleBook(sale_id, number, day, cash, promptpay, lines)
        assert cash + promptpay == sum(l.amount for l in lines)
        self.sales[sale_id] = book
        self.sale_count += 1
        self.line_count += len(lines)
        entry = [(("cash", None), cash), (("promptpay", None), promptpay)]
        for owner in book.owners():
            gross = book.gross_of(owner)
            commission = percent_of(gross, book.rate_of(owner))
            entry += [(("commission", None), -commission),
                      (("plot_sales" if owner is None else "owed_to_participant", owner),
                       -(gross - commission))]
            if owner is not None:
                figures = self.month_of(day, owner)
                figures.sales_gross += gross
                figures.commission += commission
        self.post(entry)
        for owner in book.owners():
            if owner is not None:
                gross = book.gross_of(owner)
                self._deduct(book, owner, gross - percent_of(gross, book.rate_of(owner)))
        today = self.days.setdefault(day, DayBook())
        today.cash += cash
        today.gross += cash + promptpay
        today.sale_numbers.append(number)
        return book

    def _deduct(self, book: SaleBook, owner: int, net: int) -> None:
        """Each loan of the owner that takes from sales takes its share of ``net``."""
        if net <= 0:
            return
        available = self.owed(owner)
        taken, lines = 0, []
        for loan in sorted(self.loans.values(), key=lambda l: l.loan_id):
            if loan.participant != owner or loan.deduct <= 0 or loan.start > book.day \
                    or loan.closed:
                continue
            want = max(0, min(percent_of(net, loan.deduct), loan.due_by(book.day),
                              available - taken))
            if want <= 0:
                continue
            interest, principal = loan.split(want)
            loan.paid_interest += interest
            loan.paid_principal += principal
            lines += [(("loans_receivable", owner), loan.loan_id, -principal),
                      (("interest", None), loan.loan_id, -interest)]
            taken += want
        if taken:
            self.post([(account, amount) for account, _, amount in lines]
                      + [(("owed_to_participant", owner), taken)])
            book.deducted[owner] = lines
            self.month_of(book.day, owner).deducted += taken

    def _give_back(self, book: SaleBook, owner: int, before_net: int, back_net: int,
                   day: date) -> None:
        """The owner's loans give back the part of the sale's deduction ``back_net`` carries."""
        lines = book.deducted.get(owner)
        if not lines or back_net <= 0:
            return
        gross = book.gross_of(owner)
        whole = gross - percent_of(gross, book.rate_of(owner))
        entry, returned = [], 0
        for account, loan_id, amount in lines:
            if self.loans[loan_id].written_off:
                continue  # a loan written off since keeps its repayment
            part = running_part(-amount, whole, before_net, back_net)
            if part:
                entry.append((account, part))
                returned += part
                if account[0] == "interest":
                    self.loans[loan_id].paid_interest -= part
                else:
                    self.loans[loan_id].paid_principal -= part
        if returned:
            self.post(entry + [(("owed_to_participant", owner), -returned)])
            self.month_of(day, owner).deducted -= returned

    def _take_back(self, book: SaleBook, owner: int | None, given_before: int, gross: int,
                   commission: int, day: date) -> list[tuple[tuple[str, int | None], int]]:
        """The owner's lines of a refund or void (``gross`` back, ``given_before`` gone
        already) and, for a participant, their loans' part of the sale's deduction."""
        if owner is not None:
            figures = self.month_of(day, owner)
            figures.sales_gross -= gross
            figures.commission -= commission
            rate = book.rate_of(owner)
            self._give_back(book, owner, given_before - percent_of(given_before, rate),
                            gross - commission, day)
        return [(("commission", None), commission),
                (("plot_sales" if owner is None else "owed_to_participant", owner),
                 gross - commission)]

    def refund(self, sale_id: int, quantities: dict[int, int], day: date) -> int:
        """Give back some lines (index -> thousandths); returns the amount given back."""
        book = self.sales[sale_id]
        before = {owner: book.gross_of(owner, refunded=True) for owner in book.owners()}
        back_by_owner: dict[int | None, int] = defaultdict(int)
        amount = 0
        for index, quantity in sorted(quantities.items()):
            line = book.lines[index]
            part = running_part(line.amount, line.quantity, line.back_quantity, quantity)
            line.back_quantity += quantity
            line.back_amount += part
            back_by_owner[line.owner] += part
            amount += part
            self.stock[line.product_id] += quantity
        cash = min(amount, book.cash - book.back_cash)
        promptpay = amount - cash
        book.back_cash += cash
        book.back_promptpay += promptpay
        entry = [(("cash", None), -cash), (("promptpay", None), -promptpay)]
        for owner, gross in back_by_owner.items():
            rate = book.rate_of(owner)
            commission = percent_of(before[owner] + gross, rate) - percent_of(before[owner], rate)
            entry += self._take_back(book, owner, before[owner], gross, commission, day)
        self.post(entry)
        today = self.days.setdefault(day, DayBook())
        today.cash -= cash
        today.given_back += amount
        return amount

    def void(self, sale_id: int, day: date) -> int:
        """Void what is left of a sale; returns the amount given back."""
        book = self.sales[sale_id]
        cash, promptpay = book.cash - book.back_cash, book.promptpay - book.back_promptpay
        entry = [(("cash", None), -cash), (("promptpay", None), -promptpay)]
        for owner in book.owners():
            rate = book.rate_of(owner)
            sold, given = book.gross_of(owner), book.gross_of(owner, refunded=True)
            gross = sold - given
            commission = percent_of(sold, rate) - percent_of(given, rate)
            if not gross:
                continue
            entry += self._take_back(book, owner, given, gross, commission, day)
        for line in book.lines:
            self.stock[line.product_id] += line.quantity - line.back_quantity
            line.back_amount, line.back_quantity = line.amount, line.quantity
        book.voided = True
        self.post(entry)
        today = self.days.setdefault(day, DayBook())
        today.cash -= cash
        today.given_back += cash + promptpay
        return cash + promptpay

    # -- stock -----------------------------------------------------------------------------
    def stock_in(self, product_id: int, quantity_milli: int) -> None:
        self.stock[product_id] += quantity_milli

    def counted(self, product_id: int, quantity_milli: int) -> None:
        self.stock[product_id] = quantity_milli

    # -- the fund ----------------------------------------------------------------------------
    def donation(self, amount: int, into: str) -> None:
        self.post([((into, None), amount), (("donations", None), -amount)])

    def grant(self, amount: int, paid_from: str) -> None:
        self.post([(("grants", None), amount), ((paid_from, None), -amount)])

    def payout(self, participant: int, amount: int, paid_from: str, day: date) -> None:
        self.post([(("owed_to_participant", participant), amount), ((paid_from, None), -amount)])
        self.month_of(day, participant).paid_out += amount

    def lend(self, loan: LoanModel, paid_from: str) -> None:
        self.loans[loan.loan_id] = loan
        self.post([(("loans_receivable", loan.participant), loan.principal),
                   ((paid_from, None), -loan.principal)])

    def repay(self, loan_id: int, amount: int, paid_by: str) -> None:
        loan = self.loans[loan_id]
        interest, principal = loan.split(amount)
        assert interest + principal == amount
        loan.paid_interest += interest
        loan.paid_principal += principal
        self.post([((paid_by, None), amount), (("loans_receivable", loan.participant), -principal),
                   (("interest", None), -interest)])

    def write_off(self, loan_id: int) -> int:
        loan = self.loans[loan_id]
        amount = loan.principal_left
        loan.written_off_amount = amount
        loan.written_off = True
        self.post([(("write_offs", None), amount),
                   (("loans_receivable", loan.participant), -amount)])
        return amount

    def month_closed(self, month: str) -> None:
        for participant in self.participants:
            self.owed_at_month_end[(month, participant)] = self.owed(participant)

    def kind_total(self, kind: str) -> int:
        return sum(amount for (k, _), amount in self.accounts.items() if k == kind)
