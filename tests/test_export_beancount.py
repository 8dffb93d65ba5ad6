"""The Beancount export, checked by beancount's own loader (an independent ledger)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from beancount import loader
from beancount.core import data
from sqlalchemy import func, select

from kiosk import cli, dates
from kiosk.errors import InvalidInput
from kiosk.models import Operator
from kiosk.models.ledger import Account, JournalEntry
from kiosk.money import Money
from kiosk.services import export_beancount, fund, fund_postings, ledger_reads

from tests.statement_helpers import market_db, market_template  # noqa: F401

def _load(path):
    # from the text, not load_file: its pickle cache could answer for an edited file
    entries, errors, _options = loader.load_string(path.read_text(encoding="utf-8"))
    return entries, errors


def _kiosk_month_ends(db) -> dict[tuple[str, date], Decimal]:
    """Each account's own balance (raw, debit > 0) at every month end, from the kiosk."""
    with db.reading() as session:
        names = export_beancount._names(list(session.scalars(select(Account))))
        first = session.scalar(select(func.min(JournalEntry.on)))
        last = session.scalar(select(func.max(JournalEntry.on)))
        ends = export_beancount._month_ends(first, last)
        return {(names[i], day): Decimal(ledger_reads.balance_as_of(session, [i], day).satang) / 100
                for i in names for day in ends}


def _beancount_month_ends(entries, keys) -> dict[tuple[str, date], Decimal]:
    totals: dict[tuple[str, date], Decimal] = defaultdict(Decimal)
    for entry in entries:
        if isinstance(entry, data.Transaction):
            for posting in entry.postings:
                assert posting.units.currency == "THB"
                for account, day in keys:
                    if account == posting.account and entry.date <= day:
                        totals[(account, day)] += posting.units.number
    return {key: totals.get(key, Decimal(0)) for key in keys}


def _check_agrees(db, path):
    entries, errors = _load(path)
    assert errors == []
    with db.reading() as session:
        count = session.scalar(select(func.count(JournalEntry.id)))
    transactions = [e for e in entries if isinstance(e, data.Transaction)]
    assert len(transactions) == count
    assert sorted(t.meta["entry"] for t in transactions) == list(range(1, count + 1))
    kiosk = _kiosk_month_ends(db)
    assert _beancount_month_ends(entries, kiosk.keys()) == kiosk
    assertions = [e for e in entries if isinstance(e, data.Balance)]
    # month ends are asserted on the next month's first day; the books' last day the day after it
    days = sorted({a.date for a in assertions})
    assert days and all(day.day == 1 for day in days[:-1])
    return entries


def test_demo_books_load_without_errors_and_agree(demo_copy, tmp_path):
    path = tmp_path / "fund.beancount"
    result = export_beancount.export(demo_copy, path)
    entries = _check_agrees(demo_copy, path)
    opens = {e.account: e for e in entries if isinstance(e, data.Open)}
    assert {"Assets:Cash", "Assets:PromptPay-Clearing", "Income:Commission"} <= set(opens)
    assert opens["Assets:Cash"].meta["name_th"] == "เงินสดในลิ้นชัก"
    assert any(a.startswith("Assets:Loans:P") for a in opens)
    assert all(a.isascii() for a in opens)
    assert result.assertions == sum(1 for e in entries if isinstance(e, data.Balance))
    first = min(e for e in entries if isinstance(e, data.Transaction) and e.meta["entry"] == 1)
    with demo_copy.reading() as session:
        entry = session.get(JournalEntry, 1)
        assert (first.meta["key"], first.meta["hash"]) == (entry.key, entry.hash)


@pytest.mark.slow
@pytest.mark.long
def test_a_generated_year_loads_and_agrees_month_by_month(market_db, tmp_path):
    db, market = market_db
    path = tmp_path / "year.beancount"
    export_beancount.export(db, path)
    entries = _check_agrees(db, path)
    months = {e.date for e in entries if isinstance(e, data.Balance)}
    assert len(months) >= 12
    owed = {e.account for e in entries if isinstance(e, data.Open)
            if e.account.startswith("Liabilities:Owed:P")}
    assert len(owed) >= 3


def test_the_same_books_give_the_same_bytes(demo_copy, tmp_path):
    export_beancount.export(demo_copy, tmp_path / "a.beancount")
    export_beancount.export(demo_copy, tmp_path / "b.beancount")
    assert (tmp_path / "a.beancount").read_bytes() == (tmp_path / "b.beancount").read_bytes()


def test_a_broken_line_is_caught_by_the_loader(demo_copy, tmp_path):
    path = tmp_path / "fund.beancount"
    export_beancount.export(demo_copy, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    # one satang more in a month-end balance: the assertions are exact, not within a tolerance
    index = next(i for i, l in enumerate(lines) if " balance Assets:Cash " in l
                 and " 0.00 ~" not in l)
    number = lines[index].split()[-4]
    lines[index] = lines[index].replace(f" {number} ~", f" {Decimal(number) + Decimal('0.01')} ~")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _entries, errors = _load(path)
    assert len(errors) == 1 and "Balance failed" in errors[0].message


def test_a_posting_that_does_not_balance_is_caught(demo_copy, tmp_path):
    path = tmp_path / "fund.beancount"
    export_beancount.export(demo_copy, path)
    text = path.read_text(encoding="utf-8")
    line = next(l for l in text.splitlines() if l.startswith("  Assets:Cash  "))
    path.write_text(text.replace(line, line.replace("  Assets:Cash  ", "  Assets:Cash  1"), 1),
                    encoding="utf-8")
    _entries, errors = _load(path)
    assert errors and any("does not balance" in e.message or "Balance failed" in e.message
                          for e in errors)


def test_until_stops_at_the_day(demo_copy, tmp_path):
    with demo_copy.reading() as session:
        days = sorted(set(session.scalars(select(JournalEntry.on))))
    until = days[len(days) // 2]
    path = tmp_path / "part.beancount"
    export_beancount.export(demo_copy, path, until=until)
    entries, errors = _load(path)
    assert errors == []
    transactions = [e for e in entries if isinstance(e, data.Transaction)]
    assert transactions and max(t.date for t in transactions) <= until
    with demo_copy.reading() as session:
        assert len(transactions) == session.scalar(
            select(func.count(JournalEntry.id)).where(JournalEntry.on <= until))


def test_parse_day_reads_buddhist_and_common_era():
    assert export_beancount.parse_day("2569-01-31") == date(2026, 1, 31)
    assert export_beancount.parse_day("2026-01-31") == date(2026, 1, 31)
    for bad in ("2569-02-30", "yesterday", "2999-01-01"):
        with pytest.raises(InvalidInput):
            export_beancount.parse_day(bad)


def test_cli_refuses_an_existing_file_without_force(demo_copy, tmp_path, capsys, english):
    path = tmp_path / "fund.beancount"
    path.write_text("keep me")
    assert cli.main(["--db", demo_copy.url, "export", "beancount", "--out", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_text() == "keep me"
    assert cli.main(["--db", demo_copy.url, "export", "beancount", "--out", str(path),
                     "--force"]) == 0
    assert "balance checks saved in" in capsys.readouterr().out
    assert _load(path)[1] == []


def test_cli_refuses_an_unwritable_folder_and_leaves_nothing(demo_copy, tmp_path, capsys, english):
    blocker = tmp_path / "stick"
    blocker.write_text("a file where the folder should be")
    assert cli.main(["--db", demo_copy.url, "export", "beancount",
                     "--out", str(blocker / "fund.beancount")]) == 1
    assert "not a folder" in capsys.readouterr().err
    assert not blocker.is_dir() and not list(tmp_path.glob("*.part"))


def test_a_failed_write_leaves_no_half_file(demo_copy, tmp_path, monkeypatch, english):
    from kiosk.services import files
    path = tmp_path / "fund.beancount"

    def full_stick(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_stick)
    with pytest.raises(InvalidInput, match="cannot be written"):
        export_beancount.export(demo_copy, path)
    assert not path.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_staff_made_account_and_a_closed_one_are_valid_beancount(demo_copy, tmp_path):
    with demo_copy.reading() as session:
        staff_id = session.scalar(select(func.min(Operator.id)))
    kept = fund.add_account(demo_copy, code="5900", name_th="ค่าน้ำค่าไฟ แผง",
                            name_en="Water & power (stall)", type_="expense", operator_id=staff_id)
    closed = fund.add_account(demo_copy, code="5910", name_th="ค่าใช้จ่ายเก่า", name_en="ค่าใช้จ่ายเก่า",
                              type_="expense", operator_id=staff_id)
    fund.close_account(demo_copy, closed, staff_id)
    fund_postings.record_donation(demo_copy, key="export-test-donation", donor="ผู้ใจบุญ",
                                  amount=Money(12_345), on=dates.today(), operator_id=staff_id)
    path = tmp_path / "fund.beancount"
    export_beancount.export(demo_copy, path)
    entries = _check_agrees(demo_copy, path)
    opens = {e.account: e for e in entries if isinstance(e, data.Open)}
    closes = {e.account for e in entries if isinstance(e, data.Close)}
    assert opens["Expenses:WaterPowerStall-5900"].meta["name_th"] == "ค่าน้ำค่าไฟ แผง"
    assert "Expenses:Account-5910" in closes and kept != closed
