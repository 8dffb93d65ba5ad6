"""Moving a kiosk's data between databases: SQLite -> PostgreSQL and back.

``copy_database`` copies every row of every table, in one transaction on the
target, into a target that holds no data yet (an empty database, or one with
only what the migrations seed), then compares the target with the source:
row counts, the hash chain's head, the receipt counters and the trial
balance. The caller runs ``kiosk check`` on the target as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from kiosk import schema
from kiosk.db import Database
from kiosk.db_errors import shown
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.models import Base
from kiosk.models.sales import ReceiptCounter
from kiosk.services import ledger_chain, ledger_reads
from kiosk.services.opening import open_database

_BATCH = 1000


@dataclass(frozen=True, kw_only=True)
class CopyReport:
    rows: dict[str, int]  # table: rows copied
    chain_head: str
    differences: tuple[str, ...]  # what the target shows other than the source (empty: none)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _counts(session: Session) -> dict[str, int]:
    return {t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in _tables()}


def _fingerprint(session: Session) -> dict[str, object]:
    """What must be the same on both sides, besides the row counts."""
    return {
        "chain head": ledger_chain.head(session),
        "receipt counters": sorted(session.execute(
            select(ReceiptCounter.year_be, ReceiptCounter.last_number)).all()),
        "trial balance": sorted(ledger_reads.trial_balance(session).items()),
    }


def _seeded() -> dict[str, int]:
    """Rows a freshly migrated database holds (the chart of accounts, a statement key)."""
    from kiosk.services import demo  # the one place that knows the migrations' seed rows
    return {name: len(rows) for name, rows in demo._seed_rows().items()}


def copy_database(source_url: str, target_url: str) -> CopyReport:
    """Copy everything in ``source_url`` into ``target_url`` (refused if it holds data)."""
    source = open_database(source_url, create=False, upgrade=False)
    target = None
    try:
        if not schema.is_current(source):
            raise InvalidInput(tr(
                "The source database {url} is not at this kiosk's schema: run kiosk db upgrade on "
                "it first.").format(url=shown(source_url)))
        target = open_database(target_url, create=True, upgrade=True)
        seeded = _seeded()
        with target.reading() as session:
            held = {name: n for name, n in _counts(session).items() if n > seeded.get(name, 0)}
        if held:
            raise InvalidInput(tr(
                "The target database {url} already holds data ({tables}); a copy only goes into "
                "an empty database. Nothing was copied.").format(
                    url=shown(target_url), tables=", ".join(sorted(held)[:5])))
        rows = _copy_rows(source, target)
        with source.reading() as session:
            expected = (_counts(session), _fingerprint(session))
        with target.reading() as session:
            found = (_counts(session), _fingerprint(session))
    finally:
        source.dispose()
        if target is not None:
            target.dispose()
    differences = [f"{table}: {expected[0][table]} rows in the source, {found[0][table]} copied"
                   for table in expected[0] if expected[0][table] != found[0][table]]
    differences += [f"{what} differs: {expected[1][what]} / {found[1][what]}"
                    for what in expected[1] if expected[1][what] != found[1][what]]
    return CopyReport(rows=rows, chain_head=str(found[1]["chain head"]),
                      differences=tuple(differences))


def _copy_rows(source: Database, target: Database) -> dict[str, int]:
    copied: dict[str, int] = {}
    with source.reading() as reading, target.unit_of_work() as session:
        for table in reversed(_tables()):  # children first: the seeds go
            session.execute(table.delete())
        for table in _tables():
            order = list(table.primary_key.columns) or list(table.columns)
            result = reading.execute(select(table).order_by(*order)).mappings()
            copied[table.name] = 0
            while batch := result.fetchmany(_BATCH):
                session.execute(table.insert(), [dict(row) for row in batch])
                copied[table.name] += len(batch)
        if target.engine.dialect.name == "postgresql":
            _advance_sequences(session)
    return copied


def _advance_sequences(session: Session) -> None:
    """Rows came with their ids: each id sequence must continue after the highest."""
    for table in _tables():
        for column in table.primary_key.columns:
            if not column.autoincrement or column.type.python_type is not int:
                continue
            sequence = session.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                       {"t": table.name, "c": column.name}).scalar()
            if sequence:
                session.execute(text(
                    f'SELECT setval(:s, coalesce((SELECT max("{column.name}") FROM '
                    f'"{table.name}"), 0) + 1, false)'), {"s": sequence})
