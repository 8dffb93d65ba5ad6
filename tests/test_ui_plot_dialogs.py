"""Plot dialogs: the service's bounds are shown, a message clears once the input is
fixed and never grows the dialog; spin boxes say cm in the screen's language; the
month view's new-planting button names the day it will use."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.dates import format_date, today
from kiosk.services import plot_beds, plot_harvests, plot_plantings
from kiosk.ui.plot import PlotScreen
from kiosk.ui.plot.dialogs import HarvestDialog, PlantingDialog
from tests.plot_helpers import seed_catalogue
from ui_helpers import thai_afterwards  # noqa: F401

TODAY = today()


@pytest.fixture
def crops(db):
    return seed_catalogue(db)


@pytest.fixture
def bed(db, staff):
    return plot_beds.add_bed(db, staff, "A1", 0, 25, 500, 100)


def test_a_harvest_message_keeps_its_room_and_clears_when_fixed(qtbot, db, staff, bed, crops,
                                                                  ui_context, english):
    p = plot_plantings.create_planting(db, staff, crops["water_spinach"], bed.id,
                             TODAY - timedelta(days=40)).planting
    dialog = HarvestDialog(ui_context, p.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = (dialog.height(), dialog.save_button.y())
    qtbot.keyClicks(dialog.quantity, "12.345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "whole numbers" in dialog.message.text()
    assert (dialog.height(), dialog.save_button.y()) == before
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Backspace)
    assert dialog.message.text() == ""
    dialog.quantity.setText("1234567890123456")  # was an OverflowError the dialog let through
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() and dialog.isVisible()


def test_a_planting_message_clears_and_the_dialog_does_not_grow(qtbot, db, bed, crops,
                                                                 ui_context, english):
    dialog = PlantingDialog(ui_context, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = (dialog.height(), dialog.save_button.y())
    qtbot.keyClicks(dialog.yield_edit, "0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "more than zero" in dialog.message.text()
    assert (dialog.height(), dialog.save_button.y()) == before
    qtbot.keyClicks(dialog.yield_edit, "5")
    assert dialog.message.text() == ""


def test_planting_far_in_the_past_is_shown_as_the_services_message(qtbot, db, bed, crops,
                                                                    ui_context, english):
    dialog = PlantingDialog(ui_context, TODAY - timedelta(days=9 * 365))
    qtbot.addWidget(dialog)
    assert "Choose a date from" in dialog.warnings.text()


def test_spin_boxes_say_cm_in_thai(qtbot, db, bed, crops, ui_context, thai_afterwards):
    dialog = PlantingDialog(ui_context, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.from_cm.suffix() == " ซม."
    screen = PlotScreen(ui_context)
    qtbot.addWidget(screen)
    assert all(s.suffix() == " ซม." for s in screen.bed_panel.spins.values())


def test_the_new_planting_button_names_the_day_it_uses(qtbot, db, bed, crops, ui_context, english):
    screen = PlotScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.show_view("month")
    month = screen.month_view
    assert month.add_button.text() == "New planting today"
    qtbot.mouseClick(month.add_button, Qt.MouseButton.LeftButton)
    assert screen.dialog.start.value() == TODAY
    screen.dialog.reject()
    other = TODAY + timedelta(days=1) if TODAY.day < 28 else TODAY - timedelta(days=1)
    qtbot.mouseClick(month.cell_for(other), Qt.MouseButton.LeftButton)
    assert month.add_button.text() == f"New planting on {format_date(other)}"
    qtbot.mouseClick(month.add_button, Qt.MouseButton.LeftButton)
    assert screen.dialog.start.value() == other


def test_any_failure_while_saving_a_harvest_is_a_message(qtbot, db, staff, bed, crops, ui_context,
                                                         monkeypatch, english):
    p = plot_plantings.create_planting(db, staff, crops["water_spinach"], bed.id,
                             TODAY - timedelta(days=40)).planting
    dialog = HarvestDialog(ui_context, p.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()

    def overflow(*_a, **_k):
        raise OverflowError("Python int too large to convert to SQLite INTEGER")
    monkeypatch.setattr(plot_harvests, "record_harvest", overflow)
    dialog.quantity.setText("5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "nothing was saved" in dialog.message.text() and dialog.isVisible()
    assert dialog.save_button.isEnabled()


def test_spin_boxes_show_their_arrows(qtbot, db, bed, crops, ui_context):
    dialog = PlantingDialog(ui_context, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.from_cm.grab().toImage()
    arrow = [(x, y) for x in range(image.width() - 44, image.width())
             for y in range(image.height()) if image.pixelColor(x, y).name() == "#1b5e20"]
    assert len(arrow) > 20  # both triangles drawn in the buttons at the right


def test_the_bed_form_is_as_wide_as_its_thai_labels(qtbot, db, bed, crops, ui_context,
                                                    thai_afterwards):
    screen = PlotScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1140, 730)
    screen.show()
    screen.show_view("map")
    qtbot.waitExposed(screen)
    frame = screen.panel_frame
    assert frame.viewport().width() >= screen.bed_panel.minimumSizeHint().width()


def test_week_tasks_say_what_to_do_on_one_line_and_on_what_on_the_next(qtbot, db, staff, bed,
                                                                       crops, ui_context, english):
    plot_plantings.create_planting(db, staff, crops["chinese_kale"], bed.id, TODAY - timedelta(days=3))
    screen = PlotScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1140, 730)
    screen.show()
    screen.show_view("week")
    buttons = [b for b in screen.week_view.findChildren(QPushButton)
               if b.objectName().startswith("plot_week_task_")]
    assert buttons
    for button in buttons:
        first, second = button.text().split("\n")
        assert "Chinese kale" in second and "Chinese" not in first
        assert button.minimumHeight() >= 2 * button.fontMetrics().lineSpacing()
