"""``kiosk run`` and ``kiosk demo``: the touch screen, and the demo market.

    kiosk [run] [--kiosk]        the touch screen (windowed; --kiosk: full screen)
    kiosk demo [--yes]           create or reset the demo market

Registered in kiosk.cli with one line (``register(command)``); ``run`` is also
what ``kiosk`` alone does.
"""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

from kiosk import qtdeps
from kiosk.console import (EXIT_FAILED, EXIT_OK, EXIT_SYSTEM, WIPE_WORDS, both_languages,
                           complain, confirmed, optional, say)
from kiosk.db import Database
from kiosk.db_errors import shown, sqlite_file
from kiosk.errors import DatabaseUnavailable
from kiosk.i18n import tr
from kiosk.services.opening import open_database


def _count(db: Database, model: type) -> int:
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


def _show_on_screen(message: str) -> None:
    app = optional("kiosk.ui.app")
    if app is not None and hasattr(app, "show_fatal_error"):
        app.show_fatal_error(message)


def _ensure_demo_data(db: Database) -> None:
    """A database nobody can sign in to gets the demo market (the first start)."""
    from kiosk.models import Operator
    demo = optional("kiosk.services.demo")
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
    demo = optional("kiosk.services.demo")
    if demo is None:
        complain(tr("This version of the kiosk has no demo data yet."))
        return EXIT_FAILED
    db = open_database(args.db)
    try:
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
