"""Crops view (staff): the catalogue table, editing and adding crops, linked products."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kiosk import i18n
from kiosk.errors import InvalidInput, NotAllowed
from kiosk.models import AuditEvent, Crop, Product
from kiosk.services import plot_crops
from kiosk.services.plot_rules import season_label
from kiosk.ui.context import AppContext
from kiosk.ui.plot import PlotScreen
from tests.plot_helpers import seed_catalogue

TODAY = date(2026, 11, 25)


@pytest.fixture
def crops(db):
    return seed_catalogue(db)


@pytest.fixture
def screen(qtbot, ui_context, crops):
    widget = PlotScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_day(TODAY)
    widget.show()
    qtbot.mouseClick(widget.view_buttons["crops"], Qt.MouseButton.LeftButton)
    return widget


def _row_of(view, code_name_en):
    return next(i for i, c in enumerate(view.model.rows) if c.name_en == code_name_en)


def _crop(db, crop_id):
    with db.reading() as session:
        return plot_crops.crop_info(session.get(Crop, crop_id))


def test_table_lists_every_crop_with_its_products(screen, crops, qtmodeltester):
    view = screen.crops_view
    assert screen.stack.currentWidget() is view
    assert not screen.filter_row.isVisible()  # filters do not apply to the catalogue
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == len(crops)
    row = _row_of(view, "Chinese kale")
    cols = view.model.COLUMNS
    text = {c: view.model.index(row, cols.index(c)).data() for c in cols}
    assert text["name"] == "คะน้า\nChinese kale"
    assert text["days"] == "50" and text["window"] == "15"
    assert text["poor"] == season_label("hot")
    assert text["products"].startswith("คะน้า")
    assert view.add_button.height() >= 48


def test_vendors_have_no_crops_view(qtbot, db, vendor, ui_context, crops):
    widget = PlotScreen(AppContext(db, ui_context.bus, vendor))
    qtbot.addWidget(widget)
    assert "crops" not in widget.views and "training" not in widget.views
    with pytest.raises(NotAllowed):
        plot_crops.update_crop(db, vendor, crops["coriander"], days_to_first_harvest=10)


def test_edit_a_crop_through_the_form(qtbot, screen, db, crops):
    view = screen.crops_view
    row = _row_of(view, "coriander")
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.table.visualRect(view.model.index(row, 0)).center())
    dialog = view.dialog
    assert dialog.isVisible() and dialog.name_th.text() == "ผักชี"
    assert dialog.season_buttons["hot"].isChecked() and dialog.season_buttons["rainy"].isChecked()
    dialog.days.clear()
    qtbot.keyClicks(dialog.days, "45")
    qtbot.mouseClick(dialog.season_buttons["rainy"], Qt.MouseButton.LeftButton)  # untick
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "plot_crop_swatch_4"),
                     Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    crop = _crop(db, crops["coriander"])
    assert crop.days_to_first_harvest == 45
    assert crop.poor_seasons == ("hot",)
    assert crop.colour == "#1565c0"
    # the table follows the change signal
    row = _row_of(view, "coriander")
    assert view.model.index(row, view.model.COLUMNS.index("days")).data() == "45"


@pytest.mark.parametrize(("field", "text"), [
    ("days", "abc"), ("days", "0"), ("window", "900"), ("name_th", "  "),
    ("colour", "green"), ("spacing", "wide"),
])
def test_bad_input_shows_a_message_and_writes_nothing(qtbot, screen, db, crops, field, text):
    view = screen.crops_view
    dialog = view.open_crop(view.model.rows[_row_of(view, "choy sum")])
    before = _crop(db, crops["choy_sum"])
    edit = getattr(dialog, field)
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.isVisible() and dialog.message.text()
    assert _crop(db, crops["choy_sum"]) == before


def test_messages_are_thai(qtbot, screen, db, crops):
    view = screen.crops_view
    dialog = view.open_crop(None)
    with i18n.language("th"):  # the service's messages follow the kiosk's language
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "ใส่ชื่อภาษาไทยก่อน"


def test_add_a_crop_and_link_a_product(qtbot, screen, db, crops):
    view = screen.crops_view
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    dialog.name_th.setText("แตงกวา")  # (QTest cannot type Thai)
    qtbot.keyClicks(dialog.name_en, "Cucumber")
    dialog.family.setCurrentText("Cucurbitaceae")
    dialog.start_from.setCurrentIndex(dialog.start_from.findData("seed"))
    qtbot.keyClicks(dialog.days, "40")
    qtbot.keyClicks(dialog.window, "30")
    qtbot.keyClicks(dialog.spacing, "50x50")
    dialog.sale_unit.setCurrentIndex(dialog.sale_unit.findData("kg"))
    with db.reading() as session:
        chili_product = session.scalar(select(Product.id).where(Product.code == "chili"))
    item = next(dialog.products.item(i) for i in range(dialog.products.count())
                if dialog.products.item(i).data(Qt.ItemDataRole.UserRole) == chili_product)
    qtbot.mouseClick(dialog.products.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.products.visualItemRect(item).center())
    assert item.checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    crop = saved.args[0]
    assert (crop.code, crop.family, crop.spacing_cm) == ("cucumber", "Cucurbitaceae", "50x50")
    with db.reading() as session:
        assert session.get(Product, chili_product).crop_id == crop.id
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "plot_crop_add")).one()
        assert json.loads(event.details)["products"] == [chili_product]
    assert view.model.rowCount() == len(crops) + 1
    # the same name again is refused
    with pytest.raises(InvalidInput):
        plot_crops.create_crop(db, screen.ctx.who, name_th="แตงกวา", name_en="cuke", family="F",
                         start_from="seed", days_to_first_harvest=40, harvest_window_days=3,
                         sale_unit="kg")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Crop)) == len(crops) + 1


def test_unticking_a_product_unlinks_it(db, staff, crops):
    plot_crops.update_crop(db, staff, crops["chili"], product_ids=[])
    with db.reading() as session:
        assert session.scalar(select(Product.crop_id).where(Product.code == "chili")) is None


def test_broadcast_spacing_is_kept(db, staff, crops):
    crop = plot_crops.update_crop(db, staff, crops["coriander"], spacing_cm="broadcast")
    assert crop.spacing_cm == "broadcast"
    with pytest.raises(InvalidInput):
        plot_crops.update_crop(db, staff, crops["coriander"], spacing_cm="20x30x4")
