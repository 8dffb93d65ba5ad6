"""A participant's papers saved as files: their data export (PDF and JSON side by
side) and the privacy notice. Files are the owner's only (write_atomically's
temporary file is made 0600 and renamed into place)."""

from __future__ import annotations

from pathlib import Path

from kiosk.reports.person_export import build_person_export
from kiosk.reports.privacy_notice import build_privacy_notice
from kiosk.services import files, person_export
from kiosk.services.person_export_data import PersonExport
from kiosk.services.privacy_notice import PrivacyNotice


def export_paths(out: Path) -> tuple[Path, Path]:
    """"p17.pdf", "p17.json" or "p17" all give p17.pdf and p17.json."""
    out = Path(out).expanduser()
    base = out.with_suffix("") if out.suffix.lower() in (".pdf", ".json") else out
    return base.with_name(base.name + ".pdf"), base.with_name(base.name + ".json")


def save_person_export(export: PersonExport, out: Path) -> tuple[Path, Path]:
    pdf, data = export_paths(out)
    files.check_folder(pdf.parent)
    pdf.parent.mkdir(parents=True, exist_ok=True)
    files.write_atomically(pdf, build_person_export(export))
    files.write_atomically(data, person_export.to_json(export).encode("utf-8"))
    return pdf, data


def save_privacy_notice(notice: PrivacyNotice, out: Path) -> Path:
    out = Path(out).expanduser()
    files.check_folder(out.parent)
    out.parent.mkdir(parents=True, exist_ok=True)
    files.write_atomically(out, build_privacy_notice(notice))
    return out
