"""The A5 PromptPay poster: built from Settings, saved as a PDF, printed on a system printer."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from kiosk import promptpay
from kiosk.errors import InvalidInput
from kiosk.printing import poster
from kiosk.services import settings, stall_poster
from kiosk.ui.sale import poster_job
from kiosk.ui.sale.printer_settings import PrinterSettingsTab


def test_the_poster_is_saved_in_the_receipt_folder(db, tmp_path):
    settings.change(db, None, receipt_folder=str(tmp_path / "r"), promptpay_target="089-123-4567")
    job = stall_poster.poster_job(db)
    path, pdf = poster.save_poster(job)
    assert path == tmp_path / "r" / stall_poster.FILE_NAME
    assert path.read_bytes() == pdf and pdf.startswith(b"%PDF")
    assert not list((tmp_path / "r").glob("*.part"))


def test_a_wrong_target_is_refused_before_anything_is_written(db, tmp_path, english):
    settings.change(db, None, receipt_folder=str(tmp_path / "r"))
    with db.unit_of_work() as session:  # a target typed before validation existed
        from kiosk.models import Setting
        row = session.get(Setting, "promptpay_target")
        if row is None:
            session.add(Setting(key="promptpay_target", value='"1234567890123"'))
        else:
            row.value = '"1234567890123"'
    with pytest.raises(InvalidInput, match="checksum"):
        stall_poster.poster_job(db)
    assert not (tmp_path / "r").exists()


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="poppler-utils and zbar-tools are needed to read the QR back")
def test_the_posters_qr_is_the_static_payload(db, tmp_path):
    settings.change(db, None, receipt_folder=str(tmp_path), promptpay_target="0891234567")
    path, _ = poster.save_poster(stall_poster.poster_job(db))
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(path),
                    str(tmp_path / "page")], check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "page.png")],
                             capture_output=True, text=True, check=True).stdout.strip()
    assert decoded == promptpay.payload("0891234567")
    fields = promptpay.parse_tlv(decoded)
    assert fields["01"] == "11" and "54" not in fields and promptpay.crc_ok(decoded)


def test_the_settings_button_saves_the_poster_and_says_where(qtbot, ui_context, tmp_path):
    tab = PrinterSettingsTab(ui_context)
    qtbot.addWidget(tab)
    tab.show()
    tab.folder.setText(str(tmp_path / "posters"))
    with qtbot.waitSignal(tab.runner.succeeded, timeout=15000):
        qtbot.mouseClick(tab.poster_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "posters" / stall_poster.FILE_NAME
    assert path.exists()
    assert str(path) in tab.status.text() and tab.status.text().startswith("✓")


def test_on_a_system_printer_it_is_printed_too(qtbot, ui_context, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def pdf_printer(name=""):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(poster_job, "system_printer", pdf_printer)
    settings.change(ui_context.db, None, printer_kind="system",
                    receipt_folder=str(tmp_path / "r"))
    tab = PrinterSettingsTab(ui_context)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.runner.succeeded, timeout=20000):
        qtbot.mouseClick(tab.poster_button, Qt.MouseButton.LeftButton)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "r" / stall_poster.FILE_NAME).exists()


def test_a_wrong_target_shows_an_error_in_the_tab(qtbot, ui_context, monkeypatch, tmp_path):
    def refuse(db):
        raise InvalidInput("⛔")

    monkeypatch.setattr(stall_poster, "poster_job", refuse)
    tab = PrinterSettingsTab(ui_context)
    qtbot.addWidget(tab)
    tab.folder.setText(str(tmp_path))
    qtbot.mouseClick(tab.poster_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "⚠ ⛔"
    assert tab.runner.busy is False
