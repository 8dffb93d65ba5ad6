"""The Plot screen."""

from kiosk.ui.plot.screen import PlotScreen

__all__ = ["PlotScreen"]
