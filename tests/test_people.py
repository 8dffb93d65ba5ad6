"""Participants and operators: validation, masking, admin rules, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from kiosk import i18n
from kiosk.dates import today
from kiosk.errors import Conflict, InvalidInput, NotAllowed
from kiosk.models import AuditEvent, Participant, Role
from kiosk.services import auth, operators, people
from kiosk.services.demo import with_check_digit

GOOD_ID = with_check_digit("110370045672"[:12])


def _count(db, model):
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _form(**overrides):
    values = dict(name_th="นางสมศรี ใจงาม", nickname="ป้าศรี", phone="081-234-5678",
                  national_id=GOOD_ID, joined_on=today() - timedelta(days=10), notes="")
    values.update(overrides)
    return people.ParticipantInput(**values)


# -- pure validation -----------------------------------------------------------
@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_check_digit_makes_a_valid_id_and_any_other_digit_fails(prefix):
    good = with_check_digit(prefix)
    assert people.national_id_checksum_ok(good)
    for digit in "0123456789":
        if digit != good[-1]:
            assert not people.national_id_checksum_ok(prefix + digit)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_mask_shows_only_the_last_three_digits(prefix):
    digits = with_check_digit(prefix)
    masked = people.mask_national_id(digits)
    assert masked == f"x-xxxx-xxxxx-{digits[10:12]}-{digits[12]}"
    assert sum(c.isdigit() for c in masked) == 3


def test_known_id_and_mask():
    assert people.national_id_checksum_ok("1101700207030")  # a published example ID
    assert people.mask_national_id("1101700207030") == "x-xxxx-xxxxx-03-0"
    assert people.mask_national_id(None) == ""


@pytest.mark.parametrize("typed, stored", [
    ("081-234-5678", "0812345678"), ("043 241 587", "043241587"), ("๐๘๑๒๓๔๕๖๗๘", "0812345678"),
    ("", ""),
])
def test_phone_normalised(typed, stored):
    assert people.normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345678", "1812345678", "08123456789", "08-12a4567", "081234"])
def test_bad_phone_refused(typed):
    with pytest.raises(InvalidInput):
        people.normalise_phone(typed)


# -- the service -----------------------------------------------------------------
def test_create_list_search_and_mask(db, staff):
    pid = people.create_participant(db, staff, _form())
    rows = people.list_participants(db)
    assert [r.id for r in rows] == [pid]
    row = rows[0]
    assert row.national_id_masked == people.mask_national_id(GOOD_ID)
    assert GOOD_ID not in repr(row)  # the full ID never leaves the service
    assert row.phone == "0812345678" and row.phone_display == "081-234-5678"
    assert people.list_participants(db, search="ป้าศรี")[0].id == pid
    assert people.list_participants(db, search="5678")[0].id == pid
    assert people.list_participants(db, search="ไม่มีชื่อนี้") == []
    with db.reading() as session:
        by, details = session.execute(select(AuditEvent.operator_id, AuditEvent.details).where(
            AuditEvent.action == "participant_create")).one()
    assert by == staff.operator_id and GOOD_ID not in details


@pytest.mark.parametrize("field, value, thai", [
    ("phone", "12345", "เบอร์โทร"),
    ("national_id", GOOD_ID[:12] + str((int(GOOD_ID[12]) + 1) % 10), "เลขบัตรประชาชน"),
    ("joined_on", today() + timedelta(days=1), "อนาคต"),
    ("name_th", "  ", "ชื่อ"),
])
def test_bad_input_gives_thai_message_and_writes_nothing(db, staff, field, value, thai):
    before = _count(db, AuditEvent)
    with i18n.language("th"):
        with pytest.raises(InvalidInput) as caught:
            people.create_participant(db, staff, _form(**{field: value}))
    assert thai in caught.value.message
    assert _count(db, Participant) == 0
    assert _count(db, AuditEvent) == before


def test_update_keeps_or_replaces_the_id_and_audits_changes(db, staff):
    pid = people.create_participant(db, staff, _form())
    people.update_participant(db, staff, pid, _form(nickname="ศรี", national_id=None))
    row = people.get_participant(db, pid)
    assert row.nickname == "ศรี" and row.national_id_masked == people.mask_national_id(GOOD_ID)
    people.update_participant(db, staff, pid, _form(nickname="ศรี", national_id=""))
    assert people.get_participant(db, pid).national_id_masked == ""
    with db.reading() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert actions.count("participant_update") == 2
    # nothing changed: nothing audited
    people.update_participant(db, staff, pid, _form(nickname="ศรี", national_id=None))
    with db.reading() as session:
        assert session.scalars(select(AuditEvent.action)).all().count("participant_update") == 2


def test_duplicate_national_id_refused(db, staff):
    people.create_participant(db, staff, _form())
    with pytest.raises(InvalidInput):
        people.create_participant(db, staff, _form(name_th="นางอื่น คนใหม่"))


def test_deactivate_and_vendor_not_allowed(db, staff, vendor):
    pid = people.create_participant(db, staff, _form())
    with pytest.raises(NotAllowed):
        people.create_participant(db, vendor, _form(national_id=""))
    with pytest.raises(NotAllowed):
        people.deactivate_participant(db, vendor, pid)
    people.deactivate_participant(db, staff, pid)
    assert not people.get_participant(db, pid).active
    assert people.list_participants(db, include_inactive=False) == []


# -- operators ---------------------------------------------------------------------
def test_only_admins_manage_operators(db, staff, admin):
    with pytest.raises(NotAllowed):
        operators.list_operators(db, staff)
    with pytest.raises(NotAllowed):
        operators.create_operator(db, staff, "ใหม่", Role.VENDOR, "4444")
    assert {r.name for r in operators.list_operators(db, admin)} == {staff.name, admin.name}


def test_create_change_role_reset_pin_deactivate(db, admin, staff):
    pid = people.create_participant(db, staff, _form())
    new_id = operators.create_operator(db, admin, "ป้าศรี", Role.VENDOR, "4321", participant_id=pid)
    assert auth.sign_in(db, new_id, "4321").participant_id == pid
    with pytest.raises(InvalidInput):  # a participant signs in with one operator only
        operators.create_operator(db, admin, "ป้าศรี 2", Role.VENDOR, "4321", participant_id=pid)
    operators.change_role(db, admin, new_id, Role.STAFF)
    operators.reset_pin(db, admin, new_id, "8765")
    assert auth.sign_in(db, new_id, "8765").role is Role.STAFF
    operators.deactivate_operator(db, admin, new_id)
    assert new_id not in {t.id for t in auth.operator_tiles(db)}
    with db.reading() as session:
        actions = set(session.scalars(select(AuditEvent.action).where(
            AuditEvent.operator_id == admin.operator_id)))
    assert {"operator_create", "operator_role_change", "operator_pin_change",
            "operator_deactivate"} <= actions


def test_last_admin_cannot_be_demoted_or_deactivated(db, admin):
    with pytest.raises(Conflict):
        operators.change_role(db, admin, admin.operator_id, Role.STAFF)
    with pytest.raises(Conflict):
        operators.deactivate_operator(db, admin, admin.operator_id)
    second = operators.create_operator(db, admin, "ผู้ดูแลคนที่สอง", Role.ADMIN, "5555")
    operators.change_role(db, admin, admin.operator_id, Role.STAFF)  # now allowed
    boss = auth.sign_in(db, second, "5555")
    with pytest.raises(Conflict):
        operators.deactivate_operator(db, boss, second)


def test_bad_pin_refused_before_writing(db, admin):
    before = _count(db, AuditEvent)
    with pytest.raises(InvalidInput):
        operators.create_operator(db, admin, "คนใหม่", Role.VENDOR, "12")
    assert _count(db, AuditEvent) == before
