"""A participant's monthly statement on A4, laid out from a ``Statement`` (no queries here)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from kiosk import dates
from kiosk.i18n import current_language, language, tr
from kiosk.money import Money, baht_text
from kiosk.names import display_name
from kiosk.reports.charts import column_chart
from kiosk.reports.paper import GREEN, PALE, WIDTH, build, header, money, styles, table, text
from kiosk.services.statement_data import Statement
from kiosk.units import quantity_with_unit


def _title_lines(paper: Statement, printed_on: date) -> list[Flowable]:
    s = styles()
    heading = tr("Monthly statement, {month}").format(month=paper.month.label())
    if not paper.complete:
        heading += " " + tr("(to {day})").format(day=dates.format_date(paper.as_of))
    return [text(paper.stall_name, s.bold), text(heading, s.title),
            text(display_name(paper.name, paper.nickname) + "  ·  " + tr("Code") + f" {paper.code}",
                 s.name),
            text(tr("Statement no. {number}  ·  printed {day}").format(
                number=paper.number, day=dates.format_date(printed_on)), s.small)]


def _owed_label(amount: Money, at_end: bool) -> str:
    if amount.is_negative:
        return tr("You owe the fund, end of month") if at_end else tr("You owed the fund, start of month")
    return tr("The fund owes you, end of month") if at_end else tr("The fund owed you, start of month")


def _in_short(paper: Statement) -> list[Flowable]:
    """The month in a few large lines: earned, taken off, paid, still owed."""
    s = styles()
    rows = [(_owed_label(paper.opening, False), money(abs(paper.opening))),
            (tr("Your sales this month"), "+ " + money(paper.sales_gross)),
            (tr("Commission to the fund"), "- " + money(paper.commission)),
            (tr("Loan repayment taken from your sales"), "- " + money(paper.loan_deducted)),
            (tr("Paid to you"), "- " + money(paper.paid_out))]
    if paper.no_activity:  # a short page: only what is still owed
        rows = []
    if paper.adjustments:
        sign = "+ " if not paper.adjustments.is_negative else "- "
        rows.append((tr("Other corrections"), sign + money(abs(paper.adjustments))))
    cells = [[text(label, s.big), text(value, s.big_right)] for label, value in rows]
    cells.append([text(_owed_label(paper.closing, True), s.name),
                  text(money(abs(paper.closing)) + " " + tr("baht"), s.huge_right)])
    cells.append([text(tr("In words"), s.small),
                  text(f"({baht_text(abs(paper.closing))})", s.body_right)])
    box = Table(cells, colWidths=[WIDTH * 0.62, WIDTH * 0.38])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.5, GREEN), ("BACKGROUND", (0, 0), (-1, -1), PALE),
        ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 1.2 if rows else 0, GREEN),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return [text(tr("This month in short"), s.heading), box]


def _sales(paper: Statement) -> list[Flowable]:
    s = styles()
    rows = [(tr("Produce"), tr("Quantity"), tr("Amount (baht)"))]
    rows += [(p.name_th if current_language() == "th" else p.name_en,
              quantity_with_unit(p.quantity, p.unit), money(p.amount))
             for p in paper.products]
    rows.append((tr("Total"), "", money(paper.sales_gross)))
    story: list[Flowable] = [text(tr("Your sales by produce"), s.heading),
                             table(rows, [WIDTH * 0.5, WIDTH * 0.22, WIDTH * 0.28], right_from=1,
                                   total=True),
                             text(f"({baht_text(paper.sales_gross)})", s.small)]
    points = [(f"{w.first.day}-{w.last.day}", w.amount) for w in paper.weeks]
    story += [text(tr("Your sales by week (baht, days of the month)"), s.heading),
              column_chart(points, WIDTH * 0.75, 42 * mm)]
    return story


def _money_lines(title: str, lines, what: str) -> list[Flowable]:
    rows = [(tr("Date"), what, tr("Amount (baht)"))]
    rows += [(dates.format_date(l.on), l.text, money(l.amount)) for l in lines]
    rows.append((tr("Total"), "", money(sum((l.amount for l in lines), Money(0)))))
    return [text(title, styles().heading),
            table(rows, [WIDTH * 0.2, WIDTH * 0.55, WIDTH * 0.25], right_from=2, total=True)]


def _loans(paper: Statement) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    heading = [text(tr("Your loans"), s.heading)]
    for loan in paper.loans:
        if loan.next_due_on is not None:
            nxt = tr("{amount} baht on {day}").format(amount=money(loan.next_amount),
                                                      day=dates.format_date(loan.next_due_on))
        else:
            nxt = tr("none")
        rows = [(tr("Loan {number} (lent {amount} baht)").format(
                    number=loan.number, amount=money(loan.principal)), ""),
                (tr("Still to repay at the start of the month"), money(loan.balance_start)),
                (tr("Instalments due this month"), money(loan.due_in_month)),
                (tr("Repaid this month"), money(loan.paid_in_month)),
                (tr("Still to repay at the end of the month"), money(loan.balance_end)),
                (tr("Next instalment"), nxt)]
        if loan.written_off:
            rows.append((tr("Written off"), tr("yes")))
        elif loan.days_past_due:
            late = tr("Late: {days} days, {amount} baht overdue").format(
                days=loan.days_past_due, amount=money(loan.overdue))
            rows.append((text(late, s.late), ""))
        # the heading goes with the first loan (keepWithNext skips a KeepTogether)
        story.append(KeepTogether(heading + [table(rows, [WIDTH * 0.6, WIDTH * 0.4], right_from=1),
                                             Spacer(1, 3 * mm)]))
        heading = []
    return story


def _activities(title: str, lines) -> list[Flowable]:
    rows = [(tr("Date"), tr("What"))] + [(dates.format_date(l.on), l.text) for l in lines]
    return [text(title, styles().heading), table(rows, [WIDTH * 0.2, WIDTH * 0.8])]


def _story(paper: Statement, code: str, printed_on: date) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [header(_title_lines(paper, printed_on), code), Spacer(1, 3 * mm)]
    if paper.no_activity:
        story.append(text(tr("Nothing happened on your account this month: no sales, "
                             "payments, loan repayments or training."), s.big))
    story += _in_short(paper)
    if paper.products or paper.sales_gross:
        story += _sales(paper)
    if paper.payouts:
        story += _money_lines(tr("Money paid to you"), paper.payouts, tr("What"))
    if paper.grants:
        story += _money_lines(tr("Grants you received"), paper.grants, tr("For"))
    if paper.loans:
        story += _loans(paper)
    if paper.trainings:
        story += _activities(tr("Training you attended"), paper.trainings)
    if paper.tasks:
        story += _activities(tr("Plot tasks you did"), paper.tasks)
    story += [Spacer(1, 4 * mm), text(tr(
        "Questions about this paper? Ask the staff at the stall. Scan the code or type it into "
        "the kiosk to check that these figures are the fund's."), s.small)]
    return story


def build_statement_pdf(paper: Statement, code: str, lang: str = "th",
                        printed_on: date | None = None) -> bytes:
    """The statement as PDF bytes; the same paper, code and day give the same bytes."""
    printed_on = printed_on or dates.today()
    with language(lang):
        return build(_story(paper, code, printed_on),
                     title=tr("Monthly statement, {month}").format(month=paper.month.label()),
                     footer=f"{paper.number}  ·  {paper.name}", code=code)
