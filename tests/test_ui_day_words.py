"""The vendor's cash count in Thai: the difference in words, the report's headings translated."""

from __future__ import annotations

import pytest

from kiosk.dates import today
from kiosk.money import Money
from kiosk.services import sale_commit, sale_rules, sales, settings
from kiosk.ui import dialogs
from kiosk.ui.printing import PrintRunner
from kiosk.ui.sale.day import DayDialog
from tests.sales_helpers import cart_of, make_catalogue, open_day
from ui_helpers import tap, thai_afterwards, wait_for_background  # noqa: F401 (a fixture)


@pytest.fixture
def closed_short(qtbot, ui_context, db, monkeypatch, tmp_path, thai_afterwards):
    """A day with one cash sale, closed with ฿50 less in the drawer than expected."""
    products = make_catalogue(db)
    settings.change(db, None, printer_kind="pdf", receipt_folder=str(tmp_path))
    open_day(db, ui_context.who, opening_float=Money.baht(200))
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), ui_context.who,
                      sale_rules.PaymentRequest(cash_tendered=Money.baht(100)))
    expected = sales.day_report(db, today()).expected_cash
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, text, **_k: asked.append(text) or True)
    runner = PrintRunner()
    dialog = DayDialog(ui_context, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    tap(qtbot, dialog.close_button_z)
    counted = expected - Money.baht(50)
    for key in counted.plain().split(".")[0]:
        tap(qtbot, dialog.keypad.button(key))
    tap(qtbot, dialog.keypad.button("ok"))
    with qtbot.waitSignal(runner.succeeded, timeout=10000):
        for key in "2222":
            tap(qtbot, dialog.dialog.pin_pad.button(key))
        tap(qtbot, dialog.dialog.pin_pad.button("ok"))
        wait_for_background()
    return dialog, asked


def test_the_close_asks_and_tells_the_difference_in_words(closed_short):
    dialog, asked = closed_short
    assert any("เงินขาด ฿50" in text for text in asked), asked
    assert not any("-฿" in text for text in asked), asked
    assert "เงินขาด ฿50" in dialog.message.text()


def test_the_report_has_the_words_and_thai_headings(closed_short):
    dialog, _asked = closed_short
    text = dialog.report_view.toPlainText()
    assert "เงินขาด" in text and "-฿" not in text
    for english in ("By owner", "fund", "Difference"):
        assert english not in text, text
    assert "แยกตามเจ้าของผัก" in text and "หักเข้ากองทุน" in text
