"""The Loans tab: every loan with what is owed, and one loan's view: the schedule
with what was paid on each instalment, the repayments and where they went, days
past due and the next due."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from kiosk.dates import format_date_numeric
from kiosk.services import loan_views
from kiosk.services.loan_views import InstalmentLine, LoanSummary, LoanView, PaymentLine
from kiosk.ui.context import AppContext
from kiosk.ui.fund.journal import table
from kiosk.ui.kit.named import named as name
from kiosk.ui.kit.rows_model import RowsModel
from kiosk.ui.fund.loan_actions import LoanActions
from kiosk.ui.i18n import tr


def state_text(line: InstalmentLine) -> str:
    if line.state == "paid":
        return tr("Paid")
    if line.state == "late":
        return tr("{n} days late").format(n=line.days_late) if line.days_late != 1 \
            else tr("1 day late")
    if line.state == "part":
        return tr("Part paid")
    return tr("Not yet due")


def next_due_text(due_on, amount) -> str:
    if due_on is None:
        return tr("Nothing more is due.")
    return tr("Next due {date}: {amount}").format(date=format_date_numeric(due_on),
                                                  amount=amount.format())


def summary_rows_model(parent: QWidget) -> RowsModel:
    """Loans as a list: number, who, owed, next due, days past due."""
    return RowsModel([
        (lambda: tr("Loan"), lambda s: s.number),
        (lambda: tr("Participant"), lambda s: s.participant_name),
        (lambda: tr("Owed"), lambda s: s.owed.format()),
        (lambda: tr("Next due"), lambda s: format_date_numeric(s.next_due_on)
         if s.next_due_on else "-"),
        (lambda: tr("Days late"), lambda s: str(s.days_past_due)),
    ], parent)


class LoanPanel(QWidget):
    """One loan: heading, what is owed, the schedule and the repayments."""

    def __init__(self, ctx: AppContext, refresh=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("fund_loan_view")
        self.loan: LoanView | None = None
        self.title = QLabel(self)
        self.title.setObjectName("fund_loan_title")
        self.title.setProperty("role", "subheading")
        self.title.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("fund_loan_status")
        self.status.setWordWrap(True)
        self.schedule_model = RowsModel([
            (lambda: tr("No."), lambda i: str(i.seq)),
            (lambda: tr("Due"), lambda i: format_date_numeric(i.due_on)),
            (lambda: tr("Instalment"), lambda i: i.total.format()),
            (lambda: tr("Paid"), lambda i: i.paid.format()),
            (lambda: tr("Unpaid"), lambda i: i.unpaid.format()),
            (lambda: tr("State"), state_text),
        ], self)
        self.schedule = table(self, self.schedule_model, "fund_loan_instalments", "instalments")
        self.payments_title = QLabel(self)
        self.payments_title.setProperty("role", "muted")
        self.payments_title.setWordWrap(True)  # an unwrapped English caption set a 520 px minimum
        self.payments_model = RowsModel([
            (lambda: tr("Date"), lambda p: format_date_numeric(p.on)),
            (lambda: tr("Amount"), lambda p: p.amount.format()),
            (lambda: tr("Principal"), lambda p: p.principal.format()),
            (lambda: tr("Interest"), lambda p: p.interest.format()),
            (lambda: tr("Paid instalments"), self._applied_text),
        ], self)
        self.payments = table(self, self.payments_model, "fund_loan_payments", "payments")
        # after a correction the whole tab reads again (the list's owed figures change too)
        self.actions = LoanActions(ctx, refresh or self.reload, self)
        self.payments.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._payment_chosen())
        # the two tables share what is left 3:2 whatever their row counts ask for, so the
        # schedule is not squeezed to one row by the corrections row below
        for view in (self.schedule, self.payments):
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            view.setMinimumHeight(96)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.schedule, 3)
        layout.addWidget(self.payments_title)
        layout.addWidget(self.payments, 2)
        layout.addWidget(self.actions)
        self.retranslate()

    @staticmethod
    def _applied_text(payment: PaymentLine) -> str:
        if payment.reversed:
            return tr("Reversed")
        return ", ".join(str(n) for n in payment.instalments) or "-"

    def show_loan(self, loan_id: int | None) -> None:
        self.loan = loan_views.loan_view(self.ctx.db, loan_id) if loan_id is not None else None
        self.retranslate()

    def reload(self) -> None:
        self.show_loan(self.loan.status.id if self.loan else None)

    def _payment_chosen(self) -> None:
        row = self.payments.currentIndex().row()
        rows = self.payments_model.rows
        self.actions.set_loan(self.loan, rows[row] if 0 <= row < len(rows) else None)

    def retranslate(self) -> None:
        self.schedule.setAccessibleName(tr("Instalments"))
        self.payments.setAccessibleName(tr("Repayments"))
        self.payments_title.setText(tr("Repayments, and the instalments each one paid "
                                       "(oldest first, interest before principal)"))
        loan = self.loan
        if loan is None:
            self.title.setText(tr("Choose a loan to see its instalments."))
            self.status.setText("")
            self.schedule_model.set_rows([])
            self.payments_model.set_rows([])
            self.actions.set_loan(None)
            return
        standing = loan.status
        self.title.setText(tr("{number} {name}: {principal} lent on {date}").format(
            number=standing.number, name=standing.participant_name,
            principal=standing.principal.format(), date=format_date_numeric(standing.start_on)))
        status = tr("This loan is {state}.").format(state=standing.state_text())
        if standing.state == "open":
            status += " " + tr("Owed {owed} (principal {principal}, interest {interest}).").format(
                owed=loan.owed.format(), principal=standing.principal_outstanding.format(),
                interest=standing.interest_outstanding.format())
            status += "\n" + next_due_text(loan.next_due.due_on if loan.next_due else None,
                                          loan.next_due.unpaid if loan.next_due else None)
            if standing.days_past_due:
                status += "\n" + tr("Overdue {amount}, {n} days past due.").format(
                    amount=standing.overdue_amount.format(), n=standing.days_past_due)
        self.status.setText(status)
        self.schedule_model.set_rows(list(loan.instalments))
        self.payments_model.set_rows(list(loan.payments))
        self.actions.set_loan(loan)


class LoansTab(QWidget):
    """Every loan (open ones first) on the left, the chosen loan on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("fund_loans")
        self.model = summary_rows_model(self)
        self.list = table(self, self.model, "fund_loans_table", "loans")
        header = self.list.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.panel = LoanPanel(ctx, self.refresh, self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.panel)
        split.setSizes([540, 660])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.list.selectionModel().currentRowChanged.connect(self._open)
        self.retranslate()

    def _open(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.panel.show_loan(self.model.rows[current.row()].id)

    def show_loan(self, loan_id: int) -> None:
        row = next((i for i, s in enumerate(self.model.rows) if s.id == loan_id), None)
        if row is not None:
            self.list.selectRow(row)
        self.panel.show_loan(loan_id)

    def retranslate(self) -> None:
        self.list.setAccessibleName(tr("Loans"))
        self.refresh()

    def refresh(self) -> None:
        rows: list[LoanSummary] = loan_views.loan_summaries(self.ctx.db)
        rows.sort(key=lambda s: (s.closed, -s.days_past_due, s.id))
        self.model.set_rows(rows)
        chosen = self.panel.loan.status.id if self.panel.loan else None
        self.panel.show_loan(chosen)
        name(self.list, "fund_loans_table", tr("Loans"))
