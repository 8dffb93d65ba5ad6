"""The Fund screen."""

from kiosk.ui.fund.screen import FundScreen

__all__ = ["FundScreen"]
