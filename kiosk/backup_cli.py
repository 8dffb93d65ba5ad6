"""``kiosk backup`` and ``kiosk restore``: a verified copy, and putting one back.

    kiosk backup PATH            a verified copy, safe while the kiosk runs
    kiosk restore PATH [--yes]   put a backup back (the replaced database is kept)

Registered in kiosk.cli with one line (``register(command)``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kiosk.console import EXIT_FAILED, EXIT_OK, RESTORE_WORDS, complain, confirmed, say, size_text
from kiosk.db_errors import shown, sqlite_file
from kiosk.i18n import tr
from kiosk.pin_cli import add_pin_option, pin_from
from kiosk.services import backup as backups
from kiosk.services import cli_approval
from kiosk.services.backup_crypto import PassphraseNeeded
from kiosk.services.opening import open_database


def cmd_backup(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=False, upgrade=False)
    try:
        result = backups.backup(db, args.path)
    finally:
        db.dispose()
    info = result.info
    say(tr("Backup saved and checked: {path} ({size}, {rows} rows in {tables} tables).").format(
        path=result.path, size=size_text(info.size_bytes), rows=info.total_rows,
        tables=len(info.row_counts)))
    return EXIT_OK


def _passphrase(asking: PassphraseNeeded) -> str:
    """Typed without echo; a restore with no terminal needs KIOSK_BACKUP_PASSPHRASE."""
    if not sys.stdin.isatty():
        raise asking
    complain(asking.message)
    return getpass.getpass(tr("Backup passphrase:") + " ")


def cmd_restore(args: argparse.Namespace) -> int:
    passphrase = None
    try:
        info = backups.inspect_backup(Path(args.path))
    except PassphraseNeeded as asking:
        passphrase = _passphrase(asking)
        info = backups.inspect_backup(Path(args.path), passphrase)
    target = sqlite_file(args.db)
    say(tr("Backup {path}: {size}, {rows} rows, checked OK.").format(
        path=info.path, size=size_text(info.size_bytes), rows=info.total_rows))
    cli_approval.approve_restore(args.db, info.path, lambda: pin_from(args), passphrase)
    if (target is None or target.exists()) and not args.yes:  # a server's database exists
        if not confirmed(tr("This replaces the database {target} with the backup (a copy of the "
                            "current one is kept).").format(target=target or shown(args.db)),
                         RESTORE_WORDS):
            complain(tr("Nothing was changed."))
            return EXIT_FAILED
    result = backups.restore(args.db, info.path, passphrase=passphrase)
    say(tr("Restored {target} from {path}.").format(target=result.database, path=result.restored_from))
    if result.kept_copy is not None:
        say(tr("The database it replaced is kept at {path}.").format(path=result.kept_copy))
    if result.upgraded:
        say(tr("The schema was upgraded to this version of the kiosk."))
    return EXIT_OK


def register(command) -> None:
    """Add ``backup`` and ``restore`` through kiosk.cli's ``command(name, handler, help)``."""
    backup = command("backup", cmd_backup, tr("save a checked copy of the database"))
    backup.add_argument("path", metavar="PATH", help=tr("backup file, or a folder to put it in"))
    restore = command("restore", cmd_restore, tr("replace the database by a backup"))
    restore.add_argument("path", metavar="PATH", help=tr("the backup file"))
    restore.add_argument("--yes", action="store_true", help=tr("do not ask before replacing"))
    add_pin_option(restore)
