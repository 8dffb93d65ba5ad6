"""The Reports screen's "PromptPay" tab: tick the day's PromptPay payments off the bank statement.

The kiosk cannot see the bank: vendors confirm a PromptPay payment when the
customer's app shows success. Staff later pick a day, compare each payment
(time, receipt, amount) with the bank statement and tick it. Listed in
kiosk.ui.reports.screen's TABS (staff and admin only).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from kiosk.dates import format_date, format_time, today
from kiosk.errors import KioskError
from kiosk.money import Money
from kiosk.services import sales
from kiosk.services.sale_results import PromptPayRow
from kiosk.topics import Topic
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.rows_model import Index, RowsTableModel
from kiosk.ui.kit.status import StatusLabel
from kiosk.ui.sale.labels import baht

COL_TIME, COL_NUMBER, COL_AMOUNT, COL_CONFIRMED, COL_TICK = range(5)
ROW_HEIGHT = 56


class PromptPayTableModel(RowsTableModel[PromptPayRow]):
    """One row per PromptPay payment of a day; the last column is the tick.

    ``tick(payment_id, ticked)`` is called when the tick changes (setData with
    CheckStateRole); it does the service call and the model is reloaded after.
    """

    def __init__(self, tick: Callable[[int, bool], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._tick = tick

    def headers(self) -> list[str]:
        return [tr("Time"), tr("Receipt"), tr("Amount"), tr("Confirmed by"),
                tr("On the bank statement")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # not ItemIsUserCheckable: the view toggles on a tap anywhere in the cell
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cell(self, row: PromptPayRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_TIME:
                return format_time(row.at)
            if column == COL_NUMBER:
                return row.number + " · " + tr("VOIDED") if row.voided else row.number
            if column == COL_AMOUNT:
                return baht(row.amount)
            if column == COL_CONFIRMED:
                return row.confirmed_by or "-"
            if row.ticked:
                return tr("Found ({name} {time})").format(
                    name=row.ticked_by, time=format_time(row.ticked_at) if row.ticked_at else "")
            return tr("Not yet: tap to tick")
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_TICK:
            return Qt.CheckState.Checked if row.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.voided:
                return QColor("#B71C1C")
            if column == COL_TICK:
                return QColor("#1B5E20") if row.ticked else QColor("#8D4E00")
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_TICK:
            return QColor("#E8F5E9") if row.ticked else QColor("#FFF8E1")
        if role == Qt.ItemDataRole.FontRole and column in (COL_AMOUNT, COL_TICK):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: object,  # noqa: N802 (Qt name)
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != COL_TICK or self._tick is None):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True)
        self._tick(self.rows[index.row()].payment_id, checked)
        return True


def totals(rows: Sequence[PromptPayRow]) -> tuple[Money, int, Money, int]:
    """(ticked amount, ticked count, not-yet amount, not-yet count)."""
    done = [r for r in rows if r.ticked]
    left = [r for r in rows if not r.ticked]
    return (sum((r.amount for r in done), Money(0)), len(done),
            sum((r.amount for r in left), Money(0)), len(left))


class PromptPayReconcileView(QWidget):
    """Pick a day, tick each PromptPay payment found on the bank statement."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptpay_reconcile")
        self.ctx = ctx
        self.day: date = today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)

        days = QHBoxLayout()
        days.setSpacing(10)
        self.previous_button = self._button("promptpay_previous_day",
                                            lambda: self.set_day(self.day - timedelta(days=1)))
        self.day_label = QLabel(self)
        self.day_label.setObjectName("promptpay_day")
        self.day_label.setProperty("role", "subheading")
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.day_label.setMinimumWidth(260)
        self.next_button = self._button("promptpay_next_day",
                                        lambda: self.set_day(self.day + timedelta(days=1)))
        self.today_button = self._button("promptpay_today", lambda: self.set_day(today()))
        days.addWidget(self.previous_button)
        days.addWidget(self.day_label)
        days.addWidget(self.next_button)
        days.addWidget(self.today_button)
        days.addStretch(1)
        layout.addLayout(days)

        self.hint = QLabel(self)
        self.hint.setObjectName("promptpay_hint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.model = PromptPayTableModel(self.tick, self)
        self.table = QTableView(self)
        self.table.setObjectName("promptpay_table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TICK, QHeaderView.ResizeMode.Stretch)
        self.table.setStyleSheet("QTableView::indicator { width: 30px; height: 30px; }")
        self.table.clicked.connect(self._on_clicked)
        layout.addWidget(self.table, 1)

        self.empty = QLabel(self)
        self.empty.setObjectName("promptpay_empty")
        self.empty.setProperty("role", "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)

        sums = QHBoxLayout()
        self.ticked_total = QLabel(self)
        self.ticked_total.setObjectName("promptpay_ticked_total")
        self.open_total = QLabel(self)
        self.open_total.setObjectName("promptpay_open_total")
        for label in (self.ticked_total, self.open_total):
            label.setStyleSheet("font-size: 24px; font-weight: 700; padding: 8px 12px;"
                                "border-radius: 10px;")
        self.ticked_total.setStyleSheet(self.ticked_total.styleSheet()
                                        + "background: #E8F5E9; color: #1B5E20;")
        self.open_total.setStyleSheet(self.open_total.styleSheet()
                                      + "background: #FFF8E1; color: #8D4E00;")
        sums.addWidget(self.ticked_total, 1)
        sums.addWidget(self.open_total, 1)
        layout.addLayout(sums)

        self.message = StatusLabel("promptpay_message", self)
        layout.addWidget(self.message)

        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- data ------------------------------------------------------------------------
    def set_day(self, day: date) -> None:
        self.day = day
        self.message.hide()
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = sales.promptpay_for_reconciliation(self.ctx.db, self.day)
        except KioskError as error:
            self._show_error(error.message)
            rows = []
        self.model.set_rows(rows)
        self.day_label.setText(format_date(self.day))
        self.next_button.setEnabled(self.day < today())
        self.today_button.setEnabled(self.day != today())
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._refresh_totals()

    def _refresh_totals(self) -> None:
        done, done_n, left, left_n = totals(self.model.rows)
        self.ticked_total.setText(tr("Ticked: {amount} ({n})").format(amount=baht(done), n=done_n))
        self.open_total.setText(tr("Not yet ticked: {amount} ({n})").format(
            amount=baht(left), n=left_n))

    def tick(self, payment_id: int, ticked: bool) -> None:
        """Mark one payment as found (or not) on the bank statement."""
        try:
            sales.tick_promptpay(self.ctx.db, payment_id, self.ctx.who, ticked)
        except KioskError as error:
            self._show_error(error.message)
            return
        self.message.hide()
        self.refresh()  # the bus may do it too; this keeps the view right without it

    def toggle_row(self, row: int) -> None:
        payment = self.model.row_at(row)
        self.model.setData(self.model.index(row, COL_TICK),
                           Qt.CheckState.Unchecked if payment.ticked else Qt.CheckState.Checked,
                           Qt.ItemDataRole.CheckStateRole)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == COL_TICK:
            self.toggle_row(index.row())

    def _show_error(self, message: str) -> None:
        self.message.say("⚠ " + message, error=True)

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.SALES in topics:
            self.refresh()

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.previous_button.setText("◀ " + tr("Day before"))
        self.previous_button.setAccessibleName(tr("Day before"))
        self.next_button.setText(tr("Day after") + " ▶")
        self.next_button.setAccessibleName(tr("Day after"))
        self.today_button.setText(tr("Today"))
        self.today_button.setAccessibleName(tr("Today"))
        self.day_label.setText(format_date(self.day))
        self.day_label.setAccessibleName(tr("Day shown"))
        self.hint.setText(tr("Compare each payment with the bank statement and tap "
                             "\"On the bank statement\" when you find it."))
        self.empty.setText(tr("No PromptPay payments on this day."))
        self.table.setAccessibleName(tr("PromptPay payments"))
        self.ticked_total.setAccessibleName(tr("Ticked total"))
        self.open_total.setAccessibleName(tr("Not yet ticked total"))
        self.model.retranslate()
        self._refresh_totals()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def title() -> str:
    return tr("PromptPay")
