"""The journal (filter, open an entry, reverse it) and account statements."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from kiosk.dates import format_date, today
from kiosk.services import confirm_rules, fund, fund_postings, journal_text
from kiosk.ui import actions
from kiosk.ui.fund import confirm
from kiosk.ui.context import AppContext
from kiosk.ui.fund.account_form import AccountActions
from kiosk.ui.i18n import tr
from kiosk.ui.kit.named import named as name
from kiosk.ui.kit.rows_model import RowsModel

def kind_text(kind: str) -> str:
    return {"sale": tr("Sale"), "refund": tr("Refund"), "donation": tr("Donation"),
            "grant": tr("Grant"), "loan": tr("Loan"), "repayment": tr("Repayment"),
            "payout": tr("Payout"), "reversal": tr("Reversal"), "write_off": tr("Write-off"),
            }.get(kind, kind)


def entry_text(row: fund.EntryRow) -> str:
    """An entry's description in the current language."""
    return journal_text.describe(row.description, row.kind)


def table(parent: QWidget, model: QAbstractTableModel, object_name: str, accessible: str) -> QTableView:
    view = QTableView(parent)
    name(view, object_name, accessible)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().setDefaultSectionSize(44)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def stretch(view: QTableView, column: int) -> None:
    """``column`` (a description) takes the room left and is elided, so the figures
    beside it (amounts, credits, balances) always show in full."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)


class JournalTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("fund_journal")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(52)
        self.account = QComboBox(self)
        self.account.setMinimumHeight(52)
        self.participant = QComboBox(self)
        self.participant.setMinimumHeight(52)
        for combo in (self.account, self.participant):  # long names must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        filters = QHBoxLayout()
        for widget in (self.search, self.account, self.participant):
            filters.addWidget(widget, 1)
        self.model = RowsModel([
            (lambda: tr("No."), lambda r: str(r.id)),
            (lambda: tr("Date"), lambda r: format_date(r.on)),
            (lambda: tr("Type"), lambda r: kind_text(r.kind)),
            (lambda: tr("Description"), lambda r: entry_text(r) + (
                "  " + tr("(reversed by {n})").format(n=r.reversed_by) if r.reversed_by else "")),
            (lambda: tr("Amount"), lambda r: r.amount.format()),
        ], self)
        self.view = table(self, self.model, "fund_journal_table", "journal")
        stretch(self.view, 3)
        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("fund_entry_title")
        self.detail_title.setWordWrap(True)
        self.detail_title.setProperty("role", "subheading")
        self.lines_model = RowsModel([
            (lambda: tr("Account"), lambda l: f"{l.account_code} {l.account_name}"),
            (lambda: tr("Debit"), lambda l: l.debit.format() if l.debit else ""),
            (lambda: tr("Credit"), lambda l: l.credit.format() if l.credit else ""),
            (lambda: tr("Loan"), lambda l: l.loan_number),
        ], self)
        self.lines = table(self, self.lines_model, "fund_entry_lines", "lines")
        stretch(self.lines, 0)
        self.reason = QLineEdit(self)
        self.reason.setMinimumHeight(52)
        self.reverse_button = QPushButton(self)
        self.reverse_button.setMinimumHeight(56)
        self.reverse_button.setProperty("role", "danger")
        self.reverse_hint = QLabel(self)
        self.reverse_hint.setObjectName("fund_reverse_hint")
        self.reverse_hint.setProperty("role", "muted")
        self.reverse_hint.setWordWrap(True)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.lines, 1)
        reverse_row = QHBoxLayout()
        reverse_row.addWidget(self.reason, 1)
        reverse_row.addWidget(self.reverse_button)
        detail_layout.addLayout(reverse_row)
        detail_layout.addWidget(self.reverse_hint)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(detail)
        split.setSizes([640, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self.current: fund.EntryDetail | None = None
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.account.currentIndexChanged.connect(lambda _i: self.refresh())
        self.participant.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view.selectionModel().currentRowChanged.connect(self._open)
        self.reason.textChanged.connect(lambda _t: self._update_reverse())
        self.reverse_button.clicked.connect(self.reverse)
        self.retranslate()

    def retranslate(self) -> None:
        name(self.search, "fund_journal_search", tr("Search description or reference"))
        self.search.setPlaceholderText(tr("Search description or reference"))
        name(self.account, "fund_journal_account", tr("Account"))
        name(self.participant, "fund_journal_participant", tr("Participant"))
        name(self.reason, "fund_reverse_reason", tr("Reason for the reversal"))
        self.reason.setPlaceholderText(tr("Reason for the reversal"))
        name(self.reverse_button, "fund_reverse", tr("Reverse entry"))
        self.reverse_button.setText(tr("Reverse entry"))
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        for combo, items, everyone in (
                (self.account, [(a.id, f"{a.code} {a.name}") for a in fund.accounts(self.ctx.db)],
                 tr("All accounts")),
                (self.participant, [(p.id, p.name) for p in fund.participants(self.ctx.db)],
                 tr("All participants"))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for item_id, text in items:
                combo.addItem(text, item_id)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def refresh(self) -> None:
        rows = fund.journal(self.ctx.db, account_id=self.account.currentData(),
                            participant_id=self.participant.currentData(), text=self.search.text())
        self.model.set_rows(rows)
        if self.current is not None:
            self.show_entry(self.current.row.id)
        else:
            self._update_reverse()

    def _open(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_entry(self.model.rows[current.row()].id)

    def show_entry(self, entry_id: int) -> None:
        self.current = fund.entry_detail(self.ctx.db, entry_id)
        row = self.current.row
        text = tr("Entry {n}, {date}: {description}").format(
            n=row.id, date=format_date(row.on), description=entry_text(row))
        if row.reverses:
            text += "\n" + tr("Reverses entry {n}").format(n=row.reverses)
        if row.reversed_by:
            text += "\n" + tr("Reversed by entry {n}").format(n=row.reversed_by)
        self.detail_title.setText(text)
        self.lines_model.set_rows(list(self.current.lines))
        self._update_reverse()

    def _update_reverse(self) -> None:
        reason = ""
        if self.current is None:
            reason = tr("Choose an entry to see its lines.")
        elif self.current.row.reversed_by or self.current.row.reverses:
            reason = tr("This entry cannot be reversed again.")
        elif not self.reason.text().strip():
            reason = tr("Write the reason to reverse this entry.")
        self.reverse_button.setEnabled(not reason)
        self.reverse_hint.setText(reason)

    def reverse(self) -> None:
        if self.current is None:
            return
        row = self.current.row
        if confirm_rules.needs_confirmation("reversal") and not confirm.ask(
                self, tr("Reverse entry"), [
                    (tr("No."), str(row.id)), (tr("Date"), format_date(row.on)),
                    (tr("Description"), entry_text(row)), (tr("Amount"), row.amount.format()),
                    (tr("Reason for the reversal"), self.reason.text().strip())],
                yes=tr("Reverse entry")):
            return
        outcome = actions.attempt(self.ctx.db, lambda: fund_postings.reverse(
            self.ctx.db, key=f"ui-reverse:{uuid.uuid4().hex}", entry_id=self.current.row.id,
            on=today(), reason=self.reason.text(), operator_id=self.ctx.who.operator_id),
            show=self, busy=self.reverse_button.setDisabled)
        if not outcome.ok:
            return
        self.reason.clear()
        self.refresh()


class AccountsTab(QWidget):
    """Accounts with balances; choose one for its statement with a running balance."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("fund_accounts")
        self.accounts_model = RowsModel([
            (lambda: tr("Code"), lambda a: a.code),
            (lambda: tr("Account"), lambda a: a.name + ("  " + tr("(closed)") if a.closed else "")),
            (lambda: tr("Balance"), lambda a: a.balance.format()),
        ], self)
        self.accounts_view = table(self, self.accounts_model, "fund_accounts_table", "accounts")
        # the name gives way (elided) so the balance always shows without scrolling
        header = self.accounts_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.accounts_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.accounts_view.setWordWrap(False)
        self.title = QLabel(self)
        self.title.setObjectName("fund_statement_title")
        self.title.setProperty("role", "subheading")
        self.statement_model = RowsModel([
            (lambda: tr("Date"), lambda s: format_date(s.on)),
            (lambda: tr("No."), lambda s: str(s.entry_id)),
            (lambda: tr("Description"), lambda s: journal_text.describe(s.description)),
            (lambda: tr("Amount"), lambda s: s.amount.format()),
            (lambda: tr("Balance"), lambda s: s.balance.format()),
        ], self)
        self.statement_view = table(self, self.statement_model, "fund_statement_table", "statement")
        stretch(self.statement_view, 2)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.statement_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.accounts_view)
        split.addWidget(right)
        split.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.accounts_view.selectionModel().currentRowChanged.connect(self._open)
        self.chosen: int | None = None
        self.actions = AccountActions(self)  # new account, close account
        layout.addWidget(self.actions)
        self.refresh()

    def retranslate(self) -> None:
        self.accounts_view.setAccessibleName(tr("Accounts"))
        self.statement_view.setAccessibleName(tr("Statement"))
        self.refresh()

    def refresh(self) -> None:
        self.accounts_model.set_rows(fund.accounts(self.ctx.db))
        if self.chosen is not None:
            self.show_statement(self.chosen)
        else:
            self.title.setText(tr("Choose an account to see its statement."))

    def _open(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_statement(self.accounts_model.rows[current.row()].id)

    def show_statement(self, account_id: int) -> None:
        self.chosen = account_id
        account = next((a for a in self.accounts_model.rows if a.id == account_id), None)
        if account is not None:
            self.title.setText(tr("{code} {name}: balance {balance}").format(
                code=account.code, name=account.name, balance=account.balance.format()))
        self.statement_model.set_rows(fund.statement(self.ctx.db, account_id))
