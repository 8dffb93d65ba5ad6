"""What the plot grows and the stall sells: crops, categories, products, stock."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kiosk.models.base import Base, MoneyType, QuantityType, UTCDateTime
from kiosk.money import Money


class Crop(Base):
    """A vegetable the programme grows (seeded from the reference crop list)."""

    __tablename__ = "crops"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    family: Mapped[str] = mapped_column(String(60))
    start_from: Mapped[str] = mapped_column(String(20))  # seed, seedling, bulb, cutting
    days_to_first_harvest: Mapped[int] = mapped_column(Integer)
    harvest_window_days: Mapped[int] = mapped_column(Integer)
    spacing_cm: Mapped[str] = mapped_column(String(20), default="")
    sale_unit: Mapped[str] = mapped_column(String(20))
    alt_unit: Mapped[str] = mapped_column(String(20), default="")
    poor_seasons: Mapped[str] = mapped_column(String(40), default="")  # "hot;rainy"
    notes: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(9), default="#4caf50")  # map colour


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Product(Base):
    """Something on the sale screen. Prices are per ``unit``."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # typed or scanned
    name_th: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    crop_id: Mapped[int | None] = mapped_column(ForeignKey("crops.id"), nullable=True)
    unit: Mapped[str] = mapped_column(String(20))  # kg, bunch, bundle, piece, pack, 100g
    sold_by_weight: Mapped[bool] = mapped_column(Boolean, default=False)
    price: Mapped[Money] = mapped_column(MoneyType)
    picture: Mapped[str] = mapped_column(String(255), default="")  # file in assets/products
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    category: Mapped[Category] = relationship()
    crop: Mapped[Crop | None] = relationship()


class StockMovement(Base):
    """A signed change of a product's stock; the stock is their sum."""

    __tablename__ = "stock_movements"
    __table_args__ = (Index("ix_stock_movements_product", "product_id", "at"),
                      # whose a product's stock is: its latest harvest or consignment
                      Index("ix_stock_movements_product_reason", "product_id", "reason", "at",
                            "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[Decimal] = mapped_column(QuantityType)  # + in, - out
    reason: Mapped[str] = mapped_column(String(20))  # harvest, sale, void, refund, count, waste, consignment
    reference: Mapped[str] = mapped_column(String(60), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class StockLevel(Base):
    """A product's stock: the sum of its movements, kept by kiosk.services.stock in the
    transaction that adds them (so a screen or a sale never sums ten years of them);
    `kiosk check` compares it with the sum."""

    __tablename__ = "stock_levels"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True,
                                            autoincrement=False)
    quantity: Mapped[Decimal] = mapped_column(QuantityType)
