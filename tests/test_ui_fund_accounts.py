"""Accounts tab: add an account through the dialog, close one; never delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk import dates
from kiosk.errors import InvalidInput
from kiosk.money import Money
from kiosk.services import audit, fund, fund_postings, ledger
from kiosk.ui import dialogs
from kiosk.ui.fund import FundScreen

B = Money.baht


@pytest.fixture
def tab(ui_context, qtbot):
    screen = FundScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.tabs.setCurrentWidget(screen.accounts)
    return screen.accounts


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(tab, code):
    row = next(i for i, a in enumerate(tab.accounts_model.rows) if a.code == code)
    tab.accounts_view.selectRow(row)
    return tab.accounts_model.rows[row]


def shown(tab, code):
    row = next(i for i, a in enumerate(tab.accounts_model.rows) if a.code == code)
    return tab.accounts_model.data(tab.accounts_model.index(row, 1))


def test_add_an_account_through_the_dialog(tab, db, qtbot, staff, english):
    tap(qtbot, tab.actions.new_button)
    form = tab.actions.form
    assert form.isVisible() and not form.save_button.isEnabled()
    qtbot.keyClicks(form.code, "5100")
    form.name_th.setText("ค่าขนส่ง")  # QTest types ASCII only
    qtbot.keyClicks(form.name_en, "Transport")
    assert not form.save_button.isEnabled() and "type" in form.hint.text()
    tap(qtbot, form.type_buttons["expense"])
    assert form.save_button.isEnabled() and form.hint.text() == "Ready to save."
    with qtbot.waitSignal(form.finished):
        tap(qtbot, form.save_button)
    added = next(a for a in fund.accounts(db) if a.code == "5100")
    assert added.type == "expense" and not added.closed
    assert shown(tab, "5100") == "Transport"  # in the list, English names in English
    assert tab.chosen == added.id and "5100" in tab.title.text()
    [event] = audit.recent_events(db, action="account_create")
    assert event.target == "5100" and event.operator_name == staff.name
    assert event.details == {"name": "ค่าขนส่ง", "type": "expense"}


def test_bad_input_keeps_save_disabled_with_a_reason(tab, db, qtbot, english):
    before = len(fund.accounts(db))
    form = tab.actions.new_account()
    assert form.hint.text() == "Enter the account's code."
    qtbot.keyClicks(form.code, "51 00")
    assert "without spaces" in form.hint.text() and not form.save_button.isEnabled()
    form.code.setText("1010")  # the cash drawer's code
    assert form.hint.text() == "An account with this code already exists."
    form.code.setText("X" * 21)
    assert "up to 20" in form.hint.text()
    form.code.setText("5200")
    tap(qtbot, form.type_buttons["income"])
    assert form.hint.text() == "Enter the account's name in Thai." and not form.save_button.isEnabled()
    form.name_th.setText("   ")
    assert not form.save_button.isEnabled()
    form.name_th.setText("ก" * 121)
    assert "120" in form.hint.text() and not form.save_button.isEnabled()
    form.save()  # even called directly, nothing is written
    assert len(fund.accounts(db)) == before and not audit.recent_events(db, action="account_create")


def test_the_services_refusal_is_shown_in_thai_and_nothing_is_written(tab, db, qtbot):
    form = tab.actions.new_account()
    form.code.setText("5300")
    form.name_th.setText("ค่าน้ำ")
    tap(qtbot, form.type_buttons["expense"])
    assert form.save_button.isEnabled()
    # someone else takes the code while the dialog is open
    fund.add_account(db, code="5300", name_th="ค่าไฟ", name_en="", type_="expense", operator_id=None)
    tap(qtbot, form.save_button)
    assert form.isVisible() and form.hint.text() == "มีบัญชีรหัสนี้อยู่แล้ว"
    assert not form.save_button.isEnabled()
    assert [a.name for a in fund.accounts(db) if a.code == "5300"] == ["ค่าไฟ"]


def test_close_an_account_with_no_balance(tab, db, qtbot, monkeypatch, english):
    account_id = fund.add_account(db, code="5100", name_th="ค่าขนส่ง", name_en="Transport",
                                  type_="expense", operator_id=None)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, question, **_k: asked.append(question) or True)
    tab.refresh()
    assert not tab.actions.close_button.isEnabled()
    assert "never deleted" in tab.actions.hint.text()
    choose(tab, "5100")
    assert tab.actions.close_button.isEnabled()
    tap(qtbot, tab.actions.close_button)
    assert "5100" in asked[0]
    assert next(a for a in fund.accounts(db) if a.id == account_id).closed
    assert shown(tab, "5100") == "Transport  (closed)"
    assert not tab.actions.close_button.isEnabled() and "is closed" in tab.actions.hint.text()
    [event] = audit.recent_events(db, action="account_close")
    assert event.target == "5100"
    cash = next(a for a in fund.accounts(db) if a.code == "1010")
    with pytest.raises(InvalidInput, match="5100 is closed"):
        with db.unit_of_work() as session:
            ledger.post(session, key="after-close", on=dates.today(), kind="expense", lines=[
                ledger.Line(account_id, B(5)), ledger.Line(cash.id, B(-5))])


def test_cancelled_confirm_closes_nothing(tab, db, qtbot, monkeypatch):
    fund.add_account(db, code="5100", name_th="ค่าขนส่ง", name_en="", type_="expense", operator_id=None)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: False)
    tab.refresh()
    choose(tab, "5100")
    tap(qtbot, tab.actions.close_button)
    assert not next(a for a in fund.accounts(db) if a.code == "5100").closed


def test_closing_an_account_with_a_balance_is_refused_in_thai(tab, db, qtbot, monkeypatch):
    account_id = fund.add_account(db, code="5100", name_th="ค่าขนส่ง", name_en="Transport",
                                  type_="expense", operator_id=None)
    fund_postings.record_donation(db, key="seed", donor="MICE", amount=B(100), on=dates.today(), received_into="cash")
    cash = next(a for a in fund.accounts(db) if a.code == "1010")
    with db.unit_of_work() as session:
        ledger.post(session, key="fuel", on=dates.today(), kind="expense", lines=[
            ledger.Line(account_id, B(40)), ledger.Line(cash.id, B(-40))])
    errors = []
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, message: errors.append(message))
    tab.refresh()
    choose(tab, "5100")
    tap(qtbot, tab.actions.close_button)
    assert errors == ["ปิดได้เฉพาะบัญชีที่ยอดเป็นศูนย์"]
    assert errors[0] in tab.actions.hint.text()
    choose(tab, "1010")  # the programme's own cash drawer
    tap(qtbot, tab.actions.close_button)
    assert errors[1] == "ปิดบัญชีหลักของโครงการไม่ได้"
    assert not any(a.closed for a in fund.accounts(db))
    assert not audit.recent_events(db, action="account_close")


def test_delete_key_says_accounts_are_only_closed(tab, qtbot, english):
    choose(tab, "1010")
    tab.accounts_view.setFocus()
    qtbot.keyClick(tab.accounts_view, Qt.Key.Key_Delete)
    assert "cannot be deleted" in tab.actions.hint.text()


def test_a_vendor_sees_no_account_buttons(db, vendor, qtbot):
    from kiosk.ui.context import AppContext, DataBus
    bus = DataBus(db)
    screen = FundScreen(AppContext(db, bus, vendor))
    qtbot.addWidget(screen)
    assert screen.accounts.actions.new_button.isHidden()
    assert screen.accounts.actions.close_button.isHidden()
    bus.detach()
