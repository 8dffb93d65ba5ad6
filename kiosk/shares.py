"""Who gets what from a sale: commission, owners' shares, refund shares. Pure, no database.

The one home of these rules. The sale's commit, its refunds and voids post
what these functions return; the Z report sums what was posted; `kiosk
check` recomputes each record's figures here and compares them with its
ledger entry. Commission is rounded once per owner per sale (half up, to
the satang), never on a day's or a month's total: a sum of rounded shares
is what the books hold.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kiosk.money import Money

Owner = int | None  # a participant id, or None for the programme's own plot


@dataclass(frozen=True)
class Share:
    """An owner's part of one sale (or, negative, of one refund)."""

    owner: Owner
    gross: Money  # what the customer paid for this owner's lines
    commission: Money  # the programme's part of gross

    @property
    def net(self) -> Money:
        """What the owner gets (the programme's own plot: plot sales income)."""
        return self.gross - self.commission


@dataclass(frozen=True)
class PricedLine:
    """The facts of a sold line that the shares depend on."""

    owner: Owner
    amount: Money
    rate: Decimal  # commission percent in force when the line was sold


def commission(gross: Money, rate: Decimal) -> Money:
    """``rate`` percent of ``gross``, half up to the satang."""
    return gross.percent(Decimal(rate))


def _by_owner(lines: Iterable[PricedLine]) -> dict[Owner, tuple[Money, Decimal]]:
    grouped: dict[Owner, tuple[Money, Decimal]] = {}
    for line in lines:
        gross, rate = grouped.get(line.owner, (Money(0), Decimal(line.rate)))
        grouped[line.owner] = (gross + line.amount, rate)
    return grouped


def sale_shares(lines: Iterable[PricedLine]) -> list[Share]:
    """Each owner's gross and commission in one sale (commission rounded on the owner's gross)."""
    return [Share(owner, gross, commission(gross, rate))
            for owner, (gross, rate) in _by_owner(lines).items()]


def line_share_back(amount: Money, quantity: Decimal, before: Decimal, back: Decimal) -> Money:
    """The part of a line's ``amount`` that ``back`` more units give back, ``before``
    units having gone back already. Rounded on the running total, so a line
    refunded in pieces gives back exactly its amount."""
    return Money(_upto(amount, quantity, before + back) - _upto(amount, quantity, before))


def _upto(amount: Money, whole: Decimal, part: Decimal) -> int:
    exact = Decimal(amount.satang) * Decimal(part) / Decimal(whole)
    return int(exact.to_integral_value(rounding=ROUND_HALF_UP))


def proportional_back(total: Money, whole: Money, before: Money, back: Money) -> Money:
    """The part of ``total`` that follows ``back`` more of ``whole`` (``before`` gone
    already), rounded on the running total: all of ``whole`` gives back all of ``total``."""
    if not whole:
        return Money(0)
    return Money(_upto(total, Decimal(whole.satang), Decimal((before + back).satang))
                 - _upto(total, Decimal(whole.satang), Decimal(before.satang)))


def refund_shares(back: Iterable[PricedLine], before: dict[Owner, Money]) -> list[Share]:
    """Each owner's share of a refund, as positive amounts (the ledger negates them).

    ``back`` are the amounts this refund gives back per line; ``before`` what
    earlier refunds of the same sale gave back per owner. The commission
    given back is rounded on the running total, so refunding a sale in
    pieces gives back exactly the commission it posted.
    """
    shares = []
    for owner, (gross, rate) in _by_owner(back).items():
        already = before.get(owner, Money(0))
        shares.append(Share(owner, gross,
                            commission(already + gross, rate) - commission(already, rate)))
    return shares


def void_shares(sold: Iterable[PricedLine], refunded: Iterable[Share]) -> list[Share]:
    """What a void gives back per owner: the sale's shares less what refunds already gave."""
    given: dict[Owner, tuple[Money, Money]] = {}
    for share in refunded:
        gross, comm = given.get(share.owner, (Money(0), Money(0)))
        given[share.owner] = (gross + share.gross, comm + share.commission)
    result = []
    for share in sale_shares(sold):
        gross, comm = given.get(share.owner, (Money(0), Money(0)))
        if share.gross - gross:
            result.append(Share(share.owner, share.gross - gross, share.commission - comm))
    return result


def deduction(net: Money, percent: Decimal, due: Money, available: Money) -> Money:
    """A loan's part of an owner's proceeds: ``percent`` of ``net``, never more than is
    due, never more than the fund owes the owner; nothing when any of them is nothing."""
    if net.satang <= 0 or percent <= 0:
        return Money(0)
    return max(Money(0), min(net.percent(percent), due, available))
