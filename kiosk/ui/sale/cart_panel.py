"""The sale screen's cart panel: the lines, their tools, the total and Pay.

Built onto the screen (``screen.cart_view``, ``screen.pay_button``, ...): the
screen drives it, this module only lays it out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from kiosk.ui.sale.cart_model import (BUTTON_COLUMN_PX, COL_AMOUNT, COL_MINUS, COL_NAME,
                                      COL_PLUS, COL_QTY, COL_REMOVE, ROW_HEIGHT, CartDelegate,
                                      CartTableModel)
from kiosk.ui.theme import enable_swipe


def build_cart_panel(screen, parent: QWidget) -> QFrame:  # noqa: ANN001 - a SaleScreen
    panel = QFrame(parent)
    panel.setObjectName("sale_cart_panel")
    panel.setMinimumWidth(400)  # the name column stays readable beside 48 px buttons
    panel.setMaximumWidth(470)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(12, 8, 12, 12)
    layout.setSpacing(8)
    head = QHBoxLayout()
    screen.cart_title = QLabel(panel)
    screen.cart_title.setObjectName("sale_cart_title")
    screen.item_count = QLabel(panel)
    screen.item_count.setObjectName("sale_item_count")
    screen.clear_button = QPushButton(panel)
    screen.clear_button.setObjectName("sale_clear_cart")
    screen.clear_button.setProperty("role", "tool")
    screen.clear_button.clicked.connect(screen.clear_cart)
    head.addWidget(screen.cart_title)
    head.addWidget(screen.item_count, 1)
    head.addWidget(screen.clear_button)
    layout.addLayout(head)

    screen.cart_model = CartTableModel(screen)
    screen.cart_view = QTableView(panel)
    screen.cart_view.setObjectName("sale_cart")
    screen.cart_view.setModel(screen.cart_model)
    screen.cart_view.setItemDelegate(CartDelegate(screen.cart_view))
    screen.cart_view.setShowGrid(False)
    screen.cart_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    screen.cart_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    screen.cart_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    screen.cart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    screen.cart_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    screen.cart_view.verticalHeader().hide()
    screen.cart_view.horizontalHeader().hide()
    screen.cart_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    screen.cart_view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = screen.cart_view.horizontalHeader()
    header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
    screen.cart_view.setColumnHidden(COL_QTY, True)  # drawn under the name instead
    for column, width in ((COL_AMOUNT, 88), (COL_MINUS, BUTTON_COLUMN_PX),
                          (COL_PLUS, BUTTON_COLUMN_PX), (COL_REMOVE, BUTTON_COLUMN_PX)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, width)
    screen.cart_view.clicked.connect(screen._on_cart_clicked)
    enable_swipe(screen.cart_view)
    screen.cart_view.selectionModel().selectionChanged.connect(lambda *_: screen._refresh_tools())
    layout.addWidget(screen.cart_view, 1)
    screen.empty_hint = QLabel(panel)
    screen.empty_hint.setObjectName("sale_empty_hint")
    screen.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.empty_hint.setWordWrap(True)
    layout.addWidget(screen.empty_hint, 1)

    line_tools = QHBoxLayout()
    line_tools.setSpacing(6)
    screen.owner_button = QPushButton(panel)
    screen.owner_button.setObjectName("sale_line_owner")
    screen.owner_button.clicked.connect(screen.choose_owner)
    screen.price_button = QPushButton(panel)
    screen.price_button.setObjectName("sale_line_price")
    screen.price_button.clicked.connect(screen.override_price)
    screen.discount_button = QPushButton(panel)
    screen.discount_button.setObjectName("sale_line_discount")
    screen.discount_button.clicked.connect(screen.give_discount)
    for button in (screen.owner_button, screen.price_button, screen.discount_button):
        button.setProperty("role", "tool")
        line_tools.addWidget(button)
    layout.addLayout(line_tools)

    total_row = QHBoxLayout()
    screen.total_caption = QLabel(panel)
    screen.total_caption.setObjectName("sale_total_caption")
    screen.total_label = QLabel(panel)
    screen.total_label.setObjectName("sale_total")
    screen.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    total_row.addWidget(screen.total_caption)
    total_row.addWidget(screen.total_label, 1)
    layout.addLayout(total_row)
    screen.pay_button = QPushButton(panel)
    screen.pay_button.setObjectName("sale_pay")
    screen.pay_button.clicked.connect(screen.start_payment)
    layout.addWidget(screen.pay_button)
    return panel
