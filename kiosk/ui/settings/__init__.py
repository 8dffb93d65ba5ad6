"""The Settings screen: General, Operators, Participants (and tabs other areas add)."""

from kiosk.ui.settings.screen import SettingsScreen
from kiosk.ui.settings.tabs import SETTINGS_TABS

__all__ = ["SETTINGS_TABS", "SettingsScreen"]
