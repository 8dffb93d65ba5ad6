"""The Settings screen driven as an admin would: type, press Save, check the database."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from kiosk.models import AuditEvent, Participant, Role
from kiosk.services import auth, people, settings
from kiosk.services.demo import with_check_digit
from kiosk.ui import dialogs
from kiosk.ui.context import AppContext, DataBus
from kiosk.ui.settings import SETTINGS_TABS, SettingsScreen

GOOD_ID = with_check_digit("340990012345")


@pytest.fixture
def admin_ctx(db, admin, qtbot):
    bus = DataBus(db)
    yield AppContext(db, bus, admin)
    bus.detach()


@pytest.fixture
def screen(admin_ctx, qtbot):
    widget = SettingsScreen(admin_ctx)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    widget.show()
    return widget


def _audit(db, action):
    with db.reading() as session:
        return [(e.target, json.loads(e.details)) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == action))]


def _type(qtbot, edit, text):
    """Type into a line edit: keys for ASCII; Thai arrives as an input method would
    deliver it (QTest cannot press Thai keys)."""
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def _retype(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    _type(qtbot, edit, text)


def test_tabs_in_order(screen):
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert titles == ["General", "Operators", "Participants", "Products", "Receipts and printer",
                      "Plot", "Devices", "Backups", "Privacy"]


def test_another_area_adds_a_tab_with_one_line(admin_ctx, qtbot, monkeypatch):
    monkeypatch.setattr("kiosk.ui.settings.screen.SETTINGS_TABS",
                        SETTINGS_TABS + [(lambda: "Receipts and printer",
                                          lambda ctx, parent: QLabel("printer", parent))])
    widget = SettingsScreen(admin_ctx)
    qtbot.addWidget(widget)
    assert widget.tabs.tabText(widget.tabs.count() - 1) == "Receipts and printer"


# -- General -------------------------------------------------------------------------
def test_the_largest_promptpay_amount_is_set_in_general(screen, db, qtbot):
    general = screen.page(0)
    assert general.fields["promptpay_max_amount"].text() == "50,000.00"
    _retype(qtbot, general.fields["promptpay_max_amount"], "20,000")
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    assert settings.read(db, "promptpay_max_amount") == "20000"
    assert [target for target, _ in _audit(db, "setting_change")] == ["promptpay_max_amount"]


def test_general_edit_is_saved_and_audited(screen, db, admin, qtbot):
    general = screen.page(0)
    _retype(qtbot, general.fields["stall_name"], "ผักปลอดสารจอมพล")
    _retype(qtbot, general.fields["idle_minutes"], "10")
    _retype(qtbot, general.fields["commission_percent_consignment"], "12.5")
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    assert settings.read(db, "stall_name") == "ผักปลอดสารจอมพล"
    assert settings.read(db, "idle_sign_out_seconds") == 600
    assert settings.read(db, "commission_percent_consignment") == "12.5"
    changes = {target: details for target, details in _audit(db, "setting_change")}
    assert changes["stall_name"]["new"] == "ผักปลอดสารจอมพล"
    assert set(changes) == {"stall_name", "idle_sign_out_seconds",
                            "commission_percent_consignment"}
    assert general.message.isVisible() and general.message.property("role") == "hint"


@pytest.mark.parametrize("field, typed, thai", [
    ("promptpay_target", "12345", "พร้อมเพย์"),
    ("stall_phone", "12", "เบอร์โทร"),
    ("idle_minutes", "0", "นาที"),
    ("commission_percent_plot", "150", "เปอร์เซ็นต์"),
    ("stall_name", "", "ชื่อร้าน"),
    ("promptpay_max_amount", "0", "พร้อมเพย์"),
    ("promptpay_max_amount", "12.345", "พร้อมเพย์"),
])
def test_general_bad_input_shows_message_and_writes_nothing(screen, db, qtbot, field, typed, thai):
    general = screen.page(0)
    _retype(qtbot, general.fields["stall_address"], "ที่อยู่ใหม่")  # a good change alongside
    _retype(qtbot, general.fields[field], typed)
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    assert general.message.isVisible() and general.message.property("role") == "error"
    if field != "promptpay_target":  # that message comes from the PromptPay module
        assert thai in general.message.text()
    assert _audit(db, "setting_change") == []
    assert settings.read(db, "stall_address") == settings.DEFAULTS["stall_address"]


def test_undo_brings_back_what_is_stored(screen, qtbot):
    general = screen.page(0)
    _retype(qtbot, general.fields["stall_name"], "อะไรก็ได้")
    qtbot.mouseClick(general.undo_button, Qt.MouseButton.LeftButton)
    assert general.fields["stall_name"].text() == settings.DEFAULTS["stall_name"]


# -- Operators ----------------------------------------------------------------------
def test_add_operator_then_sign_in(screen, db, qtbot):
    tab = screen.page(1)
    screen.tabs.setCurrentIndex(1)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    _type(qtbot, tab.name_edit, "น้องแพร")
    tab.role_combo.setCurrentIndex(tab.role_combo.findData(Role.VENDOR.value))
    _type(qtbot, tab.pin_edit, "4567")
    _type(qtbot, tab.pin_again, "4576")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.property("role") == "error"  # the PINs differ
    assert "น้องแพร" not in {t.name for t in auth.operator_tiles(db)}
    _retype(qtbot, tab.pin_again, "4567")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    tile = next(t for t in auth.operator_tiles(db) if t.name == "น้องแพร")
    assert auth.sign_in(db, tile.id, "4567").role is Role.VENDOR
    assert any(target == "น้องแพร" for target, _ in _audit(db, "operator_create"))
    assert any(tab.list.item(i).text().startswith("น้องแพร") for i in range(tab.list.count()))


def test_change_role_and_pin_of_chosen_operator(screen, db, staff, qtbot):
    tab = screen.page(1)
    tab.refresh()
    row = next(i for i, r in enumerate(tab.rows) if r.id == staff.operator_id)
    tab.list.setCurrentRow(row)
    assert tab.name_edit.isReadOnly() and tab.name_edit.text() == staff.name
    tab.role_combo.setCurrentIndex(tab.role_combo.findData(Role.VENDOR.value))
    _type(qtbot, tab.pin_edit, "8080")
    _type(qtbot, tab.pin_again, "8080")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.property("role") == "hint"
    assert auth.sign_in(db, staff.operator_id, "8080").role is Role.VENDOR


def test_last_admin_cannot_be_deactivated_from_the_screen(screen, db, admin, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    tab = screen.page(1)
    tab.list.setCurrentRow(next(i for i, r in enumerate(tab.rows) if r.id == admin.operator_id))
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert tab.message.property("role") == "error" and "ผู้ดูแลระบบ" in tab.message.text()
    assert admin.operator_id in {t.id for t in auth.operator_tiles(db)}


def test_deactivate_asks_first(screen, db, staff, qtbot, monkeypatch):
    answers = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: answers.append(a[1]) or False)
    tab = screen.page(1)
    tab.refresh()
    tab.list.setCurrentRow(next(i for i, r in enumerate(tab.rows) if r.id == staff.operator_id))
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert answers and staff.operator_id in {t.id for t in auth.operator_tiles(db)}
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert staff.operator_id not in {t.id for t in auth.operator_tiles(db)}


# -- Participants -------------------------------------------------------------------
def test_add_participant_shows_masked_id(screen, db, qtbot):
    panel = screen.page(2)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, panel.name_edit, "นางบัวผัน ทองคำ")
    _type(qtbot, panel.nickname_edit, "แม่บัว")
    _type(qtbot, panel.phone_edit, "0891234567")
    _type(qtbot, panel.id_edit, GOOD_ID)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.message.property("role") == "hint", panel.message.text()
    rows = people.list_participants(db)
    assert [r.nickname for r in rows] == ["แม่บัว"]
    shown = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert people.mask_national_id(GOOD_ID) in shown and GOOD_ID not in " ".join(shown)
    assert panel.id_edit.text() == ""  # the full ID is not left on screen
    assert panel.id_edit.placeholderText() == people.mask_national_id(GOOD_ID)
    assert _audit(db, "participant_create")


def test_bad_id_shows_thai_message_and_writes_nothing(screen, db, qtbot):
    panel = screen.page(2)
    _type(qtbot, panel.name_edit, "นางบัวผัน ทองคำ")
    _type(qtbot, panel.id_edit, GOOD_ID[:12] + str((int(GOOD_ID[12]) + 1) % 10))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.message.property("role") == "error"
    assert "เลขบัตรประชาชน" in panel.message.text()
    with db.reading() as session:
        assert session.scalars(select(Participant)).all() == []


def test_edit_and_search_participant(admin_ctx, db, admin, qtbot):
    from kiosk.ui.people import ParticipantsPanel
    people.create_participant(db, admin, people.ParticipantInput(
        "นางสมศรี ใจดี", __import__("kiosk.dates").dates.today(), nickname="ป้าศรี"))
    people.create_participant(db, admin, people.ParticipantInput(
        "นายทองดี บุญมา", __import__("kiosk.dates").dates.today(), nickname="ลุงดี"))
    panel = ParticipantsPanel(admin_ctx)
    qtbot.addWidget(panel)
    _type(qtbot, panel.search, "ลุง")
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    assert panel.name_edit.text() == "นายทองดี บุญมา"
    _retype(qtbot, panel.notes_edit, "ดูแลน้ำหยด")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert people.list_participants(db, "ลุงดี")[0].notes == "ดูแลน้ำหยด"


def test_fund_staff_can_embed_the_panel(ui_context, qtbot):
    from kiosk.ui.people import ParticipantsPanel
    panel = ParticipantsPanel(ui_context)  # staff, not admin
    qtbot.addWidget(panel)
    _type(qtbot, panel.name_edit, "นางใหม่ ใจดี")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1


def test_interactive_widgets_are_named(screen):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit
    for kind in (QAbstractButton, QLineEdit, QComboBox):
        for widget in screen.findChildren(kind):
            if widget.objectName().startswith("qt_") or not isinstance(widget.parent(), QWidget):
                continue
            if isinstance(widget.parent(), (QLineEdit, QComboBox)) or \
                    widget.parent().metaObject().className() in ("QTabBar", "QScrollBar"):
                continue  # Qt's own parts: clear buttons, tab scrollers
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
