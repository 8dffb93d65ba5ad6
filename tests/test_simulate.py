"""`kiosk simulate`: short runs pass the auditor and every check, a change the auditor
was not told of stops the run with the seed and the day, a seed replays exactly."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

import pytest

from kiosk import check_cli, cli
from kiosk.db import Database
from kiosk.money import Money
from kiosk.services import fund_postings, stock_forms
from kiosk.simulate import runner
from kiosk.simulate.digest import content_digest
from kiosk.simulate.errors import Stopped


@pytest.fixture
def fresh(db):
    return db  # a new, migrated database


@pytest.mark.slow  # 24 simulated days
@pytest.mark.parametrize("seed", [3, 11])
def test_a_short_simulation_agrees_with_its_auditor_and_passes_every_check(fresh, seed):
    # from Nov 20: a month close and its statements on Dec 5, loans and their deductions
    summary = runner.run(fresh, days=24, seed=seed, start=date(2016, 11, 20), sales_per_day=6)
    assert summary.sales > 50 and summary.sale_lines > summary.sales
    failed = {r.name: r.problems for r in check_cli.run_checks(fresh) if not r.ok}
    assert failed == {}


def _untold_waste(world, day):
    if day == date(2016, 11, 3):
        item = world.items[0]
        stock_forms.receive_consignment(world.db, world.staff, world.participants[0], item.id,
                                        Decimal(3))


def _untold_donation(world, day):
    if day == date(2016, 11, 2):
        fund_postings.record_donation(world.db, key="untold", donor="ใครสักคน",
                                      amount=Money.baht(5), on=day)


@pytest.mark.parametrize("tamper, day_number, what", [
    (_untold_waste, 3, "stock of product"),
    (_untold_donation, 2, "ledger balance of bank"),
])
def test_the_auditor_stops_on_a_posting_it_was_not_told_of(fresh, tamper, day_number, what):
    with pytest.raises(Stopped) as stopped:
        runner.run(fresh, days=5, seed=42, sales_per_day=3, after_day=tamper)
    assert stopped.value.seed == 42 and stopped.value.day_number == day_number
    assert what in stopped.value.difference
    assert str(stopped.value).startswith(f"seed 42, day {day_number} (2016-11-0{day_number}): ")


def test_the_auditor_stops_on_its_own_wrong_count(fresh):
    def miscount(world, day):
        if day == date(2016, 11, 2):
            world.books.accounts[("owed_to_participant", world.participants[1])] -= 1

    with pytest.raises(Stopped, match=r"seed 9, day 2 .*owed_to_participant.*expects -\d+, the kiosk has"):
        runner.run(fresh, days=4, seed=9, sales_per_day=3, after_day=miscount)


@pytest.mark.slow  # two simulations
def test_a_seed_replays_exactly(tmp_path, migrated_template):
    digests = []
    for n, seed in enumerate((5, 5, 6)):
        shutil.copyfile(migrated_template, tmp_path / f"run{n}.sqlite3")
        database = Database(f"sqlite:///{tmp_path / f'run{n}.sqlite3'}")
        runner.run(database, days=6, seed=seed, sales_per_day=5)
        digests.append(content_digest(database))
        database.dispose()
    assert digests[0] == digests[1]
    assert digests[2] != digests[0]


def test_the_command_runs_then_refuses_a_database_with_data(tmp_path, capsys, english):
    url = f"sqlite:///{tmp_path / 'sim.sqlite3'}"
    assert cli.main(["simulate", "--days", "3", "--seed", "2", "--sales-per-day", "4",
                     "--db", url]) == 0
    out = capsys.readouterr().out
    assert "3 days from 2016-11-01 to 2016-11-03 (seed 2)" in out
    assert "the auditor agreed after every day" in out and "checks passed" in out
    assert "[" not in out  # no progress bar when the output is not a terminal
    assert cli.main(["simulate", "--days", "3", "--db", url]) == 1
    assert "needs a new, empty database" in capsys.readouterr().out
