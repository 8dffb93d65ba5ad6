"""Issue 18 §5: the fund's staff screens use the terms of Thai community funds."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from kiosk.ui.fund import FundScreen
from thai_only_here import thai_here  # noqa: F401 (a fixture)


@pytest.fixture
def screen(ui_context, qtbot, thai_here):  # noqa: F811
    widget = FundScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_a_repayment_is_received_into_cash_bank_or_promptpay(screen):
    form = screen.forms.show_form("repayment")
    labels = [label.text() for label in form.findChildren(QLabel)]
    assert "รับเงินเข้า" in labels and "จ่ายด้วย" not in labels
    combo = form.findChild(QComboBox, "fund_repayment_paid_by")
    assert [combo.itemText(i) for i in range(combo.count())] == ["เงินสด", "บัญชีธนาคาร", "พร้อมเพย์"]


def test_the_overview_speaks_of_debtors_arrears_in_cases_and_par_in_words(screen):
    captions = {name: figure.caption.text() for name, figure in screen.overview.figures.items()}
    assert captions["lent_out"] == "ลูกหนี้เงินกู้"
    assert captions["par"] == "เงินกู้ค้างเกิน 30 วัน (%)"
    assert captions["behind"] == "ลูกหนี้ค้างชำระ (ราย)"
    assert captions["commission"] == "ค่าฝากขายเดือนนี้"
    assert captions["available"] == "เงินกองทุนคงเหลือ"
