"""``kiosk export``: the books for the partners' and the accountant's own tools.

    kiosk export beancount --out FILE [--until DATE] [--force]
    kiosk export xlsx --month 2569-11 --out FILE [--force] [--lang en]

Registered in kiosk.cli with one line (``register(command)``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.i18n import tr
from kiosk.services import export_beancount, export_xlsx
from kiosk.services.opening import open_database
from kiosk.services.statement_data import Month

EXIT_OK = 0


def _say(text: str) -> None:
    print(text, flush=True)


def cmd_beancount(args: argparse.Namespace) -> int:
    until = export_beancount.parse_day(args.until) if args.until else None
    db = open_database(args.db, create=False)
    try:
        result = export_beancount.export(db, Path(args.out), until=until, force=args.force)
    finally:
        db.dispose()
    _say(tr("{entries} entries, {accounts} accounts and {assertions} balance checks saved in {path}.")
         .format(entries=result.entries, accounts=result.accounts,
                 assertions=result.assertions, path=result.path))
    return EXIT_OK


def cmd_xlsx(args: argparse.Namespace) -> int:
    month = Month.parse(args.month)
    db = open_database(args.db, create=False)
    try:
        result = export_xlsx.export(db, month, Path(args.out), force=args.force,
                                    lang=getattr(args, "lang", None))
    finally:
        db.dispose()
    _say(tr("The workbook for {month} is saved in {path}.").format(
        month=month.label(), path=result.path))
    return EXIT_OK


def register(command) -> None:
    """Add ``export`` and its two formats through kiosk.cli's ``command(name, handler, help)``."""
    export = command("export", lambda args: _usage(export),
                     tr("export the books for Beancount (Fava) or a spreadsheet"))
    formats = export.add_subparsers(dest="export_format", metavar="FORMAT")
    beancount = command("beancount", cmd_beancount,
                        tr("every journal entry as a Beancount file, with month-end balance checks"),
                        under=formats)
    beancount.add_argument("--out", required=True, metavar="FILE", help=tr("the file to write"))
    beancount.add_argument("--until", metavar="YYYY-MM-DD",
                           help=tr("only entries up to this day (Buddhist Era or CE)"))
    beancount.add_argument("--force", action="store_true", help=tr("replace the file if it exists"))
    xlsx = command("xlsx", cmd_xlsx, tr("one month of the books as a spreadsheet workbook"),
                   under=formats)
    xlsx.add_argument("--month", required=True, metavar="YYYY-MM",
                      help=tr("the month, Buddhist Era or CE: 2569-11 or 2026-11"))
    xlsx.add_argument("--out", required=True, metavar="FILE", help=tr("the file to write"))
    xlsx.add_argument("--force", action="store_true", help=tr("replace the file if it exists"))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2
