"""A dialog that asks an amount and/or a reason, then a staff PIN, then acts.

``check(amount)`` (optional) asks the service whether the amount can be
accepted BEFORE staff type a PIN. ``action(values)`` is the one service call
(it checks the PIN and audits) runs on a worker thread, touching no widget;
whatever it raises, the message shows (in a space kept for it, so no key
moves) and the PIN is asked again. Open it with
``open()``; ``done_with(result)`` is emitted on success. Escape closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QLabel, QLineEdit, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.money import Money
from kiosk.ui import actions
from kiosk.ui.actions import Outcome
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import Keypad, MessageLine
from kiosk.ui.kit.background import attempt_in_background
from kiosk.ui.screen import Retranslates


@dataclass(frozen=True)
class Approval:
    pin: str
    amount: Money | None = None
    reason: str = ""


def common_reasons() -> list[str]:
    return [tr("Wrong item"), tr("Wrong weight"), tr("Customer changed mind"),
            tr("Bad produce"), tr("Test sale")]


Text = str | Callable[[], str]  # a text, or a function giving it in the current language


def _say(text: Text) -> str:
    return text() if callable(text) else text


class StaffPinDialog(Retranslates, QDialog):
    """Pass ``title`` and ``amount_prompt`` as functions (``lambda: tr(...)``) and the
    open dialog follows a language switch."""

    done_with = Signal(object)  # whatever action returned

    def __init__(self, parent: QWidget | None, title: Text, action: Callable[[Approval], object],
                 *, amount_prompt: Text = "", ask_reason: bool = False, name: str = "approval",
                 check: Callable[[Money], object] | None = None,
                 db: Database | None = None, allow_zero: bool = False,
                 reasons: Callable[[], list[str]] = common_reasons) -> None:
        super().__init__(parent)
        self._reasons = reasons
        self.check = check
        self.allow_zero = allow_zero
        self.db = db
        self.setObjectName(f"{name}_dialog")
        self.setModal(True)
        self.title = title
        self.setMinimumWidth(480)
        self.action = action
        self.amount: Money | None = None
        self.checking = False  # the PIN and the action run on a worker thread
        self.reason = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        self.heading.setObjectName(f"{name}_heading")
        self.heading.setProperty("role", "subheading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        self.prompt = QLabel(self)
        self.prompt.setObjectName(f"{name}_prompt")
        self.prompt.setProperty("role", "hint")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.prompt)
        self.error = MessageLine(self, name=f"{name}_error")
        layout.addWidget(self.error)

        self.steps = QStackedWidget(self)
        layout.addWidget(self.steps)
        self._order: list[tuple[QWidget, Text]] = []
        if amount_prompt:
            self.amount_pad = Keypad(self, allow_decimal=True, max_length=9, name=f"{name}_amount",
                                     decimals=2)
            self.amount_pad.submitted.connect(self._amount_done)
            self._add_step(self.amount_pad, amount_prompt)
        if ask_reason:
            self._add_step(self._build_reasons(name), lambda: tr("Why?"))
        self.pin_pad = Keypad(self, masked=True, max_length=6, name=f"{name}_pin")
        self.pin_pad.submitted.connect(self._pin_done)
        self._add_step(self.pin_pad, lambda: tr("Staff PIN"))

        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(f"{name}_cancel")
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.cancel_button)
        self._go(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_say(self.title))
        self.heading.setText(_say(self.title))
        self.prompt.setText(_say(self._order[self.steps.currentIndex()][1]))
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel"))

    def _add_step(self, widget: QWidget, prompt: Text) -> None:
        self.steps.addWidget(widget)
        self._order.append((widget, prompt))

    def _build_reasons(self, name: str) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setSpacing(10)
        self.reason_buttons: list[QPushButton] = []
        for index, reason in enumerate(self._reasons()):
            button = QPushButton(reason, page)
            button.setObjectName(f"{name}_reason_{index}")
            button.setAccessibleName(reason)
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, r=reason: self._reason_done(r))
            grid.addWidget(button, index // 2, index % 2)
            self.reason_buttons.append(button)
        self.reason_edit = QLineEdit(page)
        self.reason_edit.setObjectName(f"{name}_reason_text")
        self.reason_edit.setAccessibleName(tr("Other reason"))
        self.reason_edit.setPlaceholderText(tr("Other reason…"))
        self.reason_edit.returnPressed.connect(lambda: self._reason_done(self.reason_edit.text()))
        row = (len(self.reason_buttons) + 1) // 2
        grid.addWidget(self.reason_edit, row, 0)
        other = QPushButton(tr("OK"), page)
        other.setObjectName(f"{name}_reason_ok")
        other.setAccessibleName(tr("OK"))
        other.setProperty("role", "primary")
        other.clicked.connect(lambda: self._reason_done(self.reason_edit.text()))
        grid.addWidget(other, row, 1)
        return page

    def _go(self, step: int) -> None:
        widget, prompt = self._order[step]
        self.steps.setCurrentIndex(step)
        self.prompt.setText(_say(prompt))
        widget.setFocus()

    def _next(self) -> None:
        self.error.show_message("")
        self._go(self.steps.currentIndex() + 1)

    def _amount_done(self, _text: str) -> None:
        def checked() -> Money:
            amount = Money.parse(self.amount_pad.number())
            if amount.satang < 0 or (amount.satang == 0 and not self.allow_zero):
                raise KioskError(tr("The amount must be more than zero."))
            if self.check is not None:
                self.check(amount)
            return amount

        outcome = actions.attempt(
            self.db, checked,
            show=lambda message: self.error.show_message(
                message, remake=lambda: actions.message_of(self.db, checked)))
        if outcome.ok:
            self.amount = outcome.value
            self._next()

    def _reason_done(self, reason: str) -> None:
        if not reason.strip():
            self._show(tr("Please give a reason."))
            return
        self.reason = reason.strip()
        self._next()

    def _pin_done(self, pin: str) -> None:
        if self.checking:
            return  # one check at a time: a second OK would count a second wrong PIN
        approval = Approval(pin=pin, amount=self.amount, reason=self.reason)
        self.checking = True
        self.setDisabled(True)
        self.error.show_message(tr("Checking the PIN…"), "checking",
                                remake=lambda: tr("Checking the PIN…"))
        # a wrong PIN is hashed against every staff member (~50 ms each): off the UI thread
        attempt_in_background(self.db, lambda: self.action(approval), self._pin_checked,
                              receiver=self)

    def _pin_checked(self, outcome: Outcome) -> None:
        self.checking = False
        self.setDisabled(False)
        if not outcome.ok:
            self._show(outcome.message)
            self.pin_pad.clear()
            self.pin_pad.setFocus()
            return
        self.error.show_message("")
        self.done_with.emit(outcome.value)
        self.accept()

    def reject(self) -> None:
        if not self.checking:  # the action may be committing: its answer must be heard
            super().reject()

    def _show(self, message: str) -> None:
        self.error.show_message(message)
