"""``kiosk statements`` and ``kiosk verify``: a month's papers, and checking one later.

    kiosk statements --month 2569-11 --out DIR [--participant P0012] [--lang en]
    kiosk verify FILE.pdf | CODE

Registered in kiosk.cli with one line (``register(command)``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from kiosk.i18n import tr
from kiosk.printing import statement_batch
from kiosk.services import statements, verification
from kiosk.services.opening import open_database
from kiosk.services.statement_data import Month, figure_label, figure_text, format_code

EXIT_OK, EXIT_FAILED = 0, 1


def _say(text: str = "") -> None:
    print(text, flush=True)


def _complain(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _progress_bar():
    """A bar on a terminal (stderr); nothing when the output goes to a file."""
    if not sys.stderr.isatty():
        return None
    width = max(10, min(40, shutil.get_terminal_size((80, 20)).columns - 30))

    def show(done: int, total: int, what: str) -> None:
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} ")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return show


def cmd_statements(args: argparse.Namespace) -> int:
    month = Month.parse(args.month)
    lang = getattr(args, "lang", None) or "th"
    db = open_database(args.db, create=False)
    try:
        ids = [statements.find_participant(db, args.participant)] if args.participant else None
        result = statement_batch.produce(db, month, Path(args.out), participant_ids=ids, lang=lang,
                                         with_fund=ids is None, progress=_progress_bar())
    finally:
        db.dispose()
    _say(tr("{month}: {n} statements ({quiet} with no activity), {fund} fund report, saved in {path}.")
         .format(month=month.label(), n=len(result.files), quiet=result.quiet,
                 fund=1 if result.fund_file else 0, path=args.out))
    return EXIT_OK


def _show(answer: verification.Verification) -> None:
    _say(tr("Check code: {code}").format(code=format_code(answer.code)))
    if answer.number:
        _say(tr("Paper: {number} ({month})").format(number=answer.number,
                                                    month=answer.month.label()))
    if answer.participant:
        _say(tr("Participant: {name}").format(name=answer.participant))
    differing = {d.name: d for d in answer.differences}
    for name, value in answer.printed:
        now = differing[name].now if name in differing else value
        line = f"  {figure_label(name)}: {figure_text(name, value)}"
        if name in differing:
            line += "  " + tr("-> in the books now: {value}").format(value=figure_text(name, now))
        _say(line)
    for d in answer.differences:
        if d.printed is None:
            _say(f"  {d.label}: " + tr("not printed; in the books now: {value}").format(
                value=figure_text(d.name, d.now)))


def cmd_verify(args: argparse.Namespace) -> int:
    target = args.target
    db = open_database(args.db, create=False)
    try:
        if target.lower().endswith(".pdf") or Path(target).is_file():
            answer = verification.verify_pdf(db, Path(target))
        else:
            answer = verification.verify_code(db, target)
    finally:
        db.dispose()
    _show(answer)
    if answer.ok:
        _say(tr("OK: the paper agrees with the books."))
        return EXIT_OK
    _complain(answer.reason)
    for d in answer.differences:
        _complain("  " + tr("{figure}: printed {printed}, now {now}").format(
            figure=d.label, printed=figure_text(d.name, d.printed), now=figure_text(d.name, d.now)))
    return EXIT_FAILED


def register(command) -> None:
    """Add the sub-commands through kiosk.cli's ``command(name, handler, help)``."""
    papers = command("statements", cmd_statements,
                     tr("make the monthly statements and the fund report as PDFs"))
    papers.add_argument("--month", required=True, metavar="YYYY-MM",
                        help=tr("the month, Buddhist Era or CE: 2569-11 or 2026-11"))
    papers.add_argument("--out", required=True, metavar="DIR", help=tr("folder for the PDFs"))
    papers.add_argument("--participant", metavar="CODE",
                        help=tr("only this participant's statement (code such as P0012)"))
    check = command("verify", cmd_verify,
                    tr("check a printed statement or report against the books"))
    check.add_argument("target", metavar="FILE.pdf|CODE",
                       help=tr("the PDF, or the check code printed under its QR"))
