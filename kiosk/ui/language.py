"""Thai or English at run time, without a restart.

Switching installs or removes the Thai ``QTranslator``; Qt then sends
``QEvent.LanguageChange`` to every widget and each one calls its
``retranslate()``. ``kiosk.i18n`` follows too, so messages that services
make (errors, dates) come out in the same language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk import i18n
from kiosk.paths import TRANSLATIONS

if TYPE_CHECKING:
    from kiosk.db import Database

QM_FILE = TRANSLATIONS / "kiosk_th.qm"


class LanguageManager(QObject):
    """The one translator of the application; ``changed(lang)`` after a switch."""

    changed = Signal(str)
    _instance: LanguageManager | None = None

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self._translator: QTranslator | None = None
        self._language = i18n.DEFAULT_LANGUAGE

    @classmethod
    def instance(cls) -> LanguageManager:
        app = QCoreApplication.instance()
        if cls._instance is None or cls._instance.parent() is not app:
            cls._instance = LanguageManager()
        return cls._instance

    def language(self) -> str:
        return self._language

    def apply(self, language: str) -> None:
        """Switch the running application to ``language`` ("th" or "en")."""
        if language not in i18n.LANGUAGES:
            language = i18n.DEFAULT_LANGUAGE
        i18n.set_language(language)  # first: retranslate() may format dates
        app = QCoreApplication.instance()
        wanted_thai = language == "th"
        if wanted_thai and self._translator is None:
            translator = QTranslator(self)
            if translator.load(str(QM_FILE)):
                self._translator = translator
                app.installTranslator(translator)  # sends LanguageChange
        elif not wanted_thai and self._translator is not None:
            app.removeTranslator(self._translator)  # sends LanguageChange
            self._translator.deleteLater()
            self._translator = None
        # Qt posts LanguageChange to the widgets; deliver it now so every text
        # has switched when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        changed = language != self._language
        self._language = language
        if changed:
            self.changed.emit(language)

    def choose(self, language: str) -> None:
        """A person picks a language for this session: nothing is written.

        The language the kiosk starts in (and returns to after a sign-out) is
        a setting that an admin changes in Settings.
        """
        self.apply(language)


def apply_saved_language(db: Database) -> str:
    """Switch to the language stored in the settings (Thai by default)."""
    from kiosk.services import settings
    try:
        language = settings.read(db, "language")
    except Exception:  # a database that cannot be read still gets Thai
        language = i18n.DEFAULT_LANGUAGE
    LanguageManager.instance().apply(language)
    return LanguageManager.instance().language()


class LanguageToggle(QWidget):
    """Two large buttons, ไทย and EN; each shows its language in that language.

    They switch this session's language only (see LanguageManager.choose)."""

    def __init__(self, db: Database, operator_id: int | None = None,
                 parent: QWidget | None = None, name: str = "language_toggle") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._db = db
        self._operator_id = operator_id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        for language, text, accessible in (("th", "ไทย", "ภาษาไทย"), ("en", "EN", "English")):
            button = QPushButton(text, self)
            button.setObjectName(f"{name}_{language}")
            button.setAccessibleName(accessible)
            button.setCheckable(True)
            button.setProperty("role", "lang")
            button.clicked.connect(lambda _=False, lang=language: self._choose(lang))
            self._group.addButton(button)
            layout.addWidget(button)
            self._buttons[language] = button
        manager = LanguageManager.instance()
        manager.changed.connect(self._show)
        self._show(manager.language())

    def button(self, language: str) -> QPushButton:
        return self._buttons[language]

    def _choose(self, language: str) -> None:
        LanguageManager.instance().choose(language)
        self._show(language)

    def _show(self, language: str) -> None:
        self._buttons[language].setChecked(True)
