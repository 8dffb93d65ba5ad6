"""The Reports screen's "Export" tab: the books onto a USB stick for the partners (a
Beancount file for Fava) and for the accountant (the month's workbook)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from kiosk import dates
from kiosk.errors import KioskError
from kiosk.services import export_beancount, export_xlsx, statements
from kiosk.services.statement_data import Month
from kiosk.ui import actions, dialogs
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr


class ExportTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.month_label = QLabel(self)
        self.month = QComboBox(self)
        self.month.setObjectName("export_month")
        self.month.setMinimumHeight(48)
        pick.addWidget(self.month_label)
        pick.addWidget(self.month, 1)
        layout.addLayout(pick)
        self.beancount_button = self._button("export_beancount", self.save_beancount)
        self.xlsx_button = self._button("export_xlsx", self.save_workbook)
        for button in (self.beancount_button, self.xlsx_button):
            layout.addWidget(button)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.status = QLabel(self)
        self._status_words: Callable[[], str] | None = None
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.explain)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()
        self.reload()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setMinimumHeight(64)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.month_label.setText(tr("Month"))
        self.month.setAccessibleName(tr("Month"))
        for index in range(self.month.count()):
            self.month.setItemText(index, self.month.itemData(index).label())
        for button, text in ((self.beancount_button, tr("Save the books for Beancount (Fava)")),
                             (self.xlsx_button, tr("Save the month as a spreadsheet"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.explain.setText(tr("The Beancount file holds every entry up to the month's end; "
                                "the spreadsheet holds the chosen month."))
        self.status.setAccessibleName(tr("Result"))
        self.status.setText(self._status_words() if self._status_words else "")

    def say(self, words: Callable[[], str] | None) -> None:
        """Show ``words()`` as the result; said again in the new language after a switch."""
        self._status_words = words
        self.status.setText(words() if words else "")

    def say_failure(self, outcome: actions.Outcome) -> None:
        """A refusal was worded when it was raised: it is cleared on a switch, not left in the
        other language; other failures are worded again."""
        if isinstance(outcome.error, KioskError):
            self.say(None)
            self.status.setText(outcome.message)
        else:
            self.say(lambda: actions.message_for(outcome.error, self.ctx.db))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        outcome = actions.attempt(self.ctx.db, lambda: statements.statement_months(self.ctx.db),
                                  show=lambda _message: None)
        if not outcome.ok:
            self.say_failure(outcome)
        self.month.clear()
        for month in outcome.value or []:
            self.month.addItem(month.label(), month)

    def selected_month(self) -> Month | None:
        return self.month.currentData()

    # -- asking (replaced in tests) ---------------------------------------------------
    @classmethod
    def ask_folder(cls, parent: QWidget) -> str:
        return QFileDialog.getExistingDirectory(parent, tr("Save the export in"))

    @classmethod
    def ask_overwrite(cls, parent: QWidget, path: Path) -> bool:
        return dialogs.confirm(parent, tr("{path} already exists. Replace it?").format(path=path),
                               yes=tr("Replace"))

    # -- saving ------------------------------------------------------------------------
    def save_beancount(self) -> None:
        month = self.selected_month()
        if month is None:
            return
        # the books up to the month's end; the running month up to its last entry
        until = month.last if month.last < dates.today() else None
        self._save(export_beancount.default_name(month), lambda path, force: export_beancount.export(
            self.ctx.db, path, until=until, force=force))

    def save_workbook(self) -> None:
        month = self.selected_month()
        if month is None:
            return
        self._save(export_xlsx.default_name(month), lambda path, force: export_xlsx.export(
            self.ctx.db, month, path, force=force))

    def _save(self, name: str, write: Callable[[Path, bool], object]) -> None:
        folder = self.ask_folder(self)
        if not folder:
            return
        path = Path(folder) / name
        replace = path.exists()
        if replace and not self.ask_overwrite(self, path):
            self.say(lambda: tr("Nothing was saved: {path} is as it was.").format(path=path))
            return
        self.say(None)
        outcome = actions.attempt(self.ctx.db, lambda: write(path, replace),
                                  show=lambda _message: None, busy=self._busy)
        if outcome.ok:
            self.say(lambda: tr("Saved in {path}").format(path=path))
        else:
            self.say_failure(outcome)

    def _busy(self, busy: bool) -> None:
        for button in (self.beancount_button, self.xlsx_button):
            button.setDisabled(busy)
