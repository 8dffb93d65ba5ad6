"""``kiosk db upgrade``: bring the schema to this version.

Registered in kiosk.cli with one line (``register(command)``).
"""

from __future__ import annotations

import argparse
import sys

from kiosk import schema
from kiosk.console import EXIT_OK, EXIT_SYSTEM, say
from kiosk.i18n import tr
from kiosk.services.opening import open_database


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=True, upgrade=False)
    try:
        before = schema.database_revisions(db)
        schema.upgrade(db)
        after = schema.database_revisions(db)
    finally:
        db.dispose()
    shown = ", ".join(sorted(after))
    if before == after:
        say(tr("The schema is already up to date ({revisions}).").format(revisions=shown))
    else:
        say(tr("Schema upgraded: {before} -> {after}.").format(
            before=", ".join(sorted(before)) or tr("empty"), after=shown))
    return EXIT_OK


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_SYSTEM


def register(command) -> None:
    """Add ``db`` and its ``upgrade`` through kiosk.cli's ``command(name, handler, help, under)``."""
    db = command("db", lambda args: _usage(db), tr("database schema commands"))
    db_commands = db.add_subparsers(dest="db_command", metavar="COMMAND")
    command("upgrade", cmd_db_upgrade, tr("create or upgrade the schema"), under=db_commands)
