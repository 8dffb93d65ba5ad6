"""Month cells and week task buttons show long English crop names without cutting
them mid-letter: a line wider than its cell is elided ("…") or broken at a word,
the whole name stays in the tooltip and the accessible name, and task buttons keep
a finger's size in crowded columns."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape

from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionButton

from kiosk.dates import today
from kiosk.services import plot_beds, plot_plantings, plot_tasks
from kiosk.ui.plot.calendar import MonthView, WeekView
from kiosk.ui.theme import MIN_TARGET_PX
from tests.plot_helpers import seed_catalogue

LONG = "Chinese flowering cabbage"


def _long_crop_planted(db, staff) -> date:
    crops = seed_catalogue(db)
    from kiosk.models import Crop
    with db.unit_of_work() as session:
        session.get(Crop, crops["choy_sum"]).name_en = LONG
    bed = plot_beds.add_bed(db, staff, "C2", 0, 0, 500, 100)
    day = today()
    plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, day)
    for kind in ("water", "weed", "compost", "pest"):
        plot_tasks.add_task(db, staff, kind, day, bed_id=bed.id)
    return day


def _settle():
    for _ in range(4):
        QApplication.processEvents()


def _plain_lines(rich: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", part)) for part in rich.split("<br>") if part]


def test_a_long_english_name_fits_its_month_cell_and_is_told_whole(db, staff, ui_context, qtbot,
                                                                    english):
    day = _long_crop_planted(db, staff)
    view = MonthView(ui_context)
    qtbot.addWidget(view)
    view.resize(760, 520)
    view.show()
    view.show_month(day.year, day.month)
    qtbot.waitExposed(view)
    _settle()
    cell = view.cell_for(day)
    label = cell.lines
    metrics = label.fontMetrics()
    lines = _plain_lines(label.text())
    assert lines, "the sowing is shown in its cell"
    assert LONG not in " ".join(lines), "the whole name does not fit a cell this narrow"
    too_wide = [line for line in lines if metrics.horizontalAdvance(line) > label.contentsRect().width()]
    assert too_wide == []
    assert any(line.endswith("…") or line.endswith("… C2") for line in lines) or len(lines) == 2
    assert "C2" in " ".join(lines), "the bed's name is kept whole"
    assert LONG in cell.toolTip() and LONG in cell.accessibleName()
    count = cell.tasks
    assert count.fontMetrics().horizontalAdvance(count.text()) <= count.contentsRect().width()


def test_week_task_buttons_elide_to_their_width_and_keep_a_finger_size(db, staff, ui_context, qtbot,
                                                                        english):
    day = _long_crop_planted(db, staff)
    view = WeekView(ui_context)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.show_week(day - timedelta(days=day.weekday()))
    qtbot.waitExposed(view)
    _settle()
    buttons = [b for b in view.findChildren(QPushButton) if b.objectName().startswith("plot_week_task_")]
    assert buttons
    for button in buttons:
        option = QStyleOptionButton()
        button.initStyleOption(option)
        width = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                              button).width()
        lines = button.text().split("\n")
        assert [line for line in lines
                if button.fontMetrics().horizontalAdvance(line) > width] == [], button.accessibleName()
        assert button.width() >= MIN_TARGET_PX and button.height() >= 48
        assert button.toolTip() == button.accessibleName() and button.accessibleName()
    named = [b for b in buttons if LONG in b.accessibleName()]
    assert named and all(b.text().split("\n")[-1].endswith(" C2") for b in named)


def test_the_crop_forms_product_list_never_scrolls_sideways(db, staff, ui_context, qtbot, english):
    from kiosk.ui.plot.crops import CropDialog
    _long_crop_planted(db, staff)
    dialog = CropDialog(ui_context, None)
    qtbot.addWidget(dialog)
    dialog.resize(960, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle()
    products = dialog.products
    assert products.count()
    assert products.horizontalScrollBar().maximum() == 0
    assert not products.horizontalScrollBar().isVisible()
