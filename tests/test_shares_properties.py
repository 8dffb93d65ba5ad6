"""Properties of the share rules (kiosk/shares.py): commission, refund and void
shares, and the loan deduction. Pure: no database, so hypothesis runs many cases."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, strategies as st

from kiosk.money import Money
from kiosk.shares import (PricedLine, Share, commission, deduction, line_share_back,
                          proportional_back, refund_shares, sale_shares, void_shares)

owners = st.sampled_from([None, 1, 2, 3])
rates = st.integers(0, 100).map(Decimal) | st.decimals("0", "100", places=2)


@st.composite
def sales(draw):
    """A sale's lines with one commission rate per owner (as at the stall) and the
    quantity each line was sold in."""
    rate_of = {owner: draw(rates) for owner in (None, 1, 2, 3)}
    lines = draw(st.lists(st.tuples(owners, st.integers(0, 500_00), st.integers(1, 12)),
                          min_size=1, max_size=6))
    return [(PricedLine(owner, Money(amount), rate_of[owner]), Decimal(quantity))
            for owner, amount, quantity in lines]


def _pieces(draw, quantity: int) -> list[int]:
    """``quantity`` units split into refunds of any sizes."""
    cuts = sorted(draw(st.sets(st.integers(1, quantity - 1), max_size=3))) if quantity > 1 else []
    bounds = [0, *cuts, quantity]
    return [b - a for a, b in zip(bounds, bounds[1:])]


def _totals(shares: list[Share]) -> dict:
    totals: dict = {}
    for share in shares:
        gross, comm = totals.get(share.owner, (Money(0), Money(0)))
        totals[share.owner] = (gross + share.gross, comm + share.commission)
    return totals


@given(st.integers(-10**9, 10**9), rates)
def test_commission_is_the_rate_rounded_half_up_once(gross, rate):
    exact = Decimal(gross) * rate / 100
    assert commission(Money(gross), rate).satang == int(exact.to_integral_value(ROUND_HALF_UP))


@given(sales())
def test_a_sale_shares_every_satang_once_per_owner(sale):
    lines = [line for line, _ in sale]
    shares = sale_shares(lines)
    assert len({s.owner for s in shares}) == len(shares)
    assert sum((s.gross for s in shares), Money(0)) == sum((l.amount for l in lines), Money(0))
    for share in shares:
        assert Money(0) <= share.commission <= share.gross
        assert share.net + share.commission == share.gross


@given(sales(), st.data())
def test_refunding_in_pieces_of_any_size_gives_back_exactly_the_sale(sale, data):
    pieces = [_pieces(data.draw, int(quantity)) for _, quantity in sale]
    before: dict = {}
    given_back: list[Share] = []
    done = [Decimal(0)] * len(sale)
    for step in range(max(len(p) for p in pieces)):
        back = []
        for i, ((line, quantity), split) in enumerate(zip(sale, pieces)):
            if step < len(split):
                back.append(PricedLine(line.owner, line_share_back(line.amount, quantity, done[i],
                                                                   Decimal(split[step])), line.rate))
                done[i] += split[step]
        for share in refund_shares(back, before):
            assert Money(0) <= share.commission <= share.gross
            before[share.owner] = before.get(share.owner, Money(0)) + share.gross
            given_back.append(share)
    sold = sale_shares([line for line, _ in sale])
    assert _totals(given_back) == _totals(sold)


@given(sales(), st.data())
def test_a_void_after_some_refunds_gives_back_the_rest(sale, data):
    lines = [line for line, _ in sale]
    refunded_lines = [PricedLine(line.owner, line_share_back(line.amount, quantity, Decimal(0),
                                                             Decimal(data.draw(st.integers(0, int(quantity))))),
                                 line.rate) for line, quantity in sale]
    refunded = refund_shares(refunded_lines, {})
    rest = void_shares(lines, refunded)
    assert all(share.gross for share in rest)  # an owner with nothing left gets no share
    combined = _totals([*refunded, *rest])
    sold = _totals(sale_shares(lines))
    assert {o: v for o, v in combined.items() if v != (Money(0), Money(0))} == \
        {o: v for o, v in sold.items() if v != (Money(0), Money(0))}


@given(st.integers(0, 10**7), st.integers(1, 10**6), st.data())
def test_proportional_pieces_add_up_to_the_whole(total, whole, data):
    cuts = sorted(data.draw(st.sets(st.integers(1, whole - 1), max_size=4))) if whole > 1 else []
    bounds = [0, *cuts, whole]
    parts = [proportional_back(Money(total), Money(whole), Money(a), Money(b - a))
             for a, b in zip(bounds, bounds[1:])]
    assert sum(parts, Money(0)) == Money(total)
    assert all(part.satang >= 0 for part in parts)


@given(st.integers(-10**6, 10**7), st.integers(0, 100).map(Decimal),
       st.integers(0, 10**7), st.integers(0, 10**7))
def test_a_deduction_never_takes_more_than_is_due_owed_or_agreed(net, percent, due, available):
    taken = deduction(Money(net), percent, Money(due), Money(available))
    assert Money(0) <= taken <= Money(due) and taken <= Money(available)
    assert taken <= max(Money(0), Money(net).percent(percent))
    if net <= 0 or percent == 0:
        assert taken == Money(0)
