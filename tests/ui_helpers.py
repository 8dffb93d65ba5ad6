"""Helpers for the GUI tests: build the real window, sign in through the keypad."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.ui.app import build_main_window
from kiosk.ui.language import LanguageManager


def open_window(db, qtbot, size=(1280, 800)):
    """The kiosk's main window on ``db``, shown (offscreen) at ``size``."""
    window = build_main_window(db)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def enter_pin(qtbot, window, operator_id: int, pin: str) -> None:
    """Tap the operator's tile, then the PIN's digits and OK on the keypad."""
    tap(qtbot, window.signin.tile_button(operator_id))
    for digit in pin:
        tap(qtbot, window.signin.keypad.button(digit))
    tap(qtbot, window.signin.keypad.button("ok"))


PINS = {"vendor": "1111", "staff": "2222", "admin": "3333"}


@pytest.fixture
def thai_afterwards(qapp):
    """Thai installed for the test, and again after it (a test may switch language)."""
    LanguageManager.instance().apply("th")
    yield
    LanguageManager.instance().apply("th")


def open_today(ctx, opening_float: str = "0") -> None:
    """Open today's trading day (the sale screen asks for it before the first sale)."""
    from kiosk.money import Money
    from kiosk.services import sales
    sales.open_day(ctx.db, ctx.who, Money.parse(opening_float))
