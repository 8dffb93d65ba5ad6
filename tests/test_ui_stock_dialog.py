"""The sale screen's Stock dialog, driven with the keypad as a vendor or staff would."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kiosk.services import settings, stock_forms
from kiosk.ui import dialogs
from kiosk.ui.context import AppContext, DataBus
from kiosk.ui.sale import SaleScreen
from kiosk.ui.sale.stock_dialog import StockDialog, StockTableModel
from sales_helpers import make_catalogue, participant_id
from thai_only_here import thai_here  # noqa: F401 (fixture)


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_on(qtbot, keypad, keys):
    for key in keys:
        click(qtbot, keypad.button(key))
    click(qtbot, keypad.button("ok"))


def levels(db):
    return {r.code: r.level for r in stock_forms.stock_rows(db)}


@pytest.fixture
def products(db):
    return make_catalogue(db)


@pytest.fixture
def vendor_context(db, vendor, qtbot):
    bus = DataBus(db)
    yield AppContext(db, bus, vendor)
    bus.detach()


def open_dialog(qtbot, ctx):
    dialog = StockDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_model_passes_the_model_tester(qtmodeltester, db, products):
    model = StockTableModel()
    model.set_rows(stock_forms.stock_rows(db))
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_a_vendor_receives_a_consignment(qtbot, vendor_context, db, products):
    dialog = open_dialog(qtbot, vendor_context)
    assert not dialog.mode_buttons["waste"].isEnabled()
    assert not dialog.mode_buttons["count"].isEnabled()
    dialog.select_product(products["CUCUMBER"].id)
    # without a participant the form says so and writes nothing
    type_on(qtbot, dialog.keypad, "2.5")
    assert dialog.message.text().startswith("⚠")
    assert levels(db)["CUCUMBER"] == Decimal("10.000")
    click(qtbot, dialog.owner_button)
    owner = participant_id(db)
    assert dialog.owner_dialog is not None and not dialog.owner_dialog.buttons[None].isVisible()
    click(qtbot, dialog.owner_dialog.buttons[owner])
    assert dialog.participant_id == owner and "สมศรี" in dialog.owner_button.text()
    dialog.note.setText("มาเช้า")
    assert dialog.keypad.value() == "2.5"  # kept after the error: OK again is enough
    click(qtbot, dialog.keypad.button("ok"))
    assert dialog.message.text().startswith("✓"), dialog.message.text()
    assert levels(db)["CUCUMBER"] == Decimal("12.500")
    assert dialog.last_change.participant_id == owner
    row = dialog.model.row_of(products["CUCUMBER"].id)
    assert dialog.model.index(row, 1).data().startswith("12.500")
    assert "สมศรี" in dialog.model.index(row, 2).data()
    assert dialog.selected().product_id == products["CUCUMBER"].id  # still chosen after reload
    assert dialog.keypad.value() == "" and dialog.note.text() == ""


def test_staff_record_waste_with_a_reason_chip(qtbot, ui_context, db, products):
    dialog = open_dialog(qtbot, ui_context)
    dialog.select_product(products["KALE"].id)
    click(qtbot, dialog.mode_buttons["waste"])
    assert not dialog.owner_button.isVisible()
    type_on(qtbot, dialog.keypad, "3")
    assert "⚠" in dialog.message.text()  # a reason is needed
    assert levels(db)["KALE"] == Decimal("10.000")
    click(qtbot, dialog.reason_buttons[0])
    assert dialog.note.text() == dialog.reason_buttons[0].text()
    click(qtbot, dialog.keypad.button("ok"))
    assert levels(db)["KALE"] == Decimal("7.000")
    assert "−3" in dialog.message.text()


def test_staff_count_stock(qtbot, ui_context, db, products):
    dialog = open_dialog(qtbot, ui_context)
    dialog.select_product(products["CHILI"].id)
    click(qtbot, dialog.mode_buttons["count"])
    assert not dialog.note.isVisible()
    type_on(qtbot, dialog.keypad, "4")
    assert levels(db)["CHILI"] == Decimal("4.000")
    assert dialog.last_change.quantity == Decimal("-6.000")
    type_on(qtbot, dialog.keypad, "1.5")  # sold by the piece
    assert dialog.message.text().startswith("⚠")
    assert levels(db)["CHILI"] == Decimal("4.000")


def test_a_large_weight_asks_first(qtbot, ui_context, db, products, monkeypatch):
    answers = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: answers.append(a) or False)
    dialog = open_dialog(qtbot, ui_context)
    dialog.select_product(products["CUCUMBER"].id)
    dialog.set_participant(participant_id(db))
    type_on(qtbot, dialog.keypad, "60")
    assert answers and levels(db)["CUCUMBER"] == Decimal("10.000")


def test_the_sale_screen_opens_it_and_sells_consigned_produce_for_its_owner(
        qtbot, ui_context, db, products):
    settings.change(db, None, customer_receipt="never")
    screen = SaleScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1280, 730)
    screen.show()
    qtbot.waitExposed(screen)
    click(qtbot, screen.stock_button)
    dialog = screen.dialog
    assert isinstance(dialog, StockDialog)
    owner = participant_id(db)
    dialog.select_product(products["KALE"].id)
    dialog.set_participant(owner)
    type_on(qtbot, dialog.keypad, "5")
    click(qtbot, dialog.close_button)
    # the screen heard "stock" and now sells kale as the participant's produce
    rect = screen.grid.tile_rect(products["KALE"].id)
    qtbot.mouseClick(screen.grid.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [(l.code, l.owner_participant_id) for l in screen.cart.lines] == [("KALE", owner)]
    rect = screen.grid.tile_rect(products["KALE"].id)
    qtbot.mouseClick(screen.grid.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [(l.quantity, l.owner_participant_id) for l in screen.cart.lines] == [(2, owner)]


def test_every_mode_is_in_thai(qtbot, ui_context, db, products, thai_here):
    from test_ui_thai import english_words, visible_texts
    dialog = open_dialog(qtbot, ui_context)
    assert dialog.heading.text() == "คงเหลือ"  # the translator is really installed
    shown = []
    for mode in ("consignment", "waste", "count"):
        click(qtbot, dialog.mode_buttons[mode])
        type_on(qtbot, dialog.keypad, "1")
        shown += [(where, text) for where, text in visible_texts(dialog) if english_words(text)]
    assert not shown
