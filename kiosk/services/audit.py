"""The audit log: who did what, when. Append-only."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.dates import utc_now
from kiosk.db import Database, mark_changed
from kiosk.models import AuditEvent, Operator


def record(session: Session, action: str, operator_id: int | None = None,
           target: str = "", /, **details: object) -> AuditEvent:
    """Add an audit event inside the caller's unit of work."""
    event = AuditEvent(
        at=utc_now(), operator_id=operator_id, action=action, target=target,
        details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
    )
    session.add(event)
    mark_changed(session, "audit")
    return event


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    operator_name: str
    action: str
    target: str
    details: dict[str, object]


def recent_events(db: Database, limit: int = 500, action: str | None = None) -> list[AuditRow]:
    """The newest audit events first, for the staff's audit screen."""
    with db.reading() as session:
        query = (select(AuditEvent, Operator.name)
                 .outerjoin(Operator, Operator.id == AuditEvent.operator_id)
                 .order_by(AuditEvent.id.desc()).limit(limit))
        if action:
            query = query.where(AuditEvent.action == action)
        return [
            AuditRow(e.id, e.at, name or "", e.action, e.target, json.loads(e.details or "{}"))
            for e, name in session.execute(query)
        ]
