"""Properties of the plot's space and rotation clash rules (kiosk/services/plot_rules.py),
checked against a literal reading of the rules on small beds and short seasons."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, strategies as st

from kiosk.services.plot_rules import Occupancy, rotation_clashes, space_clashes

START = date(2026, 1, 1)
FAMILIES = ("Brassicaceae", "Solanaceae", "Fabaceae")


@st.composite
def occupancies(draw, planting_id=None):
    from_cm = draw(st.integers(0, 11)) * 10
    to_cm = from_cm + draw(st.integers(1, 6)) * 10
    first = START + timedelta(days=draw(st.integers(0, 60)))
    last = first + timedelta(days=draw(st.integers(0, 30)))
    return Occupancy(planting_id if planting_id is not None else draw(st.integers(1, 10**6)),
                     draw(st.integers(1, 2)), from_cm, to_cm, first, last,
                     draw(st.sampled_from(FAMILIES)), "crop")


def _cells(o: Occupancy) -> set[int]:
    return set(range(o.from_cm, o.to_cm))  # each centimetre of bed it takes


def _days(o: Occupancy) -> set[date]:
    return {o.start_on + timedelta(days=n) for n in range((o.end_on - o.start_on).days + 1)}


others_lists = st.lists(occupancies(), max_size=6, unique_by=lambda o: o.planting_id)  # one row each
gaps = st.dictionaries(st.sampled_from(FAMILIES), st.integers(-5, 120))


@given(occupancies(), others_lists)
def test_a_space_clash_is_the_same_bed_sharing_a_centimetre_on_a_day(new, others):
    expected = [o for o in others if o.planting_id != new.planting_id and o.bed_id == new.bed_id
                and _cells(o) & _cells(new) and _days(o) & _days(new)]
    assert space_clashes(new, others) == expected


@given(occupancies(), occupancies())
def test_space_clashes_go_both_ways(a, b):
    assert bool(space_clashes(a, [b])) == bool(space_clashes(b, [a]))


@given(occupancies())
def test_a_planting_never_clashes_with_itself_when_edited(new):
    moved = Occupancy(new.planting_id, new.bed_id, new.from_cm, new.to_cm,
                      new.start_on + timedelta(days=1), new.end_on + timedelta(days=1),
                      new.family, new.crop_label)
    assert space_clashes(moved, [new]) == [] and rotation_clashes(moved, [new], {new.family: 365}) == []


@given(occupancies(), others_lists, gaps)
def test_a_rotation_clash_is_the_same_family_there_ended_less_than_the_gap_before(new, others, gap):
    wait = gap.get(new.family, 0)
    expected = [o for o in others if o.planting_id != new.planting_id and o.bed_id == new.bed_id
                and o.family == new.family and _cells(o) & _cells(new)
                and o.end_on < new.start_on and new.start_on < o.end_on + timedelta(days=wait)]
    assert rotation_clashes(new, others, gap) == expected


@given(occupancies(), others_lists, gaps)
def test_rotation_and_space_clashes_never_name_the_same_planting(new, others, gap):
    rotation = {o.planting_id for o in rotation_clashes(new, others, gap)}
    assert not rotation & {o.planting_id for o in space_clashes(new, others)}


@given(occupancies(), others_lists, st.sampled_from(FAMILIES), st.integers(0, 120))
def test_a_longer_gap_only_adds_rotation_clashes(new, others, family, days):
    shorter = rotation_clashes(new, others, {family: days})
    longer = rotation_clashes(new, others, {family: days + 1})
    assert set(shorter) <= set(longer)


@given(occupancies(planting_id=1), st.integers(2, 120))
def test_the_gap_is_counted_in_whole_days_from_the_end_of_the_last_planting(old, gap):
    def after(days: int) -> Occupancy:
        return Occupancy(2, old.bed_id, old.from_cm, old.to_cm, old.end_on + timedelta(days=days),
                         old.end_on + timedelta(days=days + 10), old.family, "again")
    assert rotation_clashes(after(gap - 1), [old], {old.family: gap}) == [old]
    assert rotation_clashes(after(gap), [old], {old.family: gap}) == []
