"""Printing off the UI thread, and the system-printer path through QPrinter.

A print job is a plain function run on the application's one print queue
(one thread: jobs go out in order, whichever screen gave them); when it ends
the screen's ``PrintRunner`` emits ``succeeded`` or ``failed`` on the UI
thread with a message to show. Nothing is swallowed: every exception becomes a message.
The receipt is a PDF (kiosk.reports.receipt); for a system printer its
pages are rendered with QtPdf and painted on a QPrinter.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import (QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QObject,
                            QRectF, QRunnable, QSizeF, QThreadPool, Signal)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.errors import KioskError
from kiosk.ui.i18n import tr

log = logging.getLogger(__name__)


# -- the system printer -------------------------------------------------------------
def system_printer(name: str = "") -> QPrinter:
    """A QPrinter for the printer ``name`` (the default printer when empty)."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        if name:
            raise KioskError(tr("The printer \"{name}\" is not connected.").format(name=name))
        raise KioskError(tr("No printer is set up on this computer."))
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_pdf(pdf: bytes, printer: QPrinter, dpi: int = 203) -> int:
    """Paint every page of ``pdf`` on ``printer`` at its own paper size; the page count.

    Works in a worker thread (QPdfDocument and QPainter on a printer do not
    need the GUI thread). ``dpi`` is the raster resolution sent to the printer.
    """
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise KioskError(tr("The receipt could not be prepared for printing."))
    first = document.pagePointSize(0)
    printer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point, "receipt"),
        QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise KioskError(tr("The printer did not accept the receipt. Is it on and has it paper?"))
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            image = document.render(page, QSizeF(size.width() * dpi / 72,
                                                 size.height() * dpi / 72).toSize())
            target = QRectF(painter.viewport())
            target.setHeight(target.width() * size.height() / size.width())
            painter.drawImage(target, image)
    finally:
        painter.end()
    document.close()
    return document.pageCount() or 1


# -- running jobs off the UI thread ------------------------------------------------------
class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[], str | None], queue: PrintQueue) -> None:
        super().__init__()
        self.job_id = job_id
        self.work = work
        self.queue = queue

    def run(self) -> None:
        try:
            message = self.work() or ""
            self.queue.done.emit(self.job_id, True, message)
        except KioskError as error:
            self.queue.done.emit(self.job_id, False, error.message)
        except Exception:  # noqa: BLE001 - the vendor reads a plain message, the log the rest
            log.exception("a print job failed")
            self.queue.done.emit(self.job_id, False, tr("Printing failed. Tell the staff."))


class PrintQueue(QObject):
    """The application's one print queue: one thread, so jobs go out in the order given,
    whichever screen gave them. It lives as long as the application, so closing a
    screen (signing out) never waits for a printer."""

    done = Signal(int, bool, str)  # job id, ok, message (on the UI thread)
    _instance: PrintQueue | None = None

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one printer
        self._ids = itertools.count(1)

    @classmethod
    def instance(cls) -> PrintQueue:
        if cls._instance is None:
            cls._instance = cls(QCoreApplication.instance())
            cls._instance.destroyed.connect(cls._forget)
        return cls._instance

    @classmethod
    def _forget(cls) -> None:
        cls._instance = None

    def submit(self, work: Callable[[], str | None]) -> int:
        job_id = next(self._ids)
        self.pool.start(_Job(job_id, work, self))
        return job_id

    def wait(self, msecs: int) -> bool:
        return self.pool.waitForDone(msecs)


class PrintRunner(QObject):
    """A screen's window on the print queue: its jobs, and their outcome on the UI thread."""

    succeeded = Signal(str, str)  # label, message
    failed = Signal(str, str)  # label, message
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = PrintQueue.instance()
        self.queue.done.connect(self._on_done)
        self._labels: dict[int, str] = {}

    @property
    def busy(self) -> bool:
        return bool(self._labels)

    def submit(self, label: str, work: Callable[[], str | None]) -> int:
        job_id = self.queue.submit(work)
        # its outcome comes through the event loop, so after this line
        self._labels[job_id] = label
        if len(self._labels) == 1:
            self.busy_changed.emit(True)
        return job_id

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the queue to empty (every screen's jobs: they go out in order)."""
        return self.queue.wait(msecs)

    def _on_done(self, job_id: int, ok: bool, message: str) -> None:
        if job_id not in self._labels:
            return  # another screen's job
        label = self._labels.pop(job_id)
        (self.succeeded if ok else self.failed).emit(label, message)
        if not self._labels:
            self.busy_changed.emit(False)
