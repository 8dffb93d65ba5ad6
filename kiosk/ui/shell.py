"""The shell after sign-in: top bar, navigation rail, one screen at a time.

Only navigation lives here. Screens are built on their first visit (a quick
start) and destroyed with the shell at sign-out (nothing survives a session).
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from kiosk import i18n
from kiosk.dates import format_date, local_now
from kiosk.errors import DatabaseUnavailable
from kiosk.paths import ICONS
from kiosk.services.auth import Role  # who signed in says their role; widgets never import the ORM
from kiosk.ui import theme
from kiosk.ui.context import AppContext, DataBus
from kiosk.ui.i18n import tr
from kiosk.ui.language import LanguageToggle
from kiosk.ui.screen import PlaceholderScreen, Screen

ALL_ROLES = frozenset(Role)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NavItem:
    key: str
    module: str  # the package exporting the screen class
    class_name: str
    label: Callable[[], str]  # the navigation label, translated when shown
    icon: str
    roles: frozenset[Role]

    def load(self) -> type[Screen]:
        return getattr(importlib.import_module(self.module), self.class_name)


NAVIGATION: tuple[NavItem, ...] = (
    NavItem("sale", "kiosk.ui.sale", "SaleScreen", lambda: tr("Sale"), "sale", ALL_ROLES),
    NavItem("plot", "kiosk.ui.plot", "PlotScreen", lambda: tr("Plot"), "plot", ALL_ROLES),
    NavItem("fund", "kiosk.ui.fund", "FundScreen", lambda: tr("Fund"), "fund",
            frozenset({Role.STAFF, Role.ADMIN})),
    NavItem("reports", "kiosk.ui.reports", "ReportsScreen", lambda: tr("Reports"), "reports",
            frozenset({Role.STAFF, Role.ADMIN})),
    NavItem("settings", "kiosk.ui.settings", "SettingsScreen", lambda: tr("Settings"), "settings",
            frozenset({Role.ADMIN})),
)


def navigation_for(role: Role) -> list[NavItem]:
    return [item for item in NAVIGATION if role in item.roles]


@cache
def _svg(name: str) -> bytes:
    return (ICONS / f"{name}.svg").read_bytes()


def svg_icon(name: str, colour: str = theme.GREEN_DARK, checked_colour: str = "#FFFFFF",
             size: int = 44) -> QIcon:
    """An icon from assets/icons/<name>.svg drawn in ``colour`` (white when checked)."""
    icon = QIcon()
    for state_colour, state in ((colour, QIcon.State.Off), (checked_colour, QIcon.State.On)):
        data = _svg(name).replace(b"currentColor", state_colour.encode())
        renderer = QSvgRenderer(QByteArray(data))
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(2)
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


class BrokenScreen(PlaceholderScreen):
    """Shown instead of a screen that failed to build (the error is logged)."""

    key = "broken"

    def __init__(self, ctx: AppContext, item: NavItem) -> None:
        self._item = item
        super().__init__(ctx)
        self.setObjectName(f"{item.key}_broken_screen")

    def title(self) -> str:
        return self._item.label()

    def retranslate(self) -> None:
        super().retranslate()
        self._body.setText(tr("This screen could not open. Please tell the staff."))


class Shell(QWidget):
    """Navigation over the screens one signed-in operator may use."""

    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shell")
        self.ctx = ctx
        self.items = navigation_for(ctx.who.role)
        self.screens: dict[str, Screen] = {}
        self._current: str | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_top_bar())
        # a screen that could not read (the database server away): said in a strip under
        # the top bar, the full width, not crashed
        self.database_note = QLabel(self)
        self.database_note.setObjectName("shell_database_note")
        self.database_note.setWordWrap(True)
        self.database_note.setStyleSheet(f"background: {theme.DANGER_LIGHT}; color: {theme.DANGER}; "
                                         "padding: 6px 16px; font-weight: 700;")
        self.database_note.hide()
        outer.addWidget(self.database_note)
        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(0)
        middle.addWidget(self._build_nav())
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("shell_pages")
        middle.addWidget(self.pages, 1)
        outer.addLayout(middle, 1)

        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start(1000)
        self.retranslate()
        if self.items:
            self.show_screen(self.items[0].key)

    # -- building ------------------------------------------------------------------------
    def _build_top_bar(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("shell_top_bar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(10)
        self.operator_label = QLabel(self.ctx.who.name, bar)
        self.operator_label.setObjectName("shell_operator_name")
        self.role_label = QLabel(bar)
        self.role_label.setObjectName("shell_role")
        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self.operator_label)
        who.addWidget(self.role_label)
        layout.addLayout(who)
        if self.ctx.who.is_staff:  # the ones who can plug in the USB stick and back up
            from kiosk.ui.backup_banner import BackupBanner
            self.backup_banner = BackupBanner(self.ctx, bar)
            layout.addWidget(self.backup_banner)
        layout.addStretch(1)
        self.screen_title = QLabel(bar)
        self.screen_title.setObjectName("shell_screen_title")
        self.screen_title.setStyleSheet("font-size: 26px; font-weight: 700;")
        layout.addWidget(self.screen_title)
        layout.addStretch(1)
        self.date_label = QLabel(bar)
        self.date_label.setObjectName("shell_date")
        layout.addWidget(self.date_label)
        self.clock_label = QLabel(bar)
        self.clock_label.setObjectName("shell_clock")
        layout.addWidget(self.clock_label)
        self.language_toggle = LanguageToggle(self.ctx.db, self.ctx.who.operator_id, bar,
                                              name="shell_language")
        layout.addWidget(self.language_toggle)
        self.sign_out_button = QPushButton(bar)
        self.sign_out_button.setObjectName("shell_sign_out")
        self.sign_out_button.setIcon(svg_icon("sign_out", "#FFFFFF"))
        self.sign_out_button.setIconSize(QSize(28, 28))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        layout.addWidget(self.sign_out_button)
        return bar

    def _build_nav(self) -> QWidget:
        nav = QFrame(self)
        nav.setObjectName("shell_nav")
        nav.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        nav.setFixedWidth(132)
        layout = QVBoxLayout(nav)
        layout.setContentsMargins(10, 12, 10, 12)
        layout.setSpacing(10)
        self._nav_group = QButtonGroup(self)
        self._nav_group.setExclusive(True)
        self.nav_buttons: dict[str, QToolButton] = {}
        for item in self.items:
            button = QToolButton(nav)
            button.setObjectName(f"nav_{item.key}")
            button.setProperty("role", "nav")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIcon(svg_icon(item.icon))
            button.setIconSize(QSize(44, 44))
            button.setFixedWidth(112)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, key=item.key: self.show_screen(key))
            self._nav_group.addButton(button)
            layout.addWidget(button)
            self.nav_buttons[item.key] = button
        layout.addStretch(1)
        return nav

    # -- navigation ------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return [item.key for item in self.items]

    def current_key(self) -> str | None:
        return self._current

    def current_screen(self) -> Screen | None:
        """The screen on show (the page itself is its scroll frame)."""
        return self.screens.get(self._current) if self._current else None

    def show_screen(self, key: str) -> Screen:
        """Switch to a screen, building it on the first visit."""
        item = next((i for i in self.items if i.key == key), None)
        if item is None:
            raise KeyError(f"{key!r} is not allowed for this operator")
        screen = self.screens.get(key)
        if screen is None:
            try:
                screen = item.load()(self.ctx)
            except DatabaseUnavailable as error:
                current = self.current_screen()
                if current is not None:  # stay where we are; the screen opens once it can read
                    self._database_unreachable(error)
                    self.nav_buttons[self._current].setChecked(True)
                    return current
                sys.excepthook(*sys.exc_info())
                screen = BrokenScreen(self.ctx, item)
            except Exception:  # noqa: BLE001 - one broken screen must not stop the kiosk
                sys.excepthook(*sys.exc_info())  # logged (and a test fails)
                screen = BrokenScreen(self.ctx, item)
            self.screens[key] = screen
            self.pages.addWidget(self._framed(screen))
        self._current = key
        self.pages.setCurrentWidget(screen.parentWidget().parentWidget())
        self.nav_buttons[key].setChecked(True)
        self.screen_title.setText(screen.title())
        try:
            screen.on_shown()
        except DatabaseUnavailable as error:  # shown as it was last read, and said so
            self._database_unreachable(error)
        else:
            self.database_note.hide()
        return screen

    def _database_unreachable(self, error: DatabaseUnavailable) -> None:
        log.warning("a screen could not read the database: %s", error.message)
        self.database_note.setText(error.message)
        self.database_note.show()

    @staticmethod
    def _framed(screen: QWidget) -> QScrollArea:
        """The screen in a scroll area: a screen wider or taller than the display
        scrolls instead of stretching the window past a 1024x768 or 1280x800 screen."""
        frame = QScrollArea()
        frame.setObjectName(f"{screen.objectName()}_frame")
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setWidgetResizable(True)
        frame.setWidget(screen)
        return frame

    def close_session(self) -> None:
        """Destroy every screen and stop listening (sign-out)."""
        self._clock_timer.stop()
        for screen in self.screens.values():
            frame = screen.parentWidget().parentWidget()  # viewport, then the scroll area
            self.pages.removeWidget(frame)
            frame.deleteLater()
        self.screens.clear()
        self._current = None
        self.ctx.bus.detach()

    # -- texts ------------------------------------------------------------------------------
    def _tick(self) -> None:
        now = local_now()
        self.clock_label.setText(now.strftime("%H:%M"))
        self.date_label.setText(format_date(now.date(), i18n.current_language()))

    def retranslate(self) -> None:
        role_names = {Role.VENDOR: tr("Vendor"), Role.STAFF: tr("Staff"), Role.ADMIN: tr("Admin")}
        self.role_label.setText(role_names[self.ctx.who.role])
        for item in self.items:
            button = self.nav_buttons[item.key]
            button.setText(item.label())
            button.setAccessibleName(item.label())
        self.sign_out_button.setText(tr("Sign out"))
        self.sign_out_button.setAccessibleName(tr("Sign out"))
        screen = self.current_screen()
        if screen is not None:
            self.screen_title.setText(screen.title())
        self._tick()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def make_context(db, who) -> AppContext:  # type: ignore[no-untyped-def]
    """A fresh context (and its own DataBus) for one signed-in session."""
    return AppContext(db, DataBus(db), who)
