"""Touch-friendly message boxes: ``show_error``, ``show_info``, ``confirm``, ``ask_text``.

Call them through the module (``dialogs.confirm(self, ...)``) so a test can
replace one with ``monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)``
and no test ever opens a modal dialog for real.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from kiosk.ui.i18n import tr


#: room for a window manager's title bar and frame around a dialog
FRAME_PX = 40


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open ``dialog`` at width x height, but never larger than the screen (a 1024x768 kiosk),
    its title bar included."""
    area = dialog.screen().availableGeometry()
    dialog.resize(min(width, area.width() - FRAME_PX), min(height, area.height() - FRAME_PX))


class TouchDialog(QDialog):
    """A plain dialog: a message in large type and one or two big buttons."""

    def __init__(self, parent: QWidget | None, message: str, *, role: str = "",
                 accept_text: str, reject_text: str | None = None,
                 name: str = "dialog") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModal(True)
        self.setWindowTitle(tr("Talad Jompol kiosk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 24)
        layout.setSpacing(18)
        self.message = QLabel(message, self)
        self.message.setObjectName(f"{name}_message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", role or "subheading")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        if reject_text is not None:
            self.reject_button = QPushButton(reject_text, self)
            self.reject_button.setObjectName(f"{name}_cancel")
            self.reject_button.setAccessibleName(reject_text)
            self.reject_button.clicked.connect(self.reject)
            buttons.addWidget(self.reject_button)
        self.accept_button = QPushButton(accept_text, self)
        self.accept_button.setObjectName(f"{name}_ok")
        self.accept_button.setAccessibleName(accept_text)
        self.accept_button.setProperty("role", "primary")
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self.accept)
        buttons.addWidget(self.accept_button)
        for index in range(buttons.count()):
            buttons.itemAt(index).widget().setMinimumHeight(64)
        layout.addLayout(buttons)


def show_error(parent: QWidget | None, message: str) -> None:
    """Tell the person what went wrong and what to do; one OK button."""
    TouchDialog(parent, message, role="error", accept_text=tr("OK"), name="error_dialog").exec()


def show_info(parent: QWidget | None, message: str) -> None:
    TouchDialog(parent, message, accept_text=tr("OK"), name="info_dialog").exec()


def confirm(parent: QWidget | None, question: str, yes: str | None = None,
            no: str | None = None) -> bool:
    """Ask a yes/no question; True if the person chose yes."""
    dialog = TouchDialog(parent, question, accept_text=yes or tr("Yes"),
                         reject_text=no or tr("Cancel"), name="confirm_dialog")
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_text(parent: QWidget | None, question: str, text: str = "",
             placeholder: str = "") -> str | None:
    """Ask for a line of text; None if cancelled."""
    dialog = TouchDialog(parent, question, accept_text=tr("OK"), reject_text=tr("Cancel"),
                         name="ask_dialog")
    edit = QLineEdit(text, dialog)
    edit.setObjectName("ask_dialog_text")
    edit.setAccessibleName(question)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(56)
    dialog.body.addWidget(edit)
    edit.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.text().strip()
