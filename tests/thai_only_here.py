"""A fixture: the Thai translator installed for one test only, and removed after it.

Unlike ui_helpers.thai_afterwards it leaves the application as it found it,
so the tests that follow still see the English source texts.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from kiosk import i18n
from kiosk.ui.language import QM_FILE


@pytest.fixture
def thai_here(qapp):
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    qapp.installTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    with i18n.language("th"):
        yield
    qapp.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
