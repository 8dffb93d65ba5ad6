"""The timeline puts overlapping plantings of a bed in separate lanes and scrolls
across as many months as its plantings need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import given, strategies as st

from kiosk.dates import today
from kiosk.services import plot_beds, plot_lanes, plot_plantings
from kiosk.ui.plot import PlotScreen
from tests.plot_helpers import seed_catalogue

TODAY = today()


@dataclass(frozen=True)
class Span:
    id: int
    start_on: date
    end_on: date


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 120)), max_size=12))
def test_plantings_in_one_lane_never_overlap(spans):
    items = [Span(i, date(2026, 1, 1) + timedelta(days=a), date(2026, 1, 1) + timedelta(days=a + n))
             for i, (a, n) in enumerate(spans)]
    lane_of = plot_lanes.lanes(items)
    for a in items:
        for b in items:
            if a.id < b.id and lane_of[a.id] == lane_of[b.id]:
                assert a.end_on < b.start_on or b.end_on < a.start_on
    # no more lanes than plantings on one day at most
    most = max((sum(1 for s in items if s.start_on <= d <= s.end_on)
                for d in {s.start_on for s in items}), default=0)
    assert max(lane_of.values(), default=-1) + 1 == most


def test_the_timeline_lays_overlaps_in_lanes_and_scrolls(qtbot, db, staff, ui_context):
    crops = seed_catalogue(db)
    bed = plot_beds.add_bed(db, staff, "A1", 0, 25, 500, 100)
    for code in ("choy_sum", "chinese_kale", "coriander"):  # the same days, the same bed
        plot_plantings.create_planting(db, staff, crops[code], bed.id, TODAY - timedelta(days=10))
    late = plot_plantings.create_planting(db, staff, crops["holy_basil"], bed.id, TODAY + timedelta(days=600),
                                from_cm=0, to_cm=100).planting
    screen = PlotScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.show_view("timeline")
    view = screen.timeline_view
    [row] = view.rows
    lane_of = plot_lanes.lanes(row.plantings)
    assert sorted(lane_of[p.id] for p in row.plantings if p.id != late.id) == [0, 1, 2]
    assert lane_of[late.id] == 0  # long after the others: back in the first lane
    assert view.canvas.row_height(row) >= 3 * 30
    # the last planting is 20 months ahead: the chart reaches it and scrolls there
    assert view.last >= late.harvest_to
    assert view.canvas.width() > view.viewport().width() * 2
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0 and 0 < bar.value() < bar.maximum()
    bar.setValue(bar.maximum())
    assert view.canvas.x(late.start_on) <= bar.value() + view.viewport().width()
    image = view.grab()
    image.save("/tmp/timeline_test.png")
