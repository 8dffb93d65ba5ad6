"""Shared set-up for the point-of-sale tests: a small catalogue and a cart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from kiosk.models import Category, Participant, Product
from kiosk.money import Money
from kiosk.services import stock
from kiosk.services.cart import Cart, CartLine

PRODUCTS = [
    # code, Thai, English, unit, by weight, price (baht)
    ("KALE", "คะน้า", "Chinese kale", "กำ", False, "20"),
    ("CUCUMBER", "แตงกวาญี่ปุ่น", "Japanese cucumber", "kg", True, "60"),
    ("CORIANDER", "ผักชีฝรั่ง", "Culantro", "กำ", False, "10"),
    ("CHILI", "พริกขี้หนู สี่สี", "Bird's eye chili", "ขีด", False, "15"),
]


def make_catalogue(db, stock_each: str = "10") -> dict[str, Product]:
    """Four products with stock, one consignment participant."""
    with db.unit_of_work() as session:
        category = Category(code="VEG", name_th="ผัก", name_en="Vegetables", sort_order=0)
        session.add(category)
        session.flush()
        products = {}
        for code, th, en, unit, weight, price in PRODUCTS:
            product = Product(code=code, name_th=th, name_en=en, category_id=category.id, unit=unit,
                              sold_by_weight=weight, price=Money.baht(price), picture="",
                              active=True, sort_order=0)
            session.add(product)
            session.flush()
            stock.add_movement(session, product.id, Decimal(stock_each), "harvest")
            products[code] = product
        session.add(Participant(name_th="สมศรี ใจดี", nickname="ศรี", phone="",
                                joined_on=date(2026, 1, 5), active=True, notes=""))
    return products


def participant_id(db) -> int:
    with db.reading() as session:
        return session.execute(select(Participant.id)).scalar_one()


def line(product: Product, qty: str, owner: int | None = None) -> CartLine:
    return CartLine(product.id, product.code, product.name_th, product.name_en, product.unit,
                    product.sold_by_weight, Decimal(qty), product.price, owner)


def cart_of(products, *items) -> Cart:
    cart = Cart()
    for code, qty, *owner in items:
        cart = cart.add(line(products[code], qty, owner[0] if owner else None))
    return cart


def count_rows(db, model) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def open_day(db, who, now=None, opening_float: Money = Money(0)) -> None:
    """Open the business day of ``now`` (as the float screen does) unless it is open already:
    the sale commit refuses a sale on a day that was not opened."""
    from kiosk.services import sales, trading_day
    if not trading_day.day_state(db, now).opened:
        sales.open_day(db, who, opening_float, now)
