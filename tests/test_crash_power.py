"""Power cuts and two windows on one file: nothing committed is lost, nothing is doubled.

The long form (200 cuts of each loop) is ``bench/bench_crash.py``; CI cuts 20 times.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import bench_crash  # noqa: E402

from kiosk.models.sales import Sale  # noqa: E402


@pytest.fixture
def market(demo_copy):
    """The demo market with a loan to repay, closed so children can open it."""
    bench_crash.add_loan(demo_copy)
    demo_copy.dispose()
    return demo_copy.url


@pytest.mark.slow
@pytest.mark.parametrize("loop, cuts", [("sales", 12), ("loans", 8)])
def test_a_power_cut_loses_nothing(market, loop, cuts):
    history = bench_crash.run(market, loop, cuts, seed=13, longest=0.4)
    assert history.cuts == cuts
    # the cuts did land while it was working, not before it started
    assert (len(history.committed) if loop == "sales" else len(history.repaid)) >= cuts


def test_the_checker_notices_a_lost_sale_and_a_lost_cart(market):
    """A report the database does not bear out is caught (the power-cut test can fail)."""
    history = bench_crash.History()
    history.hear("COMMITTED not-a-real-uid 2569-000999")
    history.hear("PARKED another-uid 2")
    found = bench_crash.problems_after_cut(market, "sales", history)
    assert any("not-a-real-uid" in problem for problem in found)
    assert any("another-uid" in problem for problem in found)
    history = bench_crash.History()
    history.hear("REPAID never-paid")
    assert bench_crash.problems_after_cut(market, "loans", history) == [
        "reported repayment never-paid found 0 times"]


@pytest.mark.slow
def test_two_windows_sell_at_once_without_losing_or_doubling_a_receipt(market):
    each = 25
    children = [subprocess.Popen(bench_crash.child_command("sales", market, seed, which, each),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for which, seed in ((0, 1), (1, 2))]
    reported = {}
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert "locked" not in err.lower()
        committed = [line.split()[1:] for line in out.splitlines() if line.startswith("COMMITTED")]
        assert len(committed) == each
        reported.update(committed)
    from kiosk.db import Database
    db = Database(market)
    try:
        with db.reading() as session:
            numbers = dict(session.execute(select(Sale.uid, Sale.number)).all())
            sequences = sorted(session.scalars(select(Sale.sequence).where(
                Sale.number.in_(list(reported.values())))))
    finally:
        db.dispose()
    assert all(numbers[uid] == number for uid, number in reported.items())
    assert len(set(reported.values())) == 2 * each
    assert sequences == list(range(sequences[0], sequences[0] + 2 * each))  # none skipped
    history = bench_crash.History()
    assert bench_crash.problems_after_cut(market, "sales", history) == []
