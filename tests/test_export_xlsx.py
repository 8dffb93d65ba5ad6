"""The month's workbook, read back with openpyxl and compared with the books."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import BigInteger, func, select, type_coerce

from kiosk import cli, i18n
from kiosk.errors import InvalidInput
from kiosk.models.ledger import JournalEntry, JournalLine
from kiosk.services import export_xlsx, fund_report, statements
from kiosk.services.statement_data import Month

from tests.statement_helpers import market_db, market_template, months_back  # noqa: F401


def _baht(money) -> Decimal:
    return Decimal(money.satang) / 100


def _rows(sheet):
    return [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]


def _cell_baht(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def test_the_workbook_matches_the_books(market_db, tmp_path):
    db, market = market_db
    month = months_back(3)[1]
    path = tmp_path / "month.xlsx"
    result = export_xlsx.export(db, month, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == list(result.sheets)
    journal, trial, by_day, by_product, people, loans, arrears = (book[n] for n in result.sheets)
    # Thai headers, frozen, baht as numbers with the baht format, dates as dates
    assert journal["A1"].value == "วันที่" and journal.freeze_panes == "A2"
    assert all(sheet.freeze_panes == "A2" for sheet in book)
    first = _rows(journal)[0]
    assert isinstance(first[0], datetime)
    assert journal["A2"].number_format.endswith("d/m/yyyy") and "107" in journal["A2"].number_format
    debit_cell = next(c for c in journal["H"][1:] if c.value is not None)
    assert isinstance(debit_cell.value, (int, float)) and "฿" in debit_cell.number_format
    assert journal.column_dimensions["D"].width > len("รายละเอียด")

    with db.reading() as session:
        in_month = (JournalEntry.on >= month.first) & (JournalEntry.on <= month.last)
        lines = session.scalar(select(func.count(JournalLine.id)).join(
            JournalEntry, JournalEntry.id == JournalLine.entry_id).where(in_month))
        satang = type_coerce(JournalLine.amount, BigInteger)
        debits = session.scalar(select(func.sum(satang)).join(
            JournalEntry, JournalEntry.id == JournalLine.entry_id).where(in_month, satang > 0))
    rows = _rows(journal)
    assert len(rows) == lines
    assert sum(_cell_baht(r[7]) for r in rows) == Decimal(debits) / 100
    assert sum(_cell_baht(r[7]) for r in rows) == sum(_cell_baht(r[8]) for r in rows)

    report = fund_report.build_fund_report(db, month)
    assert [(r[0], _cell_baht(r[2]), _cell_baht(r[3])) for r in _rows(trial)] == [
        (t.code, _baht(t.debit), _baht(t.credit)) for t in report.trial_balance]
    papers = {s.code: s for s in statements.iter_statements(db, month)}
    assert {r[0] for r in _rows(people)} == set(papers)
    for row in _rows(people):
        s = papers[row[0]]
        assert [_cell_baht(v) for v in row[2:]] == [_baht(m) for m in (
            s.opening, s.sales_gross, s.commission, s.sales_net, s.loan_deducted, s.paid_out,
            s.grants_total, s.adjustments, s.closing)]
    assert len(_rows(loans)) == sum(len(s.loans) for s in papers.values())
    assert len(_rows(arrears)) == len(report.arrears)
    days = _rows(by_day)
    assert days and all(isinstance(r[0], datetime) and r[0].month == month.month for r in days)
    assert all(_cell_baht(r[2]) - _cell_baht(r[3]) == _cell_baht(r[4]) for r in days)
    assert sum(_cell_baht(r[4]) for r in days) == sum(_cell_baht(r[4]) for r in _rows(by_product))
    # units by their Thai names (kiosk.units), never the codes "kg" or "head"
    assert {r[2] for r in _rows(by_product)} <= {"กก.", "ขีด", "กำ", "มัด", "หัว", "ลูก", "ถุง"}
    sold = sum(s.sales_gross.satang for s in papers.values())
    assert sum(_cell_baht(r[4]) for r in days) >= Decimal(sold) / 100 > 0


def test_english_headers_with_lang_en(market_db, tmp_path):
    db, _market = market_db
    path = tmp_path / "en.xlsx"
    export_xlsx.export(db, months_back(2)[0], path, lang="en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Journal" and book["Journal"]["A1"].value == "Date"
    assert i18n.current_language() == "th"


def test_a_month_outside_the_books_writes_nothing(demo_copy, tmp_path, capsys, english):
    path = tmp_path / "old.xlsx"
    assert cli.main(["--db", demo_copy.url, "export", "xlsx", "--month", "2560-01",
                     "--out", str(path)]) == 1
    assert "nothing before it" in capsys.readouterr().err
    assert not path.exists() and not list(tmp_path.glob("*.part"))
    with pytest.raises(InvalidInput):
        export_xlsx.export(demo_copy, Month(2999, 1), path)
    assert not path.exists()


def test_cli_month_in_buddhist_era_and_force(demo_copy, tmp_path, capsys, english):
    path = tmp_path / "nov.xlsx"
    path.write_bytes(b"old")
    args = ["--db", demo_copy.url, "export", "xlsx", "--month", "2569-11", "--out", str(path)]
    assert cli.main(args) == 1
    assert "already exists" in capsys.readouterr().err and path.read_bytes() == b"old"
    assert cli.main(args + ["--force"]) == 0
    assert "November 2569" in capsys.readouterr().out
    assert openpyxl.load_workbook(path).sheetnames[0] == "Journal"
