"""The backup recovery sheet on A4: the passphrase's hint and the steps to restore a
backup on another PC. The passphrase itself is never printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kiosk import dates
from kiosk.i18n import tr
from kiosk.reports.paper import build, styles, text


@dataclass(frozen=True)
class RecoverySheet:
    stall_name: str
    hint: str
    set_on: date | None
    key_file: str


def build_recovery_sheet(sheet: RecoverySheet) -> bytes:
    s = styles()
    steps = (
        tr("Keep this sheet locked away, apart from the USB stick. Whoever has the stick "
           "and the passphrase can read every participant's data."),
        tr("On this PC backups open without typing: the key is kept in {path}.")
        .format(path=sheet.key_file),
        tr("On another PC: install the kiosk, plug in the USB stick, then choose Restore in "
           "Settings or type: kiosk restore FILE. The kiosk asks for the backup passphrase."),
        tr("A wrong passphrase or a damaged file changes nothing; try an older backup."),
        tr("If the passphrase is lost, the backups cannot be opened by anyone: set a new one "
           "and make a new backup at once."),
    )
    story: list[Flowable] = [
        text(sheet.stall_name, s.bold), text(tr("Backup recovery sheet"), s.title),
        Spacer(1, 2 * mm),
        text(tr("Passphrase set on {day}").format(
            day=dates.format_date(sheet.set_on) if sheet.set_on else "-"), s.body),
        text(tr("Hint: {hint}").format(hint=sheet.hint or "-"), s.name),
        text(tr("Steps"), s.heading)]
    story += [text(f"{n}. {step}", s.body) for n, step in enumerate(steps, 1)]
    return build(story, title=tr("Backup recovery sheet"), footer=tr("Backup recovery sheet"),
                 code="")
