"""The Reports screen."""

from kiosk.ui.reports.screen import ReportsScreen

__all__ = ["ReportsScreen"]
