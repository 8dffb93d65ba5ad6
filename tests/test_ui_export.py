"""The Reports screen's Export tab, driven like a person would."""

from __future__ import annotations

import openpyxl
import pytest
from beancount import loader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from kiosk import dates
from kiosk.services.statement_data import Month
from kiosk.ui.context import AppContext, DataBus
from kiosk.ui.reports.export_tab import ExportTab
from kiosk.ui.reports.screen import ReportsScreen

from tests.statement_helpers import market_db, market_template  # noqa: F401


@pytest.fixture
def tab(market_db, qtbot, monkeypatch, tmp_path):
    db, market = market_db
    bus = DataBus(db)
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(ExportTab, "ask_folder", classmethod(lambda cls, parent: str(folder)))
    widget = ExportTab(AppContext(db, bus, market.staff))
    qtbot.addWidget(widget)
    yield widget, folder
    bus.detach()


def _tap(qtbot, button):
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pick(tab, month: Month) -> None:
    tab.month.setCurrentIndex(tab.month.findText(month.label()))
    assert tab.selected_month() == month


def test_the_tab_is_on_the_reports_screen_and_named(qtbot, tab):
    widget, _ = tab
    screen = ReportsScreen(widget.ctx)
    qtbot.addWidget(screen)
    assert isinstance(screen.tab("export"), ExportTab)
    for child in [*widget.findChildren(QPushButton), *widget.findChildren(QComboBox)]:
        assert child.objectName() and child.accessibleName()


def test_saving_both_files_says_where_they_went(qtbot, tab):
    widget, folder = tab
    month = Month.of(dates.today()).previous()
    _pick(widget, month)
    _tap(qtbot, widget.xlsx_button)
    workbook = folder / f"fund-{month.be_key}.xlsx"
    assert str(workbook) in widget.status.text()
    assert openpyxl.load_workbook(workbook).sheetnames[0] == "สมุดรายวัน"
    _tap(qtbot, widget.beancount_button)
    books = folder / f"fund-{month.be_key}.beancount"
    assert str(books) in widget.status.text()
    entries, errors, _ = loader.load_string(books.read_text(encoding="utf-8"))
    assert errors == [] and max(e.date for e in entries if hasattr(e, "postings")) <= month.last


def test_an_existing_file_is_replaced_only_when_the_person_says_so(qtbot, tab, monkeypatch):
    widget, folder = tab
    month = Month.of(dates.today()).previous()
    _pick(widget, month)
    target = folder / f"fund-{month.be_key}.xlsx"
    target.write_bytes(b"the auditor's copy")
    asked = []
    monkeypatch.setattr(ExportTab, "ask_overwrite",
                        classmethod(lambda cls, parent, path: asked.append(path) or False))
    _tap(qtbot, widget.xlsx_button)
    assert asked == [target] and target.read_bytes() == b"the auditor's copy"
    assert str(target) in widget.status.text()
    monkeypatch.setattr(ExportTab, "ask_overwrite", classmethod(lambda cls, parent, path: True))
    _tap(qtbot, widget.xlsx_button)
    assert target.read_bytes().startswith(b"PK")
    assert not list(folder.glob("*.part"))


def test_an_unwritable_folder_is_said_and_nothing_is_left(qtbot, tab, monkeypatch, tmp_path):
    widget, _ = tab
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    monkeypatch.setattr(ExportTab, "ask_folder", classmethod(lambda cls, parent: str(blocked)))
    _tap(qtbot, widget.beancount_button)
    assert str(blocked) in widget.status.text() and "fund-" not in widget.status.text()
    assert widget.beancount_button.isEnabled() and blocked.read_text() == "x"
