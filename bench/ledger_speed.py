"""Ledger speed with ~100,000 entries (~300,000 lines): trial balance, a participant's
balance, the journal's first page, posting. Run: python bench/ledger_speed.py [entries]

The baseline in the same run is a bare ``SELECT 1`` round trip through the same engine.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, text

from kiosk import dates, schema
from kiosk.db import Database
from kiosk.models import Participant
from kiosk.models.ledger import Account
from kiosk.money import Money
from kiosk.services import fund, ledger_reads, sale_ledger
from kiosk.services.sale_ledger import OwnerShare
from figures import figure


def timed(fn, repeat=30) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(entries: int = 100_000) -> None:
    tmp = tempfile.mkdtemp()
    db = Database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
    schema.upgrade(db)
    today = dates.today()
    with db.unit_of_work() as session:
        people = [Participant(name_th=f"สมาชิก {i}", joined_on=today) for i in range(12)]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    start = time.perf_counter()
    batch = 2000
    for first in range(0, entries, batch):
        with db.unit_of_work() as session:
            for n in range(first, min(first + batch, entries)):
                owner = ids[n % len(ids)]
                sale_ledger.post_sale(session, key=f"s{n}", reference=f"S{n}",
                                 on=today - timedelta(days=(entries - n) * 300 // entries),
                                 operator_id=None, cash=Money(5000), promptpay=Money(0),
                                 shares=[OwnerShare(owner, Money(5000), Money(500))])
    load = time.perf_counter() - start
    with db.reading() as session:
        lines = session.execute(text("SELECT count(*) FROM ledger_lines")).scalar()
        owed = session.scalar(select(Account.id).where(Account.participant_id == ids[3]))
    print(f"loaded {entries} entries / {lines} lines in {load:.1f} s "
          f"({load / entries * 1000:.2f} ms per entry, batched)")

    def baseline():
        with db.reading() as session:
            session.execute(text("SELECT 1")).scalar()

    def trial():
        with db.reading() as session:
            ledger_reads.trial_balance(session)

    def trial_from_lines():
        with db.reading() as session:
            session.execute(text("SELECT account_id, sum(amount) FROM ledger_lines GROUP BY account_id")).all()

    def participant():
        with db.reading() as session:
            ledger_reads.raw_balance(session, owed)

    def first_page():
        fund.journal(db, limit=50)

    counter = iter(range(10**9))

    def post_one():
        n = next(counter)
        with db.unit_of_work() as session:
            sale_ledger.post_sale(session, key=f"p{n}", reference="P", on=today, operator_id=None,
                             cash=Money(5000), promptpay=Money(0),
                             shares=[OwnerShare(ids[0], Money(5000), Money(500))])

    base, trial_ms, summed = timed(baseline), timed(trial), timed(trial_from_lines, 5)
    person, page, post = timed(participant), timed(first_page), timed(post_one, 50)
    print(f"baseline SELECT 1 round trip:   {base:7.2f} ms")
    print(f"trial balance (balance cache): {trial_ms:7.2f} ms   (target < 20)")
    print(f"trial balance summing lines:   {summed:7.2f} ms   (what the check does)")
    print(f"participant balance:           {person:7.2f} ms   (target < 5)")
    print(f"journal first page (50):       {page:7.2f} ms   (target < 50)")
    print(f"post one sale (own unit of work, fsync): {post:7.2f} ms median (target < 10)")
    what = "SELECT 1 round trip"
    figure(f"trial balance, {entries} entries", trial_ms, "ms", bound=20, baseline=base,
           baseline_what=what)
    figure("a participant's balance", person, "ms", bound=5, baseline=base, baseline_what=what)
    figure("journal first page (50)", page, "ms", bound=50, baseline=base, baseline_what=what)
    figure("post one sale entry, median", post, "ms", bound=10)
    db.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
