"""The A5 PromptPay poster for the stall's table, saved as a PDF in the receipt folder.

The Settings screen reads the job on the UI thread (kiosk.services.stall_poster,
which refuses a wrong PromptPay target at once), then saves (and, for a
system printer, prints) in the background.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.i18n import tr
from kiosk.printing.receipts import save_paper
from kiosk.reports.poster import build_poster
from kiosk.services.stall_poster import PosterJob


def save_poster(job: PosterJob, lang: str = "th") -> tuple[Path, bytes]:
    """Build the poster and save it in the receipt folder; (path, pdf)."""
    pdf = build_poster(job.stall_name, job.target, lang, job.account_name)
    path = job.path
    save_paper(path, pdf, tr("Cannot save the poster in {folder}."))
    return path, pdf
