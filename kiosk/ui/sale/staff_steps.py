"""The sale screen's steps that need a staff PIN: a line's price or discount, the float.

Each asks the service first (bounds before the PIN), then a staff PIN in a
StaffPinDialog; the dialog runs the call through kiosk.ui.actions.
"""

from __future__ import annotations

from kiosk.errors import KioskError
from kiosk.services import auth, overrides, trading_day
from kiosk.ui import dialogs
from kiosk.ui.i18n import tr
from kiosk.ui.sale.approval import StaffPinDialog
from kiosk.ui.sale.labels import baht, product_name


def change_line(screen, kind: str) -> None:  # noqa: ANN001 - a SaleScreen
    """A new price or a discount on the selected line: amount checked, then a staff PIN."""
    row = screen.selected_row()
    if row < 0:
        return
    line = screen.cart.lines[row]
    change = overrides.price_override if kind == "price_override" else overrides.discount

    def approve(approval):
        changed = change(screen.cart, row, approval.amount)  # checked again: nothing stale
        approver = auth.approve_with_staff_pin(
            screen.ctx.db, approval.pin, kind, target=line.code,
            requested_by=screen.ctx.who.operator_id, sale_uid=screen.cart.sale_uid,
            old=line.unit_price.satang, new=changed.lines[row].unit_price.satang,
            discount=changed.lines[row].discount.satang)
        return change(screen.cart, row, approval.amount, approver.operator_id)

    def name() -> str:
        return product_name(line.name_th, line.name_en)

    if kind == "price_override":
        title, prompt = (lambda: tr("New price for {name}").format(name=name()),
                         lambda: tr("New price per unit (baht)"))
    else:
        title, prompt = (lambda: tr("Discount on {name}").format(name=name()),
                         lambda: tr("Discount (baht)"))
    dialog = StaffPinDialog(screen, title, approve, amount_prompt=prompt,
                            name="override" if kind == "price_override" else "discount",
                            check=lambda amount: change(screen.cart, row, amount),
                            db=screen.ctx.db)
    dialog.done_with.connect(screen.set_cart)
    screen.open_dialog(dialog)


def ask_opening_float(screen) -> None:  # noqa: ANN001 - a SaleScreen
    """Open the day with the cash in the drawer (staff PIN), then go on to payment."""
    def check(amount):
        if trading_day.float_needs_confirmation(amount) and not dialogs.confirm(
                screen, tr("An opening float of {amount}? That is more than usual.").format(
                    amount=baht(amount)), yes=tr("Yes, {amount}").format(amount=baht(amount))):
            raise KioskError(tr("Type the opening float again."))

    dialog = StaffPinDialog(
        screen, lambda: tr("Open the day first: how much cash is in the drawer?"),
        lambda approval: trading_day.open_day(screen.ctx.db, screen.ctx.who, approval.amount,
                                              approval.pin),
        amount_prompt=lambda: tr("Cash in the drawer at the start (baht)"), name="open_day",
        check=check, db=screen.ctx.db, allow_zero=True)
    dialog.done_with.connect(lambda _approver: screen.start_payment())
    screen.open_dialog(dialog)
