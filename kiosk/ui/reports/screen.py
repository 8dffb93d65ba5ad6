"""The Reports screen (a placeholder until its issue is built)."""

from __future__ import annotations

from kiosk.ui.i18n import tr
from kiosk.ui.screen import PlaceholderScreen


class ReportsScreen(PlaceholderScreen):
    key = "reports"

    def title(self) -> str:
        return tr("Reports")
