"""Sales, their lines and payments, reversals (voids, refunds), days and parked carts.

A sale keeps its receipt number for ever; a void or a refund is a reversal
row of its own (on the day it was made), so a closed day's figures never
change. Receipt numbers come from one counter row per Buddhist Era year,
incremented in the sale's own transaction: gapless.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.models.base import Base, MoneyType, QuantityType, UTCDateTime
from kiosk.money import Money


class ReceiptCounter(Base):
    """The last receipt number used in a Buddhist Era year."""

    __tablename__ = "receipt_counters"

    year_be: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (
        UniqueConstraint("year_be", "sequence", name="uq_sales_year_be_sequence"),
        Index("ix_sales_business_day", "business_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True)  # the cart's sale_uid
    number: Mapped[str] = mapped_column(String(20), unique=True)  # JP-2569-000123
    year_be: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    business_day: Mapped[date] = mapped_column(Date)  # Bangkok date of ``at``
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    vendor_name: Mapped[str] = mapped_column(String(120))
    total: Mapped[Money] = mapped_column(MoneyType)
    cash: Mapped[Money] = mapped_column(MoneyType)  # kept: total - promptpay
    promptpay: Mapped[Money] = mapped_column(MoneyType)
    tendered: Mapped[Money] = mapped_column(MoneyType)
    change: Mapped[Money] = mapped_column(MoneyType)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)


class SaleLine(Base):
    __tablename__ = "sale_lines"
    __table_args__ = (Index("ix_sale_lines_sale", "sale_id"),
                      Index("ix_sale_lines_product", "product_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    code: Mapped[str] = mapped_column(String(40))
    name_th: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    unit: Mapped[str] = mapped_column(String(20))
    sold_by_weight: Mapped[bool] = mapped_column(Boolean)
    quantity: Mapped[Decimal] = mapped_column(QuantityType)
    unit_price: Mapped[Money] = mapped_column(MoneyType)
    list_price: Mapped[Money | None] = mapped_column(MoneyType, nullable=True)  # when overridden
    discount: Mapped[Money] = mapped_column(MoneyType)
    amount: Mapped[Money] = mapped_column(MoneyType)
    owner_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id"), nullable=True)  # None: the programme's plot
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    commission_percent: Mapped[str] = mapped_column(String(12))  # the owner's rate at the sale
    stock_before: Mapped[Decimal | None] = mapped_column(QuantityType, nullable=True)  # set when oversold


class SalePayment(Base):
    """Money received for a sale: cash kept, or a PromptPay transfer the vendor confirmed."""

    __tablename__ = "sale_payments"
    __table_args__ = (Index("ix_sale_payments_sale", "sale_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    method: Mapped[str] = mapped_column(String(12))  # cash, promptpay
    amount: Mapped[Money] = mapped_column(MoneyType)
    confirmed_by_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reconciled: Mapped[bool] = mapped_column(Boolean, default=False)  # ticked off the bank statement
    reconciled_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    reconciled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class SaleReversal(Base):
    """A void (the whole rest of a sale) or a refund of some lines. Append-only."""

    __tablename__ = "sale_reversals"
    __table_args__ = (Index("ix_sale_reversals_sale", "sale_id"),
                      Index("ix_sale_reversals_business_day", "business_day"))

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    kind: Mapped[str] = mapped_column(String(10))  # void, refund
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    business_day: Mapped[date] = mapped_column(Date)
    amount: Mapped[Money] = mapped_column(MoneyType)  # positive: what went back
    cash: Mapped[Money] = mapped_column(MoneyType)
    promptpay: Mapped[Money] = mapped_column(MoneyType)
    reason: Mapped[str] = mapped_column(Text)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    ledger_key: Mapped[str] = mapped_column(String(80), default="")


class SaleReversalLine(Base):
    __tablename__ = "sale_reversal_lines"
    __table_args__ = (Index("ix_sale_reversal_lines_reversal", "reversal_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reversal_id: Mapped[int] = mapped_column(ForeignKey("sale_reversals.id"))
    sale_line_id: Mapped[int] = mapped_column(ForeignKey("sale_lines.id"))
    quantity: Mapped[Decimal] = mapped_column(QuantityType)
    amount: Mapped[Money] = mapped_column(MoneyType)


class BusinessDay(Base):
    """A trading day: opening float, and once closed the counted cash (Z report)."""

    __tablename__ = "business_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    opening_float: Mapped[Money] = mapped_column(MoneyType)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    expected_cash: Mapped[Money | None] = mapped_column(MoneyType, nullable=True)
    counted_cash: Mapped[Money | None] = mapped_column(MoneyType, nullable=True)
    difference: Mapped[Money | None] = mapped_column(MoneyType, nullable=True)
    # the ledger's chain head at the close, printed on the Z report (see ledger_chain)
    chain_head: Mapped[str | None] = mapped_column(String(80), nullable=True)


class ParkedCart(Base):
    """An operator's open cart, kept so a crash or a sign-out loses nothing."""

    __tablename__ = "parked_carts"

    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"), primary_key=True,
                                             autoincrement=False)
    sale_uid: Mapped[str] = mapped_column(String(40))
    cart_json: Mapped[str] = mapped_column(Text)
    parked_at: Mapped[datetime] = mapped_column(UTCDateTime)
