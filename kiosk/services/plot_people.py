"""The participants the plot screens offer (task assignees, attendance, harvesters)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kiosk.db import Database
from kiosk.models import Participant
from kiosk.names import display_name


@dataclass(frozen=True, kw_only=True)
class PersonInfo:
    id: int
    name: str


def participants(db: Database) -> list[PersonInfo]:
    """Active participants, for assigning tasks and attendance."""
    with db.reading() as session:
        rows = session.execute(select(Participant.id, Participant.name_th, Participant.nickname)
                               .where(Participant.active.is_(True)).order_by(Participant.name_th))
        return [PersonInfo(id=i, name=display_name(name, nick)) for i, name, nick in rows]
