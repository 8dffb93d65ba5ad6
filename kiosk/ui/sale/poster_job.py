"""The PromptPay poster from the Settings screen: saved as a PDF, printed on a system printer."""

from __future__ import annotations

from kiosk.db import Database
from kiosk.printing import poster
from kiosk.services import stall_poster
from kiosk.ui.i18n import tr
from kiosk.ui.printing import PrintRunner, print_pdf, system_printer


def submit_poster(runner: PrintRunner, db: Database) -> int:
    """Queue the poster; raises KioskError at once when the PromptPay target is wrong."""
    job = stall_poster.poster_job(db)  # settings read (and checked) on the UI thread

    def work() -> str:
        path, pdf = poster.save_poster(job)
        message = tr("Poster saved: {path}").format(path=str(path))
        if job.printer.kind == "system":
            print_pdf(pdf, system_printer(job.printer.system_name))
            message = tr("Poster printed and saved: {path}").format(path=str(path))
        return message

    return runner.submit("poster", work)
