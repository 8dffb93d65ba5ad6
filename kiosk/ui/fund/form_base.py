"""The base of the fund's forms. Each one validates as it is filled: the Post button
stays disabled, with the reason shown beside it, until every field is valid."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from kiosk.dates import format_date_numeric, today
from kiosk.errors import KioskError
from kiosk.money import Money
from kiosk.services import confirm_rules, fund, loan_views
from kiosk.ui import actions, dialogs
from kiosk.ui.context import AppContext
from kiosk.ui.fund import confirm
from kiosk.ui.kit.named import named as name
from kiosk.ui.i18n import tr
from kiosk.ui.kit.background import attempt_in_background
from kiosk.ui.kit.date_field import DateField


Label = Callable[[], str]  # a field's caption, translated when called


class Invalid(Exception):
    """A field is not valid yet; the message says why."""


class Cancelled(Exception):
    """The person chose not to record it; the message says what to do instead."""


class FundForm(QWidget):
    key = "form"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"fund_form_{self.key}")
        self.idempotency_key = uuid.uuid4().hex
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subheading")
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.hint = QLabel(self)
        self.hint.setObjectName(f"fund_{self.key}_hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.post_button = QPushButton(self)
        self.post_button.setProperty("role", "primary")
        self.post_button.setMinimumHeight(60)
        self.post_button.setMinimumWidth(200)
        self.post_button.clicked.connect(self.post)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.post_button)
        self.extra = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        # the fields, and beside them what a form shows (a schedule); below them when
        # the page is too narrow for both side by side (1024x768)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(self.form, 1)
        self.body.addLayout(self.extra, 1)
        layout.addLayout(self.body)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self._labels: list[tuple[QLabel, Label]] = []
        self._pair_labels: list[tuple[QWidget, Label, QWidget, Label]] = []
        self._built = False  # fields fire signals while the subclass is still adding them
        self.posting = False  # a post running off the UI thread: no second one meanwhile

    # -- fitting the page -------------------------------------------------------------
    def _side_by_side_width(self) -> int:
        """The narrowest width that shows the fields and the extra part side by side."""
        margins = self.layout().contentsMargins()
        return (self.form.minimumSize().width() + self.body.spacing()
                + self.extra.minimumSize().width() + margins.left() + margins.right())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as the fields alone: the extra part moves below them when needed."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        narrow = (max(self.form.minimumSize().width(), self.extra.minimumSize().width())
                  + margins.left() + margins.right())
        return QSize(max(narrow, self.heading.minimumSizeHint().width()), hint.height())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        # a form not on show (its stack asks them all) must not make the page taller
        return -1 if self.isHidden() else super().heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        wide = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        super().resizeEvent(event)

    # -- building -------------------------------------------------------------------
    def _row(self, widget: QWidget, object_name: str, label: Label) -> QWidget:
        """Add a field; ``label`` gives its translated caption (called in retranslate())."""
        widget.setObjectName(f"fund_{self.key}_{object_name}")
        widget.setMinimumHeight(50)
        caption = QLabel(self)
        self._labels.append((caption, label))
        self.form.addRow(caption, widget)
        for signal in ("textChanged", "currentIndexChanged", "valueChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_: self.validate())
        if isinstance(widget, DateField):
            for combo in (widget.day, widget.month, widget.year):
                combo.currentIndexChanged.connect(lambda *_: self.validate())
        return widget

    def _pair(self, first: QWidget, first_name: str, second: QWidget, second_name: str,
              label: Label, second_label: Label) -> None:
        """Two fields on one row (saves height on a 800 px screen)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, object_name in ((first, first_name), (second, second_name)):
            widget.setObjectName(f"fund_{self.key}_{object_name}")
            widget.setMinimumHeight(50)
            row.addWidget(widget, 1)
            for signal in ("textChanged", "currentIndexChanged", "valueChanged"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(lambda *_: self.validate())
        caption = QLabel(self)
        self._labels.append((caption, label))
        self._pair_labels.append((first, label, second, second_label))
        self.form.addRow(caption, box)

    def line(self, object_name: str, label: Label) -> QLineEdit:
        return self._row(QLineEdit(self), object_name, label)  # type: ignore[return-value]

    def combo(self, object_name: str, label: Label) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return self._row(combo, object_name, label)  # type: ignore[return-value]

    def date_field(self, object_name: str, label: Label) -> DateField:
        return self._row(DateField(f"fund_{self.key}_{object_name}", self), object_name, label)  # type: ignore[return-value]

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for caption, source in self._labels:
            caption.setText(source())
        for first, label, second, second_label in self._pair_labels:
            first.setAccessibleName(label())
            second.setAccessibleName(second_label())
        for i in range(self.form.rowCount()):
            caption = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if caption and field and caption.widget() and field.widget():
                field.widget().setAccessibleName(caption.widget().text())
        name(self.post_button, f"fund_{self.key}_post", self.post_text())
        self.post_button.setText(self.post_text())
        for field in self.findChildren(DateField):
            field.retranslate()
        self._built = True
        self.fill_choices()
        self.validate()

    # -- for subclasses ---------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def post_text(self) -> str:
        return tr("Post")

    def fill_choices(self) -> None:
        """Fill drop-downs from the database (on show and after each change)."""

    def check(self) -> None:
        """Raise Invalid(reason) while the form is not ready to post."""

    def submit(self) -> str:
        """Post; return what to tell the person."""
        raise NotImplementedError

    def prepared(self) -> Callable[[], str] | None:
        """A post slow enough to freeze the screen (a staff PIN hashed against every staff
        member) reads its fields here, on the UI thread, and returns the service call to run
        on a worker; None: ``submit`` runs here."""
        return None

    def clear(self) -> None:
        """Empty the fields after a successful post."""

    def confirm_action(self) -> tuple[str, Money | None] | None:
        """(action, amount) for ``confirm_rules``; None: this form never asks."""
        return None

    def summary(self) -> list[tuple[str, str]]:
        """What will be recorded, row by row, as the form shows it (the PIN left out)."""
        rows = []
        for i in range(self.form.rowCount()):
            caption = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if not (caption and field and caption.widget() and field.widget()):
                continue
            widget = field.widget()
            # a pair of fields sits in a plain box
            parts = ([w for w in widget.children() if isinstance(w, QWidget)]
                     if type(widget) is QWidget else [widget])
            texts = []
            for part in parts:
                if isinstance(part, QLineEdit):
                    if part.echoMode() != QLineEdit.EchoMode.Normal:
                        continue
                    texts.append(part.text().strip())
                elif isinstance(part, QComboBox):
                    texts.append(part.currentText())
                elif isinstance(part, QSpinBox):
                    texts.append(part.text())
                elif isinstance(part, DateField):
                    day = part.value()
                    texts.append(format_date_numeric(day) if day else "")
            text = "  ".join(t for t in texts if t)
            if text:
                rows.append((caption.widget().text(), text))
        return rows

    # -- shared helpers ---------------------------------------------------------------------
    @staticmethod
    def money(field: QLineEdit, what: str) -> Money:
        if not field.text().strip():
            raise Invalid(tr("Enter the {what}.").format(what=what))
        try:
            amount = Money.parse(field.text())
        except KioskError as error:
            raise Invalid(error.message) from error
        if not amount:
            raise Invalid(tr("The amount must be more than zero."))
        return amount

    @staticmethod
    def day(field: DateField) -> date:
        value = field.value()
        if value is None:
            raise Invalid(tr("That date does not exist."))
        if value > today():
            raise Invalid(tr("The date cannot be in the future."))
        return value

    @staticmethod
    def required(field: QLineEdit, message: str) -> str:
        if not field.text().strip():
            raise Invalid(message)
        return field.text().strip()

    @staticmethod
    def service_check(check: Callable[..., object], *args: object) -> None:
        """Run a service's own check: its message becomes the form's reason."""
        try:
            check(*args)
        except KioskError as error:
            raise Invalid(error.message) from error

    @staticmethod
    def fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        combo.blockSignals(False)

    def participants(self, combo: QComboBox) -> None:
        self.fill(combo, [(p.id, p.name) for p in fund.participants(self.ctx.db)])

    def open_loans(self, combo: QComboBox) -> None:
        self.fill(combo, [(s.id, tr("{number} {name} (owes {owed})").format(
            number=s.number, name=s.participant_name, owed=s.owed.format()))
            for s in loan_views.loan_summaries(self.ctx.db, open_only=True)])

    def add_owed_note(self) -> QLabel:
        """A line above the buttons that says what is owed (repayment and payout forms)."""
        note = QLabel(self)
        note.setObjectName(f"fund_{self.key}_owed")
        note.setWordWrap(True)
        note.setProperty("role", "subheading")
        self.extra.addWidget(note)
        self.extra.addStretch(1)
        return note

    def sources(self, combo: QComboBox, with_promptpay: bool = False) -> None:
        items = [("cash", tr("Cash drawer")), ("bank", tr("Bank account"))]
        if with_promptpay:
            items.append(("promptpay", tr("PromptPay")))
        self.fill(combo, items)

    # -- behaviour ------------------------------------------------------------------------
    def validate(self) -> bool:
        if not self._built or self.posting:
            return False
        try:
            self.check()
        except Invalid as why:
            self.hint.setText(str(why))
            self.hint.setProperty("role", "muted")
            self.post_button.setEnabled(False)
            return False
        self.hint.setText(tr("Ready to post."))
        self.post_button.setEnabled(True)
        return True

    def _failed(self, message: str) -> None:
        self.hint.setText(message)
        dialogs.show_error(self, message)

    def post(self) -> None:
        if not self.validate():
            return
        action = self.confirm_action()
        if action is not None and confirm_rules.needs_confirmation(*action):
            if not confirm.ask(self, self.title(), self.summary(), yes=self.post_text()):
                self.hint.setText(tr("Nothing was recorded."))
                return
        call = self.prepared()
        if call is not None:
            self.posting = True
            self.post_button.setDisabled(True)
            self.hint.setText(tr("Checking the PIN…"))
            attempt_in_background(self.ctx.db, call, self._posted_in_background, receiver=self)
            return

        def work() -> str | Cancelled:
            try:
                return self.submit()
            except Cancelled as why:  # the person chose; not a failure
                return why

        outcome = actions.attempt(self.ctx.db, work, show=self._failed,
                                  busy=self.post_button.setDisabled)
        self._posted(outcome)

    def _posted_in_background(self, outcome: actions.Outcome[str]) -> None:
        self.posting = False
        self.post_button.setEnabled(True)
        if not outcome.ok:
            self._failed(outcome.message)
            return
        self._posted(outcome)

    def _posted(self, outcome: actions.Outcome[str | Cancelled]) -> None:
        if not outcome.ok:
            return
        if isinstance(outcome.value, Cancelled):
            self.hint.setText(str(outcome.value))
            return
        message = str(outcome.value)
        self.idempotency_key = uuid.uuid4().hex
        self.clear()
        self.fill_choices()
        self.validate()
        self.hint.setText(message)
