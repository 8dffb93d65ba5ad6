"""The Sale screen."""

from kiosk.ui.sale.none_guard import protect_none

protect_none()  # PySide6 6.12 + Python 3.11: see none_guard

from kiosk.ui.sale.screen import SaleScreen  # noqa: E402

__all__ = ["SaleScreen"]
