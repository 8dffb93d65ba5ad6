"""The append-only audit log (the database refuses UPDATE and DELETE)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.models.base import Base, UTCDateTime


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(40))  # e.g. "sign_in", "sale_void"
    target: Mapped[str] = mapped_column(String(120), default="")  # e.g. "JP-2569-000123"
    details: Mapped[str] = mapped_column(Text, default="")  # JSON object
