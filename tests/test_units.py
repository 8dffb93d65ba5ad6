"""Units: each product's own Thai classifier, and one way of writing a quantity."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from kiosk import schema
from kiosk.data import load_crops
from kiosk.i18n import language
from kiosk.models import Category, Crop, Product
from kiosk.money import Money
from kiosk.units import COUNTED, OWN_CLASSIFIER, UNITS, quantity_with_unit, unit_label
from thai_only_here import thai_here  # noqa: F401 (a fixture)


def test_produce_with_a_classifier_of_its_own_is_not_sold_by_the_piece():
    crops = {c.code: c for c in load_crops()}
    assert crops["chinese_cabbage"].sale_unit == "head"
    assert crops["cucumber"].alt_unit == "fruit" and crops["eggplant"].alt_unit == "fruit"
    assert not [c.code for c in crops.values() if "piece" in (c.sale_unit, c.alt_unit)]
    assert {c.sale_unit for c in crops.values()} | {c.alt_unit for c in crops.values()} <= set(UNITS)


def test_each_unit_has_its_thai_classifier_and_an_english_name():
    thai = {"kg": "กก.", "100g": "ขีด", "bunch": "กำ", "bundle": "มัด", "head": "หัว",
            "fruit": "ลูก", "pack": "ถุง", "piece": "ชิ้น"}
    with language("th"):
        assert {u: unit_label(u) for u in UNITS} == thai
    with language("en"):
        english = {u: unit_label(u) for u in UNITS}
    assert english["pack"] == "bag" and english["head"] == "head"
    assert not set(english.values()) & set(thai.values())
    assert "head" in COUNTED and "kg" not in COUNTED


def test_a_weight_has_three_decimals_and_a_count_none():
    with language("th"):
        assert quantity_with_unit(Decimal("0.35"), "kg") == "0.350 กก."
        assert quantity_with_unit(Decimal("2.000"), "head") == "2 หัว"
        assert quantity_with_unit(Decimal("3"), "100g") == "3 ขีด"


def test_the_migration_gives_cabbage_and_cucumber_their_classifier(db):
    schema.downgrade(db, "0010_receipt_issuer-1")
    with db.unit_of_work() as session:
        category = Category(code="V", name_th="ผัก", name_en="Veg", sort_order=0)
        session.add(category)
        crops = {}
        for code, sale_unit, alt_unit in (("chinese_cabbage", "piece", "kg"),
                                          ("cucumber", "kg", "piece"), ("jar", "piece", "")):
            crops[code] = Crop(code=code, name_th=code, name_en=code, family="x", start_from="seed",
                               days_to_first_harvest=30, harvest_window_days=7, spacing_cm="",
                               sale_unit=sale_unit, alt_unit=alt_unit, poor_seasons="", notes="")
            session.add(crops[code])
        session.flush()
        for code, unit in (("chinese_cabbage", "piece"), ("cucumber", "piece"),
                           ("cucumber", "kg"), ("jar", "piece")):
            session.add(Product(code=f"{code}-{unit}", name_th=code, name_en=code,
                                category_id=category.id, crop_id=crops[code].id, unit=unit,
                                sold_by_weight=unit == "kg", price=Money.baht(10)))
    schema.upgrade(db)
    with db.reading() as session:
        units = dict(session.execute(select(Product.code, Product.unit)).all())
        crop_units = {c.code: (c.sale_unit, c.alt_unit) for c in session.scalars(select(Crop))}
    assert units == {"chinese_cabbage-piece": "head", "cucumber-piece": "fruit",
                     "cucumber-kg": "kg", "jar-piece": "piece"}
    assert crop_units == {"chinese_cabbage": ("head", "kg"), "cucumber": ("kg", "fruit"),
                          "jar": ("piece", "")}
    assert OWN_CLASSIFIER["chinese_cabbage"] == "head"


def test_no_product_with_a_classifier_of_its_own_is_shown_in_chin(demo_copy):
    """The glossary's forbidden word: ชิ้น for produce that has its own classifier."""
    from kiosk.services import catalog
    with demo_copy.reading() as session:
        crop_of = dict(session.execute(select(Product.id, Crop.code)
                                       .join(Crop, Crop.id == Product.crop_id)).all())
    tiles = catalog.product_tiles(demo_copy)
    own = [t for t in tiles if crop_of.get(t.id) in OWN_CLASSIFIER]
    assert own  # the demo sells cabbage
    with language("th"):
        for tile in own:
            assert unit_label(tile.unit) != "ชิ้น", tile.name_th
            assert tile.unit == OWN_CLASSIFIER[crop_of[tile.id]] or tile.sold_by_weight
        assert "ชิ้น" not in " ".join(unit_label(t.unit) for t in tiles)


def test_messages_write_quantities_with_the_units_name(db, vendor, staff):
    import pytest
    from kiosk.errors import InvalidInput
    from kiosk.services import sale_commit, sale_reversals, stock_forms
    from kiosk.services.sale_rules import PaymentRequest
    from sales_helpers import cart_of, make_catalogue, open_day
    products = make_catalogue(db)
    open_day(db, vendor)
    sale = sale_commit.commit_sale(db, cart_of(products, ("CUCUMBER", "0.35")), vendor,
                                   PaymentRequest(cash_tendered=Money.baht(21)))
    with language("th"), pytest.raises(InvalidInput) as refused:
        sale_reversals.refund_lines(db, sale.sale_id, {sale.lines[0].line_id: Decimal("0.5")},
                                    vendor, "2222", "เหี่ยว")
    assert "0.350 กก." in refused.value.message and "kg" not in refused.value.message
    with language("th"), pytest.raises(InvalidInput) as refused:
        stock_forms.record_waste(db, staff, products["CUCUMBER"].id, "20", "เน่า")
    assert "9.650 กก." in refused.value.message and "kg" not in refused.value.message


def test_the_demo_sale_screen_passes_the_glossarys_unit_rules(demo_copy, qtbot, thai_here):
    """Tiles, cart lines and the cart's count on the demo market, read in Thai against the
    glossary's forbidden words (tests/forbidden_words.py): no ชิ้น for a cabbage, no
    "3 ชิ้น" for the cart's lines."""
    from PySide6.QtCore import Qt
    from forbidden_words import forbidden_in
    from kiosk.models import Operator, Role
    from kiosk.services import catalog, settings, trading_day
    from kiosk.services.auth import SignedIn
    from kiosk.ui.context import AppContext, DataBus
    from kiosk.ui.sale import SaleScreen
    from kiosk.ui.sale.cart_model import line_quantity_text
    from ui_helpers import open_today
    with demo_copy.reading() as session:
        staff = session.execute(select(Operator.id, Operator.name)
                                .where(Operator.role == Role.STAFF)).first()
    bus = DataBus(demo_copy)
    try:
        ctx = AppContext(demo_copy, bus, SignedIn(staff[0], staff[1], Role.STAFF, None))
        settings.change(demo_copy, None, customer_receipt="never")
        if not trading_day.day_state(demo_copy).opened:
            open_today(ctx)
        screen = SaleScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        model = screen.grid.view.model()
        texts = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
        tiles = {t.name_th: t for t in catalog.product_tiles(demo_copy)}
        for name in ("ผักบุ้งจีน", "ผักบุ้งจีน", "ผักกาดขาว", "กรีนโอ๊ค"):
            qtbot.mouseClick(screen.grid.view.viewport(), Qt.MouseButton.LeftButton,
                             pos=screen.grid.tile_rect(tiles[name].id).center())
        texts += [screen.item_count.text()] + [line_quantity_text(l) for l in screen.cart.lines]
        assert [(t, forbidden_in(t)) for t in texts if forbidden_in(t)] == []
        assert screen.item_count.text() == "3 รายการ"  # lines, not 4 pieces
        assert [line_quantity_text(l) for l in screen.cart.lines] == [
            "2 กำ × ฿10", "1 หัว × ฿35", "1 ถุง × ฿30"]
        assert "ผักกาดขาว ฿35/หัว" in texts and "กรีนโอ๊ค ฿30/ถุง" in texts
    finally:
        bus.detach()
