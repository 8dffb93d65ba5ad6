"""Issue 9 §8 (CLI side) and issue 10 §1 service rules: errors that reach the user as one
line, staff approval that locks, bounds checked before a PIN, the day's float and Z by PIN."""

from __future__ import annotations

import os
import sqlite3

import pytest

from kiosk import cli
from kiosk.errors import InvalidInput, NotAllowed
from kiosk.money import Money
from kiosk.services import auth, backup, overrides, sales, trading_day
from kiosk.services.auth import OperatorLocked
from tests.sales_helpers import cart_of, make_catalogue


# -- CLI: one line, the right culprit, exit 2 -----------------------------------------
@pytest.mark.parametrize("url", ["notaurl", "postgresql+psycopg2://kiosk@localhost/kiosk",
                                 "postgresql+pg8000://kiosk@localhost/kiosk"])
def test_an_unusable_database_url_is_one_line_and_exit_2(url, capsys):
    assert cli.main(["--lang", "en", "--db", url, "check"]) == 2
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert url.split("://")[0] in err or "not a database URL" in err


@pytest.mark.sqlite_only
def test_a_backup_to_an_unwritable_place_blames_the_destination(db, tmp_path, capsys):
    target = tmp_path / "read-only"
    target.mkdir()
    os.chmod(target, 0o500)
    bad = ["/proc/kiosk-backup.sqlite3", os.devnull]
    if os.geteuid() != 0:  # root writes into a read-only folder anyway
        bad.append(str(target / "b.sqlite3"))
    for destination in bad:
        assert cli.main(["--lang", "en", "--db", db.url, "backup", destination]) == 2, destination
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and destination in err, err
        assert str(db.sqlite_path) not in err
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)  # never replaced


@pytest.mark.sqlite_only
def test_the_destination_error_is_an_input_error(db):
    with pytest.raises(backup.DestinationUnwritable):
        backup.backup(db, os.devnull)


# -- staff approval ----------------------------------------------------------------------
def test_approval_box_locks_after_five_wrong_pins(db, vendor, staff, admin):
    for _ in range(auth.MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(NotAllowed):
            auth.approve_with_staff_pin(db, "7777", "discount", requested_by=vendor.operator_id)
    with pytest.raises(OperatorLocked):
        auth.approve_with_staff_pin(db, "7777", "discount", requested_by=vendor.operator_id)
    with pytest.raises(OperatorLocked):  # the admin's good PIN is refused while locked
        auth.approve_with_staff_pin(db, "3333", "discount", requested_by=vendor.operator_id)


def test_a_good_pin_resets_the_count(db, vendor, staff):
    for _ in range(auth.MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(NotAllowed):
            auth.approve_with_staff_pin(db, "7777", "discount", requested_by=vendor.operator_id)
    assert auth.approve_with_staff_pin(db, "2222", "discount",
                                       requested_by=vendor.operator_id).operator_id == staff.operator_id
    with pytest.raises(auth.WrongStaffPin) as wrong:
        auth.approve_with_staff_pin(db, "7777", "discount", requested_by=vendor.operator_id)
    assert wrong.value.tries_left == auth.MAX_FAILED_ATTEMPTS - 1


def test_a_vendors_own_pin_never_approves_even_if_a_staff_pin_is_the_same(db, staff):
    from kiosk.models import Role
    twin = auth.create_operator(db, "น้องเอ", Role.VENDOR, "2222")  # same PIN as the staff
    with pytest.raises(auth.OwnPin):
        auth.approve_with_staff_pin(db, "2222", "discount", requested_by=twin)


# -- bounds before the PIN -----------------------------------------------------------------
def test_discount_and_price_are_bounded(db):
    products = make_catalogue(db)
    cart = cart_of(products, ("KALE", "2"))
    with pytest.raises(InvalidInput):
        overrides.discount(cart, 0, Money.baht(99_999))
    with pytest.raises(InvalidInput):
        overrides.price_override(cart, 0, Money.baht(99_999))
    big = cart_of(products, ("KALE", "1000"))
    with pytest.raises(InvalidInput):  # ฿4,000 each is allowed, but not 1000 of them on one line
        overrides.price_override(big, 0, Money.baht(4_000))
    assert overrides.price_override(cart, 0, Money.baht(25)).lines[0].unit_price == Money.baht(25)
    assert overrides.discount(cart, 0, Money.baht(5)).total == Money.baht(35)


# -- the day takes a staff PIN ---------------------------------------------------------------
def test_float_and_z_need_a_staff_pin(db, vendor, staff):
    with pytest.raises(NotAllowed):
        trading_day.open_day(db, vendor, Money.baht(500), "1111")
    assert not trading_day.day_state(db).opened
    approver = trading_day.open_day(db, vendor, Money.baht(500), "2222")
    assert approver.operator_id == staff.operator_id
    state = trading_day.day_state(db)
    assert state.opened and not state.closed and state.opening_float == Money.baht(500)
    with pytest.raises(NotAllowed):
        trading_day.close_day(db, vendor, Money.baht(500), "1111")
    report = trading_day.close_day(db, vendor, Money.baht(480), "2222")
    assert report.closed and report.difference == Money.baht(-20)
    assert trading_day.day_state(db).closed


def test_large_float_and_count_ask_first():
    assert not trading_day.float_needs_confirmation(Money.baht(2_000))
    assert trading_day.float_needs_confirmation(Money.baht(99_999))
    assert trading_day.count_needs_confirmation(Money.baht(99_999))
