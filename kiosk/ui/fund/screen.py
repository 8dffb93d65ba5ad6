"""The Fund screen (a placeholder until its issue is built)."""

from __future__ import annotations

from kiosk.ui.i18n import tr
from kiosk.ui.screen import PlaceholderScreen


class FundScreen(PlaceholderScreen):
    key = "fund"

    def title(self) -> str:
        return tr("Fund")
