"""Issue 16 §1 on screen: the weight keypad with a live scale, and Settings > Devices."""

from __future__ import annotations

from decimal import Decimal

import pytest
import serial

from kiosk.devices.scale_link import ScaleConfig
from kiosk.money import Money
from kiosk.services import device_settings
from kiosk.units import unit_label
from kiosk.ui.devices import scale_monitor
from kiosk.ui.settings.devices import DevicesTab
from kiosk.ui.sale.weight import WeightDialog
from scale_helpers import FakeScale
from tests.test_ui_sale import click, products, screen, tap  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def _english_messages(english):
    """The scale's messages (made by kiosk.devices) in English, like the widgets' sources."""


@pytest.fixture
def loop():
    """A serial line whose far end is the test: what it writes, the kiosk reads."""
    port = serial.serial_for_url("loop://", timeout=0.05)
    yield port
    port.close()


@pytest.fixture
def scale(loop):
    """The kiosk's running scale monitor, reading ``loop``."""
    monitor = scale_monitor.start(ScaleConfig("loop://"), opener=lambda _c: loop)
    yield monitor
    scale_monitor.stop_current()


def kg(number: str) -> str:
    """The weight as the panel shows it (the unit in the services' language)."""
    return f"{number} {unit_label('kg')}"


def weigh(qtbot, loop, panel, line: bytes, shown: str) -> None:
    loop.write(line + b"\r\n")
    qtbot.waitUntil(lambda: panel.weight.text() == shown, timeout=3000)


def test_a_weighed_sale_takes_the_steady_weight_with_one_tap(qtbot, screen, products, scale, loop):
    tap(qtbot, screen, products["CUCUMBER"])
    dialog = screen.dialog
    panel = dialog.scale_panel
    assert panel is not None and panel.isVisible()
    weigh(qtbot, loop, panel, b"US,GS,+  1.240kg", kg("1.240"))
    assert not panel.take_button.isEnabled()
    assert "still moving" in panel.status.text()
    weigh(qtbot, loop, panel, b"ST,GS,+  1.250kg", kg("1.250"))
    assert panel.take_button.isEnabled()
    click(qtbot, panel.take_button)
    assert screen.dialog is None or not screen.dialog.isVisible()
    assert screen.cart.lines[0].quantity == Decimal("1.250")
    assert screen.cart.total == Money.baht(75)


@pytest.mark.parametrize("line, shown, words", [
    (b"OL,GS,+      kg", "–", "overloaded"),
    (b"ST,GS,-  0.120kg", "-0.120", "below zero"),
    (b"ST,GS,+  0.000kg", "0.000", "Nothing is on the scale"),
    (b"ST,GS,+  2.500lb", "–", "set it to kilograms"),
])
def test_overload_negative_empty_and_pounds_are_refused_with_a_message(
        qtbot, ui_context, products, scale, loop, line, shown, words):
    dialog = WeightDialog(_tile(ui_context, products["CUCUMBER"]))
    qtbot.addWidget(dialog)
    dialog.show()
    chosen = []
    dialog.chosen.connect(chosen.append)
    loop.write(line + b"\r\n")
    qtbot.waitUntil(lambda: words in dialog.scale_panel.status.text(), timeout=3000)
    assert dialog.scale_panel.weight.text() == kg(shown)
    assert not dialog.scale_panel.take_button.isEnabled()
    dialog.scale_panel.take()  # a tap that raced the reading changes nothing
    assert chosen == []
    # typing by hand is still possible
    for key in "0.4":
        dialog.keypad.press(key)
    dialog.keypad.press("ok")
    assert chosen == [Decimal("0.400")]


def test_an_unplugged_scale_says_so_and_the_keypad_works_as_before(qtbot, ui_context, products):
    def unplugged(_config):
        raise serial.SerialException("[Errno 2] could not open port /dev/ttyUSB0")

    monitor = scale_monitor.start(ScaleConfig("/dev/ttyUSB0"), opener=unplugged)
    try:
        dialog = WeightDialog(_tile(ui_context, products["CUCUMBER"]))
        qtbot.addWidget(dialog)
        dialog.show()
        panel = dialog.scale_panel
        qtbot.waitUntil(lambda: "No scale on /dev/ttyUSB0" in panel.status.text(), timeout=3000)
        assert panel.weight.text() == kg("–") and not panel.take_button.isEnabled()
        chosen = []
        dialog.chosen.connect(chosen.append)
        for key in "0.75":
            dialog.keypad.press(key)
        dialog.keypad.press("ok")
        assert chosen == [Decimal("0.750")]
        assert monitor.running
    finally:
        scale_monitor.stop_current()


def test_without_a_scale_the_keypad_is_as_today(qtbot, ui_context, products):
    assert scale_monitor.current() is None
    dialog = WeightDialog(_tile(ui_context, products["CUCUMBER"]))
    qtbot.addWidget(dialog)
    assert dialog.scale_panel is None


def test_a_product_by_the_100_g_takes_the_weight_in_its_unit(qtbot, ui_context, products, scale, loop):
    from dataclasses import replace
    tile = replace(_tile(ui_context, products["CUCUMBER"]), unit="100g")
    dialog = WeightDialog(tile)
    qtbot.addWidget(dialog)
    dialog.show()
    chosen = []
    dialog.chosen.connect(chosen.append)
    weigh(qtbot, loop, dialog.scale_panel, b"ST,GS,+  0.255kg", kg("0.255"))
    click(qtbot, dialog.scale_panel.take_button)
    assert chosen == [Decimal("2.550")]


def _tile(ctx, product):
    from kiosk.services import catalog
    return next(t for t in catalog.product_tiles(ctx.db) if t.id == product.id)


# -- Settings > Devices ------------------------------------------------------------------
@pytest.fixture
def tab(qtbot, ui_context):
    widget = DevicesTab(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    yield widget
    scale_monitor.stop_current()


def test_settings_test_shows_the_live_weight_of_the_scale(qtbot, tab, db):
    with FakeScale([b"ST,GS,+  3.", b"125kg\r\n"]) as fake:
        tab.port.setCurrentText(fake.port)
        tab.protocol.setCurrentIndex(tab.protocol.findData("cas"))
        tab.baud.setCurrentIndex(tab.baud.findData(19200))
        click(qtbot, tab.test_button)
        assert device_settings.scale_config(db) == ScaleConfig(fake.port, 19200, "N", "cas")
        qtbot.waitUntil(lambda: tab.live is not None and tab.live.weight.text() == kg("3.125"),
                        timeout=4000)
        assert not tab.live.take_button.isVisible()
        assert scale_monitor.current().config.port == fake.port
        scale_monitor.stop_current()


def test_settings_refuses_a_bad_port_with_the_services_message(qtbot, tab, db, english):
    tab.port.setCurrentText("COM3\nCOM4")
    click(qtbot, tab.save_button)
    assert "port is not valid" in tab.message.text()
    assert device_settings.scale_config(db).port == ""
    assert scale_monitor.current() is None


def test_an_empty_port_means_no_scale(qtbot, tab, db):
    tab.port.setCurrentText("loop://")
    click(qtbot, tab.save_button)
    assert scale_monitor.current() is not None
    tab.port.setCurrentText("")
    click(qtbot, tab.save_button)
    assert scale_monitor.current() is None
    assert device_settings.scale_config(db).port == ""
