"""The books as a Beancount file, for the partners' Fava and the auditor's bean-check.

Each journal entry becomes one transaction on its date; each account an
``open`` (and ``close``) directive with its Thai and English names as
metadata; every month end a ``balance`` assertion for every account, taken
from the kiosk's own balances. Beancount asserts at the START of a day, so
the balance at the end of a month is asserted on the next month's first
day; an assertion covers the account's sub-accounts, as the kiosk's parent
accounts do. The same books give the same bytes: nothing here reads the clock.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from kiosk import dates
from kiosk.db import Database
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.models import AuditEvent
from kiosk.models.ledger import Account, JournalEntry, JournalLine, Loan
from kiosk.money import Money
from kiosk.services import ledger_chart, ledger_reads
from kiosk.services.export_files import check_target, save
from kiosk.services.statement_data import Month, participant_code

CURRENCY = "THB"
ROOTS = {"asset": "Assets", "liability": "Liabilities", "equity": "Equity",
         "income": "Income", "expense": "Expenses"}
# the programme's own accounts by kind; participants' sub-accounts add ":P0012"
KIND_NAMES = {
    ledger_chart.CASH: "Cash", ledger_chart.BANK: "Bank", ledger_chart.PROMPTPAY: "PromptPay-Clearing",
    ledger_chart.LOANS_RECEIVABLE: "Loans", ledger_chart.OWED: "Owed", ledger_chart.FUND_CAPITAL: "Capital",
    ledger_chart.DONATIONS: "Donations", ledger_chart.COMMISSION: "Commission",
    ledger_chart.PLOT_SALES: "PlotSales", ledger_chart.INTEREST: "Interest", ledger_chart.GRANTS: "Grants",
    ledger_chart.WRITE_OFFS: "WriteOffs",
}


@dataclass(frozen=True)
class _Account:
    id: int
    name: str  # the Beancount name
    code: str
    name_th: str
    name_en: str
    parent_id: int | None
    closed: bool


@dataclass(frozen=True)
class BeancountResult:
    path: Path
    entries: int
    accounts: int
    assertions: int
    until: date | None


def _component(text: str) -> str:
    """A valid Beancount name component from ASCII words: "Market stall 2" -> "MarketStall2"."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    joined = "".join(w[:1].upper() + w[1:] for w in words)
    return joined if joined[:1].isalnum() else ""


def _names(accounts: list[Account]) -> dict[int, str]:
    by_id = {a.id: a for a in accounts}
    names: dict[int, str] = {}

    def name(account: Account) -> str:
        if account.id in names:
            return names[account.id]
        if account.participant_id is not None and account.parent_id in by_id:
            result = f"{name(by_id[account.parent_id])}:{participant_code(account.participant_id)}"
        elif account.kind in KIND_NAMES and account.participant_id is None:
            result = f"{ROOTS[account.type]}:{KIND_NAMES[account.kind]}"
        else:
            # a staff-made account: its English words, and its code keeps it unique
            word = _component(account.name_en) or "Account"
            code = _component(account.code) or str(account.id)
            result = f"{ROOTS[account.type]}:{word}-{code}"
        names[account.id] = result
        return result

    for account in accounts:
        name(account)
    return names


def _quote(text: str) -> str:
    flat = " ".join(str(text or "").split())
    return '"' + flat.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _number(money: Money) -> str:
    satang = money.satang
    sign = "-" if satang < 0 else ""
    return f"{sign}{abs(satang) // 100}.{abs(satang) % 100:02d}"


def _amount(money: Money) -> str:
    return f"{_number(money)} {CURRENCY}"


def _month_ends(first: date, end: date) -> list[date]:
    """Every month's last counted day from ``first``'s month to ``end`` (which may be mid-month)."""
    result, month = [], Month.of(first)
    while month.first <= end:
        result.append(min(month.last, end))
        month = month.next()
    return result


def _descendants(accounts: list[_Account]) -> dict[int, list[int]]:
    children: dict[int | None, list[int]] = defaultdict(list)
    for a in accounts:
        children[a.parent_id].append(a.id)
    result: dict[int, list[int]] = {}
    for a in accounts:
        todo, found = [a.id], []
        while todo:
            current = todo.pop()
            found.append(current)
            todo.extend(children.get(current, []))
        result[a.id] = sorted(found)
    return result


_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_day(text: str) -> date:
    """"2569-11-30" (Buddhist Era) or "2026-11-30" (CE), as Month.parse reads years; not in the future."""
    match = _DAY.match(str(text or ""))
    problem = InvalidInput(tr("Write the date as year-month-day, such as 2569-11-30."))
    if not match:
        raise problem
    year, month, day = (int(g) for g in match.groups())
    if year > 2400:
        year -= dates.BE_OFFSET
    try:
        result = date(year, month, day)
    except ValueError:
        raise problem from None
    if result > dates.today():
        raise InvalidInput(tr("{day} has not come yet.").format(day=dates.format_date(result)))
    return result


def render(db: Database, until: date | None = None) -> tuple[str, BeancountResult]:
    """The Beancount text of the books up to ``until`` (all of them by default)."""
    with db.reading() as session:
        rows = list(session.scalars(select(Account).order_by(Account.code)))
        names = _names(rows)
        accounts = [_Account(a.id, names[a.id], a.code, a.name_th, a.name_en, a.parent_id, a.closed)
                    for a in rows]
        query = select(JournalEntry.id, JournalEntry.on, JournalEntry.kind, JournalEntry.key,
                       JournalEntry.hash, JournalEntry.description, JournalEntry.reference,
                       JournalEntry.reverses_id).order_by(JournalEntry.on, JournalEntry.id)
        if until is not None:
            query = query.where(JournalEntry.on <= until)
        entries = list(session.execute(query))
        lines: dict[int, list] = defaultdict(list)
        line_query = select(JournalLine.entry_id, JournalLine.account_id, JournalLine.amount,
                            JournalLine.loan_id).order_by(JournalLine.entry_id, JournalLine.position)
        if until is not None:
            line_query = line_query.join(JournalEntry, JournalEntry.id == JournalLine.entry_id).where(
                JournalEntry.on <= until)
        for line in session.execute(line_query):
            lines[line.entry_id].append(line)
        loan_numbers = dict(session.execute(select(Loan.id, Loan.number)).all())
        closed_on = {target: dates.to_local(at).date() for target, at in session.execute(
            select(AuditEvent.target, AuditEvent.at).where(AuditEvent.action == "account_close")
            .order_by(AuditEvent.id))}
        if not entries:
            raise InvalidInput(tr("The books have no entries to export yet."))
        first, end = entries[0].on, until or entries[-1].on
        end = max(end, entries[-1].on)
        first_posting: dict[int, date] = {}
        last_posting: dict[int, date] = {}
        for entry in entries:
            for line in lines[entry.id]:
                first_posting.setdefault(line.account_id, entry.on)
                last_posting[line.account_id] = entry.on
        subtree = _descendants(accounts)
        opened = {a.id: min([first] + [first_posting[i] for i in subtree[a.id] if i in first_posting])
                  for a in accounts}
        closes: dict[int, date] = {}
        for a in accounts:
            if a.closed and a.code in closed_on:
                day = max([closed_on[a.code]] + [last_posting[i] for i in subtree[a.id]
                                                 if i in last_posting])
                if day <= end:
                    closes[a.id] = day
        ends = _month_ends(first, end)
        balances = {(a.id, day): ledger_reads.balance_as_of(session, subtree[a.id], day)
                    for day in ends for a in accounts}

    out = ["; " + tr("The fund's books exported by the kiosk"),
           'option "title" ' + _quote(tr("Talad Jompol career fund")),
           f'option "operating_currency" "{CURRENCY}"', "",
           f"{first.isoformat()} commodity {CURRENCY}", ""]
    by_day: dict[date, list[str]] = defaultdict(list)
    for a in sorted(accounts, key=lambda a: a.name):
        by_day[opened[a.id]].append("\n".join([
            f"{opened[a.id].isoformat()} open {a.name} {CURRENCY}",
            f"  code: {_quote(a.code)}", f"  name_th: {_quote(a.name_th)}",
            f"  name_en: {_quote(a.name_en)}"]))
    for entry in entries:
        text = [f"{entry.on.isoformat()} * {_quote(entry.description or entry.kind)}",
                f"  entry: {entry.id}", f"  key: {_quote(entry.key)}",
                f"  kind: {_quote(entry.kind)}", f"  hash: {_quote(entry.hash)}"]
        if entry.reference:
            text.append(f"  reference: {_quote(entry.reference)}")
        if entry.reverses_id is not None:
            text.append(f"  reverses: {entry.reverses_id}")
        for line in lines[entry.id]:
            text.append(f"  {names[line.account_id]}  {_amount(line.amount)}")
            if line.loan_id is not None:
                text.append(f"    loan: {_quote(loan_numbers.get(line.loan_id, line.loan_id))}")
        by_day[entry.on].append("\n".join(text))
    assertions = 0
    for day in ends:
        on = day + timedelta(days=1)
        for a in sorted(accounts, key=lambda a: a.name):
            if opened[a.id] <= day and (a.id not in closes or on <= closes[a.id]):
                # "~ 0.00": Beancount would otherwise let a balance be a satang off
                by_day[on].append(f"{on.isoformat()} balance {a.name}  "
                                  f"{_number(balances[(a.id, day)])} ~ 0.00 {CURRENCY}")
                assertions += 1
    for a in sorted(accounts, key=lambda a: a.name):
        if a.id in closes:
            by_day[closes[a.id]].append(f"{closes[a.id].isoformat()} close {a.name}")
    for day in sorted(by_day):
        out.extend(block + "\n" for block in by_day[day])
    text = "\n".join(out)
    return text, BeancountResult(Path(), len(entries), len(accounts), assertions, until)


def default_name(month: Month) -> str:
    """The file's name for the books up to ``month``'s end: "fund-2569-11.beancount"."""
    return f"fund-{month.be_key}.beancount"


def export(db: Database, path: Path, *, until: date | None = None,
           force: bool = False) -> BeancountResult:
    """Write the Beancount file at ``path`` whole (temporary file, then rename)."""
    path = check_target(path, force)
    text, result = render(db, until)
    save(path, text.encode("utf-8"))
    return BeancountResult(path, result.entries, result.accounts, result.assertions, until)
