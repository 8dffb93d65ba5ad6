"""``kiosk check``: integrity, foreign keys and every domain invariant.

    kiosk check [--anchor HEAD]

Registered in kiosk.cli with one line (``register(command)``).
"""

from __future__ import annotations

import argparse

from kiosk.console import EXIT_FAILED, EXIT_OK, say
from kiosk.db import Database
from kiosk.db_errors import explain
from kiosk.errors import DatabaseUnavailable
from kiosk.i18n import tr
from kiosk.services.checks import CheckResult, registered_checks
from kiosk.services.opening import open_database


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
    say(("OK  " if ok else "FAIL") + "  " + tr(name))
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


def register(command) -> None:
    """Add ``check`` through kiosk.cli's ``command(name, handler, help)``."""
    check = command("check", cmd_check, tr("check the database and every rule of the books"))
    check.add_argument("--anchor", metavar="HEAD",
                       help=tr("also confirm a chain head printed on a Z report, e.g. 1234:a1b2c3d4e5f6"))
