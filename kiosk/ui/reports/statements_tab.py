"""The Reports screen's "Statements" tab: pick a month, preview a participant's statement,
print one or all, save all as PDFs. Printing all and saving run off the UI thread
with a progress bar and Cancel; the screen stays usable meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from kiosk.errors import KioskError
from kiosk.printing import statement_batch
from kiosk.services import statements
from kiosk.services.statement_data import Month
from kiosk.ui import actions
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.printing import print_pdf, system_printer

Job = Callable[[Callable[[int, int, str], None], Callable[[], bool]], str]


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(bool, str)


class _Run(QRunnable):
    def __init__(self, job: Job, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.job, self.signals, self.stop = job, signals, stop

    def run(self) -> None:
        try:
            message = self.job(self.signals.progress.emit, self.stop.is_set)
            self.signals.done.emit(True, message)
        except Exception as error:  # noqa: BLE001 - every failure becomes words on the screen
            self.signals.done.emit(False, actions.message_for(error))


class BatchRunner(QObject):
    """One batch at a time in a worker thread; progress and the end on the UI thread."""

    progress = Signal(int, int, str)
    finished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self._done)
        self._stop = threading.Event()
        self.running = False

    def start(self, job: Job) -> None:
        self._stop = threading.Event()
        self.running = True
        self.pool.start(_Run(job, self._signals, self._stop))

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, msecs: int = 60000) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, ok: bool, message: str) -> None:
        self.running = False
        self.finished.emit(ok, message)


def pdf_pixmaps(pdf: bytes, width: int) -> list[QPixmap]:
    """The pages of a PDF as pictures ``width`` pixels wide (for the preview)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pictures = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        image = document.render(page, QSize(width, int(width * size.height() / size.width())))
        pictures.append(QPixmap.fromImage(image))
    document.close()
    return pictures


class StatementsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = BatchRunner(self)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.month_label, self.person_label = QLabel(self), QLabel(self)
        self.month = QComboBox(self)
        self.month.setObjectName("statements_month")
        self.month.currentIndexChanged.connect(self._month_changed)
        self.person = QComboBox(self)
        self.person.setObjectName("statements_person")
        self.person.setMinimumWidth(280)
        self.preview_button = self._button("statements_preview", self.preview)
        for widget in (self.month_label, self.month, self.person_label):
            pick.addWidget(widget)
        pick.addWidget(self.person, 1)
        pick.addWidget(self.preview_button)
        layout.addLayout(pick)
        buttons = QHBoxLayout()
        self.print_one = self._button("statements_print_one", self.print_selected)
        self.print_all = self._button("statements_print_all", self.print_everyone)
        self.save_all = self._button("statements_save_all", self.save_everyone)
        self.cancel_button = self._button("statements_cancel", self.runner.cancel)
        self.cancel_button.setEnabled(False)
        for button in (self.print_one, self.print_all, self.save_all, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("statements_progress")
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("statements_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("statements_preview_area")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        layout.addWidget(self.scroll, 1)
        self.retranslate()
        self.reload()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setMinimumHeight(48)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.month_label.setText(tr("Month"))
        self.person_label.setText(tr("Participant"))
        self.month.setAccessibleName(tr("Month"))
        self.person.setAccessibleName(tr("Participant"))
        for button, text in ((self.preview_button, tr("Preview")),
                             (self.print_one, tr("Print this one")),
                             (self.print_all, tr("Print all")),
                             (self.save_all, tr("Save all as PDFs")),
                             (self.cancel_button, tr("Stop"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.progress.setAccessibleName(tr("Progress"))
        self.scroll.setAccessibleName(tr("Preview"))

    # -- choices -------------------------------------------------------------------
    def reload(self) -> None:
        outcome = actions.attempt(self.ctx.db, lambda: statements.statement_months(self.ctx.db),
                                  show=self.status.setText)
        self.month.blockSignals(True)
        self.month.clear()
        for month in outcome.value or []:
            self.month.addItem(month.label(), month)
        self.month.blockSignals(False)
        self._month_changed()

    def selected_month(self) -> Month | None:
        return self.month.currentData()

    def _month_changed(self) -> None:
        month = self.selected_month()
        self.person.clear()
        if month is None:
            return
        outcome = actions.attempt(self.ctx.db, lambda: statements.statement_people(self.ctx.db, month),
                                  show=self.status.setText)
        for participant_id, text in outcome.value or []:
            self.person.addItem(text, participant_id)

    # -- one statement ---------------------------------------------------------------
    def _one_pdf(self) -> bytes:
        month, participant_id = self.selected_month(), self.person.currentData()
        if month is None or participant_id is None:
            raise KioskError(tr("Choose a month and a participant first."))
        [(_, pdf)] = statement_batch.rendered(self.ctx.db, month, [participant_id], self._lang())
        return pdf

    def _lang(self) -> str:
        from kiosk.i18n import current_language
        return current_language()

    def preview(self) -> None:
        outcome = actions.attempt(self.ctx.db, self._one_pdf, show=self.status.setText)
        if not outcome.ok:
            return
        while self.pages_layout.count():
            self.pages_layout.takeAt(0).widget().deleteLater()
        width = max(400, self.scroll.viewport().width() - 24)
        for picture in pdf_pixmaps(outcome.value, width):
            page = QLabel(self.pages)
            page.setPixmap(picture)
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(page)
        self.status.setText(tr("Preview of {who}.").format(who=self.person.currentText()))

    @classmethod
    def make_printer(cls):
        return system_printer()

    def print_selected(self) -> None:
        outcome = actions.attempt(self.ctx.db, self._one_pdf, show=self.status.setText)
        if outcome.ok:
            pdf = outcome.value
            printer = actions.attempt(None, self.make_printer, show=self.status.setText)
            if printer.ok:
                self._start(lambda progress, stop: self._print([pdf], printer.value, progress))

    # -- every statement of the month (off the UI thread) ---------------------------------
    def _print(self, pdfs, printer, progress) -> str:
        for n, pdf in enumerate(pdfs, 1):
            print_pdf(pdf, printer, dpi=150)
            progress(n, len(pdfs), "")
        return tr("Sent to the printer.")

    def print_everyone(self) -> None:
        month, db, lang = self.selected_month(), self.ctx.db, self._lang()
        printer = actions.attempt(None, self.make_printer, show=self.status.setText)
        if month is None or not printer.ok:
            return

        def job(progress, stop) -> str:
            ids = statements.statement_participants(db, month)
            pdfs = []
            for n, (_, pdf) in enumerate(statement_batch.rendered(db, month, ids, lang), 1):
                if stop():
                    return tr("Stopped: nothing was sent to the printer.")
                pdfs.append(pdf)
                progress(n, len(ids) + 1, "")
            # one job in order, so another print cannot land between two statements
            print_pdf(statement_batch.combine(pdfs), printer.value, dpi=150)
            progress(len(ids) + 1, len(ids) + 1, "")
            return tr("{n} statements sent to the printer.").format(n=len(ids))
        self._start(job)

    @classmethod
    def ask_folder(cls, parent: QWidget) -> str:
        return QFileDialog.getExistingDirectory(parent, tr("Save the statements in"))

    def save_everyone(self) -> None:
        month, db, lang = self.selected_month(), self.ctx.db, self._lang()
        folder = self.ask_folder(self) if month is not None else ""
        if not folder:
            return

        def job(progress, stop) -> str:
            try:
                result = statement_batch.produce(db, month, Path(folder), lang=lang,
                                                 progress=progress, cancelled=stop)
            except statement_batch.Cancelled as stopped:
                return stopped.message
            return tr("{n} statements, the fund report and one file of all of them saved in "
                      "{path}.").format(n=len(result.files), path=folder)
        self._start(job)

    def _start(self, job: Job) -> None:
        if self.runner.running:
            return
        self._busy(True)
        self.status.setText(tr("Working…"))
        self.runner.start(job)

    def _busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_one, self.print_all, self.save_all):
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, ok: bool, message: str) -> None:
        self._busy(False)
        self.status.setText(message)

