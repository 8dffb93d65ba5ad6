"""What SQLite does with the statements a piece of code sends: the tables it reads whole.

A screen's first page or a report must find its rows through an index, never by
reading a table that grows with every sale (ten years: hundreds of thousands of
rows). Without ANALYZE statistics SQLite picks the same plan on a test database
as on the ten-year one, so a plan checked here holds there.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

from sqlalchemy import event

#: tables that grow with the market's history
GROWING = ("sales", "sale_lines", "sale_payments", "sale_reversals", "sale_reversal_lines",
           "stock_movements", "ledger_entries", "ledger_lines", "audit_events")
_SCAN = re.compile(r"\bSCAN (\w+)")


@contextmanager
def statements(db):
    """Collect (sql, parameters) of the SELECTs sent while the block runs."""
    sent: list[tuple[str, object]] = []

    def record(conn, cursor, sql, parameters, context, executemany):
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and not executemany:
            sent.append((sql, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def full_scans(db, sent, growing=GROWING) -> list[str]:
    """The ``growing`` tables each statement reads whole, as "table: statement"."""
    found = []
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        for sql, parameters in sent:
            plan = raw.execute(f"EXPLAIN QUERY PLAN {sql}", parameters).fetchall()
            for row in plan:
                match = _SCAN.search(row[-1])
                # the newest row by id (a chain head): SQLite reads one row backwards
                newest = match and re.search(
                    rf"FROM {match.group(1)} ORDER BY {match.group(1)}\.id DESC LIMIT",
                    " ".join(sql.split()))
                if match and match.group(1) in growing and not newest:
                    found.append(f"{match.group(1)}: {' '.join(sql.split())[:300]}")
    return found
