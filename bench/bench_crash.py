"""Power cuts: a kiosk process killed (SIGKILL) mid-sale or mid-repayment loses nothing.

    .venv/bin/python bench/bench_crash.py                   # 200 cuts of each loop
    .venv/bin/python bench/bench_crash.py --kills 20 --loop sales --seed 7

A child process runs the real services in a loop (sign in, ring up a cart
parked after every line as the sale screen parks it, pay, commit; or repay
a loan) and reports each step on a pipe only AFTER the service returned.
The parent kills it at a random moment, reopens the database and checks:
every ``kiosk check`` invariant passes; every sale (repayment) the child
reported is there exactly once; receipt numbers are gapless; the cart that
was parked when the power went comes back (or was committed whole). The next
child starts as the kiosk does after a crash: it brings the parked cart back
and pays it (the commit is idempotent on the cart's uid).
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
for _path in (PROJECT, PROJECT / "bench"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

LOAN_KEY = "bench-crash-loan"
REPAYMENT = Decimal("7")  # baht per repayment: hundreds fit in the loan


# -- child: the loops ----------------------------------------------------------------------------
def _say(*words: object) -> None:
    # one write per line, after the service returned: a killed child never reports a half step
    os.write(1, (" ".join(str(w) for w in words) + "\n").encode())


def vendor(db, which: int = 0):  # noqa: ANN001, ANN202
    """One of the demo's vendors, as signed in (the PIN is not what a power cut tests)."""
    from kiosk.services import auth
    tile = [t for t in auth.operator_tiles(db) if t.role.value == "vendor"][which]
    return auth.SignedIn(tile.id, tile.name, tile.role, None)


def _sales_loop(db, rng: random.Random, which: int = 0, count: int = 0) -> None:  # noqa: ANN001
    """Sell for ever (or ``count`` sales) as vendor number ``which``."""
    from kiosk.money import Money
    from kiosk.services import catalog, sale_commit, sales, trading_day
    from kiosk.services.cart import Cart
    from kiosk.services.sale_rules import PaymentRequest

    who = vendor(db, which)
    if not trading_day.day_state(db).opened:
        sales.open_day(db, who, Money(0))
    tiles = [t for t in catalog.product_tiles(db) if t.price.satang > 0]
    cart = sales.parked_cart(db, who)  # the sale screen brings back what was parked
    _say("READY")
    while True:
        if cart is None or cart.is_empty:
            cart = Cart()
            for _ in range(rng.randint(1, 4)):
                tile = rng.choice(tiles)
                quantity = Decimal(rng.choice(["0.250", "0.5", "1.2"])) if tile.sold_by_weight \
                    else Decimal(rng.randint(1, 3))
                cart = cart.add(tile.line(quantity))
                sales.park_cart(db, who, cart)
                _say("PARKED", cart.sale_uid, len(cart.lines))
        result = sale_commit.commit_sale(db, cart, who, PaymentRequest(cash_tendered=cart.total))
        _say("COMMITTED", cart.sale_uid, result.number)
        sales.park_cart(db, who, cart.cleared())
        cart = None
        count -= 1
        if count == 0:
            return


def _loans_loop(db, rng: random.Random) -> None:  # noqa: ANN001
    from kiosk.dates import today
    from kiosk.money import Money
    from kiosk.services import loans

    loan_id = _loan_id(db)
    _say("READY")
    while True:
        key = f"bench-repay-{rng.randrange(10**15)}"
        loans.repay(db, key=key, loan_id=loan_id, amount=Money.baht(REPAYMENT), on=today(),
                    paid_by="cash")
        _say("REPAID", key)


def _loan_id(db) -> int:  # noqa: ANN001
    from sqlalchemy import select

    from kiosk.models.ledger import JournalEntry, Loan
    with db.reading() as session:
        return session.scalar(select(Loan.id).join(JournalEntry, Loan.disbursed_entry_id == JournalEntry.id)
                              .where(JournalEntry.key == LOAN_KEY))


def _child(loop: str, url: str, seed: int, which: int, count: int) -> None:
    from kiosk.db import Database
    db = Database(url)
    if loop == "sales":
        _sales_loop(db, random.Random(seed), which, count)
    else:
        _loans_loop(db, random.Random(seed))


# -- parent: set-up, cuts and checks ------------------------------------------------------------
def prepare(folder: Path) -> str:
    """A demo market with a loan to repay; its URL."""
    from kiosk import schema
    from kiosk.db import Database
    from kiosk.services import demo

    url = f"sqlite:///{folder / 'crash.sqlite3'}"
    db = Database(url)
    try:
        schema.upgrade(db)
        demo.ensure_demo_data(db)
        add_loan(db)
    finally:
        db.dispose()
    return url


def add_loan(db) -> None:  # noqa: ANN001
    """A fund with money and a long loan the repayment loop pays off seven baht at a time."""
    from datetime import timedelta

    from kiosk.dates import today
    from kiosk.money import Money
    from kiosk.services import fund_postings, loans

    start = today() - timedelta(days=30)
    fund_postings.record_donation(db, key="bench-crash-seed", donor="bench", amount=Money.baht(200_000),
                         on=start, received_into="bank")
    loans.lend(db, key=LOAN_KEY, participant_id=demo_participant(db), principal=Money.baht(100_000),
               start_on=start, term=12, frequency="month", method="zero", annual_rate="0",
               purpose="bench", paid_from="bank")


def demo_participant(db) -> int:  # noqa: ANN001
    from sqlalchemy import select

    from kiosk.models import Participant
    with db.reading() as session:
        return session.scalars(select(Participant.id).order_by(Participant.id)).first()


@dataclass
class History:
    """What the children reported, over all the cuts so far."""

    committed: dict[str, str] = field(default_factory=dict)  # sale uid -> receipt number
    parked: tuple[str, int] | None = None  # the last cart reported parked and not yet paid
    repaid: list[str] = field(default_factory=list)
    cuts: int = 0
    steps_at_cut: list[int] = field(default_factory=list)

    def hear(self, line: str) -> None:
        word, *rest = line.split()
        if word == "PARKED":
            self.parked = (rest[0], int(rest[1]))
        elif word == "COMMITTED":
            if rest[0] in self.committed:
                raise AssertionError(f"sale {rest[0]} reported committed twice")
            self.committed[rest[0]] = rest[1]
            if self.parked and self.parked[0] == rest[0]:
                self.parked = None
        elif word == "REPAID":
            self.repaid.append(rest[0])


def child_command(loop: str, url: str, seed: int, which: int = 0, count: int = 0) -> list[str]:
    """The command line of one child: ``loop`` on ``url`` (``count`` sales, 0: until killed)."""
    return [sys.executable, __file__, "--child", loop, "--db", url, "--seed", str(seed),
            "--vendor", str(which), "--count", str(count)]


def cut_once(url: str, loop: str, rng: random.Random, history: History,
             longest: float = 0.6) -> None:
    """Start a child, let it work for a random moment, pull the plug, record what it reported."""
    child = subprocess.Popen(child_command(loop, url, rng.randrange(10**9)),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=PROJECT)
    lines: list[str] = []
    buffer = b""
    deadline = None
    ready_by = time.monotonic() + 60
    while True:
        now = time.monotonic()
        if deadline is not None and now >= deadline:
            break
        if deadline is None and now > ready_by:
            child.kill()
            raise AssertionError("the child never got ready: " + child.stderr.read().decode())
        wait = 0.5 if deadline is None else deadline - now
        readable, _, _ = select.select([child.stdout], [], [], wait)
        if readable:
            chunk = os.read(child.stdout.fileno(), 65536)
            if not chunk:  # the child died by itself
                child.wait()
                raise AssertionError("the child stopped: " + child.stderr.read().decode())
            buffer += chunk
            *complete, buffer = buffer.split(b"\n")
            for raw in complete:
                line = raw.decode()
                if line == "READY" and deadline is None:
                    deadline = time.monotonic() + rng.uniform(0, longest)
                else:
                    lines.append(line)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    rest = child.stdout.read()  # what it wrote before the cut is still in the pipe
    for raw in (buffer + rest).split(b"\n"):
        if raw and raw.decode() != "READY":
            lines.append(raw.decode())
    child.stdout.close()
    child.stderr.close()
    for line in lines:
        if line.split()[0] in ("PARKED", "COMMITTED", "REPAID"):
            history.hear(line)
    history.cuts += 1
    history.steps_at_cut.append(len(lines))


def problems_after_cut(url: str, loop: str, history: History) -> list[str]:
    """Everything that is wrong with the database after a cut (empty: nothing lost)."""
    from sqlalchemy import func, select

    from kiosk.db import Database
    from kiosk.models.ledger import JournalEntry
    from kiosk.models.sales import Sale
    from kiosk.services import sales
    from kiosk.services.checks import registered_checks

    found: list[str] = []
    db = Database(url)
    try:
        with db.reading() as session:
            for name, check in registered_checks().items():
                found += [f"{name}: {problem}" for problem in check(session)]
            if loop == "sales":
                numbers = dict(session.execute(select(Sale.uid, Sale.number)).all())
                for uid, number in history.committed.items():
                    if numbers.get(uid) != number:
                        found.append(f"reported sale {uid} ({number}) is {numbers.get(uid)!r} now")
                counts = session.execute(select(Sale.year_be, func.count(), func.max(Sale.sequence))
                                         .group_by(Sale.year_be)).all()
                found += [f"receipts of {year}: {count} sales but last number {last}"
                          for year, count, last in counts if count != last]
            else:
                keys = dict(session.execute(
                    select(JournalEntry.key, func.count()).where(JournalEntry.kind == "repayment")
                    .group_by(JournalEntry.key)).all())
                found += [f"reported repayment {key} found {keys.get(key, 0)} times"
                          for key in history.repaid if keys.get(key, 0) != 1]
        if loop == "sales" and history.parked is not None:
            uid, lines = history.parked
            cart = sales.parked_cart(db, vendor(db))
            with db.reading() as session:
                paid = session.scalar(select(Sale.number).where(Sale.uid == uid))
            if paid is None and (cart is None or cart.sale_uid != uid or len(cart.lines) < lines):
                found.append(f"the cart {uid} parked with {lines} lines came back as "
                             f"{None if cart is None else (cart.sale_uid, len(cart.lines))}")
    finally:
        db.dispose()
    return found


def run(url: str, loop: str, kills: int, seed: int, longest: float = 0.6,
        history: History | None = None) -> History:
    """``kills`` power cuts of ``loop``; raises AssertionError at the first thing lost."""
    rng = random.Random(seed)
    history = history if history is not None else History()
    for cut in range(kills):
        cut_once(url, loop, rng, history, longest)
        found = problems_after_cut(url, loop, history)
        if found:
            raise AssertionError(f"{loop}, seed {seed}, after cut {cut + 1}:\n  " + "\n  ".join(found))
    return history


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--loop", choices=["sales", "loans", "both"], default="both")
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    parser.add_argument("--child", choices=["sales", "loans"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--vendor", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.db, args.seed, args.vendor, args.count)
        return 0
    from figures import figure
    loops = ["sales", "loans"] if args.loop == "both" else [args.loop]
    with tempfile.TemporaryDirectory() as folder:
        url = prepare(Path(folder))
        for loop in loops:
            started = time.monotonic()
            history = History()
            try:
                run(url, loop, args.kills, args.seed, history=history)
                survived = history.cuts
            except AssertionError as error:
                print(f"FAIL {error}")
                survived = history.cuts - 1
            done = len(history.committed) if loop == "sales" else len(history.repaid)
            print(f"power cuts, {loop}: {survived} of {args.kills} SIGKILLs with nothing lost, "
                  f"seed {args.seed}, {done} {'sales' if loop == 'sales' else 'repayments'} "
                  f"reported and found exactly once ({time.monotonic() - started:.0f} s)")
            figure(f"power cuts in the {loop} loop with nothing lost (seed {args.seed})", survived,
                   "count", bound=args.kills, op=">=",
                   note="SIGKILL at a random moment; kiosk check, reported work, receipts, parked cart")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
