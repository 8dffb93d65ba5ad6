"""The fund's monthly report for partners and donors on A4, laid out from a ``FundReport``."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from kiosk import dates
from kiosk.i18n import current_language, language, tr
from kiosk.money import Money, baht_text
from kiosk.reports.charts import bar_rows, column_chart
from kiosk.reports.paper import WIDTH, build, header, money, styles, table, text
from kiosk.services.statement_data import FundReport
from kiosk.units import quantity_with_unit


def _title(report: FundReport) -> str:
    return tr("Fund report, {month}").format(month=report.month.label())


def _title_lines(report: FundReport, printed_on: date) -> list[Flowable]:
    s = styles()
    heading = _title(report)
    if not report.complete:
        heading += " " + tr("(to {day})").format(day=dates.format_date(report.as_of))
    return [text(report.stall_name, s.bold), text(heading, s.title),
            text(tr("For the programme's partners and donors"), s.body),
            text(tr("Report no. {number}  ·  printed {day}").format(
                number=report.number, day=dates.format_date(printed_on)), s.small)]


def _money(report: FundReport) -> list[Flowable]:
    rows = [(tr("The fund's money"), tr("Start of month"), tr("End of month")),
            (tr("Cash, bank and PromptPay"), money(report.money_start), money(report.money_end)),
            (tr("Owed to participants for their produce"), money(report.owed_start),
             money(report.owed_end)),
            (tr("Money available"), money(report.available_start), money(report.available_end)),
            (tr("Lent out to participants"), money(report.lent_start), money(report.lent_end))]
    return [text(tr("Money (baht)"), styles().heading),
            table(rows, [WIDTH * 0.5, WIDTH * 0.25, WIDTH * 0.25], right_from=1),
            text("(" + tr("Money available at the end of the month: {words}").format(
                words=baht_text(report.available_end)) + ")", styles().small)]


def _flows(report: FundReport) -> list[Flowable]:
    rows = [(tr("This month"), tr("Amount (baht)")),
            (tr("Donations received"), money(report.donations)),
            (tr("Commission on participants' sales"), money(report.commission)),
            (tr("Sales of the programme's plot produce"), money(report.plot_sales)),
            (tr("Grants given"), money(report.grants)),
            (tr("Loans given"), money(report.loans_given)),
            (tr("Loans repaid (principal)"), money(report.loans_repaid)),
            (tr("Interest received"), money(report.interest)),
            (tr("Write-offs"), money(report.write_offs))]
    return [text(tr("Money in and out"), styles().heading),
            table(rows, [WIDTH * 0.65, WIDTH * 0.35], right_from=1)]


def _loans(report: FundReport) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [text(tr("Loans"), s.heading), table([
        (tr("Loans outstanding"), money(report.par_outstanding)),
        (tr("More than {days} days late (PAR)").format(days=report.par_days),
         f"{money(report.par_at_risk)} ({report.par_percent}%)"),
        (tr("Loans in arrears"), str(len(report.arrears)))],
        [WIDTH * 0.6, WIDTH * 0.4], header=False, right_from=1)]
    if report.arrears:
        rows = [(tr("Loan"), tr("Participant"), tr("Days late"), tr("Overdue"), tr("Outstanding"))]
        rows += [(a.number, a.participant, str(a.days_past_due), money(a.overdue),
                  money(a.outstanding)) for a in report.arrears]
        story += [Spacer(1, 2 * mm), table(rows, [WIDTH * 0.18, WIDTH * 0.34, WIDTH * 0.14,
                                                  WIDTH * 0.17, WIDTH * 0.17], right_from=2)]
    return story


def _people(report: FundReport) -> list[Flowable]:
    rows = [(tr("Participants active"), str(report.participants_active)),
            (tr("Participants who sold this month"), str(report.participants_selling)),
            (tr("Training sessions held"), str(report.trainings_held)),
            (tr("Training attendances"), str(report.training_attendances))]
    return [text(tr("People and training"), styles().heading),
            table(rows, [WIDTH * 0.65, WIDTH * 0.35], header=False, right_from=1)]


def _produce(report: FundReport) -> list[Flowable]:
    if not report.crops:
        return []
    rows = [(tr("Produce"), tr("Harvested"), tr("Sold"), tr("Sales (baht)"))]
    for c in report.crops:
        rows.append((c.name, quantity_with_unit(c.harvested, c.unit) if c.harvested else "-",
                     quantity_with_unit(c.sold, c.unit), money(c.amount)))
    rows.append((tr("Total"), "", "", money(sum((c.amount for c in report.crops), Money(0)))))
    return [text(tr("Produce harvested and sold"), styles().heading),
            table(rows, [WIDTH * 0.37, WIDTH * 0.21, WIDTH * 0.21, WIDTH * 0.21], right_from=1,
                  total=True)]


def _charts(report: FundReport) -> list[Flowable]:
    s = styles()
    months = dates.THAI_MONTHS_SHORT if current_language() == "th" else dates.EN_MONTHS_SHORT
    points = [(months[p.month.month - 1], p.money) for p in report.history]
    story: list[Flowable] = [
        text(tr("Money available at each month's end, last 12 months (baht)"), s.heading),
        column_chart(points, WIDTH, 55 * mm, values_on_top=False)]
    selling = [(c.name, c.amount) for c in report.crops if c.amount.satang > 0][:12]
    if selling:
        story += [text(tr("Sales by produce this month (baht)"), s.heading), bar_rows(selling, WIDTH)]
    return story


def _trial_balance(report: FundReport) -> list[Flowable]:
    rows = [(tr("Account"), tr("Debit"), tr("Credit"))]
    rows += [(f"{r.code} {r.name}", money(r.debit) if r.debit else "",
              money(r.credit) if r.credit else "") for r in report.trial_balance]
    debit = sum((r.debit for r in report.trial_balance), Money(0))
    credit = sum((r.credit for r in report.trial_balance), Money(0))
    rows.append((tr("Total (difference {diff})").format(diff=money(debit - credit)),
                 money(debit), money(credit)))
    return [PageBreak(), text(tr("Trial balance at {day}").format(day=dates.format_date(report.as_of)),
                              styles().heading),
            table(rows, [WIDTH * 0.56, WIDTH * 0.22, WIDTH * 0.22], right_from=1, total=True),
            Spacer(1, 3 * mm),
            text(tr("Journal chain head at the month's end: {head}. Staff can confirm it with "
                    "kiosk check --anchor.").format(head=report.chain_head or "-"), styles().small)]


def build_fund_report_pdf(report: FundReport, code: str, lang: str = "th",
                          printed_on: date | None = None) -> bytes:
    printed_on = printed_on or dates.today()
    with language(lang):
        story = [header(_title_lines(report, printed_on), code), Spacer(1, 2 * mm)]
        story += _money(report) + _flows(report) + _loans(report) + _people(report)
        story += _produce(report) + _charts(report) + _trial_balance(report)
        return build(story, title=_title(report), footer=f"{report.number}  ·  {_title(report)}",
                     code=code)
