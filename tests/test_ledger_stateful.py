"""Random sequences of fund actions; every ledger invariant holds after each step."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import settings as hsettings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from kiosk import dates
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import checks, fund, ledger, loans
from kiosk.services.ledger import OwnerShare

pytestmark = pytest.mark.slow

TODAY = dates.today()
LAST_MONTH_DAY = TODAY.replace(day=1) - timedelta(days=3)
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
            session.add_all(people)
            session.flush()
            self.people = [p.id for p in people]
        self.entries: list[int] = []
        self.loans: list[int] = []
        self.closed = False

    def teardown(self) -> None:
        self.db.dispose()
        self.tmp.cleanup()

    def _day(self, last_month: bool) -> date:
        return LAST_MONTH_DAY if last_month and not self.closed else TODAY

    def _try(self, action):
        try:
            result = action()
        except KioskError:
            return None
        if isinstance(result, int):
            self.entries.append(result)
        return result

    @rule(amount=amounts, last_month=st.booleans(), into=st.sampled_from(fund.RECEIVED_INTO))
    def donate(self, amount, last_month, into):
        self._try(lambda: fund.record_donation(self.db, key=key(), donor="ผู้ใจบุญ", amount=amount,
                                               on=self._day(last_month), received_into=into))

    @rule(gross=amounts, pct=st.integers(0, 100), who=st.integers(0, 2), promptpay=st.booleans(),
          refund=st.booleans())
    def sell(self, gross, pct, who, promptpay, refund):
        owner = None if who == 2 else self.people[who]
        commission = gross.percent(pct)
        sign = -1 if refund else 1

        def post():
            with self.db.unit_of_work() as session:
                return ledger.post_sale(
                    session, key=key(), reference="S", on=TODAY, operator_id=None,
                    cash=Money(0) if promptpay else gross * sign,
                    promptpay=gross * sign if promptpay else Money(0),
                    shares=[OwnerShare(owner, gross * sign, commission * sign)])
        self._try(post)

    @rule(amount=amounts, who=st.integers(0, 1))
    def grant(self, amount, who):
        self._try(lambda: fund.give_grant(self.db, key=key(), participant_id=self.people[who],
                                          amount=amount, purpose="ทุน", on=TODAY))

    @rule(amount=amounts, who=st.integers(0, 1))
    def payout(self, amount, who):
        self._try(lambda: fund.pay_out(self.db, key=key(), participant_id=self.people[who],
                                       amount=amount, on=TODAY))

    @rule(amount=st.integers(100, 20_000).map(lambda b: Money(b * 100)), who=st.integers(0, 1),
          term=st.integers(1, 6), method=st.sampled_from(loans.METHODS), last_month=st.booleans())
    def lend(self, amount, who, term, method, last_month):
        loan_id = self._try(lambda: loans.create_loan(
            self.db, key=key(), participant_id=self.people[who], principal=amount,
            start_on=self._day(last_month), term=term, frequency="week", method=method,
            annual_rate="12", purpose="ทุนค้าขาย", paid_from="cash", auto_deduct_percent="10"))
        if loan_id is not None:
            self.entries.pop()
            self.loans.append(loan_id)

    @precondition(lambda self: self.loans)
    @rule(data=st.data(), amount=amounts, donate_rest=st.booleans())
    def repay(self, data, amount, donate_rest):
        loan_id = data.draw(st.sampled_from(self.loans))
        self._try(lambda: loans.repay(self.db, key=key(), loan_id=loan_id, amount=amount, on=TODAY,
                                      rest="donation" if donate_rest else "refuse"))

    @rule(who=st.integers(0, 1), proceeds=amounts)
    def deduct(self, who, proceeds):
        with self.db.unit_of_work() as session:
            taken = loans.deduct_from_proceeds(session, self.people[who], TODAY, proceeds)
        assert taken <= proceeds

    @precondition(lambda self: self.entries)
    @rule(data=st.data())
    def reverse(self, data):
        entry_id = data.draw(st.sampled_from(self.entries))
        self._try(lambda: fund.reverse(self.db, key=key(), entry_id=entry_id, on=TODAY,
                                       reason="แก้ไข", operator_id=None))

    @precondition(lambda self: not self.closed)
    @rule()
    def close_last_month(self):
        fund.close_month(self.db, LAST_MONTH_DAY.year, LAST_MONTH_DAY.month, None)
        self.closed = True

    @invariant()
    def books_hold(self):
        with self.db.reading() as session:
            problems = {name: p for name, check in checks.registered_checks().items()
                        if name.startswith("ledger") and (p := check(session))}
            assert problems == {}
            assert not ledger.available(session).is_negative


FundMachine.TestCase.settings = hsettings(max_examples=20, stateful_step_count=15, deadline=None)
TestFundSequences = FundMachine.TestCase
