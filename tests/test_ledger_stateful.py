"""Random sequences of fund actions, reversals of every kind, reschedules, write-offs
and month closes; every `kiosk check` invariant holds after each step."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from hypothesis import settings as hsettings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from kiosk import dates
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import Participant, Role
from kiosk.models.ledger import JournalEntry, Loan
from kiosk.models.sales import SaleLine
from kiosk.money import Money
from kiosk.services import (auth, checks, fund_postings, ledger_reads, loan_inputs, loan_reversals, loans,
                            periods, sale_commit, sale_reversals, sale_rules, settings)
from sales_helpers import cart_of, make_catalogue, open_day

# a hundred-odd steps with every invariant after each: ~30 s alone, but several
# times that on a machine shared with other suites (the 120 s default then fails it)
pytestmark = [pytest.mark.slow, pytest.mark.long, pytest.mark.timeout(600)]

TODAY = dates.today()
LAST_MONTH_DAY = TODAY.replace(day=1) - timedelta(days=3)
TWO_MONTHS_AGO = (LAST_MONTH_DAY.replace(day=1) - timedelta(days=1)).replace(day=15)
DAYS = (TWO_MONTHS_AGO, LAST_MONTH_DAY, TODAY)
_keys = itertools.count()
amounts = st.integers(1, 500_000).map(Money)


_templates: list[Path] = []


@pytest.fixture(autouse=True)
def _share_the_template(migrated_template):
    """The state machine is not a pytest test: hand it the session's migrated file."""
    _templates[:] = [migrated_template]


def _template() -> Path:
    return _templates[0]


def key() -> str:
    return f"k{next(_keys)}"


class FundMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        path = Path(self.tmp.name) / "k.sqlite3"
        shutil.copyfile(_template(), path)  # migrating each of the 20 examples took a third of the run
        self.db = Database(f"sqlite:///{path}")
        with self.db.unit_of_work() as session:
            people = [Participant(name_th=n, joined_on=date(2025, 1, 1)) for n in ("ก", "ข")]
            settings.put(session, periods.FIRST_DAY_SETTING, TWO_MONTHS_AGO.replace(day=1).isoformat())
            session.add_all(people)
            session.flush()
            self.people = [p.id for p in people]
        staff_id = auth.create_operator(self.db, "พี่แดง", Role.STAFF, "2222")
        self.staff = auth.SignedIn(staff_id, "พี่แดง", Role.STAFF, None)
        vendor_id = auth.create_operator(self.db, "น้องฝน", Role.VENDOR, "1111")
        self.vendor = auth.SignedIn(vendor_id, "น้องฝน", Role.VENDOR, None)
        self.products = make_catalogue(self.db, stock_each="100000")
        open_day(self.db, self.vendor)  # the sales below are today's: its float first
        self.sales: list[int] = []
        # a fund to lend from, as the programme's was seeded
        fund_postings.record_donation(self.db, key="seed", donor="MICE", amount=Money.baht(100_000),
                             on=TWO_MONTHS_AGO, received_into="bank")
        self.entries: list[int] = []
        self.loans: list[int] = []
        self.repayments: list[int] = []
        self.write_offs: list[int] = []

    def teardown(self) -> None:
        self.db.dispose()
        self.tmp.cleanup()

    def _try(self, action):
        try:
            result = action()
        except KioskError:
            return None
        if isinstance(result, int):
            self.entries.append(result)
        return result

    @rule(amount=amounts, on=st.sampled_from(DAYS), into=st.sampled_from(fund_postings.RECEIVED_INTO))
    def donate(self, amount, on, into):
        self._try(lambda: fund_postings.record_donation(self.db, key=key(), donor="ผู้ใจบุญ", amount=amount,
                                               on=on, received_into=into))

    @rule(code=st.sampled_from(["KALE", "CORIANDER", "CHILI"]), pieces=st.integers(1, 40),
          who=st.integers(0, 2), promptpay=st.booleans())
    def sell(self, code, pieces, who, promptpay):
        owner = None if who == 2 else self.people[who]
        cart = cart_of(self.products, (code, str(pieces), owner))
        payment = (sale_rules.PaymentRequest(promptpay=cart.total) if promptpay
                   else sale_rules.PaymentRequest(cash_tendered=cart.total))
        result = self._try(lambda: sale_commit.commit_sale(self.db, cart, self.vendor, payment))
        if result is not None:
            self.sales.append(result.sale_id)
            with self.db.reading() as session:  # for the journal's Reverse, which must refuse it
                self.entries.append(session.scalar(select(JournalEntry.id).where(
                    JournalEntry.reference == result.number).order_by(JournalEntry.id).limit(1)))

    @precondition(lambda self: self.sales)
    @rule(data=st.data(), pieces=st.integers(1, 10))
    def refund(self, data, pieces):
        sale_id = data.draw(st.sampled_from(self.sales))
        with self.db.reading() as session:
            line_id = session.scalar(select(SaleLine.id).where(SaleLine.sale_id == sale_id))
        self._try(lambda: sale_reversals.refund_lines(self.db, sale_id, {line_id: Decimal(pieces)}, self.staff,
                                             "2222", "ลูกค้าคืนของ"))

    @precondition(lambda self: self.sales)
    @rule(data=st.data())
    def void(self, data):
        sale_id = data.draw(st.sampled_from(self.sales))
        self._try(lambda: sale_reversals.void_sale(self.db, sale_id, self.staff, "2222", "ขายผิด"))

    @rule(amount=amounts, who=st.integers(0, 1), paid_from=st.sampled_from(fund_postings.PAID_FROM))
    def grant(self, amount, who, paid_from):
        self._try(lambda: fund_postings.give_grant(self.db, key=key(), participant_id=self.people[who],
                                          amount=amount, purpose="ทุน", on=TODAY, paid_from=paid_from))

    @rule(amount=amounts, who=st.integers(0, 1))
    def payout(self, amount, who):
        self._try(lambda: fund_postings.pay_out(self.db, key=key(), participant_id=self.people[who],
                                       amount=amount, on=TODAY))

    @rule(amount=st.integers(100, 20_000).map(lambda b: Money(b * 100)), who=st.integers(0, 1),
          term=st.integers(1, 6), method=st.sampled_from(loan_inputs.METHODS), on=st.sampled_from(DAYS))
    def lend(self, amount, who, term, method, on):
        loan_id = self._try(lambda: loans.lend(
            self.db, key=key(), participant_id=self.people[who], principal=amount,
            start_on=on, term=term, frequency="week", method=method,
            annual_rate="12", purpose="ทุนค้าขาย", paid_from="bank", auto_deduct_percent="10"))
        if loan_id is not None:
            self.entries.pop()
            self.loans.append(loan_id)
            with self.db.reading() as session:  # its payout, for the journal's Reverse
                self.entries.append(session.get(Loan, loan_id).disbursed_entry_id)

    @precondition(lambda self: self.loans)
    @rule(data=st.data(), amount=amounts, donate_rest=st.booleans(), on=st.sampled_from(DAYS))
    def repay(self, data, amount, donate_rest, on):
        loan_id = data.draw(st.sampled_from(self.loans))
        entry_id = self._try(lambda: loans.repay(self.db, key=key(), loan_id=loan_id, amount=amount,
                                                 on=on, rest="donation" if donate_rest else "refuse"))
        if entry_id is not None:
            self.repayments.append(entry_id)

    @precondition(lambda self: self.entries)
    @rule(data=st.data(), on=st.sampled_from(DAYS))
    def reverse_from_journal(self, data, on):
        # the newest entries mostly: a loan's entries are reversed newest first
        entry_id = data.draw(st.sampled_from(self.entries[-3:]) | st.sampled_from(self.entries))
        self._try(lambda: fund_postings.reverse(self.db, key=key(), entry_id=entry_id, on=on, reason="แก้ไข",
                                       operator_id=None))

    @precondition(lambda self: self.repayments)
    @rule(data=st.data())
    def reverse_repayment(self, data):
        entry_id = data.draw(st.sampled_from(self.repayments[-2:]) | st.sampled_from(self.repayments))
        self._try(lambda: loan_reversals.reverse_repayment(self.db, key=key(), entry_id=entry_id,
                                                           on=TODAY, reason="นับผิด"))

    @precondition(lambda self: self.write_offs)
    @rule(data=st.data())
    def reverse_write_off(self, data):
        entry_id = data.draw(st.sampled_from(self.write_offs))
        self._try(lambda: loan_reversals.reverse_write_off(self.db, key=key(), entry_id=entry_id,
                                                           on=TODAY, reason="จ่ายได้"))

    @precondition(lambda self: self.loans)
    @rule(data=st.data())
    def cancel_loan(self, data):
        loan_id = data.draw(st.sampled_from(self.loans))
        self._try(lambda: loan_reversals.cancel_loan(self.db, key=key(), loan_id=loan_id, on=TODAY,
                                                     reason="จ่ายผิด"))

    @precondition(lambda self: self.loans)
    @rule(data=st.data(), term=st.integers(1, 6), method=st.sampled_from(loan_inputs.METHODS))
    def reschedule(self, data, term, method):
        loan_id = data.draw(st.sampled_from(self.loans))
        self._try(lambda: loans.reschedule(self.db, loan_id=loan_id, on=TODAY, term=term,
                                           frequency="week", method=method, annual_rate="12",
                                           reason="น้ำท่วม", staff_pin="2222"))

    @precondition(lambda self: self.loans)
    @rule(data=st.data())
    def write_off(self, data):
        loan_id = data.draw(st.sampled_from(self.loans))
        if data.draw(st.integers(0, 2)):  # rarer than the rest: a written-off loan takes nothing
            return
        entry_id = self._try(lambda: loans.write_off(self.db, key=key(), loan_id=loan_id, on=TODAY,
                                                     reason="ย้ายบ้าน", staff_pin="2222"))
        if entry_id is not None:
            self.write_offs.append(entry_id)

    @rule()
    def close_next_month(self):
        months = fund_postings.closable_months(self.db)
        if months:
            fund_postings.close_month(self.db, *months[0], None)

    @invariant()
    def books_hold(self):
        with self.db.reading() as session:
            problems = {name: p for name, check in checks.registered_checks().items()
                        if (p := check(session))}
            assert problems == {}
            assert not ledger_reads.available(session).is_negative


FundMachine.TestCase.settings = hsettings(max_examples=20, stateful_step_count=20, deadline=None)
TestFundSequences = FundMachine.TestCase
