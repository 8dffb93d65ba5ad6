"""The Sale screen."""

from kiosk.ui.sale.screen import SaleScreen

__all__ = ["SaleScreen"]
