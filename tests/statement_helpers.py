"""A year of market life made through the services, for the statement tests."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from kiosk import dates
from kiosk.models import Participant
from kiosk.models.sales import SaleLine
from kiosk.money import Money
from kiosk.services import (fund, fund_postings, loan_standing, loans, plot_training, sale_commit,
                            sale_reversals, sale_rules)
from kiosk.services.statement_data import Month

from tests.sales_helpers import cart_of, make_catalogue, open_day

NAMES = ("นางสี่ ญี่ปุ่น", "นายหนึ่ง ผักชีฝรั่ง", "นางสาวบุญมี ถั่วฝักยาว", "นายทองดี ใจงาม",
         "นางเงียบ เฉยเฉย")


@dataclass
class Market:
    products: dict
    people: list[int]  # [0] has a loan with deductions, [-1] does nothing at all
    quiet: int
    borrower: int
    loan_id: int
    vendor: object = None
    staff: object = None


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=dates.BANGKOK)


def months_back(n: int) -> list[Month]:
    month = Month.of(dates.today())
    result = [month]
    for _ in range(n - 1):
        month = month.previous()
        result.append(month)
    return list(reversed(result))


def add_people(db) -> list[int]:
    with db.unit_of_work() as session:
        for name in NAMES[1:]:
            session.add(Participant(name_th=name, nickname="", phone="",
                                    joined_on=date(2025, 1, 5), active=True, notes=""))
    with db.reading() as session:
        ids = list(session.scalars(select(Participant.id).order_by(Participant.id)))
    with db.unit_of_work() as session:  # the catalogue's participant, renamed for Thai marks
        session.get(Participant, ids[0]).name_th = NAMES[0]
    return ids


def make_year(db, vendor, staff, seed: int = 12, months: int = 12) -> Market:
    """Sales, refunds, voids, payouts, a loan repaid in cash and from proceeds,
    grants and training, spread over ``months`` months up to today."""
    rng = random.Random(seed)
    products = make_catalogue(db, stock_each="100000")
    people = add_people(db)
    quiet, sellers = people[-1], people[:-1]
    span = months_back(months)
    first_day = span[0].first
    fund_postings.record_donation(db, key="seed", donor="KKTT", amount=Money.baht(50000), on=first_day,
                         received_into="cash")
    borrower = sellers[0]
    loan_id = loans.lend(db, key="loan-1", participant_id=borrower,
                         principal=Money.baht(3000), start_on=first_day + timedelta(days=2),
                         term=6, frequency="month", method="flat", annual_rate="12",
                         purpose="ซื้อเมล็ดพันธุ์", auto_deduct_percent="20")
    codes = list(products)
    today = dates.today()
    for n, month in enumerate(span):
        days = sorted(rng.sample(range(1, month.last.day + 1), 5))
        for d in days:
            day = date(month.year, month.month, d)
            if day > today:
                continue
            open_day(db, vendor, at(day, 8))
            for s in range(rng.randint(1, 3)):
                owner = rng.choice(sellers + [None])
                items = [(rng.choice(codes), str(rng.randint(1, 4)), owner),
                         (rng.choice(codes), str(rng.randint(1, 2)))]
                cart = cart_of(products, *items)
                result = sale_commit.commit_sale(db, cart, vendor, sale_rules.PaymentRequest(
                    cash_tendered=Money.baht(1000)), now=at(day, 9 + s))
                roll = rng.random()
                if roll < 0.08:
                    sale_reversals.void_sale(db, result.sale_id, vendor, "2222", "ลูกค้าเปลี่ยนใจ",
                                    now=at(day, 15))
                elif roll < 0.16:
                    with db.reading() as session:
                        line_id = session.scalars(select(SaleLine.id).where(
                            SaleLine.sale_id == result.sale_id).order_by(SaleLine.position)).first()
                    sale_reversals.refund_lines(db, result.sale_id, {line_id: Decimal(1)}, vendor, "2222",
                                       "ผักช้ำ", now=at(day, 16))
        payday = min(date(month.year, month.month, 25), today)
        for pid in sellers[1:]:
            owed = fund.owed_to(db, pid)
            if owed.satang >= 2000 and rng.random() < 0.7:
                fund_postings.pay_out(db, key=f"pay:{month.key}:{pid}", participant_id=pid,
                             amount=Money(owed.satang // 2), on=payday)
        if n % 4 == 1:
            fund_postings.give_grant(db, key=f"grant:{month.key}", participant_id=sellers[1],
                            amount=Money.baht(500), purpose="ค่าปุ๋ยหมัก", on=payday)
        if n % 3 == 2:
            status = loan_standing.list_loans(db)[0]
            if status.owed:
                loans.repay(db, key=f"repay:{month.key}", loan_id=loan_id,
                            amount=min(Money.baht(400), status.owed), on=payday)
        if n % 2 == 0:
            plot_training.add_training(db, staff, month.first + timedelta(days=9), "การทำปุ๋ยหมักแบบไม่พลิกกลับกอง",
                              "อาจารย์สมชาย", sellers[:2])
    return Market(products, people, quiet, borrower, loan_id)


# -- a market built once per session, copied for each test -------------------------
import shutil  # noqa: E402

import pytest  # noqa: E402

import postgres_fixtures as pg  # noqa: E402
from kiosk.db import Database  # noqa: E402


def _build_market(database: Database) -> Market:
    from kiosk.models import Role
    from kiosk.services import auth
    vendor = auth.SignedIn(auth.create_operator(database, "น้องฝน ขายดี", Role.VENDOR, "1111"),
                           "น้องฝน ขายดี", Role.VENDOR, None)
    staff = auth.SignedIn(auth.create_operator(database, "พี่แดง จัดการ", Role.STAFF, "2222"),
                          "พี่แดง จัดการ", Role.STAFF, None)
    market = make_year(database, vendor, staff)
    market.vendor, market.staff = vendor, staff
    return market


@pytest.fixture(scope="session")
def market_template(migrated_template, tmp_path_factory):
    if pg.ON_POSTGRES:
        built = []
        name = pg.template(lambda database: built.append(_build_market(database)),
                           based_on=migrated_template)
        return name, built[0]
    path = tmp_path_factory.mktemp("market") / "kiosk.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database(f"sqlite:///{path}")
    market = _build_market(database)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path, market


@pytest.fixture
def market_db(market_template, tmp_path):
    """(a copy of the year-long market, its Market)."""
    path, market = market_template
    if pg.ON_POSTGRES:
        database = pg.create(path)
        yield database, market
        pg.drop(database)
        return
    shutil.copyfile(path, tmp_path / "kiosk.sqlite3")
    database = Database(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    yield database, market
    database.dispose()
