"""The Settings screen (admins): a tab per part, listed in kiosk.ui.settings.tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.screen import Screen
from kiosk.ui.settings.tabs import SETTINGS_TABS


def _handles_language(page: QWidget) -> bool:
    return type(page).changeEvent is not QWidget.changeEvent


class SettingsScreen(Screen):
    key = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        self.tabs.setDocumentMode(False)
        self._titles = []
        for title, factory in SETTINGS_TABS:
            page = factory(ctx, self.tabs)
            self.tabs.addTab(page, title())
            self._titles.append(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)
        self.retranslate()

    def title(self) -> str:
        return tr("Settings")

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(tr("Settings"))
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, title())
            # a tab without its own LanguageChange handling (receipts and printer) is
            # switched from here
            page = self.tabs.widget(index)
            if not _handles_language(page) and callable(getattr(page, "retranslate", None)):
                page.retranslate()

    def page(self, index: int) -> QWidget:
        return self.tabs.widget(index)
