"""Adding and closing accounts on the Fund screen's Accounts tab.

``AccountForm`` is the "New account" dialog: Save stays disabled, with the
reason shown, until the code, the Thai name and the type are valid.
``AccountActions`` is the row of buttons under the account list (new account,
close account). An account is never deleted, only closed.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget)

from kiosk.errors import KioskError
from kiosk.services import fund
from kiosk.ui import dialogs
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.named import named as _name
from kiosk.ui.theme import GREEN, GREEN_DARK


class AccountsHost(Protocol):
    """What the buttons need of the Accounts tab (kiosk.ui.fund.journal), which holds them."""

    ctx: AppContext
    accounts_model: Any  # its ``rows`` are fund.accounts' rows
    accounts_view: QTableView
    chosen: int | None

    def refresh(self) -> None: ...


TYPES = ("asset", "liability", "equity", "income", "expense")
CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*")
CODE_MAX = 20  # ledger_accounts.code is String(20)
NAME_MAX = 120  # name_th, name_en are String(120)


def type_text(type_: str) -> str:
    return {"asset": tr("Asset"), "liability": tr("Liability"), "equity": tr("Capital"),
            "income": tr("Income"), "expense": tr("Expense")}.get(type_, type_)


def type_help(type_: str) -> str:
    return {"asset": tr("Money or things the fund has, or money owed to the fund."),
            "liability": tr("Money the fund owes to someone."),
            "equity": tr("The fund's own capital."),
            "income": tr("Money the fund earns or receives."),
            "expense": tr("Money the fund spends or gives away.")}.get(type_, "")


class AccountForm(QDialog):
    """The "New account" dialog; ``created(account_id)`` after a save."""

    created = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("fund_account_form")
        self.setModal(True)
        self.setMinimumWidth(760)
        self.setStyleSheet(
            f"QPushButton[role=\"account_type\"] {{ min-height: 64px; font-size: 22px; }}"
            f"QPushButton[role=\"account_type\"]:checked {{ background: {GREEN}; color: white;"
            f" border-color: {GREEN_DARK}; }}")
        self.account_id: int | None = None
        self.used_codes = {a.code.casefold() for a in fund.accounts(ctx.db)}
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subheading")
        self.code = QLineEdit(self)
        self.name_th = QLineEdit(self)
        self.name_en = QLineEdit(self)
        for field in (self.code, self.name_th, self.name_en):
            field.setMinimumHeight(56)
            field.textChanged.connect(lambda _t: self.validate())
        self.code.setMaxLength(CODE_MAX + 1)  # one more, so the hint can say it is too long
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.captions = [QLabel(self) for _ in range(4)]
        self.form.addRow(self.captions[0], self.code)
        self.form.addRow(self.captions[1], self.name_th)
        self.form.addRow(self.captions[2], self.name_en)
        self.types = QButtonGroup(self)
        self.types.setExclusive(True)
        self.type_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, type_ in enumerate(TYPES):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setProperty("role", "account_type")
            button.setObjectName(f"fund_account_type_{type_}")
            self.types.addButton(button)
            self.type_buttons[type_] = button
            grid.addWidget(button, index // 3, index % 3)
        self.types.buttonToggled.connect(lambda *_: self.validate())
        types_box = QWidget(self)
        types_box.setLayout(grid)
        self.form.addRow(self.captions[3], types_box)
        self.type_note = QLabel(self)
        self.type_note.setObjectName("fund_account_type_note")
        self.type_note.setWordWrap(True)
        self.type_note.setProperty("role", "muted")
        self.form.addRow("", self.type_note)
        self.hint = QLabel(self)
        self.hint.setObjectName("fund_account_hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setMinimumHeight(64)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumHeight(64)
        self.save_button.setMinimumWidth(200)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("New account"))
        self.heading.setText(tr("New account"))
        captions = (tr("Code"), tr("Name in Thai"), tr("Name in English (optional)"), tr("Type"))
        for caption, text in zip(self.captions, captions, strict=True):
            caption.setText(text)
        _name(self.code, "fund_account_code", tr("Code"))
        self.code.setPlaceholderText(tr("e.g. 5100"))
        _name(self.name_th, "fund_account_name_th", tr("Name in Thai"))
        _name(self.name_en, "fund_account_name_en", tr("Name in English (optional)"))
        for type_, button in self.type_buttons.items():
            button.setText(type_text(type_))
            button.setAccessibleName(type_text(type_))
        _name(self.cancel_button, "fund_account_cancel", tr("Cancel"))
        self.cancel_button.setText(tr("Cancel"))
        _name(self.save_button, "fund_account_save", tr("Save"))
        self.save_button.setText(tr("Save"))
        self.validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_type(self) -> str | None:
        return next((t for t, b in self.type_buttons.items() if b.isChecked()), None)

    def problem(self) -> str:
        """Why the account cannot be saved yet; "" when it can."""
        code = self.code.text().strip()
        if not code:
            return tr("Enter the account's code.")
        if len(code) > CODE_MAX or not CODE.fullmatch(code):
            return tr("The code is up to 20 letters, digits or dashes, without spaces.")
        if code.casefold() in self.used_codes:
            return tr("An account with this code already exists.")
        name_th = self.name_th.text().strip()
        if not name_th:
            return tr("Enter the account's name in Thai.")
        if len(name_th) > NAME_MAX or len(self.name_en.text().strip()) > NAME_MAX:
            return tr("A name is at most 120 letters.")
        if self.chosen_type() is None:
            return tr("Choose the account's type.")
        return ""

    def validate(self) -> bool:
        chosen = self.chosen_type()
        self.type_note.setText(type_help(chosen) if chosen else "")
        reason = self.problem()
        self.hint.setProperty("role", "muted")
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        self.hint.setText(reason or tr("Ready to save."))
        self.save_button.setEnabled(not reason)
        return not reason

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self.account_id = fund.add_account(
                self.ctx.db, code=self.code.text().strip(), name_th=self.name_th.text().strip(),
                name_en=self.name_en.text().strip(), type_=self.chosen_type() or "",
                operator_id=self.ctx.who.operator_id)
        except KioskError as error:  # e.g. someone else took the code meanwhile
            self.hint.setText(error.message)
            self.hint.setProperty("role", "error")
            self.hint.style().unpolish(self.hint)
            self.hint.style().polish(self.hint)
            self.save_button.setEnabled(False)
            self.used_codes = {a.code.casefold() for a in fund.accounts(self.ctx.db)}
            return
        self.created.emit(self.account_id)
        self.accept()


class AccountActions(QWidget):
    """New account and Close account, under the Accounts tab's list."""

    def __init__(self, tab: AccountsHost) -> None:
        super().__init__(tab)  # the Accounts tab, a QWidget
        self.tab = tab
        self.ctx = tab.ctx
        self.setObjectName("fund_account_actions")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # the theme's danger colour would make a disabled Close look usable
        self.setStyleSheet("QPushButton[role=\"danger\"]:disabled { color: #9AA59B;"
                           " border-color: #D5DDD5; background: #F1F3F0; }")
        self.form: AccountForm | None = None
        self.new_button = QPushButton(self)
        self.new_button.setProperty("role", "primary")
        self.new_button.setMinimumHeight(56)
        self.new_button.clicked.connect(self.new_account)
        self.close_button = QPushButton(self)
        self.close_button.setProperty("role", "danger")
        self.close_button.setMinimumHeight(56)
        self.close_button.clicked.connect(self.close_account)
        self.hint = QLabel(self)
        self.hint.setObjectName("fund_account_actions_hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.message = ""  # the outcome of the last action, shown until the choice changes
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_button)
        row.addWidget(self.close_button)
        row.addWidget(self.hint, 1)
        staff = self.ctx.who.is_staff
        self.new_button.setVisible(staff)
        self.close_button.setVisible(staff)
        # someone looking for "delete" is told why there is none
        self.delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), tab.accounts_view)
        self.delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_key.activated.connect(self._no_delete)
        tab.accounts_model.modelReset.connect(self.update_state)
        tab.accounts_view.selectionModel().currentRowChanged.connect(self._chosen_changed)
        self.retranslate()

    def retranslate(self) -> None:
        _name(self.new_button, "fund_account_new", tr("New account"))
        self.new_button.setText(tr("New account"))
        _name(self.close_button, "fund_account_close", tr("Close account"))
        self.close_button.setText(tr("Close account"))
        self.message = ""
        self.update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> fund.AccountRow | None:
        return next((a for a in self.tab.accounts_model.rows if a.id == self.tab.chosen), None)

    def _chosen_changed(self, *_: object) -> None:
        self.message = ""
        self.update_state()

    def update_state(self) -> None:
        account = self.chosen()
        reason = ""
        if account is None:
            reason = tr("Choose an account to close it.")
        elif account.closed:
            reason = tr("This account is closed: it takes no new entries.")
        self.close_button.setEnabled(self.ctx.who.is_staff and not reason)
        never = tr("Accounts are never deleted, only closed.")
        self.hint.setText(" ".join(t for t in (self.message or reason, never) if t))

    def _no_delete(self) -> None:
        self.message = tr("An account cannot be deleted; close it when it is no longer used.")
        self.update_state()

    # -- actions ------------------------------------------------------------------------
    def new_account(self) -> AccountForm:
        """Open the New account dialog (window-modal, so the kiosk keeps running)."""
        if self.form is not None:
            self.form.deleteLater()  # the last one, closed by now
        self.form = AccountForm(self.ctx, self.window())
        self.form.created.connect(self._created)
        self.form.open()
        return self.form

    def _created(self, account_id: int) -> None:
        self.tab.refresh()
        rows = self.tab.accounts_model.rows
        index = next((i for i, a in enumerate(rows) if a.id == account_id), None)
        if index is not None:
            self.tab.accounts_view.selectRow(index)
            self.tab.accounts_view.scrollTo(self.tab.accounts_model.index(index, 0))
        account = self.chosen()
        self.message = tr("Account {code} added.").format(code=account.code if account else "")
        self.update_state()

    def close_account(self) -> None:
        account = self.chosen()
        if account is None or account.closed:
            return
        question = tr("Close the account {code} {name}? It will take no new entries; "
                      "its history is kept.").format(code=account.code, name=account.name)
        if not dialogs.confirm(self, question, yes=tr("Close account"), no=tr("Cancel")):
            return
        try:
            fund.close_account(self.ctx.db, account.id, self.ctx.who.operator_id,
                               expected_version=account.version)
        except KioskError as error:
            self.tab.refresh()  # changed by someone else: show it as it now is
            self.message = error.message
            self.update_state()
            dialogs.show_error(self, error.message)
            return
        self.tab.refresh()
        self.message = tr("Account {code} is closed.").format(code=account.code)
        self.update_state()
