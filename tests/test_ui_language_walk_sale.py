"""Issue 10 §3 for the sale screen, sign-in and shell: TH -> EN -> TH, every state and
dialog of the sale path, and no string of the other language left anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.models import Operator, Participant, Product, Role
from kiosk.services import auth
from kiosk.ui.i18n import tr
from kiosk.ui.language import LanguageManager
from ui_helpers import enter_pin, open_today, open_window, tap, wrong_language_texts


def names_in(db) -> set[str]:
    """Texts that are names, shown as they are in either language."""
    with db.reading() as session:
        names = {o.name for o in session.query(Operator)}
        for p in session.query(Participant):
            names |= {p.name_th, p.nickname or "", p.display_name if hasattr(p, "display_name")
                      else ""}
        names |= {p.name_th for p in session.query(Product) if not p.name_en}
    return {n for n in names if n} | {"ไทย", "พร้อมเพย์", "ภาษาไทย", "zzzz"}  # zzzz: typed


def settle():
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.slow
def test_sale_signin_and_shell_switch_th_en_th_with_nothing_left_behind(demo_copy, qtbot):
    db = demo_copy
    names = names_in(db)
    problems: list[str] = []
    window = open_window(db, qtbot, (1280, 800))
    language = LanguageManager.instance()

    def check(where: str) -> None:
        settle()
        lang = language.language()
        problems.extend(f"[{lang}] {where}: {p}"
                        for p in wrong_language_texts(window, lang, names))

    def switch(lang: str) -> None:
        toggle = window.shell.language_toggle if window.shell else window.signin.language_toggle
        if QApplication.activeModalWidget() is None:
            tap(qtbot, toggle.button(lang))
        else:  # a dialog is open: the language changes under it
            language.choose(lang)
        assert language.language() == lang

    switch("th")
    check("sign-in")
    switch("en")
    check("sign-in")
    switch("th")
    staff = next(t for t in auth.operator_tiles(db) if t.role == Role.STAFF)
    enter_pin(qtbot, window, staff.id, "0000")
    check("sign-in, wrong PIN")
    switch("en")
    check("sign-in, wrong PIN")
    enter_pin(qtbot, window, staff.id, "2221")
    assert window.shell is not None
    open_today(window.shell.ctx)
    sale = window.shell.current_screen()
    sale.refresh_day()

    by_weight = next(t for t in sale.grid.model.all_tiles if t.sold_by_weight)
    by_unit = next(t for t in sale.grid.model.all_tiles if not t.sold_by_weight)
    for lang in ("en", "th", "en", "th"):
        switch(lang)
        sale.new_sale()
        sale.grid.tap(by_unit.id)
        check("sale, a cart")
        sale.grid.search.setText("zzzz")
        check("sale, no match")
        sale.grid.search.clear()
        sale.start_payment()
        sale.payment.add_note(20)
        sale.payment.confirm_cash()  # not enough: the message shows
        check("payment, cash with split and an error")
        sale.payment.split_rest()
        check("payment, split by PromptPay")
        sale.payment.qr_tab.click()
        check("payment, PromptPay")
        sale.payment.pay_exact() if sale.payment.pages.currentIndex() == 0 else None
        sale.payment.cash_tab.click()
        sale.payment.pay_exact()
        sale.payment.confirm_cash()
        assert sale.pages.currentIndex() == 2
        check("done screen")
        other = "th" if lang == "en" else "en"
        switch(other)
        check("done screen after a switch")
        switch(lang)
        # what the printer said stays on the done screen: it follows a switch too
        sale.printer.failed.emit(sale.last_sale.number, "printer on fire")
        check("done screen, the receipt did not print")
        switch(other)
        check("done screen, the receipt did not print, after a switch")
        switch(lang)
        sale.printer.succeeded.emit(sale.last_sale.number, tr("Receipt saved."))
        check("done screen, the receipt saved")
        switch(other)
        check("done screen, the receipt saved, after a switch")
        switch(lang)

        # each dialog of the sale path, with an error shown, then switched under it
        sale.new_sale()
        sale.grid.tap(by_weight.id)
        weight = sale.dialog
        weight.keypad.set_value("99999")
        weight._submit()
        check("weight dialog with an error")
        switch(other)
        check("weight dialog after a switch")
        weight.reject()
        switch(lang)
        sale.grid.tap(by_unit.id)
        sale.select_row(len(sale.cart.lines) - 1)
        sale.give_discount()
        discount = sale.dialog
        discount.amount_pad.set_value("99999")
        discount._amount_done("")
        check("discount dialog with an error")
        switch(other)
        check("discount dialog after a switch")
        discount.reject()
        switch(lang)
        for open_it in (sale.open_history, sale.open_day_panel, sale.open_stock, sale.choose_owner):
            open_it()
            dialog = sale.dialog
            check(f"{dialog.objectName()}")
            switch(other)
            check(f"{dialog.objectName()} after a switch")
            dialog.reject()
            switch(lang)
        sale.clear_cart.__func__  # noqa: B018 - the cart stays for the next round
    assert not problems, "Texts of the other language:\n" + "\n".join(dict.fromkeys(problems))
