"""The office screens switch TH -> EN -> TH: after each switch every screen, tab and
plot view is read, and a string of the other language fails the test (names, and
what people typed, are allowed in either)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QTabWidget,
                               QWidget)
from sqlalchemy import select

from kiosk.dates import today
from kiosk.models import Role
from kiosk.services import auth, journal_text
from kiosk.ui.language import LanguageManager
from test_ui_thai import english_words, visible_texts
from ui_helpers import enter_pin, open_window, tap, thai_afterwards  # noqa: F401

OFFICE = ("fund", "plot", "settings", "reports")
THAI = re.compile(r"[\u0E01-\u0E3A\u0E40-\u0E5B]+")  # the baht sign is not Thai text
#: tabs another helper owns and tests (statements, verification)
OTHERS = ("kiosk.ui.reports.statements_tab", "kiosk.ui.reports.verify_tab")
DEMO_ADMIN_PIN = "9999"


def typed_texts(db) -> list[str]:
    """Names and texts people typed (in Thai): they stay as they are in English."""
    from kiosk.models import AuditEvent, Crop, Operator, Participant, Product
    from kiosk.models.ledger import Account, JournalEntry, Loan
    from kiosk.models.plot import Bed, PlotTask, TrainingSession
    from kiosk.services import settings
    found: set[str] = set()
    with db.reading() as session:
        for column in (Participant.name_th, Participant.nickname, Operator.name, Crop.name_th,
                       Product.name_th, Bed.name, Loan.purpose, TrainingSession.topic,
                       TrainingSession.trainer, PlotTask.note, Account.name_th, Crop.name_en,
                       Product.name_en, AuditEvent.target):
            found.update(t for t in session.scalars(select(column)) if t)
        # a reversal's description is the reason staff typed; other descriptions carry
        # names and purposes
        for kind, description in session.execute(select(JournalEntry.kind,
                                                        JournalEntry.description)):
            parsed = journal_text.parameters(description, kind)
            if kind == "reversal":
                found.add(description)
            elif parsed is not None:
                found.update(parsed[1].values())
        for key in ("stall_name", "stall_address"):
            found.add(str(settings.get(session, key)))
    found.add("ไทย")  # the language button and setting name Thai in Thai
    return sorted(found, key=len, reverse=True)


def other_language(text: str, language: str, typed: list[str]) -> list[str]:
    """Words of the other language that are not part of a name or a typed text
    (a view may cut a long name short)."""
    found = english_words(text) if language == "th" else THAI.findall(text)
    return [word for word in found if not any(word in name for name in typed)]


def read(root, where, language, typed, problems) -> None:
    QApplication.processEvents()
    for place, text in visible_texts(root):
        if words := other_language(text, language, typed):
            problems.setdefault(f"{language}: {place} shows {text!r}", f"{where} ({words[:3]})")
    for view in root.findChildren(QAbstractItemView):  # the rows shown, not only headers
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        from PySide6.QtCore import QModelIndex
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model keeps it private: one column
            columns = 1
        for row in range(min(model.rowCount(QModelIndex()), 30)):
            for column in range(columns):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str) and (words := other_language(value, language, typed)):
                    problems.setdefault(f"{language}: {view.objectName()} cell {value!r}",
                                        f"{where} ({words[:3]})")


def walk(qtbot, screen, where, language, typed, problems) -> None:
    tabs = next((t for t in screen.findChildren(QTabWidget) if t.parentWidget() is screen), None)
    if tabs is None:
        read(screen, where, language, typed, problems)
    else:
        for index in range(tabs.count()):
            page = tabs.widget(index)
            title = tabs.tabText(index)
            if words := other_language(title, language, typed):
                problems.setdefault(f"{language}: tab {title!r}", f"{where} ({words[:3]})")
            if type(page).__module__ in OTHERS:
                continue
            tabs.setCurrentIndex(index)
            read(page, f"{where} / {title}", language, typed, problems)
            if page.objectName() == "fund_forms":
                for key in page.forms:
                    page.show_form(key)
                    read(page, f"{where} / form {key}", language, typed, problems)
    views = [b.objectName() for b in screen.findChildren(QAbstractButton)
             if b.objectName().startswith("plot_view_") and b.isVisible()]
    for name in views:  # views rebuild their buttons: find each afresh
        button = screen.findChild(QAbstractButton, name)
        if button is not None:
            tap(qtbot, button)
            read(screen, f"{where} / {name}", language, typed, problems)


def dialogs(shell):
    """The office dialogs, as a person opens them after the switch."""
    from kiosk.services import plot_views
    from kiosk.ui.fund import confirm
    from kiosk.ui.i18n import tr
    from kiosk.ui.plot.dialogs import HarvestDialog, PlantingDialog
    fund_screen = next(s for s in shell.findChildren(QWidget) if s.objectName() == "fund_screen")
    ctx = fund_screen.ctx
    form = fund_screen.forms.show_form("loan")
    planting = next((p for row in plot_views.timeline(ctx.db, today(), today())
                     for p in row.plantings if p.status != "failed"), None)
    found = [PlantingDialog(ctx, today()),
             confirm.SummaryDialog(None, form.title(), form.summary(), form.post_text(),
                                   tr("Go back")),
             confirm.overpayment_dialog(None, "-")]
    if planting is not None:
        found.append(HarvestDialog(ctx, planting.id, today()))
    return found


def export_said_something(qtbot, shell, folder, monkeypatch) -> str:
    """The Export tab's result line says "nothing was saved" (it once stayed in the language
    it was said in); the path it names, which is as typed."""
    from kiosk.services import export_xlsx
    from kiosk.ui.reports.export_tab import ExportTab
    tap(qtbot, shell.nav_buttons["reports"])
    tab = shell.current_screen().findChild(ExportTab)
    path = folder / export_xlsx.default_name(tab.selected_month())
    path.write_bytes(b"")
    monkeypatch.setattr(ExportTab, "ask_folder", classmethod(lambda cls, parent: str(folder)))
    monkeypatch.setattr(ExportTab, "ask_overwrite", classmethod(lambda cls, parent, p: False))
    tab.save_workbook()
    assert str(path) in tab.status.text()
    return str(path)


@pytest.mark.slow  # walks every office view three times
def test_office_screens_switch_thai_english_thai(demo_copy, qtbot, thai_afterwards,  # noqa: F811
                                                 tmp_path, monkeypatch):
    typed = typed_texts(demo_copy)
    admin = next(t for t in auth.operator_tiles(demo_copy) if t.role == Role.ADMIN)
    window = open_window(demo_copy, qtbot, (1280, 800))
    enter_pin(qtbot, window, admin.id, DEMO_ADMIN_PIN)
    shell = window.shell
    problems: dict[str, str] = {}
    typed.insert(0, export_said_something(qtbot, shell, tmp_path, monkeypatch))
    for language in ("th", "en", "th"):
        for key in OFFICE:  # each screen is built before the switch, then switched
            tap(qtbot, shell.nav_buttons[key])
        LanguageManager.instance().apply(language)
        for key in OFFICE:
            tap(qtbot, shell.nav_buttons[key])
            walk(qtbot, shell.current_screen(), key, language, typed, problems)
        for dialog in dialogs(shell):
            qtbot.addWidget(dialog)
            dialog.show()
            read(dialog, f"dialog {dialog.objectName()}", language, typed, problems)
            dialog.close()
    window.sign_out()
    assert not problems, "the other language on screen:\n" + "\n".join(
        f"{where}: {shown}" for shown, where in sorted(problems.items()))
