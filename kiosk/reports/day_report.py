"""The day slip (X: summary so far, Z: day-close summary): on 80 mm receipt paper and A4.

Every figure comes from the sale service's DayReport; the cash difference is
said in words (kiosk.cash_words) and every table has a heading per column.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate, Frame, PageTemplate, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from kiosk.cash_words import cash_difference_parts
from kiosk.dates import format_date, format_time
from kiosk.i18n import language, tr
from kiosk.reports.fonts import thai_style
from kiosk.reports.receipt import PAPER_WIDTH, PRINTABLE_WIDTH, SIDE_MARGIN, TOP_MARGIN
from kiosk.reports.thai_wrap import text
from kiosk.units import quantity_with_unit


def _money(amount) -> str:
    return amount.format(symbol=False)


def _summary(report) -> list[tuple[str, str]]:
    rows = [
        (tr("Opening float"), _money(report.opening_float)),
        (tr("Sales ({n})").format(n=report.sale_count), _money(report.gross)),
        (tr("Voids and refunds"), _money(-report.refunds)),
        (tr("Net sales"), _money(report.net)),
        (tr("Cash"), _money(report.cash)),
        (tr("PromptPay"), _money(report.promptpay)),
        (tr("Expected cash in the drawer"), _money(report.expected_cash)),
    ]
    if report.counted_cash is not None:
        word, amount = cash_difference_parts(report.difference)
        rows += [(tr("Counted cash"), _money(report.counted_cash)),
                 (word, _money(amount) if amount is not None else "")]
    return rows


def _sections(report) -> list[tuple[str, tuple[str, ...], list[tuple[str, ...]], list[float], int]]:
    """(title, column headings, rows, column shares, first right-aligned column) per table."""
    return [
        (tr("By product"), (tr("Product"), tr("Quantity"), tr("Amount")),
         [(f.name_th, quantity_with_unit(f.quantity, f.unit), _money(f.amount))
          for f in report.by_product], [0.5, 0.25, 0.25], 1),
        (tr("By owner"), (tr("Owner of produce"), tr("Gross sales"), tr("To the fund"), tr("Net")),
         [(f.owner_name, _money(f.gross), _money(f.commission), _money(f.net))
          for f in report.by_owner], [0.37, 0.21, 0.21, 0.21], 1),
        (tr("Loan repayments from sales"),
         (tr("Owner of produce"), tr("Loan repaid"), tr("Left to pay out")),
         [(f.owner_name, _money(f.loan_repayment), _money(f.net - f.loan_repayment))
          for f in report.by_owner if f.loan_repayment], [0.5, 0.25, 0.25], 1),
        (tr("Voids and refunds"),
         (tr("Bill and time"), tr("Kind"), tr("Amount"), tr("Reason (approved by)")),
         [(f"{v.number} {format_time(v.at)}",
           tr("Bill voided") if v.kind == "void" else tr("Refund"), _money(v.amount),
           f"{v.reason} ({v.approved_by})") for v in report.voids], [0.3, 0.15, 0.2, 0.35], 2),
        (tr("Price overrides and discounts"),
         (tr("Bill"), tr("Product"), tr("Price change"), tr("Approved by")),
         [(o.number, o.name_th,
           f"{_money(o.list_price) if o.list_price else ''} -> {_money(o.unit_price)}"
           + (f" -{_money(o.discount)}" if o.discount else ""), o.approved_by)
          for o in report.overrides], [0.3, 0.25, 0.25, 0.2], 9),
        (tr("Sold beyond recorded stock"),
         (tr("Product"), tr("Recorded on hand"), tr("Sold")),
         [(w.name_th, quantity_with_unit(w.stock_before, w.unit), quantity_with_unit(w.sold, w.unit))
          for w in report.oversold], [0.4, 0.3, 0.3], 1),
    ]


def _title(report) -> str:
    kind = tr("Day-close summary") if report.closed else tr("Summary so far")
    return f"{kind} {format_date(report.day)}"


def _table(rows, widths, style, right_from: int, header=None) -> Table:
    def styled(bold: bool, right: bool):
        return thai_style(f"{style.name}-{bold:d}{right:d}", style.fontSize, bold=bold,
                          alignment=TA_RIGHT if right else TA_LEFT, leading=style.leading)

    def cells(row, bold: bool):
        return [text(str(c), styled(bold, i >= right_from)) for i, c in enumerate(row)]

    data = ([cells(header, True)] if header else []) + [cells(row, False) for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ] + ([("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)] if header else [])))
    return table


def _story(report, width: float, size: float):
    body = thai_style("d-body", size)
    heading = thai_style("d-heading", size + 1.5, bold=True, spaceBefore=size * 0.6)
    title = thai_style("d-title", size + 3, bold=True, alignment=TA_CENTER)
    center = thai_style("d-center", size, alignment=TA_CENTER)
    story = [text(report.stall_name, title), text(_title(report), center)]
    if report.closed_at:
        story.append(text(tr("Closed at {time} by {name}").format(
            time=format_time(report.closed_at), name=report.closed_by), center))
    story.append(Spacer(1, size * 0.5))
    story.append(_table(_summary(report), [width * 0.6, width * 0.4], body, 1))
    for label, header, rows, shares, right_from in _sections(report):
        if rows:
            story.append(text(label, heading))
            story.append(_table(rows, [width * share for share in shares], body, right_from,
                                header=header))
    if report.chain_head:
        # the anchor: `kiosk check --anchor` finds this head in the ledger's hash chain
        story.append(Spacer(1, size * 0.5))
        story.append(text(tr("Ledger check code: {head}").format(head=report.chain_head),
                          center))
    return story


def build_day_report_receipt(report, lang: str = "th") -> bytes:
    """The report on 80 mm paper (one page as tall as its content), for the thermal printer."""
    with language(lang):
        story = _story(report, PRINTABLE_WIDTH, 8.5)
    height = sum(f.wrap(PRINTABLE_WIDTH, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                 for f in story) + 2 * TOP_MARGIN + 6 * mm
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(PAPER_WIDTH, height), invariant=1,
                          title=_title(report))
    frame = Frame(SIDE_MARGIN, TOP_MARGIN, PRINTABLE_WIDTH, height - 2 * TOP_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("z", [frame])])
    doc.build(story)
    return buffer.getvalue()


def build_day_report_a4(report, lang: str = "th") -> bytes:
    """The report as an A4 PDF to keep."""
    buffer = io.BytesIO()
    margin = 18 * mm
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, invariant=1)
    with language(lang):
        doc.title = _title(report)
        doc.build(_story(report, A4[0] - 2 * margin - 12, 11))
    return buffer.getvalue()
