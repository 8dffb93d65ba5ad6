"""The plot's screens on years of history (issue 13 §6): every read of a table that grows
with each day (tasks, harvests, training attendance) goes through an index, so the
month, week, Today, map and timeline pages cost the same in year ten as in year one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from kiosk.dates import today
from kiosk.services import plot_views
from query_plans import full_scans, statements

PLOT_GROWING = ("plot_tasks", "plot_harvests", "plot_training_attendance",
                "plot_training_sessions")


def pages(db):
    day = today()
    monday = day - timedelta(days=day.weekday())
    plot_views.month_view(db, day.year, day.month)
    plot_views.weekly_schedule(db, monday)
    plot_views.today_view(db, day)
    plot_views.plot_map(db, day)
    plot_views.timeline(db, day - timedelta(days=30), day)


@pytest.mark.sqlite_only  # SQLite's EXPLAIN QUERY PLAN
def test_the_plot_pages_read_no_growing_table_whole(demo_copy):
    with statements(demo_copy) as sent:
        pages(demo_copy)
    assert len(sent) > 10
    assert full_scans(demo_copy, sent, PLOT_GROWING) == []


@pytest.mark.sqlite_only
def test_the_check_sees_a_page_reading_its_tasks_whole(demo_copy):
    """Without the tasks' date index every page reads all tasks: the test above says so."""
    with demo_copy.unit_of_work() as session:
        session.execute(text("DROP INDEX ix_plot_tasks_due"))
    with statements(demo_copy) as sent:
        pages(demo_copy)
    scans = full_scans(demo_copy, sent, PLOT_GROWING)
    assert any(scan.startswith("plot_tasks: ") for scan in scans)
