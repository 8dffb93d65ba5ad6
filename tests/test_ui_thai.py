"""Walk every screen in Thai and fail on any visible text that stayed English.

Generic on purpose: it signs in as each role, visits every screen in the
navigation and every tab of every tab widget it finds, and reads whatever
is shown, so it keeps working as the placeholder screens are replaced.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QTableView,
                               QTabBar, QTabWidget, QTextEdit, QTreeView, QWidget)

from ui_helpers import PINS, enter_pin, open_window, tap

#: Latin words that are fine in the Thai interface.
ALLOWED_WORDS = {"PIN", "QR", "PromptPay", "kg", "EN", "English", "PDF", "ESC", "POS",
                 "Beancount", "Fava",  # the export tab names the tools the partners open
                 "CAS", "METTLER", "TOLEDO", "MT", "SICS"}  # scale protocols, as on the scale
#: Codes such as receipt numbers (JP-2569-000001) or product codes, and input
#: masks such as 08x-xxx-xxxx.
CODE = re.compile(r"\b[A-Z]{1,4}-\d{2,}(?:-\d+)*\b|\b[A-Z]{1,3}\d+\b"
                  r"|\b[0-9xX]+(?:-[0-9xX]+)+\b")
#: Printer connection strings as typed into Settings (usb:0x0416:0x5011, ...).
CONNECTION = re.compile(r"\b(?:usb|network|serial):\S*")
HTML_TAG = re.compile(r"<[^>]+>|&[a-z]+;")
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def english_words(text: str) -> list[str]:
    """The Latin words in ``text`` that are not allowed in the Thai interface."""
    text = CODE.sub(" ", CONNECTION.sub(" ", HTML_TAG.sub(" ", text)))
    return [w for w in ENGLISH_WORD.findall(text) if w not in ALLOWED_WORDS]


def _header_texts(view: QAbstractItemView) -> list[str]:
    header: QHeaderView | None = None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    model = view.model()
    if header is None or model is None or not header.isVisible():
        return []
    texts = []
    for section in range(model.columnCount()):
        if not header.isSectionHidden(section):
            value = model.headerData(section, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.DisplayRole)
            if value is not None:
                texts.append(str(value))
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see under ``root``."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__} {widget.objectName()!r}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if widget.isWindow():
            add(widget, widget.windowTitle())
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, QGroupBox):
            add(widget, widget.title())
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(widget, widget.placeholderText())
        if isinstance(widget, QComboBox):
            add(widget, widget.placeholderText() if widget.currentIndex() < 0
                else widget.currentText())
        if isinstance(widget, QAbstractItemView):
            for text in _header_texts(widget):
                add(widget, text)
    return found


def _outermost_tabs(root: QWidget) -> list[QTabWidget]:
    result = []
    for tabs in root.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not root and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is root or parent is None:
            result.append(tabs)
    return result


def walk(qtbot, window: QWidget, root: QWidget, where: str, problems: dict[str, str]) -> int:
    """Read ``root`` and every tab (nested too) under it; return how many views."""
    qtbot.wait(1)
    for place, text in visible_texts(window):
        if words := english_words(text):
            problems.setdefault(f"{place} shows {text!r}", f"{where} ({', '.join(words)})")
    views = 1
    for tabs in _outermost_tabs(root):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            views += walk(qtbot, window, tabs.widget(index),
                          f"{where} / tab {tabs.tabText(index)}", problems)
    return views


@pytest.fixture
def everyone(vendor, staff, admin):
    return {"vendor": vendor, "staff": staff, "admin": admin}


@pytest.mark.slow  # walks every view of every screen
@pytest.mark.parametrize("role", ["vendor", "staff", "admin"])
def test_every_screen_is_in_thai(db, qtbot, everyone, role):
    problems: dict[str, str] = {}  # what is shown -> where it was first seen
    window = open_window(db, qtbot)
    walk(qtbot, window, window.signin, "sign-in", problems)
    who = everyone[role]
    enter_pin(qtbot, window, who.operator_id, "0000")  # shows an error message
    walk(qtbot, window, window.signin, "sign-in, wrong PIN", problems)
    enter_pin(qtbot, window, who.operator_id, PINS[role])
    shell = window.shell
    assert shell is not None
    visited = []
    for key in shell.keys():
        tap(qtbot, shell.nav_buttons[key])
        assert shell.current_key() == key
        walk(qtbot, window, shell.current_screen(), f"{role} / {key}", problems)
        visited.append(key)
    assert visited == shell.keys()
    assert not problems, "English left on screen:\n" + "\n".join(
        f"{where}: {shown}" for shown, where in problems.items())


@pytest.mark.parametrize(("text", "words"), [
    ("ใส่รหัส PIN แล้วกด ตกลง", []),
    ("ใบเสร็จ JP-2569-000001 · 2.5 kg", []),
    ("ขายสินค้า Sale", ["Sale"]),
    ("<b>Total</b>", ["Total"]),
    ("ราคา ฿45.00 / ขีด", []),
    ("08x-xxx-xxxx", []),
    ("x-xxxx-xxxxx-xx-x", []),
    ("max-width", ["max", "width"]),
])
def test_the_english_detector(text, words):
    assert english_words(text) == words
