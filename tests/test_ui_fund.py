"""The Fund screen: forms validate before posting, a loan is lent from the form."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kiosk import dates
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import fund, fund_postings, loan_standing
from kiosk.ui.fund import FundScreen

B = Money.baht


@pytest.fixture(autouse=True)
def asked(monkeypatch):
    """Confirmation dialogs answered yes; what they summarised is kept."""
    from kiosk.ui.fund import confirm
    calls = []
    monkeypatch.setattr(confirm, "ask", lambda _parent, title, rows, **_k: calls.append(
        (title, dict(rows))) or True)
    return calls


@pytest.fixture
def screen(db, ui_context, qtbot):
    with db.unit_of_work() as session:
        session.add(Participant(name_th="สมศรี ใจดี", nickname="ศรี", joined_on=date(2025, 1, 5)))
    widget = FundScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_donation_form_posts_only_when_valid(screen, db, qtbot, english):
    screen.tabs.setCurrentWidget(screen.forms)
    form = screen.forms.show_form("donation")
    assert not form.post_button.isEnabled() and "who gave" in form.hint.text()
    qtbot.keyClicks(form.donor, "Khon Kaen MICE Management")
    qtbot.keyClicks(form.amount, "12.345")
    assert not form.post_button.isEnabled() and "2 digits" in form.hint.text()
    form.amount.clear()
    qtbot.keyClicks(form.amount, "100,000")
    assert form.post_button.isEnabled()
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert fund.available(db) == B(100000)
    assert "recorded" in form.hint.text() and form.amount.text() == ""
    # the overview shows it after the data-changed signal
    screen.tabs.setCurrentWidget(screen.overview)
    assert screen.overview.figures["available"].value.text() == "฿100,000.00"


def test_new_loan_form_shows_the_schedule_then_lends(screen, db, qtbot, english):
    fund_postings.record_donation(db, key="seed", donor="MICE", amount=B(5000), on=dates.today())
    screen.tabs.setCurrentWidget(screen.forms)
    form = screen.forms.show_form("loan")
    qtbot.keyClicks(form.principal, "6000")
    assert "only ฿5,000.00 available" in form.hint.text() and not form.post_button.isEnabled()
    assert form.schedule_model.rowCount() == 6  # shown before it is saved
    form.principal.clear()
    qtbot.keyClicks(form.principal, "1000")
    form.term.setValue(3)
    assert [r.total for r in form.schedule_model.rows] == [B(333), B(333), B(334)]
    assert "cash drawer holds only ฿0.00" in form.hint.text()  # the seed went to the bank
    form.source.setCurrentIndex(form.source.findData("bank"))
    assert "Write what the money is for" in form.hint.text()
    form.purpose.setText("รถเข็นขายผัก")  # QTest types ASCII only
    form.method.setCurrentIndex(form.method.findData("flat"))
    form.rate.setText("12")
    assert form.post_button.isEnabled()
    assert sum((r.interest for r in form.schedule_model.rows), Money(0)) == B(30)
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    [status] = loan_standing.list_loans(db)
    assert status.principal == B(1000) and status.method == "flat" and status.interest_outstanding == B(30)
    assert "recorded" in form.hint.text()


def test_journal_reverse_needs_a_reason(screen, db, qtbot, english):
    fund_postings.record_donation(db, key="d", donor="MICE", amount=B(500), on=dates.today())
    screen.tabs.setCurrentWidget(screen.journal)
    journal = screen.journal
    journal.view.selectRow(0)
    assert journal.lines_model.rowCount() == 2
    assert not journal.reverse_button.isEnabled()
    journal.reason.setText("พิมพ์ซ้ำ")
    assert journal.reverse_button.isEnabled()
    qtbot.mouseClick(journal.reverse_button, Qt.MouseButton.LeftButton)
    assert fund.available(db) == Money(0)
    assert journal.model.rowCount() == 2 and journal.model.rows[1].reversed_by == 2


def test_accounts_tab_shows_a_running_balance(screen, db, english):
    fund_postings.record_donation(db, key="d", donor="MICE", amount=B(500), on=dates.today(), received_into="bank")
    screen.tabs.setCurrentWidget(screen.accounts)
    bank = next(a for a in screen.accounts.accounts_model.rows if a.code == "1020")
    screen.accounts.show_statement(bank.id)
    assert screen.accounts.statement_model.rows[-1].balance == B(500)
    assert "฿500.00" in screen.accounts.title.text()


def test_every_interactive_widget_has_a_name(screen):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox
    checked = 0
    for form in screen.forms.forms.values():
        for kind in (QLineEdit, QComboBox, QPushButton, QSpinBox):
            for widget in form.findChildren(kind):
                if widget.objectName().startswith("fund_"):
                    assert widget.accessibleName(), widget.objectName()
                    assert widget.minimumHeight() >= 48 or isinstance(widget, QPushButton)
                    checked += 1
    assert checked > 40
