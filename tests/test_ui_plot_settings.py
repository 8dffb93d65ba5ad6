"""Settings > Plot: rotation gaps per family and season start dates, validated and audited."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.errors import InvalidInput
from kiosk.models import AuditEvent
from kiosk.services import plot_settings, settings
from kiosk.ui.context import AppContext, DataBus
from kiosk.ui.settings import SettingsScreen
from tests.plot_helpers import seed_catalogue


@pytest.fixture
def tab(db, admin, qtbot):
    seed_catalogue(db)
    bus = DataBus(db)
    screen = SettingsScreen(AppContext(db, bus, admin))
    qtbot.addWidget(screen)
    screen.resize(1150, 700)
    screen.show()
    index = next(i for i in range(screen.tabs.count())
                 if screen.tabs.widget(i).objectName() == "settings_plot")
    screen.tabs.setCurrentIndex(index)
    yield screen.tabs.widget(index)
    bus.detach()


def _stored(db):
    return settings.read(db, "rotation_gap_days"), settings.read(db, "season_boundaries")


def test_lists_every_family_of_the_catalogue(tab):
    assert {"Brassicaceae", "Apiaceae", "Lamiaceae", "Solanaceae"} <= set(tab.gap_edits)
    assert tab.gap_edits["Brassicaceae"].text() == "60"
    assert tab.gap_edits["Apiaceae"].text() == "0"
    assert tab.months["hot"].currentData() == 2 and tab.days["hot"].currentData() == 15
    assert tab.save_button.height() >= 48


def test_save_gaps_and_a_season_start(qtbot, tab, db):
    tab.gap_edits["Apiaceae"].clear()
    qtbot.keyClicks(tab.gap_edits["Apiaceae"], "30")
    tab.gap_edits["Cucurbitaceae"].clear()
    qtbot.keyClicks(tab.gap_edits["Cucurbitaceae"], "0")
    tab.months["cool"].setCurrentIndex(tab.months["cool"].findData(11))
    tab.days["cool"].setCurrentIndex(tab.days["cool"].findData(1))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.isVisible() and tab.message.property("role") == "hint"
    gaps, boundaries = _stored(db)
    assert gaps == {"Apiaceae": 30, "Brassicaceae": 60, "Solanaceae": 90}
    assert boundaries == {"hot": "02-15", "rainy": "05-15", "cool": "11-01"}
    with db.reading() as session:
        keys = [e.target for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "setting_change"))]
        details = session.scalars(select(AuditEvent.details).where(
            AuditEvent.target == "season_boundaries")).one()
    assert sorted(keys) == ["rotation_gap_days", "season_boundaries"]
    assert json.loads(details)["new"]["cool"] == "11-01"


@pytest.mark.parametrize("change", ["gap_text", "gap_big", "feb_30", "same_day"])
def test_bad_values_show_a_message_and_write_nothing(qtbot, tab, db, change):
    before = _stored(db)
    if change == "gap_text":
        tab.gap_edits["Apiaceae"].setText("two weeks")
    elif change == "gap_big":
        tab.gap_edits["Apiaceae"].setText("1000")
    elif change == "feb_30":
        tab.days["hot"].setCurrentIndex(tab.days["hot"].findData(30))
    else:
        tab.months["rainy"].setCurrentIndex(tab.months["rainy"].findData(2))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.isVisible() and tab.message.property("role") == "error"
    assert tab.message.text()
    assert _stored(db) == before


def test_the_service_refuses_non_staff(db, vendor):
    from kiosk.errors import NotAllowed
    with pytest.raises(NotAllowed):
        plot_settings.save_plot_settings(db, vendor, {}, {"hot": "02-15", "rainy": "05-15",
                                                          "cool": "10-15"})
    with pytest.raises(InvalidInput):
        plot_settings.validate_plot_settings({"X": "-1"}, {"hot": "02-15", "rainy": "05-15",
                                                           "cool": "10-15"})
