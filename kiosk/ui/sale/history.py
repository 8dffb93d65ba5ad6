"""Today's sales: search by number, look at one, reprint it, void or refund it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from kiosk.dates import format_date, format_time, today
from kiosk.services import drawer, sale_reversals, sales
from kiosk.services.sale_results import SaleResult, SaleSummary
from kiosk.topics import Topic
from kiosk.ui import dialogs
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.rows_model import RowsTableModel
from kiosk.ui.screen import Retranslates
from kiosk.ui.theme import enable_swipe
from kiosk.ui.printing import PrintRunner
from kiosk.ui.sale import receipts
from kiosk.ui.sale.approval import StaffPinDialog
from kiosk.ui.sale.done import payment_words
from kiosk.ui.sale.labels import baht, product_name, quantity_text, unit_label

class SalesTableModel(RowsTableModel[SaleSummary]):
    """One row per sale of the day, newest first."""

    def headers(self) -> list[str]:
        return [tr("Time"), tr("Number"), tr("Total"), tr("Paid by"), tr("Status")]

    def cell(self, row: SaleSummary, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (format_time(row.at), row.number, baht(row.total),
                    payment_words(row.payment_label), status_words(row))[column]
        if role == Qt.ItemDataRole.ForegroundRole and (row.voided or row.refunded):
            return QColor("#B71C1C")
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont()
            font.setStrikeOut(column == 2)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def status_words(row: SaleSummary | SaleResult) -> str:
    if row.voided:
        return tr("VOIDED")
    refunded = row.refunded if isinstance(row.refunded, bool) else bool(row.refunded)
    return tr("part refunded") if refunded else "✓"


class HistoryDialog(Retranslates, QDialog):
    def __init__(self, ctx: AppContext, printer: PrintRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printer = printer
        self.day = today()
        self.sale: SaleResult | None = None
        self.dialog: QWidget | None = None
        self.setObjectName("history_dialog")
        self.setModal(True)
        dialogs.fit_to_screen(self, 1180, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        head = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("history_heading")
        self.heading.setProperty("role", "heading")
        head.addWidget(self.heading, 1)
        self.search = QLineEdit(self)
        self.search.setObjectName("history_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(self.reload)
        head.addWidget(self.search)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("history_close")
        self.close_button.clicked.connect(self.accept)
        head.addWidget(self.close_button)
        layout.addLayout(head)

        body = QHBoxLayout()
        body.setSpacing(16)
        self.model = SalesTableModel(self)
        self.table = QTableView(self)
        enable_swipe(self.table)
        self.table.setObjectName("history_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(56)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        body.addWidget(self.table, 6)

        detail = QVBoxLayout()
        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("history_detail_title")
        self.detail_title.setProperty("role", "subheading")
        self.detail_title.setWordWrap(True)
        detail.addWidget(self.detail_title)
        self.lines = QListWidget(self)
        enable_swipe(self.lines)
        self.lines.setObjectName("history_lines")
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        detail.addWidget(self.lines, 1)
        self.detail_figures = QLabel(self)
        self.detail_figures.setObjectName("history_detail_figures")
        self.detail_figures.setWordWrap(True)
        detail.addWidget(self.detail_figures)
        buttons = QHBoxLayout()
        self.reprint_button = QPushButton(self)
        self.reprint_button.setObjectName("history_reprint")
        self.reprint_button.clicked.connect(self.reprint)
        self.refund_button = QPushButton(self)
        self.refund_button.setObjectName("history_refund")
        self.refund_button.setProperty("role", "danger")
        self.refund_button.clicked.connect(self.refund)
        self.void_button = QPushButton(self)
        self.void_button.setObjectName("history_void")
        self.void_button.setProperty("role", "danger")
        self.void_button.clicked.connect(self.void)
        for button in (self.reprint_button, self.refund_button, self.void_button):
            buttons.addWidget(button)
        detail.addLayout(buttons)
        self.why_disabled = QLabel(self)
        self.why_disabled.setObjectName("history_why_disabled")
        self.why_disabled.setProperty("role", "hint")
        self.why_disabled.setWordWrap(True)
        detail.addWidget(self.why_disabled)
        self.message = QLabel(self)
        self.message.setObjectName("history_message")
        self.message.setWordWrap(True)
        detail.addWidget(self.message)
        body.addLayout(detail, 5)
        layout.addLayout(body, 1)
        printer.succeeded.connect(lambda _l, m: self.on_printed(True, m))
        printer.failed.connect(lambda _l, m: self.on_printed(False, m))
        ctx.bus.changed.connect(self._data_changed)  # the other terminal's sales too
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Sales today"))
        self.heading.setText(tr("Sales today") + " · " + format_date(self.day))
        self.search.setPlaceholderText(tr("Receipt number"))
        self.search.setAccessibleName(tr("Search by receipt number"))
        self.close_button.setText(tr("Close"))
        self.close_button.setAccessibleName(tr("Close"))
        self.reprint_button.setText(tr("Reprint"))
        self.reprint_button.setAccessibleName(tr("Reprint (copy)"))
        self.refund_button.setText("↩ " + tr("Refund lines"))
        self.refund_button.setAccessibleName(tr("Refund the chosen lines (staff PIN)"))
        self.void_button.setText("✕ " + tr("Void sale"))
        self.void_button.setAccessibleName(tr("Void the whole sale (staff PIN)"))
        self.table.setAccessibleName(tr("Sales today"))
        self.lines.setAccessibleName(tr("Lines of the sale"))
        self.model.retranslate()
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(len(self.model.rows) - 1, 4))
        if hasattr(self, "sale"):
            self._show_sale()
        self._refresh_buttons()

    # -- data ------------------------------------------------------------------------
    def _data_changed(self, topics: frozenset[str]) -> None:
        if Topic.SALES in topics:
            self.reload()

    def reload(self, *_: object) -> None:
        selected = self.sale.sale_id if self.sale else None
        self.model.set_rows(sales.sales_of_day(self.ctx.db, self.day, self.search.text()))
        row = next((i for i, r in enumerate(self.model.rows) if r.sale_id == selected), 0)
        if self.model.rows:
            self.table.selectRow(row)
        else:
            self.sale = None
            self._show_sale()
            if self.search.text().strip():  # an empty list says why
                self.detail_title.setText(tr("No sale today matches {text}.").format(
                    text=self.search.text().strip()))

    def select_number(self, number: str) -> None:
        row = next((i for i, r in enumerate(self.model.rows) if r.number == number), -1)
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.sale = None
        else:
            summary = self.model.rows[rows[0].row()]
            self.sale = sales.sale_result(self.ctx.db, summary.sale_id)
        self._show_sale()

    def _show_sale(self) -> None:
        self.lines.clear()
        sale = self.sale
        if sale is None:
            self.detail_title.setText(tr("No sales yet today.") if not self.model.rows else "")
            self.detail_figures.setText("")
            self._refresh_buttons()
            return
        state = "  ·  " + tr("VOIDED") if sale.voided else ""
        self.detail_title.setText(f"{sale.number}  {format_time(sale.at)}{state}")
        for line in sale.lines:
            unit = unit_label(line.unit)
            text = (f"{product_name(line.name_th, line.name_en)}   "
                    f"{quantity_text(line.quantity, line.sold_by_weight)} {unit} × "
                    f"{baht(line.unit_price)} = {baht(line.amount)}")
            if line.owner_name:
                text += f"   · {line.owner_name}"
            if line.refunded_quantity:
                text += "   ↩ " + tr("refunded {qty}").format(
                    qty=quantity_text(line.refunded_quantity, line.sold_by_weight))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line.line_id)
            item.setSizeHint(QSize(10, 52))
            if line.refundable_quantity <= 0 or sale.voided:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.lines.addItem(item)
        figures = [tr("Total {amount}").format(amount=baht(sale.total)),
                   tr("Paid by {how}").format(how=payment_words(sale.payment_label))]
        if sale.change:
            figures.append(tr("Change {amount}").format(amount=baht(sale.change)))
        if sale.refunded:
            figures.append(tr("Refunded {amount}").format(amount=baht(sale.refunded)))
        if sale.voided and sale.void_reason:
            figures.append(tr("Reason: {reason}").format(reason=sale.void_reason))
        figures.append(tr("Vendor: {name}").format(name=sale.vendor_name))
        self.detail_figures.setText("\n".join(figures))
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        sale = self.sale
        self.reprint_button.setEnabled(sale is not None)
        self.void_button.setEnabled(sale is not None and not sale.voided)
        self.refund_button.setEnabled(sale is not None and not sale.voided)
        why = (tr("{number} is voided: nothing is left to void or refund.").format(
            number=sale.number) if sale is not None and sale.voided else "")
        self.why_disabled.setText(why)
        self.why_disabled.setVisible(bool(why))
        for button in (self.void_button, self.refund_button):
            button.setToolTip(why)

    # -- actions ---------------------------------------------------------------------------
    def reprint(self) -> None:
        if self.sale is None:
            return
        self.message.setText(tr("Printing a copy…"))
        receipts.print_sale(self.printer, self.ctx.db, self.sale, copy=True)

    def void(self) -> None:
        if self.sale is None or self.sale.voided:
            return
        sale_id = self.sale.sale_id

        def act(approval):
            return sale_reversals.void_sale(self.ctx.db, sale_id, self.ctx.who, approval.pin, approval.reason)

        number, total = self.sale.number, self.sale.total
        self._approve(StaffPinDialog(self, lambda: tr("Void {number} ({amount})?").format(
            number=number, amount=baht(total)), act, ask_reason=True, name="void",
            db=self.ctx.db))

    def refund(self) -> None:
        if self.sale is None or self.sale.voided:
            return
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.lines.selectedItems()}
        quantities = {line.line_id: line.refundable_quantity for line in self.sale.lines
                      if line.line_id in chosen and line.refundable_quantity > 0}
        if not quantities:
            dialogs.show_error(self, tr("First tap the lines to give back."))
            return
        sale_id = self.sale.sale_id

        def act(approval):
            return sale_reversals.refund_lines(self.ctx.db, sale_id, quantities, self.ctx.who,
                                      approval.pin, approval.reason)

        number = self.sale.number
        self._approve(StaffPinDialog(self, lambda: tr("Refund {n} lines of {number}?").format(
            n=len(quantities), number=number), act, ask_reason=True, name="refund",
            db=self.ctx.db))

    def _approve(self, dialog: StaffPinDialog) -> None:
        paid_back = drawer.cash_paid_back(self.ctx.db, self.sale.sale_id)

        def finished(result: SaleResult) -> None:
            self.sale = result
            self.message.setText("✓ " + tr("Done: {number}").format(number=result.number))
            self.reload()
            if drawer.cash_paid_back(self.ctx.db, result.sale_id) > paid_back:
                receipts.open_drawer(self.printer, self.ctx.db)  # the cash goes back from it

        dialog.done_with.connect(finished)
        self.dialog = dialog
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_printed(self, ok: bool, message: str) -> None:
        self.message.setText(("✓ " if ok else "⚠ ") + message)
