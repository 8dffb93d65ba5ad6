"""The product form: staff choose each product's unit (its Thai classifier) and price; the
service bounds and checks them, and the tiles, cart and receipt print that unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from kiosk.errors import InvalidInput, NotAllowed
from kiosk.models import Category, Product
from kiosk.money import Money
from kiosk.reports.receipt import StallInfo, build_receipt
from kiosk.services import catalog, products, sale_commit
from kiosk.services.products import ProductForm
from kiosk.services.sale_rules import PaymentRequest
from kiosk.ui.context import AppContext, DataBus
from kiosk.ui.settings import SettingsScreen
from kiosk.ui.settings.products import ProductsTab
from sales_helpers import count_rows, open_day
from test_receipt import bare
from test_receipt_issuer import text_of
from thai_only_here import thai_here  # noqa: F401 (a fixture)


@pytest.fixture
def category(db) -> int:
    with db.unit_of_work() as session:
        row = Category(code="LEAFY", name_th="ผักใบ", name_en="Leafy", sort_order=1)
        session.add(row)
        session.flush()
        return row.id


def cabbage(category: int, **changes) -> ProductForm:
    values = dict(name_th="ผักกาดขาว", name_en="Chinese cabbage", category_id=category,
                  unit="head", price="35")
    values.update(changes)
    return ProductForm(**values)


def test_staff_add_a_product_sold_by_the_head_and_it_sells_and_prints_so(db, staff, vendor,
                                                                         category):
    row = products.add_product(db, staff, cabbage(category))
    assert (row.code, row.unit, row.price) == ("P001", "head", Money.baht(35))
    [tile] = catalog.product_tiles(db)
    assert tile.unit == "head" and not tile.sold_by_weight
    open_day(db, vendor)
    from kiosk.services.cart import Cart
    sale = sale_commit.commit_sale(db, Cart().add(tile.line(Decimal("2"))), vendor,
                             PaymentRequest(cash_tendered=Money.baht(70)))
    flat = bare(text_of(build_receipt(sale, StallInfo("แผง", ""))))
    assert bare("2 หัว x 35.00") in flat and bare("ชิ้น") not in flat


@pytest.mark.parametrize("changes, message", [
    (dict(unit="dozen"), "unit"), (dict(unit="pack ", price="10"), "unit"),
    (dict(price="0"), "more than zero"), (dict(price="5000.01"), "at most"),
    (dict(price="-5"), "negative"), (dict(price="abc"), "Price"),
    (dict(name_th="  "), "Thai name"), (dict(name_en="x" * 81), "at most 80"),
    (dict(category_id=None), "category"), (dict(category_id=999), "category"),
])
def test_bad_input_is_refused_with_a_message_and_nothing_written(db, staff, category, english,
                                                                 changes, message):
    with pytest.raises(InvalidInput, match=message):
        products.add_product(db, staff, cabbage(category, **changes))
    assert count_rows(db, Product) == 0


def test_a_vendor_cannot_change_products(db, vendor, category):
    with pytest.raises(NotAllowed):
        products.add_product(db, vendor, cabbage(category))


def test_weighed_and_counted_do_not_swap_once_stocked_but_classifiers_do(db, staff, category,
                                                                        english):
    row = products.add_product(db, staff, cabbage(category, unit="piece"))
    # nothing stocked or sold yet: any unit, and the scale follows the unit
    row = products.change_product(db, staff, row.id, cabbage(category, unit="kg"))
    assert catalog.product_tiles(db)[0].sold_by_weight
    row = products.change_product(db, staff, row.id, cabbage(category, unit="piece"))
    from kiosk.services import stock
    with db.unit_of_work() as session:
        stock.add_movement(session, row.id, Decimal("5"), "harvest")
    assert products.change_product(db, staff, row.id, cabbage(category)).unit == "head"
    with pytest.raises(InvalidInput, match="weighed and counted"):
        products.change_product(db, staff, row.id, cabbage(category, unit="kg"))
    assert catalog.product_tiles(db)[0].unit == "head"


def test_the_settings_products_tab_adds_a_product_with_its_unit(db, admin, qtbot, category,
                                                               thai_here):
    bus = DataBus(db)
    try:
        screen = SettingsScreen(AppContext(db, bus, admin))
        qtbot.addWidget(screen)
        screen.show()
        tabs: QTabWidget = screen.tabs
        index = next(i for i in range(tabs.count())
                     if isinstance(tabs.widget(i), ProductsTab))
        tabs.setCurrentIndex(index)
        tab: ProductsTab = tabs.widget(index)
        assert tabs.tabText(index) == "สินค้า"
        units = [tab.unit.itemText(i) for i in range(tab.unit.count())]
        assert {"หัว", "ลูก", "ถุง", "กำ", "มัด", "ขีด", "กก."} <= set(units)
        assert "แพ็ก" not in units
        for widget in (tab.name_th, tab.name_en, tab.category, tab.unit, tab.price, tab.active,
                       tab.save_button, tab.new_button, tab.list):
            assert widget.objectName() and widget.accessibleName()
        tab.name_th.insert("แตงกวา")
        tab.unit.setCurrentIndex(tab.unit.findData("fruit"))
        assert tab.price_unit.text() == "บาทต่อลูก"
        qtbot.keyClicks(tab.price, "0")
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        assert tab.message.isVisible() and tab.message.text() == "ราคาต้องมากกว่าศูนย์"
        assert count_rows(db, Product) == 0
        tab.price.clear()
        qtbot.keyClicks(tab.price, "5")
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        assert tab.message.text() == "บันทึกสินค้าแล้ว"
        [row] = products.list_products(db)
        assert (row.name_th, row.unit, row.price) == ("แตงกวา", "fruit", Money.baht(5))
        assert tab.list.count() == 1 and "฿5/ลูก" in tab.list.item(0).text()
    finally:
        bus.detach()
