"""A short note in the top bar telling staff that the last good backup is too old.

In the bar, not under it: every screen keeps its whole height on a 1024x768 screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.services import backup_daily
from kiosk.ui import actions
from kiosk.topics import Topic
from kiosk.ui.context import AppContext


class BackupBanner(QLabel):
    """Hidden while backups are fresh; read at sign-in and after each backup."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backup_warning")
        self.setStyleSheet("background: #FFF3CD; color: #6B4100; border-radius: 8px; "
                           "padding: 4px 6px; font-weight: 600;")  # fits a 1024 px top bar
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        outcome = actions.attempt(self.ctx.db, lambda: backup_daily.stale_warning(self.ctx.db),
                                  show=lambda _message: None)  # no database: other screens say so
        text = outcome.value if outcome.ok else ""
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.BACKUP in topics:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
