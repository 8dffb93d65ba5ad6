"""Every screen fits the page beside the navigation: without scrolling at 1280x800, and
without sideways scrolling at 1024x768 (the demo market's long Thai names included)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QStyle, QTabWidget

from kiosk.db import Database
from kiosk.models import Role
from kiosk.services import auth
from ui_helpers import enter_pin, open_window, tap, thai_afterwards  # noqa: F401

pytestmark = pytest.mark.slow  # walks every view of every screen for three roles

DEMO_PINS = {Role.VENDOR: "1111", Role.STAFF: "2221", Role.ADMIN: "9999"}  # the first tile of each


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_template):
    """One copy of the session's demo market for the module."""
    path = tmp_path_factory.mktemp("fit") / "kiosk.sqlite3"
    shutil.copyfile(demo_template, path)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def states(qtbot, screen):
    """Yield a name for each view of ``screen`` a user can reach: tabs, plot views, fund forms."""
    yield "first view"
    for tabs in screen.findChildren(QTabWidget):
        for index in range(tabs.count()):
            qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                             pos=tabs.tabBar().tabRect(index).center())
            assert tabs.currentIndex() == index
            yield f"tab {tabs.tabText(index)}"
            forms_tab = tabs.widget(index)
            if forms_tab.objectName() == "fund_forms":
                for key in forms_tab.forms:
                    forms_tab.show_form(key)
                    yield f"form {key}"
    views = [b for b in screen.findChildren(QAbstractButton) if b.objectName().startswith("plot_view_")]
    for button in views:
        tap(qtbot, button)
        yield button.objectName()


def misfits(qtbot, window, size):
    """Each reachable view whose minimum size does not fit the page at ``size``."""
    window.resize(*size)
    settle()
    shell = window.shell
    wrong = []
    for key in shell.keys():
        tap(qtbot, shell.nav_buttons[key])
        screen = shell.current_screen()
        frame = screen.parentWidget().parentWidget()
        assert isinstance(frame, QScrollArea)
        for state in states(qtbot, screen):
            settle()
            page = frame.size()  # no frame: the page area without scroll bars
            hint = screen.minimumSizeHint()
            where = f"{size[0]}x{size[1]} {key} / {state}: needs {hint.width()}x{hint.height()}, " \
                    f"page {page.width()}x{page.height()}"
            if size == (1280, 800):
                if hint.width() > page.width() or hint.height() > page.height():
                    wrong.append(where)
                elif frame.verticalScrollBar().maximum() or frame.horizontalScrollBar().maximum():
                    wrong.append(where + " (scrolls)")
            else:  # 1024x768: scrolling down is fine, sideways is not
                width = page.width()
                if hint.height() > page.height():
                    width -= frame.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
                if hint.width() > width or frame.horizontalScrollBar().maximum():
                    wrong.append(where)
    return wrong


@pytest.mark.parametrize("role", [Role.VENDOR, Role.STAFF, Role.ADMIN])
def test_every_screen_fits_1280x800_and_1024x768(demo_db, qtbot, thai_afterwards, role):  # noqa: F811
    operator = next(t for t in auth.operator_tiles(demo_db) if t.role == role)
    window = open_window(demo_db, qtbot, (1280, 800))
    enter_pin(qtbot, window, operator.id, DEMO_PINS[role])
    assert window.shell is not None
    assert window.shell.pages.size().width() >= 1100  # the page beside the navigation rail
    wrong = misfits(qtbot, window, (1280, 800)) + misfits(qtbot, window, (1024, 768))
    assert wrong == []
    window.sign_out()
