"""The loan view, what the repayment and payout forms say is owed, a participant's
loans, confirmations with a summary, and the new-loan form's instalment box."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from kiosk import dates
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import fund, fund_postings, loan_views, loans
from kiosk.ui.fund import FundScreen, confirm
from ui_helpers import thai_afterwards  # noqa: F401

B = Money.baht
TODAY = dates.today()


@pytest.fixture
def asked(monkeypatch):
    """Confirmations answered by ``asked.answer``; each summary is kept."""
    class Asked(list):
        answer = True
    calls = Asked()

    def ask(_parent, title, rows, **_kw):
        calls.append((title, dict(rows)))
        return calls.answer
    monkeypatch.setattr(confirm, "ask", ask)
    return calls


@pytest.fixture
def people(db):
    with db.unit_of_work() as session:
        ids = []
        for name in ("สมศรี ใจดี", "บุญมี ขยัน"):
            person = Participant(name_th=name, joined_on=date(2025, 1, 5))
            session.add(person)
            session.flush()
            ids.append(person.id)
    fund_postings.record_donation(db, key="seed", donor="MICE", amount=B(100000),
                         on=TODAY - timedelta(days=400), received_into="bank")
    return ids


@pytest.fixture
def late_loan(db, people):
    """฿3,000 over 3 months, started 100 days ago; ฿1,500 repaid: instalment 2 half paid."""
    loan_id = loans.lend(db, key="l1", participant_id=people[0], principal=B(3000),
                         start_on=TODAY - timedelta(days=100), term=3, frequency="month",
                         method="zero", annual_rate="0", purpose="รถเข็น", paid_from="bank")
    loans.repay(db, key="r1", loan_id=loan_id, amount=B(1200), on=TODAY - timedelta(days=50))
    loans.repay(db, key="r2", loan_id=loan_id, amount=B(300), on=TODAY - timedelta(days=10))
    return loan_id


@pytest.fixture
def screen(db, ui_context, qtbot, people):
    widget = FundScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_the_loan_view_shows_instalments_payments_days_past_due_and_next_due(
        screen, db, late_loan, english):
    screen.tabs.setCurrentWidget(screen.loans)
    tab = screen.loans
    assert tab.model.rowCount() == 1 and tab.model.rows[0].owed == B(1500)
    tab.list.selectRow(0)
    panel = tab.panel
    rows = panel.schedule_model.rows
    assert [r.paid for r in rows] == [B(1000), B(500), Money(0)]
    assert [r.unpaid for r in rows] == [Money(0), B(500), B(1000)]
    first_late = rows[1]
    assert first_late.state == "late" and first_late.days_late == (TODAY - first_late.due_on).days
    texts = [panel.schedule_model.data(panel.schedule_model.index(1, c)) for c in range(6)]
    assert texts[3] == "฿500.00" and texts[5] == f"{first_late.days_late} days late"
    # each repayment and the instalments it went to: 1,200 paid no. 1 and part of no. 2
    assert [(p.amount, p.instalments) for p in panel.payments_model.rows] == [
        (B(1200), (1, 2)), (B(300), (2,))]
    status = panel.status.text()
    assert "Owed ฿1,500.00" in status
    assert f"Next due {dates.format_date_numeric(first_late.due_on)}: ฿500.00" in status
    assert f"{first_late.days_late} days past due" in status


def test_repayment_and_payout_forms_say_what_is_owed(screen, db, late_loan, people, english):
    screen.tabs.setCurrentWidget(screen.forms)
    form = screen.forms.show_form("repayment")
    assert "Owed on L-" in form.owed.text() and "฿1,500.00" in form.owed.text()
    assert "Next due" in form.owed.text() and "days past due" in form.owed.text()
    assert form.owed.isVisible()
    payout = screen.forms.show_form("payout")
    payout.participant.setCurrentIndex(payout.participant.findData(people[0]))
    assert "owes this participant ฿0.00" in payout.owed.text()
    assert "They owe the fund ฿1,500.00 on 1 loans" in payout.owed.text()


def test_the_loan_picker_says_owes_in_thai(screen, late_loan, thai_afterwards):
    form = screen.forms.show_form("repayment")
    form.fill_choices()
    assert "owes" not in form.loan.currentText() and "฿1,500.00" in form.loan.currentText()


def test_a_participants_page_lists_their_loans(screen, db, late_loan, people, english):
    panel = screen.participants
    screen.tabs.setCurrentWidget(panel)
    panel.table.selectRow([r.id for r in panel.model.rows].index(people[0]))
    text = panel.loans.text()
    assert "L-" in text and "owes ฿1,500.00" in text and "days past due" in text
    panel.table.selectRow([r.id for r in panel.model.rows].index(people[1]))
    assert panel.loans.text() == "No loans."


@pytest.mark.parametrize("key", ["grant", "loan", "payout"])
def test_money_leaving_the_fund_asks_with_a_summary_and_going_back_records_nothing(
        screen, db, qtbot, asked, people, key, english):
    fund_postings.record_donation(db, key="sales", donor="x", amount=B(10), on=TODAY)
    form = screen.forms.show_form(key)
    form.participant.setCurrentIndex(form.participant.findData(people[0]))
    form.amount.setText("700") if key != "loan" else form.principal.setText("700")
    if key != "payout":
        form.purpose.setText("ปุ๋ย")
        form.source.setCurrentIndex(form.source.findData("bank"))
    else:  # the stall owes the participant from sales
        from kiosk.services import ledger, ledger_chart
        with db.unit_of_work() as session:
            ledger.post(session, key="owed", on=TODAY, kind="sale", description="t", lines=[
                ledger.Line(ledger_chart.account_for(session, ledger_chart.CASH).id, B(800)),
                ledger.Line(ledger_chart.account_for(session, ledger_chart.OWED, people[0]).id, -B(800))])
        form.validate()
    assert form.post_button.isEnabled(), form.hint.text()
    before = len(fund.journal(db))
    asked.answer = False
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert len(fund.journal(db)) == before and "Nothing was recorded" in form.hint.text()
    title, rows = asked[-1]
    assert title == form.title() and "฿" not in title
    assert "สมศรี ใจดี" in rows["Participant"]
    assert "700" in "".join(rows.values())
    asked.answer = True
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert len(fund.journal(db)) == before + 1


def test_only_a_large_donation_asks(screen, db, qtbot, asked, english):
    form = screen.forms.show_form("donation")
    form.donor.setText("MICE")
    form.amount.setText("500")
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert asked == [] and "recorded" in form.hint.text()
    form.donor.setText("MICE")
    form.amount.setText("50000")
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert asked[-1][1]["Amount (baht)"] == "50000"


def test_month_close_and_reversal_ask_first(screen, db, qtbot, asked, english):
    asked.answer = False
    form = screen.forms.show_form("month_close")
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert asked[-1][0] == "Close a month" and fund.closed_months(db) == []
    screen.tabs.setCurrentWidget(screen.journal)
    journal = screen.journal
    journal.view.selectRow(0)
    journal.reason.setText("ซ้ำ")
    qtbot.mouseClick(journal.reverse_button, Qt.MouseButton.LeftButton)
    assert asked[-1][1]["Reason for the reversal"] == "ซ้ำ"
    assert all(r.kind != "reversal" for r in fund.journal(db))


def test_the_overpayment_dialog_defaults_to_correcting_the_amount(qtbot, english):
    dialog = confirm.overpayment_dialog(None, "Only ฿5.00 is still owed.")
    qtbot.addWidget(dialog)
    assert dialog.reject_button.isDefault() and not dialog.accept_button.isDefault()
    assert dialog.reject_button.text() == "Change the amount"


def test_an_overpayment_refused_records_nothing(screen, db, qtbot, late_loan, monkeypatch, english):
    monkeypatch.setattr(confirm, "choose_overpayment", lambda *_a: False)
    form = screen.forms.show_form("repayment")
    form.amount.setText("9000")
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert loan_views.loan_summaries(db)[0].owed == B(1500)


def test_the_instalment_box_and_the_schedule_agree_and_save_waits(screen, qtbot, people, english):
    form = screen.forms.show_form("loan")
    form.participant.setCurrentIndex(form.participant.findData(people[0]))
    form.principal.setText("1000")
    form.purpose.setText("ปุ๋ย")
    form.source.setCurrentIndex(form.source.findData("bank"))
    assert form.post_button.isEnabled() and form.schedule_model.rowCount() == 6
    form.term.lineEdit().selectAll()
    qtbot.keyClick(form.term.lineEdit(), Qt.Key.Key_Backspace)
    assert form.term.text() == ""
    assert not form.post_button.isEnabled() and form.schedule_model.rowCount() == 0
    assert "1 to 260" in form.hint.text()
    qtbot.keyClicks(form.term.lineEdit(), "0")
    assert not form.post_button.isEnabled() and form.schedule_model.rowCount() == 0
    form.term.lineEdit().selectAll()
    qtbot.keyClicks(form.term.lineEdit(), "3")
    assert form.post_button.isEnabled() and form.schedule_model.rowCount() == 3
    assert "3 instalments" in form.schedule_title.text()


def test_check_new_loan_lists_every_problem(db, people, english):
    result = loan_views.check_new_loan(db, loan_views.LoanDraft(
        participant_id=None, principal="", start_on=TODAY, term=6, frequency="month",
        method="flat", rate="abc"))
    assert not result.ok and result.schedule == ()
    assert result.problems[0] == "Choose a participant."
    assert len(result.problems) >= 3
    good = loan_views.check_new_loan(db, loan_views.LoanDraft(
        participant_id=people[0], principal="1200", start_on=TODAY, term=2, frequency="month",
        method="flat", rate="12", purpose="x", paid_from="bank"))
    assert good.ok and [i.total for i in good.schedule] == [B(612), B(612)]


def test_journal_descriptions_follow_the_language(screen, db, late_loan, english):
    screen.tabs.setCurrentWidget(screen.journal)
    from kiosk.ui.fund.journal import entry_text
    texts = [entry_text(r) for r in screen.journal.model.rows]
    assert "Donation from MICE" in texts  # written in Thai by the service
    assert any(t.startswith("Repayment L-") for t in texts)
    assert not any("เงินบริจาค" in t or "รับชำระ" in t for t in texts)


def test_the_new_loan_form_shows_the_services_bound(screen, people, english):
    form = screen.forms.show_form("loan")
    form.participant.setCurrentIndex(form.participant.findData(people[0]))
    form.source.setCurrentIndex(form.source.findData("bank"))
    form.purpose.setText("ปุ๋ย")
    form.principal.setText("99,999,999")
    assert not form.post_button.isEnabled()
    assert "more than the most the kiosk takes here (฿100,000.00)" in form.hint.text()
