"""The Plot screen with qtbot: month view -> planting, Today ticks, harvest -> stock, map."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from kiosk.models.plot import Planting
from kiosk.services import plot_beds, plot_views, stock
from kiosk.services.demo_context import DemoContext
from kiosk.services.plot_demo import add_demo_data
from kiosk.ui import dialogs
from kiosk.ui.context import AppContext
from kiosk.ui.plot import PlotScreen
from tests.plot_helpers import add_participant, product_of, seed_catalogue

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


def make_screen(qtbot, ctx):
    screen = PlotScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.set_day(TODAY)
    screen.show()
    return screen


def test_vendors_see_only_today(qtbot, db, vendor, demo, ui_context):
    screen = make_screen(qtbot, AppContext(db, ui_context.bus, vendor))
    assert set(screen.views) == {"today"}
    assert not screen.view_buttons["map"].isVisible()
    screen.show_view("month")
    assert screen.stack.currentWidget() is screen.today_view


def test_create_a_planting_from_the_month_view(qtbot, db, demo, ui_context):
    screen = make_screen(qtbot, ui_context)
    qtbot.mouseClick(screen.view_buttons["month"], Qt.MouseButton.LeftButton)
    month = screen.month_view
    qtbot.mouseClick(month.next, Qt.MouseButton.LeftButton)  # December 2569
    day = date(2026, 12, 10)
    qtbot.mouseClick(month.cell_for(day), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(month.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog.start.value() == day
    dialog.crop.setCurrentIndex(dialog.crop.findData(demo["coriander"]))
    bed_b3 = next(b.id for b in plot_beds.list_beds(db) if b.name == "B3")
    dialog.bed.setCurrentIndex(dialog.bed.findData(bed_b3))
    qtbot.mouseClick(dialog.start._buttons["forward"], Qt.MouseButton.LeftButton)
    assert "2570" in dialog.harvest.text()  # harvest in January, Buddhist Era
    assert dialog.warnings.text() == ""
    qtbot.keyClicks(dialog.yield_edit, "8")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    planting = saved.args[0].planting
    assert (planting.bed_id, planting.start_on) == (bed_b3, date(2026, 12, 11))
    assert planting.expected_yield == Decimal("8.000")
    assert "▲" in month.cell_for(date(2026, 12, 11)).lines.text()


def test_bad_planting_input_shows_a_message_and_writes_nothing(qtbot, db, demo, ui_context):
    screen = make_screen(qtbot, ui_context)
    dialog = screen.open_planting(TODAY)
    qtbot.keyClicks(dialog.yield_edit, "-3")
    with db.reading() as session:
        before = session.scalar(select(func.count()).select_from(Planting))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and dialog.message.text()
    assert dialog.isVisible()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Planting)) == before


def test_tick_a_task_in_the_today_view(qtbot, db, vendor, demo, ui_context):
    screen = make_screen(qtbot, AppContext(db, ui_context.bus, vendor))
    task = next(t for t in screen.today_view.data.water if not t.done)
    tick = screen.findChild(QPushButton, f"plot_task_tick_{task.id}")
    assert tick.height() >= 48
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)
    done = next(t for t in plot_views.today_view(db, TODAY).water if t.id == task.id)
    assert done.done and done.done_by == vendor.name
    # the view refreshed from the data-changed signal
    assert screen.findChild(QPushButton, f"plot_task_tick_{task.id}").isChecked()


def test_record_a_harvest_and_the_stock_changes(qtbot, db, vendor, demo, ui_context):
    screen = make_screen(qtbot, AppContext(db, ui_context.bus, vendor))
    ready = screen.today_view.data.harvest[0].planting
    product = product_of(db, ready.crop_id)
    with db.reading() as session:
        before = stock.level(session, product)
    qtbot.mouseClick(screen.findChild(QPushButton, f"plot_harvest_{ready.id}"),
                     Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClicks(dialog.quantity, "0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible()  # zero refused, nothing written
    with db.reading() as session:
        assert stock.level(session, product) == before
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "12")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.reading() as session:
        assert stock.level(session, product) == before + Decimal("12")


def test_map_tap_shows_history_and_refused_drag_snaps_back(qtbot, db, demo, ui_context,
                                                           monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: errors.append(message))
    screen = make_screen(qtbot, ui_context)
    screen.show_view("map")
    view = screen.map_view
    a1 = next(b.bed for b in view.data.beds if b.bed.name == "A1")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.bed_at_centre(a1.id))
    assert screen.dialog.objectName() == "plot_history_dialog"
    assert screen.dialog.list.count() == 2
    screen.dialog.close()
    # dragging A1 onto A2 is refused and the bed stays where it was
    view.bed_moved.emit(a1.id, 0, 150)
    assert errors and plot_beds.list_beds(db)[0].y_cm == 25
    assert view.items_by_bed[a1.id].pos().y() == 25
    # typing a size in the panel
    panel = screen.bed_panel
    panel.spins["length"].setValue(450)  # shorter than its planting: refused
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    assert len(errors) == 2
    panel.spins["length"].setValue(525)
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    assert len(errors) == 2
    assert next(b for b in plot_beds.list_beds(db) if b.id == a1.id).length_cm == 525
    assert view.items_by_bed[a1.id].rect().width() == 525


def test_every_view_builds_in_thai(qtbot, db, demo, ui_context):
    screen = make_screen(qtbot, ui_context)
    for key in ("map", "month", "week", "timeline", "today"):
        qtbot.mouseClick(screen.view_buttons[key], Qt.MouseButton.LeftButton)
        assert screen.stack.currentWidget() is screen.views[key]
    assert screen.month_view.title.text().endswith("2569")  # Buddhist Era
