"""``kiosk db upgrade``: bring the schema to this version; ``kiosk db copy``:
move the data between SQLite and PostgreSQL; ``kiosk db init-server``: set
a PostgreSQL server up for the kiosk with least privilege.

Registered in kiosk.cli with one line (``register(command)``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kiosk import schema
from kiosk.console import EXIT_FAILED, EXIT_OK, EXIT_SYSTEM, say
from kiosk.db_errors import shown
from kiosk.i18n import tr
from kiosk.services.opening import check_url, open_database


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



# -- kiosk db copy / init-server (PostgreSQL) ------------------------------------------
def cmd_db_copy(args: argparse.Namespace) -> int:
    from kiosk.check_cli import run_checks
    from kiosk.services import db_copy
    for url in (args.source, args.target):
        check_url(url)
    report = db_copy.copy_database(args.source, args.target)
    say(tr("Copied {rows} rows into {target}; the chain head is {head}.").format(
        rows=report.total_rows, target=shown(args.target), head=report.chain_head or "-"))
    for difference in report.differences:
        say("  " + tr("DIFFERS") + f"  {difference}")
    target = open_database(args.target, create=False, upgrade=False)
    try:
        failed = [result for result in run_checks(target) if not result.ok]
    finally:
        target.dispose()
    for result in failed:
        say("  FAIL  " + tr(result.name) + ": " + "; ".join(result.problems[:3]))
    if report.differences or failed:
        say(tr("The copy does not match its source: do not use it."))
        return EXIT_FAILED
    say(tr("Every check passed on the copy; the row counts, the chain head, the receipt numbers "
           "and the trial balance match the source."))
    return EXIT_OK


def cmd_db_init_server(args: argparse.Namespace) -> int:
    from kiosk.services import db_server
    check_url(args.admin_url)
    # from the environment or typed unseen: a password is never an argument (ps, history)
    password = os.environ.get("KIOSK_DB_PASSWORD") or (
        getpass.getpass(tr("Password for the kiosk's database user (empty: none): "))
        if args.ask_password else None)
    setup = db_server.init_server(args.admin_url, args.database, args.role, args.owner,
                                  password or None)
    if setup.created:
        say(tr("Created: {names}.").format(names=", ".join(setup.created)))
    say(tr("The kiosk connects with: --db {url}").format(url=setup.kiosk_url))
    say(tr("Upgrades and copies run as the owner: --db {url}").format(url=setup.owner_url))
    return EXIT_OK


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_SYSTEM


def register(command) -> None:
    """Add ``db`` and its ``upgrade`` through kiosk.cli's ``command(name, handler, help, under)``."""
    db = command("db", lambda args: _usage(db), tr("database schema commands"))
    db_commands = db.add_subparsers(dest="db_command", metavar="COMMAND")
    command("upgrade", cmd_db_upgrade, tr("create or upgrade the schema"), under=db_commands)
    copy = command("copy", cmd_db_copy, tr("copy every row into an empty database (SQLite or PostgreSQL)"),
                   under=db_commands)
    copy.add_argument("source", metavar="SOURCE_URL")
    copy.add_argument("target", metavar="TARGET_URL")
    init = command("init-server", cmd_db_init_server, tr(
        "create the kiosk's database and roles on a PostgreSQL server (least privilege)"),
        under=db_commands)
    init.add_argument("admin_url", metavar="ADMIN_URL", help=tr(
        "the server's administrator, e.g. postgresql+psycopg://postgres@/postgres?host=/var/run/postgresql"))
    init.add_argument("--database", default="kiosk")
    init.add_argument("--role", default="kiosk", help=tr("the kiosk's login role"))
    init.add_argument("--owner", default="kiosk_owner", help=tr("owns the tables; nobody logs in as it"))
    init.add_argument("--ask-password", action="store_true", help=tr(
        "ask for the login role's password (else KIOSK_DB_PASSWORD, else none)"))
