"""Issue 13 section 3: one machine across the services. Sales, refunds, voids, stock,
harvests, loans, repayments, write-offs, grants, payouts, donations, month closes and
journal reversals, in any order, on days that pass (the simulated clock), with fuzzed
amounts and quantities: nothing but the kiosk's own errors ever escapes, and every
`kiosk check` invariant holds after every step."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings as hsettings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import func, select

from kiosk import dates
from kiosk.check_cli import run_checks
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import Participant, Role
from kiosk.models.ledger import JournalEntry
from kiosk.money import Money
from kiosk.services import (
    auth, fund_postings, loans, plot_beds, plot_crops, plot_harvests, plot_plantings, sale_commit,
    sale_reversals, sales,
    stock_forms, trading_day,
)
from kiosk.services.cart import Cart
from kiosk.services.sale_rules import PaymentRequest
from fuzz_strategies import HUGE, money_text, quantities, texts
from sales_helpers import line, make_catalogue

pytestmark = pytest.mark.slow

_templates: list[Path] = []
START = date(2026, 1, 5)


@pytest.fixture(autouse=True)
def _share_the_template(migrated_template):
    _templates[:] = [migrated_template]


def amounts():
    def parsed(text: str) -> object:
        try:
            return Money.parse(text)
        except KioskError:
            return Money(0)
    return st.one_of(st.integers(1, 500_000).map(Money), money_text().map(parsed),
                     HUGE.map(Money), st.just(Money(-100)))


class MarketMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        path = Path(self.tmp.name) / "k.sqlite3"
        shutil.copyfile(_templates[0], path)
        self.db = Database(f"sqlite:///{path}")
        self.now = datetime.combine(START, time(9), tzinfo=dates.BANGKOK)
        self.clock = dates.simulated_clock(lambda: self.now.astimezone(timezone.utc))
        self.clock.__enter__()
        self.products = list(make_catalogue(self.db, stock_each="20").values())
        with self.db.unit_of_work() as session:
            session.add(Participant(name_th="บุญมี ขยัน", joined_on=START))
        with self.db.reading() as session:
            self.people = sorted(session.scalars(select(Participant.id)))
        self.vendor = auth.SignedIn(auth.create_operator(self.db, "ฝน", Role.VENDOR, "1111"),
                                    "ฝน", Role.VENDOR, None)
        self.staff = auth.SignedIn(auth.create_operator(self.db, "แดง", Role.STAFF, "2222"),
                                   "แดง", Role.STAFF, None)
        fund_postings.record_donation(self.db, key="gift", donor="มูลนิธิ",
                                      amount=Money.baht(30_000), on=START, received_into="bank")
        crop = plot_crops.create_crop(self.db, self.staff, name_th="คะน้า", name_en="Kale",
                                      family="Brassicaceae", start_from="seed",
                                      days_to_first_harvest=1, harvest_window_days=300,
                                      sale_unit="bunch", product_ids=[self.products[0].id])
        bed = plot_beds.add_bed(self.db, self.staff, "แปลงหนึ่ง", 10, 10, 200, 100)
        self.planting = plot_plantings.create_planting(self.db, self.staff, crop.id, bed.id,
                                                       START).planting.id
        self.sales: list[int] = []
        self.loans: list[int] = []
        self.serial = 0

    def teardown(self) -> None:
        self.clock.__exit__(None, None, None)
        self.db.dispose()
        self.tmp.cleanup()

    def attempt(self, call) -> object:
        """The service either works or refuses with the kiosk's own error (and a message)."""
        try:
            return call()
        except KioskError as refused:
            assert refused.message.strip()
            return None

    def key(self, what: str) -> str:
        self.serial += 1
        return f"{what}-{self.serial}"

    @property
    def today(self) -> date:
        return self.now.date()

    # -- time passes ---------------------------------------------------------------
    @rule(days=st.integers(1, 20))
    def days_pass(self, days):
        self.now += timedelta(days=days)

    # -- the stall -----------------------------------------------------------------
    @rule(opening=amounts())
    def open_day(self, opening):
        self.attempt(lambda: sales.open_day(self.db, self.staff, opening))

    @rule(counted=amounts())
    def close_day(self, counted):
        self.attempt(lambda: trading_day.close_day(self.db, self.vendor, counted, "2222"))

    @rule(picks=st.lists(st.tuples(st.integers(0, 3), quantities(), st.booleans()),
                         min_size=1, max_size=5),
          promptpay=amounts(), extra=st.integers(0, 200_000))
    def sell(self, picks, promptpay, extra):
        if not trading_day.day_state(self.db).opened:
            self.attempt(lambda: sales.open_day(self.db, self.staff, Money(0)))

        def make() -> Cart:
            cart = Cart(sale_uid=self.key("sale"))
            for index, quantity, owned in picks:
                product = self.products[index]
                cart = cart.add(line(product, "1", self.people[0] if owned else None))
                cart = cart.set_quantity(len(cart.lines) - 1, quantity)
            return cart
        cart = self.attempt(make)
        if cart is None or cart.is_empty:
            return
        pp = min(promptpay, cart.total) if promptpay.satang > 0 else Money(0)
        result = self.attempt(lambda: sale_commit.commit_sale(self.db, cart, self.vendor, PaymentRequest(
            cash_tendered=cart.total - pp + Money(extra), promptpay=pp)))
        if result is not None:
            self.sales.append(result.sale_id)

    @rule(pick=st.integers(0, 50), line_index=st.integers(0, 4), quantity=quantities(),
          reason=texts(40))
    def refund(self, pick, line_index, quantity, reason):
        if not self.sales:
            return
        sale = sales.sale_result(self.db, self.sales[pick % len(self.sales)])
        if line_index >= len(sale.lines):
            return
        self.attempt(lambda: sale_reversals.refund_lines(
            self.db, sale.sale_id, {sale.lines[line_index].line_id: quantity}, self.staff,
            "2222", reason))

    @rule(pick=st.integers(0, 50), reason=texts(40))
    def void(self, pick, reason):
        if self.sales:
            self.attempt(lambda: sale_reversals.void_sale(self.db, self.sales[pick % len(self.sales)],
                                                 self.staff, "2222", reason))

    # -- stock and the plot ----------------------------------------------------------
    @rule(index=st.integers(0, 3), quantity=quantities(), which=st.sampled_from(
        ["consignment", "waste", "count", "harvest"]))
    def stock(self, index, quantity, which):
        product = self.products[index].id
        call = {
            "consignment": lambda: stock_forms.receive_consignment(
                self.db, self.staff, self.people[0], product, quantity),
            "waste": lambda: stock_forms.record_waste(self.db, self.staff, product, quantity,
                                                      "ผักเหี่ยว"),
            "count": lambda: stock_forms.record_count(self.db, self.staff, product, quantity),
            "harvest": lambda: plot_harvests.record_harvest(self.db, self.staff, self.planting,
                                                            quantity, on=self.today),
        }[which]
        self.attempt(call)

    # -- the fund --------------------------------------------------------------------
    @rule(amount=amounts(), who=st.integers(0, 1), which=st.sampled_from(
        ["donation", "grant", "payout"]))
    def money(self, amount, who, which):
        pid, on = self.people[who], self.today
        call = {
            "donation": lambda: fund_postings.record_donation(
                self.db, key=self.key("d"), donor="ผู้ใจบุญ", amount=amount, on=on),
            "grant": lambda: fund_postings.give_grant(
                self.db, key=self.key("g"), participant_id=pid, amount=amount,
                purpose="ค่าปุ๋ย", on=on),
            "payout": lambda: fund_postings.pay_out(
                self.db, key=self.key("p"), participant_id=pid, amount=amount, on=on),
        }[which]
        self.attempt(call)

    @rule(principal=amounts(), who=st.integers(0, 1), term=st.integers(-1, 30),
          frequency=st.sampled_from(["month", "week"]),
          terms=st.sampled_from([("flat", "12"), ("zero", "0"), ("declining", "18"),
                                 ("flat", "-3"), ("flat", "1e9")]),
          percent=st.sampled_from(["0", "20", "100", "150", "abc"]))
    def lend(self, principal, who, term, frequency, terms, percent):
        method, rate = terms
        loan = self.attempt(lambda: loans.lend(
            self.db, key=self.key("loan"), participant_id=self.people[who], principal=principal,
            start_on=self.today, term=term, frequency=frequency, method=method, annual_rate=rate,
            purpose="ท่อน้ำ", paid_from="bank", auto_deduct_percent=percent))
        if loan is not None:
            self.loans.append(loan)

    @rule(pick=st.integers(0, 20), amount=amounts(), off=st.booleans())
    def repay_or_write_off(self, pick, amount, off):
        if not self.loans:
            return
        loan = self.loans[pick % len(self.loans)]
        if off:
            self.attempt(lambda: loans.write_off(
                self.db, key=self.key("w"), loan_id=loan, on=self.today, reason="ย้ายบ้าน",
                staff_pin="2222", operator_id=self.staff.operator_id))
        else:
            self.attempt(lambda: loans.repay(self.db, key=self.key("r"), loan_id=loan,
                                             amount=amount, on=self.today))

    @rule()
    def close_month(self):
        months = fund_postings.closable_months(self.db)
        if months:
            year, month = months[-1]
            self.attempt(lambda: fund_postings.close_month(self.db, year, month,
                                                           self.staff.operator_id))

    @rule(pick=st.integers(1, 400))
    def reverse_from_the_journal(self, pick):
        with self.db.reading() as session:
            last = session.scalar(select(func.max(JournalEntry.id))) or 1
        self.attempt(lambda: fund_postings.reverse(
            self.db, key=self.key("rev"), entry_id=pick % last + 1, on=self.today,
            reason="บันทึกผิด", operator_id=self.staff.operator_id))

    # -- after every step ------------------------------------------------------------------
    @invariant()
    def every_check_holds(self):
        failed = {r.name: r.problems for r in run_checks(self.db) if not r.ok}
        assert failed == {}


MarketMachine.TestCase.settings = hsettings(
    max_examples=6, stateful_step_count=12, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestMarketSequences = MarketMachine.TestCase

