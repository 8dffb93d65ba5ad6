"""Start the GUI: the application, Sarabun, the theme, Thai, the sign-in window.

``run(db, kiosk_mode)`` is what ``kiosk run`` calls; ``build_main_window(db)``
builds the same window without entering the event loop (tests, benchmark);
``show_fatal_error(message)`` shows a Thai message before any window exists
(the database cannot be opened).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from kiosk.db import Database
from kiosk.services import auth, settings
from kiosk.services.auth import SignedIn
from kiosk.ui import theme
from kiosk.ui.i18n import tr
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.language import LanguageManager, apply_saved_language
from kiosk.ui.shell import Shell, make_context
from kiosk.ui.signin import SignInScreen

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

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.db = db
        self.shell: Shell | None = None
        self.who: SignedIn | None = None
        self.idle = IdleWatcher(self._idle_timeout_ms(), self)
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

    def _idle_timeout_ms(self) -> int:
        seconds = settings.read(self.db, "idle_sign_out_seconds")
        return max(1, int(seconds)) * 1000

    def open_shell(self, who: SignedIn) -> Shell:
        """After a good PIN: a new shell with its own DataBus."""
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


def run(db: Database, kiosk_mode: bool) -> int:
    """Show the sign-in window and run until it closes; the exit code."""
    app = ensure_app()
    window = build_main_window(db)
    db.watch_other_terminals()  # the office sees the stall's sales without a tap
    show_window(window, kiosk_mode)
    from kiosk.ui.devices import scale_monitor
    scale_monitor.start_from_settings(db)  # no port set: nothing starts
    return app.exec()


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
