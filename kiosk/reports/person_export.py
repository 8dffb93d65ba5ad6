"""A participant's own copy of what the kiosk holds about them, on A4 (from a
``PersonExport``; no queries here)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kiosk import dates
from kiosk.i18n import tr
from kiosk.reports.paper import WIDTH, build, money, styles, table, text
from kiosk.services.person_export_data import PersonExport, PersonRecord
from kiosk.units import quantity_with_unit


def _yes_no(value: bool) -> str:
    return tr("yes") if value else tr("no")


def _day(value) -> str:
    return dates.format_date(value) if value is not None else "-"


def _record(person: PersonRecord) -> list[Flowable]:
    rows = [(tr("Code"), person.code), (tr("Name (Thai)"), person.name_th),
            (tr("Nickname"), person.nickname or "-"), (tr("Phone"), person.phone or "-"),
            (tr("National ID"), person.national_id or "-"),
            (tr("Photo"), tr("kept") if person.photo_path else "-"),
            (tr("Joined on"), _day(person.joined_on)),
            (tr("Still taking part"), _yes_no(person.active)), (tr("Notes"), person.notes or "-"),
            (tr("Consented on"), _day(person.consent_on)),
            (tr("Notice version"), person.consent_notice or "-"),
            (tr("Consent recorded by"), person.consent_recorded_by or "-")]
    if person.sign_in_name:
        rows.append((tr("Signs in at the kiosk as"), person.sign_in_name))
    if person.erased_at is not None:
        rows.append((tr("Personal data erased"), dates.format_datetime(person.erased_at)))
    return [table(rows, (WIDTH * 0.32, WIDTH * 0.68), header=False)]


def _section(title: str, header: tuple[str, ...], rows: list[tuple], widths: tuple[float, ...],
             right_from: int = 99) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [text(title, s.heading)]
    if not rows:
        return story + [text(tr("None."), s.body)]
    return story + [table([header, *rows], [WIDTH * w for w in widths], right_from=right_from)]


def build_person_export(export: PersonExport) -> bytes:
    s = styles()
    person = export.person
    story: list[Flowable] = [
        text(tr("All the kiosk holds about you"), s.title),
        text(tr("Made on {when}. The same data is in the file that comes with this paper.")
             .format(when=dates.format_datetime(export.made_at)), s.small),
        Spacer(1, 3 * mm), *_record(person)]
    story += _section(tr("Your produce sold"), (tr("Sale"), tr("Date"), tr("Product"),
                                               tr("Quantity"), tr("Amount")),
                      [(line.sale + (" " + tr("(voided)") if line.voided else ""), _day(line.day),
                        line.product, quantity_with_unit(line.quantity, line.unit),
                        money(line.amount)) for line in export.sales],
                      (0.24, 0.18, 0.26, 0.16, 0.16), right_from=3)
    story += _section(tr("Loans"), (tr("Loan"), tr("Start"), tr("Amount"), tr("State"),
                                    tr("Still owed")),
                      [(loan.number + "\n" + loan.purpose, _day(loan.start_on),
                        money(loan.principal), loan.state_words, money(loan.owed))
                       for loan in export.loans], (0.34, 0.16, 0.16, 0.18, 0.16))
    story += _section(tr("Repayments"), (tr("Loan"), tr("Date"), tr("Principal"), tr("Interest")),
                      [(loan.number + (" " + tr("(reversed)") if r.reversed else ""), _day(r.on),
                        money(r.principal), money(r.interest))
                       for loan in export.loans for r in loan.repayments],
                      (0.34, 0.22, 0.22, 0.22), right_from=2)
    story += _section(tr("Payouts, grants and other entries in the books"),
                      (tr("No."), tr("Date"), tr("What")),
                      [(str(e.id), _day(e.on), e.description) for e in export.entries],
                      (0.1, 0.2, 0.7))
    story += _section(tr("Statements printed for you"), (tr("Statement"), tr("Month"),
                                                         tr("Printed")),
                      [(st.number, st.month, dates.format_datetime(st.issued_at))
                       for st in export.statements], (0.4, 0.25, 0.35))
    story += _section(tr("Plot tasks and training"), (tr("Date"), tr("What")),
                      [(_day(t.due_on), t.kind_words + (" ✓" if t.done else ""))
                       for t in export.tasks]
                      + [(_day(t.held_on), tr("Training: {topic}").format(topic=t.topic))
                         for t in export.training], (0.25, 0.75))
    story += _section(tr("The audit log about you"), (tr("When"), tr("By"), tr("What")),
                      [(dates.format_datetime(a.at), a.operator or "-", a.sentence)
                       for a in export.audit], (0.25, 0.2, 0.55))
    return build(story, title=tr("All the kiosk holds about you"),
                 footer=tr("{code} · Personal data export").format(code=person.code), code="")
