"""The Reports screen's Statements and Verify tabs, driven like a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from kiosk import dates
from kiosk.money import Money
from kiosk.services import fund_postings, statements, verification
from kiosk.services.statement_data import Month, format_code
from kiosk.ui.context import AppContext, DataBus
from kiosk.ui.reports.screen import ReportsScreen
from kiosk.ui.reports.statements_tab import StatementsTab
from kiosk.ui.reports.verify_tab import VerifyTab

import pytest

from tests.statement_helpers import market_db, market_template  # noqa: F401


@pytest.fixture
def ctx(market_db, qtbot):
    db, market = market_db
    bus = DataBus(db)
    yield AppContext(db, bus, market.staff), market
    bus.detach()


def _tap(qtbot, button):
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_both_tabs_are_on_the_reports_screen(qtbot, ctx):
    context, _ = ctx
    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    assert isinstance(screen.tab("statements"), StatementsTab)
    assert isinstance(screen.tab("verify"), VerifyTab)


def test_preview_shows_the_chosen_participants_statement(qtbot, ctx):
    context, market = ctx
    tab = StatementsTab(context)
    qtbot.addWidget(tab)
    assert tab.month.currentData() == Month.of(dates.today())
    assert tab.month.count() == 12
    assert tab.person.count() == len(market.people)
    tab.person.setCurrentIndex(tab.person.findData(market.borrower))
    _tap(qtbot, tab.preview_button)
    assert tab.pages_layout.count() >= 1
    assert not tab.pages_layout.itemAt(0).widget().pixmap().isNull()
    assert tab.month.accessibleName() and tab.person.accessibleName()


def test_save_all_runs_off_the_ui_thread_and_can_be_stopped(qtbot, ctx, tmp_path, monkeypatch):
    context, market = ctx
    tab = StatementsTab(context)
    qtbot.addWidget(tab)
    folder = tmp_path / "papers"
    monkeypatch.setattr(StatementsTab, "ask_folder", classmethod(lambda cls, parent: str(folder)))
    with qtbot.waitSignal(tab.runner.finished, timeout=60000):
        _tap(qtbot, tab.save_all)
        assert tab.cancel_button.isEnabled() and not tab.save_all.isEnabled()
    assert tab.save_all.isEnabled() and not tab.cancel_button.isEnabled()
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == len(market.people) + 2 and f"{len(market.people)}" in tab.status.text()
    # Stop at the first file: only whole PDFs are left, and it says so
    other = tmp_path / "stopped"
    monkeypatch.setattr(StatementsTab, "ask_folder", classmethod(lambda cls, parent: str(other)))
    tab.runner.progress.connect(lambda done, total, what: tab.runner.cancel() if done == 1 else None)
    with qtbot.waitSignal(tab.runner.finished, timeout=60000):
        _tap(qtbot, tab.save_all)
    files = list(other.iterdir())
    assert 1 <= len(files) < len(names) and all(PdfReader(f).pages for f in files)
    assert tab.status.text().startswith("หยุดแล้ว") or "Stopped" in tab.status.text()


def test_print_all_goes_to_the_printer(qtbot, ctx, tmp_path, monkeypatch):
    context, market = ctx
    out = tmp_path / "printed.pdf"

    def printer(cls):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p
    monkeypatch.setattr(StatementsTab, "make_printer", classmethod(printer))
    tab = StatementsTab(context)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.runner.finished, timeout=60000) as blocker:
        _tap(qtbot, tab.print_all)
    assert blocker.args[0] is True
    assert len(PdfReader(out).pages) >= len(market.people)


def test_no_printer_is_a_message(qtbot, ctx):
    context, _ = ctx
    tab = StatementsTab(context)
    qtbot.addWidget(tab)
    _tap(qtbot, tab.print_all)
    assert not tab.runner.running and tab.status.text()


def test_verify_tab_answers_a_scanned_code(qtbot, ctx):
    context, market = ctx
    db = context.db
    paper = statements.build_statement(db, market.people[1], Month.of(dates.today()))
    [code] = verification.issue(db, [paper])
    tab = VerifyTab(context)
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.code, format_code(code).lower())
    qtbot.keyClick(tab.code, Qt.Key.Key_Return)  # a scanner types the code and Enter
    assert "#2e7d32" in tab.verdict.styleSheet()
    assert paper.number in tab.identity.text()
    assert tab.figures.rowCount() == len(paper.figures())
    fund_postings.pay_out(db, key="late", participant_id=market.people[1], amount=Money.baht(1),
                 on=dates.today())
    tab.code.setText(code)
    _tap(qtbot, tab.button)
    assert "#b71c1c" in tab.verdict.styleSheet()
    bold = [tab.figures.item(r, 0).text() for r in range(tab.figures.rowCount())
            if tab.figures.item(r, 0).font().bold()]
    assert len(bold) == 2  # paid out and the closing balance
    tab.code.setText("ABCD")
    _tap(qtbot, tab.button)
    assert tab.figures.rowCount() == 0 and tab.verdict.text()
