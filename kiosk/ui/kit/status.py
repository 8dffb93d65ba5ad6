"""StatusLabel: a form's message line, hidden until there is something to say,
then shown as a hint or as an error (theme.py styles both roles)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class StatusLabel(QLabel):
    """What the last action came to: ``say(text, error=...)``, ``hide_message()``."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str, error: bool = False) -> None:
        self.setText(text)
        self.setProperty("role", "error" if error else "hint")
        self.style().unpolish(self)  # the role's style applies at once
        self.style().polish(self)
        self.show()

    def hide_message(self) -> None:
        self.clear()
        self.hide()
