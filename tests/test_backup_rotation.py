"""Which automatic backups the rotation keeps: 14 daily, 12 monthly (dates only, no files)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, strategies as st

from kiosk.services.backup_rotation import DAILY, MONTHLY, auto_name, stamp_of, to_delete, to_keep


def at(day: date, hour: int = 18) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 5, 0)


def test_thirteen_months_of_closes_keep_the_last_14_days_and_12_months_last():
    closes = [at(date(2025, 11, 1) + timedelta(days=n)) for n in range(395)]
    kept = to_keep(closes)
    last = date(2026, 11, 30)
    dailies = {at(last - timedelta(days=n)) for n in range(14)}
    month_ends = {at(date(2026, m, 1) - timedelta(days=1)) for m in range(1, 12)} | {at(last)}
    assert kept == dailies | month_ends
    assert len(kept) == 14 + 11  # November's last is also today's daily
    assert at(date(2025, 11, 30)) not in kept  # the 13th month back is gone


def test_a_week_closed_keeps_the_older_dailies():
    closes = [at(date(2026, 3, 1) + timedelta(days=n)) for n in range(20)]
    closes += [at(date(2026, 3, 28))]  # a week of holiday between
    kept = to_keep(closes)
    assert sorted(kept)[-DAILY:] == sorted(closes)[-DAILY:]


def test_two_backups_on_one_day_keep_the_later_one():
    morning, evening = at(date(2026, 5, 4), 9), at(date(2026, 5, 4), 19)
    assert to_keep([morning, evening]) == {evening}


def test_only_automatic_backups_are_ever_deleted():
    names = [auto_name(at(date(2024, 1, 1) + timedelta(days=n))) for n in range(800)]
    names += ["kiosk-backup-20240101-120000.sqlite3", "notes.txt", "kiosk-auto-2024.sqlite3",
              ".kiosk-auto-20240101-180500.sqlite3.partial"]
    gone = to_delete(names)
    # to 10 March 2026: dailies 25 Feb-10 Mar hold the newest of March and of February
    assert len(names) - len(gone) == 4 + DAILY + MONTHLY - 2
    assert all(stamp_of(name) is not None for name in gone)
    assert gone == sorted(gone)  # oldest first


def test_a_name_round_trips():
    moment = datetime(2026, 11, 30, 18, 1, 2)
    assert auto_name(moment) == "kiosk-auto-20261130-180102.sqlite3"
    assert stamp_of(auto_name(moment)) == moment
    assert stamp_of("kiosk-auto-20261399-180102.sqlite3") is None  # month 13


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1)),
                max_size=120))
def test_rotation_rules_hold_for_any_dates(stamps):
    kept = to_keep(stamps)
    assert kept <= set(stamps)
    if stamps:
        assert max(stamps) in kept  # the newest is never deleted
    days = {s.date() for s in stamps}
    months = {(s.year, s.month) for s in stamps}
    assert len({s.date() for s in kept}) >= min(DAILY, len(days))
    assert len(kept) <= DAILY + MONTHLY
    # each kept month's newest backup is kept for the newest months
    for month in sorted(months, reverse=True)[:MONTHLY]:
        assert max(s for s in stamps if (s.year, s.month) == month) in kept


def test_a_servers_automatic_backups_are_named_and_rotated_as_automatic_backups():
    moment = datetime(2026, 11, 30, 18, 1, 2)
    name = auto_name(moment, ".pgdump")
    assert name == "kiosk-auto-20261130-180102.pgdump"
    assert stamp_of(name) == moment
    assert stamp_of("kiosk-auto-20261130-180102.sql") is None  # not one the kiosk made
    names = [auto_name(at(date(2024, 1, 1) + timedelta(days=n)), ".pgdump") for n in range(40)]
    assert len(to_delete(names)) == 40 - 14  # 14 daily; each month's last is among them
