"""At start the database failed SQLite's quick check: say so, and offer the last good backup.

``RestoreOfferDialog.ask(url, message, good)`` is what ``kiosk run`` calls when
kiosk.services.startup_check found a good backup (verified first; with none,
the start-up's own message says what to do); restoring it takes a staff PIN
from that backup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.dates import format_date
from kiosk.services import startup_check
from kiosk.services.startup_check import GoodBackup
from kiosk.ui import actions
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import MessageLine


class RestoreOfferDialog(QDialog):
    def __init__(self, url: str, damage: str, good: GoodBackup,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.good = url, good
        self.setObjectName("restore_offer")
        self.setWindowTitle(tr("Talad Jompol kiosk"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("The database failed its check at start."), self)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        detail = QLabel(damage, self)
        detail.setWordWrap(True)
        layout.addWidget(detail)
        self.offer = QLabel(self)
        self.offer.setObjectName("restore_offer_text")
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("restore_offer_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.pin.setPlaceholderText(tr("Staff or admin PIN"))
        self.pin.setAccessibleName(tr("Staff or admin PIN"))
        layout.addWidget(self.pin)
        self.message = MessageLine(self, name="restore_offer_message")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.quit_button = QPushButton(tr("Quit"), self)
        self.quit_button.setObjectName("restore_offer_quit")
        self.quit_button.setAccessibleName(tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(tr("Restore this backup"), self)
        self.restore_button.setObjectName("restore_offer_restore")
        self.restore_button.setAccessibleName(tr("Restore this backup"))
        self.restore_button.setProperty("role", "primary")
        self.restore_button.clicked.connect(self.restore)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self.offer.setText(tr(
            "The last good backup is from {date} {time} ({rows} rows, checked just now): "
            "{path}. Restore it? The damaged file is kept beside the database, and sales "
            "made after that backup must be entered again.").format(
                date=format_date(good.made.date()), time=good.made.strftime("%H:%M"),
                rows=good.rows, path=good.path))
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore(self) -> None:
        outcome = actions.attempt(None, lambda: startup_check.restore_last_good(
            self.url, self.good, self.pin.text), show=self.message.show_message)
        if outcome.ok:
            self.accept()
        else:
            self.pin.clear()

    @classmethod
    def ask(cls, url: str, damage: str, good: GoodBackup) -> bool:
        """Show the offer (modal, in Thai); True when ``good`` was restored."""
        from kiosk.ui.app import ensure_app
        from kiosk.ui.language import LanguageManager
        ensure_app()
        LanguageManager.instance().apply("th")
        return cls(url, damage, good).exec() == QDialog.DialogCode.Accepted

