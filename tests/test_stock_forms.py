"""The Stock form's services: consignment in, waste out, counts; bad input writes nothing."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from sqlalchemy import select

from kiosk.errors import InvalidInput, NotAllowed, NotFound
from kiosk.models import AuditEvent, StockMovement
from kiosk.services import stock, stock_forms
from sales_helpers import count_rows, make_catalogue, participant_id


def level(db, product_id) -> Decimal:
    with db.reading() as session:
        return stock.level(session, product_id)


def test_consignment_adds_stock_names_the_participant_and_is_audited(db, vendor):
    products = make_catalogue(db)
    owner = participant_id(db)
    kale = products["KALE"].id
    change = stock_forms.receive_consignment(db, vendor, owner, kale, Decimal("12"), "จากสวนป้าศรี")
    assert (change.reason, change.quantity) == ("consignment", Decimal("12.000"))
    assert (change.level_before, change.level_after) == (Decimal("10.000"), Decimal("22.000"))
    assert change.participant_id == owner
    assert level(db, kale) == Decimal("22.000")
    with db.reading() as session:
        movement = session.get(StockMovement, change.movement_id)
        assert movement.reference == f"participant:{owner}"
        assert movement.operator_id == vendor.operator_id
        assert movement.note == "จากสวนป้าศรี"
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "stock_adjust")).one()
        target, details = event.target, json.loads(event.details)
    assert target == "KALE"
    assert details["kind"] == "consignment" and details["participant"] == "สมศรี ใจดี"
    assert details["after"] == "22.000"


def test_the_latest_stock_in_decides_whose_produce_a_product_is(db, vendor, staff):
    products = make_catalogue(db)  # every product harvested on the plot
    owner = participant_id(db)
    kale, chili = products["KALE"].id, products["CHILI"].id
    assert stock_forms.consignment_owners(db) == {}
    stock_forms.receive_consignment(db, vendor, owner, kale, "5")
    assert stock_forms.consignment_owners(db) == {kale: owner}
    rows = {r.product_id: r for r in stock_forms.stock_rows(db)}
    assert rows[kale].owner_participant_id == owner and rows[kale].owner_name.startswith("สมศรี")
    assert rows[chili].owner_participant_id is None and rows[chili].owner_name == ""
    with db.unit_of_work() as session:  # a later harvest makes it the plot's again
        stock.add_movement(session, kale, Decimal("3"), "harvest")
    assert stock_forms.consignment_owners(db) == {}


def test_waste_takes_stock_out_with_a_reason(db, staff):
    products = make_catalogue(db)
    cucumber = products["CUCUMBER"].id
    change = stock_forms.record_waste(db, staff, cucumber, "1.25", "เหี่ยว")
    assert change.quantity == Decimal("-1.250")
    assert level(db, cucumber) == Decimal("8.750")
    with db.reading() as session:
        movement = session.get(StockMovement, change.movement_id)
        assert (movement.reason, movement.note) == ("waste", "เหี่ยว")


def test_a_count_records_the_difference(db, staff):
    products = make_catalogue(db)
    kale = products["KALE"].id
    down = stock_forms.record_count(db, staff, kale, "7")
    assert (down.quantity, down.level_after) == (Decimal("-3.000"), Decimal("7.000"))
    up = stock_forms.record_count(db, staff, kale, Decimal("9"))
    assert up.quantity == Decimal("2.000")
    zero = stock_forms.record_count(db, staff, kale, "0")
    assert zero.level_after == Decimal("0.000") and level(db, kale) == Decimal("0.000")


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(counts=st.lists(st.decimals(min_value=0, max_value=999, places=3), min_size=1, max_size=4))
def test_after_any_counts_the_level_is_the_last_count(db, staff, counts):
    from kiosk.models import Product
    with db.reading() as session:
        existing = session.scalars(select(Product.id).where(Product.code == "CUCUMBER")).first()
    product_id = existing or make_catalogue(db)["CUCUMBER"].id
    for counted in counts:
        change = stock_forms.record_count(db, staff, product_id, counted)
        assert change.level_after == counted
    assert level(db, product_id) == counts[-1]


BAD = [
    ("0", "The quantity must be more than zero."),
    ("-2", "The quantity must be more than zero."),
    ("abc", '"abc" is not a quantity.'),
    ("1.2345", "A quantity has at most 3 digits after the point."),
    ("5000", "That quantity is too large."),
    ("1.5", "This product is counted in whole numbers, not weighed."),
    ("NaN", '"NaN" is not a quantity.'),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_consignment_quantities_write_nothing(db, vendor, english, text, message):
    products = make_catalogue(db)
    before = count_rows(db, StockMovement), count_rows(db, AuditEvent)
    with pytest.raises(InvalidInput) as caught:
        stock_forms.receive_consignment(db, vendor, participant_id(db), products["KALE"].id, text)
    assert caught.value.message == message
    assert (count_rows(db, StockMovement), count_rows(db, AuditEvent)) == before


def test_other_bad_input_writes_nothing_and_speaks_thai(db, vendor, staff):
    products = make_catalogue(db)
    kale = products["KALE"].id
    before = count_rows(db, StockMovement), count_rows(db, AuditEvent)
    with pytest.raises(InvalidInput) as caught:
        stock_forms.receive_consignment(db, vendor, 0, kale, "3")
    assert "เลือก" in caught.value.message  # Thai by default
    with pytest.raises(NotFound):
        stock_forms.receive_consignment(db, vendor, participant_id(db), 9999, "3")
    with pytest.raises(NotAllowed):
        stock_forms.record_waste(db, vendor, kale, "1", "เน่า")
    with pytest.raises(NotAllowed):
        stock_forms.record_count(db, vendor, kale, "1")
    with pytest.raises(InvalidInput):
        stock_forms.record_waste(db, staff, kale, "1", "   ")
    with pytest.raises(InvalidInput):
        stock_forms.record_waste(db, staff, kale, "11", "เน่า")  # more than the 10 recorded
    with pytest.raises(InvalidInput):
        stock_forms.record_count(db, staff, kale, "-1")
    with pytest.raises(InvalidInput):
        stock_forms.receive_consignment(db, vendor, participant_id(db), kale, "1", "x" * 501)
    assert (count_rows(db, StockMovement), count_rows(db, AuditEvent)) == before


def test_an_inactive_participant_cannot_bring_consignments(db, vendor, english):
    from kiosk.models import Participant
    products = make_catalogue(db)
    owner = participant_id(db)
    with db.unit_of_work() as session:
        session.get(Participant, owner).active = False
    with pytest.raises(InvalidInput, match="Choose whose produce"):
        stock_forms.receive_consignment(db, vendor, owner, products["KALE"].id, "1")


def test_changes_notify_the_stock_topic(db, staff):
    products = make_catalogue(db)
    heard = []
    db.add_listener(heard.append)
    stock_forms.record_count(db, staff, products["KALE"].id, "4")
    assert heard and {"stock", "audit"} <= heard[-1]
