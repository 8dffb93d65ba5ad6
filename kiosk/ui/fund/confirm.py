"""Confirmation before a fund action posts: a summary of what will be recorded,
and the safe choice as the default button (Enter or a stray tap does not post)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from kiosk.ui.dialogs import TouchDialog
from kiosk.ui.i18n import tr


class SummaryDialog(TouchDialog):
    def __init__(self, parent: QWidget | None, title: str, rows: list[tuple[str, str]],
                 yes: str, no: str, name: str = "fund_confirm") -> None:
        super().__init__(parent, title, accept_text=yes, reject_text=no, name=name)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        for caption, value in rows:
            label = QLabel(value, self)
            label.setWordWrap(True)
            label.setProperty("role", "strong")
            form.addRow(QLabel(caption, self), label)
        self.body.addLayout(form)
        # the safe answer is the default: Enter must not post money
        self.accept_button.setDefault(False)
        self.accept_button.setAutoDefault(False)
        self.reject_button.setDefault(True)
        self.reject_button.setFocus()


def ask(parent: QWidget | None, title: str, rows: list[tuple[str, str]],
        yes: str | None = None, no: str | None = None) -> bool:
    """True if the person confirms. Tests replace this function."""
    dialog = SummaryDialog(parent, title, rows, yes or tr("Yes, record it"),
                           no or tr("Go back"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def overpayment_dialog(parent: QWidget | None, message: str) -> TouchDialog:
    """"Correct the amount" is the default; taking the rest as a donation is a choice."""
    dialog = TouchDialog(parent, message, accept_text=tr("Take the rest as a donation"),
                         reject_text=tr("Change the amount"), name="fund_overpayment")
    dialog.accept_button.setDefault(False)
    dialog.accept_button.setAutoDefault(False)
    dialog.accept_button.setProperty("role", "")
    dialog.reject_button.setProperty("role", "primary")
    dialog.reject_button.setDefault(True)
    dialog.reject_button.setFocus()
    return dialog


def choose_overpayment(parent: QWidget | None, message: str) -> bool:
    """True to take the rest as a donation. Tests replace this function."""
    return overpayment_dialog(parent, message).exec() == QDialog.DialogCode.Accepted
