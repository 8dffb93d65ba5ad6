"""What the A5 PromptPay poster needs, read from Settings (kiosk.printing.poster builds it).

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
from kiosk.services import settings
from kiosk.services.printer_settings import PrinterSettings, printer_settings

FILE_NAME = "promptpay-poster-A5.pdf"


@dataclass(frozen=True)
class PosterJob:
    """What the poster needs, read from Settings (target already checked)."""

    stall_name: str
    target: str
    printer: PrinterSettings
    account_name: str = ""  # the PromptPay account holder's name, as bank apps show it

    @property
    def path(self) -> Path:
        return self.printer.folder / FILE_NAME


def poster_job(db: Database) -> PosterJob:
    """Settings for the poster; InvalidInput (Thai) when the PromptPay target is wrong."""
    target = str(settings.read(db, "promptpay_target") or "").strip()
    if not target:
        raise InvalidInput(tr("Set the PromptPay number in Settings first."))
    promptpay.validate_target(target)
    return PosterJob(str(settings.read(db, "stall_name")), target, printer_settings(db),
                     str(settings.read(db, "promptpay_account_name") or ""))
