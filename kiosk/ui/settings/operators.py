"""Settings > Operators: who can sign in, their role and PIN (admins only)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QVBoxLayout, QWidget)

from kiosk.errors import KioskError
from kiosk.services import auth, operators, people
from kiosk.services.auth import Role
from kiosk.services.operators import OperatorRow
from kiosk.topics import Topic
from kiosk.ui import dialogs
from kiosk.ui.context import AppContext
from kiosk.ui.kit.form_panel import FormPanel, fill_list
from kiosk.ui.i18n import tr

_ROLES = (Role.VENDOR, Role.STAFF, Role.ADMIN)


def _role_text(role: Role) -> str:
    return {Role.VENDOR: tr("Vendor (sells, plot tasks)"),
            Role.STAFF: tr("Staff (all but settings)"),
            Role.ADMIN: tr("Admin (everything)")}[role]


class OperatorsTab(QWidget):
    """The list on the left; on the right a form for a new or the chosen operator."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_operators")
        self.rows: list[OperatorRow] = []
        self._chosen: OperatorRow | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("operators_list")
        self.list.setStyleSheet("QListWidget::item { min-height: 52px; padding: 0 8px; }")
        self.list.currentRowChanged.connect(self._on_row)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("operators_new")
        self.new_button.clicked.connect(self.start_new)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)

        panel = FormPanel("operator", self)
        self.form_title, self.form, self.message = panel.title, panel.form, panel.message
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("operator_name")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("operator_role")
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("operator_pin")
        self.pin_again = QLineEdit(self)
        self.pin_again.setObjectName("operator_pin_again")
        for edit in (self.pin_edit, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(6)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.participant_combo = QComboBox(self)
        self.participant_combo.setObjectName("operator_participant")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("operator_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.active_button = QPushButton(self)
        self.active_button.setObjectName("operator_active")
        self.active_button.clicked.connect(self.toggle_active)

        self._labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self._labels, (self.name_edit, self.role_combo, self.pin_edit,
                                               self.pin_again, self.participant_combo)):
            self.form.addRow(label, field)
        panel.buttons.addWidget(self.active_button)
        panel.buttons.addStretch(1)
        panel.buttons.addWidget(self.save_button)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addWidget(panel, 5)

        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()
        self.start_new()

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        chosen_role = self.role_combo.currentData()
        self.role_combo.clear()
        for role in _ROLES:
            self.role_combo.addItem(_role_text(role), role.value)
        if chosen_role is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(chosen_role))
        self.new_button.setText(tr("+ New operator"))
        self.save_button.setText(tr("Save"))
        self.list.setAccessibleName(tr("Operators"))
        self._fill_list()
        self._fill_participants()
        self._show_form_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_form_state(self) -> None:
        new = self._chosen is None
        texts = (tr("Name on the sign-in screen"), tr("Role"),
                 tr("PIN (4-6 digits)") if new else tr("New PIN (leave empty to keep)"),
                 tr("PIN again"), tr("Participant (if they are one)"))
        for label, text, field in zip(self._labels, texts, (
                self.name_edit, self.role_combo, self.pin_edit, self.pin_again,
                self.participant_combo)):
            label.setText(text)
            field.setAccessibleName(text)
        self.form.setRowVisible(4, new)
        self.name_edit.setReadOnly(not new)
        self.active_button.setVisible(not new)
        if new:
            self.form_title.setText(tr("New operator"))
            self.active_button.setText(tr("Deactivate"))
        else:
            row = self._chosen
            self.form_title.setText(tr("Operator: {name}").format(name=row.name))
            self.active_button.setText(tr("Deactivate") if row.active else tr("Reactivate"))
            self.active_button.setProperty("role", "danger" if row.active else "")
            self.active_button.style().unpolish(self.active_button)
            self.active_button.style().polish(self.active_button)
        for button in (self.new_button, self.save_button, self.active_button):
            button.setAccessibleName(button.text())

    # -- data ------------------------------------------------------------------
    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & {Topic.OPERATORS, Topic.PARTICIPANTS, Topic.DEMO}:
            self.refresh()

    def refresh(self) -> None:
        if not self.ctx.who.is_admin:
            self.rows = []  # the shell shows Settings to admins only
        else:
            self.rows = operators.list_operators(self.ctx.db, self.ctx.who)
        if self._chosen is not None:
            self._chosen = next((r for r in self.rows if r.id == self._chosen.id), None)
        self._fill_list()
        self._fill_participants()
        self._show_form_state()

    def _fill_list(self) -> None:
        def text(row: OperatorRow) -> str:
            shown = f"{row.name}  ·  {operators.role_label(row.role)}"
            if not row.active:
                return shown + "  ·  " + tr("inactive")
            return shown + "  ·  " + tr("locked") if row.locked else shown

        fill_list(self.list, ((text(row), row.id, not row.active) for row in self.rows),
                  self._chosen.id if self._chosen is not None else None)

    def _fill_participants(self) -> None:
        chosen = self.participant_combo.currentData()
        linked = {r.participant_id for r in self.rows if r.participant_id}
        self.participant_combo.clear()
        self.participant_combo.addItem(tr("Not a participant"), None)
        for row in people.list_participants(self.ctx.db, include_inactive=False):
            if row.id not in linked:
                self.participant_combo.addItem(row.display_name, row.id)
        index = self.participant_combo.findData(chosen)
        self.participant_combo.setCurrentIndex(max(index, 0))

    def _on_row(self, number: int) -> None:
        if 0 <= number < len(self.rows):
            self.choose(self.rows[number])

    def choose(self, row: OperatorRow) -> None:
        self._chosen = row
        self.name_edit.setText(row.name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(row.role.value))
        self.pin_edit.clear()
        self.pin_again.clear()
        self._hide_message()
        self._show_form_state()

    def start_new(self) -> None:
        self._chosen = None
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.name_edit.clear()
        self.role_combo.setCurrentIndex(0)
        self.pin_edit.clear()
        self.pin_again.clear()
        self.participant_combo.setCurrentIndex(0)
        self._hide_message()
        self._show_form_state()

    # -- actions -----------------------------------------------------------------
    def save(self) -> bool:
        pin, again = self.pin_edit.text().strip(), self.pin_again.text().strip()
        role = Role(self.role_combo.currentData())
        try:
            if self._chosen is None or pin:
                auth.validate_pin(pin)
                if pin != again:
                    raise KioskError(tr("The two PINs are not the same. Please type them again."))
            if self._chosen is None:
                new_id = operators.create_operator(
                    self.ctx.db, self.ctx.who, self.name_edit.text(), role, pin,
                    participant_id=self.participant_combo.currentData())
                self._chosen = next(r for r in operators.list_operators(self.ctx.db, self.ctx.who)
                                    if r.id == new_id)
                done = tr("Operator added. They can sign in now.")
            else:
                done_parts = []
                if role is not self._chosen.role:
                    operators.change_role(self.ctx.db, self.ctx.who, self._chosen.id, role)
                    done_parts.append(tr("Role changed."))
                if pin:
                    operators.reset_pin(self.ctx.db, self.ctx.who, self._chosen.id, pin)
                    done_parts.append(tr("New PIN set."))
                done = " ".join(done_parts) or tr("Nothing to change.")
        except KioskError as error:
            self._show(error.message, error=True)
            return False
        self.refresh()
        if self._chosen is not None:
            self.choose(self._chosen)
        self._show(done, error=False)
        return True

    def toggle_active(self) -> None:
        row = self._chosen
        if row is None:
            return
        if row.active and not dialogs.confirm(
                self, tr("Deactivate {name}? They will no longer be able to sign in.").format(
                    name=row.name), yes=tr("Deactivate"), no=tr("Cancel")):
            return
        try:
            operators.set_active(self.ctx.db, self.ctx.who, row.id, not row.active)
        except KioskError as error:
            self._show(error.message, error=True)
            return
        self.refresh()
        if self._chosen is not None:
            self.choose(self._chosen)
        self._show(tr("Deactivated.") if row.active else tr("Active again."), error=False)

    def _show(self, text: str, error: bool) -> None:
        self.message.say(text, error)

    def _hide_message(self) -> None:
        self.message.hide_message()
