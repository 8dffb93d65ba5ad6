"""A lost connection to the server (it restarted, a cable was pulled): a Thai message,
what the person typed kept, the action refused or retried whole and never half
written, and the kiosk connected again by itself once the server is back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event, func, select

import postgres_server
from kiosk.db import retrying
from kiosk.db_errors import ConnectionLost, SaveUncertain
from kiosk.models import Role
from kiosk.models.ledger import JournalEntry
from kiosk.models.sales import Sale, SaleLine
from kiosk.money import Money
from kiosk.services import auth, fund, sale_commit, sale_rules, sales
from kiosk.services.checks import registered_checks
from postgres_fixtures import own_db, own_server, own_template, terminate  # noqa: F401
from sales_helpers import cart_of, make_catalogue

THAI = range(0x0E00, 0x0E80)
PAY = sale_rules.PaymentRequest(cash_tendered=Money.baht(100))


def thai(text: str) -> bool:
    return any(ord(ch) in THAI for ch in text)


def signed_in(db, role=Role.VENDOR, pin="1111") -> auth.SignedIn:
    name = "น้องฝน ขายดี" if role == Role.VENDOR else "พี่แดง จัดการ"
    return auth.SignedIn(auth.create_operator(db, name, role, pin), name, role, None)


def written(db) -> tuple[int, int, int]:
    """Sales, sale lines and journal entries on record."""
    with db.reading() as session:
        return tuple(session.scalar(select(func.count()).select_from(table))
                     for table in (Sale, SaleLine, JournalEntry))


def problems(db) -> list[str]:
    with db.reading() as session:
        return [f"{name}: {p}" for name, check in registered_checks().items()
                for p in check(session)]


def cut_when(db, starts: str):
    """The server ends this unit of work's connection as it sends a statement starting
    with ``starts`` (once): a restart or a pulled cable half-way through."""
    cut = []

    def before(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if not cut and statement.lstrip().startswith(starts):
            cut.append(cursor.connection.info.backend_pid)
            terminate(db, cut[0])

    event.listen(db.engine, "before_cursor_execute", before)
    return cut


@pytest.fixture
def selling(own_db):
    vendor = signed_in(own_db)
    products = make_catalogue(own_db)
    sales.open_day(own_db, vendor, Money(0))
    return own_db, vendor, products


def test_a_sale_cut_off_half_way_leaves_nothing_and_the_retry_saves_it_whole(selling):
    db, vendor, products = selling
    cart = cart_of(products, ("KALE", "2"), ("CORIANDER", "1"))
    before = written(db)
    cut = cut_when(db, "INSERT INTO sale_lines")
    with pytest.raises(ConnectionLost) as lost:
        sale_commit.commit_sale(db, cart, vendor, PAY)
    assert cut and thai(lost.value.message)
    assert written(db) == before  # the sale, its lines and its entry: none of it
    result = sale_commit.commit_sale(db, cart, vendor, PAY)  # connects afresh by itself
    assert not result.already_committed and result.number.endswith("000001")
    assert written(db) == (before[0] + 1, before[1] + 2, before[2] + 1)
    assert problems(db) == []


def test_an_action_cut_off_before_its_commit_is_run_again_whole(selling):
    db, vendor, products = selling
    cart = cart_of(products, ("KALE", "1"))
    cut = cut_when(db, "INSERT INTO ledger_entries")
    result = retrying(lambda: sale_commit.commit_sale(db, cart, vendor, PAY))
    assert cut and result.number.endswith("000001")
    assert written(db)[0] == 1 and problems(db) == []


def test_a_connection_lost_at_the_commit_is_not_retried_blindly(selling):
    db, vendor, products = selling
    cart = cart_of(products, ("KALE", "1"))
    runs = []

    def cut_at_commit(conn):  # noqa: ANN001 - the COMMIT is on its way
        if not runs[1:]:
            terminate(db, conn.connection.dbapi_connection.info.backend_pid)

    event.listen(db.engine, "commit", cut_at_commit)

    def work():
        runs.append(1)
        return sale_commit.commit_sale(db, cart, vendor, PAY)

    with pytest.raises(SaveUncertain) as uncertain:
        retrying(work)
    assert len(runs) == 1 and thai(uncertain.value.message)
    from kiosk.ui.actions import message_for
    assert "Nothing was saved" not in message_for(uncertain.value)  # it may have been
    event.remove(db.engine, "commit", cut_at_commit)
    # tapped again with the same cart: saved once, whichever way the first went
    again = sale_commit.commit_sale(db, cart, vendor, PAY)
    assert written(db)[0] == 1 and again.number.endswith("000001")


def test_a_restarted_server_is_found_again_without_restarting_the_kiosk(own_server, selling):
    db, vendor, products = selling
    postgres_server.halt(own_server)
    try:
        with pytest.raises(Exception) as down:
            retrying(lambda: sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")),
                                                     vendor, PAY))
        assert thai(getattr(down.value, "message", ""))
    finally:
        postgres_server.resume(own_server)
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, PAY)
    assert written(db)[0] == 1


# -- on the screens --------------------------------------------------------------------------
@pytest.fixture
def context(own_db, qtbot):
    from kiosk.ui.context import AppContext, DataBus
    bus = DataBus(own_db)
    yield lambda who: AppContext(own_db, bus, who)
    bus.detach()


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_sale_screen_keeps_the_cart_while_the_server_is_away(own_server, selling, context,
                                                                  qtbot):
    from kiosk.services import settings
    from kiosk.ui.sale import SaleScreen
    db, vendor, products = selling
    settings.change(db, None, customer_receipt="never")
    screen = SaleScreen(context(vendor))
    qtbot.addWidget(screen)
    screen.resize(1150, 730)
    screen.show()
    qtbot.waitExposed(screen)
    screen.set_cart(cart_of(products, ("KALE", "2"), ("CHILI", "1")))
    click(qtbot, screen.pay_button)
    pay_page = screen.pages.currentIndex()
    click(qtbot, screen.payment.note_buttons[100])
    postgres_server.halt(own_server)  # the server goes away as the vendor takes the note
    try:
        click(qtbot, screen.payment.cash_confirm)
        assert screen.payment.error.isVisible() and thai(screen.payment.error.text())
        assert screen.pages.currentIndex() == pay_page
        assert [(l.code, l.quantity) for l in screen.cart.lines] == [("KALE", 2), ("CHILI", 1)]
    finally:
        postgres_server.resume(own_server)
    assert written(db)[0] == 0
    click(qtbot, screen.payment.cash_confirm)  # the same tap once the server is back
    assert screen.last_sale is not None and screen.cart.is_empty
    assert written(db) == (1, 2, 1) and problems(db) == []


def test_a_staff_form_keeps_what_was_typed_while_the_server_is_away(own_server, own_db,
                                                                    context, qtbot,
                                                                    monkeypatch):
    from kiosk.ui import dialogs
    from kiosk.ui.fund import confirm
    from kiosk.ui.fund.money_forms import DonationForm
    staff = signed_in(own_db, Role.STAFF, "2222")
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, message: shown.append(message))
    monkeypatch.setattr(confirm, "ask", lambda *_a, **_k: True)
    form = DonationForm(context(staff))
    qtbot.addWidget(form)
    form.fill_choices()
    form.show()
    qtbot.keyClicks(form.donor, "Pa Sri shop")
    qtbot.keyClicks(form.amount, "1,500")
    qtbot.keyClicks(form.note, "birthday merit")
    postgres_server.halt(own_server)
    try:
        click(qtbot, form.post_button)
        assert shown and thai(shown[0])
        assert (form.donor.text(), form.amount.text(), form.note.text()) == (
            "Pa Sri shop", "1,500", "birthday merit")
    finally:
        postgres_server.resume(own_server)
    assert fund.available(own_db) == Money(0)
    click(qtbot, form.post_button)  # the same tap once the server is back
    assert fund.available(own_db) == Money.baht(1500) and form.donor.text() == ""


def test_a_screen_opened_while_the_server_is_away_says_so_and_opens_once_it_is_back(
        own_server, own_db, context, qtbot):
    from kiosk.ui.shell import Shell
    staff = signed_in(own_db, Role.STAFF, "2222")
    shell = Shell(context(staff))
    qtbot.addWidget(shell)
    shell.resize(1280, 800)
    shell.show()
    first, later = shell.keys()[0], shell.keys()[-1]
    assert shell.current_key() == first and not shell.database_note.isVisible()
    postgres_server.halt(own_server)
    try:
        shell.show_screen(later)  # no exception reaches Qt: the screen cannot be built yet
        assert shell.current_key() == first and later not in shell.screens
        assert shell.database_note.isVisible() and thai(shell.database_note.text())
        assert shell.nav_buttons[first].isChecked()
    finally:
        postgres_server.resume(own_server)
    shell.show_screen(later)
    assert shell.current_key() == later and later in shell.screens
    assert not shell.database_note.isVisible()
