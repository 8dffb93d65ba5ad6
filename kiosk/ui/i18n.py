"""tr() for widgets, backed by Qt's compiled translations (assets/translations/*.qm).

Use it as ``from kiosk.ui.i18n import tr`` and call ``tr("English source")``:
pyside6-lupdate collects every ``tr("...")`` under the context
``QCoreApplication``, the same as the Qt-free ``kiosk.i18n.tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("QCoreApplication", text)
