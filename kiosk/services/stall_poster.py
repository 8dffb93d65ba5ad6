"""The A5 PromptPay poster for the stall's table: built from Settings and saved as a PDF.

Qt-free. The Settings screen reads the settings on the UI thread
(``poster_job``), then saves (and, for a system printer, prints) in the
background; the target is checked first so a wrong one is refused at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk import promptpay
from kiosk.db import Database
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.reports.poster import build_poster
from kiosk.services import printing, settings
from kiosk.services.printing import PrinterError, PrinterSettings

FILE_NAME = "promptpay-poster-A5.pdf"


@dataclass(frozen=True)
class PosterJob:
    """What the poster needs, read from Settings (target already checked)."""

    stall_name: str
    target: str
    printer: PrinterSettings

    @property
    def path(self) -> Path:
        return self.printer.folder / FILE_NAME


def poster_job(db: Database) -> PosterJob:
    """Settings for the poster; InvalidInput (Thai) when the PromptPay target is wrong."""
    target = str(settings.read(db, "promptpay_target") or "").strip()
    if not target:
        raise InvalidInput(tr("Set the PromptPay number in Settings first."))
    promptpay.validate_target(target)
    return PosterJob(str(settings.read(db, "stall_name")), target, printing.printer_settings(db))


def save_poster(job: PosterJob, lang: str = "th") -> tuple[Path, bytes]:
    """Build the poster and save it in the receipt folder; (path, pdf)."""
    pdf = build_poster(job.stall_name, job.target, lang)
    path = job.path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(".part")
        part.write_bytes(pdf)
        part.replace(path)
    except OSError as exc:
        raise PrinterError(tr("Cannot save the poster in {folder} ({error}).").format(
            folder=str(path.parent), error=str(exc)[:120])) from exc
    return path, pdf
