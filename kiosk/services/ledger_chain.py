"""Anchoring the ledger's hash chain outside the database.

Whoever can write the database file can also recompute the whole chain, so
the chain only proves something against a copy kept elsewhere: the head (the
last entry's number and the start of its hash) is printed on each Z report.
``kiosk check --anchor HEAD`` confirms that a printed head is still in the
chain and that the chain is intact up to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.models.ledger import JournalEntry
from kiosk.services import ledger

SHORT = 12  # hex digits printed: 48 bits, beyond guessing for a forger
_ANCHOR = re.compile(r"^\s*#?(\d+)\s*[:\-]\s*([0-9a-fA-F]{8,64})\s*$")


def head(session: Session) -> str:
    """"1234:a1b2c3d4e5f6": the last entry's number and short hash ("" with no entries)."""
    row = session.execute(select(JournalEntry.id, JournalEntry.hash)
                          .order_by(JournalEntry.id.desc()).limit(1)).first()
    return "" if row is None else f"{row.id}:{row.hash[:SHORT]}"


@dataclass(frozen=True)
class AnchorResult:
    ok: bool
    problems: tuple[str, ...]


def confirm(session: Session, anchor: str) -> AnchorResult:
    """Is the printed head ``anchor`` ("ENTRY:HASH") in the chain, the chain intact up to it?"""
    match = _ANCHOR.match(anchor or "")
    if match is None:
        return AnchorResult(False, (f"'{anchor}' is not a chain head such as 1234:a1b2c3d4e5f6",))
    entry_id, short = int(match.group(1)), match.group(2).lower()
    found = session.execute(select(JournalEntry.hash).where(JournalEntry.id == entry_id)).scalar()
    problems = []
    if found is None:
        problems.append(f"entry {entry_id} is not in the ledger (entries were removed)")
    elif not found.startswith(short):
        problems.append(f"entry {entry_id} now has hash {found[:len(short)]}, "
                        f"the printed head says {short}: the chain was rewritten")
    problems += [p for p in ledger.verify_chain(session)
                 if _entry_of(p) is None or _entry_of(p) <= entry_id]
    return AnchorResult(not problems, tuple(problems))


def _entry_of(problem: str) -> int | None:
    match = re.match(r"entry (\d+) ", problem)
    return int(match.group(1)) if match else None
