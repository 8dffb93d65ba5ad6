"""Loans: schedules, repayments, deductions from sales, arrears, PAR, reschedule, write-off."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import example, given, settings as hsettings, strategies as st

from kiosk import dates
from kiosk.errors import InvalidInput, NotAllowed
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import (checks, fund, fund_postings, loan_inputs, loan_reversals, loan_schedule,
                            loan_standing, loans, sale_ledger)
from kiosk.services.sale_ledger import OwnerShare

TODAY = dates.today()
B = Money.baht


# -- schedules -------------------------------------------------------------------
@given(principal=st.integers(1, 5_000_000), term=st.integers(1, 60),
       frequency=st.sampled_from(loan_inputs.FREQUENCIES), method=st.sampled_from(loan_inputs.METHODS),
       rate=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("36"), places=2),
       multiple=st.sampled_from([1, 100, 500, 1000]))
@hsettings(max_examples=300, deadline=None)
# a loan so small that its principal runs out before its interest
@example(principal=1, term=52, frequency="month", method="flat", rate=Decimal("0.81"), multiple=1)
@example(principal=310, term=44, frequency="month", method="declining", rate=Decimal("19.38"),
         multiple=500)
def test_a_schedule_sums_exactly_and_rounds_only_the_last_instalment(
        principal, term, frequency, method, rate, multiple):
    principal = Money(principal * 100)
    periodic = rate / 100 / loan_schedule.PERIODS_PER_YEAR[frequency]
    annuity = principal.satang * periodic / (1 - (1 + periodic) ** -term)
    # declining balance: an instalment only a few rounding steps big cannot be
    # a multiple that both covers the interest and lasts the whole term
    too_coarse = method == "declining" and annuity < 3 * multiple
    if principal.satang < term * multiple:
        with pytest.raises(InvalidInput):
            loan_schedule.make_schedule(principal, date(2026, 1, 31), term, frequency, method, rate, multiple)
        return
    try:
        rows = loan_schedule.make_schedule(principal, date(2026, 1, 31), term, frequency, method, rate,
                                           multiple)
    except InvalidInput:
        assert too_coarse  # refused only where no whole-multiple schedule can exist
        return
    assert len(rows) == term
    assert sum((r.principal for r in rows), Money(0)) == principal
    assert all(r.principal.satang >= 0 and r.interest.satang >= 0 for r in rows)
    assert all(r.total.satang % multiple == 0 for r in rows[:-1])
    assert [r.seq for r in rows] == list(range(1, term + 1))
    assert all(a.due_on < b.due_on for a, b in zip(rows, rows[1:]))
    assert rows[0].due_on > date(2026, 1, 31)
    if method == "zero":
        assert all(not r.interest for r in rows)
    elif method == "flat":
        expected = (Decimal(principal.satang) * rate / 100 * term
                    / loan_schedule.PERIODS_PER_YEAR[frequency]).to_integral_value(rounding="ROUND_HALF_UP")
        assert sum((r.interest for r in rows), Money(0)).satang == int(expected)
    if method != "declining" and term > 1:
        # equal instalments; the last one takes what is left (never less)
        assert len({r.total for r in rows[:-1]}) == 1
        assert rows[-1].total >= rows[0].total


def test_known_schedules():
    zero = loan_schedule.make_schedule(B(1000), date(2026, 1, 31), 3, "month", "zero", Decimal(0))
    assert [(r.due_on, r.total) for r in zero] == [
        (date(2026, 2, 28), B(333)), (date(2026, 3, 31), B(333)), (date(2026, 4, 30), B(334))]
    flat = loan_schedule.make_schedule(B(12000), date(2026, 1, 1), 12, "month", "flat", Decimal(12))
    assert sum((r.interest for r in flat), Money(0)) == B(1440)
    assert flat[0].total == B(1120) and flat[0].interest == B(120)
    declining = loan_schedule.make_schedule(B(10000), date(2026, 1, 1), 12, "month", "declining", Decimal(12))
    assert declining[0].interest == B(100)  # 1 % of 10,000 in the first month
    assert declining[0].total == B(888)  # the annuity 888.49 rounded down to the baht
    weekly = loan_schedule.make_schedule(B(700), date(2026, 1, 1), 7, "week", "zero", Decimal(0))
    assert weekly[-1].due_on == date(2026, 2, 19) and {r.total for r in weekly} == {B(100)}


# -- with a database ----------------------------------------------------------------
@pytest.fixture
def funded(db):
    """Two participants and a fund holding 100,000 baht."""
    with db.unit_of_work() as session:
        ids = []
        for name in ("สมศรี ใจดี", "บุญมี ขยัน"):
            person = Participant(name_th=name, joined_on=date(2025, 1, 5))
            session.add(person)
            session.flush()
            ids.append(person.id)
    fund_postings.record_donation(db, key="seed", donor="Khon Kaen MICE Management", amount=B(100000),
                         on=TODAY - timedelta(days=400), received_into="bank")
    return ids


def ledger_problems(db):
    with db.reading() as session:
        return {name: p for name, check in checks.registered_checks().items()
                if name.startswith("ledger") and (p := check(session))}


def new_loan(db, participant, principal=B(3000), start=TODAY - timedelta(days=100), term=3,
             method="zero", rate="0", key="loan-1", **kw):
    return loans.lend(db, key=key, participant_id=participant, principal=principal,
                      start_on=start, term=term, frequency="month", method=method,
                      annual_rate=rate, purpose="รถเข็นขายผัก", paid_from="bank", **kw)


def test_a_loan_moves_money_to_the_participants_sub_account(db, funded):
    somsri, _ = funded
    loan_id = new_loan(db, somsri)
    assert new_loan(db, somsri) == loan_id  # same key: the same loan
    overview = fund.overview(db)
    assert overview.lent_out == B(3000) and overview.bank == B(97000)
    with db.reading() as session:
        status = loan_standing.loan_status(session, loan_id)
    assert status.number == f"L-{dates.be_year(TODAY - timedelta(days=100))}-001"
    assert status.owed == B(3000) and len(status.instalments) == 3
    assert ledger_problems(db) == {}


def test_repayments_go_to_the_oldest_instalment_interest_first(db, funded):
    somsri, _ = funded
    loan_id = new_loan(db, somsri, principal=B(1200), term=2, method="flat", rate="12",
                       start=TODAY - timedelta(days=70))
    with db.reading() as session:
        first = loan_standing.loan_status(session, loan_id).instalments[0]
    assert (first.principal, first.interest) == (B(600), B(12))
    loans.repay(db, key="r1", loan_id=loan_id, amount=B(10), on=TODAY)
    with db.reading() as session:
        s = loan_standing.loan_status(session, loan_id)
    assert s.instalments[0].interest_paid == B(10) and s.instalments[0].principal_paid == Money(0)
    loans.repay(db, key="r2", loan_id=loan_id, amount=B(700), on=TODAY)
    with db.reading() as session:
        s = loan_standing.loan_status(session, loan_id)
    assert s.instalments[0].unpaid == Money(0)
    assert (s.instalments[1].interest_paid, s.instalments[1].principal_paid) == (B(12), B(86))
    assert s.principal_outstanding == B(514) and s.interest_outstanding == Money(0)
    assert fund.overview(db).lent_out == B(514)
    assert ledger_problems(db) == {}


def test_a_repayment_above_what_is_owed_is_refused_or_taken_as_donation(db, funded, english):
    somsri, _ = funded
    loan_id = new_loan(db, somsri, principal=B(1000), term=1)
    with pytest.raises(loans.Overpayment) as caught:
        loans.repay(db, key="r", loan_id=loan_id, amount=B(1500), on=TODAY)
    assert caught.value.owed == B(1000)
    assert fund.overview(db).lent_out == B(1000)
    loans.repay(db, key="r", loan_id=loan_id, amount=B(1500), on=TODAY, rest="donation")
    overview = fund.overview(db)
    assert overview.lent_out == Money(0) and overview.cash == B(1500)
    assert overview.month_donations == B(500)
    with pytest.raises(InvalidInput, match="fully repaid"):
        loans.repay(db, key="r9", loan_id=loan_id, amount=B(1), on=TODAY)


def test_deduction_from_proceeds_repays_from_what_the_participant_is_owed(db, funded):
    somsri, boonmee = funded
    loan_id = new_loan(db, somsri, principal=B(1000), term=2, auto_deduct_percent="20")
    with db.unit_of_work() as session:
        sale_ledger.post_sale(session, key="s1", reference="S1", on=TODAY, operator_id=None,
                         cash=B(500), promptpay=Money(0), shares=[OwnerShare(somsri, B(500), B(50))])
        taken = loans.deduct_from_proceeds(session, somsri, TODAY, B(450), key="d1")
        again = loans.deduct_from_proceeds(session, somsri, TODAY, B(450), key="d1")
        none = loans.deduct_from_proceeds(session, boonmee, TODAY, B(450))
    assert (taken, again, none) == (B(90), B(90), Money(0))
    assert fund.owed_to(db, somsri) == B(360)
    with db.reading() as session:
        assert loan_standing.loan_status(session, loan_id).principal_outstanding == B(910)
    assert ledger_problems(db) == {}


def test_arrears_and_par_as_of_any_date(db, funded):
    somsri, boonmee = funded
    start = TODAY - timedelta(days=150)
    late = new_loan(db, somsri, principal=B(3000), term=3, start=start, key="l1")
    good = new_loan(db, boonmee, principal=B(1000), term=1, start=start, key="l2")
    loans.repay(db, key="r", loan_id=good, amount=B(1000), on=start + timedelta(days=20))
    loans.repay(db, key="r2", loan_id=late, amount=B(1000), on=start + timedelta(days=20))
    behind = loan_standing.arrears(db)
    assert [r.loan_id for r in behind] == [late]
    first_unpaid = loan_schedule.due_date(start, 2, "month")
    assert behind[0].days_past_due == (TODAY - first_unpaid).days
    assert behind[0].overdue_amount == B(2000)
    par_now = loan_standing.par(db)
    assert (par_now.at_risk, par_now.outstanding, par_now.percent) == (B(2000), B(2000), Decimal("100.00"))
    # as of the day after the second due date: nothing 30 days late yet, both loans out
    then = loan_standing.par(db, first_unpaid + timedelta(days=1))
    assert then.at_risk == Money(0) and then.outstanding == B(2000)
    before_repayments = loan_standing.par(db, start + timedelta(days=10))
    assert before_repayments.outstanding == B(4000)
    # within the grace days nobody is listed
    assert loan_standing.arrears(db, first_unpaid + timedelta(days=3)) == []
    assert len(loan_standing.arrears(db, first_unpaid + timedelta(days=4))) == 1


def test_reschedule_keeps_the_old_schedule_and_needs_a_staff_pin(db, funded, staff, vendor):
    somsri, _ = funded
    loan_id = new_loan(db, somsri, principal=B(3000), term=3, start=TODAY - timedelta(days=150))
    loans.repay(db, key="r", loan_id=loan_id, amount=B(1000), on=TODAY - timedelta(days=100))
    with pytest.raises(NotAllowed):
        loans.reschedule(db, loan_id=loan_id, on=TODAY, term=4, frequency="week", method="zero",
                         annual_rate="0", reason="ขาดทุนช่วงน้ำท่วม", staff_pin="1111",
                         operator_id=vendor.operator_id)
    version = loans.reschedule(db, loan_id=loan_id, on=TODAY, term=4, frequency="week",
                               method="zero", annual_rate="0", reason="ขาดทุนช่วงน้ำท่วม",
                               staff_pin="2222", operator_id=vendor.operator_id)
    assert version == 2
    with db.reading() as session:
        s = loan_standing.loan_status(session, loan_id)
        old = loan_standing.loan_status(session, loan_id, TODAY - timedelta(days=1))
    assert s.days_past_due == 0 and [i.total for i in s.instalments] == [B(500)] * 4
    assert old.schedule_version == 1 and old.days_past_due > 30
    assert ledger_problems(db) == {}
    loans.repay(db, key="r2", loan_id=loan_id, amount=B(600), on=TODAY)
    with db.reading() as session:
        s = loan_standing.loan_status(session, loan_id)
    assert s.instalments[0].unpaid == Money(0) and s.instalments[1].principal_paid == B(100)


def test_write_off_dates_pin_and_books(db, funded, staff, english):
    somsri, _ = funded
    loan_id = new_loan(db, somsri, principal=B(3000), term=3, start=TODAY - timedelta(days=150))
    loans.repay(db, key="r", loan_id=loan_id, amount=B(500), on=TODAY - timedelta(days=20))
    for on, message in [(TODAY - timedelta(days=21), "before"), (TODAY + timedelta(days=1), "future")]:
        with pytest.raises(InvalidInput, match=message):
            loans.write_off(db, key="w", loan_id=loan_id, on=on, reason="ย้ายไปต่างจังหวัด",
                            staff_pin="2222", operator_id=staff.operator_id)
    with pytest.raises(InvalidInput, match="reason"):
        loans.write_off(db, key="w", loan_id=loan_id, on=TODAY, reason=" ", staff_pin="2222")
    loans.write_off(db, key="w", loan_id=loan_id, on=TODAY, reason="ย้ายไปต่างจังหวัด",
                    staff_pin="2222", operator_id=staff.operator_id)
    overview = fund.overview(db)
    assert overview.lent_out == Money(0)
    with db.reading() as session:
        s = loan_standing.loan_status(session, loan_id)
    assert s.written_off and s.closed
    assert loan_standing.arrears(db) == [] and loan_standing.par(db).outstanding == Money(0)
    assert ledger_problems(db) == {}


def test_reversing_a_repayment_restores_the_schedule(db, funded, staff):
    somsri, _ = funded
    loan_id = new_loan(db, somsri, principal=B(2000), term=2)
    first = loans.repay(db, key="r1", loan_id=loan_id, amount=B(800), on=TODAY)
    second = loans.repay(db, key="r2", loan_id=loan_id, amount=B(300), on=TODAY)
    with pytest.raises(InvalidInput):
        loan_reversals.reverse_repayment(db, key="x1", entry_id=first, on=TODAY, reason="ผิด")
    loan_reversals.reverse_repayment(db, key="x2", entry_id=second, on=TODAY, reason="นับเงินผิด")
    with db.reading() as session:
        s = loan_standing.loan_status(session, loan_id)
    assert s.principal_outstanding == B(1200) and s.instalments[0].principal_paid == B(800)
    assert ledger_problems(db) == {}
