"""Touch: lists scroll by swiping, scroll bars a finger can hold."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScroller

from kiosk.ui import theme
from kiosk.ui.sale import SaleScreen


def swipe_up(qtbot, area: QAbstractScrollArea, distance: int = 300) -> None:
    """A finger drags up over ``area``: the viewport's scroller gets press, moves, release.

    The scroller is fed with explicit timestamps (synthetic mouse events carry
    timestamps that make the gesture flaky under load).
    """
    viewport = area.viewport()
    assert QScroller.grabbedGesture(viewport) != Qt.GestureType(0), "no swipe gesture grabbed"
    scroller = QScroller.scroller(viewport)
    start = QPointF(viewport.width() / 2, viewport.height() - 20)
    scroller.handleInput(QScroller.Input.InputPress, start, 0)
    for step in range(1, 16):
        scroller.handleInput(QScroller.Input.InputMove, start - QPointF(0, distance * step / 15),
                             step * 16)
    scroller.handleInput(QScroller.Input.InputRelease, start - QPointF(0, distance), 16 * 16)
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0, timeout=3000)


def test_a_swipe_scrolls_the_product_grid(qtbot, ui_context, db):
    from tests.sales_helpers import make_catalogue
    from kiosk.models import Product
    from kiosk.money import Money
    make_catalogue(db)
    with db.unit_of_work() as session:
        category = session.query(Product).first().category_id
        for n in range(40):
            session.add(Product(code=f"P{n}", name_th=f"ผัก {n}", name_en=f"Veg {n}",
                                category_id=category, unit="กำ", sold_by_weight=False,
                                price=Money.baht(10), picture="", active=True, sort_order=n))
    screen = SaleScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1150, 730)
    screen.show()
    qtbot.waitExposed(screen)
    view = screen.grid.view
    assert view.verticalScrollBar().maximum() > 0
    swipe_up(qtbot, view)
    assert view.verticalScrollBar().value() > 0
    assert screen.cart.is_empty  # a swipe is not a tap on a tile


def test_scroll_bars_are_finger_wide():
    from kiosk.ui.app import ensure_app
    ensure_app()
    assert f"QScrollBar:vertical {{ width: {theme.SCROLL_BAR_PX}px; }}" in theme.STYLE_SHEET
    assert theme.SCROLL_BAR_PX >= 48
    assert QApplication.instance().styleSheet() == theme.STYLE_SHEET
