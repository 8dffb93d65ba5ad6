"""Two staff changing the same account at two terminals: the second change, made on
what the first one changed, is refused whole instead of going through unseen (on
SQLite and, with KIOSK_TEST_DATABASE=postgresql, on the server)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kiosk.db import Database
from kiosk.models import Participant, Role
from kiosk.services import audit, auth, fund, ledger_chart, privacy
from kiosk.services.row_versions import ChangedMeanwhile


def account(db, code: str) -> fund.AccountRow:
    return next(a for a in fund.accounts(db) if a.code == code)


@pytest.fixture
def transport(db) -> fund.AccountRow:
    fund.add_account(db, code="5100", name_th="ค่าขนส่ง", name_en="Transport",
                     type_="expense", operator_id=None)
    return account(db, "5100")


def test_the_second_close_on_one_version_is_refused_and_writes_nothing(db, staff, transport,
                                                                       english):
    office = Database(db.url)  # the other terminal
    try:
        fund.close_account(office, transport.id, staff.operator_id,
                           expected_version=transport.version)
    finally:
        office.dispose()
    with pytest.raises(ChangedMeanwhile, match="changed by someone else"):
        fund.close_account(db, transport.id, staff.operator_id,
                           expected_version=transport.version)
    assert len(audit.recent_events(db, action="account_close")) == 1
    assert account(db, "5100").version == transport.version + 1


def test_a_close_on_the_latest_version_goes_through(db, staff, transport):
    fund.close_account(db, transport.id, staff.operator_id, expected_version=transport.version)
    assert account(db, "5100").closed and account(db, "5100").version == transport.version + 1


def test_an_erasure_renaming_an_account_counts_as_a_change(db, admin):
    with db.unit_of_work() as session:
        person = Participant(name_th="สมศรี ใจดี", nickname="ศรี", joined_on=date(2025, 1, 5))
        session.add(person)
        session.flush()
        owed = ledger_chart.account_for(session, ledger_chart.OWED, person.id)
        person_id, owed_id = person.id, owed.id
    shown = next(a for a in fund.accounts(db) if a.id == owed_id)
    privacy.erase_participant(db, admin, person_id)
    with pytest.raises(ChangedMeanwhile):
        fund.close_account(db, owed_id, admin.operator_id, expected_version=shown.version)


def test_the_accounts_tab_says_so_and_shows_the_account_as_it_now_is(ui_context, db, staff,
                                                                     transport, qtbot,
                                                                     monkeypatch, english):
    from kiosk.ui import dialogs
    from kiosk.ui.fund import FundScreen
    screen = FundScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.tabs.setCurrentWidget(screen.accounts)
    tab = screen.accounts
    tab.refresh()
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, message: errors.append(message))
    row = next(i for i, a in enumerate(tab.accounts_model.rows) if a.code == "5100")
    tab.accounts_view.selectRow(row)
    office = Database(db.url)  # closes it meanwhile: this terminal hears nothing of it
    try:
        fund.close_account(office, transport.id, staff.operator_id)
    finally:
        office.dispose()
    qtbot.mouseClick(tab.actions.close_button, Qt.MouseButton.LeftButton)
    assert errors and "changed by someone else" in errors[0]
    assert next(a for a in tab.accounts_model.rows if a.code == "5100").closed
    assert len(audit.recent_events(db, action="account_close")) == 1
