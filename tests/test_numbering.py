"""kiosk.services.numbering: every printed number is made and taken in one place."""

from __future__ import annotations


from kiosk.services import numbering
from kiosk.services.statement_data import Month


def test_the_printed_forms():
    assert numbering.receipt_number(2569, 123) == "JP-2569-000123"
    assert numbering.loan_number(2569, 7) == "L-2569-007"
    month = Month.parse("2569-11")
    assert numbering.statement_number(month, 12) == "ST-2569-11-P0012"
    assert numbering.fund_report_number(month) == "FR-2569-11"


def test_receipt_sequences_count_per_year_and_only_when_committed(db):
    with db.unit_of_work() as session:
        conn = session.connection()
        taken = [numbering.next_receipt_sequence(conn, 2569) for _ in range(3)]
        assert numbering.next_receipt_sequence(conn, 2570) == 1
    assert taken == [1, 2, 3]
    try:
        with db.unit_of_work() as session:
            assert numbering.next_receipt_sequence(session.connection(), 2569) == 4
            raise RuntimeError("the sale failed")
    except RuntimeError:
        pass
    with db.unit_of_work() as session:  # the failed sale's number was not used up
        assert numbering.next_receipt_sequence(session.connection(), 2569) == 4


def test_a_years_first_loan_and_the_next_entry(db):
    with db.reading() as session:
        assert numbering.next_loan_number(session, 2569) == "L-2569-001"
        assert numbering.next_entry_id(session) == 1
