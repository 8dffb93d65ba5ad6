"""Which printer the kiosk uses, read from Settings (``printer_kind``).

Three kinds: ``escpos`` (a thermal printer through python-escpos),
``pdf`` (the PDF saved in the receipt folder) and ``system`` (a system
printer through Qt's print support, which only kiosk/ui may use). The
papers themselves are built and sent by kiosk.printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.paths import user_data_dir
from kiosk.services import settings

KINDS = ("system", "escpos", "pdf")


class PrinterError(KioskError):
    """The printer is missing, off, out of paper or stopped answering."""


@dataclass(frozen=True)
class PrinterSettings:
    kind: str = "pdf"
    escpos_connection: str = ""
    timeout_seconds: float = 5
    folder: Path = Path()
    system_name: str = ""


def default_receipt_folder(db: Database | None = None) -> Path:
    """The database's own receipt folder (see kiosk.services.documents)."""
    if db is None:
        return user_data_dir() / "receipts"
    from kiosk.services import documents
    return documents.folder(db, "receipts")


def printer_settings(db: Database) -> PrinterSettings:
    with db.reading() as session:
        values = settings.get_all(session)
    folder = str(values.get("receipt_folder") or "").strip()
    return PrinterSettings(
        kind=values["printer_kind"], escpos_connection=values["printer_escpos_connection"],
        timeout_seconds=float(values["printer_timeout_seconds"]),  # ok-float: seconds, not money
        folder=Path(folder).expanduser() if folder else default_receipt_folder(db),
        system_name=values.get("printer_system_name", ""))
