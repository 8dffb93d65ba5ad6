"""What the point of sale hands back: receipts, summaries, day figures; reading a sale.

Plain frozen dataclasses (no ORM rows leave a service) and the reads that
build a sale's result. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from kiosk.dates import to_local
from kiosk.errors import NotFound
from kiosk.i18n import tr
from kiosk.models import Operator, Participant
from kiosk.models.sales import Sale, SaleLine, SaleReversal, SaleReversalLine
from kiosk.money import Money
from kiosk.names import display_name

_PARTICIPANTS = Participant.__table__
_OWNER_NAMES = select(_PARTICIPANTS.c.id, _PARTICIPANTS.c.name_th, _PARTICIPANTS.c.nickname).where(
    _PARTICIPANTS.c.id.in_(bindparam("ids", expanding=True)))


# -- values the screen receives -----------------------------------------------
@dataclass(frozen=True)
class StockWarning:
    """A line sold beyond the recorded stock (warned, never blocked)."""

    product_id: int
    code: str
    name_th: str
    name_en: str
    unit: str
    stock_before: Decimal
    sold: Decimal


@dataclass(frozen=True)
class ReceiptLine:
    line_id: int
    code: str
    name_th: str
    name_en: str
    unit: str
    quantity: Decimal
    unit_price: Money
    discount: Money
    amount: Money
    owner_name: str  # "" for the programme's plot
    refunded_quantity: Decimal
    product_id: int = 0
    owner_participant_id: int | None = None
    list_price: Money | None = None  # the catalogue price when overridden
    sold_by_weight: bool = False

    @property
    def refundable_quantity(self) -> Decimal:
        return self.quantity - self.refunded_quantity


@dataclass(frozen=True)
class SaleResult:
    sale_id: int
    number: str  # "JP-2569-000123"
    at: datetime  # aware
    vendor_name: str
    lines: tuple[ReceiptLine, ...]
    total: Money
    cash: Money  # cash kept for the sale (total - promptpay)
    promptpay: Money
    tendered: Money  # notes and coins handed over
    change: Money
    voided: bool
    void_reason: str
    already_committed: bool  # True when the idempotent commit returned the earlier sale
    stock_warnings: tuple[StockWarning, ...] = ()
    refunded: Money = Money(0)  # total refunded so far
    sale_uid: str = ""
    reversals: tuple[VoidFigure, ...] = ()  # its refunds and void, oldest first

    @property
    def payment_label(self) -> str:
        return _payment_label(self.cash, self.promptpay)

    @property
    def net(self) -> Money:
        """What the sale still brings in: its total less every refund and the void."""
        return self.total - sum((r.amount for r in self.reversals), Money(0))


@dataclass(frozen=True)
class SaleSummary:
    sale_id: int
    number: str
    at: datetime
    total: Money
    payment_label: str  # "cash", "promptpay", "split"
    voided: bool
    refunded: bool
    vendor_name: str


@dataclass(frozen=True)
class PromptPayRow:
    payment_id: int
    sale_id: int
    number: str
    at: datetime  # when the vendor confirmed it
    amount: Money
    confirmed_by: str
    ticked: bool
    ticked_by: str
    ticked_at: datetime | None
    voided: bool


@dataclass(frozen=True)
class ProductFigure:
    product_id: int
    code: str
    name_th: str
    name_en: str
    unit: str
    quantity: Decimal
    amount: Money


@dataclass(frozen=True)
class OwnerFigure:
    participant_id: int | None  # None: the programme's plot
    owner_name: str
    gross: Money
    commission: Money  # as posted to the ledger, sale by sale
    loan_repayment: Money = Money(0)  # taken from the owner's proceeds for their loans

    @property
    def net(self) -> Money:
        return self.gross - self.commission


@dataclass(frozen=True)
class VoidFigure:
    number: str
    kind: str  # "void" or "refund"
    amount: Money
    reason: str
    approved_by: str
    at: datetime


@dataclass(frozen=True)
class OverrideFigure:
    number: str
    code: str
    name_th: str
    list_price: Money | None
    unit_price: Money
    discount: Money
    approved_by: str


@dataclass(frozen=True)
class DayReport:
    day: date
    closed: bool  # Z report when True, X report (so far) otherwise
    opened_at: datetime | None
    opened_by: str
    closed_at: datetime | None
    closed_by: str
    opening_float: Money
    sale_count: int
    void_count: int
    gross: Money  # valid sales, before refunds
    refunds: Money
    net: Money  # gross - refunds
    cash: Money  # cash kept for valid sales, less cash refunds
    promptpay: Money
    expected_cash: Money  # opening float + cash
    counted_cash: Money | None
    difference: Money | None  # counted - expected
    by_product: tuple[ProductFigure, ...] = ()
    by_owner: tuple[OwnerFigure, ...] = ()
    voids: tuple[VoidFigure, ...] = ()
    overrides: tuple[OverrideFigure, ...] = ()
    oversold: tuple[StockWarning, ...] = ()
    stall_name: str = ""
    chain_head: str = ""  # the ledger's last hash (short) when the report was made


def _payment_label(cash: Money, promptpay: Money) -> str:
    if promptpay and cash:
        return "split"
    return "promptpay" if promptpay else "cash"


def business_day_of(moment: datetime) -> date:
    """The trading day a moment belongs to: its date in Bangkok."""
    return to_local(moment).date()


def owner_names(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.connection().execute(_OWNER_NAMES, {"ids": wanted})
    return {i: display_name(name, nick) for i, name, nick in rows}


def operator_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name)
                                .where(Operator.id.in_(ids))).all())


# -- reading a sale -----------------------------------------------------------
def load_result(session: Session, sale_id: int, already_committed: bool = False) -> SaleResult:
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise NotFound(tr("There is no such sale."))
    lines = session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)
                            .order_by(SaleLine.position)).all()
    refunded = refunded_by_line(session, sale_id)
    reversals = session.scalars(select(SaleReversal).where(SaleReversal.sale_id == sale_id)
                                .order_by(SaleReversal.id)).all()
    void = next((r for r in reversals if r.kind == "void"), None)
    owners = owner_names(session, {l.owner_participant_id for l in lines})
    receipt_lines = tuple(
        ReceiptLine(l.id, l.code, l.name_th, l.name_en, l.unit, l.quantity, l.unit_price,
                    l.discount, l.amount, owners.get(l.owner_participant_id, ""),
                    refunded.get(l.id, (Decimal("0.000"), Money(0)))[0], l.product_id,
                    l.owner_participant_id, l.list_price, l.sold_by_weight)
        for l in lines)
    warnings = tuple(
        StockWarning(l.product_id, l.code, l.name_th, l.name_en, l.unit, l.stock_before,
                     l.quantity)
        for l in lines if l.stock_before is not None)
    refunded_total = sum((r.amount for r in reversals if r.kind == "refund"), Money(0))
    approvers = operator_names(session, {r.approved_by_id for r in reversals})
    figures = tuple(VoidFigure(sale.number, r.kind, r.amount, r.reason,
                               approvers.get(r.approved_by_id, ""), r.at) for r in reversals)
    return SaleResult(sale.id, sale.number, sale.at, sale.vendor_name, receipt_lines, sale.total,
                      sale.cash, sale.promptpay, sale.tendered, sale.change, sale.voided,
                      void.reason if void else "", already_committed, warnings, refunded_total,
                      sale.uid, figures)


def refunded_by_line(session: Session, sale_id: int) -> dict[int, tuple[Decimal, Money]]:
    """sale line id -> (quantity, amount) already given back by refunds and voids."""
    rows = session.execute(
        select(SaleReversalLine.sale_line_id, SaleReversalLine.quantity, SaleReversalLine.amount)
        .join(SaleReversal, SaleReversal.id == SaleReversalLine.reversal_id)
        .where(SaleReversal.sale_id == sale_id))
    result: dict[int, tuple[Decimal, Money]] = {}
    for line_id, qty, amount in rows:
        q, a = result.get(line_id, (Decimal("0.000"), Money(0)))
        result[line_id] = (q + qty, a + amount)
    return result


