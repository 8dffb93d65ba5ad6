"""The fund's monthly report for its partners and donors, read from the books.

The month's flows and the 12-month history come from the Fund screen's own
overview; loans, arrears and portfolio at risk from the loan service; the
trial balance sums every account's lines up to the month's end.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from kiosk.db import Database
from kiosk.models import Crop, Participant, Product
from kiosk.models.ledger import Account, JournalEntry, JournalLine
from kiosk.models.plot import Harvest, Planting
from kiosk.models.sales import Sale, SaleLine, SaleReversal, SaleReversalLine
from kiosk.money import Money
from kiosk.services import fund, ledger_chart, ledger_reads, numbering, plot_training, settings
from kiosk.services.fund import account_name
from kiosk.services.plot_rules import crop_name
from kiosk.services.statement_data import (
    ArrearsLine, CropLine, FundReport, Month, MonthMoney, TrialRow,
)
from kiosk.services.statement_figures import MonthBooks, active_participant_ids, effective_kind
from kiosk.services.statements import month_as_of

_SATANG = type_coerce(JournalLine.amount, BigInteger)


def _receivable_flows(session: Session, month: Month, as_of) -> dict[str, int]:
    """Loan principal lent, repaid and written off in the month (debit-positive)."""
    original = aliased(JournalEntry)
    receivable = select(Account.id).where(Account.kind == ledger_chart.LOANS_RECEIVABLE)
    flows: dict[str, int] = defaultdict(int)
    for kind, original_kind, total in session.execute(
            select(JournalEntry.kind, original.kind, func.sum(_SATANG))
            .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .outerjoin(original, original.id == JournalEntry.reverses_id)
            .where(JournalLine.account_id.in_(receivable), JournalEntry.on >= month.first,
                   JournalEntry.on <= as_of)
            .group_by(JournalEntry.kind, original.kind)):
        kind = effective_kind(kind, original_kind)
        flows[kind if kind in ("loan", "write_off") else "repaid"] += int(total)
    return flows


def _crops(session: Session, month: Month, as_of) -> tuple[CropLine, ...]:
    """Harvested and sold in the month, by crop and unit (produce without a crop by product)."""
    rows: dict[tuple[str, str], list] = {}

    def row(name: str, unit: str) -> list:
        return rows.setdefault((name, unit), [Decimal("0.000"), Decimal("0.000"), 0])

    for th, en, unit, quantity in session.execute(
            select(Crop.name_th, Crop.name_en, Harvest.unit, Harvest.quantity)
            .join(Planting, Planting.id == Harvest.planting_id).join(Crop, Crop.id == Planting.crop_id)
            .where(Harvest.harvested_on >= month.first, Harvest.harvested_on <= as_of)):
        row(crop_name(th, en), unit)[0] += quantity
    name_columns = (func.coalesce(Crop.name_th, SaleLine.name_th), func.coalesce(Crop.name_en, SaleLine.name_en))
    sold = (select(*name_columns, SaleLine.unit, SaleLine.quantity, SaleLine.amount)
            .join(Sale, Sale.id == SaleLine.sale_id)
            .join(Product, Product.id == SaleLine.product_id)
            .outerjoin(Crop, Crop.id == Product.crop_id)
            .where(Sale.business_day >= month.first, Sale.business_day <= as_of))
    back = (select(*name_columns, SaleLine.unit, SaleReversalLine.quantity, SaleReversalLine.amount)
            .join(SaleReversal, SaleReversal.id == SaleReversalLine.reversal_id)
            .join(SaleLine, SaleLine.id == SaleReversalLine.sale_line_id)
            .join(Product, Product.id == SaleLine.product_id)
            .outerjoin(Crop, Crop.id == Product.crop_id)
            .where(SaleReversal.business_day >= month.first, SaleReversal.business_day <= as_of))
    for query, sign in ((sold, 1), (back, -1)):
        for th, en, unit, quantity, amount in session.execute(query):
            item = row(crop_name(th, en), unit)
            item[1] += sign * quantity
            item[2] += sign * amount.satang
    return tuple(CropLine(name, unit, h, s, Money(a)) for (name, unit), (h, s, a) in
                 sorted(rows.items(), key=lambda kv: (-kv[1][2], kv[0])))


def _trial_balance(session: Session, balances: dict[int, int]) -> tuple[TrialRow, ...]:
    """Every account with a balance; participants' sub-accounts added into their parent."""
    accounts = {a.id: a for a in session.scalars(select(Account))}
    totals: dict[int, int] = defaultdict(int)
    for account_id, balance in balances.items():
        account = accounts[account_id]
        totals[account.parent_id if account.participant_id is not None and account.parent_id
               else account_id] += balance
    return tuple(TrialRow(accounts[a].code, account_name(accounts[a]), Money(b))
                 for a, b in sorted(totals.items(), key=lambda kv: accounts[kv[0]].code) if b)


def build_fund_report(db: Database, month: Month, until: date | None = None) -> FundReport:
    with db.reading() as session:
        as_of = month_as_of(session, month, until)
    overview = fund.overview(db, as_of)
    trainings = plot_training.trainings_between(db, month.first, as_of)
    with db.reading() as session:
        before = month.first - timedelta(days=1)
        balances = ledger_reads.balances_at(session, [before, as_of])
        start, end = balances[before], balances[as_of]
        par = overview.par
        flows = fund.month_flows(session, month.first, as_of + timedelta(days=1))
        receivable = _receivable_flows(session, month, as_of)
        books = MonthBooks(session, month, as_of)
        names = dict(session.execute(select(Participant.id, Participant.name_th)).all())
        plot_gross = _plot_gross(session, month, as_of)
        plot_net = -flows[ledger_chart.PLOT_SALES]
        head = session.scalar(select(JournalEntry.hash).where(JournalEntry.on <= as_of)
                              .order_by(JournalEntry.id.desc()).limit(1)) or ""
        return FundReport(
            number=numbering.fund_report_number(month), month=month, as_of=as_of,
            stall_name=str(settings.get(session, "stall_name")),
            money_start=ledger_reads.kinds_sum(session, start, ledger_chart.MONEY_KINDS),
            money_end=ledger_reads.kinds_sum(session, end, ledger_chart.MONEY_KINDS),
            owed_start=-ledger_reads.kinds_sum(session, start, [ledger_chart.OWED]),
            owed_end=-ledger_reads.kinds_sum(session, end, [ledger_chart.OWED]),
            lent_start=ledger_reads.kinds_sum(session, start, [ledger_chart.LOANS_RECEIVABLE]),
            lent_end=ledger_reads.kinds_sum(session, end, [ledger_chart.LOANS_RECEIVABLE]),
            donations=overview.month_donations,
            # the ledger's commission account also takes the plot's produce at its
            # rate: what customers paid for it, less what went to plot sales, is not
            # commission on participants' sales
            commission=overview.month_commission - (plot_gross - plot_net), plot_sales=plot_gross,
            grants=overview.month_grants,
            loans_given=Money(receivable.get("loan", 0)),
            loans_repaid=Money(-receivable.get("repaid", 0)),
            interest=-flows[ledger_chart.INTEREST], write_offs=flows[ledger_chart.WRITE_OFFS],
            par_days=par.days, par_at_risk=par.at_risk, par_outstanding=par.outstanding,
            par_percent=par.percent,
            arrears=tuple(ArrearsLine(r.number, names.get(r.participant_id, ""), r.days_past_due,
                                      r.overdue_amount, r.principal_outstanding) for r in overview.arrears),
            participants_active=len(active_participant_ids(session)),
            participants_selling=len(books.sellers()),
            trainings_held=len(trainings),
            training_attendances=sum(len(t.attendee_ids) for t in trainings),
            crops=_crops(session, month, as_of),
            history=tuple(MonthMoney(Month(p.year, p.month), p.money) for p in overview.history),
            trial_balance=_trial_balance(session, end), chain_head=head[:12])



def _plot_gross(session: Session, month: Month, as_of: date) -> Money:
    """What customers paid for the programme's own plot produce in the month, less refunds."""
    sold = session.scalar(
        select(func.coalesce(func.sum(type_coerce(SaleLine.amount, BigInteger)), 0))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(SaleLine.owner_participant_id.is_(None), Sale.business_day >= month.first,
               Sale.business_day <= as_of))
    back = session.scalar(
        select(func.coalesce(func.sum(type_coerce(SaleReversalLine.amount, BigInteger)), 0))
        .join(SaleReversal, SaleReversal.id == SaleReversalLine.reversal_id)
        .join(SaleLine, SaleLine.id == SaleReversalLine.sale_line_id)
        .where(SaleLine.owner_participant_id.is_(None), SaleReversal.business_day >= month.first,
               SaleReversal.business_day <= as_of))
    return Money(int(sold) - int(back))
