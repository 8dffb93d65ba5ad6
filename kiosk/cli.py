"""The ``kiosk`` command: start the kiosk, and look after its data.

    kiosk [run] [--kiosk]        the touch screen (windowed; --kiosk: full screen)
    kiosk demo [--yes]           create or reset the demo market
    kiosk check                  integrity, foreign keys, every domain invariant
    kiosk backup PATH            a verified copy, safe while the kiosk runs
    kiosk restore PATH [--yes]   put a backup back (the replaced database is kept)
    kiosk db upgrade             bring the schema to this version
    kiosk promptpay TARGET       a PromptPay QR payload (and PNG)

Every command takes ``--db URL`` (or env KIOSK_DATABASE_URL) and ``--lang``.
Messages are Thai unless ``--lang en``. A problem the user can fix is printed
as a message (exit 1), never as a traceback; a database URL that cannot be
used, or a backup destination that cannot be written, is one line and exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from kiosk import __version__, i18n, qtdeps, schema
from kiosk.db import Database
from kiosk.errors import DatabaseUnavailable, KioskError
from kiosk.i18n import tr
from kiosk.paths import default_database_url
from kiosk.services import backup as backups
from kiosk.services.checks import CheckResult, registered_checks
from kiosk.db_errors import explain, sqlite_file
from kiosk.services.opening import UnusableUrl, check_url, open_database

EXIT_OK, EXIT_FAILED, EXIT_SYSTEM = 0, 1, 2

# the words a user types to confirm wiping or replacing data: (Thai, English)
WIPE_WORDS = ("ล้าง", "wipe")
RESTORE_WORDS = ("กู้คืน", "restore")


# -- talking to the user -------------------------------------------------------------
def say(text: str = "") -> None:
    print(text, flush=True)


def complain(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def ask(prompt: str) -> str:
    """One line typed by the user ("" if there is nobody to type)."""
    try:
        return input(prompt)
    except EOFError:
        print(flush=True)
        return ""


def confirmed(prompt: str, words: tuple[str, str]) -> bool:
    """Ask the user to type one of ``words``; anything else means no."""
    thai, english = words
    answer = ask(prompt + " " + tr("Type {thai} or {english} to go on:").format(
        thai=thai, english=english) + " ")
    return answer.strip().casefold() in {thai, english}


def _both_languages(make: Callable[[], str]) -> str:
    """A message in Thai and in English (for when the person may read either)."""
    with i18n.language("th"):
        thai = make()
    with i18n.language("en"):
        english = make()
    return thai if thai == english else f"{thai}\n{english}"


def _optional(module: str) -> ModuleType | None:
    """An area's module, or None while that area is not built yet."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name != module:
            raise
        return None


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _size(size_bytes: int) -> str:
    mb = 1024 * 1024
    if size_bytes >= mb:
        return f"{size_bytes // mb}.{size_bytes % mb * 10 // mb} MB"
    return f"{max(1, (size_bytes + 512) // 1024)} KB"


# -- kiosk run -----------------------------------------------------------------------
def _system_ready() -> bool:
    missing = qtdeps.missing_system_libraries()
    if missing:
        names = ", ".join(library.soname for library in missing)
        complain(_both_languages(lambda: tr(
            "The kiosk cannot open its window: this computer lacks system libraries ({names}). "
            "Install them with this command, then start the kiosk again:").format(names=names)))
        complain("    " + qtdeps.install_command(missing))
        return False
    if qtdeps.no_display():
        complain(_both_languages(lambda: tr(
            "No screen to show the kiosk on (DISPLAY is not set). Start it from the desktop, or "
            "under Xvfb with: xvfb-run -a kiosk run")))
        return False
    return True


def _show_on_screen(message: str) -> None:
    app = _optional("kiosk.ui.app")
    if app is not None and hasattr(app, "show_fatal_error"):
        app.show_fatal_error(message)


def _ensure_demo_data(db: Database) -> None:
    """A database nobody can sign in to gets the demo market (the first start)."""
    from kiosk.models import Operator
    demo = _optional("kiosk.services.demo")
    if demo is not None and _count(db, Operator) == 0:
        demo.ensure_demo_data(db)


def cmd_run(args: argparse.Namespace) -> int:
    if not _system_ready():
        return EXIT_SYSTEM
    try:
        db = open_database(args.db)
        _ensure_demo_data(db)
    except DatabaseUnavailable as error:
        complain(error.message)
        _show_on_screen(error.message)
        return EXIT_FAILED
    from kiosk.ui.app import run as run_gui
    try:
        return run_gui(db, kiosk_mode=args.kiosk)
    finally:
        db.dispose()


# -- kiosk demo ----------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    demo = _optional("kiosk.services.demo")
    if demo is None:
        complain(tr("This version of the kiosk has no demo data yet."))
        return EXIT_FAILED
    db = open_database(args.db)
    try:
        if demo.has_real_data(db) and not args.yes:
            where = sqlite_file(args.db) or args.db
            if not confirmed(tr("The database {where} holds real data. Demo data replaces ALL of it.")
                             .format(where=where), WIPE_WORDS):
                complain(tr("Nothing was changed."))
                return EXIT_FAILED
        demo.reset_demo_data(db)
        from kiosk.models import Operator, Participant, Product
        say(tr("Demo market ready: {people} participants, {operators} operators, {products} products.")
            .format(people=_count(db, Participant), operators=_count(db, Operator),
                    products=_count(db, Product)))
    finally:
        db.dispose()
    return EXIT_OK


# -- kiosk check ---------------------------------------------------------------------
def run_checks(db: Database) -> list[CheckResult]:
    """Every registered invariant, each in its own read session."""
    results = []
    for name, check in registered_checks().items():
        try:
            with db.reading() as session:
                problems = list(check(session))
        except Exception as error:  # a check that cannot run is a failed check
            known = explain(error, db.url)
            problems = [known.message if known else f"{type(error).__name__}: {error}"]
        results.append(CheckResult(name, problems))
    return results


def _print_result(ok: bool, name: str, problems: list[str], limit: int = 20) -> None:
    say(f"{'OK  ' if ok else 'FAIL'}  {tr(name)}")
    for problem in problems[:limit]:
        say(f"        {problem}")
    if len(problems) > limit:
        say("        " + tr("... and {n} more").format(n=len(problems) - limit))


def cmd_check(args: argparse.Namespace) -> int:
    try:
        db = open_database(args.db, create=False, upgrade=False, verify=False)
    except DatabaseUnavailable as error:
        _print_result(False, tr("the database can be opened"), [error.message])
        return EXIT_FAILED
    try:
        results = run_checks(db)
        if getattr(args, "anchor", None):
            results.append(_check_anchor(db, args.anchor))
    finally:
        db.dispose()
    for result in results:
        _print_result(result.ok, result.name, result.problems)
    failed = sum(not result.ok for result in results)
    if failed:
        say(tr("{failed} of {total} checks failed.").format(failed=failed, total=len(results)))
        return EXIT_FAILED
    say(tr("All {total} checks passed.").format(total=len(results)))
    return EXIT_OK


def _check_anchor(db: Database, anchor: str) -> CheckResult:
    """A chain head printed on a Z report is still in the ledger's hash chain."""
    from kiosk.services import ledger_chain
    with db.reading() as session:
        found = ledger_chain.confirm(session, anchor)
    return CheckResult(tr("the printed chain head {head} is in the ledger").format(head=anchor),
                       list(found.problems))


# -- kiosk backup / restore ----------------------------------------------------------
def cmd_backup(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=False, upgrade=False)
    try:
        result = backups.backup(db, args.path)
    finally:
        db.dispose()
    info = result.info
    say(tr("Backup saved and checked: {path} ({size}, {rows} rows in {tables} tables).").format(
        path=result.path, size=_size(info.size_bytes), rows=info.total_rows,
        tables=len(info.row_counts)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    info = backups.inspect_backup(Path(args.path))
    target = sqlite_file(args.db)
    say(tr("Backup {path}: {size}, {rows} rows, checked OK.").format(
        path=info.path, size=_size(info.size_bytes), rows=info.total_rows))
    if target is not None and target.exists() and not args.yes:
        if not confirmed(tr("This replaces the database {target} with the backup (a copy of the "
                            "current one is kept).").format(target=target), RESTORE_WORDS):
            complain(tr("Nothing was changed."))
            return EXIT_FAILED
    result = backups.restore(args.db, info.path)
    say(tr("Restored {target} from {path}.").format(target=result.database, path=result.restored_from))
    if result.kept_copy is not None:
        say(tr("The database it replaced is kept at {path}.").format(path=result.kept_copy))
    if result.upgraded:
        say(tr("The schema was upgraded to this version of the kiosk."))
    return EXIT_OK


# -- kiosk db upgrade ----------------------------------------------------------------
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


# -- kiosk promptpay -----------------------------------------------------------------
def cmd_promptpay(args: argparse.Namespace) -> int:
    from kiosk.money import Money
    promptpay = _optional("kiosk.promptpay")
    if promptpay is None:
        complain(tr("This version of the kiosk cannot make PromptPay codes yet."))
        return EXIT_FAILED
    amount = Money.parse(args.amount) if args.amount is not None else None
    payload = promptpay.payload(args.target, amount)
    say(payload)
    if args.png:
        promptpay.write_png(payload, Path(args.png))
        complain(tr("QR code saved to {path}.").format(path=args.png))
    return EXIT_OK


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

    run = command("run", cmd_run, tr("start the kiosk (the default)"))
    run.add_argument("--kiosk", action="store_true", default=argparse.SUPPRESS,
                     help=tr("full screen without window frame"))
    demo = command("demo", cmd_demo, tr("create or reset the demo market"))
    demo.add_argument("--yes", action="store_true", help=tr("do not ask before wiping real data"))
    check = command("check", cmd_check, tr("check the database and every rule of the books"))
    check.add_argument("--anchor", metavar="HEAD",
                       help=tr("also confirm a chain head printed on a Z report, e.g. 1234:a1b2c3d4e5f6"))
    backup = command("backup", cmd_backup, tr("save a checked copy of the database"))
    backup.add_argument("path", metavar="PATH", help=tr("backup file, or a folder to put it in"))
    restore = command("restore", cmd_restore, tr("replace the database by a backup"))
    restore.add_argument("path", metavar="PATH", help=tr("the backup file"))
    restore.add_argument("--yes", action="store_true", help=tr("do not ask before replacing"))
    db = command("db", lambda args: _usage(db), tr("database schema commands"))
    db_commands = db.add_subparsers(dest="db_command", metavar="COMMAND")
    command("upgrade", cmd_db_upgrade, tr("create or upgrade the schema"), under=db_commands)
    promptpay = command("promptpay", cmd_promptpay, tr("print a PromptPay QR payload"))
    promptpay.add_argument("target", metavar="TARGET",
                           help=tr("phone number or 13-digit national or tax ID"))
    promptpay.add_argument("--amount", metavar="BAHT", help=tr("amount in baht, e.g. 45.50"))
    promptpay.add_argument("--png", metavar="FILE", help=tr("also save the QR code as a PNG image"))
    importlib.import_module("kiosk.statements_cli").register(command)
    importlib.import_module("kiosk.export_cli").register(command)
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_SYSTEM


def _language_in(argv: list[str]) -> str | None:
    """--lang read early, so that --help is in the chosen language too."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=i18n.LANGUAGES)
    known, _ = early.parse_known_args(argv)
    return known.lang


def _version(args: argparse.Namespace) -> int:
    say(f"kiosk {__version__}")
    where = sqlite_file(args.db)
    say(tr("Database: {url}").format(url=args.db))
    if where is not None:
        say(tr("Database file: {path}").format(path=where))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language_in(argv)
    if language:
        i18n.set_language(language)
    args = build_parser().parse_args(argv)
    args.db = args.db or default_database_url()
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
    except backups.DestinationUnwritable as error:
        complain(error.message)
        return EXIT_SYSTEM
    except KioskError as error:
        complain(error.message)
        return EXIT_FAILED
    except (SQLAlchemyError, sqlite3.Error) as error:
        known = explain(error, args.db)
        if known is None:
            raise
        complain(known.message)
        return EXIT_FAILED
    except KeyboardInterrupt:
        complain(tr("Stopped; nothing more was done."))
        return 130
