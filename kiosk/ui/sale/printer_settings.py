"""Settings tab "Receipts and printer": how receipts print, and a test print."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from kiosk.errors import KioskError
from kiosk.services import settings
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.printing import PrintRunner
from kiosk.ui.sale import receipts

KINDS = ("pdf", "escpos", "system")
MODES = ("always", "ask", "never")


def title() -> str:
    return tr("Receipts and printer")


class PrinterSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("printer_settings")
        self.runner = PrintRunner(self)
        self.runner.succeeded.connect(lambda _l, m: self._status(True, m))
        self.runner.failed.connect(lambda _l, m: self._status(False, m))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # caption above on 1024x768
        self.kind_group, kind_row, self.kind_buttons = self._segments("printer_kind", KINDS)
        self.kind_group.idClicked.connect(lambda *_: self._refresh())
        self.mode_group, mode_row, self.mode_buttons = self._segments("customer_receipt", MODES)
        self.system_name = QComboBox(self)
        self.system_name.setObjectName("printer_system_name")
        self.system_name.setEditable(True)
        self.system_name.addItems([""] + QPrinterInfo.availablePrinterNames())
        self.connection = QLineEdit(self)
        self.connection.setObjectName("printer_escpos_connection")
        self.connection.setPlaceholderText("usb:0x0416:0x5011 · network:192.168.1.50 · serial:/dev/ttyUSB0")
        self.folder = QLineEdit(self)
        self.folder.setObjectName("printer_receipt_folder")
        self.labels = [QLabel(self) for _ in range(5)]
        form.addRow(self.labels[0], kind_row)
        form.addRow(self.labels[1], self.system_name)
        form.addRow(self.labels[2], self.connection)
        form.addRow(self.labels[3], self.folder)
        form.addRow(self.labels[4], mode_row)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("printer_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("printer_test_print")
        self.test_button.clicked.connect(self.test_print)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        self.poster_button = QPushButton(self)
        self.poster_button.setObjectName("printer_promptpay_poster")
        self.poster_button.clicked.connect(self.print_poster)
        buttons.addWidget(self.poster_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("printer_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()
        self.load()

    def _segments(self, name: str, values: tuple[str, ...]):
        group = QButtonGroup(self)
        row = QHBoxLayout()
        buttons = {}
        for index, value in enumerate(values):
            button = QPushButton(self)
            button.setObjectName(f"{name}_{value}")
            button.setCheckable(True)
            button.setProperty("role", "segment")
            group.addButton(button, index)
            row.addWidget(button)
            buttons[value] = button
        return group, row, buttons

    def retranslate(self) -> None:
        names = {"pdf": tr("No printer (save PDF)"), "escpos": tr("Thermal printer (ESC/POS)"),
                 "system": tr("System printer")}
        for value, button in self.kind_buttons.items():
            button.setText(names[value])
            button.setAccessibleName(names[value])
        modes = {"always": tr("Always"), "ask": tr("Ask each time"), "never": tr("Never")}
        for value, button in self.mode_buttons.items():
            button.setText(modes[value])
            button.setAccessibleName(modes[value])
        for label, text in zip(self.labels, (tr("Printer"), tr("System printer name"),
                                             tr("Thermal printer connection"),
                                             tr("Folder for PDF receipts"),
                                             tr("Receipt for the customer"))):
            label.setText(text)
        self.system_name.setAccessibleName(tr("System printer name"))
        self.connection.setAccessibleName(tr("Thermal printer connection"))
        self.folder.setAccessibleName(tr("Folder for PDF receipts"))
        self.folder.setPlaceholderText(tr("Empty: the kiosk's own folder"))
        self.save_button.setText(tr("Save"))
        self.save_button.setAccessibleName(tr("Save"))
        self.test_button.setText(tr("Test print"))
        self.test_button.setAccessibleName(tr("Test print"))
        self.poster_button.setText(tr("Print the PromptPay poster"))
        self.poster_button.setAccessibleName(tr("Print the PromptPay poster"))

    def load(self) -> None:
        db = self.ctx.db
        kind = settings.read(db, "printer_kind")
        self.kind_buttons.get(kind, self.kind_buttons["pdf"]).setChecked(True)
        self.mode_buttons.get(settings.read(db, "customer_receipt"), self.mode_buttons["ask"]).setChecked(True)
        self.system_name.setCurrentText(settings.read(db, "printer_system_name"))
        self.connection.setText(settings.read(db, "printer_escpos_connection"))
        self.folder.setText(settings.read(db, "receipt_folder"))
        self._refresh()

    def _refresh(self) -> None:
        kind = KINDS[self.kind_group.checkedId()]
        self.system_name.setEnabled(kind == "system")
        self.connection.setEnabled(kind == "escpos")
        self.folder.setEnabled(kind == "pdf")

    def save(self) -> bool:
        try:
            settings.change(self.ctx.db, self.ctx.who.operator_id,
                            printer_kind=KINDS[self.kind_group.checkedId()],
                            customer_receipt=MODES[self.mode_group.checkedId()],
                            printer_system_name=self.system_name.currentText().strip(),
                            printer_escpos_connection=self.connection.text().strip(),
                            receipt_folder=self.folder.text().strip())
        except KioskError as error:
            self._status(False, error.message)
            return False
        self._status(True, tr("Saved."))
        return True

    def test_print(self) -> None:
        if not self.save():
            return
        self.status.setText(tr("Printing…"))
        receipts.test_print(self.runner, self.ctx.db)

    def print_poster(self) -> None:
        """The A5 poster with the static QR: saved as a PDF, printed on a system printer."""
        from kiosk.ui.sale.poster_job import submit_poster
        if not self.save():
            return
        try:
            submit_poster(self.runner, self.ctx.db)
        except KioskError as error:
            self._status(False, error.message)
            return
        self.status.setText(tr("Printing…"))

    def _status(self, ok: bool, message: str) -> None:
        self.status.setText(("✓ " if ok else "⚠ ") + message)
        self.status.setProperty("role", "" if ok else "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
