"""The Plot screen (a placeholder until its issue is built)."""

from __future__ import annotations

from kiosk.ui.i18n import tr
from kiosk.ui.screen import PlaceholderScreen


class PlotScreen(PlaceholderScreen):
    key = "plot"

    def title(self) -> str:
        return tr("Plot")
