"""The Reports screen's "Verify" tab: a check code typed, or read by the barcode scanner
(which types it and presses Enter), shows what the books say about that paper."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from kiosk.services import verification
from kiosk.services.statement_data import figure_label, figure_text, format_code
from kiosk.ui import actions
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr


class VerifyTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.prompt = QLabel(self)
        self.code = QLineEdit(self)
        self.code.setObjectName("verify_code")
        self.code.setMinimumHeight(48)
        self.code.returnPressed.connect(self.check)  # the scanner ends with Enter
        self.button = QPushButton(self)
        self.button.setObjectName("verify_check")
        self.button.setMinimumHeight(48)
        self.button.clicked.connect(self.check)
        row.addWidget(self.prompt)
        row.addWidget(self.code, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verify_verdict")
        self.verdict.setWordWrap(True)
        self.identity = QLabel(self)
        self.identity.setObjectName("verify_identity")
        self.identity.setWordWrap(True)
        self.figures = QTableWidget(0, 3, self)
        self.figures.setObjectName("verify_figures")
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures.verticalHeader().setVisible(False)
        for widget in (self.verdict, self.identity, self.figures):
            layout.addWidget(widget)
        layout.setStretch(3, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(tr("Check code"))
        self.code.setPlaceholderText(tr("Type or scan the code under the QR"))
        self.code.setAccessibleName(tr("Check code"))
        self.button.setText(tr("Check"))
        self.button.setAccessibleName(tr("Check"))
        self.figures.setAccessibleName(tr("Figures"))
        self.figures.setHorizontalHeaderLabels([tr("Figure"), tr("On the paper"), tr("In the books now")])

    def check(self) -> None:
        typed = self.code.text()
        outcome = actions.attempt(self.ctx.db, lambda: verification.verify_code(self.ctx.db, typed),
                                  show=self._show_error, busy=self.button.setDisabled)
        if outcome.ok:
            self._show(outcome.value)
        self.code.selectAll()

    def _show_error(self, message: str) -> None:
        self.verdict.setText(message)
        self.verdict.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.identity.clear()
        self.figures.setRowCount(0)

    def _show(self, answer: verification.Verification) -> None:
        if answer.ok:
            self.verdict.setText(tr("OK: the paper agrees with the books."))
            self.verdict.setStyleSheet("color: #2e7d32; font-weight: bold;")
        else:
            self._show_error(answer.reason)
        lines = [tr("Check code: {code}").format(code=format_code(answer.code))]
        if answer.number:
            lines.append(tr("Paper: {number} ({month})").format(number=answer.number,
                                                                month=answer.month.label()))
        if answer.participant:
            lines.append(tr("Participant: {name}").format(name=answer.participant))
        self.identity.setText("\n".join(lines))
        differing = {d.name: d.now for d in answer.differences}
        rows = [(name, value, differing.get(name, value)) for name, value in answer.printed]
        rows += [(d.name, None, d.now) for d in answer.differences if d.printed is None]
        self.figures.setRowCount(len(rows))
        for r, (name, printed, now) in enumerate(rows):
            for c, value in enumerate((figure_label(name), figure_text(name, printed),
                                       figure_text(name, now))):
                item = QTableWidgetItem(value)
                if name in differing:
                    item.setForeground(QColor("#b71c1c"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.figures.setItem(r, c, item)

