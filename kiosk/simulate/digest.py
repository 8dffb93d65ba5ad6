"""What "the same database" means for a replayed seed: a digest of every table's rows.

Left out are the values made from chance on purpose, not from the market's
activity: PIN salts and hashes, the statement key and what is derived from
it (the papers' check codes), and when the migration made that key.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import MetaData, select

from kiosk.db import Database

RANDOM_BY_DESIGN = {
    "operators": {"pin_salt", "pin_hash"},
    "statement_keys": {"secret", "created_at"},
    "statements_issued": {"code"},
}


def content_digest(db: Database) -> str:
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        meta = MetaData()
        meta.reflect(bind=connection)
        for table in meta.sorted_tables:
            skipped = RANDOM_BY_DESIGN.get(table.name, set())
            columns = [c for c in table.columns if c.name not in skipped]
            digest.update(f"{table.name}:{','.join(c.name for c in columns)}\n".encode())
            order = list(table.primary_key.columns) or columns
            for row in connection.execute(select(*columns).order_by(*order)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()
