"""Start the GUI: the application, Sarabun, the theme, Thai, the sign-in window.

``run(open_db, kiosk_mode)`` is what ``kiosk run`` calls: the sign-in is shown
and painted FIRST, and only then is ``open_db()`` called (SQLAlchemy, Alembic,
the quick check, the demo data) and the operators filled in; nothing heavy is
imported before the first frame (kiosk/ui/signin.py and this module import
the database and services lazily). ``build_main_window(db)`` builds the window
on an open database without the event loop (tests); ``show_fatal_error(message)``
shows a Thai message when the kiosk cannot start.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.ui import theme
from kiosk.ui.i18n import tr
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.language import LanguageManager, apply_saved_language
from kiosk.ui.signin import SignInScreen

if TYPE_CHECKING:  # imported after the first frame
    from kiosk.db import Database
    from kiosk.services.auth import SignedIn
    from kiosk.ui.shell import Shell

WINDOW_SIZE = (1280, 800)


def ensure_app() -> QApplication:
    """The QApplication (made if needed) with Sarabun and the kiosk's theme."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("talad-jompol-kiosk")
        app.setApplicationDisplayName(tr("Talad Jompol kiosk"))
    if not app.property("kiosk_themed"):
        theme.apply_theme(app)
        app.setProperty("kiosk_themed", True)
    return app


class MainWindow(QWidget):
    """The sign-in screen, or the shell of whoever signed in."""

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.db = db
        self.shell: Shell | None = None
        self.who: SignedIn | None = None
        self.idle = IdleWatcher(self._idle_timeout_ms() if db is not None else 300_000, self)
        self.idle.timed_out.connect(lambda: self.sign_out(reason="idle"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("main_stack")
        layout.addWidget(self.stack)
        self.signin = SignInScreen(db, self.stack)
        self.signin.signed_in.connect(self.open_shell)
        self.stack.addWidget(self.signin)
        self.retranslate()

    def attach(self, db: Database) -> None:
        """The database opened after the first frame: the saved language, then the operators."""
        self.db = db
        apply_saved_language(db)
        self.signin.attach(db)

    def _idle_timeout_ms(self) -> int:
        from kiosk.services import settings
        seconds = settings.read(self.db, "idle_sign_out_seconds")
        return max(1, int(seconds)) * 1000

    def open_shell(self, who: SignedIn) -> Shell:
        """After a good PIN: a new shell with its own DataBus."""
        from kiosk.ui.shell import Shell, make_context
        if self.shell is not None:
            self._close_shell()
        self.who = who
        self.shell = Shell(make_context(self.db, who), self.stack)
        self.shell.sign_out_requested.connect(lambda: self.sign_out(reason="manual"))
        self.stack.addWidget(self.shell)
        self.stack.setCurrentWidget(self.shell)
        self.idle.set_timeout_ms(self._idle_timeout_ms())
        self.idle.start()
        return self.shell

    def sign_out(self, reason: str = "manual") -> None:
        """Back to the sign-in screen; the session's screens are destroyed."""
        if self.shell is None or self.who is None:
            return
        self.idle.stop()
        while (modal := QApplication.activeModalWidget()) is not None:
            modal.close()  # a dialog left open must not outlive the session
            if QApplication.activeModalWidget() is modal:
                modal.hide()
                break
        from kiosk.services import auth
        auth.sign_out(self.db, self.who, reason=reason)
        self._close_shell()
        apply_saved_language(self.db)  # the next person starts in the kiosk's language
        self.signin.reload()
        self.stack.setCurrentWidget(self.signin)

    def _close_shell(self) -> None:
        shell, self.shell, self.who = self.shell, None, None
        if shell is not None:
            shell.close_session()
            self.stack.removeWidget(shell)
            shell.deleteLater()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Talad Jompol kiosk"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt name)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt name)
        if self.shell is not None:
            self.sign_out(reason="closed")
        self.idle.stop()
        super().closeEvent(event)


def build_main_window(db: Database) -> MainWindow:
    """The kiosk's window on ``db``, in the saved language, not yet shown."""
    ensure_app()
    apply_saved_language(db)
    return MainWindow(db)


def show_window(window: QWidget, kiosk_mode: bool) -> None:
    """Show ``window`` within its screen.

    Windowed, it is at most WINDOW_SIZE and never larger than the screen's
    available area (a 1024x768 screen keeps the PIN pad in view). In kiosk mode
    it covers the whole screen by its own geometry, so full screen does not
    depend on a window manager honouring showFullScreen().
    """
    screen = window.screen() or QApplication.primaryScreen()
    if kiosk_mode:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        return
    area = screen.availableGeometry()
    width, height = min(WINDOW_SIZE[0], area.width()), min(WINDOW_SIZE[1], area.height())
    window.setGeometry(area.x() + (area.width() - width) // 2,
                       area.y() + (area.height() - height) // 2, width, height)
    window.show()


class _AfterFirstFrame(QObject):
    """Calls ``then`` once, on the event loop's turn after the window's first paint."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


def run(open_db: Callable[[], Database], kiosk_mode: bool) -> int:
    """Show the sign-in, open the database after its first frame, run until it closes.

    ``open_db`` raises KioskError (its message shown, exit code 1) when the
    kiosk cannot start on that database. The exit code."""
    app = ensure_app()
    LanguageManager.instance().apply("th")  # the saved language is read once the database is open
    window = MainWindow(None)
    opened: list[Database] = []

    def open_now() -> None:
        try:
            opened.append(open_db())
        except KioskError as error:
            window.hide()
            show_fatal_error(error.message)
            app.exit(1)
            return
        window.attach(opened[0])
        opened[0].watch_other_terminals()  # the office sees the stall's sales without a tap
        from kiosk.ui.devices import scale_monitor
        scale_monitor.start_from_settings(opened[0])  # no port set: nothing starts

    _AfterFirstFrame(window, open_now)
    show_window(window, kiosk_mode)
    try:
        return app.exec()
    finally:
        window.close()
        for db in opened:
            db.dispose()


def show_fatal_error(message: str) -> None:
    """A Thai message box, even before any window (e.g. the database will not open)."""
    app = ensure_app()
    try:
        LanguageManager.instance().apply("th")
    except Exception:  # noqa: BLE001 - the message matters more than the translator
        pass
    box = QMessageBox()
    box.setObjectName("fatal_error")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Talad Jompol kiosk"))
    box.setText(tr("The kiosk cannot start"))
    box.setInformativeText(message)
    ok = box.addButton(tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    ok.setMinimumSize(160, 56)
    box.setDefaultButton(ok)
    box.exec()
    app.processEvents()
