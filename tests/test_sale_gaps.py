"""Rules the screens enforced and the services did not (issue 9 §1, issue 10 §1):
the day's float and Z audit an approval only for what was done, the sale commit
enforces the price-change and discount bounds, a sale needs an opened day."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from kiosk import dates
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.models import AuditEvent
from kiosk.money import Money
from kiosk.models.ledger import JournalEntry
from kiosk.models.sales import Sale
from kiosk.services import overrides, sale_commit, sale_rules, sales, trading_day
from tests.sales_helpers import cart_of, count_rows, make_catalogue


def _approvals(db, action: str) -> int:
    with db.reading() as session:
        details = session.scalars(select(AuditEvent.details)
                                  .where(AuditEvent.action == "approval")).all()
    return sum(json.loads(d or "{}").get("action") == action for d in details)


# -- the day's float and Z: verify the PIN first, audit the approval with the action -------
def test_a_refused_float_or_z_leaves_no_approval(db, vendor, staff):
    trading_day.open_day(db, vendor, Money.baht(500), "2222")
    trading_day.close_day(db, vendor, Money.baht(500), "2222")
    assert (_approvals(db, "day_open"), _approvals(db, "day_close")) == (1, 1)
    with pytest.raises(InvalidInput):
        trading_day.open_day(db, vendor, Money.baht(300), "2222")  # the day is closed
    with pytest.raises(InvalidInput):
        trading_day.close_day(db, vendor, Money.baht(500), "2222")  # closed already
    assert (_approvals(db, "day_open"), _approvals(db, "day_close")) == (1, 1)


# -- the commit enforces the bounds the screen checks before the PIN ----------------------
@pytest.mark.parametrize("quantity, change, message", [
    ("1000", lambda cart, by: cart.give_discount(0, Money.baht(6_000), by),
     "A discount can be at most {max}."),  # ฿6,000 off a ฿20,000 line: above the ฿5,000 bound
    ("1", lambda cart, by: cart.override_price(0, Money.baht(9_000), by),
     "A new price can be at most {max} per unit."),
])
def test_a_commit_refuses_a_change_beyond_the_bounds(db, vendor, staff, quantity, change,
                                                     message):
    products = make_catalogue(db, stock_each="1000")
    trading_day.open_day(db, vendor, Money.baht(0), "2222")
    cart = change(cart_of(products, ("KALE", quantity)), staff.operator_id)
    with pytest.raises(InvalidInput) as screen:
        overrides.check_line(cart.lines[0])  # what the screen asks before the PIN
    with pytest.raises(InvalidInput) as commit:  # a caller that skipped the screen
        sale_commit.commit_sale(db, cart, vendor, sale_rules.PaymentRequest(cash_tendered=cart.total))
    assert str(commit.value) == str(screen.value) == tr(message).format(max="฿5,000.00")
    assert count_rows(db, Sale) == 0


# -- a sale needs an opened day; a crash never loses one ----------------------------------
def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0), tzinfo=dates.BANGKOK)


def test_a_sale_on_a_day_not_opened_is_refused_and_writes_nothing(db, vendor, staff):
    products = make_catalogue(db)
    cart = cart_of(products, ("KALE", "2"))
    payment = sale_rules.PaymentRequest(cash_tendered=Money.baht(40))
    with pytest.raises(InvalidInput) as refused:
        sale_commit.commit_sale(db, cart, vendor, payment)
    assert str(refused.value) == tr("The day has not been opened: open the day first "
                                    "with the cash in the drawer (opening float).")
    assert (count_rows(db, Sale), count_rows(db, JournalEntry)) == (0, 0)
    trading_day.open_day(db, vendor, Money.baht(300), "2222")
    assert not sale_commit.commit_sale(db, cart, vendor, payment).already_committed


def test_a_cart_restored_after_a_crash_is_sold_once_whatever_the_day(db, vendor):
    products = make_catalogue(db)
    day = dates.today() - timedelta(days=3)
    sales.open_day(db, vendor, Money.baht(200), _noon(day))
    parked = cart_of(products, ("KALE", "1"))
    sales.park_cart(db, vendor, parked)  # the cart on screen when the kiosk died
    restored = sales.parked_cart(db, vendor)
    assert restored == parked
    payment = sale_rules.PaymentRequest(cash_tendered=Money.baht(20))
    first = sale_commit.commit_sale(db, restored, vendor, payment, now=_noon(day))
    # the commit went through but the kiosk died before it said so: the retry comes the
    # next morning, a day not opened yet, and still finds the sale rather than refusing
    again = sale_commit.commit_sale(db, restored, vendor, payment, now=_noon(day + timedelta(days=1)))
    assert again.already_committed and again.sale_id == first.sale_id
    assert count_rows(db, Sale) == 1
