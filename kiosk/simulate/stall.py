"""A day at the stall: the float, sales rung up (weights and units, by money, price
changes and discounts, cash, PromptPay or both), refunds and voids, the count
at closing. Every action goes through the services and is told to the auditor;
a figure the service hands back that the auditor disagrees with stops the run.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kiosk.money import Money
from kiosk.services import sale_commit, sale_reversals, sale_rules, sales, stock_forms
from kiosk.services.cart import Cart, CartLine, by_amount
from kiosk.simulate.arithmetic import running_part
from kiosk.simulate.auditor import Asked
from kiosk.simulate.errors import Difference
from kiosk.simulate.world import STAFF_PIN, Item, World, quantity_text

NOTES = (2000, 5000, 10000, 50000, 100000)  # satang: 20, 50, 100, 500, 1000 baht
REFUND_REASONS = ("ผักช้ำ", "ลูกค้าคืนของ", "ชั่งผิด")
VOID_REASONS = ("ลูกค้าเปลี่ยนใจ", "กดผิด", "ลูกค้าไม่มีเงินพอ")


def open_day(world: World, day: date) -> None:
    opening = world.rng.randrange(500, 1501, 100) * 100
    sales.open_day(world.db, world.staff, Money(opening), world.at(day, 6, 30))
    world.books.open_day(day, opening)


def close_day(world: World, day: date) -> None:
    expected = world.books.expected_cash(day)
    slip = 0 if world.rng.random() < 0.9 else world.rng.randrange(-4000, 2001, 100)
    counted = max(0, expected + slip)
    report = sales.close_day(world.db, world.staff, Money(counted), world.at(day, 13, 30))
    want = world.books.close_day(day, counted)
    if report.difference is None or report.difference.satang != want:
        raise Difference(f"{day} Z difference: the auditor expects {want}, the kiosk printed "
                         f"{report.difference}")


def _pick_quantity(world: World, item: Item) -> tuple[Decimal, int | None]:
    """(quantity, amount asked in satang or None) the customer wants."""
    rng = world.rng
    if item.by_weight:
        if rng.random() < 0.15:
            return Decimal(0), rng.choice((2000, 3000, 5000))  # "20 baht of it"
        return Decimal(rng.randrange(100, 2001, 5)) / 1000, None
    if item.unit == "piece":
        return Decimal(rng.choice((6, 10, 12, 30))), None
    return Decimal(rng.choices((1, 2, 3, 4), (60, 25, 10, 5))[0]), None


def _cart(world: World, day: date, number: int) -> tuple[Cart, list[Asked]]:
    rng = world.rng
    count = rng.choices(range(1, 9), (18, 20, 18, 14, 11, 8, 6, 5))[0]
    wanted = rng.sample(world.items, min(count, len(world.items)))
    cart = Cart(sale_uid=f"sim{world.seed}-{day:%Y%m%d}-{number}")
    asked: list[Asked] = []
    for item in wanted:
        quantity, amount = _pick_quantity(world, item)
        line = CartLine(item.id, item.code, item.name_th, item.name_en, item.unit, item.by_weight,
                        quantity or Decimal("1.000"), Money(item.price), item.owner)
        if amount is not None:
            line = by_amount(line, Money(amount))
        cart = cart.add(line)
        index = len(cart.lines) - 1
        price, discount = item.price, 0
        roll = rng.random()
        if roll < 0.01 and amount is None:  # staff let it go cheaper (bruised)
            price = max(100, item.price * 7 // 10 // 100 * 100)
            cart = cart.override_price(index, Money(price), world.staff.operator_id)
        elif roll < 0.03 and amount is None:
            gross = cart.lines[index].gross.satang
            discount = min(rng.choice((100, 200, 500)), gross - 1)
            if discount > 0:
                cart = cart.give_discount(index, Money(discount), world.staff.operator_id)
            else:
                discount = 0
        asked.append(Asked(item.id, price, None if amount is not None else
                           int(quantity * 1000), item.owner, discount, amount))
    return cart, asked


def _payment(world: World, total: int) -> tuple[int, int, int]:
    """(cash tendered, cash kept, PromptPay) for a total."""
    roll = world.rng.random()
    if roll < 0.3:
        return 0, 0, total
    promptpay = 0
    if roll < 0.4 and total > 2000:
        promptpay = world.rng.randrange(1, total // 1000 + 1) * 1000 if total > 1000 else 0
        promptpay = min(promptpay, total - 100)
    due = total - promptpay
    if world.rng.random() < 0.4:
        return due, due, promptpay  # exact money
    note = next(n for n in NOTES if n >= due % 100000 or n == NOTES[-1])
    tendered = due - due % note + (note if due % note else 0)
    if tendered - due >= 100000:
        tendered = due
    return tendered, due, promptpay


def sell(world: World, day: date, number: int, hour: int, minute: int) -> int:
    cart, asked = _cart(world, day, number)
    total = cart.total.satang
    tendered, cash, promptpay = _payment(world, total)
    vendor = world.vendors[number % len(world.vendors)]
    result = sale_commit.commit_sale(world.db, cart, vendor, sale_rules.PaymentRequest(
        cash_tendered=Money(tendered), promptpay=Money(promptpay)), now=world.at(day, hour, minute))
    expected_number = world.books.next_number(day)
    book = world.books.sale(result.sale_id, day, asked, cash, promptpay)
    amounts = [line.amount for line in book.lines]
    if result.number != expected_number or [l.amount.satang for l in result.lines] != amounts \
            or result.total.satang != sum(amounts):
        raise Difference(f"sale {result.number}: the auditor expects number {expected_number}, "
                         f"lines {amounts}; the kiosk recorded "
                         f"{[l.amount.satang for l in result.lines]}")
    world.sale_lines[result.sale_id] = [line.line_id for line in result.lines]
    return result.sale_id


def refund(world: World, day: date, hour: int) -> None:
    books, rng = world.books, world.rng
    recent = [s for s in books.sales.values() if not s.voided and (day - s.day).days <= 3]
    if not recent:
        return
    sale = rng.choice(recent)
    open_lines = [i for i, l in enumerate(sale.lines) if l.back_quantity < l.quantity]
    if not open_lines:
        return
    index = rng.choice(open_lines)
    line = sale.lines[index]
    left = line.quantity - line.back_quantity
    if world.item(line.product_id).by_weight:
        quantity = max(1, left // rng.choice((1, 2, 4)))
    else:
        quantity = 1000 * rng.randint(1, left // 1000) if left >= 1000 else left
    # a refund that would give back nothing is refused by the kiosk: not asked for
    if not running_part(line.amount, line.quantity, line.back_quantity, quantity):
        return
    line_id = world.sale_lines[sale.sale_id][index]
    result = sale_reversals.refund_lines(world.db, sale.sale_id, {line_id: quantity_text(quantity)},
                                world.staff, STAFF_PIN, rng.choice(REFUND_REASONS),
                                now=world.at(day, hour, rng.randrange(60)))
    books.refund(sale.sale_id, {index: quantity}, day)
    if result.refunded.satang != sale.back_cash + sale.back_promptpay:
        raise Difference(f"refund of {sale.number}: the auditor gave back "
                         f"{sale.back_cash + sale.back_promptpay} in all, the kiosk {result.refunded}")


def void(world: World, day: date, hour: int) -> None:
    today = [s for s in world.books.sales.values() if s.day == day and not s.voided]
    if not today:
        return
    sale = world.rng.choice(today)
    sale_reversals.void_sale(world.db, sale.sale_id, world.staff, STAFF_PIN,
                    world.rng.choice(VOID_REASONS), now=world.at(day, hour, 50))
    world.books.void(sale.sale_id, day)


def morning_stock(world: World, day: date) -> None:
    """Participants bring their produce on consignment."""
    for item in world.items:
        short = world.wants_more(item.id)
        if item.owner is not None and short >= 1000 and world.rng.random() < 0.5:
            milli = world.rng.randrange(1000, short + 1)
            milli = milli // 500 * 500 if item.by_weight else milli // 1000 * 1000
            stock_forms.receive_consignment(world.db, world.staff, item.owner, item.id,
                                            quantity_text(milli))
            world.books.stock_in(item.id, milli)


def evening_stock(world: World, day: date) -> None:
    """Wilted greens thrown away; now and then a count of what is left."""
    rng = world.rng
    if rng.random() < 0.2:
        item = rng.choice(world.items)
        level = world.books.stock[item.id]
        if level >= 1000:
            milli = (rng.randrange(1, level // 4 + 2) if item.by_weight
                     else 1000 * rng.randint(1, max(1, level // 4000)))
            milli = min(milli, level)
            stock_forms.record_waste(world.db, world.staff, item.id, quantity_text(milli),
                                     "ผักเหี่ยว")
            world.books.stock_in(item.id, -milli)
    if day.weekday() == 6:
        for item in rng.sample(world.items, 3):
            level = world.books.stock[item.id]
            counted = max(0, level - (rng.randrange(0, 3) * (1000 if not item.by_weight else 50)))
            stock_forms.record_count(world.db, world.staff, item.id, quantity_text(counted))
            world.books.counted(item.id, counted)


def trade(world: World, day: date, sales_per_day: int) -> None:
    """One trading day from the float to the Z."""
    rng = world.rng
    open_day(world, day)
    morning_stock(world, day)
    weekend = day.weekday() >= 5
    count = max(1, round(sales_per_day * (1.3 if weekend else 0.9) * rng.uniform(0.7, 1.3)))
    minutes = sorted(rng.randrange(7 * 60, 13 * 60) for _ in range(count))
    for number, minute in enumerate(minutes, 1):
        sell(world, day, number, minute // 60, minute % 60)
    # staff handle refunds and voids (each takes a staff PIN, as at the stall)
    if rng.random() < 0.6:
        refund(world, day, 13)
    if rng.random() < 0.3:
        void(world, day, 13)
    evening_stock(world, day)
    close_day(world, day)
