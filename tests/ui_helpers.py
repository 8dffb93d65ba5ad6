"""Helpers for the GUI tests: build the real window, sign in through the keypad."""

from __future__ import annotations

import re

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
    wait_for_pin_check(qtbot, window.signin)


def wait_for_pin_check(qtbot, signin) -> None:
    """The PIN is checked on a worker thread: wait until the answer is on screen."""
    qtbot.waitUntil(lambda: not signin.checking, timeout=10_000)


def wait_for_background() -> None:
    """A staff PIN dialog's action runs on a worker thread: wait until its answer is in."""
    import time

    from PySide6.QtWidgets import QApplication

    from kiosk.ui.kit import background
    deadline = time.monotonic() + 10
    while background.running() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert background.running() == 0, "a background action never reported"


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


#: Thai letters, vowels, tone marks and digits; not ฿ (U+0E3F), which English shows too
THAI = re.compile(r"[\u0e01-\u0e3a\u0e40-\u0e5b]+")


def wrong_language_texts(root, language: str, names=()) -> list[str]:
    """Texts a person sees under ``root`` that are in the other language.

    In English, any Thai left once ``names`` (people, produce without an
    English name, the ไทย button) are taken out; in Thai, any English word
    (test_ui_thai's detector: codes, units and brand names are fine).
    """
    from test_ui_thai import english_words, visible_texts
    wrong = []
    for place, text in visible_texts(root):
        rest = " ".join(text.split())  # a name may wrap onto two lines
        for name in sorted(names, key=len, reverse=True):
            rest = rest.replace(name, " ")
        if THAI.search(rest) if language == "en" else english_words(rest):
            wrong.append(f"{place}: {text!r}")
    return wrong
