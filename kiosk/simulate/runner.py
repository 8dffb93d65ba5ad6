"""Days after days: the simulated clock, the stall and the office, the auditor's
comparison after each day, and a stop with the seed and the day on the first
difference."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kiosk import dates, schema
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.simulate import office, stall
from kiosk.simulate.auditor import Auditor
from kiosk.simulate.compare import first_difference
from kiosk.simulate.errors import Difference, Stopped
from kiosk.simulate.world import Clock, World, build

DEFAULT_START = date(2016, 11, 1)
# a believable busy stall: ~90 sales a day, ~3.5 lines each, closed on Mondays;
# ten years of it is about a million sale lines
DEFAULT_SALES_PER_DAY = 90
FOUNDING_GIFT = 10_000_000  # satang: the ฿100,000 the fund starts with
KEEP_DAYS = 5  # refunds reach back 3 days, voids only today: older sales can be forgotten


@dataclass(frozen=True)
class Summary:
    seed: int
    days: int
    first: date
    last: date
    sales: int
    sale_lines: int


def is_trading_day(world: World, day: date) -> bool:
    """Closed on Mondays (market day off) and on the odd rainy day."""
    return day.weekday() != 0 and world.rng.random() >= 0.02


def run(db: Database, *, days: int, seed: int, start: date = DEFAULT_START,
        sales_per_day: int = DEFAULT_SALES_PER_DAY,
        progress: Callable[[int, int], None] | None = None,
        after_day: Callable[[World, date], None] | None = None) -> Summary:
    """Simulate ``days`` days from ``start`` on ``db`` (a new, empty database).

    ``after_day`` runs after each day's actions and before the comparison
    (tests use it to slip in a change the auditor is not told of).
    Raises Stopped on the first difference between the auditor and the kiosk.
    """
    schema.upgrade(db)
    books = Auditor()
    clock = Clock(datetime.combine(start, time(6), tzinfo=dates.BANGKOK))
    with dates.simulated_clock(lambda: clock.now):
        world = build(db, seed, start, books, clock)
        world.sales_per_day = sales_per_day
        office.donation(world, start, FOUNDING_GIFT)  # the fund's seed money
        for n in range(days):
            day = start + timedelta(days=n)
            try:
                office.morning(world, day)
                trading = is_trading_day(world, day)
                if trading:
                    stall.trade(world, day, sales_per_day)
                office.afternoon(world, day, trading)
                if (day + timedelta(days=1)).day == 1:
                    books.month_closed(f"{day:%Y-%m}")
                if after_day is not None:
                    after_day(world, day)
                difference = first_difference(db, books, day)
            except Difference as found:
                raise Stopped(seed, n + 1, day, str(found)) from found
            except KioskError as refused:
                raise Stopped(seed, n + 1, day,
                              f"the kiosk refused an action the auditor allows: "
                              f"{type(refused).__name__}: {refused.message}") from refused
            if difference:
                raise Stopped(seed, n + 1, day, difference)
            books.forget_before(day - timedelta(days=KEEP_DAYS))
            world.forget_sales(set(books.sales))
            if progress is not None:
                progress(n + 1, days)
    return Summary(seed, days, start, start + timedelta(days=days - 1), books.sale_count,
                   books.line_count)
