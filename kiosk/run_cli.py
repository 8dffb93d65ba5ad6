"""``kiosk run`` and ``kiosk demo``: the touch screen, and the demo market.

    kiosk [run] [--kiosk]        the touch screen (windowed; --kiosk: full screen)
    kiosk demo [--yes]           create or reset the demo market

Registered in kiosk.cli with one line (``register(command)``); ``run`` is also
what ``kiosk`` alone does.
"""

from __future__ import annotations

import argparse

from typing import TYPE_CHECKING

from kiosk import qtdeps
from kiosk.console import (EXIT_FAILED, EXIT_OK, EXIT_SYSTEM, WIPE_WORDS, both_languages,
                           complain, confirmed, optional, say)
from kiosk.errors import DatabaseUnavailable
from kiosk.i18n import tr
from kiosk.pin_cli import add_pin_option, pin_from

if TYPE_CHECKING:  # `kiosk run` paints the sign-in before SQLAlchemy is imported
    from kiosk.db import Database


def _count(db: Database, model: type) -> int:
    from sqlalchemy import func, select
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# -- kiosk run -----------------------------------------------------------------------
def _system_ready() -> bool:
    missing = qtdeps.missing_system_libraries()
    if missing:
        names = ", ".join(library.soname for library in missing)
        complain(both_languages(lambda: tr(
            "The kiosk cannot open its window: this computer lacks system libraries ({names}). "
            "Install them with this command, then start the kiosk again:").format(names=names)))
        complain("    " + qtdeps.install_command(missing))
        return False
    if qtdeps.no_display():
        complain(both_languages(lambda: tr(
            "No screen to show the kiosk on (DISPLAY is not set). Start it from the desktop, or "
            "under Xvfb with: xvfb-run -a kiosk run")))
        return False
    return True


def _ensure_demo_data(db: Database) -> None:
    """A database nobody can sign in to gets the demo market (the first start)."""
    from kiosk.models import Operator
    demo = optional("kiosk.services.demo")
    if demo is not None and _count(db, Operator) == 0:
        demo.ensure_demo_data(db)


def _open_for_run(url: str) -> Database:
    """The window's database, opened after the sign-in's first frame (see kiosk.ui.app.run).

    A file that fails the quick check gets the last good backup offered when
    there is one; any failure is printed here and raised for the window to show."""
    from kiosk.db_errors import DamagedDatabase
    from kiosk.services.opening import check_url, open_database
    try:
        check_url(url)
        try:
            db = open_database(url)
        except DamagedDatabase as error:
            from kiosk.services import startup_check
            good = startup_check.last_good_backup(url)
            offer = optional("kiosk.ui.restore_offer")
            if good is None or offer is None or not offer.RestoreOfferDialog.ask(
                    url, error.message, good):
                raise
            db = open_database(url)
        _ensure_demo_data(db)
    except DatabaseUnavailable as error:
        complain(error.message)
        raise
    return db


def cmd_run(args: argparse.Namespace) -> int:
    if not _system_ready():
        return EXIT_SYSTEM
    # the sign-in paints first; SQLAlchemy, Alembic and the database come after that frame
    from kiosk.ui.app import run as run_gui
    return run_gui(lambda: _open_for_run(args.db), kiosk_mode=args.kiosk)


# -- kiosk demo ----------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from kiosk.db_errors import shown, sqlite_file
    from kiosk.services import cli_approval
    from kiosk.services.opening import open_database
    demo = optional("kiosk.services.demo")
    if demo is None:
        complain(tr("This version of the kiosk has no demo data yet."))
        return EXIT_FAILED
    db = open_database(args.db)
    try:
        cli_approval.approve(db, lambda: pin_from(args), "demo_reset")
        if demo.has_real_data(db) and not args.yes:
            where = sqlite_file(args.db) or shown(args.db)
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


def register(command) -> None:
    """Add ``run`` and ``demo`` through kiosk.cli's ``command(name, handler, help)``."""
    run = command("run", cmd_run, tr("start the kiosk (the default)"))
    run.add_argument("--kiosk", action="store_true", default=argparse.SUPPRESS,
                     help=tr("full screen without window frame"))
    demo = command("demo", cmd_demo, tr("create or reset the demo market"))
    demo.add_argument("--yes", action="store_true", help=tr("do not ask before wiping real data"))
    add_pin_option(demo)
