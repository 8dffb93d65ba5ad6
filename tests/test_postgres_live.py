"""The other terminal's changes arrive by themselves (LISTEN/NOTIFY), and a
connection the server dropped is replaced before the next unit of work."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from kiosk.db import Database, mark_changed
from kiosk.db_watch import EVERYTHING
from postgres_fixtures import pg_db, pg_template, superuser_connection  # noqa: F401


def _wait_for(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def two_terminals(pg_db):
    office = Database(pg_db.url)
    office.watch_other_terminals()
    assert office._watcher.listening.wait(5)
    yield pg_db, office
    office.dispose()


def test_the_other_terminals_commit_is_heard_with_its_topics(two_terminals):
    stall, office = two_terminals
    heard = []
    office.add_listener(heard.append)
    with stall.unit_of_work() as session:
        session.execute(text("SELECT 1"))
        mark_changed(session, "sales", "stock")
    assert _wait_for(lambda: heard == [frozenset({"sales", "stock"})])


def test_a_rollback_and_our_own_commits_are_not_news(two_terminals):
    stall, office = two_terminals
    heard = []
    office.add_listener(heard.append)
    with pytest.raises(RuntimeError):
        with stall.unit_of_work() as session:
            mark_changed(session, "sales")
            raise RuntimeError("the cable was pulled")
    with office.unit_of_work() as session:
        mark_changed(session, "plot")
    assert heard == [frozenset({"plot"})]  # ours, told at once; then nothing from the server
    with stall.unit_of_work() as session:
        mark_changed(session, "loans")
    assert _wait_for(lambda: len(heard) == 2)
    assert heard == [frozenset({"plot"}), frozenset({"loans"})]


def test_the_watcher_listens_again_after_the_server_drops_it(two_terminals):
    stall, office = two_terminals
    heard = []
    office.add_listener(heard.append)
    with superuser_connection(stall) as admin:
        admin.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                      "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()")
    # what was committed while it was away went unheard: once back, it tells every topic
    assert _wait_for(lambda: heard == [EVERYTHING], seconds=15)
    with stall.unit_of_work() as session:
        mark_changed(session, "ledger")
    assert _wait_for(lambda: heard == [EVERYTHING, frozenset({"ledger"})])


def test_a_connection_the_server_dropped_is_replaced_before_the_next_write(pg_db):
    with pg_db.unit_of_work() as session:  # a pooled connection now exists
        session.execute(text("SELECT 1"))
    with superuser_connection(pg_db) as admin:
        ended = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()").fetchone()[0]
    assert ended >= 1
    with pg_db.unit_of_work() as session:  # pre-ping finds it dead and reconnects
        session.execute(text("INSERT INTO categories (code, name_th, name_en, sort_order) "
                             "VALUES ('AFTER', 'หลัง', 'After', 1)"))
    with pg_db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM categories WHERE code = 'AFTER'")
                               ).scalar() == 1


def test_the_data_bus_re_emits_the_other_terminals_change_on_its_own_thread(two_terminals,
                                                                            qtbot):
    from PySide6.QtCore import QThread
    from kiosk.ui.context import DataBus
    stall, office = two_terminals
    bus = DataBus(office)
    threads = []
    bus.changed.connect(lambda topics: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(bus.changed, timeout=5000) as blocker:
        with stall.unit_of_work() as session:
            mark_changed(session, "sales")
    assert blocker.args == [frozenset({"sales"})]
    assert threads == [bus.thread()]
    bus.detach()


def test_a_sale_at_the_stall_appears_in_the_office_history_without_a_tap(two_terminals, qtbot):
    from kiosk.models import Role
    from kiosk.money import Money
    from kiosk.services import auth, sale_commit, sale_rules
    from kiosk.ui.context import AppContext, DataBus
    from kiosk.ui.printing import PrintRunner
    from kiosk.ui.sale.history import HistoryDialog
    from sales_helpers import cart_of, make_catalogue, open_day
    stall, office = two_terminals
    vendor = auth.SignedIn(auth.create_operator(stall, "น้องฝน ขายดี", Role.VENDOR, "1111"),
                           "น้องฝน ขายดี", Role.VENDOR, None)
    staff = auth.SignedIn(auth.create_operator(stall, "พี่แดง จัดการ", Role.STAFF, "2222"),
                          "พี่แดง จัดการ", Role.STAFF, None)
    products = make_catalogue(stall)
    open_day(stall, vendor)
    bus = DataBus(office)
    dialog = HistoryDialog(AppContext(office, bus, staff), PrintRunner())
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    sale = sale_commit.commit_sale(stall, cart_of(products, ("KALE", "2")), vendor,
                                   sale_rules.PaymentRequest(cash_tendered=Money.baht(50)))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.rows[0].number == sale.number
    bus.detach()
