"""The audit log reads as sentences in the language on screen, never as raw codes."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kiosk import i18n
from kiosk.dates import today
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import audit, fund_postings, loans, plot_beds, plot_plantings, plot_training
from kiosk.ui.audit_view import AuditLogView
from tests.plot_helpers import seed_catalogue

CODE = re.compile(r"\b[a-z]+_[a-z_]+\b|frequency: |\bweek\b|\bmonth\b")


def _activity(db, staff):
    with db.unit_of_work() as session:
        person = Participant(name_th="สมศรี ใจดี", joined_on=date(2025, 1, 5))
        session.add(person)
        session.flush()
        person_id = person.id
    fund_postings.record_donation(db, key="d", donor="MICE", amount=Money.baht(5000),
                         on=today() - timedelta(days=10), received_into="bank")
    loans.lend(db, key="l", participant_id=person_id, principal=Money.baht(1000),
               start_on=today(), term=4, frequency="week", method="flat",
               annual_rate="12", purpose="ปุ๋ย", paid_from="bank",
               operator_id=staff.operator_id)
    crops = seed_catalogue(db)
    bed = plot_beds.add_bed(db, staff, "A1", 0, 25, 500, 100)
    plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, today())
    plot_training.add_training(db, staff, today(), "ปุ๋ยหมัก", "พี่แดง")


def test_every_event_is_a_sentence_in_english_and_in_thai(db, staff, qtbot, ui_context):
    _activity(db, staff)
    view = AuditLogView(ui_context)
    qtbot.addWidget(view)
    model = view.model
    codes = {model.row_at(r).action for r in range(model.rowCount())}
    assert {"loan_create", "plot_planting_add", "plot_training_add"} <= codes
    for lang in ("en", "th"):
        with i18n.language(lang):
            for r in range(model.rowCount()):
                for column in (2, 4):
                    text = model.data(model.index(r, column))
                    assert not CODE.search(text), (lang, text)
    with i18n.language("en"):
        loan = next(audit.describe(model.row_at(r)) for r in range(model.rowCount())
                    if model.row_at(r).action == "loan_create")
    assert loan.startswith("Loan L-") and "4 weekly instalments" in loan and "12% a year" in loan
    with i18n.language("th"):
        loan_th = next(audit.describe(model.row_at(r)) for r in range(model.rowCount())
                       if model.row_at(r).action == "loan_create")
    assert "รายสัปดาห์" in loan_th and "weekly" not in loan_th


RAW_TARGET = re.compile(r"^[a-z_]+:\d+$|^[a-z]+_[a-z_]+$|^\d{4}-\d{2}(-\d{2})?$")


def test_the_about_column_names_its_target_in_words(db, staff, qtbot, ui_context):
    _activity(db, staff)
    view = AuditLogView(ui_context)
    qtbot.addWidget(view)
    model = view.model
    targets = {model.row_at(r).target for r in range(model.rowCount())}
    assert any(t.startswith("planting:") for t in targets)
    for lang in ("en", "th"):
        with i18n.language(lang):
            shown = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
            assert not [s for s in shown if RAW_TARGET.search(s)], (lang, shown)
            about = {model.row_at(r).action: model.data(model.index(r, 3))
                     for r in range(model.rowCount())}
            planting = about["plot_planting_add"]
            if lang == "en":
                assert re.fullmatch(r"Planting #\d+", planting)
                assert about["loan_create"].startswith("Loan L-")
            else:
                assert planting.startswith("การปลูก #") and "Planting" not in planting
