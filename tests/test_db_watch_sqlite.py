"""Two windows on one PC, one SQLite file: each hears the other's commits without a
refresh (PRAGMA data_version), and not its own twice."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from kiosk.db import Database, mark_changed
from kiosk.db_watch import EVERYTHING, POLL_SECONDS
from kiosk.topics import Topic

pytestmark = pytest.mark.sqlite_only


def _wait_for(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def _write(database: Database, topic: Topic) -> None:
    with database.unit_of_work() as session:
        session.execute(text("INSERT INTO categories (code, name_th, name_en, sort_order) "
                             "VALUES (:code, 'ผัก', 'Veg', 1)"), {"code": f"C{time.time_ns()}"})
        mark_changed(session, topic)


@pytest.fixture
def two_windows(db):
    other = Database(db.url)
    db.watch_other_terminals()
    other.watch_other_terminals()
    yield db, other
    other.dispose()


def test_the_other_windows_commit_is_heard_without_a_refresh(two_windows):
    window, other = two_windows
    heard = []
    window.add_listener(heard.append)
    _write(other, Topic.SALES)
    assert _wait_for(lambda: heard == [EVERYTHING], seconds=5 * POLL_SECONDS + 2)


def test_our_own_commits_are_told_once_with_their_topics(two_windows):
    window, _ = two_windows
    heard = []
    window.add_listener(heard.append)
    for _ in range(5):
        _write(window, Topic.PLOT)
    time.sleep(3 * POLL_SECONDS)
    assert heard == [frozenset({Topic.PLOT})] * 5


def test_a_change_made_elsewhere_before_our_commit_is_not_taken_for_ours(two_windows):
    window, other = two_windows
    heard = []
    window.add_listener(heard.append)
    window._watcher._stopping.set()  # no polling: only our commit can notice it
    window._watcher._thread.join()
    _write(other, Topic.LOANS)
    _write(window, Topic.PLOT)
    assert heard == [EVERYTHING, frozenset({Topic.PLOT})]


def test_reading_changes_nothing_anyone_hears(two_windows):
    window, other = two_windows
    heard = []
    window.add_listener(heard.append)
    with other.reading() as session:
        session.execute(text("SELECT count(*) FROM categories")).scalar()
    time.sleep(3 * POLL_SECONDS)
    assert heard == []


def test_the_data_bus_re_emits_the_other_windows_change_on_its_thread(two_windows, qtbot):
    from PySide6.QtCore import QThread
    from kiosk.ui.context import DataBus
    window, other = two_windows
    bus = DataBus(window)
    threads = []
    bus.changed.connect(lambda topics: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(bus.changed, timeout=5000) as blocker:
        _write(other, Topic.STOCK)
    assert blocker.args == [EVERYTHING] and threads == [bus.thread()]
    bus.detach()
