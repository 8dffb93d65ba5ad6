"""Issue 9 section 7: edits behind the kiosk's back are refused, or `kiosk check` sees them."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from kiosk import cli
from kiosk.models.ledger import JournalEntry, JournalLine
from kiosk.money import Money
from kiosk.reports import day_report as day_report_pdf
from kiosk.services import ledger_chain, sale_commit, sale_results, sale_reversals, sales
from kiosk.services.checks import registered_checks
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, make_catalogue, participant_id, open_day

# edits the SQLite file with sqlite3; tests/test_postgres_guards.py holds the server's
pytestmark = pytest.mark.sqlite_only

SALE_TABLES = ("sales", "sale_payments", "sale_lines", "receipt_counters", "stock_movements",
               "ledger_entries", "ledger_lines")


@pytest.fixture
def day(db, vendor, staff):
    """Two sales (the second split cash/PromptPay, an owner's line), a refund."""
    products = make_catalogue(db, stock_each="100")
    open_day(db, vendor)
    owner = participant_id(db)
    first = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2"), ("CORIANDER", "3", owner)),
                              vendor, PaymentRequest(cash_tendered=Money.baht(70)))
    second = sale_commit.commit_sale(db, cart_of(products, ("CUCUMBER", "1.5")), vendor,
                               PaymentRequest(cash_tendered=Money.baht(50),
                                              promptpay=Money.baht(40)))
    sale_reversals.refund_lines(db, first.sale_id, {first.lines[0].line_id: Decimal(1)}, vendor, "2222",
                       "ช้ำ")
    db.dispose()
    return first, second


def failing(db) -> set[str]:
    with db.reading() as session:
        return {name for name, check in registered_checks().items() if check(session)}


def raw(db, *statements: str, drop_triggers: bool = True) -> None:
    """Edit the file directly, as someone with a SQL tool would."""
    connection = sqlite3.connect(db.sqlite_path)
    try:
        if drop_triggers:
            names = [r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                f"({', '.join('?' * len(SALE_TABLES))})", SALE_TABLES)]
            for name in names:
                connection.execute(f'DROP TRIGGER "{name}"')
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize("statement", [
    "UPDATE sales SET total = total + 100 WHERE id = 1",
    "UPDATE sales SET number = 'JP-2500-000009' WHERE id = 1",
    "DELETE FROM sales WHERE id = 2",
    "UPDATE sale_payments SET method = 'promptpay' WHERE method = 'cash'",
    "UPDATE sale_payments SET amount = amount + 100",
    "DELETE FROM sale_payments",
    "UPDATE sale_lines SET amount = amount + 100",
    "UPDATE receipt_counters SET last_number = last_number - 1",
    "DELETE FROM receipt_counters",
])
def test_the_database_refuses_changes_to_sales_and_payments(db, day, statement):
    with pytest.raises(sqlite3.DatabaseError, match="append-only|refused"):
        raw(db, statement, drop_triggers=False)


def test_the_kiosk_still_voids_and_ticks_payments(db, day, vendor, staff):
    first, second = day
    payment = next(p for p in sales.promptpay_for_reconciliation(
        db, sale_results.business_day_of(second.at)))
    sales.tick_promptpay(db, payment.payment_id, staff, True)
    sale_reversals.void_sale(db, second.sale_id, vendor, "2222", "ผิด")
    assert failing(db) == set()
    with pytest.raises(sqlite3.DatabaseError):  # once voided, always voided
        raw(db, f"UPDATE sales SET voided = 0 WHERE id = {second.sale_id}", drop_triggers=False)


def test_a_healthy_day_passes(db, day):
    assert failing(db) == set()


def test_cash_relabelled_as_promptpay_is_seen(db, day):
    raw(db, "UPDATE sale_payments SET method = 'promptpay' WHERE sale_id = 1")
    assert "every sale and refund has exactly its ledger entry" in failing(db)


def test_a_line_the_total_and_the_payment_changed_together_are_seen(db, day):
    raw(db, "UPDATE sale_lines SET amount = amount - 1000 WHERE id = 1",
        "UPDATE sales SET total = total - 1000, cash = cash - 1000 WHERE id = 1",
        "UPDATE sale_payments SET amount = amount - 1000 WHERE sale_id = 1")
    found = failing(db)
    assert "every sale and refund has exactly its ledger entry" in found
    assert "every day's X/Z report equals the ledger" in found


def test_a_printed_number_changed_with_its_sequence_kept_is_seen(db, day):
    raw(db, "UPDATE sales SET number = substr(number, 1, 8) || '000099' WHERE id = 2")
    assert "receipt numbers are gapless per year" in failing(db)


def test_the_last_sale_deleted_is_seen(db, day):
    raw(db, "DELETE FROM stock_movements WHERE reference = (SELECT number FROM sales WHERE id = 2)",
        "DELETE FROM sale_payments WHERE sale_id = 2", "DELETE FROM sale_lines WHERE sale_id = 2",
        "DELETE FROM sales WHERE id = 2",
        "UPDATE receipt_counters SET last_number = last_number - 1")
    assert "every sale and refund has exactly its ledger entry" in failing(db)


def test_a_refund_changed_in_the_reversal_rows_is_seen(db, day):
    raw(db, "DROP TRIGGER IF EXISTS sale_reversals_no_update",
        "UPDATE sale_reversals SET cash = cash - 500, promptpay = promptpay + 500")
    found = failing(db)
    assert "every sale and refund has exactly its ledger entry" in found
    assert "every day's X/Z report equals the ledger" in found


# -- the anchor: the chain head printed on the Z report ---------------------------------
def test_the_z_report_prints_the_chain_head_and_the_check_confirms_it(db, day, staff, capsys):
    report = sales.close_day(db, staff, Money.baht(100))
    with db.reading() as session:
        assert report.chain_head == ledger_chain.head(session) != ""
    for width in (200, 500):  # the 80 mm slip and the A4 page share the story
        story = day_report_pdf._story(report, width, 9)
        assert any(report.chain_head in getattr(flowable, "text", "") for flowable in story)
    db.dispose()
    assert cli.main(["--db", db.url, "--lang", "en", "check", "--anchor", report.chain_head]) == 0
    assert cli.main(["--db", db.url, "--lang", "en", "check", "--anchor",
                     report.chain_head[:-4] + "0000"]) == 1


def test_a_chain_recomputed_after_an_edit_fails_the_anchor(db, day, staff, capsys):
    report = sales.close_day(db, staff, Money.baht(100))
    raw(db, "UPDATE ledger_entries SET description = 'เปลี่ยนแล้ว' WHERE id = 1")
    with db.unit_of_work() as session:  # the forger recomputes every hash
        prev = ledger_chain.GENESIS_HASH
        for entry in session.scalars(select(JournalEntry).order_by(JournalEntry.id)):
            lines = session.scalars(select(JournalLine).where(JournalLine.entry_id == entry.id)).all()
            content = ledger_chain.entry_content_hash(entry, lines)
            chained = ledger_chain.chain_hash(entry.id, content, prev)
            session.execute(text("UPDATE ledger_entries SET content_hash = :c, prev_hash = :p, "
                                 "hash = :h WHERE id = :i"),
                            {"c": content, "p": prev, "h": chained, "i": entry.id})
            prev = chained
    assert "ledger: no entry changed after posting (hash chain)" not in failing(db)
    db.dispose()
    assert cli.main(["--db", db.url, "--lang", "en", "check", "--anchor", report.chain_head]) == 1
    assert "rewritten" in capsys.readouterr().out
