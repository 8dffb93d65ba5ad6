"""``kiosk simulate``: years of market days through the real services, checked by an auditor.

    kiosk simulate --days 60 --seed 7 [--db URL] [--start 2016-11-01] [--sales-per-day 90]

Needs a new, empty database (it refuses one with data in it). Stops with
the seed, the day and the first difference (exit 1); at the end every
`kiosk check` invariant runs. Registered in kiosk.cli with one line.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from datetime import date

from kiosk.console import EXIT_FAILED, EXIT_OK, say as _say
from kiosk.i18n import tr
from kiosk.services.opening import open_database


def _progress_bar():
    """A bar on a terminal; nothing when the output goes to a file or a pipe."""
    if not sys.stdout.isatty():
        return None
    width = max(10, min(40, shutil.get_terminal_size((80, 20)).columns - 30))
    started = time.monotonic()

    def show(done: int, total: int) -> None:
        filled = width * done // max(total, 1)
        elapsed = time.monotonic() - started
        left = elapsed / done * (total - done) if done else 0
        sys.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                         f"~{left / 60:.0f} min ")
        if done == total:
            sys.stdout.write("\n")
        sys.stdout.flush()
    return show


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("A date is written like 2016-11-01.")) from None


def _count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 36_500:
        raise argparse.ArgumentTypeError(tr("Give a whole number from 1 to 36,500."))
    return int(text)


def cmd_simulate(args: argparse.Namespace) -> int:
    from kiosk.check_cli import _print_result, run_checks
    from kiosk.simulate import runner
    from kiosk.simulate.errors import Stopped
    from kiosk.services import auth, demo
    db = open_database(args.db, create=True)
    try:
        if demo.has_real_data(db) or auth.operator_tiles(db):
            _say(tr("kiosk simulate needs a new, empty database: this one has data in it."))
            return EXIT_FAILED
        started = time.monotonic()
        try:
            summary = runner.run(db, days=args.days, seed=args.seed, start=args.start,
                                 sales_per_day=args.sales_per_day, progress=_progress_bar())
        except Stopped as stopped:
            _say()
            _say(tr("The auditor and the kiosk disagree. Seed {seed}, day {n} ({day}):").format(
                seed=stopped.seed, n=stopped.day_number, day=stopped.day.isoformat()))
            _say("    " + stopped.difference)
            return EXIT_FAILED
        _say(tr("{days} days from {first} to {last} (seed {seed}): {sales} sales, {lines} sale "
                "lines, in {minutes:.1f} minutes; the auditor agreed after every day.").format(
            days=summary.days, first=summary.first.isoformat(), last=summary.last.isoformat(),
            seed=summary.seed, sales=summary.sales, lines=summary.sale_lines,
            minutes=(time.monotonic() - started) / 60))
        results = run_checks(db)
    finally:
        db.dispose()
    failed = [r for r in results if not r.ok]
    for result in failed:
        _print_result(False, result.name, result.problems)
    if failed:
        _say(tr("{failed} of {total} checks failed.").format(failed=len(failed), total=len(results)))
        return EXIT_FAILED
    _say(tr("All {total} checks passed.").format(total=len(results)))
    return EXIT_OK


def register(command) -> None:  # noqa: ANN001  (kiosk.cli's sub-command maker)
    from kiosk.simulate.runner import DEFAULT_SALES_PER_DAY, DEFAULT_START
    sim = command("simulate", cmd_simulate, tr(
        "simulate days of trading through the services, checked by an independent auditor"))
    sim.add_argument("--days", type=_count, required=True, help=tr("how many days to simulate"))
    sim.add_argument("--seed", type=int, default=1,
                     help=tr("the seed: the same seed gives the same days"))
    sim.add_argument("--start", type=_day, default=DEFAULT_START,
                     help=tr("the first day (default {day})").format(day=DEFAULT_START.isoformat()))
    sim.add_argument("--sales-per-day", type=_count, default=DEFAULT_SALES_PER_DAY,
                     help=tr("about how many sales a trading day has (default {n})").format(
                         n=DEFAULT_SALES_PER_DAY))
