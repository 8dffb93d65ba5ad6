"""Fund screens: parent accounts sum their sub-accounts, the journal is in date order,
and the figures (amount, credit, running balance) are never cut at 1280x800."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk import dates
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import fund, fund_postings, loans
from kiosk.ui.fund import FundScreen

B = Money.baht
TODAY = dates.today()
LONG_DONOR = "ชมรมแม่บ้านตลาดจอมพลและเครือข่ายผู้ปลูกผักปลอดสารพิษ อำเภอเมืองขอนแก่น"


@pytest.fixture
def books(db):
    ids = []
    with db.unit_of_work() as session:
        for name in ("สมศรี ใจดี", "บุญมี ขยัน"):
            person = Participant(name_th=name, joined_on=date(2025, 1, 5))
            session.add(person)
            session.flush()
            ids.append(person.id)
    fund_postings.record_donation(db, key="d1", donor=LONG_DONOR, amount=B(50000),
                         on=TODAY - timedelta(days=30), received_into="bank")
    for n, person in enumerate(ids):
        loans.lend(db, key=f"l{n}", participant_id=person, principal=B(1000 * (n + 1)),
                   start_on=TODAY - timedelta(days=20), term=2, frequency="month",
                   method="zero", annual_rate="0", purpose="ปุ๋ย", paid_from="bank")
    # entered today, dated before the loans
    fund_postings.record_donation(db, key="late", donor="MICE", amount=B(10), on=TODAY - timedelta(days=25),
                         received_into="bank")
    return ids


def test_a_parent_account_shows_the_sum_of_its_sub_accounts(db, books):
    rows = fund.accounts(db)
    children = [r for r in rows if r.participant_id is not None and r.balance]
    assert sum((r.balance for r in children), Money(0)) == B(3000)
    assert any(r.participant_id is None and r.balance == B(3000) for r in rows)


def test_the_journal_is_in_date_order_then_number(db, books):
    rows = fund.journal(db)
    assert [r.on for r in rows] == sorted((r.on for r in rows), reverse=True)
    late = next(r for r in rows if r.reference == "MICE")
    assert rows.index(late) == len(rows) - 2  # between the loans and the first donation
    first_page = fund.journal(db, limit=2)
    assert fund.journal(db, limit=10, before_id=first_page[-1].id) == rows[2:]


def _fully_shown(view, column) -> bool:
    header = view.horizontalHeader()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    wanted = max(view.sizeHintForColumn(column), header.sectionSizeFromContents(column).width())
    return right <= view.viewport().width() and header.sectionSize(column) >= wanted


def test_figures_are_not_cut_at_1280x800(db, books, ui_context, qtbot, english):
    screen = FundScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1280 - 140, 800 - 70)  # the page beside the navigation
    screen.show()
    qtbot.waitExposed(screen)
    screen.tabs.setCurrentWidget(screen.journal)
    journal = screen.journal
    journal.view.selectRow(len(journal.model.rows) - 1)
    assert _fully_shown(journal.view, 4)  # amount
    assert _fully_shown(journal.lines, 2)  # credit
    screen.tabs.setCurrentWidget(screen.accounts)
    accounts = screen.accounts
    bank = next(i for i, a in enumerate(accounts.accounts_model.rows) if a.balance == B(47010))
    accounts.accounts_view.selectRow(bank)
    assert accounts.statement_model.rowCount() >= 3
    assert _fully_shown(accounts.statement_view, 3) and _fully_shown(accounts.statement_view, 4)
