"""PrivacyBox: a participant's PDPA side on their page: the consent on record and
the form to record it (staff), the privacy notice to print, and for the admin the
full national ID (each look audited), their data export and erasure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from kiosk.dates import format_date
from kiosk.printing import privacy_papers
from kiosk.services import documents, person_export, privacy, privacy_notice
from kiosk.services.people import ParticipantRow
from kiosk.ui import actions, dialogs
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.date_field import DateField


def touch_button(parent: QWidget, name: str, slot, height: int = 48) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(height)
    button.clicked.connect(slot)
    return button


class PrivacyBox(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("participant_privacy")
        self.row: ParticipantRow | None = None
        self.consent = QLabel(self)
        self.consent.setObjectName("privacy_consent")
        self.consent.setWordWrap(True)
        self.consent_day = DateField("privacy_consent_day", self)
        self.method = QComboBox(self)
        self.method.setObjectName("privacy_consent_method")
        self.method.setMinimumHeight(48)
        self.record = touch_button(self, "privacy_record_consent", self.record_consent)
        self.notice = touch_button(self, "privacy_notice", self.print_notice)
        self.reveal = touch_button(self, "privacy_reveal_id", self.reveal_id)
        self.export = touch_button(self, "privacy_export", self.export_data)
        self.erase = touch_button(self, "privacy_erase", self.erase_data)
        self.erase.setProperty("role", "danger")
        self.status = QLabel(self)
        self.status.setObjectName("privacy_status")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.consent)
        form = QHBoxLayout()
        form.addWidget(self.consent_day, 3)
        form.addWidget(self.method, 2)
        form.addWidget(self.record, 1)
        layout.addLayout(form)
        grid = QGridLayout()
        for index, button in enumerate((self.notice, self.reveal, self.export, self.erase)):
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        for button in (self.reveal, self.export, self.erase):
            button.setVisible(ctx.who.is_admin)
        self.retranslate()

    def retranslate(self) -> None:
        chosen = self.method.currentIndex()
        self.method.clear()
        for method in privacy_notice.CONSENT_METHODS:
            self.method.addItem(privacy_notice.method_label(method), method)
        self.method.setCurrentIndex(max(chosen, 0))
        self.method.setAccessibleName(tr("How they consented"))
        self.consent_day.retranslate()
        for button, text in ((self.record, tr("Record consent")),
                             (self.notice, tr("Print the privacy notice")),
                             (self.reveal, tr("Show the full national ID")),
                             (self.export, tr("Export their data")),
                             (self.erase, tr("Erase personal data"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.status.setAccessibleName(tr("Result"))
        self.show_row(self.row)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the participant shown ---------------------------------------------------------
    def show_row(self, row: ParticipantRow | None) -> None:
        """The participant now on the page (None: a new one, nothing to show yet)."""
        if row is None or self.row is None or row.id != self.row.id:
            self.status.clear()
        self.row = row
        self.setVisible(row is not None)
        if row is None:
            return
        consent = actions.attempt(self.ctx.db, lambda: privacy.consent_of(self.ctx.db, row.id),
                                  show=self.consent.setText).value
        if consent is None:
            return
        if consent.given:
            self.consent.setText(tr("Consented on {day} ({how}), notice {version}, recorded by "
                                    "{who}.").format(day=format_date(consent.on),
                                                     how=privacy_notice.method_label(consent.method),
                                                     version=consent.notice_version,
                                                     who=consent.recorded_by or "-"))
        else:
            self.consent.setText(tr("No consent recorded yet."))
        self.reveal.setEnabled(row.has_national_id)
        for widget in (self.record, self.erase, self.consent_day, self.method):
            widget.setEnabled(not row.erased)

    # -- actions -----------------------------------------------------------------------
    def record_consent(self) -> None:
        row, day = self.row, self.consent_day.value()
        if row is None:
            return
        if day is None:
            self.status.setText(tr("That date does not exist. Please check the day."))
            return
        if actions.attempt(self.ctx.db, lambda: privacy.record_consent(
                self.ctx.db, self.ctx.who, row.id, day, self.method.currentData()),
                show=self.status.setText).ok:
            self.status.setText(tr("Consent recorded."))
            self.show_row(row)

    def print_notice(self) -> None:
        row = self.row
        if row is None:
            return
        path = documents.folder(self.ctx.db, "privacy") / f"notice-{row.id:04d}.pdf"

        def save() -> Path:
            return privacy_papers.save_privacy_notice(privacy.notice_for(self.ctx.db, row.id), path)
        outcome = actions.attempt(self.ctx.db, save, show=self.status.setText)
        if outcome.ok:
            self.status.setText(tr("Saved in {path}").format(path=outcome.value))
            self.open_file(outcome.value)

    def reveal_id(self) -> None:
        row = self.row
        if row is None:
            return
        outcome = actions.attempt(self.ctx.db, lambda: privacy.reveal_national_id(
            self.ctx.db, self.ctx.who, row.id), show=self.status.setText)
        if outcome.ok:
            self.status.setText(tr("National ID: {digits} (this look is recorded in the audit "
                                   "log)").format(digits=outcome.value))

    def export_data(self) -> None:
        row = self.row
        if row is None:
            return
        folder = self.ask_folder(self)
        if not folder:
            return

        def save() -> tuple[Path, Path]:
            export = person_export.export_person(self.ctx.db, self.ctx.who, row.id)
            return privacy_papers.save_person_export(
                export, Path(folder) / f"person-{export.person.code}")
        outcome = actions.attempt(self.ctx.db, save, show=self.status.setText)
        if outcome.ok:
            pdf, data = outcome.value
            self.status.setText(tr("Saved in {path}").format(path=f"{pdf}, {data.name}"))

    def erase_data(self) -> None:
        row = self.row
        if row is None or not dialogs.confirm(self, tr(
                "Erase the personal data of {name}? The name becomes {pseudonym}; phone, "
                "national ID, notes and photo are removed for good. The books stay as they "
                "are.").format(name=row.display_name, pseudonym=privacy.pseudonym(row.id)),
                yes=tr("Erase")):
            return
        outcome = actions.attempt(self.ctx.db, lambda: privacy.erase_participant(
            self.ctx.db, self.ctx.who, row.id), show=self.status.setText)
        if outcome.ok:
            self.status.setText(tr("Erased: they are now {pseudonym}.").format(
                pseudonym=outcome.value.pseudonym))

    # -- asking and opening (replaced in tests) ----------------------------------------
    @classmethod
    def ask_folder(cls, parent: QWidget) -> str:
        return QFileDialog.getExistingDirectory(parent, tr("Save the export in"))

    @classmethod
    def open_file(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
