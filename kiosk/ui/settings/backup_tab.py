"""Settings > Backups: the folder (a USB stick) for the day's automatic backup, and "back up now"."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.dates import format_datetime
from kiosk.services import backup_daily
from kiosk.services.backup_daily import DailyBackup
from kiosk.topics import Topic
from kiosk.ui import actions
from kiosk.ui.backup_job import start_backup
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import MessageLine


def backup_title() -> str:
    return tr("Backups")


def backup_tab(ctx: AppContext, parent: QWidget) -> QWidget:
    return BackupTab(ctx, parent)


class BackupTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_backup")
        self.folder_label = QLabel(self)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backup_folder")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.last = QLabel(self)
        self.last.setObjectName("backup_last")
        self.last.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("backup_folder_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.now_button = QPushButton(self)
        self.now_button.setObjectName("backup_now")
        self.now_button.clicked.connect(self.back_up_now)
        self.message = MessageLine(self, name="backup_message")
        form = QFormLayout()
        form.addRow(self.folder_label, self.folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.now_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.last)
        layout.addWidget(self.message)
        layout.addStretch(1)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.folder_label.setText(tr("Backup folder (USB stick)"))
        self.folder.setAccessibleName(tr("Backup folder (USB stick)"))
        self.hint.setText(tr("Every day's close (Z) saves a checked backup here: 14 daily and "
                             "12 monthly are kept. Empty: a folder beside the database, on the "
                             "same disk."))
        self.save_button.setText(tr("Save"))
        self.save_button.setAccessibleName(tr("Save the backup folder"))
        self.now_button.setText(tr("Back up now"))
        self.now_button.setAccessibleName(tr("Back up now"))
        self.show_last()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.BACKUP in topics:
            self.show_last()

    def load(self) -> None:
        folder, chosen = backup_daily.backup_folder(self.ctx.db)
        self.folder.setText(str(folder) if chosen and folder else "")

    def show_last(self) -> None:
        outcome = actions.attempt(self.ctx.db, lambda: backup_daily.standing(self.ctx.db),
                                  show=self.message.show_message)
        if not outcome.ok:
            return
        found = outcome.value
        text = (tr("Last good backup: {when}").format(when=format_datetime(found.last_at))
                if found.last_at else tr("No backup yet."))
        self.last.setText(text)
        self.last.setProperty("role", "error" if found.stale else "hint")
        self.last.style().unpolish(self.last)
        self.last.style().polish(self.last)

    def save(self) -> None:
        outcome = actions.attempt(self.ctx.db, lambda: backup_daily.save_folder(
            self.ctx.db, self.ctx.who, self.folder.text()), show=self.message.show_message)
        if outcome.ok:
            self.load()
            self.message.show_message(tr("Settings saved."), "ok")

    def back_up_now(self) -> None:
        self.now_button.setEnabled(False)
        self.message.show_message(tr("Backing up..."), "ok")
        start_backup(self.ctx.db, self.ctx.who.operator_id, self.backed_up, self)

    def backed_up(self, result: DailyBackup) -> None:
        self.now_button.setEnabled(True)
        self.message.show_message(result.message, "ok" if result.ok else "error")
