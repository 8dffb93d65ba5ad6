"""Planting status from a bed's history and the month view; the month grid fits 1280x800."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from kiosk.services import plot_beds, plot_plantings, plot_views
from kiosk.services.demo_context import DemoContext
from kiosk.services.plot_demo import add_demo_data
from kiosk.ui.plot import PlotScreen
from tests.plot_helpers import add_participant, seed_catalogue

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo(db, vendor, staff):
    crops = seed_catalogue(db)
    people = {f"p{i}": add_participant(db, f"คนที่ {i}", f"p{i}") for i in range(4)}
    with db.unit_of_work() as session:
        add_demo_data(session, DemoContext(today=TODAY, participants=people,
                                           vendor_ids=[vendor.operator_id],
                                           staff_ids=[staff.operator_id], crops=crops))
    return crops


@pytest.fixture
def screen(qtbot, ui_context, demo):
    widget = PlotScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_day(TODAY)
    widget.show()
    return widget


def _tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_fail_a_planting_from_the_bed_history_needs_a_reason(qtbot, screen, db):
    screen.show_view("map")
    a1 = next(b for b in plot_beds.list_beds(db) if b.name == "A1")
    screen.bed_panel.show_bed(a1)
    _tap(qtbot, screen.bed_panel.history)
    history = screen.dialog
    assert history.status_button.isVisible()
    planting = history.plantings[0]
    history.list.setCurrentRow(0)
    _tap(qtbot, history.status_button)
    dialog = history.status_dialog
    assert dialog.status_buttons[planting.status].isChecked()
    assert not dialog.reason.isVisible()
    _tap(qtbot, dialog.status_buttons["failed"])
    assert dialog.reason.isVisible()
    _tap(qtbot, dialog.save_button)  # no reason: refused, nothing written
    assert dialog.isVisible() and dialog.message.isVisible()
    assert plot_plantings.get_planting(db, planting.id).status == planting.status
    qtbot.keyClicks(dialog.reason, "flooded")
    with qtbot.waitSignal(dialog.saved):
        _tap(qtbot, dialog.save_button)
    stored = plot_plantings.get_planting(db, planting.id)
    assert (stored.status, stored.failed_reason, stored.ended_on) == ("failed", "flooded", TODAY)
    assert "flooded" in history.list.item(0).text()  # the history list updated


def test_move_a_planting_along_from_the_month_view(qtbot, screen, db):
    _tap(qtbot, screen.view_buttons["month"])
    month = screen.month_view
    _tap(qtbot, month.cell_for(TODAY))
    _tap(qtbot, month.status_button)
    dialog = screen.dialog
    assert dialog.objectName() == "plot_status_dialog"
    on_day = [p for row in plot_views.timeline(db, TODAY, TODAY) for p in row.plantings]
    assert dialog.planting.count() == len(on_day) > 1
    target = next(p for p in on_day if p.status not in ("done", "failed", "harvesting"))
    dialog.planting.setCurrentIndex(dialog.planting.findData(target.id))
    _tap(qtbot, dialog.status_buttons["harvesting"])
    with qtbot.waitSignal(dialog.saved):
        _tap(qtbot, dialog.save_button)
    assert plot_plantings.get_planting(db, target.id).status == "harvesting"


def test_vendors_cannot_change_status(db, vendor, demo):
    from kiosk.errors import NotAllowed
    with pytest.raises(NotAllowed):
        plot_plantings.set_planting_status(db, vendor, 1, "done")


def _page_size(screen: QWidget, width: int, height: int, qtbot) -> None:
    """The plot screen in the shell's page area (window minus header and navigation)."""
    frame = QScrollArea()
    qtbot.addWidget(frame)
    frame.setWidgetResizable(True)
    frame.setWidget(screen)
    frame.resize(width, height)
    frame.show()
    qtbot.wait(10)
    return frame


@pytest.mark.parametrize("size", [(1140, 700)])
def test_month_view_fits_1280x800_without_scrolling(qtbot, ui_context, demo, size):
    from kiosk.ui.app import ensure_app
    ensure_app()  # Sarabun and the kiosk's theme, as on the real screen
    screen = PlotScreen(ui_context)
    screen.set_day(TODAY)
    frame = _page_size(screen, *size, qtbot)
    screen.show_view("month")
    qtbot.wait(10)
    assert screen.minimumSizeHint().height() <= size[1]
    assert not frame.verticalScrollBar().isVisible()
    month = screen.month_view
    bottom = month.add_button.mapTo(frame, month.add_button.rect().bottomLeft()).y()
    last_cell = month.cells[-1]
    assert bottom <= size[1] and month.add_button.height() >= 48
    assert last_cell.mapTo(frame, last_cell.rect().bottomLeft()).y() <= size[1]
