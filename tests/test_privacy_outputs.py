"""Issue 17 §2: no national ID in full in anything the demo market puts out:
statements and the fund report (PDF text and bytes), the workbook, the Beancount
file, the audit log, log records, the privacy notice; the vendor's X report shows
no one's loans."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from kiosk import i18n
from kiosk.dates import today
from kiosk.models import AuditEvent, Operator, Participant, Role
from kiosk.money import Money
from kiosk.printing import privacy_papers, statement_batch
from kiosk.services import (auth, export_beancount, export_xlsx, people, privacy,
                            statements)
from kiosk.services.demo import with_check_digit
from kiosk.services.sale_results import OwnerFigure

DIGIT_RUN = re.compile(r"\d[\d\s\-]{11,}\d")


def unmasked_ids(text: str, ids: set[str]) -> set[str]:
    """The IDs in ``ids`` that ``text`` shows whole, with or without separators."""
    runs = {re.sub(r"[\s\-]", "", run) for run in DIGIT_RUN.findall(text)}
    return {national_id for national_id in ids if any(national_id in run for run in runs)}


def test_the_detector_finds_an_id_however_it_is_written():
    national_id = with_check_digit("110370045672")
    spaced = f"{national_id[0]}-{national_id[1:5]}-{national_id[5:10]}-{national_id[10:12]}-" \
             f"{national_id[12]}"
    for text in (national_id, spaced, f"เลข {national_id} ครับ", spaced.replace("-", " ")):
        assert unmasked_ids(text, {national_id}) == {national_id}
    assert unmasked_ids(people.mask_national_id(national_id), {national_id}) == set()


def _ids(db) -> set[str]:
    with db.reading() as session:
        return {p for p in session.scalars(select(Participant.national_id)) if p}


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _workbook_text(path: Path) -> str:
    book = load_workbook(path)
    return "\n".join(str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows()
                     for cell in row if cell.value is not None)


def _admin(db) -> auth.SignedIn:
    with db.reading() as session:
        operator = session.scalars(select(Operator).where(Operator.role == Role.ADMIN)).first()
        return auth.SignedIn(operator.id, operator.name, Role.ADMIN, None)


@pytest.mark.slow  # every output of the demo
def test_no_output_of_the_demo_market_holds_a_whole_national_id(demo_copy, tmp_path, caplog):
    db = demo_copy
    caplog.set_level(logging.DEBUG)
    admin = _admin(db)
    # a day of the office's work with IDs: a new participant with one, a refused duplicate,
    # an edit that changes it, a look at the full ID
    new_id = with_check_digit("310990055501")
    pid = people.create_participant(db, admin, people.ParticipantInput(
        name_th="นางทดสอบ ใจดี", joined_on=today() - timedelta(days=2), national_id=new_id))
    with pytest.raises(Exception):
        people.create_participant(db, admin, people.ParticipantInput(
            name_th="นางซ้ำ ใจดี", joined_on=today(), national_id=new_id))
    people.update_participant(db, admin, pid, people.ParticipantInput(
        name_th="นางทดสอบ ใจดี", joined_on=today() - timedelta(days=2),
        national_id=with_check_digit("310990055502")))
    privacy.reveal_national_id(db, admin, pid)
    ids = _ids(db) | {new_id}
    assert len(ids) >= 7  # the demo's six and ours

    outputs: dict[str, str] = {}
    for month in statements.statement_months(db)[-2:]:
        batch = statement_batch.produce(db, month, tmp_path / month.label(), lang="th")
        for paper in [*batch.files, batch.fund_file]:
            outputs[paper.name] = _pdf_text(paper)
            outputs[paper.name + " bytes"] = paper.read_bytes().decode("latin-1")
        book = export_xlsx.export(db, month, tmp_path / f"{month.label()}.xlsx").path
        outputs[book.name] = _workbook_text(book)
    beancount = export_beancount.export(db, tmp_path / "books.beancount").path
    outputs["beancount"] = beancount.read_text("utf-8")
    with db.reading() as session:
        outputs["audit log"] = "\n".join(f"{e.target} {e.details}"
                                         for e in session.scalars(select(AuditEvent)))
    with i18n.language("th"):
        notice = privacy_papers.save_privacy_notice(privacy.notice_for(db, pid),
                                                   tmp_path / "notice.pdf")
    outputs["privacy notice"] = _pdf_text(notice)
    outputs["log records"] = "\n".join(record.getMessage() for record in caplog.records)
    assert len([name for name in outputs if name.endswith(".pdf")]) >= 4
    written = [p for p in tmp_path.rglob("*")  # the database is the fixture's copy
               if p.is_file() and not p.name.startswith("kiosk.sqlite3")]
    assert written and {p.name: oct(p.stat().st_mode & 0o777) for p in written
                        if p.stat().st_mode & 0o077} == {}  # the owner's only
    found = {name: unmasked_ids(text, ids) for name, text in outputs.items()}
    assert {name: shown for name, shown in found.items() if shown} == {}


@pytest.mark.parametrize(("role", "loan_shown"), [("vendor", False), ("staff", True)])
def test_a_vendor_closing_the_day_sees_whose_produce_sold_but_no_ones_loans(
        db, qtbot, monkeypatch, vendor, staff, role, loan_shown):
    from kiosk.services import sales
    from kiosk.ui.context import AppContext, DataBus
    from kiosk.ui.printing import PrintRunner
    from kiosk.ui.sale.day import DayDialog
    real = sales.day_report
    owner = OwnerFigure(7, "นางบุญมี ศรีสุข", Money.baht(300), Money.baht(30), Money.baht(123))
    monkeypatch.setattr(sales, "day_report", lambda *a, **k: replace(real(*a, **k),
                                                                     by_owner=(owner,)))
    bus = DataBus(db)
    dialog = DayDialog(AppContext(db, bus, {"vendor": vendor, "staff": staff}[role]),
                       PrintRunner())
    qtbot.addWidget(dialog)
    shown = dialog.report_view.toPlainText()
    bus.detach()
    assert "นางบุญมี ศรีสุข" in shown and "300" in shown
    assert ("123" in shown) is loan_shown
