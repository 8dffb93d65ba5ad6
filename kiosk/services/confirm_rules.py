"""Which fund actions ask for a confirmation with a summary before they post.

Money leaving the fund, a reversal and a month close cannot be undone by a
second tap, so they always ask; a donation only asks above a set amount,
where a slip of the finger (an extra zero) would change the books a lot.
"""

from __future__ import annotations

from kiosk.money import Money

LARGE_DONATION = Money.baht(10_000)
ALWAYS = frozenset({"grant", "loan", "payout", "reversal", "month_close", "write_off",
                    "reschedule"})


def needs_confirmation(action: str, amount: Money | None = None) -> bool:
    if action in ALWAYS:
        return True
    if action == "donation":
        return amount is not None and amount > LARGE_DONATION
    return False
