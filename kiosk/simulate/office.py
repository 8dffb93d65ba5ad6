"""The office's side of a day: the plot (plantings, harvests that become stock,
tasks ticked, training), the fund (donations, grants, payouts, loans,
repayments on time or late, deductions' write-offs now and then), new
participants, month closes and the month's statements. Through the services,
each action told to the auditor.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from kiosk.money import Money
from kiosk.services import (
    fund_postings, loans, plot_harvests, plot_plantings, plot_tasks, plot_training, plot_views,
    statements, verification,
)
from kiosk.services.statement_data import Month
from kiosk.simulate.compare import first_statement_difference
from kiosk.simulate.errors import Difference
from kiosk.simulate.loan_model import LoanModel
from kiosk.simulate.world import STAFF_PIN, World, add_participant, quantity_text

TOPICS = ("การทำปุ๋ยหมักแบบไม่พลิกกลับกอง", "การเก็บเมล็ดพันธุ์", "น้ำหมักชีวภาพไล่แมลง",
          "การบัญชีครัวเรือน", "การปลูกผักในฤดูฝน")
HABITS = ("punctual", "punctual", "punctual", "late", "late", "stops")


# -- the plot ---------------------------------------------------------------------------
def plant(world: World, day: date) -> None:
    """A bed whose last crop is done gets the next one."""
    for bed_id in world.beds:
        if world.bed_free_from[bed_id] <= day and world.rng.random() < 0.5:
            crop_id = world.rng.choice(world.crops)
            result = plot_plantings.create_planting(world.db, world.staff, crop_id, bed_id, day)
            world.bed_free_from[bed_id] = result.planting.harvest_to + timedelta(days=1)


def harvest_and_tasks(world: World, day: date) -> None:
    today = plot_views.today_view(world.db, day)
    for ready in today.harvest:
        planting = ready.planting
        product_id, unit = plot_harvests.harvest_units(world.db, planting.id)[0]
        short = world.wants_more(product_id)
        if short >= 1000 and world.rng.random() < 0.8:
            milli = world.rng.randrange(1000, short + 1)
            milli = milli // 100 * 100 if unit == "kg" else milli // 1000 * 1000
            plot_harvests.record_harvest(world.db, world.staff, planting.id, quantity_text(milli),
                                         unit, on=day)
            world.books.stock_in(product_id, milli)
    for task in today.tasks + today.water:
        if task.due_on == day and world.rng.random() < 0.8:
            plot_tasks.mark_task_done(world.db, world.staff, task.id)


def training(world: World, day: date) -> None:
    came = world.rng.sample(world.participants, min(len(world.participants),
                                                    world.rng.randint(3, 12)))
    plot_training.add_training(world.db, world.staff, day, world.rng.choice(TOPICS),
                               "อาจารย์สมชาย", came)


# -- the fund ---------------------------------------------------------------------------
def _available(world: World) -> int:
    books = world.books
    return sum(books.kind_total(k) for k in ("cash", "bank", "promptpay", "owed_to_participant"))


def donation(world: World, day: date, amount: int | None = None) -> None:
    amount = amount or world.rng.randrange(5000, 50001, 1000) * 100
    fund_postings.record_donation(world.db, key=world.key("donation"), donor="มูลนิธิบ้านเกษตร",
                                  amount=Money(amount), on=day, received_into="bank")
    world.books.donation(amount, "bank")


def grant(world: World, day: date) -> None:
    amount = world.rng.randrange(500, 3001, 100) * 100
    if _available(world) < 3 * amount or world.books.kind_total("cash") < amount:
        return
    fund_postings.give_grant(world.db, key=world.key("grant"),
                             participant_id=world.rng.choice(world.participants),
                             amount=Money(amount), purpose="ค่าเมล็ดพันธุ์และปุ๋ยหมัก", on=day)
    world.books.grant(amount, "cash")


def payouts(world: World, day: date) -> None:
    """Friday: participants take home what their produce earned."""
    for pid in world.participants:
        owed = world.books.owed(pid)
        if owed >= 20000 and world.rng.random() < 0.8:
            amount = owed if world.rng.random() < 0.6 else owed // 2 // 100 * 100
            if amount <= 0 or world.books.kind_total("cash") < amount:
                continue
            fund_postings.pay_out(world.db, key=world.key("payout"), participant_id=pid,
                                  amount=Money(amount), on=day)
            world.books.payout(pid, amount, "cash", day)


def lend(world: World, day: date) -> None:
    books, rng = world.books, world.rng
    busy = {l.participant for l in books.loans.values() if not l.closed}
    free = [p for p in world.participants if p not in busy]
    if not free:
        return
    pid = rng.choice(free)
    principal = rng.randrange(20, 101, 5) * 10000
    source = "bank" if books.kind_total("bank") >= principal else "cash"
    if books.kind_total(source) < principal or _available(world) < 2 * principal:
        return
    frequency = rng.choice(("month", "month", "week"))
    term = rng.randint(4, 12) if frequency == "month" else rng.randint(8, 26)
    method, rate = rng.choice((("flat", "12"), ("flat", "6"), ("zero", "0")))
    deduct = rng.choice(("0", "10", "20", "30"))
    loan_id = loans.lend(world.db, key=world.key("loan"), participant_id=pid,
                         principal=Money(principal), start_on=day, term=term, frequency=frequency,
                         method=method, annual_rate=rate, purpose="ซื้อเมล็ดพันธุ์และท่อน้ำ",
                         paid_from=source, auto_deduct_percent=deduct)
    books.lend(LoanModel(loan_id, pid, principal, day, term, frequency,
                         Fraction(rate), Fraction(deduct)), source)
    world.habits[loan_id] = rng.choice(HABITS)


def repayments(world: World, day: date) -> None:
    """Borrowers pay their due instalments at the kiosk: on time, late, or not at all."""
    rng = world.rng
    for loan in list(world.books.loans.values()):
        if loan.closed:
            continue
        habit = world.habits[loan.loan_id]
        overdue = loan.overdue(day + timedelta(days=1))  # due today or before
        if overdue <= 0:
            continue
        if habit == "stops" and (day - loan.start).days > 45:
            # gave up paying: after three months behind, staff write the loan off
            if loan.overdue(day - timedelta(days=90)) > 0 and rng.random() < 0.1:
                write_off(world, day, loan.loan_id)
            continue
        if habit == "late" and rng.random() > 0.08:
            continue
        amount = min(overdue, loan.owed)
        repay(world, day, loan.loan_id, amount)


def repay(world: World, day: date, loan_id: int, amount: int) -> None:
    loans.repay(world.db, key=world.key("repay"), loan_id=loan_id, amount=Money(amount), on=day)
    world.books.repay(loan_id, amount, "cash")


def write_off(world: World, day: date, loan_id: int) -> None:
    entry = loans.write_off(world.db, key=world.key("writeoff"), loan_id=loan_id, on=day,
                            reason="ย้ายไปทำงานต่างจังหวัด ติดต่อไม่ได้", staff_pin=STAFF_PIN,
                            operator_id=world.staff.operator_id)
    assert entry
    world.books.write_off(loan_id)


# -- the month -----------------------------------------------------------------------------
def close_month(world: World, day: date) -> None:
    """Early in a month: close the month before, then make its statements."""
    month = Month.of(day).previous()
    if (month.year, month.month) not in fund_postings.closable_months(world.db):
        return
    fund_postings.close_month(world.db, month.year, month.month, world.staff.operator_id)
    ids = statements.statement_participants(world.db, month)
    papers = list(statements.iter_statements(world.db, month, ids))
    difference = first_statement_difference(papers, world.books, f"{month.year}-{month.month:02d}")
    if difference:
        raise Difference(difference)
    verification.issue(world.db, papers)


def morning(world: World, day: date) -> None:
    world.at(day, 6)
    plant(world, day)
    harvest_and_tasks(world, day)


def afternoon(world: World, day: date, trading: bool) -> None:
    rng = world.rng
    world.at(day, 15)
    if day.day == 5:
        close_month(world, day)
    if day.day == 10:
        training(world, day)
    if day.day == 1 and day.month % 3 == 1:
        donation(world, day)
    if day.day == 15 and rng.random() < 0.5:
        grant(world, day)
    if day.day in (3, 10, 18, 25) and rng.random() < 0.5:
        lend(world, day)
    if trading:
        repayments(world, day)
    if day.weekday() == 4:
        payouts(world, day)
    if rng.random() < 1 / 60:
        add_participant(world, day)
