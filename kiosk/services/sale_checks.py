"""`kiosk check` for the point of sale: numbers, totals, and the books.

Each sale, refund and void is checked against its own ledger entry (the
amounts by payment method and each owner's share, recomputed with
kiosk.shares), each printed receipt number against its sequence, and each
day's X/Z figures against what the ledger holds for that day. Together with
the append-only triggers (migration 0005) this is what makes an edit behind
the kiosk's back visible.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import BigInteger, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.models.ledger import Account, JournalEntry, JournalLine
from kiosk.models.sales import (
    ReceiptCounter, Sale, SaleLine, SalePayment, SaleReversal, SaleReversalLine,
)
from kiosk.money import Money
from kiosk.services import ledger_chart, sale_ledger
from kiosk.services.checks import invariant
from kiosk.services.numbering import receipt_number
from kiosk.shares import PricedLine, Share, refund_shares, sale_shares, void_shares


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "receipt numbers are gapless per year"))
def _check_numbers(session: Session) -> list[str]:
    problems = []
    counters = dict(session.execute(select(ReceiptCounter.year_be, ReceiptCounter.last_number)).all())
    years = session.execute(
        select(Sale.year_be, func.count(Sale.id), func.min(Sale.sequence), func.max(Sale.sequence))
        .group_by(Sale.year_be)).all()
    for year, count, low, high in years:
        if low != 1 or high != count or counters.get(year) != high:
            problems.append(f"receipt numbers of {year}: {count} sales, {low}..{high}, "
                            f"counter {counters.get(year)}")
    for year, last in counters.items():
        if year not in {y for y, *_ in years} and last:
            problems.append(f"receipt counter of {year} is {last} but there are no sales")
    for number, year, sequence in session.execute(select(Sale.number, Sale.year_be, Sale.sequence)):
        if number != receipt_number(year, sequence):
            problems.append(f"sale {number} is number {sequence} of {year}: its printed number "
                            f"should be {receipt_number(year, sequence)}")
    return problems


def _satang(column):
    return type_coerce(column, BigInteger)


def _suspects(session: Session) -> list[int]:
    """The sales whose lines or payments may not add up (a superset, found in SQL: on ten
    years nearly every sale adds up, and reading each into Python took a second)."""
    lines = (select(SaleLine.sale_id, func.sum(_satang(SaleLine.amount)).label("total"))
             .group_by(SaleLine.sale_id).subquery())

    def paid_by(*methods: str):
        return func.sum(case((SalePayment.method.in_(methods), _satang(SalePayment.amount)),
                             else_=0))
    other = func.sum(case((SalePayment.method.not_in(("cash", "promptpay")), 1), else_=0))
    paid = (select(SalePayment.sale_id, func.sum(_satang(SalePayment.amount)).label("total"),
                   paid_by("cash").label("cash"), paid_by("promptpay").label("promptpay"),
                   other.label("other"))
            .group_by(SalePayment.sale_id).subquery())
    return list(session.scalars(
        select(Sale.id).outerjoin(lines, lines.c.sale_id == Sale.id)
        .outerjoin(paid, paid.c.sale_id == Sale.id)
        .where(or_(lines.c.total.is_(None), lines.c.total != _satang(Sale.total),
                   paid.c.total.is_(None), paid.c.total != _satang(Sale.total),
                   paid.c.other > 0, paid.c.cash != _satang(Sale.cash),
                   paid.c.promptpay != _satang(Sale.promptpay)))))


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "each sale's lines and payments add up to its total"))
def _check_totals(session: Session) -> list[str]:
    suspects = _suspects(session)
    if not suspects:
        return []
    line_sums = dict(session.execute(
        select(SaleLine.sale_id, func.sum(_satang(SaleLine.amount)))
        .where(SaleLine.sale_id.in_(suspects)).group_by(SaleLine.sale_id)).all())
    by_method: dict[int, dict[str, int]] = defaultdict(dict)
    for sale_id, method, amount in session.execute(
            select(SalePayment.sale_id, SalePayment.method, func.sum(_satang(SalePayment.amount)))
            .where(SalePayment.sale_id.in_(suspects))
            .group_by(SalePayment.sale_id, SalePayment.method)):
        by_method[sale_id][method] = int(amount)
    problems = []
    for sale_id, number, total, cash, promptpay in session.execute(
            select(Sale.id, Sale.number, Sale.total, Sale.cash, Sale.promptpay)
            .where(Sale.id.in_(suspects)).order_by(Sale.id)):
        paid = by_method.get(sale_id, {})
        if line_sums.get(sale_id) != total.satang or sum(paid.values()) != total.satang:
            problems.append(f"sale {number}: total {total.plain()} but lines "
                            f"{line_sums.get(sale_id)} and payments {sum(paid.values())} satang")
        if set(paid) - {"cash", "promptpay"} or paid.get("cash", 0) != cash.satang \
                or paid.get("promptpay", 0) != promptpay.satang:
            problems.append(f"sale {number}: cash {cash.plain()} and PromptPay "
                            f"{promptpay.plain()} but its payments are {paid}")
    return problems


# -- every sale, refund and void has exactly its ledger entry ---------------------------
def _compare(what: str, posted: sale_ledger.Posted | None, reference: str, cash: Money,
             promptpay: Money, shares: list[Share]) -> list[str]:
    if posted is None:
        return [f"{what} has no ledger entry"]
    problems = []
    expected_net = {s.owner: s.net for s in shares if s.net}
    got_net = {o: n for o, n in posted.net.items() if n}
    commission = sum((s.commission for s in shares), Money(0))
    if (posted.cash, posted.promptpay) != (cash, promptpay):
        problems.append(f"{what}: cash {cash.plain()} and PromptPay {promptpay.plain()}, the "
                        f"ledger {posted.cash.plain()} and {posted.promptpay.plain()}")
    if got_net != expected_net or posted.commission != commission:
        problems.append(f"{what}: owners' shares {_plain(expected_net)} and commission "
                        f"{commission.plain()}, the ledger {_plain(got_net)} and "
                        f"{posted.commission.plain()}")
    if posted.references != {reference}:
        problems.append(f"{what}: the ledger refers to {sorted(posted.references)}")
    return problems


def _plain(net: dict) -> dict:
    return {owner if owner is not None else "plot": m.plain() for owner, m in net.items()}


def _negated(shares: list[Share]) -> list[Share]:
    return [Share(s.owner, -s.gross, -s.commission) for s in shares]


def _shares_by_sale(session: Session) -> dict[int, list[PricedLine]]:
    """Each sale's lines summed by owner and rate in SQL, in the order of each group's first
    line: kiosk.shares takes an owner's gross and the rate of the owner's first line, so the
    shares of these groups are the shares of the lines themselves."""
    first = func.min(SaleLine.position)
    groups: dict[int, list[PricedLine]] = defaultdict(list)
    for sale_id, owner, rate, amount, _ in session.execute(
            select(SaleLine.sale_id, SaleLine.owner_participant_id, SaleLine.commission_percent,
                   func.sum(type_coerce(SaleLine.amount, BigInteger)), first)
            .group_by(SaleLine.sale_id, SaleLine.owner_participant_id,
                      SaleLine.commission_percent)
            .order_by(SaleLine.sale_id, first)):
        groups[sale_id].append(PricedLine(owner, Money(int(amount)), Decimal(rate)))
    return groups


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "every sale and refund has exactly its ledger entry"))
def _check_ledger_entries(session: Session) -> list[str]:
    sums = sale_ledger.posted_sums(session)

    def posted(key: str) -> sale_ledger.Posted | None:
        found = sums.get(key)
        return None if found is None else sale_ledger.posted_from_sums(key, *found)

    sold = _shares_by_sale(session)
    paid: dict[int, dict[str, Money]] = defaultdict(dict)
    for sale_id, method, amount in session.execute(
            select(SalePayment.sale_id, SalePayment.method,
                   func.sum(type_coerce(SalePayment.amount, BigInteger)))
            .group_by(SalePayment.sale_id, SalePayment.method)):
        paid[sale_id][method] = Money(int(amount))
    reversals: dict[int, list[SaleReversal]] = defaultdict(list)
    for reversal in session.scalars(select(SaleReversal).order_by(SaleReversal.id)):
        reversals[reversal.sale_id].append(reversal)
    # what each refund gave back, line by line, with the owner and rate of the line (a line
    # of another sale counts for nothing)
    back: dict[int, list[PricedLine]] = defaultdict(list)
    for reversal_id, of_sale, line_sale, owner, rate, amount in session.execute(
            select(SaleReversalLine.reversal_id, SaleReversal.sale_id, SaleLine.sale_id,
                   SaleLine.owner_participant_id, SaleLine.commission_percent,
                   SaleReversalLine.amount)
            .join(SaleReversal, SaleReversal.id == SaleReversalLine.reversal_id)
            .join(SaleLine, SaleLine.id == SaleReversalLine.sale_line_id)
            .order_by(SaleReversalLine.id)):
        if of_sale == line_sale:
            back[reversal_id].append(PricedLine(owner, amount, Decimal(rate)))

    problems: list[str] = []
    expected: set[str] = set()
    for sale_id, uid, number in session.execute(
            select(Sale.id, Sale.uid, Sale.number).order_by(Sale.id)):
        key = sale_ledger.sale_key(uid)
        expected.add(key)
        lines = sold.get(sale_id, [])
        cash = paid[sale_id].get("cash", Money(0))
        promptpay = paid[sale_id].get("promptpay", Money(0))
        shares = sale_shares(lines)
        # the entry as it should be, in plain satang; the words of _compare when it is not
        if sums.get(key) != (number, sale_ledger.expected_sums(cash, promptpay, shares)):
            problems += _compare(f"sale {number}", posted(key), number, cash, promptpay, shares)
        done: dict[int | None, Money] = {}
        given: list[Share] = []
        refund_keys: list[str] = []
        for reversal in reversals.get(sale_id, []):
            what = f"{reversal.kind} of sale {number} ({reversal.ledger_key})"
            if reversal.kind == "refund":
                keys = [reversal.ledger_key]
                shares = refund_shares(back.get(reversal.id, []), done)
                given += shares
                for share in shares:
                    done[share.owner] = done.get(share.owner, Money(0)) + share.gross
                refund_keys.append(reversal.ledger_key)
            else:
                keys = [reversal.ledger_key] + [sale_ledger.void_key(k) for k in refund_keys]
                shares = void_shares(lines, given)
            expected.update(keys)
            found = {k: p for k in keys if (p := posted(k)) is not None}
            problems += _compare(what, sale_ledger.combined(found, keys), number,
                                 -reversal.cash, -reversal.promptpay, _negated(shares))
    for key in sorted(set(sums) - expected):
        owner_of = key[len(sale_ledger.DEDUCT_PREFIX):].rsplit(":", 1)[0] \
            if key.startswith(sale_ledger.DEDUCT_PREFIX) else None
        if owner_of is None or owner_of not in expected:
            problems.append(f"ledger entry {key} belongs to no sale, refund or void")
    return problems


# -- the day's report against the books ---------------------------------------------
@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "every day's X/Z report equals the ledger"))
def _check_day_reports(session: Session) -> list[str]:
    from kiosk.services.sales_day import day_money
    # the report's money (sales_day.day_money, what build_day_report shows) for every day
    # at once against the ledger's, summed by day in SQL: one pass over ten years
    money = day_money(session)
    books = sale_ledger.posted_by_day(session)
    problems = []
    for day in sorted(money):
        report = money[day]
        posted = books.get(day, sale_ledger.Posted())
        # the owners' commission and net on the report are the ledger's own figures (what
        # was posted); that each record posted the right shares is _check_ledger_entries'
        figures = {
            "cash": (report.cash, posted.cash),
            "PromptPay": (report.promptpay, posted.promptpay),
            "net sales": (report.net, posted.gross),
            "owners' sales": (sum(report.by_owner.values(), Money(0)), posted.gross),
        }
        problems += [f"{day}: the report's {name} is {mine.plain()}, the ledger's {theirs.plain()}"
                     for name, (mine, theirs) in figures.items() if mine != theirs]
    return problems


# -- an owner in debit only by refunds --------------------------------------------------
@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "a participant owes the fund only what refunds took back"))
def _check_owed_debit(session: Session) -> list[str]:
    """An owed account may be in debit only because a customer was refunded after the
    participant was paid out; never by more than such refunds took from it."""
    satang = type_coerce(JournalLine.amount, BigInteger)
    balances = session.execute(
        select(Account.code, Account.id, func.sum(satang))
        .join(JournalLine, JournalLine.account_id == Account.id)
        .where(Account.kind == ledger_chart.OWED, Account.participant_id.is_not(None))
        .group_by(Account.code, Account.id)).all()
    problems = []
    for code, account_id, raw in balances:
        if int(raw) <= 0:  # credit (or nothing): the fund owes the participant
            continue
        refunded = session.scalar(
            select(func.coalesce(func.sum(satang), 0))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalLine.account_id == account_id, JournalLine.amount > Money(0),
                   JournalEntry.key.startswith("refund:") | JournalEntry.key.startswith("void:")))
        if int(raw) > int(refunded):
            problems.append(f"account {code} is {Money(int(raw)).plain()} in debit, more than "
                            f"refunds took back ({Money(int(refunded)).plain()})")
    return problems
