"""A month's papers written to a folder: one PDF per participant, the fund report, and one
combined file of every statement for printing.

Everything is checked before anything is written (the month, the
participant, the folder). Each file is written to a temporary name beside
its place, flushed to disk, then renamed: a crash or a Cancel leaves only
whole PDFs. Papers of one run share one read of the books.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk import dates
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.i18n import tr
from kiosk.reports.fund_report import build_fund_report_pdf
from kiosk.reports.statement import build_statement_pdf
from kiosk.services import fund_report, statements, verification
from kiosk.services.files import check_folder, write_atomically
from kiosk.services.statement_data import Month, Statement

Progress = Callable[[int, int, str], None]  # done, total, what is being made


class Cancelled(KioskError):
    """The person stopped the batch; the files already finished stay, whole."""


@dataclass(frozen=True)
class BatchResult:
    month: Month
    files: tuple[Path, ...]  # one per participant
    fund_file: Path | None
    combined: Path | None
    quiet: int  # statements with no activity (short pages)


def combine(pdfs: Sequence[bytes]) -> bytes:
    """Several PDFs as one, pages in order (for printing a whole month at once)."""
    import io

    import pypdfium2 as pdfium
    merged = pdfium.PdfDocument.new()
    try:
        for data in pdfs:
            part = pdfium.PdfDocument(data)
            merged.import_pages(part)
            part.close()
        buffer = io.BytesIO()
        merged.save(buffer)
        return buffer.getvalue()
    finally:
        merged.close()


def rendered(db: Database, month: Month, participant_ids: Sequence[int], lang: str = "th",
             printed_on: date | None = None) -> Iterator[tuple[Statement, bytes]]:
    """Each participant's statement and its PDF, in order, codes issued first.

    (Two worker processes were tried for the layout: on this 2-core machine,
    shared and busy, they took 17 s for 100 statements against 10 s in one.)"""
    printed_on = printed_on or dates.today()
    papers = list(statements.iter_statements(db, month, participant_ids))
    codes = verification.issue(db, papers)
    for paper, code in zip(papers, codes):
        yield paper, build_statement_pdf(paper, code, lang, printed_on)


def produce(db: Database, month: Month, folder: Path, *, participant_ids: Sequence[int] | None = None,
            lang: str = "th", with_fund: bool = True, progress: Progress | None = None,
            cancelled: Callable[[], bool] = lambda: False,
            printed_on: date | None = None) -> BatchResult:
    """Write the month's papers into ``folder``; raises Cancelled when asked to stop."""
    statements.check_month(db, month)
    folder = check_folder(folder)
    printed_on = printed_on or dates.today()
    ids = list(participant_ids) if participant_ids is not None else \
        statements.statement_participants(db, month)
    total = len(ids) + (1 if with_fund else 0) + (1 if len(ids) > 1 else 0)
    report = progress or (lambda done, total, what: None)
    report(0, total, "")
    folder.mkdir(parents=True, exist_ok=True)
    files, pdfs, done, quiet = [], [], 0, 0
    for paper, data in rendered(db, month, ids, lang, printed_on):
        if cancelled():
            raise Cancelled(tr("Stopped: {n} of {total} files were saved.").format(n=done, total=total))
        path = folder / f"{paper.number}.pdf"
        write_atomically(path, data)
        files.append(path)
        pdfs.append(data)
        quiet += paper.no_activity
        done += 1
        report(done, total, paper.name)
    fund_file = combined = None
    if with_fund:
        if cancelled():
            raise Cancelled(tr("Stopped: {n} of {total} files were saved.").format(n=done, total=total))
        fund = fund_report.build_fund_report(db, month)
        [code] = verification.issue(db, [fund])
        fund_file = folder / f"{fund.number}.pdf"
        write_atomically(fund_file, build_fund_report_pdf(fund, code, lang, printed_on))
        done += 1
        report(done, total, fund.number)
    if len(pdfs) > 1:
        if cancelled():
            raise Cancelled(tr("Stopped: {n} of {total} files were saved.").format(n=done, total=total))
        combined = folder / f"ST-{month.be_key}-all.pdf"
        write_atomically(combined, combine(pdfs))
        done += 1
        report(done, total, combined.name)
    return BatchResult(month, tuple(files), fund_file, combined, quiet)
