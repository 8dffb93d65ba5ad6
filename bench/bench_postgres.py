"""PostgreSQL speed (issue 15 section 4), on a throwaway server started the way the tests
start theirs (tests/postgres_server.py, the local socket):

- the 10-line sale commit through the kiosk beside the very statements it sent, replayed
  with psycopg directly in one transaction (bound: within 3x, medians);
- every screen's first page with the demo market (bound: under 100 ms each).

    .venv/bin/python bench/bench_postgres.py [N] [-v: the commit's statements]

The commit's statements are captured as the kiosk sends them (SQL and parameters, the
advisory lock and the NOTIFY included) and replayed on a twin database kept in step with
the kiosk's (CREATE DATABASE ... TEMPLATE), so the replay writes the same rows with the
same ids. The server runs as the tests' does (fsync off): what is compared is the work on
either side of the socket, not the disk.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import psycopg
from sqlalchemy import event, text

from bench_tenyear import PAGE_BOUND, pages, timed
from figures import figure
from kiosk.db import Database
from kiosk.money import Money
from kiosk.services import demo, sale_commit, sale_rules
from sale_commit import WARM_UP, _cart, _setup

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import postgres_server  # noqa: E402

RATIO_BOUND = 3
Statement = tuple[str, object, bool]  # SQL, parameters, executemany


def admin(server: postgres_server.Server, statement: str) -> None:
    with psycopg.connect(server.url(driver="postgresql"), autocommit=True) as connection:
        connection.execute(statement)


class Recorder:
    """What the kiosk's engine sends, statement by statement, while ``on``."""

    def __init__(self, db: Database) -> None:
        self.sent: list[Statement] = []
        self.on = False
        event.listen(db.engine, "before_cursor_execute", self._heard)

    def _heard(self, conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if self.on:
            self.sent.append((statement, parameters, executemany))

    def take(self) -> list[Statement]:
        sent, self.sent = self.sent, []
        return sent


def replay(connection: psycopg.Connection, sent: list[Statement]) -> float:
    """The same statements in one transaction with psycopg; its ms."""
    start = time.perf_counter()
    with connection.cursor() as cursor:
        for statement, parameters, many in sent:
            # SQLAlchemy's insertmanyvalues sends one multi-row INSERT flagged executemany
            if many and isinstance(parameters, list):
                cursor.executemany(statement, parameters)
            else:
                cursor.execute(statement, parameters or None)
                if cursor.description is not None:
                    cursor.fetchall()
    connection.commit()
    return (time.perf_counter() - start) * 1000


def commit_beside_replay(server: postgres_server.Server, runs: int) -> tuple[list, list, list]:
    """Kiosk commit times, replay times (ms) and the last commit's statements."""
    admin(server, "CREATE DATABASE bench_kiosk")
    db, who, products, participant_id = _setup(server.url("bench_kiosk"))
    db.dispose()  # a template takes no other connections while it is copied
    admin(server, "CREATE DATABASE bench_replay TEMPLATE bench_kiosk")
    db = Database(server.url("bench_kiosk"))
    recorder = Recorder(db)
    kiosk_times, replay_times, sent = [], [], []
    with psycopg.connect(server.url("bench_replay", driver="postgresql")) as twin:
        for n in range(runs + WARM_UP):
            cart = _cart(products, n, participant_id)
            payment = sale_rules.PaymentRequest(cash_tendered=cart.total - Money.baht(10),
                                                promptpay=Money.baht(10))
            recorder.on = True
            start = time.perf_counter()
            sale_commit.commit_sale(db, cart, who, payment)
            elapsed = (time.perf_counter() - start) * 1000
            recorder.on = False
            sent = recorder.take()
            replayed = replay(twin, sent)
            if n >= WARM_UP:
                kiosk_times.append(elapsed)
                replay_times.append(replayed)
    with db.reading() as session:
        kiosk_rows = session.execute(text("SELECT count(*), max(number) FROM sales")).one()
    db.dispose()
    with psycopg.connect(server.url("bench_replay", driver="postgresql")) as twin:
        twin_rows = twin.execute("SELECT count(*), max(number) FROM sales").fetchone()
    assert tuple(kiosk_rows) == tuple(twin_rows), (kiosk_rows, twin_rows)  # the twin kept step
    return kiosk_times, replay_times, sent


def first_pages(server: postgres_server.Server) -> list[tuple[str, float]]:
    admin(server, "CREATE DATABASE bench_demo")
    db = Database(server.url("bench_demo"))
    try:
        from kiosk import schema
        schema.upgrade(db)
        demo.ensure_demo_data(db)
        return [(name, timed(fn)) for name, fn in pages(db)]
    finally:
        db.dispose()


def main(argv: list[str]) -> int:
    numbers = [a for a in argv[1:] if a.isdigit()]
    runs = int(numbers[0]) if numbers else 200
    server = postgres_server.start()
    try:
        kiosk_times, replay_times, sent = commit_beside_replay(server, runs)
        shown = first_pages(server)
    finally:
        postgres_server.stop(server)
    kiosk_median, replay_median = statistics.median(kiosk_times), statistics.median(replay_times)
    ratio = kiosk_median / replay_median
    print(f"10-line sale commit on PostgreSQL (local socket), {runs} runs, "
          f"{len(sent)} statements a commit")
    print(f"  kiosk commit_sale:          median {kiosk_median:6.2f} ms  "
          f"p90 {statistics.quantiles(kiosk_times, n=10)[-1]:6.2f} ms")
    print(f"  same statements, psycopg:   median {replay_median:6.2f} ms  "
          f"p90 {statistics.quantiles(replay_times, n=10)[-1]:6.2f} ms")
    print(f"  ratio {ratio:.2f}x (bound {RATIO_BOUND}x): {'OK' if ratio <= RATIO_BOUND else 'MISSED'}")
    what = "the same statements replayed with psycopg, one transaction"
    figure("PostgreSQL: 10-line sale commit, median", kiosk_median, "ms",
           baseline=replay_median, baseline_what=what)
    figure("PostgreSQL: sale commit / its statements through psycopg (medians)", ratio, "x",
           bound=RATIO_BOUND, op="<=")
    print("first pages with the demo market on PostgreSQL:")
    for name, ms in shown:
        print(f"  {name:<40} {ms:8.1f} ms  {'OK' if ms < PAGE_BOUND else 'SLOW'}")
        figure(f"PostgreSQL demo: {name}", ms, "ms", bound=PAGE_BOUND)
    if "-v" in argv:
        for statement, _, many in sent:
            print("   ", " ".join(statement.split())[:150], "(executemany)" if many else "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
