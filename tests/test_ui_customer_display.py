"""Issue 16 §2: the customer display follows a PromptPay sale, and a cash one, step by step."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from kiosk import promptpay
from kiosk.money import Money
from kiosk.services import settings
from kiosk.ui.sale import customer_feed
from kiosk.ui.sale.customer_display import CART, IDLE, QR, THANKS, both
from tests.test_ui_sale import click, products, screen, tap  # noqa: F401 (fixtures)

HERE = Path(__file__).parent


@pytest.fixture
def on_this_screen(ui_context, monkeypatch):
    """The customer display set to the (only, and nameless) offscreen screen."""
    monkeypatch.setattr(customer_feed, "screen_named", lambda name: (
        QGuiApplication.primaryScreen() if name == "screen 1" else None))
    settings.change(ui_context.db, None, customer_display_screen="screen 1")
    yield
    customer_feed.close()


def shows(qtbot, page: int) -> None:
    qtbot.waitUntil(lambda: customer_feed.current() is not None
                    and customer_feed.current().page == page, timeout=3000)


def test_no_screen_chosen_means_no_window(qtbot, screen):
    assert customer_feed.current() is None
    screen.customer_feed.refresh()  # and the feed does nothing


def test_a_promptpay_sale_step_by_step(qtbot, on_this_screen, screen, products, db):
    display = customer_feed.current()
    assert display is not None and display.isVisible()
    shows(qtbot, IDLE)
    assert display.idle_name.text() == settings.read(db, "stall_name")
    assert display.welcome.text() == "ยินดีต้อนรับ\nWelcome"
    assert not display.picture.pixmap().isNull()

    tap(qtbot, screen, products["KALE"])
    tap(qtbot, screen, products["CORIANDER"])
    shows(qtbot, CART)
    assert display.lines.text() == "คะน้า (Chinese kale)   1 กำ   ฿20\nผักชีฝรั่ง (Culantro)   1 กำ   ฿10"
    assert display.total.text() == "฿30"
    assert display.total_caption.text() == "รวม\nTotal"

    click(qtbot, screen.pay_button)
    shows(qtbot, CART)  # paying in cash: the total stays in view
    click(qtbot, screen.payment.qr_tab)
    shows(qtbot, QR)
    assert display.qr.payload == promptpay.payload(settings.read(db, "promptpay_target"),
                                                  Money.baht(30))
    assert display.qr_amount.text() == "฿30"

    click(qtbot, screen.payment.qr_confirm)
    shows(qtbot, THANKS)
    assert display.thanks.text() == "ขอบคุณ\nThank you"
    assert display.change.text() == ""  # nothing to give back

    screen.new_sale()
    shows(qtbot, IDLE)


def test_a_cash_sale_shows_the_change(qtbot, on_this_screen, screen, products):
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.note_buttons[100])
    click(qtbot, screen.payment.cash_confirm)
    shows(qtbot, THANKS)
    display = customer_feed.current()
    assert display.change.text() == "฿80"
    assert display.change_caption.text() == "เงินทอน\nYour change"


def test_a_long_cart_shows_its_newest_lines_and_how_many_more(qtbot):
    from dataclasses import replace
    from decimal import Decimal

    from kiosk.services.cart import Cart, CartLine
    from kiosk.ui.sale.customer_display import MAX_LINES, CustomerDisplay
    first = CartLine(1, "P1", "ผัก 1", "Veg 1", "kg", True, Decimal("0.500"), Money.baht(40))
    cart = Cart(lines=tuple(replace(first, product_id=n, name_th=f"ผัก {n}", name_en=f"Veg {n}")
                            for n in range(1, 10)))
    display = CustomerDisplay("stall")
    qtbot.addWidget(display)
    display.show_cart(cart)
    rows = display.lines.text().splitlines()
    assert len(rows) == MAX_LINES + 1
    assert rows[0] == "… และอีก 3 รายการ / … and 3 more lines"
    assert rows[-1].startswith("ผัก 9 (Veg 9)") and rows[-1].endswith("฿20")
    assert display.total.text() == "฿180"


def test_both_languages_on_one_line_each():
    assert both("Thank you") == "ขอบคุณ\nThank you"


@pytest.mark.slow
def test_on_two_screens_the_display_opens_on_the_chosen_one(db, tmp_path):
    """Qt's offscreen platform with two screens (a configuration file), in its own process."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "vendor", "x": 0, "y": 0, "width": 1024, "height": 768, "dpi": 96, "dpr": 1},
        {"name": "customer", "x": 1024, "y": 0, "width": 800, "height": 480, "dpi": 96, "dpr": 1},
    ]}))
    settings.change(db, None, customer_display_screen="customer")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    run = subprocess.run([sys.executable, str(HERE / "two_screens_probe.py"), db.url,
                          str(tmp_path)], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["screens"] == ["customer", "vendor"] or sorted(report["screens"]) == [
        "customer", "vendor"]
    assert report["opened_on"] == "customer"
    assert report["geometry"] == [1024, 0, 800, 480]
    assert report["pages"] == ["idle", "cart", "qr", "thanks"]
    assert report["sizes"] == [[800, 480]] * 4  # each page fits a 7-inch screen whole
    for page in report["pages"]:
        assert (tmp_path / f"customer-{page}.png").stat().st_size > 1000
    assert report["none_chosen"] is None and report["unplugged"] is None
