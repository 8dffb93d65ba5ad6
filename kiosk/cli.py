"""The ``kiosk`` command: start the kiosk, and look after its data.

    kiosk [run] [--kiosk]        the touch screen (windowed; --kiosk: full screen)
    kiosk demo [--yes]           create or reset the demo market
    kiosk check                  integrity, foreign keys, every domain invariant
    kiosk backup PATH            a verified copy, safe while the kiosk runs
    kiosk restore PATH [--yes]   put a backup back (the replaced database is kept)
    kiosk db upgrade             bring the schema to this version
    kiosk db copy SOURCE TARGET  every row into an empty database (SQLite <-> PostgreSQL), checked
    kiosk db init-server ADMIN   a PostgreSQL database and roles with least privilege
    kiosk promptpay TARGET       a PromptPay QR payload (and PNG)

Every command takes ``--db URL`` (or env KIOSK_DATABASE_URL) and ``--lang``.
Messages are Thai unless ``--lang en``. A problem the user can fix is printed
as a message (exit 1), never as a traceback; a database URL that cannot be
used, or a backup destination that cannot be written, is one line and exit 2.

Each sub-command lives in its own ``kiosk/<topic>_cli.py`` with a
``register(command)`` function, added by one line at the end of build_parser.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Callable

from kiosk import __version__, i18n
from kiosk.console import EXIT_FAILED, EXIT_OK, EXIT_SYSTEM, complain, say
from kiosk.errors import KioskError
from kiosk.i18n import tr
from kiosk.paths import default_database_url
from kiosk.run_cli import cmd_run

# Only what `kiosk run` needs before the sign-in's first frame is imported here
# (no SQLAlchemy, Alembic or services): the rest comes with the sub-commands.


# -- the parser ----------------------------------------------------------------------
def _common_options(parser: argparse.ArgumentParser, top: bool) -> None:
    """--db and --lang, accepted before and after the sub-command."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="URL", default=default, help=tr(
        "database URL (default: env KIOSK_DATABASE_URL, else a file in the user data folder)"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=default,
                        help=tr("language of messages (default: th)"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description=tr(
        "Talad Jompol kiosk: the stall, the plot and the career fund."))
    _common_options(parser, top=True)
    parser.add_argument("--version", action="store_true",
                        help=tr("show the version and the database in use"))
    parser.add_argument("--kiosk", action="store_true", default=False,
                        help=tr("full screen without window frame (kiosk run --kiosk)"))
    parser.set_defaults(handler=cmd_run)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str,
                under: argparse._SubParsersAction = commands) -> argparse.ArgumentParser:
        sub = under.add_parser(name, help=text, description=text)
        _common_options(sub, top=False)
        sub.set_defaults(handler=handler)
        return sub

    importlib.import_module("kiosk.run_cli").register(command)
    importlib.import_module("kiosk.check_cli").register(command)
    importlib.import_module("kiosk.backup_cli").register(command)
    importlib.import_module("kiosk.db_cli").register(command)
    importlib.import_module("kiosk.promptpay_cli").register(command)
    importlib.import_module("kiosk.statements_cli").register(command)
    importlib.import_module("kiosk.export_cli").register(command)
    importlib.import_module("kiosk.scale_cli").register(command)
    importlib.import_module("kiosk.person_cli").register(command)
    importlib.import_module("kiosk.simulate_cli").register(command)
    return parser


def _language_in(argv: list[str]) -> str | None:
    """--lang read early, so that --help is in the chosen language too."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=i18n.LANGUAGES)
    known, _ = early.parse_known_args(argv)
    return known.lang


def _quick_run(argv: list[str]) -> argparse.Namespace | None:
    """``kiosk [run] [--kiosk] [--db URL] [--lang L]`` read without building every
    sub-command's parser (each imports its services); None for anything else."""
    quick = argparse.ArgumentParser(add_help=False)
    _common_options(quick, top=True)
    quick.add_argument("--kiosk", action="store_true", default=False)
    quick.add_argument("command", nargs="?")
    if any(word in ("-h", "--help") for word in argv):
        return None
    try:
        args, rest = quick.parse_known_args(argv)
    except SystemExit:  # not ours to report: the full parser says it properly
        return None
    if rest or args.command not in (None, "run"):
        return None
    args.handler, args.version = cmd_run, False
    return args


def _version(args: argparse.Namespace) -> int:
    from kiosk.db_errors import shown, sqlite_file
    say(f"kiosk {__version__}")
    where = sqlite_file(args.db)
    say(tr("Database: {url}").format(url=shown(args.db)))
    if where is not None:
        say(tr("Database file: {path}").format(path=where))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language_in(argv)
    if language:
        i18n.set_language(language)
    args = _quick_run(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    args.db = args.db or default_database_url()
    if args.handler is not cmd_run:  # the window checks its URL after its first frame
        from kiosk.services.opening import UnusableUrl, check_url
        try:
            check_url(args.db)
        except UnusableUrl as error:
            complain(error.message)
            return EXIT_SYSTEM
    if args.version:
        return _version(args)
    try:
        return args.handler(args)
    except BrokenPipeError:
        # the reader went away (e.g. `kiosk check | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except KioskError as error:
        complain(error.message)
        from kiosk.services.backup import DestinationUnwritable  # the system's, not the data's
        return EXIT_SYSTEM if isinstance(error, DestinationUnwritable) else EXIT_FAILED
    except Exception as error:
        from sqlalchemy.exc import SQLAlchemyError
        if not isinstance(error, (SQLAlchemyError, sqlite3.Error)):
            raise
        from kiosk.db_errors import explain
        known = explain(error, args.db)
        if known is None:
            raise
        complain(known.message)
        return EXIT_FAILED
    except KeyboardInterrupt:
        complain(tr("Stopped; nothing more was done."))
        return 130
