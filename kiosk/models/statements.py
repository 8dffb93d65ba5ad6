"""Printed statements and fund reports that can be checked later, and the key that signs them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.models.base import Base, UTCDateTime


class SigningKey(Base):
    """The HMAC key made at install. Never printed, never logged, never in settings."""

    __tablename__ = "statement_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class IssuedStatement(Base):
    """A statement or fund report as printed: its code, identity and figures (JSON)."""

    __tablename__ = "statements_issued"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # without separators
    kind: Mapped[str] = mapped_column(String(12))  # participant, fund
    number: Mapped[str] = mapped_column(String(30))
    month: Mapped[str] = mapped_column(String(7))  # "2026-11"
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"), nullable=True)
    figures_json: Mapped[str] = mapped_column(Text)
    key_id: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
