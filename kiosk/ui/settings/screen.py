"""The Settings screen (a placeholder until its issue is built)."""

from __future__ import annotations

from kiosk.ui.i18n import tr
from kiosk.ui.screen import PlaceholderScreen


class SettingsScreen(PlaceholderScreen):
    key = "settings"

    def title(self) -> str:
        return tr("Settings")
