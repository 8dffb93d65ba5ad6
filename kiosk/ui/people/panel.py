"""ParticipantsPanel: find, add and edit the programme's participants.

A standalone widget over an AppContext: the Settings screen shows it to
admins and the Fund screen embeds it for staff. National IDs are only ever
shown masked; typing a new one replaces the stored one. The privacy box under
the form records consent and holds the admin's PDPA actions.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from kiosk.dates import format_date_numeric, today
from kiosk.errors import KioskError
from kiosk.services import loan_views, people
from kiosk.services.people import ParticipantInput, ParticipantRow
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.named import named as _name
from kiosk.ui.kit.date_field import DateField
from kiosk.ui.kit.form_panel import FormPanel
from kiosk.ui.people.privacy_box import PrivacyBox
from kiosk.ui.people.table_model import ParticipantTableModel


class ParticipantsPanel(QWidget):
    """List with search on the left, the add/edit form on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("participants_panel")
        self._editing: ParticipantRow | None = None

        # -- the list --------------------------------------------------------
        self.search = QLineEdit(self)
        _name(self.search, "participants_search", "search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.show_inactive = QCheckBox(self)
        _name(self.show_inactive, "participants_show_inactive", "show inactive")
        self.show_inactive.setMinimumHeight(48)
        self.show_inactive.toggled.connect(self.refresh)
        self.model = ParticipantTableModel(self)
        self.table = QTableView(self)
        _name(self.table, "participants_table", "participants")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_chosen)
        self.add_button = QPushButton(self)
        _name(self.add_button, "participants_add", "add participant")
        self.add_button.clicked.connect(self.start_new)

        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addWidget(self.add_button)

        # -- the form --------------------------------------------------------
        right = FormPanel("participant", self)
        right.setObjectName("participant_form")
        self.form_title, self.form, self.message = right.title, right.form, right.message
        self.name_edit = QLineEdit(self)
        self.nickname_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.id_edit = QLineEdit(self)
        self.id_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.id_edit.setMaxLength(17)
        self.remove_id = QCheckBox(self)
        self.remove_id.setMinimumHeight(48)
        self.joined = DateField("participant_joined", self)
        self.notes_edit = QLineEdit(self)
        for widget, key in ((self.name_edit, "name"), (self.nickname_edit, "nickname"),
                            (self.phone_edit, "phone"), (self.id_edit, "national_id"),
                            (self.remove_id, "remove_id"), (self.notes_edit, "notes")):
            _name(widget, f"participant_{key}", key)
        self.save_button = QPushButton(self)
        _name(self.save_button, "participant_save", "save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.active_button = QPushButton(self)
        _name(self.active_button, "participant_active", "deactivate")
        self.active_button.setProperty("role", "danger")
        self.active_button.clicked.connect(self.toggle_active)

        self._labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(self._labels, (self.name_edit, self.nickname_edit,
                                               self.phone_edit, self.id_edit, self.joined,
                                               self.notes_edit)):
            self.form.addRow(label, field)
        self.form.insertRow(4, "", self.remove_id)
        right.buttons.addWidget(self.active_button)
        right.buttons.addStretch(1)
        right.buttons.addWidget(self.save_button)
        self.loans = QLabel(self)
        self.loans.setObjectName("participant_loans")
        self.loans.setWordWrap(True)
        right.add(self.loans)
        self.privacy = PrivacyBox(ctx, self)
        right.add(self.privacy)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(right, 2)

        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()
        self.start_new()

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Search by name, nickname or phone"))
        self.show_inactive.setText(tr("Show those who left"))
        self.add_button.setText(tr("+ New participant"))
        for label, text in zip(self._labels, (tr("Name (Thai)"), tr("Nickname"), tr("Phone"),
                                              tr("National ID"), tr("Joined on"), tr("Notes"))):
            label.setText(text)
        fields = (self.name_edit, self.nickname_edit, self.phone_edit, self.id_edit,
                  self.joined, self.notes_edit)
        for label, field in zip(self._labels, fields):
            field.setAccessibleName(label.text())
        self.search.setAccessibleName(self.search.placeholderText())
        self.table.setAccessibleName(tr("Participants"))
        self.phone_edit.setPlaceholderText("081-234-5678")
        self.remove_id.setText(tr("Remove the national ID"))
        self.save_button.setText(tr("Save"))
        for widget in (self.show_inactive, self.add_button, self.remove_id, self.save_button):
            widget.setAccessibleName(widget.text())
        self.joined.retranslate()
        self._show_form_state()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_loans(self) -> None:
        row = self._editing
        summaries = loan_views.loan_summaries(self.ctx.db, row.id) if row is not None else []
        if not summaries:
            self.loans.setText(tr("No loans.") if row is not None else "")
            return
        lines = [tr("Loans:")]
        for loan in summaries:
            if loan.written_off:
                state = tr("written off")
            elif loan.closed:
                state = tr("repaid")
            else:
                state = tr("owes {owed}").format(owed=loan.owed.format())
                if loan.next_due_on is not None:
                    state += ", " + tr("next due {date}").format(
                        date=format_date_numeric(loan.next_due_on))
                if loan.days_past_due:
                    state += ", " + tr("{n} days past due").format(n=loan.days_past_due)
            lines.append(f"{loan.number}: {state}")
        self.loans.setText("\n".join(lines))

    def _show_form_state(self) -> None:
        self._show_loans()
        row = self._editing
        self.privacy.show_row(row)
        if row is None:
            self.form_title.setText(tr("New participant"))
            self.id_edit.setPlaceholderText(tr("13 digits (optional)"))
            self.remove_id.hide()
            self.active_button.hide()
            return
        self.form_title.setText(tr("Edit: {name}").format(name=row.display_name))
        self.id_edit.setPlaceholderText(row.national_id_masked or tr("13 digits (optional)"))
        self.remove_id.setVisible(row.has_national_id)
        self.active_button.show()
        self.active_button.setText(tr("Mark as left") if row.active else tr("Bring back"))
        self.active_button.setAccessibleName(self.active_button.text())
        self.active_button.setProperty("role", "danger" if row.active else "")
        self.active_button.style().unpolish(self.active_button)
        self.active_button.style().polish(self.active_button)

    # -- data ----------------------------------------------------------------
    def _on_changed(self, topics: frozenset[str]) -> None:
        if "participants" in topics or "demo" in topics:
            self.refresh()
        elif topics & {"loans", "ledger"}:
            self._show_loans()

    def refresh(self) -> None:
        chosen = self._editing.id if self._editing else None
        rows = people.list_participants(self.ctx.db, self.search.text(),
                                        include_inactive=self.show_inactive.isChecked())
        self.model.set_rows(rows)
        if chosen is not None:
            for number, row in enumerate(rows):
                if row.id == chosen:
                    self._editing = row
                    selection = self.table.selectionModel()
                    selection.blockSignals(True)
                    self.table.selectRow(number)
                    selection.blockSignals(False)
                    self._show_form_state()
                    break

    def _on_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.model.rows):
            self.edit(self.model.rows[current.row()])

    def start_new(self) -> None:
        self._editing = None
        self.table.clearSelection()
        for edit in (self.name_edit, self.nickname_edit, self.phone_edit, self.id_edit,
                     self.notes_edit):
            edit.clear()
        self.remove_id.setChecked(False)
        self.joined.set_date(today())
        self._hide_message()
        self._show_form_state()
        self.name_edit.setFocus()

    def edit(self, row: ParticipantRow) -> None:
        self._editing = row
        self.name_edit.setText(row.name_th)
        self.nickname_edit.setText(row.nickname)
        self.phone_edit.setText(row.phone_display)
        self.id_edit.clear()
        self.remove_id.setChecked(False)
        self.joined.set_date(row.joined_on)
        self.notes_edit.setText(row.notes)
        self._hide_message()
        self._show_form_state()

    def _input(self) -> ParticipantInput:
        typed_id = self.id_edit.text().strip()
        if self._editing is None:
            national_id: str | None = typed_id
        elif typed_id:
            national_id = typed_id
        elif self.remove_id.isChecked():
            national_id = ""
        else:
            national_id = None  # keep what is stored
        return ParticipantInput(
            name_th=self.name_edit.text(), joined_on=self.joined.value(),
            nickname=self.nickname_edit.text(), phone=self.phone_edit.text(),
            national_id=national_id, notes=self.notes_edit.text())

    def save(self) -> bool:
        data = self._input()
        if data.joined_on is None:
            self._show_message(tr("That date does not exist. Please check the day."), error=True)
            return False
        try:
            if self._editing is None:
                new_id = people.create_participant(self.ctx.db, self.ctx.who, data)
                self._editing = people.get_participant(self.ctx.db, new_id)
            else:
                people.update_participant(self.ctx.db, self.ctx.who, self._editing.id, data)
        except KioskError as error:
            self._show_message(error.message, error=True)
            return False
        self.refresh()
        if self._editing is not None:
            self.edit(people.get_participant(self.ctx.db, self._editing.id))
        self._show_message(tr("Saved."), error=False)
        return True

    def toggle_active(self) -> None:
        if self._editing is None:
            return
        try:
            people.set_active(self.ctx.db, self.ctx.who, self._editing.id,
                              not self._editing.active)
        except KioskError as error:
            self._show_message(error.message, error=True)
            return
        self._editing = people.get_participant(self.ctx.db, self._editing.id)
        if not self._editing.active and not self.show_inactive.isChecked():
            self.refresh()
            self.start_new()
            self._show_message(tr("Marked as left. Tick \"Show those who left\" to see them."),
                               error=False)
            return
        self.refresh()
        self._show_form_state()

    # -- messages ------------------------------------------------------------
    def _show_message(self, text: str, error: bool) -> None:
        self.message.say(text, error)

    def _hide_message(self) -> None:
        self.message.hide_message()
