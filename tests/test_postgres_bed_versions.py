"""Two staff editing the same bed at two terminals: the second save, made on
what the first one changed, is refused whole instead of overwriting it (on
SQLite and, with KIOSK_TEST_DATABASE=postgresql, on the server)."""

from __future__ import annotations

import pytest

from kiosk.services import plot_beds
from kiosk.services.row_versions import ChangedMeanwhile


def test_the_second_of_two_edits_on_one_version_is_refused_and_writes_nothing(db, staff, english):
    shown = plot_beds.add_bed(db, staff, "A1", 0, 0, 500, 100)
    office = plot_beds.update_bed(db, staff, shown.id, name="A1 north",
                                  expected_version=shown.version)
    assert office.version == shown.version + 1
    with pytest.raises(ChangedMeanwhile, match="changed by someone else"):
        plot_beds.update_bed(db, staff, shown.id, x_cm=120, expected_version=shown.version)
    (stored,) = plot_beds.list_beds(db)
    assert (stored.name, stored.x_cm, stored.version) == ("A1 north", 0, office.version)


def test_an_edit_made_on_the_latest_version_goes_through(db, staff):
    shown = plot_beds.add_bed(db, staff, "A1", 0, 0, 500, 100)
    first = plot_beds.update_bed(db, staff, shown.id, x_cm=10, expected_version=shown.version)
    second = plot_beds.update_bed(db, staff, shown.id, x_cm=20, expected_version=first.version)
    assert (second.x_cm, second.version) == (20, shown.version + 2)
    # a caller that names no version (a script) is not checked, but still counts
    assert plot_beds.update_bed(db, staff, shown.id, y_cm=5).version == second.version + 1
