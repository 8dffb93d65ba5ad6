"""Settings > Privacy (admin): the backup passphrase (set once, changed if need be:
the demo market's is public); the recovery sheet; a blank privacy notice to hand out."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.dates import format_date
from kiosk.printing import privacy_papers
from kiosk.services import backup_crypto, documents, privacy
from kiosk.ui import actions
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.people.privacy_box import PrivacyBox, touch_button


def privacy_settings_title() -> str:
    return tr("Privacy")


def privacy_settings_tab(ctx: AppContext, parent: QWidget) -> QWidget:
    return PrivacySettingsTab(ctx, parent)


class PrivacySettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("privacy_settings")
        self.state = QLabel(self)
        self.state.setObjectName("privacy_backup_state")
        self.state.setWordWrap(True)
        self.passphrase, self.repeat, self.hint = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for edit, name in ((self.passphrase, "privacy_passphrase"),
                           (self.repeat, "privacy_passphrase_repeat"),
                           (self.hint, "privacy_passphrase_hint")):
            edit.setObjectName(name)
            edit.setMinimumHeight(48)
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(backup_crypto.PASSPHRASE_MAX)
        self.hint.setMaxLength(backup_crypto.HINT_MAX)
        self.save = touch_button(self, "privacy_passphrase_save", self.set_passphrase, 56)
        self.save.setProperty("role", "primary")
        self.sheet = touch_button(self, "privacy_recovery_sheet", self.print_sheet, 56)
        self.notice = touch_button(self, "privacy_blank_notice", self.print_notice, 56)
        self.status = QLabel(self)
        self.status.setObjectName("privacy_settings_status")
        self.status.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(3)]
        self.form = QFormLayout()
        for label, edit in zip(self.labels, (self.passphrase, self.repeat, self.hint)):
            self.form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(self.form)
        buttons = QHBoxLayout()
        for button in (self.save, self.sheet, self.notice):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for label, edit, text in zip(self.labels, (self.passphrase, self.repeat, self.hint),
                                     (tr("Backup passphrase"), tr("Type it again"),
                                      tr("Hint (printed on the recovery sheet)"))):
            label.setText(text)
            edit.setAccessibleName(text)
        for button, text in ((self.sheet, tr("Print the recovery sheet")),
                             (self.notice, tr("Print a blank privacy notice"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.status.setAccessibleName(tr("Result"))
        self.show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_state(self) -> None:
        outcome = actions.attempt(self.ctx.db, backup_crypto.saved_key, show=self.state.setText)
        if not outcome.ok:
            return
        key = outcome.value
        is_set = key is not None
        if is_set:
            self.state.setText(tr("Backups are encrypted. The passphrase was set on {day}; "
                                  "hint: {hint}. A new one applies to the backups made after; "
                                  "older ones keep theirs.").format(
                day=format_date(key.set_on) if key.set_on else "-", hint=key.hint or "-"))
        else:
            self.state.setText(tr("No backup passphrase yet: backups on the USB stick can be "
                                  "read by anyone who finds it. Set one now."))
        text = tr("Change the backup passphrase") if is_set else tr("Set the backup passphrase")
        self.save.setText(text)
        self.save.setAccessibleName(text)
        self.sheet.setEnabled(is_set)

    def set_passphrase(self) -> None:
        outcome = actions.attempt(self.ctx.db, lambda: backup_crypto.set_backup_passphrase(
            self.ctx.db, self.ctx.who, self.passphrase.text(), self.repeat.text(),
            self.hint.text()), show=self.status.setText)
        if outcome.ok:
            for edit in (self.passphrase, self.repeat, self.hint):
                edit.clear()
            self.status.setText(tr("The backup passphrase is set. Print the recovery sheet "
                                   "and keep it apart from the USB stick."))
            self.show_state()

    def _print(self, name: str, save) -> None:
        path = documents.folder(self.ctx.db, "privacy") / name
        outcome = actions.attempt(self.ctx.db, lambda: save(path), show=self.status.setText)
        if outcome.ok:
            self.status.setText(tr("Saved in {path}").format(path=outcome.value))
            PrivacyBox.open_file(outcome.value)

    def print_sheet(self) -> None:
        self._print("backup-recovery-sheet.pdf",
                    lambda path: privacy_papers.save_recovery_sheet(self.ctx.db, path))

    def print_notice(self) -> None:
        self._print("privacy-notice.pdf", lambda path: privacy_papers.save_privacy_notice(
            privacy.notice_for(self.ctx.db), path))
