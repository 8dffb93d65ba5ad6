"""The Settings screen."""

from kiosk.ui.settings.screen import SettingsScreen

__all__ = ["SettingsScreen"]
