"""The day: opening float, X report (so far), Z report (count the cash, close)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from kiosk.cash_words import cash_difference_parts, cash_difference_text
from kiosk.dates import format_date, format_time, today
from kiosk.money import Money
from kiosk.services import privacy, sales, trading_day
from kiosk.services.sale_results import DayReport
from kiosk.ui import actions, dialogs
from kiosk.ui.sale.approval import StaffPinDialog
from kiosk.ui.sale.drawer_button import DrawerButton
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import Keypad, MessageLine
from kiosk.ui.screen import Retranslates
from kiosk.ui.theme import enable_swipe
from kiosk.ui.printing import PrintRunner
from kiosk.ui.sale import receipts
from kiosk.services.backup_daily import DailyBackup
from kiosk.ui.backup_job import start_backup
from kiosk.ui.sale.labels import baht, product_name, quantity_text, unit_label

FLOAT, COUNT = "float", "count"


def report_html(report: DayReport) -> str:
    """The X/Z report as simple HTML for the screen (paper comes from kiosk.reports)."""
    kind = tr("Z report (day closed)") if report.closed else tr("X report (so far)")
    rows = [
        (tr("Sales"), str(report.sale_count)),
        (tr("Voided"), str(report.void_count)),
        (tr("Sales total"), baht(report.gross)),
        (tr("Refunds"), baht(report.refunds)),
        (tr("Net"), baht(report.net)),
        (tr("Cash"), baht(report.cash)),
        (tr("PromptPay"), baht(report.promptpay)),
        (tr("Opening float"), baht(report.opening_float)),
        (tr("Cash expected in the drawer"), baht(report.expected_cash)),
    ]
    if report.counted_cash is not None:
        rows.append((tr("Cash counted"), baht(report.counted_cash)))
    if report.difference is not None:
        word, amount = cash_difference_parts(report.difference)
        rows.append((word, baht(amount) if amount is not None else ""))
    html = [f"<h2>{kind} · {format_date(report.day)}</h2><table width='100%' cellpadding='4'>"]
    html += [f"<tr><td>{k}</td><td align='right'><b>{v}</b></td></tr>" for k, v in rows]
    html.append("</table>")
    if report.by_product:
        html.append("<h3>" + tr("By product") + "</h3><table width='100%' cellpadding='3'>")
        for p in report.by_product:
            html.append(f"<tr><td>{product_name(p.name_th, p.name_en)}</td>"
                        f"<td align='right'>{quantity_text(p.quantity, p.unit == 'kg')} "
                        f"{unit_label(p.unit)}</td><td align='right'>{baht(p.amount)}</td></tr>")
        html.append("</table>")
    if report.by_owner:
        owner_head, fund_word, loan_word = tr("By owner"), tr("fund"), tr("loan")
        html.append(f"<h3>{owner_head}</h3><table width='100%' cellpadding='3'>")
        for o in report.by_owner:
            owner = o.owner_name or tr("Plot")
            html.append(f"<tr><td>{owner}</td><td align='right'>{baht(o.gross)}"
                        f"</td><td align='right'>{fund_word} {baht(o.commission)}</td>"
                        + (f"<td align='right'>{loan_word} {baht(o.loan_repayment)}</td>"
                           if o.loan_repayment else "") + "</tr>")
        html.append("</table>")
    if report.voids:
        html.append("<h3>" + tr("Voids and refunds") + "</h3>")
        html += [f"<p>{v.number} {baht(v.amount)} · {v.reason} · {v.approved_by} "
                 f"{format_time(v.at)}</p>" for v in report.voids]
    if report.overrides:
        html.append("<h3>" + tr("Price changes and discounts") + "</h3>")
        html += [f"<p>{o.number} {o.name_th} {baht(o.unit_price)} · {o.approved_by}</p>"
                 for o in report.overrides]
    if report.oversold:
        html.append("<h3>" + tr("Sold beyond recorded stock") + "</h3>")
        html += [f"<p>{w.name_th}: {quantity_text(w.sold, True)}</p>" for w in report.oversold]
    return "".join(html)


class DayDialog(Retranslates, QDialog):
    def __init__(self, ctx: AppContext, printer: PrintRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printer = printer
        self.mode = FLOAT
        self.dialog: QWidget | None = None  # the staff PIN dialog open now (for tests)
        self.setObjectName("day_dialog")
        self.setModal(True)
        dialogs.fit_to_screen(self, 1100, 700)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(20)
        self.report_view = QTextBrowser(self)
        self.report_view.setObjectName("day_report")
        enable_swipe(self.report_view)
        report_column = QVBoxLayout()
        report_column.addWidget(self.report_view, 1)
        layout.addLayout(report_column, 3)

        side = QVBoxLayout()
        self.prompt = QLabel(self)
        self.prompt.setObjectName("day_prompt")
        self.prompt.setProperty("role", "subheading")
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.prompt)
        self.keypad = Keypad(self, allow_decimal=True, max_length=9, name="day_keypad", decimals=2)
        self.keypad.submitted.connect(self._submitted)
        side.addWidget(self.keypad)
        self.message = MessageLine(self, name="day_message")
        side.addWidget(self.message)
        row = QHBoxLayout()
        self.float_button = QPushButton(self)
        self.float_button.setObjectName("day_mode_float")
        self.float_button.clicked.connect(lambda: self.set_mode(FLOAT))
        self.close_button_z = QPushButton(self)
        self.close_button_z.setObjectName("day_mode_count")
        self.close_button_z.setProperty("role", "danger")
        self.close_button_z.clicked.connect(lambda: self.set_mode(COUNT))
        row.addWidget(self.float_button)
        row.addWidget(self.close_button_z)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("day_close_dialog")
        self.done_button.clicked.connect(self.accept)
        # one row for the three buttons keeps the panel within a 768 px screen
        row.addWidget(self.done_button)
        side.addLayout(row)
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("day_open_folder")
        self.folder_button.clicked.connect(self.open_folder)
        self.folder_button.setVisible(ctx.who.is_staff)  # vendors see "saved", staff the files
        report_column.addWidget(self.folder_button)  # under the report: the side fits 768 px
        self.drawer_button = DrawerButton(ctx, printer, self, self.show_message)
        report_column.addWidget(self.drawer_button)  # its own row: English fits 1024 px
        layout.addLayout(side, 2)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Open / close day"))
        self.float_button.setText(tr("Opening float"))
        self.float_button.setAccessibleName(tr("Opening float"))
        self.close_button_z.setText(tr("Count cash and close (Z)"))
        self.close_button_z.setAccessibleName(tr("Count cash and close the day"))
        self.done_button.setText(tr("Close"))
        self.done_button.setAccessibleName(tr("Close"))
        self.folder_button.setText(tr("Open the receipt folder"))
        self.folder_button.setAccessibleName(tr("Open the receipt folder"))
        self.report_view.setAccessibleName(tr("Day report"))
        self._say_prompt()
        if hasattr(self, "report"):
            self.refresh()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.keypad.clear()
        self._say_prompt()

    def _say_prompt(self) -> None:
        self.prompt.setText(tr("Cash in the drawer at the start (baht)") if self.mode == FLOAT
                            else tr("Count all notes and coins in the drawer (baht)"))

    def refresh(self) -> None:
        self.report = sales.day_report(self.ctx.db, today())
        self.report_view.setHtml(report_html(privacy.day_report_for(self.report, self.ctx.who)))
        closed = self.report.closed
        self.keypad.setEnabled(not closed)
        self.float_button.setEnabled(not closed)
        self.close_button_z.setEnabled(not closed)
        if closed:
            self.prompt.setText(tr("Today is closed."))

    def _submitted(self, _text: str) -> None:
        """The amount typed: confirm it if it is large, then a staff PIN records it."""
        outcome = actions.attempt(self.ctx.db, lambda: Money.parse(self.keypad.number()),
                                  show=self.show_message)
        if not outcome.ok:
            return
        amount = outcome.value
        if self.mode == FLOAT:
            if trading_day.float_needs_confirmation(amount) and not dialogs.confirm(
                    self, tr("An opening float of {amount}? That is more than usual.").format(
                        amount=baht(amount)), yes=tr("Yes, {amount}").format(amount=baht(amount))):
                return
            self.ask_pin(lambda: tr("Opening float {amount}").format(amount=baht(amount)),
                         lambda approval: trading_day.open_day(self.ctx.db, self.ctx.who, amount,
                                                               approval.pin),
                         lambda _approver: self.show_message("✓ " + tr(
                             "Opening float {amount} saved.").format(amount=baht(amount)), "ok"))
            return
        expected = self.report.expected_cash
        if trading_day.count_needs_confirmation(amount) and not dialogs.confirm(
                self, tr("{amount} counted? That is more than usual.").format(amount=baht(amount)),
                yes=tr("Yes, {amount}").format(amount=baht(amount))):
            return
        if not dialogs.confirm(self, tr(
                "Close today with {amount} counted? Expected in the drawer {expected}: "
                "{difference}. No more sales can be made today.").format(
                    amount=baht(amount), expected=baht(expected),
                    difference=cash_difference_text(amount - expected, baht)),
                yes=tr("Close the day")):
            return

        def closed(report: DayReport) -> None:
            self.closed_text = "✓ " + tr("Day closed. {difference}.").format(
                difference=cash_difference_text(report.difference or Money(0), baht))
            self.show_message(self.closed_text + " " + tr("Backing up..."), "ok")
            self._print_z(report)
            # the day's automatic backup: after the close, never in its way
            start_backup(self.ctx.db, self.ctx.who.operator_id, self.backed_up, self)

        self.ask_pin(lambda: tr("Close the day with {amount} counted").format(amount=baht(amount)),
                     lambda approval: trading_day.close_day(self.ctx.db, self.ctx.who, amount,
                                                            approval.pin), closed)

    def backed_up(self, result: DailyBackup) -> None:
        if result.ok:
            self.show_message(self.closed_text + " " + tr("Backup saved."), "ok")
        else:
            self.show_message(result.message, "error")

    def ask_pin(self, title: str, action, done) -> None:  # noqa: ANN001
        """A staff PIN approves the float or the Z; the report is read again after."""
        dialog = StaffPinDialog(self, title, action, name="day_pin", db=self.ctx.db)
        dialog.done_with.connect(done)
        dialog.done_with.connect(lambda _result: self.refresh())
        self.dialog = dialog
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_message(self, text: str, state: str = "error") -> None:
        self.message.show_message(text, state)

    def open_folder(self) -> None:
        outcome = actions.attempt(self.ctx.db, lambda: receipts.receipt_folder(self.ctx.db),
                                  show=self.show_message)
        if outcome.ok and not receipts.open_folder(outcome.value):
            self.show_message(tr("The folder is {path}").format(path=outcome.value), "ok")

    def _print_z(self, report: DayReport) -> None:
        receipts.print_day_report(self.printer, self.ctx.db, report)
