"""What one sale commit sends to the database: the statement budget and the
SQL-shape promises of the fast path (issue 4), printed rather than asserted in
the unit tests (they test behaviour; a changed count is a measurement).

    .venv/bin/python bench/sale_statements.py [-v]

Budget: at most 15 statements (BEGIN + 14 round trips) for a 10-line sale,
no second ledger idempotency read after the sale's uid check, and the lines
in one multi-row INSERT. The exit code is 1 when a promise is missed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from sqlalchemy import event

from kiosk.money import Money
from kiosk.services import sale_commit, sale_rules
from figures import figure
from sale_commit import _cart, _setup

BUDGET = 15


def statements_of_one_commit(path: Path) -> list[str]:
    db, who, products, participant_id = _setup(path)
    try:
        # the year's first sale makes its receipt counter, an owner's first sale their sub-account
        # (and each account's first posting its balance row): one sale before the counted one
        def commit(n: int) -> None:
            cart = _cart(products, n, participant_id)
            sale_commit.commit_sale(db, cart, who, sale_rules.PaymentRequest(
                cash_tendered=cart.total - Money.baht(10), promptpay=Money.baht(10)))

        commit(0)
        sent: list[str] = []

        def count(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
            sent.append(statement)

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            commit(1)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return sent
    finally:
        db.dispose()


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        sent = statements_of_one_commit(Path(tmp) / "kiosk.sqlite3")
    rereads = [s for s in sent if 'ledger_entries."key" =' in s]
    line_inserts = sum(s.lstrip().startswith("INSERT INTO sale_lines") for s in sent)
    promises = [
        (f"statements sent: {len(sent)} (budget {BUDGET}, BEGIN + 14 round trips)", len(sent) <= BUDGET),
        (f"ledger idempotency re-reads: {len(rereads)} (expected 0)", not rereads),
        (f"INSERTs into sale_lines: {line_inserts} (expected 1, multi-row)", line_inserts == 1),
    ]
    print("10-line sale, cash + PromptPay, one owner's lines among the stall's:")
    figure("statements sent by a 10-line sale commit", len(sent), "count", bound=BUDGET, op="<=")
    figure("ledger idempotency re-reads in a sale commit", len(rereads), "count", bound=0, op="<=")
    figure("INSERTs into sale_lines per sale", line_inserts, "count", bound=1, op="<=")
    for text, kept in promises:
        print(f"  {'OK    ' if kept else 'MISSED'} {text}")
    if "-v" in argv:
        for statement in sent:
            print("   ", " ".join(statement.split())[:160])
    return 0 if all(kept for _, kept in promises) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
