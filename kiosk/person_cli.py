"""``kiosk person``: what the kiosk holds about one participant (PDPA right of access).

    kiosk person export CODE --out FILE [--lang en]

writes FILE.pdf (readable, Thai by default) and FILE.json (machine-readable).
The export is audited. Registered in kiosk.cli with one line (``register(command)``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.i18n import tr
from kiosk.printing import privacy_papers
from kiosk.services import person_export, statements
from kiosk.services.opening import open_database

EXIT_OK = 0


def cmd_export(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=False)
    try:
        participant_id = statements.find_participant(db, args.code)
        export = person_export.export_person_from_command_line(db, participant_id)
    finally:
        db.dispose()
    pdf, data = privacy_papers.save_person_export(export, Path(args.out))
    print(tr("Everything about {code} is saved in {pdf} and {json}.").format(
        code=export.person.code, pdf=pdf, json=data), flush=True)
    return EXIT_OK


def register(command) -> None:
    """Add ``person export`` through kiosk.cli's ``command(name, handler, help)``."""
    person = command("person", lambda args: _usage(person),
                     tr("a participant's personal data (PDPA)"))
    actions = person.add_subparsers(dest="person_action", metavar="ACTION")
    export = command("export", cmd_export,
                     tr("all the kiosk holds about one participant, as PDF and JSON"),
                     under=actions)
    export.add_argument("code", metavar="CODE", help=tr("the participant's code, e.g. P0012"))
    export.add_argument("--out", required=True, metavar="FILE",
                        help=tr("the file to write (FILE.pdf and FILE.json)"))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2
