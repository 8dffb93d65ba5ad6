"""Issue 17: consent, the full national ID for admins only, a person's export and
erasure that leaves the books whole."""

from __future__ import annotations

import json
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from test_statement_papers import plain
from sqlalchemy import func, select

from kiosk import cli
from kiosk.dates import today
from kiosk.errors import Conflict, InvalidInput, NotAllowed
from kiosk.models import AuditEvent, Operator, Participant, Role
from kiosk.models.ledger import Account, JournalEntry
from kiosk.printing import privacy_papers
from kiosk.services import auth, ledger_chain, ledger_reads, people, person_export, privacy
from kiosk.services.privacy_notice import NOTICE_VERSION


def _signed_in(db, role: Role) -> auth.SignedIn:
    with db.reading() as session:
        operator = session.scalars(select(Operator).where(Operator.role == role)
                                   .order_by(Operator.id)).first()
        return auth.SignedIn(operator.id, operator.name, role, operator.participant_id)


@pytest.fixture
def demo_admin(demo_copy):
    return _signed_in(demo_copy, Role.ADMIN)


@pytest.fixture
def demo_staff(demo_copy):
    return _signed_in(demo_copy, Role.STAFF)


def _snap(row) -> SimpleNamespace:
    """A row's columns, readable after its session closed."""
    return SimpleNamespace(**{c.key: getattr(row, c.key) for c in row.__table__.columns})


def _audit(db, action: str) -> list[SimpleNamespace]:
    with db.reading() as session:
        return [_snap(e) for e in session.scalars(select(AuditEvent)
                                                  .where(AuditEvent.action == action))]


def _person(db, participant_id: int) -> SimpleNamespace:
    with db.reading() as session:
        return _snap(session.get(Participant, participant_id))


def _id_holder(db) -> SimpleNamespace:
    with db.reading() as session:
        return _snap(session.scalars(select(Participant).where(
            Participant.national_id.is_not(None)).order_by(Participant.id)).first())


# -- consent -------------------------------------------------------------------------
def test_staff_record_consent_with_date_method_recorder_and_notice_version(demo_copy,
                                                                           demo_staff):
    day = today() - timedelta(days=3)
    privacy.record_consent(demo_copy, demo_staff, 3, day, "verbal")
    consent = privacy.consent_of(demo_copy, 3)
    assert (consent.on, consent.method, consent.recorded_by, consent.notice_version) == (
        day, "verbal", demo_staff.name, NOTICE_VERSION)
    [event] = _audit(demo_copy, "participant_consent")
    assert event.target == "participant:3" and event.operator_id == demo_staff.operator_id


@pytest.mark.parametrize(("day", "method", "words"), [
    (today() + timedelta(days=1), "signed", "อนาคต"),
    (date(1999, 12, 31), "signed", "เก่าเกินไป"),
    ("2026-01-01", "signed", "เลือกวันที่"),
    (today(), "sms", "วิธี"),
    (today(), None, "วิธี"),
])
def test_consent_out_of_bounds_is_refused_in_thai_and_nothing_written(demo_copy, demo_staff,
                                                                      day, method, words):
    with pytest.raises(InvalidInput) as refused:
        privacy.record_consent(demo_copy, demo_staff, 3, day, method)
    assert words in refused.value.message
    assert privacy.consent_of(demo_copy, 3).on is None
    assert _audit(demo_copy, "participant_consent") == []


def test_a_vendor_cannot_record_consent(demo_copy):
    vendor = _signed_in(demo_copy, Role.VENDOR)
    with pytest.raises(NotAllowed):
        privacy.record_consent(demo_copy, vendor, 3, today(), "signed")


# -- the full national ID ------------------------------------------------------------
def test_only_an_admin_sees_the_full_id_and_every_look_is_audited(demo_copy, demo_admin,
                                                                  demo_staff):
    holder = _id_holder(demo_copy)
    assert people.get_participant(demo_copy, holder.id).national_id_masked == \
        people.mask_national_id(holder.national_id)
    with pytest.raises(NotAllowed):
        privacy.reveal_national_id(demo_copy, demo_staff, holder.id)
    assert _audit(demo_copy, "national_id_view") == []
    assert privacy.reveal_national_id(demo_copy, demo_admin, holder.id) == holder.national_id
    assert privacy.reveal_national_id(demo_copy, demo_admin, holder.id) == holder.national_id
    events = _audit(demo_copy, "national_id_view")
    assert len(events) == 2 and all(holder.national_id not in e.details for e in events)


# -- a person's export ---------------------------------------------------------------
def test_the_export_holds_their_record_sales_loans_repayments_entries_and_audit(
        demo_copy, demo_admin, tmp_path):
    with demo_copy.reading() as session:  # the demo's owner with the most sold lines
        from kiosk.models.sales import SaleLine
        pid, lines = session.execute(
            select(SaleLine.owner_participant_id, func.count()).where(
                SaleLine.owner_participant_id.is_not(None))
            .group_by(SaleLine.owner_participant_id).order_by(func.count().desc())).first()
        from kiosk.models.ledger import Loan
        loans = session.scalar(select(func.count()).select_from(Loan)
                               .where(Loan.participant_id == pid))
        entries = session.scalar(select(func.count()).select_from(JournalEntry)
                                 .where(JournalEntry.participant_id == pid))
    privacy.record_consent(demo_copy, demo_admin, pid, today(), "signed")
    export = person_export.export_person(demo_copy, demo_admin, pid)
    assert export.person.id == pid and export.person.consent_notice == NOTICE_VERSION
    assert len(export.sales) == lines and len(export.loans) == loans
    assert len(export.entries) == entries
    assert {"participant_consent"} <= {a.action for a in export.audit}
    pdf, data = privacy_papers.save_person_export(export, tmp_path / "person")
    body = json.loads(data.read_text("utf-8"))
    assert body["person"]["code"] == f"P{pid:04d}" and len(body["sales"]) == lines
    assert (pdf.stat().st_mode & 0o777, data.stat().st_mode & 0o777) == (0o600, 0o600)
    text = plain("".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert plain(export.person.name_th) in text
    assert plain("ทั้งหมดที่คีออสก์เก็บเกี่ยวกับท่าน") in text
    [event] = _audit(demo_copy, "person_export")
    assert event.target == f"participant:{pid}" and event.operator_id == demo_admin.operator_id


def test_kiosk_person_export_writes_pdf_and_json_and_is_audited(demo_copy, tmp_path, capsys):
    holder = _id_holder(demo_copy)
    code = f"P{holder.id:04d}"
    assert cli.main(["--db", demo_copy.url, "person", "export", code,
                     "--out", str(tmp_path / "out.pdf")]) == 0
    body = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert body["person"]["national_id"] == holder.national_id  # their own copy: whole
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    [event] = _audit(demo_copy, "person_export")
    assert event.operator_id is None and json.loads(event.details)["via"] == "command line"
    assert cli.main(["--db", demo_copy.url, "person", "export", "P0999",
                     "--out", str(tmp_path / "x")]) != 0


def test_only_an_admin_exports(demo_copy, demo_staff):
    with pytest.raises(NotAllowed):
        person_export.export_person(demo_copy, demo_staff, 1)
    assert _audit(demo_copy, "person_export") == []


# -- erasure -------------------------------------------------------------------------
def _open_loan_holder(db) -> int:
    from kiosk.services import loan_standing
    with db.reading() as session:
        return next(loan_standing.loan_status(session, i).participant_id
                    for i in loan_standing.loan_ids(session)
                    if loan_standing.loan_status(session, i).state == "open")


def test_erasure_is_refused_while_they_owe_the_fund_with_the_amount(demo_copy, demo_admin):
    pid = _open_loan_holder(demo_copy)
    before = _person(demo_copy, pid)
    with pytest.raises(Conflict) as refused:
        privacy.erase_participant(demo_copy, demo_admin, pid)
    assert "เงินกู้" in refused.value.message and "บาท" in refused.value.message
    assert _person(demo_copy, pid).name_th == before.name_th
    assert _audit(demo_copy, "participant_erase") == []


def _free_of_debt(db) -> int:
    """A vendor who owes nothing and is in the books."""
    with db.reading() as session:
        pid = next(p for p in session.scalars(select(Operator.participant_id).where(
            Operator.participant_id.is_not(None)).order_by(Operator.participant_id))
            if not privacy.owed_to_fund(session, p))
        assert session.scalar(select(func.count()).select_from(JournalEntry)
                              .where(JournalEntry.participant_id == pid))
    return pid


def _books(db) -> tuple:
    with db.reading() as session:
        entries = [(e.id, e.description, e.content_hash, e.hash)
                   for e in session.scalars(select(JournalEntry).order_by(JournalEntry.id))]
        return entries, ledger_reads.trial_balance(session), ledger_chain.head(session)


def test_erasure_replaces_personal_fields_keeps_the_books_and_kiosk_check_passes(
        demo_copy, demo_admin, demo_staff, tmp_path, capsys):
    pid = _free_of_debt(demo_copy)
    photo = tmp_path / "face.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    with demo_copy.unit_of_work() as session:
        session.get(Participant, pid).photo_path = str(photo)
    before = _books(demo_copy)
    result = privacy.erase_participant(demo_copy, demo_admin, pid)
    assert result.pseudonym == f"ผู้เข้าร่วม #{pid}" and not photo.exists()
    person = _person(demo_copy, pid)
    assert (person.name_th, person.nickname, person.phone, person.national_id, person.photo_path,
            person.notes, person.active) == (result.pseudonym, "", "", None, None, "", False)
    assert people.get_participant(demo_copy, pid).erased
    with demo_copy.reading() as session:
        operator = session.scalars(select(Operator).where(Operator.participant_id == pid)).one()
        assert (operator.name, operator.active) == (result.pseudonym, False)
        names = [a.name_th for a in session.scalars(select(Account).where(
            Account.participant_id == pid))]
    assert names and all(n.endswith(result.pseudonym) for n in names)
    assert _books(demo_copy) == before  # entries, hashes, chain head and trial balance
    [event] = _audit(demo_copy, "participant_erase")
    assert event.target == f"participant:{pid}" and "ผู้เข้าร่วม" not in event.details
    assert cli.main(["--db", demo_copy.url, "--lang", "en", "check"]) == 0
    assert "All" in capsys.readouterr().out
    with pytest.raises(Conflict):
        privacy.erase_participant(demo_copy, demo_admin, pid)
    with pytest.raises(Conflict):
        privacy.record_consent(demo_copy, demo_staff, pid, today(), "signed")


def test_only_an_admin_erases(demo_copy, demo_staff):
    with pytest.raises(NotAllowed):
        privacy.erase_participant(demo_copy, demo_staff, 3)
    assert _person(demo_copy, 3).erased_at is None


def test_kiosk_check_fails_an_erasure_that_left_personal_data_or_a_bad_id(demo_copy, demo_admin):
    from kiosk.services import checks
    pid = _free_of_debt(demo_copy)
    privacy.erase_participant(demo_copy, demo_admin, pid)
    run = checks.registered_checks()
    with demo_copy.reading() as session:
        assert run["privacy: erased participants keep no personal data"](session) == []
        assert run["privacy: national IDs are 13 checked digits"](session) == []
    with demo_copy.unit_of_work() as session:
        session.get(Participant, pid).phone = "0812345678"
        holder = session.scalars(select(Participant).where(
            Participant.national_id.is_not(None))).first()
        holder.national_id = holder.national_id[:12] + str((int(holder.national_id[12]) + 1) % 10)
    with demo_copy.reading() as session:
        assert run["privacy: erased participants keep no personal data"](session) == [
            f"participant {pid} was erased but keeps: phone"]
        assert len(run["privacy: national IDs are 13 checked digits"](session)) == 1
