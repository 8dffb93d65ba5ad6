"""The ledger's hash chain: each entry's content hash, the chain linking it to
the entry before, checking the whole chain, and anchoring it outside the database.

Whoever can write the database file can also recompute the whole chain, so
the chain only proves something against a copy kept elsewhere: the head (the
last entry's number and the start of its hash) is printed on each Z report.
``kiosk check --anchor HEAD`` confirms that a printed head is still in the
chain and that the chain is intact up to it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.models.ledger import JournalEntry, JournalLine

GENESIS_HASH = "0" * 64



def content_hash(key: str, on: date, kind: str, description: str, reference: str,
                 operator_id: int | None, participant_id: int | None, reverses_id: int | None,
                 lines: Sequence[tuple[int, int, int | None]]) -> str:
    """The hash of what an entry says; ``lines`` are (account id, satang, loan id) in order."""
    return _sha(json.dumps({
        "key": key, "on": on.isoformat(), "kind": kind, "description": description,
        "reference": reference, "operator": operator_id, "participant": participant_id,
        "reverses": reverses_id, "lines": [list(line) for line in lines],
    }, ensure_ascii=False, sort_keys=True, separators=(",", ":")))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chain_hash(entry_id: int, content: str, prev_hash: str) -> str:
    return _sha(f"{entry_id}|{content}|{prev_hash}")


def entry_content_hash(entry: JournalEntry, lines: Sequence[JournalLine]) -> str:
    ordered = sorted(lines, key=lambda l: l.position)
    return content_hash(entry.key, entry.on, entry.kind, entry.description, entry.reference,
                        entry.operator_id, entry.participant_id, entry.reverses_id,
                        [(l.account_id, l.amount.satang, l.loan_id) for l in ordered])


def verify_chain(session: Session) -> list[str]:
    """Recompute every entry's content hash and the chain; list what does not match."""
    problems = []
    prev = GENESIS_HASH
    # plain rows, not ORM objects: `kiosk check` reads every entry and line of ten years here
    lines_by_entry: dict[int, list] = defaultdict(list)
    for line in session.execute(select(JournalLine.entry_id, JournalLine.position,
                                       JournalLine.account_id, JournalLine.amount,
                                       JournalLine.loan_id)):
        lines_by_entry[line.entry_id].append(line)
    for entry in session.execute(select(*JournalEntry.__table__.c).order_by(JournalEntry.id)):
        content = entry_content_hash(entry, lines_by_entry.get(entry.id, []))
        if content != entry.content_hash:
            problems.append(f"entry {entry.id} was changed after posting (content hash)")
        if entry.prev_hash != prev:
            problems.append(f"entry {entry.id} does not follow the previous entry's hash")
        if chain_hash(entry.id, entry.content_hash, entry.prev_hash) != entry.hash:
            problems.append(f"entry {entry.id} has a wrong chain hash")
        prev = entry.hash
    return problems


# -- anchoring: the head printed on each Z report ----------------------------------
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
    problems += [p for p in verify_chain(session)
                 if _entry_of(p) is None or _entry_of(p) <= entry_id]
    return AnchorResult(not problems, tuple(problems))


def _entry_of(problem: str) -> int | None:
    match = re.match(r"entry (\d+) ", problem)
    return int(match.group(1)) if match else None
