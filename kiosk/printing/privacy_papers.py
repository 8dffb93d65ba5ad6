"""Privacy papers saved as files: a participant's data export (PDF and JSON side by
side), the privacy notice and the backup recovery sheet. Files are the owner's only (write_atomically's
temporary file is made 0600 and renamed into place)."""

from __future__ import annotations

from pathlib import Path

from kiosk.reports.person_export import build_person_export
from kiosk.db import Database
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.reports.privacy_notice import build_privacy_notice
from kiosk.reports.recovery_sheet import RecoverySheet, build_recovery_sheet
from kiosk.services import backup_crypto, files, person_export, settings
from kiosk.services.person_export_data import PersonExport
from kiosk.services.privacy_notice import PrivacyNotice


def export_paths(out: Path) -> tuple[Path, Path]:
    """"p17.pdf", "p17.json" or "p17" all give p17.pdf and p17.json."""
    out = Path(out).expanduser()
    base = out.with_suffix("") if out.suffix.lower() in (".pdf", ".json") else out
    return base.with_name(base.name + ".pdf"), base.with_name(base.name + ".json")


def save_person_export(export: PersonExport, out: Path) -> tuple[Path, Path]:
    pdf, data = export_paths(out)
    _save(pdf, build_person_export(export))
    files.write_atomically(data, person_export.to_json(export).encode("utf-8"))
    return pdf, data


def save_privacy_notice(notice: PrivacyNotice, out: Path) -> Path:
    return _save(out, build_privacy_notice(notice))


def _save(out: Path, pdf: bytes) -> Path:
    out = Path(out).expanduser()
    files.check_folder(out.parent)
    out.parent.mkdir(parents=True, exist_ok=True)
    files.write_atomically(out, pdf)
    return out


def save_recovery_sheet(db: Database, out: Path) -> Path:
    """The sheet for the passphrase set on this PC (InvalidInput before one is set)."""
    key = backup_crypto.saved_key()
    if key is None:
        raise InvalidInput(tr("Set the backup passphrase first."))
    sheet = RecoverySheet(str(settings.read(db, "stall_name")), key.hint, key.set_on,
                          str(backup_crypto.key_file()))
    return _save(out, build_recovery_sheet(sheet))
