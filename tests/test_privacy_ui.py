"""Issue 17 on screen: a walk over every screen of the demo market that fails on a
whole national ID; the admin's privacy actions on the participant's page; what a
vendor can reach."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QLabel,
                               QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit, QWidget)
from sqlalchemy import select

from kiosk.dates import today
from kiosk.models import AuditEvent, Participant, Role
from kiosk.services import auth, privacy
from kiosk.ui import dialogs
from kiosk.ui.people.panel import ParticipantsPanel
from kiosk.ui.people.privacy_box import PrivacyBox
from test_privacy_outputs import unmasked_ids
from ui_helpers import enter_pin, open_window, tap

LOAN_NUMBER = re.compile(r"\bL-\d{4}-\d{3}\b")
ROLES = {"data": Qt.ItemDataRole.DisplayRole, "tip": Qt.ItemDataRole.ToolTipRole,
         "accessible": Qt.ItemDataRole.AccessibleTextRole}


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def every_text(root: QWidget) -> str:
    """All a person (or a screen reader) can get from ``root``: labels, buttons, fields,
    combo items, tooltips, rich text and every cell of every table or list."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(QModelIndex()), 400)):
                for column in range(_columns(model)):
                    index = model.index(row, column)
                    texts += [str(model.data(index, role) or "") for role in ROLES.values()]
    return "\n".join(t for t in texts if t)


def _walk(qtbot, root: QWidget, seen: list[str]) -> None:
    qtbot.wait(1)
    seen.append(every_text(root))
    for panel in root.findChildren(ParticipantsPanel):  # each participant's page
        for row in range(panel.model.rowCount()):
            panel.table.selectRow(row)
            seen.append(every_text(panel))
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            seen.append(every_text(tabs.widget(index)))


def _ids(db) -> set[str]:
    with db.reading() as session:
        return {p for p in session.scalars(select(Participant.national_id)) if p}


def _operator(db, role: Role) -> auth.OperatorTile:
    return next(t for t in auth.operator_tiles(db) if t.role == role)


PINS = {Role.VENDOR: "1111", Role.STAFF: "2221", Role.ADMIN: "9999"}


@pytest.mark.slow
@pytest.mark.parametrize("role", [Role.ADMIN, Role.STAFF, Role.VENDOR])
def test_no_screen_shows_a_whole_national_id_and_vendors_see_no_loans(demo_copy, qtbot, role):
    db = demo_copy
    ids = _ids(db)
    assert len(ids) >= 6
    window = open_window(db, qtbot)
    enter_pin(qtbot, window, _operator(db, role).id, PINS[role])
    shell = window.shell
    seen: list[str] = []
    for key in shell.keys():
        tap(qtbot, shell.nav_buttons[key])
        _walk(qtbot, shell.current_screen(), seen)
    everything = "\n".join(seen)
    assert unmasked_ids(everything, ids) == set()
    assert "x-xxxx-xxxxx-" in everything or role is Role.VENDOR
    if role is Role.VENDOR:
        assert shell.keys() == ["sale", "plot"]
        assert LOAN_NUMBER.findall(everything) == []


@pytest.fixture
def admin_panel(demo_copy, qtbot, monkeypatch):
    from kiosk.ui.context import AppContext, DataBus
    tile = _operator(demo_copy, Role.ADMIN)
    who = auth.SignedIn(tile.id, tile.name, Role.ADMIN, None)
    bus = DataBus(demo_copy)
    panel = ParticipantsPanel(AppContext(demo_copy, bus, who))
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    bus.detach()


def _choose(panel: ParticipantsPanel, participant_id: int) -> None:
    row = next(i for i, r in enumerate(panel.model.rows) if r.id == participant_id)
    panel.table.selectRow(row)
    assert panel.privacy.row.id == participant_id


def _events(db, action: str) -> int:
    with db.reading() as session:
        return len(session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all())


def test_the_admin_sees_the_full_id_on_the_participants_page_and_it_is_audited(admin_panel,
                                                                              qtbot):
    db, box = admin_panel.ctx.db, admin_panel.privacy
    holder = next(r for r in admin_panel.model.rows if r.has_national_id)
    _choose(admin_panel, holder.id)
    [national_id] = [i for i in _ids(db) if i.endswith(holder.national_id_masked[-4:]
                                                        .replace("-", ""))]
    assert national_id not in every_text(admin_panel)
    tap(qtbot, box.reveal)
    assert national_id in box.status.text() and _events(db, "national_id_view") == 1
    _choose(admin_panel, next(r.id for r in admin_panel.model.rows if r.id != holder.id))
    assert national_id not in every_text(admin_panel)


def test_consent_notice_export_and_erasure_from_the_participants_page(admin_panel, qtbot,
                                                                      monkeypatch, tmp_path):
    db, box = admin_panel.ctx.db, admin_panel.privacy
    opened = []
    monkeypatch.setattr(PrivacyBox, "open_file", classmethod(lambda cls, p: opened.append(p)))
    monkeypatch.setattr(PrivacyBox, "ask_folder", classmethod(lambda cls, parent: str(tmp_path)))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    with db.reading() as session:
        owing = next(p for p in session.scalars(select(Participant.id))
                     if privacy.owed_to_fund(session, p))
        free = next(p for p in session.scalars(select(Participant.id))
                    if not privacy.owed_to_fund(session, p))
    _choose(admin_panel, free)
    assert box.consent.text() == "No consent recorded yet."
    box.consent_day.set_date(today() + timedelta(days=1))
    tap(qtbot, box.record)
    assert "อนาคต" in box.status.text() and privacy.consent_of(db, free).on is None
    box.consent_day.set_date(today())
    box.method.setCurrentIndex(box.method.findData("verbal"))
    tap(qtbot, box.record)
    assert privacy.consent_of(db, free).method == "verbal"
    assert box.consent.text().startswith("Consented on")
    tap(qtbot, box.notice)
    assert opened and opened[0].read_bytes().startswith(b"%PDF")
    tap(qtbot, box.export)
    assert (tmp_path / f"person-P{free:04d}.json").exists() and _events(db, "person_export") == 1
    _choose(admin_panel, owing)
    tap(qtbot, box.erase)
    assert "เงินกู้" in box.status.text() and _events(db, "participant_erase") == 0
    _choose(admin_panel, free)
    tap(qtbot, box.erase)
    assert privacy.pseudonym(free) in box.status.text()
    assert _events(db, "participant_erase") == 1
    admin_panel.show_inactive.setChecked(True)
    _choose(admin_panel, free)
    assert admin_panel.model.rows[admin_panel.table.currentIndex().row()].name_th == \
        privacy.pseudonym(free)
    assert not box.erase.isEnabled() and not box.record.isEnabled()


def test_staff_record_consent_but_neither_see_ids_nor_export_nor_erase(ui_context, qtbot, db):
    from kiosk.services import people
    people.create_participant(db, ui_context.who, people.ParticipantInput(
        name_th="นางสมศรี ใจงาม", joined_on=today()))
    panel = ParticipantsPanel(ui_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.table.selectRow(0)
    box = panel.privacy
    assert box.record.isVisible() and box.notice.isVisible()
    assert not any(b.isVisible() for b in (box.reveal, box.export, box.erase))
