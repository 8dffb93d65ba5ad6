"""The base of every screen in the shell (Sale, Plot, Fund, Reports, Settings)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr


class Retranslates:
    """Mix into a QWidget or QDialog: ``retranslate()`` runs on every language switch.

    ``class WeightDialog(Retranslates, QDialog)``: an open dialog follows the
    ไทย/EN buttons like the screens do.
    """

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def size_to_current_page(stack: QStackedWidget) -> None:
    """Let ``stack`` need only the room of the page on show.

    A QStackedWidget asks for the largest of ALL its pages, so a tall hidden
    page (the cash page with its split button) made the PromptPay page scroll.
    """
    def follow(current: int) -> None:
        for index in range(stack.count()):
            page = stack.widget(index)
            policy = QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        stack.updateGeometry()

    stack.currentChanged.connect(follow)
    follow(stack.currentIndex())


class Screen(QWidget):
    """A screen gets its context, sets its texts in ``retranslate`` and refreshes
    on ``on_data_changed``. It never holds a database session."""

    #: objectName of the screen, also used by the shell's navigation
    key = "screen"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"{self.key}_screen")
        ctx.bus.changed.connect(self._on_bus_changed)

    def title(self) -> str:
        """The screen's name in the navigation, translated."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text again (called on a language change)."""

    def on_data_changed(self, topics: frozenset[str]) -> None:
        """Refresh what depends on ``topics``."""

    def on_shown(self) -> None:
        """Called each time the shell switches to this screen."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_bus_changed(self, topics: frozenset[str]) -> None:
        self.on_data_changed(topics)


class PlaceholderScreen(Screen):
    """A plain screen for a part a later issue fills in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self._heading = QLabel(self)
        self._heading.setObjectName(f"{self.key}_heading")
        self._heading.setProperty("role", "heading")
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        for label in (self._heading, self._body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self._heading)
        layout.addWidget(self._body)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._body.setText(tr("This part of the kiosk is being built."))
