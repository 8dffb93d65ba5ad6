"""A month of the books as one workbook for the volunteer accountant.

Every figure comes from the service that already makes it: the trial
balance and arrears from the fund's monthly report, each participant's
numbers from their statement, sales from the day reports (the Z report's
figures). Baht are numbers (exact Decimals of satang / 100) with a baht
format, dates are dates shown in the Buddhist Era, header rows stay frozen.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from kiosk import i18n
from kiosk.db import Database
from kiosk.i18n import tr
from kiosk.models.ledger import Account, JournalEntry, JournalLine
from kiosk.models.sales import Sale, SaleReversal
from kiosk.money import Money
from kiosk.services import fund_report, statements
from kiosk.services.export_files import check_target, save
from kiosk.services.fund import account_name
from kiosk.services.sales_day import build_day_report
from kiosk.services.statement_data import Month
from kiosk.units import unit_label

BAHT_FORMAT = '#,##0.00 "฿";-#,##0.00 "฿"'
QUANTITY_FORMAT = "#,##0.000"
# Excel and LibreOffice show these dates with the Buddhist year (calendar 107)
DATE_FORMATS = {"th": "[$-th-TH,107]d/m/yyyy", "en": "[$-en-TH,107]d/m/yyyy"}


@dataclass(frozen=True)
class XlsxResult:
    path: Path
    month: Month
    sheets: tuple[str, ...]


def baht(money: Money) -> Decimal:
    """The cell's number: satang / 100, exact."""
    return Decimal(money.satang) / 100


@dataclass(frozen=True)
class _Column:
    title: str
    kind: str = "text"  # text, baht, date, quantity, int


def _sheet(book: Workbook, title: str, columns: Sequence[_Column], rows: Sequence[Sequence],
           lang: str) -> None:
    sheet = book.create_sheet(title[:31])
    sheet.append([c.title for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(c.title) for c in columns]
    for row in rows:
        values = [baht(v) if isinstance(v, Money) else v for v in row]
        sheet.append(values)
        for index, (column, value) in enumerate(zip(columns, values)):
            cell = sheet.cell(row=sheet.max_row, column=index + 1)
            if column.kind == "baht":
                cell.number_format = BAHT_FORMAT
                width = len(f"{value:,.2f}") + 3 if value is not None else 0
            elif column.kind == "date":
                cell.number_format = DATE_FORMATS[lang]
                width = 11
            elif column.kind == "quantity":
                cell.number_format = QUANTITY_FORMAT
                width = len(f"{value:,.3f}") if value is not None else 0
            else:
                width = len(str(value if value is not None else ""))
            widths[index] = max(widths[index], width)
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(60, width + 2)
    sheet.freeze_panes = "A2"


def _journal(session, month: Month, as_of: date) -> list[list]:
    rows = []
    for entry, account, amount in session.execute(
            select(JournalEntry, Account, JournalLine.amount)
            .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .join(Account, Account.id == JournalLine.account_id)
            .where(JournalEntry.on >= month.first, JournalEntry.on <= as_of)
            .order_by(JournalEntry.on, JournalEntry.id, JournalLine.position)):
        rows.append([entry.on, entry.id, entry.kind, entry.description, entry.reference,
                     account.code, account_name(account),
                     amount if amount.satang > 0 else None,
                     -amount if amount.satang < 0 else None])
    return rows


def _trading_days(session, month: Month, as_of: date) -> list[date]:
    days = set(session.scalars(select(Sale.business_day).where(
        Sale.business_day >= month.first, Sale.business_day <= as_of)))
    days |= set(session.scalars(select(SaleReversal.business_day).where(
        SaleReversal.business_day >= month.first, SaleReversal.business_day <= as_of)))
    return sorted(days)


def build_workbook(db: Database, month: Month) -> tuple[bytes, tuple[str, ...]]:
    """The workbook's bytes, in the current language."""
    lang = i18n.current_language()
    as_of = statements.check_month(db, month)
    report = fund_report.build_fund_report(db, month)
    papers = list(statements.iter_statements(db, month))
    with db.reading() as session:
        journal = _journal(session, month, as_of)
        days = [build_day_report(session, day) for day in _trading_days(session, month, as_of)]
    by_product: dict[int, list] = {}
    for day in days:
        for p in day.by_product:
            row = by_product.setdefault(p.product_id, [p.code, p.name_th if lang == "th" else p.name_en,
                                                       unit_label(p.unit), Decimal("0.000"),
                                                       Money(0)])
            row[3] += p.quantity
            row[4] += p.amount

    book = Workbook()
    book.remove(book.active)
    B, D = "baht", "date"
    _sheet(book, tr("Journal"), [
        _Column(tr("Date"), D), _Column(tr("Entry")), _Column(tr("Kind")), _Column(tr("Description")),
        _Column(tr("Reference")), _Column(tr("Account code")), _Column(tr("Account")),
        _Column(tr("Debit"), B), _Column(tr("Credit"), B)], journal, lang)
    _sheet(book, tr("Trial balance"), [
        _Column(tr("Account code")), _Column(tr("Account")), _Column(tr("Debit"), B),
        _Column(tr("Credit"), B)],
        [[r.code, r.name, r.debit, r.credit] for r in report.trial_balance], lang)
    _sheet(book, tr("Sales by day"), [
        _Column(tr("Date"), D), _Column(tr("Number of sales"), "int"), _Column(tr("Gross"), B),
        _Column(tr("Refunds"), B), _Column(tr("Net"), B), _Column(tr("Cash"), B),
        _Column(tr("PromptPay"), B)],
        [[d.day, d.sale_count, d.gross, d.refunds, d.net, d.cash, d.promptpay] for d in days], lang)
    _sheet(book, tr("Sales by product"), [
        _Column(tr("Product code")), _Column(tr("Product")), _Column(tr("Unit")),
        _Column(tr("Quantity"), "quantity"), _Column(tr("Amount"), B)],
        sorted(by_product.values(), key=lambda r: (-r[4].satang, r[0])), lang)
    _sheet(book, tr("Participants"), [
        _Column(tr("Code")), _Column(tr("Name")), _Column(tr("Owed at the start"), B),
        _Column(tr("Sales before commission"), B), _Column(tr("Commission"), B), _Column(tr("Net sales"), B),
        _Column(tr("Loan repayments deducted"), B), _Column(tr("Paid out"), B),
        _Column(tr("Grants"), B), _Column(tr("Adjustments"), B), _Column(tr("Owed at the end"), B)],
        [[s.code, s.name, s.opening, s.sales_gross, s.commission, s.sales_net, s.loan_deducted,
          s.paid_out, s.grants_total, s.adjustments, s.closing] for s in papers], lang)
    _sheet(book, tr("Loans"), [
        _Column(tr("Code")), _Column(tr("Name")), _Column(tr("Loan")), _Column(tr("Principal"), B),
        _Column(tr("Balance at the start"), B), _Column(tr("Balance at the end"), B),
        _Column(tr("Due in the month"), B), _Column(tr("Paid in the month"), B),
        _Column(tr("Overdue"), B), _Column(tr("Days past due"), "int"),
        _Column(tr("Next due"), D), _Column(tr("Next amount"), B)],
        [[s.code, s.name, l.number, l.principal, l.balance_start, l.balance_end, l.due_in_month,
          l.paid_in_month, l.overdue, l.days_past_due, l.next_due_on, l.next_amount]
         for s in papers for l in s.loans], lang)
    _sheet(book, tr("Arrears"), [
        _Column(tr("Loan")), _Column(tr("Name")), _Column(tr("Days past due"), "int"),
        _Column(tr("Overdue"), B), _Column(tr("Outstanding"), B)],
        [[a.number, a.participant, a.days_past_due, a.overdue, a.outstanding]
         for a in report.arrears], lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), tuple(book.sheetnames)


def export(db: Database, month: Month, path: Path, *, force: bool = False,
           lang: str | None = None) -> XlsxResult:
    """Write the month's workbook at ``path`` whole (temporary file, then rename)."""
    path = check_target(path, force)
    with i18n.language(lang or i18n.current_language()):
        data, sheets = build_workbook(db, month)
    save(path, data)
    return XlsxResult(path, month, sheets)


def default_name(month: Month) -> str:
    return f"fund-{month.be_key}.xlsx"

