"""The sale screen's selling page: the tiles with their tools and banners | the cart.

Built onto the screen (``screen.grid``, ``screen.banner``, ...): the screen
drives it, this module only lays it out.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.sale.cart_panel import build_cart_panel
from kiosk.ui.sale.tiles import ProductGrid

SELL, PAY, DONE = 0, 1, 2  # the screen's pages, in the order it adds them


def _tool(screen, parent: QWidget, name: str, slot) -> QPushButton:  # noqa: ANN001
    """A tool button beside the search field (its texts come in retranslate)."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setProperty("role", "tool")
    button.clicked.connect(slot)
    screen.grid.layout().itemAt(0).layout().addWidget(button)
    return button


def _banner(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def build_sell_page(screen) -> QWidget:  # noqa: ANN001 - a SaleScreen
    sell = QWidget(screen)
    sell.setObjectName("sale_sell_page")
    row = QHBoxLayout(sell)
    row.setContentsMargins(12, 10, 0, 0)
    row.setSpacing(12)
    left = QVBoxLayout()
    left.setSpacing(8)
    screen.grid = ProductGrid(sell)
    screen.grid.tile_chosen.connect(screen.add_tile)
    screen.grid.code_not_found.connect(screen._on_code_not_found)
    screen.history_button = _tool(screen, sell, "sale_history", screen.open_history)
    screen.day_button = _tool(screen, sell, "sale_day", screen.open_day_panel)
    screen.stock_button = _tool(screen, sell, "sale_stock", screen.open_stock)
    screen.day_banner = _banner(sell, "sale_day_closed")
    left.addWidget(screen.day_banner)
    left.addWidget(screen.grid, 1)
    screen.banner = _banner(sell, "sale_banner")
    screen._banner_timer.timeout.connect(screen.banner.hide)
    left.addWidget(screen.banner)
    row.addLayout(left, 3)
    row.addWidget(build_cart_panel(screen, sell), 2)
    return sell
